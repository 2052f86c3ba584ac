//! Counts as Arabic news writes them.
//!
//! Reads digits (Western, Arabic-Indic and Persian, with thousands
//! separators and scale words: `1.5 مليون`, `3 آلاف`), number words in both
//! genders and all cases (`ثلاثة`، `إحدى عشرة`، `مئة وخمسة وعشرون`، `ألفين`),
//! duals of person nouns (`قتيلان`، `جنديين`، `مدنيين قتلا`), vague plurals
//! (`عشرات` → at least 20, `مئات`, `آلاف`, `بضعة`, `عدة`) and the qualifiers
//! around them (`نحو`، `ما لا يقل عن`، `ما يصل إلى`، `بين 10 و15`).
//!
//! Dates (`2020.10.02`, `06-10-2020`), times (`10:27`), years after `عام` or
//! a month name, phone numbers and ordinals (`الثالث`، `الحادي عشر`) are not
//! read as counts. Everything else that counts is returned: whether it counts
//! people is the caller's question.
//!
//! The scan is linear and allocates nothing but its result: tokens are
//! lexed once, as the scan reaches them, into a small ring on the stack, and
//! every expression is read with a bounded look-ahead from its first token.
//! [`parse`] and [`ordinal`] allocate nothing (their input is folded into a
//! stack buffer; one longer than 256 bytes, or holding a character beyond
//! U+FFFF, is folded on the heap, and a character beyond U+07FF is looked
//! up in `fold` the first time the process meets it); [`find`] allocates
//! only the vector it returns: it folds its input a token at a time as it
//! lexes it (diacritics and tatweel skipped, Arabic-Indic and Persian digits
//! read as digits), with offsets into the input itself.
//!
//! ```
//! use rasad::{Qualifier, numbers};
//! let c = numbers::parse("ما لا يقل عن عشرين").unwrap();
//! assert_eq!((c.value, c.qualifier), (20, Qualifier::AtLeast));
//! assert_eq!(numbers::parse("٢١").map(|c| c.value), Some(21));
//! ```

use std::cell::Cell;
use std::ops::{Deref, Range};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU32, Ordering::Relaxed};

use crate::text::fold;
use crate::{Count, Qualifier, Span};

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
///
/// `range` runs from a qualifier before the number (`ما لا يقل عن 20`,
/// `بين 10 و15`; a clitic glued to the first word is left out) to the end
/// of the number or of a qualifier right after it (`30 أو أكثر`). A
/// qualifier placed after the counted noun (`20 شخصا على الأقل`) sets
/// `count.qualifier` but stays outside `range`, so the noun still follows
/// `range.end`. A dual is its noun (`جنديين`), with the dual verb or
/// `اثنين` that confirms it (`مدنيين قتلا`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    /// Folded byte range of the whole expression (qualifier included).
    pub range: Range<usize>,
    /// What it counts to.
    pub count: Count,
}

/// Read one whole count expression.
///
/// The whole string (after trimming) must be the expression; a leading
/// clitic (`بثلاثة`) or a following noun (`20 شخصا`) makes it not one.
/// Allocates nothing (see the [module docs](self)).
///
/// ```
/// use rasad::Qualifier;
/// use rasad::numbers::parse;
/// assert_eq!(parse("٢١").map(|c| c.value), Some(21));
/// assert_eq!(parse("مئة وخمسة وعشرون").map(|c| c.value), Some(125));
/// assert_eq!(parse("1.5 مليون").map(|c| c.value), Some(1_500_000));
/// let c = parse("ما لا يقل عن عشرين").unwrap();
/// assert_eq!((c.value, c.qualifier), (20, Qualifier::AtLeast));
/// let r = parse("بين 10 و15").unwrap();
/// assert_eq!((r.value, r.upper), (10, Some(15)));
/// assert_eq!(parse("عشرات").map(|c| c.qualifier), Some(Qualifier::AtLeast));
/// assert_eq!(parse("10:27"), None);
/// ```
pub fn parse(s: &str) -> Option<Count> {
    let mut buf = [0u8; SHORT];
    let heap;
    let t = match fold_into(s.trim(), &mut buf) {
        Some(t) => t,
        None => {
            heap = fold(s);
            heap.as_str()
        }
    }
    .trim();
    let mut found = None;
    let mut more = false;
    Scan::new(t, true).run(usize::MAX, |x| {
        more |= found.is_some();
        found = Some(x);
    });
    match found {
        Some(one) if !more && one.range == (0..t.len()) => Some(one.count),
        _ => None,
    }
}

/// Every count expression in `s`, in order, with spans into `s`.
///
/// `s` is folded a token at a time as it is read, never copied whole:
/// `find` allocates the returned vector and nothing else.
///
/// ```
/// let text = "قُتل ٣ جنود وأصيب نحو عشرين آخرين في 2020.10.02";
/// let found = rasad::numbers::find(text);
/// let values: Vec<u64> = found.iter().map(|m| m.count.value).collect();
/// assert_eq!(values, [3, 20]);
/// assert_eq!(found[0].span.text(text), Some("٣"));
/// assert_eq!(found[1].span.text(text), Some("نحو عشرين"));
/// ```
pub fn find(s: &str) -> Vec<NumberMatch> {
    let mut out = Vec::new();
    Scan::raw(s).run(usize::MAX, |f| out.push(NumberMatch { span: raw_span(f.range), count: f.count }));
    out
}

/// The span of a range of raw offsets, as `Normalized::span` gives it.
pub(crate) fn raw_span(r: Range<usize>) -> Span {
    Span { start: r.start, end: r.end.max(r.start) }
}

/// [`find`] the long way: fold a copy of `s` with its offset map, scan it
/// and map each range back. What `find` must always agree with.
#[cfg(test)]
fn find_by_copy(s: &str) -> Vec<NumberMatch> {
    let n = crate::text::Normalized::new(s);
    let mut out = Vec::new();
    Scan::new(n.text(), false).run(usize::MAX, |f| out.push(NumberMatch { span: n.span(f.range), count: f.count }));
    out
}

/// Read an ordinal word (`الثالث` → 3, `الحادية عشرة` → 11,
/// `الخامس والعشرون` → 25).
///
/// ```
/// use rasad::numbers::ordinal;
/// assert_eq!(ordinal("الثالث"), Some(3));
/// assert_eq!(ordinal("الأولى"), Some(1));
/// assert_eq!(ordinal("الحادية عشرة"), Some(11));
/// assert_eq!(ordinal("الخامس والعشرين"), Some(25));
/// assert_eq!(ordinal("ثلاثة"), None);
/// ```
pub fn ordinal(s: &str) -> Option<u32> {
    let mut buf = [0u8; SHORT];
    let heap;
    let t = match fold_into(s.trim(), &mut buf) {
        Some(t) => t,
        None => {
            heap = fold(s);
            heap.as_str()
        }
    }
    .trim();
    match ordinal_folded(t) {
        Some((r, v)) if r == (0..t.len()) => Some(v),
        _ => None,
    }
}

/// The ordinal word(s) at the start of folded `text` (leading spaces
/// skipped): their folded byte range (a leading clitic such as `و` or `لل`
/// included) and value.
pub(crate) fn ordinal_folded(text: &str) -> Option<(Range<usize>, u32)> {
    let scan = Scan::new(text, false);
    let (v, next) = scan.ordinal_at(0)?;
    let start = scan.tok(0)?.s;
    let end = scan.tok(next - 1)?.e;
    Some((start..end, v))
}

/// Every count expression in folded text.
// (the casualty reader now fills its own vector with `find_folded_into`;
// this stays for readers of a single text)
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn find_folded(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    find_folded_into(text, &mut out);
    out
}

/// [`find_folded`] appended to `out`, so that a caller reading sentence
/// after sentence reuses one vector.
pub(crate) fn find_folded_into(text: &str, out: &mut Vec<Found>) {
    Scan::new(text, false).run(usize::MAX, |f| out.push(f));
}

/// How many tokens [`find_folded`] reads before a word that may start a
/// count ([`may_count_word`]) without acting: it acts on a token at most two
/// tokens before such a word (a sound plural read as a dual before an
/// adjective and a dual verb, see [`Scan::dual`]), and from there looks back
/// at most five (a four-word qualifier behind an article, or the verb of
/// change before `من`, see [`Scan::before`] and [`Scan::rise_before`]); the
/// rest is margin.
pub(crate) const LEAD_TOKENS: usize = 10;

/// [`find_folded_into`] with the lexing cut to where a count may stand, for
/// a caller that knows where the words [`may_count_word`] takes lie:
/// `from` is the start of a word of `text` (led by a character that is no
/// word character, or by nothing) with [`LEAD_TOKENS`] words of the
/// Arabic block before the first such word, each a word of the block that
/// [`may_count_word`] does not take, all from `from` on; `stop` is the end
/// of the last such word. The counts are those [`find_folded_into`] finds:
/// the words before `from` are read past without acting nor looking back at
/// them, and no token starting at `stop` or after can start a count.
pub(crate) fn find_folded_within_into(text: &str, from: usize, stop: usize, out: &mut Vec<Found>) {
    let scan = Scan { t: Folded(text), toks: Window::new(Lexer { t: text, i: from }), zero: false };
    scan.run(stop, |f| out.push(f));
}

// ---------------------------------------------------------------------------
// Folding short strings without allocating.

/// A character [`fold`] drops.
const DROPPED: u32 = 0x11_0000;
/// A character [`fold`] turns into more than one: fold on the heap.
const MANY: u32 = 0x11_0001;

/// What [`fold`] makes of one character.
fn fold_of(c: char) -> u32 {
    let s = fold(c.encode_utf8(&mut [0; 4]));
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (None, _) => DROPPED,
        (Some(x), None) => x as u32,
        _ => MANY,
    }
}

/// [`fold`] of every character below U+0800 (ASCII and Arabic), read off
/// `fold` itself once so that both always agree.
static LOW_FOLD: LazyLock<Vec<u32>> =
    LazyLock::new(|| (0..0x800).map(|c| char::from_u32(c).map_or(c, fold_of)).collect());

/// [`fold`] of the rest of the Basic Multilingual Plane, learnt from `fold`
/// the first time each character is met (0: not yet; else the folding + 1).
/// Such characters are rare in what `parse` is given, and each is folded on
/// the heap once per process, not once per call.
static HIGH_FOLD: [AtomicU32; 0x1_0000 - 0x800] = [const { AtomicU32::new(0) }; 0x1_0000 - 0x800];

/// `s` folded as [`fold`] folds it, written into `buf`; `None` when it does
/// not fit or holds a character outside the Basic Multilingual Plane.
pub(crate) fn fold_into<'b>(s: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let low = &*LOW_FOLD;
    let mut n = 0;
    for c in s.chars() {
        let v = match low.get(c as usize) {
            Some(&v) => v,
            None => {
                let slot = HIGH_FOLD.get((c as usize).checked_sub(0x800)?)?;
                match slot.load(Relaxed) {
                    0 => {
                        let v = fold_of(c);
                        slot.store(v + 1, Relaxed);
                        v
                    }
                    v => v - 1,
                }
            }
        };
        if v == DROPPED {
            continue;
        }
        let f = char::from_u32(v)?;
        let out = buf.get_mut(n..n + f.len_utf8())?;
        f.encode_utf8(out);
        n += f.len_utf8();
    }
    std::str::from_utf8(buf.get(..n)?).ok()
}

/// Room on the stack for an expression given to `parse` or `ordinal`;
/// longer ones are folded on the heap.
pub(crate) const SHORT: usize = 256;

// ---------------------------------------------------------------------------
// Text the scans read: folded already, or raw and folded a token at a time.

/// What [`fold`] makes of `c`: `None` when it drops it. A character beyond
/// the Basic Multilingual Plane folds to itself (a unit test checks it).
#[inline]
fn fold_char(c: char) -> Option<char> {
    let v = match LOW_FOLD.get(c as usize) {
        Some(&v) => v,
        None => match HIGH_FOLD.get((c as usize).wrapping_sub(0x800)) {
            Some(slot) => match slot.load(Relaxed) {
                0 => {
                    let v = fold_of(c);
                    slot.store(v + 1, Relaxed);
                    v
                }
                v => v - 1,
            },
            None => c as u32,
        },
    };
    // (`fold` never makes two characters of one: a unit test checks it)
    (v != DROPPED).then(|| char::from_u32(v).unwrap_or(c))
}

