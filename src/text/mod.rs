//! The text layer: folding for matching with a map back to original byte
//! offsets, and segmentation into lines and sentences with page furniture,
//! related-article lines and reader comments set aside.

mod normalize;
pub(crate) mod segment;

pub use normalize::{Normalized, fold};

/// Byte ranges of the words of `text` within `range`: maximal runs of
/// letters and digits.
pub(crate) fn words(text: &str, range: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text[range.clone()].char_indices() {
        let i = range.start + i;
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..range.end);
    }
    out
}

/// Strip one or two clitic letters (و ف ب ل ك) from the front of a folded
/// word, yielding each candidate stem (the word itself first).
pub(crate) fn stems(word: &str) -> impl Iterator<Item = &str> {
    let mut out = [Some(word), None, None];
    let mut w = word;
    for slot in out.iter_mut().skip(1) {
        match w.chars().next() {
            Some(c @ ('و' | 'ف' | 'ب' | 'ل' | 'ك')) if w.chars().count() > 3 => {
                w = &w[c.len_utf8()..];
                *slot = Some(w);
            }
            _ => break,
        }
    }
    out.into_iter().flatten()
}
