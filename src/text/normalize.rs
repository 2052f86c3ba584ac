//! Folding Arabic text for matching, with a map back to original offsets.

use std::ops::Range;
use std::sync::LazyLock;

use super::{CLASS, OTHER, SPACE, WORD, is_word_char};
use crate::Span;

/// The class ([`WORD`], [`SPACE`], [`OTHER`]) of any character, as
/// `super::class_at` reads it.
fn class_of(c: char, table: &[u8; 0x800]) -> u8 {
    match table.get(c as usize) {
        Some(&class) => class,
        None if c.is_whitespace() => SPACE,
        None if is_word_char(c) => WORD,
        None => OTHER,
    }
}

/// What one input character becomes in the folded text.
enum Fold {
    /// Dropped: diacritics, tatweel, direction marks, joiners.
    Drop,
    /// Replaced by one character (possibly itself).
    Char(char),
}

/// Folding of U+0000..U+06FF (ASCII and the Arabic block, nearly every
/// character of a page), precomputed from [`fold_rare`]: one load instead of
/// walking the whole `match`. `DROPPED` marks a dropped character.
static LOW: [u32; 0x700] = {
    let mut t = [0u32; 0x700];
    let mut i = 0;
    while i < 0x700 {
        t[i] = match char::from_u32(i as u32) {
            Some(c) => match fold_rare(c) {
                Fold::Drop => DROPPED,
                Fold::Char(f) => f as u32,
            },
            None => DROPPED,
        };
        i += 1;
    }
    t
};
const DROPPED: u32 = u32::MAX;

/// For every code point below U+0800 (one or two UTF-8 bytes) that folds to
/// itself, whether it is a letter or digit ([`IN_WORD`]) or not
/// ([`OUT_WORD`]); [`CHANGES`] for the others. The fold loop decides "copy
/// unchanged" and "does the word go on" with this one load and one compare
/// against its state.
static KEEP: LazyLock<[u8; 0x800]> = LazyLock::new(|| {
    std::array::from_fn(|cp| match LOW.get(cp) {
        Some(&f) if f == cp as u32 && char::from_u32(f).is_some_and(is_mark) => MARK,
        Some(&f) if f == cp as u32 && CLASS[cp] == WORD => IN_WORD,
        Some(&f) if f == cp as u32 => OUT_WORD,
        _ => CHANGES,
    })
});
/// In [`KEEP`]: folds to itself, not a letter or digit.
const OUT_WORD: u8 = 0;
/// In [`KEEP`]: folds to itself, a letter or digit.
const IN_WORD: u8 = 1;
/// In [`KEEP`]: folds to itself and is a mark ([`is_mark`]), not a letter
/// or digit.
const MARK: u8 = 2;
/// In [`KEEP`]: the character does not fold to itself (or lies past [`LOW`]).
const CHANGES: u8 = u8::MAX;

/// [`KEEP`] by the first two bytes of a character (`b0 | b1 << 8`), with
/// its width: `kind | width << 4` for a one- or two-byte character that
/// folds to itself, else [`CHANGES`]. An ASCII byte reads the same entry
/// whatever follows it. One load tells the fold loop both whether to copy
/// a character and how far to step.
static PAIR: LazyLock<Box<[u8; 0x10000]>> = LazyLock::new(|| {
    let keep = &*KEEP;
    let mut t = Box::new([CHANGES; 0x10000]);
    for (i, e) in t.iter_mut().enumerate() {
        let (b0, b1) = (i & 0xFF, i >> 8);
        let (cp, width) = if b0 < 0x80 {
            (b0, 1)
        } else if (0xC0..0xE0).contains(&b0) && (0x80..0xC0).contains(&b1) {
            (((b0 & 0x1F) << 6) | (b1 & 0x3F), 2)
        } else {
            continue;
        };
        if keep[cp] != CHANGES && cp != COPYRIGHT as usize {
            *e = keep[cp] | width << 4;
        } else if let Some(k) =
            (width == 2).then(|| LOW.get(cp)).flatten().and_then(|&f| LETTERS.iter().position(|l| *l as u32 == f))
        {
            *e = REPLACED + k as u8;
        }
    }
    t
});
/// A sign the fold notes (see [`Normalized::has_copyright`]): it reads as
/// changed in [`PAIR`], so only the slow path of the fold sees it.
const COPYRIGHT: char = '©';