/// The text a scan reads, with tokens as ranges of byte offsets into it:
/// [`Folded`] text as the extractors hold it, or [`Raw`] input folded a
/// token at a time, so that its offsets are already the spans to report.
pub(crate) trait Source: Copy {
    /// The folded text of a token.
    type Str: Deref<Target = str>;
    /// The folded text of the token at `r`.
    fn slice(self, r: Range<usize>) -> Option<Self::Str>;
    /// Where folded byte `k` of the token at `r` comes from.
    fn offset(self, r: Range<usize>, k: usize) -> usize;
    /// Whether the folded text of the token at `r` holds one of `pats`.
    fn contains_any(self, r: Range<usize>, pats: &[String]) -> bool;
}

/// Text already folded: tokens are slices of it.
#[derive(Clone, Copy)]
pub(crate) struct Folded<'a>(pub(crate) &'a str);

impl<'a> Source for Folded<'a> {
    type Str = &'a str;

    #[inline]
    fn slice(self, r: Range<usize>) -> Option<&'a str> {
        self.0.get(r)
    }

    #[inline]
    fn offset(self, r: Range<usize>, k: usize) -> usize {
        r.start + k
    }

    fn contains_any(self, r: Range<usize>, pats: &[String]) -> bool {
        self.0.get(r).is_some_and(|w| pats.iter().any(|p| w.contains(p.as_str())))
    }
}

/// Raw input read as [`fold`] would fold it, one character at a time, with
/// offsets into the input. Every offset a lexer holds stands on a character
/// `fold` keeps (or at the end): dropped characters (diacritics, tatweel,
/// direction marks) are passed as soon as they are met, so that a token
/// ends where the next kept character starts, as `Normalized::span` ends it.
#[derive(Clone, Copy)]
pub(crate) struct Raw<'a>(pub(crate) &'a str);

/// Room for one folded token of raw text. Longer than any word the tables
/// hold (with its clitics), so a longer word is in none of them.
const INLINE: usize = 64;
/// How much of a longer word's start and end [`Inline`] keeps.
const HEAD: usize = 24;
const TAIL: usize = 24;

/// A token of raw text folded on the stack. A word longer than [`INLINE`]
/// bytes is kept as its first and last few characters around U+FFFD: it
/// matches no table entry, and still answers what the readers ask of any
/// word (its article and clitics, its ending, that it has five letters);
/// what it contains is asked through [`Source::contains_any`].
#[derive(Clone, Copy)]
pub(crate) struct Inline {
    buf: [u8; INLINE],
    len: usize,
}

impl Inline {
    fn push(&mut self, c: char) -> bool {
        let n = c.len_utf8();
        match self.buf.get_mut(self.len..self.len + n) {
            Some(out) => {
                c.encode_utf8(out);
                self.len += n;
                true
            }
            None => false,
        }
    }
}

impl Deref for Inline {
    type Target = str;

    fn deref(&self) -> &str {
        std::str::from_utf8(self.buf.get(..self.len).unwrap_or_default()).unwrap_or_default()
    }
}

impl<'a> Raw<'a> {
    /// The character at byte `p` and its length, ASCII decoded in place.
    #[inline]
    fn decode(self, p: usize) -> Option<(char, usize)> {
        let b = self.0.as_bytes();
        let &x = b.get(p)?;
        if x.is_ascii() {
            return Some((char::from(x), 1));
        }
        // a two-byte character (the Arabic block) decoded in place: its
        // lead byte says `p` is a character boundary
        if let Some(&[l @ 0xC0..=0xDF, t]) = b.get(p..p + 2) {
            return char::from_u32(u32::from(l & 0x1F) << 6 | u32::from(t & 0x3F)).map(|c| (c, 2));
        }
        let c = self.0.get(p..)?.chars().next()?;
        Some((c, c.len_utf8()))
    }

    /// `p` moved past any characters [`fold`] drops.
    #[inline]
    pub(crate) fn skip(self, mut p: usize) -> usize {
        while let Some((c, len)) = self.decode(p) {
            if fold_char(c).is_some() {
                break;
            }
            p += len;
        }
        p
    }

    /// The folded character at `p` and the offset of the next kept one.
    #[inline]
    pub(crate) fn at(self, p: usize) -> Option<(char, usize)> {
        let (c, len) = self.decode(p)?;
        Some((fold_char(c).unwrap_or(c), self.skip(p + len)))
    }

    /// The folded character before `p` and its offset.
    pub(crate) fn before(self, mut p: usize) -> Option<(char, usize)> {
        loop {
            let c = self.0.get(..p)?.chars().next_back()?;
            p -= c.len_utf8();
            if let Some(f) = fold_char(c) {
                return Some((f, p));
            }
        }
    }

    /// The folded characters of `r`.
    fn chars(self, r: Range<usize>) -> impl Iterator<Item = char> + Clone + 'a {
        let s = self.0.get(r).unwrap_or_default();
        s.chars().filter_map(fold_char)
    }

    /// A word longer than [`INLINE`]: its start and end around U+FFFD.
    fn long(self, r: Range<usize>) -> Inline {
        let mut w = Inline { buf: [0; INLINE], len: 0 };
        for c in self.chars(r.clone()) {
            if w.len + c.len_utf8() > HEAD {
                break;
            }
            w.push(c);
        }
        w.push('\u{FFFD}');
        let mut tail = ['\0'; TAIL];
        let (mut n, mut bytes) = (0, 0);
        let s = self.0.get(r).unwrap_or_default();
        for c in s.chars().rev().filter_map(fold_char) {
            if bytes + c.len_utf8() > TAIL || n == TAIL {
                break;
            }
            tail[n] = c;
            (n, bytes) = (n + 1, bytes + c.len_utf8());
        }
        for &c in tail[..n].iter().rev() {
            w.push(c);
        }
        w
    }
}

