//! The text layer: folding for matching with a map back to original byte
//! offsets, and segmentation into lines and sentences with page furniture,
//! related-article lines and reader comments set aside.
//!
//! ```
//! use rasad::text::{Normalized, fold};
//! assert_eq!(fold("مُسْتَشْفَى"), "مستشفي");
//! let n = Normalized::new("قُتل ٣ مدنيين");
//! assert_eq!(n.text(), "قتل 3 مدنيين");
//! ```

mod normalize;
pub(crate) mod segment;

pub use normalize::{Normalized, fold};

/// An Aho-Corasick automaton over folded patterns, built the one way every
/// table of the crate wants it: a DFA (the tables are small and fixed, and a
/// DFA walks Arabic text several times faster than the default NFA) without a
/// prefilter (Arabic text is two-byte letters sharing lead bytes, so no byte
/// is rare enough for a prefilter to skip ahead).
pub(crate) fn automaton<I, P>(patterns: I, kind: aho_corasick::MatchKind) -> aho_corasick::AhoCorasick
where
    I: IntoIterator<Item = P>,
    P: AsRef<[u8]>,
{
    aho_corasick::AhoCorasick::builder()
        .match_kind(kind)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .prefilter(false)
        .build(patterns)
        .expect("a table automaton builds")
}

/// A small multiplicative hasher for the word tables: every word of a
/// document is looked up a few times, the keys are short, and the tables
/// are fixed, so SipHash's protection buys nothing here.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map keyed by words, hashed with [`WordHasher`].
pub(crate) type WordMap<V> = std::collections::HashMap<String, V, std::hash::BuildHasherDefault<WordHasher>>;
/// A set of words, hashed with [`WordHasher`].
pub(crate) type WordSet = std::collections::HashSet<String, std::hash::BuildHasherDefault<WordHasher>>;

/// A letter or digit: a fast path for ASCII and Arabic, the slow Unicode
/// tables only for the rest.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\u{0621}'..='\u{064A}' | '\u{0660}'..='\u{0669}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}' => true,
        '\u{06F0}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' => true,
        c if c.is_ascii() || ('\u{0600}'..='\u{06FF}').contains(&c) => false,
        c => c.is_alphanumeric(),
    }
}

/// The last `max` words before `end`, not crossing `floor` or a line break,
/// in text order. Scans only as far back as it needs.
pub(crate) fn words_before(text: &str, floor: usize, end: usize, max: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut word_end = None;
    let mut at = end;
    for c in text[floor..end].chars().rev() {
        let next = at - c.len_utf8();
        if is_word_char(c) {
            if word_end.is_none() {
                word_end = Some(at);
            }
        } else {
            if let Some(e) = word_end.take() {
                out.push(at..e);
                if out.len() == max {
                    break;
                }
            }
            if c == '\n' {
                break;
            }
        }
        at = next;
    }
    if let Some(e) = word_end {
        if out.len() < max {
            out.push(at..e);
        }
    }
    out.reverse();
    out
}

/// The first `max` words from `start` up to `limit`.
pub(crate) fn words_after(text: &str, start: usize, limit: usize, max: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut begin = None;
    for (i, c) in text[start..limit].char_indices() {
        let i = start + i;
        match (is_word_char(c), begin) {
            (true, None) => begin = Some(i),
            (false, Some(b)) => {
                out.push(b..i);
                begin = None;
                if out.len() == max {
                    return out;
                }
            }
            _ => {}
        }
    }
    if let Some(b) = begin {
        out.push(b..limit);
    }
    out
}

/// Byte ranges of the words of `text` within `range`: maximal runs of
/// letters and digits.
pub(crate) fn words(text: &str, range: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text[range.clone()].char_indices() {
        let i = range.start + i;
        match (is_word_char(c), start) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_word_scans() {
        let t = "واحد اثنان، ثلاثة اربعة خمسة";
        let all = words(t, 0..t.len());
        assert_eq!(all.len(), 5);
        assert_eq!(words_before(t, 0, t.len(), 2), all[3..].to_vec());
        assert_eq!(words_before(t, 0, t.len(), 9), all);
        assert_eq!(words_after(t, 0, t.len(), 2), all[..2].to_vec());
        let l = "سطر\nاخر";
        assert_eq!(words_before(l, 0, l.len(), 5).len(), 1);
    }
}