/// The two-byte letters a two-byte character folds to in place (`أ` → `ا`,
/// `ة` → `ه`, `ى` → `ي`...): nearly every changed character of a page.
const LETTERS: [char; 5] = ['ا', 'ي', 'و', 'ه', 'ك'];
/// The [`PAIR`] entry of a two-byte character folding to `LETTERS[k]`
/// is `REPLACED + k`: above every entry of a character that folds to
/// itself, below [`CHANGES`], and with a low nibble that is no state.
const REPLACED: u8 = 0x83;

/// The folded bytes of a [`REPLACED`] entry, two of them whatever the arm:
/// a copy the compiler writes inline.
#[inline(always)]
fn replacement(e: u8) -> &'static str {
    match e.wrapping_sub(REPLACED) {
        0 => "ا",
        1 => "ي",
        2 => "و",
        3 => "ه",
        _ => "ك",
    }
}
/// The [`KEEP`] kind in a [`PAIR`] entry.
const KIND: u8 = 0x0F;
/// The [`PAIR`] entry of a two-byte letter that folds to itself.
const ARABIC_LETTER: u8 = IN_WORD | 2 << 4;

/// The folded characters whose positions the fold records (see
/// [`Normalized::with_marks`]): line breaks and what sentence splitting
/// reads (stops, quote marks, guillemets). None is a letter or digit.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c, '\n' | '.' | '!' | '?' | '"' | '«' | '»' | '؟' | '۔')
}

/// What one character becomes: [`fold_rare`], through [`LOW`] where it can.
#[inline(always)]
fn fold_char(c: char) -> Fold {
    match LOW.get(c as usize) {
        Some(&DROPPED) => Fold::Drop,
        Some(&f) => char::from_u32(f).map_or(Fold::Drop, Fold::Char),
        None => fold_rare(c),
    }
}

/// The folding rules. Kept as one table-like `match` so that every matcher in
/// the crate (gazetteer, cue words, numbers, dates) sees the same letters.
const fn fold_rare(c: char) -> Fold {
    use Fold::*;
    match c {
        // harakat, Quranic marks, superscript alef, tatweel
        '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}' => Drop,
        // joiners, direction marks, BOM, Arabic letter mark, carriage return, soft hyphen
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{061C}'
        | '\r'
        | '\u{00AD}' => Drop,
        // alef forms
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => Char('ا'),
        // yeh forms: alef maksura, Persian/Urdu yeh, yeh with hamza
        'ى' | 'ی' | 'ې' | 'ئ' | 'ۍ' => Char('ي'),
        'ؤ' => Char('و'),
        // teh marbuta and heh forms
        'ة' | 'ۀ' | 'ە' | 'ھ' | 'ہ' | 'ۃ' => Char('ه'),
        // keheh and gaf-like letters
        'ک' | 'ڪ' => Char('ك'),
        // digits: Arabic-Indic and Persian
        '\u{0660}'..='\u{0669}' => Char((b'0' + (c as u32 - 0x0660) as u8) as char),
        '\u{06F0}'..='\u{06F9}' => Char((b'0' + (c as u32 - 0x06F0) as u8) as char),
        // Arabic decimal and thousands separators
        '\u{066B}' => Char('.'),
        '\u{066C}' => Char(','),
        '\u{066A}' => Char('%'),
        // quote marks: guillemets keep their direction, the rest become '"'
        '“' | '”' | '„' | '‟' | '″' | '〝' | '〞' | '＂' => Char('"'),
        '‘' | '’' | '‚' | '‛' | '`' | '´' => Char('\''),
        '‹' => Char('«'),
        '›' => Char('»'),
        // dashes
        '–' | '—' | '‒' | '―' | '−' => Char('-'),
        // spaces
        '\t' | '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Char(' '),
        '\u{2028}' | '\u{2029}' | '\u{0085}' | '\u{000B}' | '\u{000C}' => Char('\n'),
        'A'..='Z' => Char(c.to_ascii_lowercase()),
        _ => Char(c),
    }
}

/// Fold one string the way [`Normalized`] folds a document, without keeping
/// offsets: for building patterns and for comparing names.
///
/// ```
/// assert_eq!(rasad::text::fold("الأذربيجانيّة"), "الاذربيجانيه");
/// assert_eq!(rasad::text::fold("٢١ جنديًا"), "21 جنديا");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // characters that fold to themselves are copied a run at a time
    let mut run = 0;
    for (at, c) in s.char_indices() {
        let f = fold_char(c);
        if matches!(f, Fold::Char(f) if f == c) {
            continue;
        }
        out.push_str(&s[run..at]);
        if let Fold::Char(f) = f {
            out.push(f);
        }
        run = at + c.len_utf8();
    }
    out.push_str(&s[run..]);
    out
}