impl Source for Raw<'_> {
    type Str = Inline;

    fn slice(self, r: Range<usize>) -> Option<Inline> {
        let mut w = Inline { buf: [0; INLINE], len: 0 };
        for c in self.chars(r.clone()) {
            if !w.push(c) {
                return Some(self.long(r));
            }
        }
        Some(w)
    }

    fn offset(self, r: Range<usize>, k: usize) -> usize {
        let (mut p, mut n) = (r.start, 0);
        while n < k && p < r.end {
            let Some((c, next)) = self.at(p) else { break };
            (n, p) = (n + c.len_utf8(), next);
        }
        p
    }

    fn contains_any(self, r: Range<usize>, pats: &[String]) -> bool {
        let mut it = self.chars(r);
        loop {
            if pats.iter().any(|pat| {
                let mut from = it.clone();
                pat.chars().all(|p| from.next() == Some(p))
            }) {
                return true;
            }
            if it.next().is_none() {
                return false;
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Tables. Written as normal Arabic and folded once.

type Map<V> = crate::text::WordMap<V>;
type Set = crate::text::WordSet;

/// The grammatical number of a scale word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// `ألف`، `ألفا`، `مليون`: alone (1×) or after a count of 11 and more.
    Sing,
    /// `ألفان`، `ألفين`: 2×, never after a count.
    Dual,
    /// `آلاف`، `ملايين`: after 3 to 10, or alone as a vague plural.
    Plural,
}

/// What a number word contributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum W {
    /// `صفر`: read only where a whole string is asked for, since the same
    /// letters name the month Safar.
    Zero,
    /// 1 to 9 (`واحد`، `ثلاث`، `ثمانية`).
    Unit(u64),
    /// A unit form that stands only before `عشر` (`أحد`، `إحدى`، `اثنا`).
    Head(u64),
    /// 11 to 19, built from a unit or head and `عشر`.
    Teen(u64),
    /// `عشر`، `عشرة`.
    Ten,
    /// 20 to 90.
    Tens(u64),
    /// 100 to 900.
    Hundred(u64),
    /// ×1000, ×10⁶, ×10⁹.
    Scale(u64, Form),
    /// `عشرات` (10) and `مئات` (100): at least twice that.
    Vague(u64),
    /// `بضع`، `بضعة`، `عدة`: at least three.
    Few,
    /// `نصف` (2), `ربع` (4): that fraction of the scale word after it.
    Part(u64),
}

const UNITS: &[(&str, u64)] = &[
    ("واحد", 1),
    ("واحدة", 1),
    ("اثنان", 2),
    ("اثنين", 2),
    ("اثنتان", 2),
    ("اثنتين", 2),
    ("ثنتان", 2),
    ("ثنتين", 2),
    ("ثلاث", 3),
    ("ثلاثة", 3),
    ("أربع", 4),
    ("أربعة", 4),
    ("خمس", 5),
    ("خمسة", 5),
    ("ست", 6),
    ("ستة", 6),
    ("سبع", 7),
    ("سبعة", 7),
    ("ثمان", 8),
    ("ثماني", 8),
    ("ثمانية", 8),
    ("تسع", 9),
    ("تسعة", 9),
];

/// Unit forms used only in 11 and 12.
const HEADS: &[(&str, u64)] = &[("أحد", 1), ("إحدى", 1), ("اثنا", 2), ("اثني", 2), ("اثنتا", 2), ("اثنتي", 2)];

const TENS: &[(&str, u64)] = &[
    ("عشرون", 20),
    ("عشرين", 20),
    ("ثلاثون", 30),
    ("ثلاثين", 30),
    ("أربعون", 40),
    ("أربعين", 40),
    ("خمسون", 50),
    ("خمسين", 50),
    ("ستون", 60),
    ("ستين", 60),
    ("سبعون", 70),
    ("سبعين", 70),
    ("ثمانون", 80),
    ("ثمانين", 80),
    ("تسعون", 90),
    ("تسعين", 90),
];

/// The forms of 100 and 200 (`مئتا`/`مئتي` are the construct duals).
const HUNDREDS: &[(&str, u64)] = &[
    ("مئة", 100),
    ("مائة", 100),
    ("مئتان", 200),
    ("مئتين", 200),
    ("مائتان", 200),
    ("مائتين", 200),
    ("مئتا", 200),
    ("مئتي", 200),
    ("مائتا", 200),
    ("مائتي", 200),
];

/// Unit stems written glued to `مئة` for 300 to 900 (`ثلاثمئة`، `ثمانيمائة`).
const HUNDRED_STEMS: &[(&str, u64)] =
    &[("ثلاث", 3), ("ثلث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("ثماني", 8), ("تسع", 9)];

const SCALES: &[(&str, u64, Form)] = &[
    ("ألف", 1_000, Form::Sing),
    ("ألفا", 1_000, Form::Sing),
    ("ألفان", 1_000, Form::Dual),
    ("ألفين", 1_000, Form::Dual),
    ("ألفي", 1_000, Form::Dual),
    ("آلاف", 1_000, Form::Plural),
    ("ألوف", 1_000, Form::Plural),
    ("الآلاف", 1_000, Form::Plural),
    ("الألوف", 1_000, Form::Plural),
    ("مليون", 1_000_000, Form::Sing),
    ("مليونا", 1_000_000, Form::Sing),
    ("مليونان", 1_000_000, Form::Dual),
    ("مليونين", 1_000_000, Form::Dual),
    ("مليوني", 1_000_000, Form::Dual),
    ("ملايين", 1_000_000, Form::Plural),
    ("الملايين", 1_000_000, Form::Plural),
    ("مليار", 1_000_000_000, Form::Sing),
    ("مليارا", 1_000_000_000, Form::Sing),
    ("ملياران", 1_000_000_000, Form::Dual),
    ("مليارين", 1_000_000_000, Form::Dual),
    ("مليارات", 1_000_000_000, Form::Plural),
    ("المليارات", 1_000_000_000, Form::Plural),
];

const OTHER_WORDS: &[(&str, W)] = &[
    ("صفر", W::Zero),
    ("عشر", W::Ten),
    ("عشرة", W::Ten),
    ("عشرات", W::Vague(10)),
    ("العشرات", W::Vague(10)),
    ("مئات", W::Vague(100)),
    ("المئات", W::Vague(100)),
    ("بضع", W::Few),
    ("بضعة", W::Few),
    ("عدة", W::Few),
    ("نصف", W::Part(2)),
    ("ربع", W::Part(4)),
];

static WORDS: LazyLock<Map<W>> = LazyLock::new(|| {
    let mut m = Map::default();
    for &(w, v) in UNITS {
        m.insert(fold(w), W::Unit(v));
    }
    for &(w, v) in HEADS {
        m.insert(fold(w), W::Head(v));
    }
    for &(w, v) in TENS {
        m.insert(fold(w), W::Tens(v));
    }
    for &(w, v) in HUNDREDS {
        m.insert(fold(w), W::Hundred(v));
    }
    for &(stem, v) in HUNDRED_STEMS {
        for h in ["مئة", "مائة"] {
            m.insert(fold(&format!("{stem}{h}")), W::Hundred(v * 100));
        }
    }
    for &(w, v, f) in SCALES {
        m.insert(fold(w), W::Scale(v, f));
    }
    for &(w, k) in OTHER_WORDS {
        m.insert(fold(w), k);
    }
    m
});

/// Person nouns whose plural is broken, so that their `-ان`/`-ين` form can
/// only be a dual (`قتيلين` is two, the plural is `قتلى`).
const DUAL_NOUNS: &[&str] = &[
    "قتيل",
    "جريح",
    "جندي",
    "شخص",
    "طفل",
    "طفلة",
    "رجل",
    "امرأة",
    "فتاة",
    "سيدة",
    "ضابط",
    "شاب",
    "عنصر",
    "شقيق",
    "شقيقة",
    "أسير",
    "رهينة",
    "شرطي",
    "طبيب",
    "ولد",
    "حارس",
    "أخت",
    "ابن",
    "ابنة",
    "شهيد",
    "قائد",
    "زعيم",
    "بحار",
    "شيخ",
    "فرد",
    "عضو",
    "حفيد",
];

/// Person nouns whose sound plural `-ين` equals the dual oblique; their
/// nominative dual `-ان` is unambiguous.
const AMBIGUOUS_NOUNS: &[&str] = &[
    "مدني",
    "عسكري",
    "صحفي",
    "صحافي",
    "مقاتل",
    "مسلح",
    "مواطن",
    "مسعف",
    "متظاهر",
    "مصاب",
    "معتقل",
    "مستوطن",
    "مراسل",
    "موظف",
    "ناشط",
    "عامل",
    "مهاجم",
    "انتحاري",
    "إسرائيلي",
    "فلسطيني",
    "سوري",
    "يمني",
    "عراقي",
    "لبناني",
    "أمريكي",
    "أميركي",
    "روسي",
    "تركي",
    "إيراني",
    "مصري",
    "ليبي",
    "سوداني",
    "أفغاني",
    "أوكراني",
    "مدنية",
    "مسلحة",
];

/// Plurals that follow `أحد` in construct without the article
/// (`أحد عناصر الشرطة`).
const ONE_OF_NOUNS: &[&str] =
    &["عناصر", "أفراد", "قادة", "جنود", "مقاتلي", "أعضاء", "أبناء", "سكان", "حراس", "ضباط", "قيادات"];

/// Dual past verbs that show a `-ين` noun before them is a dual
/// (`مدنيين قتلا`).
const DUAL_VERBS: &[&str] = &[
    "قتلا",
    "أصيبا",
    "جرحا",
    "استشهدا",
    "لقيا",
    "قضيا",
    "سقطا",
    "اعتقلا",
    "اختطفا",
    "خطفا",
    "أسرا",
    "فقدا",
    "أعدما",
    "توفيا",
    "نقلا",
    "ذبحا",
    "اغتيلا",
    "كانا",
    "أصيبتا",
    "قتلتا",
];

static DUALS: LazyLock<Set> = LazyLock::new(|| {
    let mut s = Set::default();
    for n in DUAL_NOUNS {
        let stem = dual_stem(n);
        s.insert(format!("{stem}ان"));
        s.insert(format!("{stem}ين"));
    }
    for n in AMBIGUOUS_NOUNS {
        s.insert(format!("{}ان", dual_stem(n)));
    }
    s
});

static DUAL_VERB_SET: LazyLock<Set> = LazyLock::new(|| DUAL_VERBS.iter().map(|v| fold(v)).collect());

/// The stem a dual ending attaches to: teh marbuta becomes teh, a final
/// alef maksura becomes yeh (`فتى` → `فتيان`).
fn dual_stem(n: &str) -> String {
    let f = fold(n);
    match f.strip_suffix('ه') {
        Some(s) => format!("{s}ت"),
        None => f,
    }
}

/// Where a qualifier stands before the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Intro {
    Q(Qualifier),
    /// `بين X وY`.
    Between,
    /// `من X إلى Y`.
    From,
}

const BEFORE: &[(&str, Intro)] = &[
    ("نحو", Intro::Q(Qualifier::Approximate)),
    ("حدود", Intro::Q(Qualifier::Approximate)),
    ("حوالي", Intro::Q(Qualifier::Approximate)),
    ("حوالى", Intro::Q(Qualifier::Approximate)),
    ("قرابة", Intro::Q(Qualifier::Approximate)),
    ("زهاء", Intro::Q(Qualifier::Approximate)),
    ("ما يقارب", Intro::Q(Qualifier::Approximate)),
    ("يقارب", Intro::Q(Qualifier::Approximate)),
    ("ما يناهز", Intro::Q(Qualifier::Approximate)),
    ("يناهز", Intro::Q(Qualifier::Approximate)),
    ("ما يقرب من", Intro::Q(Qualifier::Approximate)),
    ("تقريبا", Intro::Q(Qualifier::Approximate)),
    ("ما لا يقل عن", Intro::Q(Qualifier::AtLeast)),
    ("لا يقل عن", Intro::Q(Qualifier::AtLeast)),
    ("أكثر من", Intro::Q(Qualifier::AtLeast)),
    ("أزيد من", Intro::Q(Qualifier::AtLeast)),
    ("ما يزيد عن", Intro::Q(Qualifier::AtLeast)),
    ("ما يزيد على", Intro::Q(Qualifier::AtLeast)),
    ("يزيد عن", Intro::Q(Qualifier::AtLeast)),
    ("يزيد على", Intro::Q(Qualifier::AtLeast)),
    ("ما يربو على", Intro::Q(Qualifier::AtLeast)),
    ("يربو على", Intro::Q(Qualifier::AtLeast)),
    ("ما يفوق", Intro::Q(Qualifier::AtLeast)),
    ("يفوق", Intro::Q(Qualifier::AtLeast)),
    ("ما يتجاوز", Intro::Q(Qualifier::AtLeast)),
    ("يتجاوز", Intro::Q(Qualifier::AtLeast)),
    ("على الأقل", Intro::Q(Qualifier::AtLeast)),
    ("ما يصل إلى", Intro::Q(Qualifier::AtMost)),
    ("قد يصل إلى", Intro::Q(Qualifier::AtMost)),
    ("حتى", Intro::Q(Qualifier::AtMost)),
    ("أقل من", Intro::Q(Qualifier::AtMost)),
    ("ما لا يزيد عن", Intro::Q(Qualifier::AtMost)),
    ("ما لا يزيد على", Intro::Q(Qualifier::AtMost)),
    ("لا يزيد عن", Intro::Q(Qualifier::AtMost)),
    ("لا يزيد على", Intro::Q(Qualifier::AtMost)),
    ("ما لا يتجاوز", Intro::Q(Qualifier::AtMost)),
    ("لا يتجاوز", Intro::Q(Qualifier::AtMost)),
    ("بين", Intro::Between),
    ("ما بين", Intro::Between),
    ("من", Intro::From),
];

const AFTER: &[(&str, Qualifier)] = &[
    ("تقريبا", Qualifier::Approximate),
    ("أو أكثر", Qualifier::AtLeast),
    ("فأكثر", Qualifier::AtLeast),
    ("وأكثر", Qualifier::AtLeast),
    ("أو ما يزيد", Qualifier::AtLeast),
    ("أو يزيد", Qualifier::AtLeast),
    ("على الأقل", Qualifier::AtLeast),
    ("على أقل تقدير", Qualifier::AtLeast),
    ("كحد أدنى", Qualifier::AtLeast),
    ("أو أقل", Qualifier::AtMost),
    ("على الأكثر", Qualifier::AtMost),
    ("كحد أقصى", Qualifier::AtMost),
];

type Patterns<T> = Vec<(Vec<String>, T)>;

fn patterns<T: Copy>(table: &[(&str, T)]) -> Patterns<T> {
    table.iter().map(|&(p, k)| (fold(p).split(' ').map(str::to_owned).collect(), k)).collect()
}

static BEFORE_P: LazyLock<Patterns<Intro>> = LazyLock::new(|| patterns(BEFORE));
static AFTER_P: LazyLock<Patterns<Qualifier>> = LazyLock::new(|| patterns(AFTER));

/// [`BEFORE_P`] indexed by the word before the number: the one-word
/// patterns by their word, the longer ones (in table order) by their last.
struct ByLast {
    one: Map<usize>,
    longer: Map<Vec<usize>>,
}

static BEFORE_BY_LAST: LazyLock<ByLast> = LazyLock::new(|| {
    let mut by = ByLast { one: Map::default(), longer: Map::default() };
    for (p, (pat, _)) in BEFORE_P.iter().enumerate() {
        match pat.as_slice() {
            [w] => {
                by.one.entry(w.clone()).or_insert(p);
            }
            [.., w] => by.longer.entry(w.clone()).or_default().push(p),
            [] => {}
        }
    }
    by
});

/// The last word of every [`BEFORE`] pattern and the first of every
/// [`AFTER`] one: a word that is neither lets the readers skip the tables.
static BEFORE_LAST: LazyLock<Set> = LazyLock::new(|| BEFORE_P.iter().filter_map(|(p, _)| p.last().cloned()).collect());
static AFTER_FIRST: LazyLock<Set> = LazyLock::new(|| AFTER_P.iter().filter_map(|(p, _)| p.first().cloned()).collect());

/// A bit per [`shape`] of every word that may close a [`BEFORE`] pattern
/// (its last word behind any clitics [`clitic_forms`] strips) or open an
/// [`AFTER`] one: nearly every word beside a number is neither, and is told
/// so with one hash instead of a probe per clitic form.
static QUAL_SHAPES: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; 1 << (SHAPE_BITS - 6)];
    let mut set = |w: &str| {
        let t = shape(w);
        bits[t / 64] |= 1 << (t % 64);
    };
    for r in BEFORE_LAST.iter() {
        for c in ["", "و", "ف"] {
            for p in ["", "ب", "ل", "ك"] {
                set(&format!("{c}{p}{r}"));
            }
        }
    }
    AFTER_FIRST.iter().for_each(|w| set(w));
    bits
});

/// Whether `w` may stand in a qualifier pattern (see [`QUAL_SHAPES`]).
fn may_qualify(w: &str) -> bool {
    let t = shape(w);
    QUAL_SHAPES.get(t / 64).is_some_and(|b| b & (1 << (t % 64)) != 0)
}

/// Words before `بين`/`من` that make the numbers after them years.
const PERIOD: &[&str] = &["الفترة", "الأعوام", "السنوات", "أعوام", "سنوات", "عامي", "الممتدة"];

/// Words after which a four-digit number is a year.
const YEAR_WORDS: &[&str] = &["عام", "العام", "سنة", "السنة", "عامي", "العامين", "موسم"];

/// Words after which a number 1900–2100 is a year.
const YEAR_CONTEXT: &[&str] =
    &["في", "منذ", "خلال", "مطلع", "أواخر", "أوائل", "منتصف", "بداية", "نهاية", "صيف", "شتاء", "ربيع", "خريف", "حتى"];

/// Month names (Gregorian in its Egyptian, Levantine and Maghrebi names,
/// and Hijri) after which a four-digit number is a year.
const MONTHS: &[&str] = &[
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "إبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
    "كانون",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين",
    "الأول",
    "الثاني",
    "ماي",
    "يوليوز",
    "غشت",
    "شتنبر",
    "نونبر",
    "دجنبر",
    "جانفي",
    "فيفري",
    "أفريل",
    "جوان",
    "جويلية",
    "أوت",
    "محرم",
    "صفر",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "الحجة",
    "القعدة",
    "الآخر",
    "الآخرة",
    "الأولى",
];

/// Words after which a number is not a count: a clock hour, an identifier.
const NOT_AFTER: &[&str] = &[
    "الساعة",
    "الدقيقة",
    "رقم",
    "الرقم",
    "القرار",
    "المادة",
    "البند",
    "الفقرة",
    "الصفحة",
    "اللواء",
    "الفرقة",
    "الفوج",
    "الكتيبة",
    "السرية",
    "الطريق",
    "الجولة",
    "المرحلة",
    "الدورة",
    // weapon designations written in Arabic letters: `إف 16`، `ميغ 29`
    "إف",
    "اف",
    "اس",
    "إس",
    "ميغ",
    "سو",
    "سوخوي",
    "تي",
    "كا",
    "مي",
    "تو",
];

/// Words after which a number is a clock time.
const TIME_AFTER: &[&str] = &["صباحا", "صباح", "مساء", "مساءا", "مساءً", "ظهرا", "فجرا", "ليلا", "بتوقيت", "بالتوقيت"];

/// Stems of verbs of change: `ارتفع من 20 إلى 35` is a rise, not a range.
const RISE: &[&str] = &["رتفع", "رتفاع", "نخفض", "تراجع", "قفز", "صعد", "زاد", "تضاعف", "زياد"];

