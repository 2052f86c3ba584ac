//! Days as Arabic news writes them. (Stub: ISO dates only; see issue 3.)

use std::ops::Range;

use chrono::NaiveDate;

use crate::Span;
use crate::text::{Normalized, fold};

/// One date found in a text.
///
/// ```
/// let m = &rasad::dates::find("في 2020-09-27 بدأت الحرب", None)[0];
/// assert_eq!(m.date.to_string(), "2020-09-27");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMatch {
    /// Where the expression stands in the text given to [`find`].
    pub span: Span,
    /// The day it names.
    pub date: NaiveDate,
}

/// A date found in folded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundDate {
    /// Folded byte range of the expression.
    pub range: Range<usize>,
    pub date: NaiveDate,
    /// Resolved against the reference date (`أمس`, `الثلاثاء`) rather than written out.
    pub relative: bool,
}

/// Read one whole date expression.
///
/// ```
/// assert_eq!(rasad::dates::parse("2020-09-27", None).unwrap().to_string(), "2020-09-27");
/// ```
pub fn parse(s: &str, reference: Option<NaiveDate>) -> Option<NaiveDate> {
    let f = fold(s);
    let t = f.trim();
    match find_folded(t, reference).as_slice() {
        [one] if one.range == (0..t.len()) => Some(one.date),
        _ => None,
    }
}

/// Every date expression in `s`, in order, with spans into `s`.
///
/// ```
/// assert_eq!(rasad::dates::find("2020-09-27 و2020-10-01", None).len(), 2);
/// ```
pub fn find(s: &str, reference: Option<NaiveDate>) -> Vec<DateMatch> {
    let n = Normalized::new(s);
    find_folded(n.text(), reference).into_iter().map(|f| DateMatch { span: n.span(f.range), date: f.date }).collect()
}

/// Every date expression in folded text.
pub(crate) fn find_folded(text: &str, _reference: Option<NaiveDate>) -> Vec<FoundDate> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i + 10 <= b.len() {
        if let Some(s) = text.get(i..i + 10) {
            if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                out.push(FoundDate { range: i..i + 10, date: d, relative: false });
                i += 10;
                continue;
            }
        }
        i += 1;
    }
    out
}