/// A document folded for matching, with the byte offset in the original
/// input of every folded byte.
///
/// Folding drops diacritics, tatweel and invisible marks; unifies alef, yeh,
/// teh marbuta and keheh forms; turns Arabic-Indic and Persian digits into
/// ASCII digits; unifies quote marks, dashes and spaces; and lowercases ASCII.
///
/// ```
/// use rasad::text::Normalized;
/// let input = "قُتِلَ ٢١ جنديًّا";
/// let n = Normalized::new(input);
/// assert_eq!(n.text(), "قتل 21 جنديا");
/// let at = n.text().find("21").unwrap();
/// let span = n.span(at..at + 2);
/// assert_eq!(&input[span.start..span.end], "٢١");
/// ```
#[derive(Debug, Clone)]
pub struct Normalized {
    text: String,
    /// Where the distance between folded and original offsets changes:
    /// `(folded, original)` pairs in increasing order, the first at 0. A
    /// character starting at folded byte `f` comes from original byte
    /// `original + (f - folded)` of the last pair at or before `f`. Nearly
    /// every character folds to itself, so this holds a pair per dropped
    /// mark or resized character, not an entry per byte.
    shifts: Vec<(u32, u32)>,
    /// For every [`BLOCK`] bytes of the folded text, the index in `shifts`
    /// of the last pair at or before the block's start: a lookup steps
    /// forward from there over the block's few pairs instead of searching
    /// the whole table (every extractor maps each range it reports).
    blocks: Vec<u32>,
    /// Byte length of the original input.
    len: u32,
    /// Whether the text holds a `©`.
    copyright: bool,
}

impl Normalized {
    /// Fold `input`. Linear in its length; inputs are limited to 4 GiB.
    ///
    /// ```
    /// let n = rasad::text::Normalized::new("إلى اللقاء");
    /// assert_eq!(n.text(), "الي اللقاء");
    /// ```
    pub fn new(input: &str) -> Self {
        Self::build::<false>(input).0
    }

    /// Fold `input` and find every word of the folded text on the way (the
    /// ranges `crate::text::words(text, 0..text.len())` gives): the fold
    /// decodes every character anyway, so a separate scan is saved.
    #[cfg(test)]
    pub(crate) fn with_tokens(input: &str) -> (Self, Vec<Range<usize>>) {
        let (n, tokens, _) = Self::build::<true>(input);
        (n, tokens)
    }

    /// Fold `input`, find every word of the folded text, and also the folded offset of every
    /// mark ([`is_mark`]: line breaks, sentence stops, quote marks), in
    /// order, so that segmentation walks those instead of rescanning.
    pub(crate) fn with_marks(input: &str) -> (Self, Vec<Range<usize>>, Vec<u32>) {
        Self::build::<true>(input)
    }