static SETS: LazyLock<Sets> = LazyLock::new(|| {
    let set = |t: &[&str]| t.iter().map(|w| fold(w)).collect::<Set>();
    Sets {
        year: set(YEAR_WORDS),
        period: set(PERIOD),
        one_of: set(ONE_OF_NOUNS),
        year_ctx: set(YEAR_CONTEXT),
        months: set(MONTHS),
        not_after: set(NOT_AFTER),
        time_after: set(TIME_AFTER),
        rise: RISE.iter().map(|w| fold(w)).collect(),
    }
});

struct Sets {
    year: Set,
    period: Set,
    one_of: Set,
    year_ctx: Set,
    months: Set,
    not_after: Set,
    time_after: Set,
    rise: Vec<String>,
}

/// Ordinal stems (folded, without the article): value, whether it may take
/// `عشر`/`والعشرون`, whether it stands only in such a compound (`حادي`),
/// whether it needs the article (`العشرون`).
#[derive(Debug, Clone, Copy)]
struct Ord {
    value: u32,
    compound: bool,
    only_compound: bool,
    article: bool,
}

static ORDINALS: LazyLock<Map<Ord>> = LazyLock::new(|| {
    let mut m = Map::default();
    let units: &[(&str, u32)] =
        &[("ثاني", 2), ("ثالث", 3), ("رابع", 4), ("خامس", 5), ("سادس", 6), ("سابع", 7), ("ثامن", 8), ("تاسع", 9)];
    let plain = |value| Ord { value, compound: false, only_compound: false, article: false };
    for (w, v) in [("أول", 1), ("أولى", 1), ("عاشر", 10), ("عاشرة", 10)] {
        m.insert(fold(w), plain(v));
    }
    for (w, v) in [("حادي", 1), ("حادية", 1)] {
        m.insert(fold(w), Ord { value: v, compound: true, only_compound: true, article: false });
    }
    for &(w, v) in units {
        for form in [w.to_owned(), format!("{w}ة")] {
            m.insert(fold(&form), Ord { value: v, compound: true, only_compound: false, article: false });
        }
    }
    for &(w, v) in TENS {
        m.insert(fold(w), Ord { value: v as u32, compound: false, only_compound: false, article: true });
    }
    for w in ["مئة", "مائة"] {
        m.insert(fold(w), Ord { value: 100, compound: false, only_compound: false, article: true });
    }
    m
});

/// Every word the readers at a token can make something of: a number word
/// (behind any clitics [`clitic_forms`] strips), a dual noun, `أحد`/`إحدى`,
/// an ordinal (behind any prefix [`split_article`] strips). Built from the
/// tables themselves, so a word not in it, and not ending in `ين` (the sound
/// plural read as a dual before a dual verb), starts nothing: the scan passes
/// it with one lookup instead of a dozen. Each word tells whether it is an
/// ordinal's stem behind its prefix (the test [`Scan::ordinal_at`] starts
/// with), so that a number word is not sent through the ordinal tables.
static CANDIDATES: LazyLock<Map<bool>> = LazyLock::new(|| {
    let mut set = Set::default();
    let conj = ["", "و", "ف"];
    let stems = WORDS.keys().chain(DUALS.iter()).map(String::as_str).chain(["احد", "احدي"]);
    for stem in stems {
        for c in conj {
            for p in ["", "ب", "ل", "ك"] {
                set.insert(format!("{c}{p}{stem}"));
            }
        }
    }
    for stem in ORDINALS.keys() {
        for c in conj {
            for a in ["", "لل", "ال", "بال", "كال"] {
                set.insert(format!("{c}{a}{stem}"));
            }
        }
    }
    set.into_iter()
        .map(|w| {
            let ordinal = ORDINALS.contains_key(split_article(&w).1);
            (w, ordinal)
        })
        .collect()
});

/// A bit per [`shape`] of every word in [`CANDIDATES`]: most words of a
/// text start nothing, and are told so without hashing them whole.
static CANDIDATE_SHAPES: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; 1 << (SHAPE_BITS - 6)];
    for w in CANDIDATES.keys() {
        let t = shape(w);
        bits[t / 64] |= 1 << (t % 64);
    }
    bits
});

const SHAPE_BITS: u32 = 16;

/// A hash of a word's length and its first and last eight bytes (all of
/// most words): Arabic words share their first and last letters too often
/// for a hash of those alone to rule them out. The date reader's word
/// filter hashes with it too.
pub(crate) fn shape(w: &str) -> usize {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let b = w.as_bytes();
    let len = b.len() as u64;
    let key = match (b.first_chunk::<8>(), b.last_chunk::<8>()) {
        (Some(&h), Some(&t)) => (u64::from_le_bytes(h) ^ len).wrapping_mul(K) ^ u64::from_le_bytes(t),
        // a shorter word in one number, without a call to copy it
        _ => match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
            (Some(&h), Some(&t)) => {
                (u64::from(u32::from_le_bytes(h)) << 32 | u64::from(u32::from_le_bytes(t)) ^ len << 56).wrapping_mul(K)
            }
            _ => b.iter().fold(len, |k, &x| k << 8 | u64::from(x)).wrapping_mul(K),
        },
    };
    (key.wrapping_mul(K) >> (64 - SHAPE_BITS)) as usize
}

/// Whether `w` is in [`CANDIDATES`]: every reader at a word token but the
/// sound plural read as a dual needs it to be. `Some(true)` for a word
/// that may be an ordinal.
fn candidate(w: &str) -> Option<bool> {
    let t = shape(w);
    if CANDIDATE_SHAPES.get(t / 64).is_none_or(|b| b & (1 << (t % 64)) == 0) {
        return None;
    }
    CANDIDATES.get(w).copied()
}

/// The pair words that make a sound plural before them a dual (see
/// [`Scan::dual`]), folded as they are.
const PAIR: [&str; 4] = ["اثنين", "اثنان", "اثنتين", "اثنتان"];

/// Is `w` a word a count can start from in a text without digits: one
/// [`Scan::run`] reads on ([`CANDIDATES`]), or a pair word or dual verb
/// that makes a sound plural before it a dual (see [`Scan::dual`])?
fn count_cue(w: &str) -> bool {
    CANDIDATES.contains_key(w) || DUAL_VERB_SET.contains(w) || PAIR.contains(&w)
}

/// A bit per [`shape`] of every word [`count_cue`] takes.
static COUNT_CUE_SHAPES: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = CANDIDATE_SHAPES.clone();
    for w in DUAL_VERB_SET.iter().map(String::as_str).chain(PAIR) {
        let t = shape(w);
        bits[t / 64] |= 1 << (t % 64);
    }
    bits
});

/// Could [`find_folded`] find a count in a folded text because of its word
/// `w` (a maximal run of [`crate::text::is_word_char`])? A text none of
/// whose words may holds no count: its caller may skip the scan.
///
/// Exact: the reader emits only at a digit run, or at a word token of its
/// lexer that is, or is followed by, a word [`count_cue`] takes. A word made
/// only of characters of U+0600..U+067F is one lexer word token (the word
/// characters of that block are letters, [`is_letter`], but for the
/// Arabic-Indic digits, which the fold has made ASCII), and is told by the
/// bit of its [`shape`]; any other word (a digit, a Latin letter, another
/// block) is let through.
#[inline]
pub(crate) fn may_count_word(w: &str) -> bool {
    let b = w.as_bytes();
    // every even byte the lead byte 0xD8 or 0xD9 (the odd ones are then
    // their continuation bytes)
    const LEAD: u64 = 0x00FE_00FE_00FE_00FE;
    const ARABIC: u64 = 0x00D8_00D8_00D8_00D8;
    let block = b.len() % 2 == 0
        && match (b.first_chunk::<8>(), b.last_chunk::<8>()) {
            (Some(&h), Some(&t)) if b.len() <= 16 => {
                u64::from_le_bytes(h) & LEAD == ARABIC && u64::from_le_bytes(t) & LEAD == ARABIC
            }
            _ => b.chunks_exact(2).all(|p| p[0] & 0xFE == 0xD8),
        };
    if !block {
        return true;
    }
    let t = shape(w);
    COUNT_CUE_SHAPES.get(t / 64).is_some_and(|x| x & (1 << (t % 64)) != 0) && count_cue(w)
}

// ---------------------------------------------------------------------------
// Lexer.

/// A digit run as read, with its separators interpreted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Digits {
    /// A plain integer.
    Int(u64),
    /// Thousands groups: `1,200,000`، `1.200.000`، `10 000`.
    Grouped(u64),
    /// One `.` or `,`: a decimal before a scale word (`1.5 مليون`), or
    /// thousands when the part after it has three digits (`1.200`).
    Dec { int: u64, frac: u64, digits: u32, thousands: bool },
    /// `10-15`.
    Pair(u64, u64),
    /// Not a count: a date, time, phone number, code or decimal.
    Skip,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tk {
    /// Arabic letters.
    Word,
    /// Latin letters and digits glued to them.
    Latin,
    Num(Digits, u32),
    Punct(char),
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    s: usize,
    e: usize,
    k: Tk,
}

impl Default for Tok {
    fn default() -> Self {
        Tok { s: 0, e: 0, k: Tk::Punct(' ') }
    }
}

#[derive(Clone, Copy)]
struct Lexer<'a> {
    t: &'a str,
    i: usize,
}

impl<'a> Lexer<'a> {
    fn new(t: &'a str) -> Self {
        Lexer { t, i: 0 }
    }

    fn digits(&mut self) -> (u64, u32) {
        let b = self.t.as_bytes();
        let (mut v, mut n) = (0u64, 0u32);
        while let Some(d) = b.get(self.i).filter(|d| d.is_ascii_digit()) {
            v = v.saturating_mul(10).saturating_add(u64::from(d - b'0'));
            n += 1;
            self.i += 1;
        }
        (v, n)
    }

    fn number(&mut self) -> Tok {
        let b = self.t.as_bytes();
        let s = self.i;
        let digit = |j: usize| b.get(j).is_some_and(u8::is_ascii_digit);
        let zero_led = b[s] == b'0' && digit(s + 1) && digit(s + 2);
        if (s > 0 && b[s - 1] == b'+') || zero_led {
            // A phone number (international, or with a leading zero), with
            // its spaced groups.
            let mut e = s;
            while let Some(&c) = b.get(self.i) {
                if c.is_ascii_digit() {
                    self.i += 1;
                    e = self.i;
                } else if matches!(c, b' ' | b'-' | b'(' | b')') && digit(self.i + 1) {
                    self.i += 1;
                } else {
                    break;
                }
            }
            return Tok { s, e, k: Tk::Num(Digits::Skip, 0) };
        }
        let (v1, l1) = self.digits();
        let (mut v2, mut l2) = (0, 0);
        let mut groups = 1;
        let mut sep: Option<u8> = None;
        let mut mixed = false;
        let mut rest3 = true;
        let mut acc = v1;
        loop {
            let j = self.i;
            let c = b.get(j).copied().unwrap_or(0);
            let next_sep = if matches!(c, b'.' | b',' | b':' | b'/' | b'-') && digit(j + 1) {
                Some((c, 1))
            } else if c == 0xD8
                && b.get(j + 1) == Some(&0x8C)
                && l1 <= 3
                && (2..=4).all(|k| digit(j + k))
                && !digit(j + 5)
            {
                // The Arabic comma glued between digit groups: `1،200`.
                Some((b',', 2))
            } else if c == b' '
                && matches!(sep, None | Some(b' '))
                && l1 <= 3
                && rest3
                && (1..=3).all(|k| digit(j + k))
                && !digit(j + 4)
                && !(b.get(j + 4).is_some_and(|c| matches!(c, b'.' | b',' | b':' | b'/' | b'-')) && digit(j + 5))
            {
                Some((b' ', 1))
            } else {
                None
            };
            let Some((c, width)) = next_sep else { break };
            self.i = j + width;
            let (v, l) = self.digits();
            if sep.is_some_and(|p| p != c) {
                mixed = true;
            }
            sep = Some(c);
            groups += 1;
            if groups == 2 {
                (v2, l2) = (v, l);
            }
            rest3 &= l == 3;
            acc = acc.saturating_mul(1000).saturating_add(v);
        }
        let e = self.i;
        let latin_after = b.get(e).is_some_and(u8::is_ascii_alphabetic);
        let latin_before = s >= 2 && b[s - 1] == b'-' && b[s - 2].is_ascii_alphabetic();
        // File names, addresses, identifiers: `20200924_2.jpg`، `?id=125`.
        let code = (s > 0 && matches!(b[s - 1], b'_' | b'=' | b'/' | b'#' | b'@' | b'&' | b'\\'))
            || matches!(b.get(e), Some(b'_' | b'/' | b'@'));
        let d = if l1 > 18 || latin_after || latin_before || code || mixed {
            Digits::Skip
        } else {
            match (groups, sep) {
                // Ten digits and more: a phone number or a code.
                (1, _) if l1 >= 10 => Digits::Skip,
                (1, _) => Digits::Int(v1),
                (_, Some(b':' | b'/')) => Digits::Skip,
                (2, Some(b'-')) if l1 <= 6 && l2 <= 6 => Digits::Pair(v1, v2),
                (_, Some(b'-')) => Digits::Skip,
                (_, Some(b' ')) => Digits::Grouped(acc),
                (2, Some(_)) => Digits::Dec { int: v1, frac: v2, digits: l2, thousands: l1 <= 3 && l2 == 3 },
                _ if l1 <= 3 && rest3 => Digits::Grouped(acc),
                _ => Digits::Skip,
            }
        };
        Tok { s, e, k: Tk::Num(d, l1) }
    }
}

