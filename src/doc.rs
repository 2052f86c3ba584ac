//! One article prepared for the extractors: folded once, segmented once.

use std::ops::Range;

use chrono::NaiveDate;

use crate::Span;
use crate::text::Normalized;
use crate::text::segment::{self, Line, LineKind, Sentence};

/// The shared view every extractor reads. Built once per [`crate::parse`].
pub(crate) struct Doc<'a> {
    /// The original input.
    pub input: &'a str,
    /// The folded text and its offset map.
    pub norm: Normalized,
    /// Every line of the page, classified.
    pub lines: Vec<Line>,
    /// Sentences of body lines, in order.
    pub sentences: Vec<Sentence>,
    /// Index in `lines` of the headline, once the source extractor found it.
    pub headline: Option<usize>,
    /// The date relative day words resolve against: the publication date,
    /// else the parser's reference date.
    pub reference: Option<NaiveDate>,
}

impl<'a> Doc<'a> {
    pub fn new(input: &'a str, reference: Option<NaiveDate>) -> Self {
        let norm = Normalized::new(input);
        let lines = segment::lines(norm.text());
        let sentences = segment::sentences(norm.text(), &lines);
        Doc { input, norm, lines, sentences, headline: None, reference }
    }

    /// The folded text.
    pub fn text(&self) -> &str {
        self.norm.text()
    }

    /// The original span of a folded range.
    pub fn span(&self, r: Range<usize>) -> Span {
        self.norm.span(r)
    }

    /// Is this line part of the article's own text?
    pub fn is_body(&self, line: usize) -> bool {
        self.lines.get(line).is_some_and(|l| l.kind == LineKind::Body)
    }
}