    fn build<const TOKENS: bool>(input: &str) -> (Self, Vec<Range<usize>>, Vec<u32>) {
        let (table, pair) = (&*CLASS, &*PAIR);
        // about one word in six bytes of Arabic
        let mut tokens = Vec::with_capacity(if TOKENS { input.len() / 6 + 1 } else { 0 });
        // about one mark in fifty bytes
        let mut marks = Vec::with_capacity(if TOKENS { input.len() / 32 + 1 } else { 0 });
        let mut text = String::with_capacity(input.len());
        let mut shifts = vec![(0u32, 0u32)];
        let mut copyright = false;
        let bytes = input.as_bytes();
        let len = bytes.len();
        // characters that fold to themselves (nearly all) are copied a run
        // at a time; only the others are pushed one by one. Inside a run the
        // folded offset of input byte `at` is `at - behind` (wrapping: the
        // folded text is shorter, `behind` = `run - text.len()`).
        let mut run = 0;
        let mut behind = 0usize;
        let mut at = 0;
        // IN_WORD while reading a word (which started at folded `word`),
        // else OUT_WORD: a kept character of the same kind needs nothing
        let mut state = OUT_WORD;
        let mut word = 0;
        // `at < pairs`: two bytes can be read at `at`
        let pairs = len.saturating_sub(1);
        let at_pair = |at: usize| usize::from(u16::from_le_bytes([bytes[at], bytes[at + 1]]));
        loop {
            // fastest path: the letters of a word, nearly all Arabic (two
            // bytes) and folding to themselves
            if TOKENS && state == IN_WORD {
                let mut rest = &bytes[at..];
                while let Some((two, tail)) = rest.split_first_chunk::<2>() {
                    if pair[usize::from(u16::from_le_bytes(*two))] != ARABIC_LETTER {
                        break;
                    }
                    rest = tail;
                }
                at = len - rest.len();
                // the word nearly always ends at a space, and the next one
                // opens with an Arabic letter: end one and open the other
                if let [b' ', b0, b1, ..] = rest {
                    if pair[usize::from(u16::from_le_bytes([*b0, *b1]))] == ARABIC_LETTER {
                        let here = at.wrapping_sub(behind);
                        tokens.push(word..here);
                        word = here + 1;
                        at += 3;
                        continue;
                    }
                }
            }
            // the character at `at`, by its first two bytes (a last byte
            // alone is ASCII: any second byte reads the same entry)
            let e = if at < pairs {
                pair[at_pair(at)]
            } else if let Some(&b0) = bytes.get(at) {
                pair[usize::from(b0)]
            } else {
                break;
            };
            // folds to itself and leaves the state (a space between words,
            // a Latin letter or digit in a word): nothing to do
            let same = if TOKENS { e & KIND == state } else { e < REPLACED };
            if same {
                at += usize::from(e >> 4);
                continue;
            }
            if e >= REPLACED && e != CHANGES {
                // a letter folding to another of the same width: the run
                // goes on after it, and no offset moves
                text.push_str(&input[run..at]);
                if TOKENS && state != IN_WORD {
                    word = text.len();
                    state = IN_WORD;
                }
                text.push_str(replacement(e));
                at += 2;
                run = at;
                continue;
            }
            if e != CHANGES {
                // a word opens or ends here
                let here = at.wrapping_sub(behind);
                let kind = e & KIND;
                at += usize::from(e >> 4);
                if kind == MARK {
                    // a mark is never part of a word
                    marks.push(here as u32);
                    if state == IN_WORD {
                        tokens.push(word..here);
                    }
                    state = OUT_WORD;
                } else if kind == IN_WORD {
                    word = here;
                    state = IN_WORD;
                } else {
                    tokens.push(word..here);
                    state = OUT_WORD;
                    // a word ending at a space (or another one-byte sign) is nearly
                    // always followed by one opening with an Arabic letter: open it here
                    if e == OUT_WORD | 1 << 4 && at < pairs && pair[at_pair(at)] == ARABIC_LETTER {
                        word = here + 1;
                        state = IN_WORD;
                        at += 2;
                    }
                }
                continue;
            }
            let b = bytes[at];
            let (cp, width) = if b < 0x80 {
                (usize::from(b), 1)
            } else if b & 0xE0 == 0xC0 && at + 1 < len {
                ((usize::from(b & 0x1F) << 6) | usize::from(bytes[at + 1] & 0x3F), 2)
            } else {
                (usize::MAX, 0)
            };
            // a common changed character (a hamza form of alef, teh
            // marbuta, a diacritic): folded by table, no `char` decoded
            if let Some(&f) = LOW.get(cp) {
                text.push_str(&input[run..at]);
                if f == DROPPED {
                    shift(&mut shifts, text.len(), at + width);
                } else if let Some(f) = char::from_u32(f) {
                    if f == COPYRIGHT {
                        note_copyright(&mut copyright);
                    }
                    if f.len_utf8() != width {
                        shift(&mut shifts, text.len(), at);
                        shift(&mut shifts, text.len() + f.len_utf8(), at + width);
                    }
                    if TOKENS {
                        note(class_of(f, table), text.len(), &mut state, &mut word, &mut tokens);
                        if is_mark(f) {
                            marks.push(text.len() as u32);
                        }
                    }
                    text.push(f);
                }
                at += width;
                run = at;
                behind = run.wrapping_sub(text.len());
                continue;
            }
            let Some(c) = input.get(at..).and_then(|t| t.chars().next()) else { break };
            let f = fold_char(c);
            if matches!(f, Fold::Char(f) if f == c) {
                if TOKENS {
                    note(class_of(c, table), at.wrapping_sub(behind), &mut state, &mut word, &mut tokens);
                }
                at += c.len_utf8();
                continue;
            }
            text.push_str(&input[run..at]);
            let width = match f {
                Fold::Char(f) => f.len_utf8(),
                Fold::Drop => 0,
            };
            if width != c.len_utf8() {
                // the folded character (if any) maps to `at`, what follows
                // it to the end of the original character
                if width > 0 {
                    shift(&mut shifts, text.len(), at);
                }
                shift(&mut shifts, text.len() + width, at + c.len_utf8());
            }
            if let Fold::Char(f) = f {
                if TOKENS {
                    note(class_of(f, table), text.len(), &mut state, &mut word, &mut tokens);
                    if is_mark(f) {
                        marks.push(text.len() as u32);
                    }
                }
                text.push(f);
            }
            at += c.len_utf8();
            run = at;
            behind = run.wrapping_sub(text.len());
        }
        text.push_str(&input[run..]);
        if TOKENS && state == IN_WORD {
            tokens.push(word..text.len());
        }
        let blocks = blocks(&shifts, text.len());
        (Normalized { text, shifts, blocks, len: input.len() as u32, copyright }, tokens, marks)
    }