impl Iterator for Lexer<'_> {
    type Item = Tok;

    fn next(&mut self) -> Option<Tok> {
        let b = self.t.as_bytes();
        loop {
            let s = self.i;
            let &x = b.get(s)?;
            // ASCII, a byte at a time
            if x.is_ascii() {
                let k = match x {
                    b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => {
                        self.i += 1;
                        continue;
                    }
                    b'0'..=b'9' => return Some(self.number()),
                    b'a'..=b'z' | b'A'..=b'Z' => {
                        let e = s + b[s..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
                        self.i = e;
                        return Some(Tok { s, e, k: Tk::Latin });
                    }
                    _ => Tk::Punct(char::from(x)),
                };
                self.i = s + 1;
                return Some(Tok { s, e: s + 1, k });
            }
            let letters = &*LETTERS;
            // a letter of two bytes (nearly every word starts with one)
            // opens a word without decoding a `char`
            let two = match (x, b.get(s + 1)) {
                (0xC0..=0xDF, Some(&t)) => letters[usize::from(x & 0x1F) << 6 | usize::from(t & 0x3F)],
                _ => false,
            };
            let mut e = s + 2;
            if !two {
                let c = self.t.get(s..)?.chars().next()?;
                if c.is_whitespace() {
                    self.i += c.len_utf8();
                    continue;
                }
                if !is_letter(c) {
                    self.i = s + c.len_utf8();
                    return Some(Tok { s, e: self.i, k: Tk::Punct(c) });
                }
                e = s + c.len_utf8();
            }
            loop {
                // a two-byte character (the Arabic block) looked up in place,
                // its two bytes read with one bounds check
                if let Some(&[l @ 0xC0..=0xDF, t]) = b.get(e..e + 2) {
                    if !letters[usize::from(l & 0x1F) << 6 | usize::from(t & 0x3F)] {
                        break;
                    }
                    e += 2;
                    continue;
                }
                if b.get(e).is_none_or(|&l| l < 0x80) {
                    break;
                }
                match self.t.get(e..).and_then(|r| r.chars().next()) {
                    Some(c) if is_letter(c) => e += c.len_utf8(),
                    _ => break,
                }
            }
            self.i = e;
            return Some(Tok { s, e, k: Tk::Word });
        }
    }
}

/// [`Lexer`] over [`Raw`] text: the same tokens, each character folded as
/// it is read, with offsets into the raw text.
#[derive(Clone, Copy)]
struct RawLexer<'a> {
    t: Raw<'a>,
    i: usize,
}

impl<'a> RawLexer<'a> {
    fn new(t: Raw<'a>) -> Self {
        RawLexer { t, i: t.skip(0) }
    }

    /// The offset after the digit at `p`, if a digit stands there.
    fn digit(&self, p: usize) -> Option<usize> {
        self.t.at(p).filter(|c| c.0.is_ascii_digit()).map(|c| c.1)
    }

    /// The offset after `n` digits from `p`.
    fn digits_from(&self, p: usize, n: usize) -> Option<usize> {
        (0..n).try_fold(p, |p, _| self.digit(p))
    }

    fn digits(&mut self) -> (u64, u32) {
        let (mut v, mut n) = (0u64, 0u32);
        while let Some((d, next)) = self.t.at(self.i).filter(|c| c.0.is_ascii_digit()) {
            v = v.saturating_mul(10).saturating_add(u64::from(d as u8 - b'0'));
            n += 1;
            self.i = next;
        }
        (v, n)
    }

    /// [`Lexer::number`], character by character.
    fn number(&mut self) -> Tok {
        let t = self.t;
        let s = self.i;
        let is_sep = |c: char| matches!(c, '.' | ',' | ':' | '/' | '-');
        let prev = t.before(s);
        let prev2 = prev.and_then(|p| t.before(p.1)).map(|p| p.0);
        let prev = prev.map(|p| p.0);
        let zero_led = t.at(s).is_some_and(|c| c.0 == '0') && self.digits_from(s, 3).is_some();
        if prev == Some('+') || zero_led {
            let mut e = s;
            while let Some((c, next)) = t.at(self.i) {
                if c.is_ascii_digit() {
                    self.i = next;
                    e = next;
                } else if matches!(c, ' ' | '-' | '(' | ')') && self.digit(next).is_some() {
                    self.i = next;
                } else {
                    break;
                }
            }
            return Tok { s, e, k: Tk::Num(Digits::Skip, 0) };
        }
        let (v1, l1) = self.digits();
        let (mut v2, mut l2) = (0, 0);
        let mut groups = 1;
        let mut sep: Option<char> = None;
        let mut mixed = false;
        let mut rest3 = true;
        let mut acc = v1;
        while let Some((c, after)) = t.at(self.i) {
            // three digits and no fourth
            let three = || self.digits_from(after, 3).filter(|&p| self.digit(p).is_none());
            let next_sep = if is_sep(c) && self.digit(after).is_some() {
                Some(c)
            } else if c == '،' && l1 <= 3 && three().is_some() {
                Some(',')
            } else if c == ' ' && matches!(sep, None | Some(' ')) && l1 <= 3 && rest3 {
                three().filter(|&p| !t.at(p).is_some_and(|(x, q)| is_sep(x) && self.digit(q).is_some())).map(|_| ' ')
            } else {
                None
            };
            let Some(c) = next_sep else { break };
            self.i = after;
            let (v, l) = self.digits();
            if sep.is_some_and(|p| p != c) {
                mixed = true;
            }
            sep = Some(c);
            groups += 1;
            if groups == 2 {
                (v2, l2) = (v, l);
            }
            rest3 &= l == 3;
            acc = acc.saturating_mul(1000).saturating_add(v);
        }
        let e = self.i;
        let next = t.at(e).map(|c| c.0);
        let latin_after = next.is_some_and(|c| c.is_ascii_alphabetic());
        let latin_before = prev == Some('-') && prev2.is_some_and(|c| c.is_ascii_alphabetic());
        let code = prev.is_some_and(|c| matches!(c, '_' | '=' | '/' | '#' | '@' | '&' | '\\'))
            || matches!(next, Some('_' | '/' | '@'));
        let d = if l1 > 18 || latin_after || latin_before || code || mixed {
            Digits::Skip
        } else {
            match (groups, sep) {
                (1, _) if l1 >= 10 => Digits::Skip,
                (1, _) => Digits::Int(v1),
                (_, Some(':' | '/')) => Digits::Skip,
                (2, Some('-')) if l1 <= 6 && l2 <= 6 => Digits::Pair(v1, v2),
                (_, Some('-')) => Digits::Skip,
                (_, Some(' ')) => Digits::Grouped(acc),
                (2, Some(_)) => Digits::Dec { int: v1, frac: v2, digits: l2, thousands: l1 <= 3 && l2 == 3 },
                _ if l1 <= 3 && rest3 => Digits::Grouped(acc),
                _ => Digits::Skip,
            }
        };
        Tok { s, e, k: Tk::Num(d, l1) }
    }
}

impl Iterator for RawLexer<'_> {
    type Item = Tok;

    fn next(&mut self) -> Option<Tok> {
        let t = self.t;
        loop {
            let s = self.i;
            let (c, next) = t.at(s)?;
            if c.is_ascii() {
                let k = match c {
                    ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' => {
                        self.i = next;
                        continue;
                    }
                    '0'..='9' => return Some(self.number()),
                    'a'..='z' | 'A'..='Z' => {
                        let mut e = next;
                        while let Some((_, n)) = t.at(e).filter(|c| c.0.is_ascii_alphanumeric()) {
                            e = n;
                        }
                        self.i = e;
                        return Some(Tok { s, e, k: Tk::Latin });
                    }
                    _ => Tk::Punct(c),
                };
                self.i = next;
                return Some(Tok { s, e: next, k });
            }
            self.i = next;
            if c.is_whitespace() {
                continue;
            }
            if !is_letter(c) {
                return Some(Tok { s, e: next, k: Tk::Punct(c) });
            }
            while let Some((_, n)) = t.at(self.i).filter(|c| !c.0.is_ascii() && is_letter(c.0)) {
                self.i = n;
            }
            return Some(Tok { s, e: self.i, k: Tk::Word });
        }
    }
}

/// [`is_letter`] of every code point below U+0800 (one or two UTF-8 bytes),
/// so that the lexer looks a letter up instead of matching ranges.
static LETTERS: LazyLock<[bool; 0x800]> =
    LazyLock::new(|| std::array::from_fn(|cp| char::from_u32(cp as u32).is_some_and(is_letter)));

/// A letter; the Arabic blocks are checked first since the general Unicode
/// lookup is slow for every character of a document.
fn is_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}')
        || (!matches!(c, '\u{0600}'..='\u{06FF}') && c.is_alphabetic())
}

// ---------------------------------------------------------------------------
// Words and clitics.

/// `w` without the conjunction (`و`, `ف`) and preposition (`ب`, `ل`, `ك`)
/// that may be glued to it: each candidate with its clitic length in bytes,
/// the bare word first.
fn clitic_forms(w: &str) -> impl Iterator<Item = (usize, &str)> {
    let conj = w.strip_prefix(['و', 'ف']).filter(|r| !r.is_empty());
    let after_conj = conj.unwrap_or(w);
    let prep = after_conj.strip_prefix(['ب', 'ل', 'ك']).filter(|r| !r.is_empty());
    std::iter::once((0, w)).chain(conj.map(|r| (w.len() - r.len(), r))).chain(prep.map(|r| (w.len() - r.len(), r)))
}

/// A number word, possibly behind clitics.
fn number_word(w: &str) -> Option<(W, usize)> {
    // `لست` is "I am not", not `ل` + `ست`; `بعده` is "after it" far more
    // often than `بعدة` "with several".
    if matches!(w, "لست" | "بعده" | "وبعده" | "فبعده") {
        return None;
    }
    clitic_forms(w).find_map(|(c, r)| WORDS.get(r).map(|&k| (k, c)))
}

/// Split an ordinal word into (clitic + article length, stem, has article).
fn split_article(w: &str) -> (usize, &str, bool) {
    let c = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    // ل + ال is written لل.
    if let Some(r) = c.strip_prefix("لل").filter(|r| !r.is_empty()) {
        return (w.len() - r.len(), r, true);
    }
    let p = c.strip_prefix(['ب', 'ك']).unwrap_or(c);
    match p.strip_prefix("ال").filter(|r| !r.is_empty()) {
        Some(r) => (w.len() - r.len(), r, true),
        None => (w.len() - c.len(), c, false),
    }
}

// ---------------------------------------------------------------------------
// Scanner.

/// One step of a number: a token or a compound of two (`ثلاثة عشر`).
#[derive(Debug, Clone, Copy)]
struct Atom {
    k: AK,
    s: usize,
    e: usize,
    next: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AK {
    Num(Digits),
    W(W),
}

/// A number read from its first token.
#[derive(Debug, Clone, Copy)]
struct Phrase {
    s: usize,
    e: usize,
    next: usize,
    value: u64,
    q: Qualifier,
    upper: Option<u64>,
    /// A lone integer and its digit count: the candidates for years.
    lone: Option<(u64, u32)>,
    /// The smallest scale word used (1 for none): `بين 3 و5 آلاف` shares it.
    scale: u64,
}

/// The state of a number being read: the thousands groups so far, the
/// group under way and which of its slots (hundreds, units, tens) are used.
struct St {
    total: u64,
    cur: u64,
    /// 0 nothing in the group, 1 hundreds, 2 units, 4 complete.
    slot: u8,
    /// The last scale used; later parts must be smaller.
    last: u64,
}

impl St {
    fn num(&mut self, v: u64) -> bool {
        if self.slot == 0 && self.cur == 0 && v < self.last {
            (self.cur, self.slot) = (v, 4);
        } else if self.slot == 1 && v < 100 {
            (self.cur, self.slot) = (self.cur + v, 4);
        } else {
            return false;
        }
        true
    }

