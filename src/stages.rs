//! Each stage of the pipeline on its own, so `benches/parse.rs` can time
//! them one by one and a slowdown can be located. Hidden from the docs and
//! outside the semver promise: the stages and their order may change.
//!
//! ```
//! let text = "وقال وزير الدفاع التركي أمس إن 3 جنود قتلوا في هجوم.";
//! let done = rasad::__stages::Staged::new(text);
//! assert!(done.actors() > 0);
//! assert_eq!(done.casualties(), 1);
//! ```

use crate::actors::{self, Actors};
use crate::doc::Doc;
use crate::statements::{self, Found};
use crate::text::Normalized;
use crate::text::segment;
use crate::{casualties, ceasefires, source};

/// Folding with the offset map alone. Returns the folded length.
///
/// ```
/// assert_eq!(rasad::__stages::normalize("قُتل"), "قتل".len());
/// ```
pub fn normalize(text: &str) -> usize {
    Normalized::new(text).text().len()
}

/// Line classification and sentence splitting of already folded text.
/// Returns the number of sentences.
///
/// ```
/// assert_eq!(rasad::__stages::segment("قتل جندي. وجرح اخر."), 2);
/// ```
pub fn segment(folded: &str) -> usize {
    let lines = segment::lines(folded);
    segment::sentences(folded, &lines).len()
}

/// An article run through the whole pipeline once, keeping what each stage
/// hands to the next so any one stage can be run again alone.
///
/// ```
/// let s = rasad::__stages::Staged::new("أعلنت روسيا وتركيا وقف إطلاق النار.");
/// assert_eq!(s.ceasefires(), 1);
/// ```
pub struct Staged<'a> {
    doc: Doc<'a>,
    actors: Actors,
    statements: Vec<Found>,
}

impl<'a> Staged<'a> {
    /// Run the pipeline on `text` (no reference date).
    ///
    /// ```
    /// let _ = rasad::__stages::Staged::new("قتل جندي.");
    /// ```
    pub fn new(text: &'a str) -> Self {
        let mut doc = Doc::new(text, None);
        source::extract(&mut doc);
        let actors = actors::resolve(&doc);
        let statements = statements::extract(&doc, &actors);
        Staged { doc, actors, statements }
    }

    /// The document preparation: folding, lines, sentences, words. Returns
    /// the number of words.
    ///
    /// ```
    /// let s = rasad::__stages::Staged::new("قتل جندي.");
    /// assert_eq!(s.doc(), 2);
    /// ```
    pub fn doc(&self) -> usize {
        Doc::new(self.doc.input, None).tokens.len()
    }

    /// The source stage on a fresh copy of the prepared document. Returns
    /// the number of agencies found.
    ///
    /// ```
    /// let s = rasad::__stages::Staged::new("القاهرة (رويترز) - قتل جندي.");
    /// assert_eq!(s.source(), 1);
    /// ```
    pub fn source(&self) -> usize {
        let mut doc = self.doc.clone();
        source::extract(&mut doc).agencies.len()
    }

    /// The gazetteer lookup alone (the first step of the actor stage, without
    /// the rules that judge each match). Returns the number of patterns found.
    ///
    /// ```
    /// assert_eq!(rasad::__stages::Staged::new("قالت روسيا وأوكرانيا.").gazetteer(), 2);
    /// ```
    pub fn gazetteer(&self) -> usize {
        actors::gazetteer_matches(&self.doc)
    }

    /// The actor stage. Returns the number of actors.
    ///
    /// ```
    /// assert_eq!(rasad::__stages::Staged::new("قالت روسيا.").actors(), 1);
    /// ```
    pub fn actors(&self) -> usize {
        actors::resolve(&self.doc).list.len()
    }

    /// The statement stage. Returns the number of statements.
    ///
    /// ```
    /// assert_eq!(rasad::__stages::Staged::new("وقال الرئيس الروسي إن الحرب انتهت.").statements(), 1);
    /// ```
    pub fn statements(&self) -> usize {
        statements::extract(&self.doc, &self.actors).len()
    }

    /// The ceasefire stage. Returns the number of ceasefires.
    ///
    /// ```
    /// assert_eq!(rasad::__stages::Staged::new("قتل جندي.").ceasefires(), 0);
    /// ```
    pub fn ceasefires(&self) -> usize {
        ceasefires::extract(&self.doc, &self.actors, &self.statements).len()
    }

    /// The casualty stage. Returns the number of casualty facts.
    ///
    /// ```
    /// assert_eq!(rasad::__stages::Staged::new("قتل 3 جنود.").casualties(), 1);
    /// ```
    pub fn casualties(&self) -> usize {
        casualties::extract(&self.doc, &self.actors, &self.statements).len()
    }
}