    /// The folded text.
    ///
    /// ```
    /// assert_eq!(rasad::text::Normalized::new("٢٠٢٠").text(), "2020");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the folded text holds a `©` (noted while folding, so a page
    /// is not searched for it again).
    pub(crate) fn has_copyright(&self) -> bool {
        self.copyright
    }

    /// The original byte offset of folded byte `i` (`i` may be the length):
    /// where the character holding it starts in the input.
    ///
    /// ```
    /// // the diacritic after ق is dropped: folded byte 2 (ت) comes from byte 4
    /// let n = rasad::text::Normalized::new("قُتل");
    /// assert_eq!(n.orig(2), 4);
    /// ```
    #[inline]
    pub fn orig(&self, i: usize) -> usize {
        let bytes = self.text.as_bytes();
        let Some(&b) = bytes.get(i) else {
            return self.len as usize;
        };
        // the start of the folded character holding byte `i` (nearly
        // always `i` itself: callers map character boundaries)
        let mut f = i;
        if b & 0xC0 == 0x80 {
            while f > 0 && bytes[f] & 0xC0 == 0x80 {
                f -= 1;
            }
        }
        // the last pair at or before `f`: from the block's, over the
        // block's few pairs (a page's pairs are a handful)
        let k = match self.blocks.get(f / BLOCK) {
            Some(&k) => k as usize,
            None => self.shifts.partition_point(|&(s, _)| s as usize <= f).saturating_sub(1),
        };
        let (s, o) = match self.shifts.get(k..) {
            Some([first, rest @ ..]) => {
                rest.iter().take_while(|&&(s, _)| s as usize <= f).last().copied().unwrap_or(*first)
            }
            _ => (0, 0),
        };
        o as usize + (f - s as usize)
    }

    /// The original span covering the folded range `range`: it starts at the
    /// first character that produced `range.start` and ends where the
    /// character after the range starts, so dropped marks inside or just after
    /// the range are included.
    ///
    /// `range` must lie on character boundaries of [`text`](Self::text); an
    /// empty folded range gives an empty span.
    ///
    /// ```
    /// let input = "مقتلُ جنديين";
    /// let n = rasad::text::Normalized::new(input);
    /// let sp = n.span(0..n.text().find(' ').unwrap());
    /// assert_eq!(sp.text(input), Some("مقتلُ"));
    /// ```
    #[inline]
    pub fn span(&self, range: std::ops::Range<usize>) -> Span {
        let start = self.orig(range.start);
        let end = self.orig(range.end).max(start);
        Span { start, end }
    }
}

/// The block size of [`Normalized`]'s index into its shifts: about one
/// changed character in forty bytes of Arabic news text, so a block holds
/// one or two pairs.
const BLOCK: usize = 64;

/// The index of [`Normalized::shifts`] for a folded text of `len` bytes:
/// for block `b`, the last pair at or before byte `b * BLOCK`.
fn blocks(shifts: &[(u32, u32)], len: usize) -> Vec<u32> {
    let n = len / BLOCK + 1;
    let mut out = Vec::with_capacity(n);
    // the blocks starting before pair `k` and not filled yet start at or
    // after pair `k - 1`: a fill per pair, not a search per block
    for (k, &(s, _)) in shifts.iter().enumerate().skip(1) {
        let upto = (s as usize).div_ceil(BLOCK).min(n);
        if upto > out.len() {
            out.resize(upto, (k - 1) as u32);
        }
    }
    out.resize(n, shifts.len().saturating_sub(1) as u32);
    out
}