    fn word(&mut self, w: W) -> bool {
        let (add, max_slot, slot) = match w {
            W::Unit(v) => (v, 2, 2),
            W::Ten => (10, 2, 4),
            W::Teen(v) => (v, 2, 4),
            W::Tens(v) => (v, 3, 4),
            W::Hundred(v) => (v, 1, 1),
            W::Scale(s, f) => return self.scale(s, f),
            _ => return false,
        };
        if self.slot >= max_slot || (slot == 1 && self.cur != 0) {
            return false;
        }
        self.cur += add;
        self.slot = slot;
        true
    }

    fn scale(&mut self, s: u64, f: Form) -> bool {
        let mult = match f {
            Form::Sing => self.cur.max(1),
            Form::Dual if self.cur == 0 => 2,
            Form::Plural if self.cur > 0 => self.cur,
            _ => return false,
        };
        let v = mult.saturating_mul(s);
        if s >= self.last || v >= self.last {
            return false;
        }
        self.total = self.total.saturating_add(v);
        (self.cur, self.slot, self.last) = (0, 0, s);
        true
    }

    fn value(&self) -> u64 {
        self.total.saturating_add(self.cur)
    }
}

/// How many tokens a [`Window`] keeps. The scans look back at most eight
/// tokens from where they stand and ahead a few words (a number is at most
/// four scale groups), so 32 keeps every token they ask for in practice.
const RING: usize = 32;

/// The tokens of a text, lexed as the scan asks for them into a ring on the
/// stack, so that a scan allocates nothing and reads each token once.
///
/// A token past the ring's room (one the scan could still look back at would
/// have to be overwritten) is lexed again and not kept; a token that has
/// left the ring is lexed again from the start. Both are only for inputs
/// far stranger than any sentence: the answer is the same either way.
pub(crate) struct Window<L: Iterator> {
    /// The lexer at the start of the text.
    start: L,
    /// The lexer just after the last token kept.
    lexer: Cell<L>,
    ring: [Cell<L::Item>; RING],
    /// Tokens lexed and kept so far: `0..len`, the last `RING` in `ring`.
    len: Cell<usize>,
    /// The lowest token index the scan may still ask for.
    low: Cell<usize>,
}

impl<L> Window<L>
where
    L: Iterator + Copy,
    L::Item: Copy + Default,
{
    pub(crate) fn new(lexer: L) -> Self {
        Window {
            start: lexer,
            lexer: Cell::new(lexer),
            ring: std::array::from_fn(|_| Cell::new(L::Item::default())),
            len: Cell::new(0),
            low: Cell::new(0),
        }
    }

    /// The scan will not ask for tokens before `i` again.
    pub(crate) fn release(&self, i: usize) {
        if i > self.low.get() {
            self.low.set(i);
        }
    }

    /// Token `i`, or `None` past the end of the text.
    #[inline]
    pub(crate) fn get(&self, i: usize) -> Option<L::Item> {
        let len = self.len.get();
        if i < len {
            if len <= i + RING {
                return self.ring.get(i % RING).map(Cell::get);
            }
            let mut again = self.start;
            return again.nth(i);
        }
        let mut lx = self.lexer.get();
        let mut n = len;
        let mut keep = true;
        loop {
            let tok = lx.next()?;
            keep &= n < self.low.get() + RING;
            if keep {
                if let Some(slot) = self.ring.get(n % RING) {
                    slot.set(tok);
                }
                self.len.set(n + 1);
                self.lexer.set(lx);
            }
            if n == i {
                return Some(tok);
            }
            n += 1;
        }
    }
}

/// A scan of text `T` (folded or raw) lexed by `L`.
struct Scan<T, L: Iterator> {
    t: T,
    toks: Window<L>,
    /// Read `صفر` as 0 (whole-string parsing only).
    zero: bool,
}

impl<'a> Scan<Folded<'a>, Lexer<'a>> {
    fn new(t: &'a str, zero: bool) -> Self {
        Scan { t: Folded(t), toks: Window::new(Lexer::new(t)), zero }
    }
}

impl<'a> Scan<Raw<'a>, RawLexer<'a>> {
    fn raw(t: &'a str) -> Self {
        Scan { t: Raw(t), toks: Window::new(RawLexer::new(Raw(t))), zero: false }
    }
}

impl<T: Source, L: Iterator<Item = Tok> + Copy> Scan<T, L> {
    #[inline]
    fn tok(&self, i: usize) -> Option<Tok> {
        self.toks.get(i)
    }

    fn word(&self, i: usize) -> Option<T::Str> {
        let tk = self.tok(i)?;
        if tk.k == Tk::Word { self.t.slice(tk.s..tk.e) } else { None }
    }

    /// Token `i` is exactly one of the folded `words`.
    fn word_is(&self, i: usize, words: &[&str]) -> bool {
        self.word(i).is_some_and(|w| words.contains(&&*w))
    }

    /// Every count, in order, handed to `emit`; no token starting at `stop`
    /// or after starts one.
    fn run(&self, stop: usize, mut emit: impl FnMut(Found)) {
        let mut floor = 0;
        let mut last_year: Option<usize> = None;
        let mut i = 0;
        while let Some(t) = self.tok(i).filter(|t| t.s < stop) {
            // nothing looks further back than `before` (a four-word
            // qualifier and an article) and `rise_before`
            self.toks.release(i.saturating_sub(8));
            // (a digit run is no ordinal)
            let mut ordinal = false;
            match t.k {
                Tk::Word => {
                    // (folded once: raw text is folded as it is sliced)
                    let w = self.t.slice(t.s..t.e);
                    let kind = w.as_deref().and_then(candidate);
                    ordinal = kind == Some(true);
                    if kind.is_none() {
                        // a word outside the tables starts at most a sound
                        // plural read as a dual (`مدنيين قتلا`)
                        let plural = w.is_some_and(|w| w.ends_with("ين"));
                        if let Some((s, e, next)) = plural.then(|| self.dual(i, false)).flatten() {
                            emit(Found { range: s..e, count: Count::exact(2) });
                            floor = e;
                            i = next;
                        } else {
                            i += 1;
                        }
                        continue;
                    }
                }
                Tk::Latin | Tk::Punct(_) => {
                    i += 1;
                    continue;
                }
                _ => {}
            }
            if let Some((_, next)) = ordinal.then(|| self.ordinal_at(i)).flatten() {
                i = next;
                continue;
            }
            if let Some(p) = self.phrase(i, false) {
                if self.not_count(i, &p, last_year) {
                    last_year = Some(p.next);
                    i = p.next;
                    continue;
                }
                let (f, next) = self.qualify(i, p, floor);
                floor = f.range.end;
                emit(f);
                i = next.max(i + 1);
                continue;
            }
            let special = self.dual(i, true).map(|d| (d, 2)).or_else(|| self.one_of(i).map(|d| (d, 1)));
            if let Some(((s, e, next), value)) = special {
                emit(Found { range: s..e, count: Count::exact(value) });
                floor = e;
                i = next;
                continue;
            }
            i += 1;
        }
    }

    /// One step of a number at token `j`; `waw`: it must be joined by `و`.
    fn atom(&self, j: usize, waw: bool) -> Option<Atom> {
        let tk = self.tok(j)?;
        let (k, s) = match tk.k {
            Tk::Num(d, _) if !waw => (AK::Num(d), tk.s),
            Tk::Word => {
                let w = self.t.slice(tk.s..tk.e)?;
                let w = &*w;
                if waw {
                    if w == "و" || w == "وال" {
                        // `و 15`, `و15`, `والـ15`: the next token carries no clitic of its own.
                        let a = self.atom(j + 1, false)?;
                        return (a.s == self.tok(j + 1)?.s).then_some(a);
                    }
                    let r = w.strip_prefix('و')?;
                    (AK::W(*WORDS.get(r)?), self.t.offset(tk.s..tk.e, 'و'.len_utf8()))
                } else {
                    let (k, c) = number_word(w)?;
                    (AK::W(k), self.t.offset(tk.s..tk.e, c))
                }
            }
            _ => return None,
        };
        let mut a = Atom { k, s, e: tk.e, next: j + 1 };
        if let AK::W(W::Unit(v) | W::Head(v)) = k {
            if self.word_is(j + 1, &["عشر", "عشره"]) {
                a.k = AK::W(W::Teen(10 + v));
                a.e = self.tok(j + 1)?.e;
                a.next = j + 2;
            } else if (3..=9).contains(&v) && self.word_is(j + 1, &["ميه", "مايه"]) {
                a.k = AK::W(W::Hundred(v * 100));
                a.e = self.tok(j + 1)?.e;
                a.next = j + 2;
            } else if matches!(k, AK::W(W::Head(_))) {
                // `أحد`/`إحدى` alone is "one of"; before `وعشرون` it is a unit.
                let tens = self.atom(j + 1, true).is_some_and(|t| matches!(t.k, AK::W(W::Tens(_))));
                if !(v == 1 && tens) {
                    return None;
                }
                a.k = AK::W(W::Unit(v));
            }
        }
        Some(a)
    }

    /// A scale word at token `j` (no clitic), for vague and decimal numbers;
    /// `مئات` counts as a plural of 100 here (`بضع مئات`).
    fn scale_at(&self, j: usize) -> Option<(u64, Form, Atom)> {
        let a = self.atom(j, false)?;
        if a.s != self.tok(j)?.s {
            return None;
        }
        match a.k {
            AK::W(W::Scale(s, f)) => Some((s, f, a)),
            AK::W(W::Vague(100)) => Some((100, Form::Plural, a)),
            _ => None,
        }
    }

    /// The number starting at token `i`.
    fn phrase(&self, i: usize, waw: bool) -> Option<Phrase> {
        let a = self.atom(i, waw)?;
        let mut p =
            Phrase { s: a.s, e: a.e, next: a.next, value: 0, q: Qualifier::Exact, upper: None, lone: None, scale: 1 };
        match a.k {
            AK::Num(Digits::Skip) => return None,
            AK::Num(Digits::Pair(x, y)) => {
                if y <= x {
                    return None;
                }
                (p.value, p.upper, p.q) = (x, Some(y), Qualifier::Range);
                // `10-15 ألفا`
                if let Some((s, _, sa)) = self.scale_at(a.next).filter(|x| x.0 >= 1000 && x.1 != Form::Dual) {
                    (p.value, p.upper) = (x.saturating_mul(s), Some(y.saturating_mul(s)));
                    (p.e, p.next, p.scale) = (sa.e, sa.next, s);
                    return Some(p);
                }
                if let Some(Tk::Num(_, len)) = self.tok(i).map(|t| t.k) {
                    p.lone = Some((x, len));
                }
                return Some(p);
            }
            AK::W(W::Zero) => return self.zero.then_some(p),
            AK::W(W::Vague(_) | W::Few) => {
                let base = if let AK::W(W::Vague(u)) = a.k { 2 * u } else { 3 };
                p.value = base;
                p.q = Qualifier::AtLeast;
                if let Some((s, Form::Plural, sa)) = self.scale_at(a.next) {
                    p.value = base.saturating_mul(s);
                    (p.e, p.next) = (sa.e, sa.next);
                } else if a.k == AK::W(W::Few) && self.word_is(a.next, &["عشرات"]) {
                    p.value = 30;
                    (p.e, p.next) = (self.tok(a.next)?.e, a.next + 1);
                }
                return Some(p);
            }
            AK::W(W::Scale(s, Form::Plural)) => {
                (p.value, p.q) = (2 * s, Qualifier::AtLeast);
                return Some(p);
            }
            // `ألفا شخص`: alone before its noun, `ألفا`/`مليونا` is the dual
            // construct (two thousand), not the accusative after a count.
            AK::W(W::Scale(s, Form::Sing))
                if self.word(a.next - 1).is_some_and(|w| w.ends_with('ا'))
                    && self.word(a.next).is_some_and(|w| number_word(&w).is_none()) =>
            {
                p.value = 2 * s;
                return Some(p);
            }
            AK::W(W::Part(d)) => {
                let (s, _, sa) = self.scale_at(a.next).filter(|x| x.1 == Form::Sing)?;
                p.value = s / d;
                (p.e, p.next) = (sa.e, sa.next);
                return Some(p);
            }
            _ => {}
        }
        let mut st = St { total: 0, cur: 0, slot: 0, last: u64::MAX };
        let mut a = a;
        let mut first = true;
        loop {
            let ok = match a.k {
                AK::Num(Digits::Int(v) | Digits::Grouped(v)) => st.num(v),
                AK::Num(Digits::Dec { int, frac, digits, thousands }) => {
                    let scale = self.scale_at(a.next).filter(|x| x.1 != Form::Dual && x.0 >= 1000);
                    if st.slot != 0 || st.cur != 0 {
                        false
                    } else if let Some((s, _, sa)) = scale {
                        let div = 10u64.saturating_pow(digits);
                        let v = int.saturating_mul(s).saturating_add(frac.saturating_mul(s) / div);
                        if s < st.last && v < st.last {
                            st.total = st.total.saturating_add(v);
                            st.last = s;
                            a.e = sa.e;
                            a.next = sa.next;
                            true
                        } else {
                            false
                        }
                    } else {
                        thousands && st.num(int.saturating_mul(1000).saturating_add(frac))
                    }
                }
                AK::W(W::Scale(..)) if !first => false,
                AK::W(W::Part(d)) if !first && st.slot == 0 && st.cur == 0 && st.last != u64::MAX => {
                    // `مليون ونصف`
                    st.total = st.total.saturating_add(st.last / d);
                    p.e = a.e;
                    p.next = a.next;
                    break;
                }
                AK::W(w) => st.word(w),
                AK::Num(_) => false,
            };
            if !ok {
                break;
            }
            if first {
                if let AK::Num(Digits::Int(v)) = a.k {
                    if let Some(Tk::Num(_, len)) = self.tok(i).map(|t| t.k) {
                        p.lone = Some((v, len));
                    }
                }
            } else {
                p.lone = None;
            }
            first = false;
            p.e = a.e;
            p.next = a.next;
            // A scale word right after (`ثلاثة آلاف`، `20 ألفا`).
            if !matches!(a.k, AK::W(W::Scale(..)) | AK::Num(Digits::Dec { .. })) || st.slot != 0 {
                if let Some((s, f, sa)) = self.scale_at(p.next).filter(|x| x.0 >= 1000) {
                    if st.scale(s, f) {
                        p.e = sa.e;
                        p.next = sa.next;
                        p.lone = None;
                    }
                }
            }
            match self.atom(p.next, true) {
                // `250 ألفا و400 ألف`: a term with a scale as large as the last
                // one starts a new number (a second figure, or a range's end)
                Some(n) if st.last != u64::MAX && self.scale_at(n.next).is_some_and(|x| x.0 >= st.last) => break,
                Some(n) => a = n,
                None => break,
            }
        }
        if first {
            return None;
        }
        p.value = st.value();
        if st.last != u64::MAX {
            p.scale = st.last;
        }
        Some(p)
    }

