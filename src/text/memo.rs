//! A per-thread memo of word classifications.
//!
//! Every extractor asks of most words of a document "is this one of my cue
//! words, behind which clitics?". The answer depends on the word alone, and
//! news text repeats its words: in a thousand articles a few tens of
//! thousands of distinct words make up most of the tokens. A [`WordMemo`]
//! remembers the last answer per slot of a direct-mapped table, so a word
//! seen before costs two loads, one multiply and one compare instead of a
//! hash-table probe per clitic candidate. It is a pure cache: bounded, and
//! a miss only means the classification is computed again.

/// Longest word a memo remembers, in bytes (most words are far shorter);
/// longer words are classified every time.
pub(crate) const MEMO_KEY: usize = 32;
/// Longest word [`parts`] holds whole, so that it compares without `memcmp`.
const EXACT: usize = 16;

/// One slot: the word's [`parts`], its length (0: empty) and its value.
#[derive(Clone, Copy)]
struct Slot<V> {
    parts: (u64, u64),
    len: u8,
    value: V,
}

/// A direct-mapped cache from words (byte strings of 1 to [`MEMO_KEY`]
/// bytes) to a small `Copy` value. Keep one per thread in a `thread_local!`
/// and borrow it once per document, not once per word.
pub(crate) struct WordMemo<V> {
    slots: Vec<Slot<V>>,
    /// The whole key of each slot, read only for words longer than [`EXACT`].
    keys: Vec<[u8; MEMO_KEY]>,
    /// `64 - log2(slots)`: the hash's top bits pick the slot.
    shift: u32,
    /// The value empty slots hold (never returned: their length is 0).
    blank: V,
}

impl<V: Copy> WordMemo<V> {
    /// An empty memo of `slots` slots (rounded up to a power of two, at
    /// least two); nothing is allocated until the first lookup. `blank`
    /// fills the empty slots.
    pub(crate) const fn new(slots: usize, blank: V) -> Self {
        let bits = slots.next_power_of_two().trailing_zeros();
        WordMemo { slots: Vec::new(), keys: Vec::new(), shift: 64 - if bits == 0 { 1 } else { bits }, blank }
    }

    /// The value remembered for `word`, else `classify()`, remembered.
    #[inline(always)]
    pub(crate) fn get_or(&mut self, word: &[u8], classify: impl FnOnce() -> V) -> V {
        let n = word.len();
        if n == 0 || n > MEMO_KEY {
            return classify();
        }
        if self.slots.is_empty() {
            let size = 1usize << (64 - self.shift);
            self.slots = vec![Slot { parts: (0, 0), len: 0, value: self.blank }; size];
            self.keys = vec![[0; MEMO_KEY]; size];
        }
        let parts = parts(word);
        let slot = (mix(parts, n) >> self.shift) as usize;
        if let Some(e) = self.slots.get(slot) {
            let same = usize::from(e.len) == n
                && e.parts == parts
                && (n <= EXACT || self.keys.get(slot).and_then(|k| k.get(..n)) == Some(word));
            if same {
                return e.value;
            }
        }
        let value = classify();
        if let (Some(e), Some(k)) = (self.slots.get_mut(slot), self.keys.get_mut(slot)) {
            if n > EXACT {
                k[..n].copy_from_slice(word);
            }
            *e = Slot { parts, len: n as u8, value };
        }
        value
    }
}

/// A word's bytes read off two loads, its first and last eight (or four, or
/// two and one) bytes: for a word of at most [`EXACT`] bytes they are the
/// whole word, so with its length they compare it.
#[inline(always)]
fn parts(b: &[u8]) -> (u64, u64) {
    let n = b.len();
    if n >= 8 {
        let (Some(x), Some(y)) = (b.first_chunk::<8>(), b.last_chunk::<8>()) else { return (0, 0) };
        (u64::from_le_bytes(*x), u64::from_le_bytes(*y))
    } else if n >= 4 {
        let (Some(x), Some(y)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) else { return (0, 0) };
        (u64::from(u32::from_le_bytes(*x)), u64::from(u32::from_le_bytes(*y)))
    } else {
        let (Some(&x), Some(&y)) = (b.first(), b.last()) else { return (0, 0) };
        (u64::from(x) | u64::from(b.get(1).copied().unwrap_or(0)) << 8, u64::from(y))
    }
}

/// A hash of a word's [`parts`] and length; the multiply mixes every input
/// bit into the top bits, which pick the slot.
#[inline(always)]
fn mix((x, y): (u64, u64), n: usize) -> u64 {
    (x ^ y.rotate_left(29) ^ (n as u64).wrapping_mul(0xA24B_AED4_963E_E407)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A memo must give what the classifier gives, for every word, however
    /// the slots collide: a tiny table forces collisions.
    #[test]
    fn remembers_and_never_confuses_words() {
        let words = [
            "قتل",
            "وقتل",
            "قتلى",
            "الجيش",
            "والجيش",
            "a",
            "ab",
            "abc",
            "abcd",
            "abcdefgh",
            "abcdefghi",
            "المتحدثباسموزارةالخارجيةالروسية",
            "المتحدثباسموزارةالخارجيةالروسيه",
            "",
            "كلمة طويلة جدا تتجاوز حد المفتاح في الذاكرة",
        ];
        for slots in [1, 2, 4, 4096] {
            let mut memo: WordMemo<usize> = WordMemo::new(slots, 0);
            let mut calls = 0;
            for round in 0..3 {
                for w in words {
                    let got = memo.get_or(w.as_bytes(), || {
                        calls += 1;
                        w.len() * 7 + w.chars().count()
                    });
                    assert_eq!(got, w.len() * 7 + w.chars().count(), "{w} in round {round} with {slots} slots");
                }
            }
            if slots == 4096 {
                // the memo is used: only the empty word, the over-long one
                // and collisions are classified again
                assert!(calls < words.len() * 2, "{calls} calls");
            }
        }
    }

    #[test]
    fn words_sharing_their_ends_differ() {
        // same first and last eight bytes, same length, different middle
        let a = "abcdefgh12345678abcdefgh";
        let b = "abcdefgh87654321abcdefgh";
        let mut memo: WordMemo<u8> = WordMemo::new(1, 0);
        assert_eq!(memo.get_or(a.as_bytes(), || 1), 1);
        assert_eq!(memo.get_or(b.as_bytes(), || 2), 2);
        assert_eq!(memo.get_or(a.as_bytes(), || 3), 3);
    }
}