/// A character of class `class` at folded offset `at` opens, extends or
/// ends a word (the slow path of the fold loop).
fn note(class: u8, at: usize, state: &mut u8, word: &mut usize, tokens: &mut Vec<Range<usize>>) {
    let kind = if class == WORD { IN_WORD } else { OUT_WORD };
    if kind != *state {
        if kind == IN_WORD {
            *word = at;
        } else {
            tokens.push(*word..at);
        }
        *state = kind;
    }
}

/// The fold met a `©` (rare: kept out of line so that the fold loop's
/// registers stay as they are).
#[cold]
#[inline(never)]
fn note_copyright(seen: &mut bool) {
    *seen = true;
}

/// Record that folded byte `folded` comes from original byte `orig`; a later
/// record at the same folded byte (marks dropped in a row) replaces it.
fn shift(shifts: &mut Vec<(u32, u32)>, folded: usize, orig: usize) {
    let pair = (folded as u32, orig as u32);
    match shifts.last_mut() {
        Some(last) if last.0 == pair.0 => *last = pair,
        _ => shifts.push(pair),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_letters_digits_marks() {
        assert_eq!(fold("إلى آذار ٱلأمم"), "الي اذار الامم");
        assert_eq!(fold("۲۱ و٢١"), "21 و21");
        assert_eq!(fold("مـــقتل"), "مقتل");
        assert_eq!(fold("“قال”"), "\"قال\"");
        assert_eq!(fold("a\u{200F}B"), "ab");
        assert_eq!(fold("رئيس مسؤول"), "رييس مسوول");
    }

    #[test]
    fn spans_map_back_to_original() {
        let input = "وقَالَ\u{00A0}«الوزيرُ» ١٢";
        let n = Normalized::new(input);
        assert_eq!(n.text(), "وقال «الوزير» 12");
        let i = n.text().find("الوزير").unwrap();
        let sp = n.span(i..i + "الوزير".len());
        assert_eq!(&input[sp.start..sp.end], "الوزيرُ");
        let j = n.text().find("12").unwrap();
        let sp = n.span(j..n.text().len());
        assert_eq!(&input[sp.start..sp.end], "١٢");
    }

    /// The offset map as it was first written: an entry per folded byte.
    fn reference_map(input: &str) -> (String, Vec<usize>) {
        let (mut text, mut map) = (String::new(), Vec::new());
        for (at, c) in input.char_indices() {
            if let Fold::Char(f) = fold_char(c) {
                text.push(f);
                map.extend(std::iter::repeat_n(at, f.len_utf8()));
            }
        }
        map.push(input.len());
        (text, map)
    }

    proptest::proptest! {
        #[test]
        fn tokens_found_while_folding_match_a_scan(input in "[a-zA-Z0-9 .,\n\u{600}-\u{6ff}\u{a0}\u{ad}\u{2000}-\u{2030}é中🙂“”‹ⅷ]{0,40}") {
            let (n, tokens) = Normalized::with_tokens(&input);
            proptest::prop_assert_eq!(&tokens, &crate::text::words(n.text(), 0..n.text().len()));
        }

        #[test]
        fn marks_found_while_folding_match_a_scan(input in "[a-z0-9 .!?\"«»؟۔\n\u{600}-\u{6ff}\u{85}\u{2028}\u{66b}“‹›é中©]{0,40}") {
            let (n, tokens, marks) = Normalized::with_marks(&input);
            let want: Vec<u32> = n.text().char_indices().filter(|&(_, c)| is_mark(c)).map(|(i, _)| i as u32).collect();
            proptest::prop_assert_eq!(n.has_copyright(), n.text().contains('©'));
            proptest::prop_assert_eq!(marks, want);
            proptest::prop_assert_eq!(&tokens, &crate::text::words(n.text(), 0..n.text().len()));
        }

        #[test]
        fn sparse_map_matches_the_reference(input in "[a-zA-Z0-9 .\n\r\t\u{600}-\u{6ff}\u{a0}\u{ad}\u{2000}-\u{2030}\u{feff}é中🙂“”‹]{0,40}") {
            let n = Normalized::new(&input);
            let (text, map) = reference_map(&input);
            proptest::prop_assert_eq!(n.text(), text.as_str());
            for (i, &o) in map.iter().enumerate() {
                proptest::prop_assert_eq!(n.orig(i), o, "byte {}", i);
            }
            proptest::prop_assert_eq!(n.orig(map.len() + 3), input.len());
        }
    }

    #[test]
    fn empty_and_all_dropped() {
        let n = Normalized::new("\u{064E}\u{0640}");
        assert_eq!(n.text(), "");
        assert_eq!(n.span(0..0), Span { start: 4, end: 4 });
    }
}