    /// A lone integer that is a year, a clock hour or an identifier.
    fn not_count(&self, i: usize, p: &Phrase, last_year: Option<usize>) -> bool {
        let Some((v, len)) = p.lone else { return false };
        let sets = &*SETS;
        let prev = i.checked_sub(1).and_then(|k| self.word(k));
        let prev_is = |set: &Set| prev.as_deref().is_some_and(|w| clitic_forms(w).any(|(_, r)| set.contains(r)));
        if prev_is(&sets.not_after) {
            return true;
        }
        if self.word(p.next).is_some_and(|w| sets.time_after.contains(&*w)) {
            return true;
        }
        // `ميغ-29`: letters hyphenated to the digits name a model.
        if let (Some(h), Some(w)) =
            (i.checked_sub(1).and_then(|k| self.tok(k)), i.checked_sub(2).and_then(|k| self.tok(k)))
        {
            if h.k == Tk::Punct('-') && w.k == Tk::Word && w.e == h.s && h.e == p.s {
                return true;
            }
        }
        let year_like = len == 4 && (1800..=2100).contains(&v);
        if (3..=4).contains(&len) && prev_is(&sets.year) {
            return true;
        }
        if !year_like {
            return false;
        }
        let latin_prev = i.checked_sub(1).and_then(|k| self.tok(k)).is_some_and(|t| t.k == Tk::Latin);
        if prev_is(&sets.months) || prev_is(&sets.year_ctx) || latin_prev {
            return true;
        }
        // `2019م`، `1441 هـ`، `2020ء`
        if self.word_is(p.next, &["م", "ه", "ء"]) {
            return true;
        }
        // `الفترة بين 1992 و1994`، `الأعوام من 2014 إلى 2016`
        if self.word_is(i.wrapping_sub(1), &["بين", "من"]) && i >= 2 && self.word_in(i - 2, &sets.period) {
            return true;
        }
        // `عامي 2019 و2020`، `2014-2016` after a year already set aside.
        if let Some(y) = last_year {
            let between = i.saturating_sub(y);
            if y <= i && between <= 2 {
                return (y..i).all(|k| {
                    self.word_is(k, &["و", "الي", "حتي", "او"]) || self.tok(k).is_some_and(|t| t.k == Tk::Punct('-'))
                });
            }
        }
        false
    }

    /// Whether token `k` is a word of `set`, possibly behind clitics.
    fn word_in(&self, k: usize, set: &Set) -> bool {
        self.word(k).is_some_and(|w| clitic_forms(&w).any(|(_, r)| set.contains(r)))
    }

    /// Whether a verb of change stands in the four tokens before `i`.
    fn rise_before(&self, i: usize) -> bool {
        (i.saturating_sub(4)..i)
            .any(|k| self.tok(k).is_some_and(|t| t.k == Tk::Word && self.t.contains_any(t.s..t.e, &SETS.rise)))
    }

    /// The longest pattern among `pats` whose words end just before token
    /// `i`, starting at or after byte `floor`; the first word may carry a
    /// clitic, left out of the returned start.
    fn before(&self, i: usize, floor: usize) -> Option<(usize, Intro)> {
        // `نحو الـ20`: the article written before digits.
        let article = self.word(i.wrapping_sub(1)).as_deref() == Some("ال")
            && matches!(self.tok(i).map(|t| t.k), Some(Tk::Num(..)));
        let i = if article { i - 1 } else { i };
        // Every pattern ends on the word before `i` (a one-word pattern
        // perhaps behind a clitic).
        let last = self.word(i.checked_sub(1)?)?;
        if !may_qualify(&last) || !clitic_forms(&last).any(|(_, r)| BEFORE_LAST.contains(r)) {
            return None;
        }
        // the longest pattern that matches, the first in the table among
        // equals: the one-word patterns `last` is (behind a clitic) and the
        // longer ones ending on it, in table order
        let by_last = &*BEFORE_BY_LAST;
        // (a pattern is at most one of the forms: the first in the table
        // whose start is not behind `floor`)
        let t = self.tok(i - 1)?;
        let mut best: Option<(usize, usize, Intro)> = clitic_forms(&last)
            .filter_map(|(c, r)| by_last.one.get(r).map(|&p| (p, self.t.offset(t.s..t.e, c))))
            .filter(|&(_, start)| start >= floor)
            .min_by_key(|&(p, _)| p)
            .and_then(|(p, start)| Some((1, start, BEFORE_P.get(p)?.1)));
        for &p in by_last.longer.get(&*last).map_or(&[][..], Vec::as_slice) {
            let (pat, k) = &BEFORE_P[p];
            let n = pat.len();
            let Some(first) = i.checked_sub(n) else { continue };
            if best.is_some_and(|b| b.0 >= n) {
                continue;
            }
            let Some(fw) = self.word(first) else { continue };
            let Some((c, _)) = clitic_forms(&fw).find(|(_, r)| *r == pat[0]) else { continue };
            if (1..n - 1).all(|x| self.word(first + x).as_deref() == Some(pat[x].as_str())) {
                let Some(t) = self.tok(first) else { continue };
                let start = self.t.offset(t.s..t.e, c);
                if start >= floor {
                    best = Some((n, start, *k));
                }
            }
        }
        best.map(|(_, s, k)| (s, k))
    }

    /// The longest pattern among the trailing qualifiers starting at token `j`.
    fn after(&self, j: usize) -> Option<(usize, Qualifier, usize)> {
        if !self.word(j).is_some_and(|w| may_qualify(&w) && AFTER_FIRST.contains(&*w)) {
            return None;
        }
        let mut best: Option<(usize, Qualifier, usize)> = None;
        for (pat, q) in AFTER_P.iter() {
            let n = pat.len();
            if best.is_some_and(|b| b.2 - j >= n) {
                continue;
            }
            if (0..n).all(|x| self.word(j + x).as_deref() == Some(pat[x].as_str())) {
                if let Some(t) = self.tok(j + n - 1) {
                    best = Some((t.e, *q, j + n));
                }
            }
        }
        best
    }

    /// Attach qualifiers and ranges to the number `p` at token `i`.
    fn qualify(&self, i: usize, p: Phrase, floor: usize) -> (Found, usize) {
        let (mut s, mut e, mut next) = (p.s, p.e, p.next);
        let mut count = Count { value: p.value, qualifier: p.q, upper: p.upper };
        let range = |y: Option<Phrase>| {
            let y = y.filter(|y| y.upper.is_none() && p.upper.is_none() && p.q == Qualifier::Exact)?;
            // `بين 3 و5 آلاف`: the upper bound's scale word applies to both.
            let shared = p.scale == 1 && y.scale > 1 && p.value.saturating_mul(y.scale) < y.value;
            let lower = if shared { p.value * y.scale } else { p.value };
            (y.value > lower).then_some((lower, y))
        };
        let mut ranged = false;
        match self.before(i, floor) {
            Some((qs, Intro::Between)) => {
                if let Some((lower, y)) = range(self.phrase(p.next, true)) {
                    count = Count { value: lower, qualifier: Qualifier::Range, upper: Some(y.value) };
                    (s, e, next, ranged) = (qs, y.e, y.next, true);
                }
            }
            Some((qs, Intro::From))
                if self.word_is(p.next, &["الي", "حتي"]) && !self.rise_before(i.saturating_sub(1)) =>
            {
                if let Some((lower, y)) = range(self.phrase(p.next + 1, false)) {
                    count = Count { value: lower, qualifier: Qualifier::Range, upper: Some(y.value) };
                    (s, e, next, ranged) = (qs, y.e, y.next, true);
                }
            }
            Some((_, Intro::From)) => {}
            Some((qs, Intro::Q(q))) => {
                count.qualifier = q;
                s = qs;
            }
            None => {}
        }
        // the qualifier after the number, read once (`next` is still `p.next`
        // unless a range was read)
        let after_number = (!ranged && count.upper.is_none()).then(|| self.after(p.next));
        if after_number.is_some_and(|a| a.is_none()) {
            let dash = self.tok(p.next).is_some_and(|t| t.k == Tk::Punct('-'));
            let to = self.word_is(p.next, &["الي", "او"]) && !self.rise_before(i);
            let y = if dash || to { self.phrase(p.next + 1, false) } else { None };
            if let Some((lower, y)) = range(y) {
                count = Count { value: lower, qualifier: Qualifier::Range, upper: Some(y.value) };
                (e, next, ranged) = (y.e, y.next, true);
            }
        }
        if !ranged && count.upper.is_none() {
            let after = match after_number {
                Some(a) if next == p.next => a,
                _ => self.after(next),
            };
            if let Some((ae, q, an)) = after {
                count.qualifier = q;
                (e, next) = (ae, an);
            } else if count.qualifier == Qualifier::Exact {
                // `20 شخصا على الأقل`: the qualifier counts, but the range stays
                // on the number so the caller still finds the noun after it.
                // (the cheap test first: a qualifier must start there)
                for skip in 1..=2 {
                    let Some((_, q, _)) = self.after(next + skip) else { continue };
                    if (next..next + skip).all(|k| self.word(k).is_some() && self.phrase(k, false).is_none()) {
                        count.qualifier = q;
                    }
                    break;
                }
            }
        }
        (Found { range: s..e, count }, next)
    }

    /// `أحد الجنود`، `إحدى النساء`: "one of", a count of 1, when a definite
    /// or construct plural follows and no negation (`لم يصب أحد`) precedes.
    fn one_of(&self, i: usize) -> Option<(usize, usize, usize)> {
        let w = self.word(i)?;
        let (c, _) =
            clitic_forms(&w).find(|(_, r)| matches!(*r, "احد" | "احدي") /* folded أحد، إحدى */)?;
        let next = self.word(i + 1)?;
        let construct = clitic_forms(&next).any(|(_, x)| SETS.one_of.contains(x));
        // a plural with a possessive (`أحد جنودها`, `أحد مواطنيه`): its stem is
        // a listed plural or a construct form ending in `ي`/`و`
        let possessed = || {
            ["ها", "هم", "نا", "ه"].iter().filter_map(|p| next.strip_suffix(p)).next().is_some_and(|stem| {
                stem.chars().count() >= 4 && (stem.ends_with(['ي', 'و']) || SETS.one_of.contains(stem))
            })
        };
        if !(next.starts_with("ال") || construct || possessed()) || number_word(&next).is_some() {
            return None;
        }
        if i.checked_sub(1).is_some_and(|k| self.word_is(k, &["لا", "لم", "ولا", "ولم", "ما", "دون"])) {
            return None;
        }
        let t = self.tok(i)?;
        Some((self.t.offset(t.s..t.e, c), t.e, i + 1))
    }

