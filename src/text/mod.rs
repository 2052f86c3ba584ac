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

use std::sync::LazyLock;

pub(crate) mod memo;
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
    // eight bytes at a time: most words are two to six Arabic letters
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut v = [0u8; 8];
            v.copy_from_slice(chunk);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(v)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut v = [0u8; 8];
            v[..rest.len()].copy_from_slice(rest);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(v) ^ (rest.len() as u64) << 59).wrapping_mul(K);
        }
        self.0 = h;
    }

    // a `str` key ends with one `0xff`: no need for the general path
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
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

/// A character word scans skip: neither a letter or digit nor
/// whitespace.
pub(crate) const OTHER: u8 = 0;
/// A letter or digit ([`is_word_char`]).
pub(crate) const WORD: u8 = 1;
/// Whitespace (`char::is_whitespace`).
pub(crate) const SPACE: u8 = 2;

/// The class of every code point below U+0800 (one or two UTF-8 bytes:
/// ASCII and Arabic), so that scans look a character up instead of
/// matching ranges.
pub(crate) static CLASS: LazyLock<[u8; 0x800]> = LazyLock::new(|| {
    std::array::from_fn(|cp| match char::from_u32(cp as u32) {
        Some(c) if c.is_whitespace() => SPACE,
        Some(c) if is_word_char(c) => WORD,
        _ => OTHER,
    })
});

/// The class and byte width of the character at byte `i` of `text` (a
/// character boundary).
#[inline(always)]
pub(crate) fn class_at(text: &str, i: usize, table: &[u8; 0x800]) -> (u8, usize) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        return (table[usize::from(b)], 1);
    }
    if let (0xC0..=0xDF, Some(&b2)) = (b, bytes.get(i + 1)) {
        return (table[(usize::from(b & 0x1F) << 6) | usize::from(b2 & 0x3F)], 2);
    }
    let c = text.get(i..).and_then(|t| t.chars().next()).unwrap_or('\0');
    let class = if c.is_whitespace() {
        SPACE
    } else if is_word_char(c) {
        WORD
    } else {
        OTHER
    };
    (class, c.len_utf8())
}

/// The start of the character that ends at byte `end` (a boundary > 0).
#[inline]
fn char_start_before(bytes: &[u8], end: usize) -> usize {
    let mut i = end - 1;
    while i > 0 && bytes[i] & 0xC0 == 0x80 {
        i -= 1;
    }
    i
}

/// The last `max` words before `end`, not crossing `floor` or a line break,
/// in text order. Scans only as far back as it needs.
pub(crate) fn words_before(text: &str, floor: usize, end: usize, max: usize) -> Vec<std::ops::Range<usize>> {
    let (table, bytes) = (&*CLASS, text.as_bytes());
    let mut out = Vec::with_capacity(max.min(8));
    let mut word_end = None;
    let mut at = end;
    while at > floor && out.len() < max {
        let start = char_start_before(bytes, at);
        if class_at(text, start, table).0 == WORD {
            word_end.get_or_insert(at);
        } else {
            if let Some(e) = word_end.take() {
                out.push(at..e);
                if out.len() == max {
                    break;
                }
            }
            if bytes[start] == b'\n' {
                break;
            }
        }
        at = start;
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
    let mut out = Vec::with_capacity(max.min(8));
    out.extend(WordIter::new(text, start..limit).take(max));
    out
}

/// Byte ranges of the words of `text` within `range`: maximal runs of
/// letters and digits.
pub(crate) fn words(text: &str, range: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    WordIter::new(text, range).collect()
}

/// The words of a range, found one at a time by a byte scan over the class
/// table: callers that stop early never scan the rest.
pub(crate) struct WordIter<'a> {
    text: &'a str,
    at: usize,
    end: usize,
    table: &'static [u8; 0x800],
}

