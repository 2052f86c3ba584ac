//! One article prepared for the extractors: folded once, segmented once.

use std::ops::Range;

use chrono::NaiveDate;

use crate::Span;
use crate::text::Normalized;
use crate::text::segment::{self, Line, LineKind, Sentence};

/// The shared view every extractor reads. Built once per [`crate::parse`].
#[derive(Clone)]
pub(crate) struct Doc<'a> {
    /// The original input.
    pub input: &'a str,
    /// The folded text and its offset map.
    pub norm: Normalized,
    /// Every line of the page, classified.
    pub lines: Vec<Line>,
    /// Sentences of body lines, in order.
    pub sentences: Vec<Sentence>,
    /// Every word of the folded text (maximal runs of letters and digits),
    /// found once so extractors slice it instead of rescanning.
    pub tokens: Vec<Range<usize>>,
    /// Where the fold found a mark ([`crate::text::normalize::is_mark`]):
    /// line breaks, stops and quote marks, in order.
    pub marks: Vec<u32>,
    /// Index in `lines` of the headline, once the source extractor found it.
    pub headline: Option<usize>,
    /// The date relative day words resolve against: the publication date,
    /// else the parser's reference date.
    pub reference: Option<NaiveDate>,
    /// The state of the outlet (a national wire or paper), once the source
    /// extractor found it: the article's home state when the text names
    /// none more often.
    pub outlet_state: Option<&'static str>,
}

impl<'a> Doc<'a> {
    pub fn new(input: &'a str, reference: Option<NaiveDate>) -> Self {
        // words, line breaks and sentence marks are found while folding: one
        // pass over the input for all, and segmentation visits only those
        let (norm, tokens, marks) = Normalized::with_marks(input);
        let lines = segment::lines_folded(&norm, &tokens, &marks);
        let sentences = segment::sentences_marked(norm.text(), &lines, &marks);
        Doc { input, norm, lines, sentences, tokens, marks, headline: None, reference, outlet_state: None }
    }

    /// The folded text.
    pub fn text(&self) -> &str {
        self.norm.text()
    }

    /// The original span of a folded range.
    #[inline]
    pub fn span(&self, r: Range<usize>) -> Span {
        self.norm.span(r)
    }

    /// The words lying wholly inside `r`, in order; no allocation. Unlike
    /// [`crate::text::words`] it does not cut a word that crosses an end of
    /// `r`: such a word is left out.
    pub fn words(&self, r: Range<usize>) -> &[Range<usize>] {
        let from = self.tokens.partition_point(|w| w.start < r.start);
        let to = from + self.tokens[from..].partition_point(|w| w.end <= r.end);
        &self.tokens[from..to]
    }

    /// Index in [`Doc::tokens`] of the first word starting at or after `at`.
    pub fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|w| w.start < at)
    }

    /// Is this line part of the article's own text?
    pub fn is_body(&self, line: usize) -> bool {
        self.lines.get(line).is_some_and(|l| l.kind == LineKind::Body)
    }
}
