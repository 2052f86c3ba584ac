//! Counts as Arabic news writes them. (Stub: digits only; see issue 3.)

use std::ops::Range;

use crate::text::{Normalized, fold};
use crate::{Count, Span};

/// One count expression found in a text.
///
/// ```
/// let m = &rasad::numbers::find("قتل 21 جنديا")[0];
/// assert_eq!(m.count.value, 21);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberMatch {
    /// Where the expression stands in the text given to [`find`].
    pub span: Span,
    /// What it counts to.
    pub count: Count,
}

/// A count found in folded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    /// Folded byte range of the whole expression (qualifier included).
    pub range: Range<usize>,
    pub count: Count,
}

/// Read one whole count expression.
///
/// ```
/// assert_eq!(rasad::numbers::parse("21").map(|c| c.value), Some(21));
/// ```
pub fn parse(s: &str) -> Option<Count> {
    let f = fold(s);
    let t = f.trim();
    match find_folded(t).as_slice() {
        [one] if one.range == (0..t.len()) => Some(one.count),
        _ => None,
    }
}

/// Every count expression in `s`, in order, with spans into `s`.
///
/// ```
/// assert_eq!(rasad::numbers::find("3 قتلى و5 جرحى").len(), 2);
/// ```
pub fn find(s: &str) -> Vec<NumberMatch> {
    let n = Normalized::new(s);
    find_folded(n.text()).into_iter().map(|f| NumberMatch { span: n.span(f.range), count: f.count }).collect()
}

/// Read an ordinal word (`الثالث` → 3).
///
/// ```
/// assert_eq!(rasad::numbers::ordinal("الثالث"), Some(3));
/// ```
pub fn ordinal(s: &str) -> Option<u32> {
    match fold(s).trim() {
        "الاول" | "اول" => Some(1),
        "الثاني" => Some(2),
        "الثالث" => Some(3),
        _ => None,
    }
}

/// Every count expression in folded text.
pub(crate) fn find_folded(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if let Ok(v) = text[s..i].parse::<u64>() {
                out.push(Found { range: s..i, count: Count::exact(v) });
            }
        } else {
            i += 1;
        }
    }
    out
}