impl<'a> WordIter<'a> {
    /// The words of `text[range]`; a range off character boundaries yields nothing.
    pub(crate) fn new(text: &'a str, range: std::ops::Range<usize>) -> Self {
        let ok = range.start <= range.end && text.is_char_boundary(range.start) && text.is_char_boundary(range.end);
        let (at, end) = if ok { (range.start, range.end) } else { (0, 0) };
        WordIter { text, at, end, table: &CLASS }
    }
}

impl Iterator for WordIter<'_> {
    type Item = std::ops::Range<usize>;

    fn next(&mut self) -> Option<Self::Item> {
        while self.at < self.end {
            let (class, width) = class_at(self.text, self.at, self.table);
            if class != WORD {
                self.at += width;
                continue;
            }
            let start = self.at;
            self.at += width;
            while self.at < self.end {
                let (class, width) = class_at(self.text, self.at, self.table);
                if class != WORD {
                    break;
                }
                self.at += width;
            }
            return Some(start..self.at.min(self.end));
        }
        None
    }
}

/// Strip one or two clitic letters (و ف ب ل ك) from the front of a folded
/// word, yielding each candidate stem (the word itself first).
pub(crate) fn stems(word: &str) -> impl Iterator<Item = &str> {
    let mut out = [Some(word), None, None];
    let mut w = word;
    for slot in out.iter_mut().skip(1) {
        match w.chars().next() {
            Some(c @ ('و' | 'ف' | 'ب' | 'ل' | 'ك')) if w.chars().nth(3).is_some() => {
                w = &w[c.len_utf8()..];
                *slot = Some(w);
            }
            _ => break,
        }
    }
    out.into_iter().flatten()
}

/// Does `bytes` hold an ASCII digit? Eight bytes at a time: a byte is a
/// digit when it is `0x30..=0x39`, so its `^ 0x30` is below ten: no high
/// bit, and none after adding `0x76` to its low seven bits (which cannot
/// carry into the next byte).
pub(crate) fn has_ascii_digit(bytes: &[u8]) -> bool {
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let digit_in = |x: u64| {
        let y = x ^ 0x3030_3030_3030_3030;
        !(((y & LOW) + 0x7676_7676_7676_7676) | y) & HIGHS != 0
    };
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        if digit_in(u64::from_le_bytes(word)) {
            return true;
        }
    }
    chunks.remainder().iter().any(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain definition the table scans must agree with.
    fn reference_words(text: &str) -> Vec<std::ops::Range<usize>> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            match (is_word_char(c), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.push(s..i);
                    start = None;
                }
                _ => {}
            }
        }
        out.extend(start.map(|s| s..text.len()));
        out
    }

    proptest::proptest! {
        #[test]
        fn table_scans_match_the_definition(text in "[a-zA-Z0-9 .,\n\u{600}-\u{6ff}\u{a0}\u{2000}-\u{2030}é中🙂]{0,40}") {
            let all = reference_words(&text);
            proptest::prop_assert_eq!(&words(&text, 0..text.len()), &all);
            for k in 0..4 {
                let after: Vec<_> = all.iter().take(k).cloned().collect();
                proptest::prop_assert_eq!(words_after(&text, 0, text.len(), k), after);
            }
            // words_before stops at a line break
            let last_line = text.rfind('\n').map_or(0, |i| i + 1);
            let tail: Vec<_> = all.iter().filter(|w| w.start >= last_line).cloned().collect();
            for k in 1..4 {
                let want = tail[tail.len().saturating_sub(k)..].to_vec();
                proptest::prop_assert_eq!(words_before(&text, 0, text.len(), k), want);
            }
        }
    }

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

    #[test]
    fn digits_are_found_eight_bytes_at_a_time() {
        for b in 0..=255u8 {
            for at in 0..11 {
                let mut v = vec![b'a'; 11];
                v[at] = b;
                assert_eq!(has_ascii_digit(&v), b.is_ascii_digit(), "{b} at {at}");
                v.iter_mut().filter(|x| **x == b'a').for_each(|x| *x = 0xD9);
                assert_eq!(has_ascii_digit(&v), b.is_ascii_digit(), "{b} at {at}");
            }
        }
    }
}