    /// A dual person noun at token `i`: (start, end, next token).
    ///
    /// `known`: the word may be in [`CANDIDATES`]; a word that is not has no
    /// form in [`DUALS`], and is read only as a sound plural.
    fn dual(&self, i: usize, known: bool) -> Option<(usize, usize, usize)> {
        let tk = self.tok(i)?;
        let w = self.word(i)?;
        let pair = ["اثنين", "اثنان", "اثنتين", "اثنتان"];
        let (c, stem) = clitic_forms(&w).find(|(_, r)| known && DUALS.contains(*r)).or_else(|| {
            // A sound plural that is a dual only before a dual verb or `اثنين`.
            let (c, r) = clitic_forms(&w).last()?;
            let ok = r.ends_with("ين") && !r.starts_with("ال") && r.chars().count() >= 5;
            ok.then_some((c, r))
        })?;
        let sure = known && DUALS.contains(stem);
        let verbs = &*DUAL_VERB_SET;
        let mut end = i + 1;
        if self.word_is(end, &pair) {
            end += 1;
        } else if sure {
            if self.word(end).is_some_and(|v| verbs.contains(&*v)) {
                end += 1;
            }
        } else {
            let adj = self.word(end).is_some_and(|a| a.ends_with("ين") && !verbs.contains(&*a));
            if self.word(end).is_some_and(|v| verbs.contains(&*v)) {
                end += 1;
            } else if adj && self.word(end + 1).is_some_and(|v| verbs.contains(&*v)) {
                end += 2;
            } else {
                return None;
            }
        }
        Some((self.t.offset(tk.s..tk.e, c), self.tok(end - 1)?.e, end))
    }

    /// An ordinal at token `i`: its value and the token after it.
    fn ordinal_at(&self, i: usize) -> Option<(u32, usize)> {
        let w = self.word(i)?;
        let (_, stem, art) = split_article(&w);
        let o = ORDINALS.get(stem)?;
        if o.article && !art {
            return None;
        }
        if o.compound {
            if self.word_is(i + 1, &["عشر", "عشره"]) {
                return Some((o.value + 10, i + 2));
            }
            if let Some(t) = self.word(i + 1).as_deref().and_then(|n| n.strip_prefix("وال")) {
                if let Some(tens) = ORDINALS.get(t).filter(|t| t.article) {
                    return Some((o.value + tens.value, i + 2));
                }
            }
        }
        (!o.only_compound).then_some((o.value, i + 1))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn vals(s: &str) -> Vec<(u64, Qualifier, Option<u64>)> {
        find(s).iter().map(|m| (m.count.value, m.count.qualifier, m.count.upper)).collect()
    }

    #[test]
    fn within_reads_what_the_whole_scan_reads() {
        // the look-back `LEAD_TOKENS` leaves room for: a qualifier behind an
        // article, two tokens before the word that starts the count
        let longest = BEFORE.iter().map(|(p, _)| p.split(' ').count()).max().unwrap_or(0);
        assert!(longest + 1 + 2 <= LEAD_TOKENS);
        let lead = "جاء في بيان نشرته الجهة المسؤولة عن الملف صباح اليوم ان الهجوم ادي الي";
        for tail in [
            "مقتل ما لا يزيد عن 15 شخصا وجرح ثلاثه اخرين في المدينه",
            "سقوط مدنيين جريحين قتلا في القصف علي الحي",
            "مقتل ما بين عشرين و30 مقاتلا بحسب المصدر",
            "وقوع الفي قتيل علي الاقل في الاشتباكات",
        ] {
            let text = fold(&format!("{lead} {tail} وقال المصدر ان الوضع هادئ"));
            let words = crate::text::words(&text, 0..text.len());
            let may = |r: &Range<usize>| may_count_word(&text[r.clone()]);
            let (Some(first), Some(last)) = (words.iter().position(may), words.iter().rposition(may)) else {
                panic!("{tail}")
            };
            let from = first.checked_sub(LEAD_TOKENS).map_or(0, |k| words[k].start);
            let mut within = Vec::new();
            find_folded_within_into(&text, from, words[last].end, &mut within);
            assert_eq!(within, find_folded(&text), "{tail}");
            assert!(!within.is_empty(), "{tail}");
        }
    }

    #[test]
    fn lexer_separators() {
        assert_eq!(vals("1,200 و1.200 و١٬٢٠٠ و1 200"), vec![(1200, Qualifier::Exact, None); 4]);
        assert!(vals("2020.10.02 و06-10-2020 و10:27 و05/10").is_empty());
    }

    #[test]
    fn ordinal_prefix() {
        assert_eq!(ordinal_folded("الثامن من تشرين"), Some((0.."الثامن".len(), 8)));
        assert_eq!(ordinal_folded("  الثالث من نوعه").map(|r| r.1), Some(3));
        assert_eq!(ordinal_folded("للمره"), None);
    }

    #[test]
    fn fold_into_agrees_with_fold() {
        let mut buf = [0u8; 16];
        for c in (0u32..0x1_0000).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(fold_into(&s, &mut buf), Some(fold(&s).as_str()), "{c:?}");
        }
        let s = "قُتِلَ ٢١ جنديًّا «في» الـ“هجوم” — ABC\u{00A0}١٬٢٠٠";
        let mut buf = [0u8; SHORT];
        assert_eq!(fold_into(s, &mut buf), Some(fold(s).as_str()));
        assert_eq!(fold_into(s, &mut [0u8; 8]), None);
        assert_eq!(fold_into("😀", &mut buf), None);
    }

    #[test]
    fn window_gives_every_token_in_any_order() {
        let t = fold(&"قتل ثلاثة آلاف وخمسمئة وعشرون شخصا، 1,200 و-7 ".repeat(20));
        let all: Vec<Tok> = Lexer::new(&t).collect();
        let w = Window::new(Lexer::new(&t));
        let same = |a: Option<Tok>, b: Option<&Tok>| a.map(|x| (x.s, x.e, x.k)) == b.map(|x| (x.s, x.e, x.k));
        // far ahead (not kept), back (kept), then long gone (lexed again)
        for i in [5, 100, 3, 2 * RING, 0, all.len() - 1, all.len(), 40] {
            assert!(same(w.get(i), all.get(i)), "token {i}");
        }
        w.release(200);
        for i in (0..all.len() + 2).rev() {
            assert!(same(w.get(i), all.get(i)), "token {i}");
        }
    }

    #[test]
    fn fold_char_agrees_with_fold() {
        for c in (0u32..=0x10_FFFF).filter_map(char::from_u32) {
            let f = fold(c.encode_utf8(&mut [0; 4]));
            let mut buf = [0; 4];
            assert_eq!(f.as_str(), fold_char(c).map_or("", |x| x.encode_utf8(&mut buf)), "{c:?}");
        }
    }

    #[test]
    fn raw_words_fold_on_the_stack() {
        let t = "وَالأَرْبَعَةُ ـــ آلاف";
        let toks: Vec<Tok> = RawLexer::new(Raw(t)).collect();
        let words: Vec<String> = toks.iter().filter_map(|k| Raw(t).slice(k.s..k.e)).map(|w| w.to_string()).collect();
        assert_eq!(words, ["والاربعه", "الاف"]);
        // offsets are raw: the word ends after its last diacritic, where the space starts
        assert_eq!(&t[toks[0].s..toks[0].e], "وَالأَرْبَعَةُ");
        assert_eq!(Raw(t).offset(toks[0].s..toks[0].e, 2), "وَ".len());
        // a word longer than any table entry keeps its start and end
        let long = format!("وال{}ين", "ب".repeat(60));
        let w = Raw(&long).slice(0..long.len()).unwrap();
        assert!(w.starts_with("وال") && w.ends_with("ين") && w.contains('\u{FFFD}'));
        assert!(Raw(&long).contains_any(0..long.len(), &[fold("ببين")]));
        assert!(!Raw(&long).contains_any(0..long.len(), &[fold("رتفع")]));
    }

    /// Pieces of text the readers have rules for, and the characters
    /// folding changes, to be strung together at random.
    pub(crate) const PIECES: &[&str] = &[
        "ثلاثة",
        "عشر",
        "آلاف",
        "مئة",
        "وخمسة",
        "وعشرون",
        "ألفين",
        "ألفا",
        "جنديين",
        "قتلا",
        "مدنيين",
        "نحو",
        "ما",
        "لا",
        "يقل",
        "عن",
        "بين",
        "و",
        "من",
        "إلى",
        "أحد",
        "الجنود",
        "عشرات",
        "بضعة",
        "مليون",
        "نصف",
        "أيلول",
        "سبتمبر",
        "تشرين",
        "الثاني",
        "الأول",
        "رمضان",
        "هـ",
        "م",
        "أمس",
        "اليوم",
        "الذي",
        "الثلاثاء",
        "الماضي",
        "المقبل",
        "الشهر",
        "عام",
        "الساعة",
        "ارتفع",
        "الحادي",
        "والعشرين",
        "الثامن",
        "يوم",
        "ال",
        "في",
        "غد",
        "غدا",
        "بعد",
        "فاتح",
        "غرة",
        "الليلة",
        "أول",
        "قتيل",
        "ABC",
        "November",
        "ميغ",
        "على",
        "الأقل",
        "أو",
        "أكثر",
        "1",
        "5",
        "21",
        "2020",
        "٢٠٢٠",
        "۱۲",
        "٣",
        "۵",
        "1,200",
        "١٬٢٠٠",
        "1.5",
        "٫٥",
        "٬",
        "٫",
        "06-10-2020",
        "١٠/٩/٢٠٢٠",
        "10:27",
        "+",
        "0",
        "/",
        "-",
        "—",
        ".",
        ",",
        "،",
        "(",
        ")",
        "«",
        "\"",
        "“",
        "_",
        "@",
        "=",
        " ",
        " ",
        " ",
        "  ",
        "\n",
        "\u{a0}",
        "\u{64e}",
        "\u{651}",
        "\u{640}",
        "\u{200f}",
        "\r",
        "\t",
        "\u{2028}",
        "ً",
        "%",
        "٪",
        "é",
        "𝐀",
        "A",
    ];

    /// Random mixes of [`PIECES`].
    pub(crate) fn mixed() -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(PIECES), 0..48).prop_map(|v| v.concat())
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn find_agrees_with_the_folded_copy(s in mixed()) {
            prop_assert_eq!(find(&s), find_by_copy(&s));
        }

        #[test]
        fn a_text_no_word_of_which_may_count_holds_no_count(s in mixed(), t in "\\PC*") {
            for x in [s, t] {
                let f = crate::text::fold(&x);
                let mut words = f.split(|c: char| !crate::text::is_word_char(c)).filter(|w| !w.is_empty());
                let may = words.any(may_count_word);
                prop_assert!(may || find_folded(&f).is_empty(), "{:?}", f);
            }
        }

        #[test]
        fn find_agrees_on_any_string(s in "\\PC*", t in any::<String>()) {
            prop_assert_eq!(find(&s), find_by_copy(&s));
            prop_assert_eq!(find(&t), find_by_copy(&t));
        }
    }

    #[test]
    fn mixed_texts_hold_numbers_and_dates() {
        use proptest::strategy::ValueTree;
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let day = chrono::NaiveDate::from_ymd_opt(2020, 10, 1);
        let (mut nums, mut dates) = (0, 0);
        for _ in 0..200 {
            let Ok(tree) = mixed().new_tree(&mut runner) else { continue };
            let s = tree.current();
            nums += usize::from(!find(&s).is_empty());
            dates += usize::from(!crate::dates::find(&s, day).is_empty());
        }
        assert!(nums > 50 && dates > 20, "{nums} with numbers, {dates} with dates");
    }

    #[test]
    fn find_agrees_on_long_words() {
        let long = "ب".repeat(40);
        for s in [
            format!("قتل و{long}ين قتلا"),
            format!("أحد ال{long} و{long}ارتفع من 20 إلى 30"),
            format!("{long}{long} 5 {long}ًين"),
            format!("بين 3 و{long}"),
        ] {
            assert_eq!(find(&s), find_by_copy(&s), "{s}");
        }
    }

    #[test]
    fn qualified_range_covers_qualifier() {
        let t = fold("قتل ما لا يقل عن 20 شخصا");
        let f = find_folded(&t);
        assert_eq!(&t[f[0].range.clone()], "ما لا يقل عن 20");
    }
}
