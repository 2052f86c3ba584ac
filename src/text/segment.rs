//! Lines, sentences, and what on a page is not the article.
//!
//! Works on folded text (see [`super::Normalized`]), so the tables below are
//! written as a reader would type them and folded once.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::normalize::fold;
use super::{CLASS, WORD, class_at};

/// What a line of the page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// Empty or whitespace.
    Blank,
    /// The article's own text.
    Body,
    /// Buttons, labels, image names, lines with no Arabic letters.
    Furniture,
    /// "Read also" lines and everything after a "related articles" heading.
    Related,
    /// Reader comments and everything after their heading.
    Comments,
    /// A line printed before (a headline or caption repeated).
    Repeat,
}

/// One line of the folded text.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// Folded byte range, trimmed of surrounding whitespace.
    pub range: Range<usize>,
    pub kind: LineKind,
}

/// One sentence of a body line.
#[derive(Debug, Clone)]
pub(crate) struct Sentence {
    /// Folded byte range, trimmed.
    pub range: Range<usize>,
    /// Index of its line.
    pub line: usize,
}

/// Whole lines that are page furniture, compared after folding and trimming
/// punctuation.
const FURNITURE: &[&str] = &[
    "زر الذهاب إلى الأعلى",
    "الذهاب إلى الأعلى",
    "العودة إلى الأعلى",
    "تابع القراءة",
    "حجم الخط",
    "شارك",
    "شارك القصة",
    "شارك المقال",
    "شارك الخبر",
    "مشاركة",
    "تغطية خاصة",
    "طباعة",
    "أرسل لصديق",
    "اشترك",
    "اشترك الآن",
    "تستمر",
    "يتبع",
    "الرئيسية",
    "اقرأ المزيد",
    "المزيد",
    "التغطية الحية",
    "تعليق",
    "أضف تعليق",
    "نسخ الرابط",
    "تكبير الخط",
    "تصغير الخط",
    "الصورة",
    "فيديو",
    "صور",
    "شارك هذا الخبر",
    "شارك هذا المقال",
    "شارك المقالة",
    "مشاركة الخبر",
    "تم نسخ الرابط",
    "انسخ الرابط",
    "حفظ",
    "إغلاق",
    "موافق",
    "أوافق",
    "قبول",
    "رفض",
    "إرسال",
    "سجل الآن",
    "استمع",
    "استمع إلى المقال",
    "استمع للمقال",
    "تخطى إلى المحتوى",
    "تخطى إلى المحتوى الرئيسي",
    "تخط إلى المحتوى",
    "واتساب",
    "واتس اب",
    "فيسبوك",
    "فيس بوك",
    "تويتر",
    "إكس",
    "تلغرام",
    "تيليغرام",
    "تلجرام",
    "لينكدإن",
    "لينكد إن",
    "ماسنجر",
    "انستغرام",
    "إنستغرام",
    "يوتيوب",
    "البريد الإلكتروني",
    "صورة أرشيفية",
    "صورة تعبيرية",
    "صورة من الأرشيف",
    "أرشيفية",
    "أرشيف",
    "icon",
    "close",
    "share",
    "print",
    "tweet",
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
];

/// Line openings that mark one line as a pointer to another article.
const RELATED_LINE: &[&str] = &[
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "إقرأ أيضا",
    "اقرأ ايضا",
    "اقرأ كذلك",
    "شاهد أيضا",
    "طالع أيضا",
    "اقرأ المزيد:",
    "ذات صلة:",
    "مواضيع ذات صلة:",
    "للمزيد:",
    "وسوم:",
    "الوسوم:",
    "الكلمات الدلالية:",
    "الكلمات المفتاحية:",
    "كلمات مفتاحية:",
    "كلمات دلالية:",
    "tags:",
];

/// Whole lines that head a block of links to other articles: the short
/// lines after them (titles) are related too, up to the first line that
/// reads as a paragraph or a source line.
const RELATED_HEADING: &[&str] = &[
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "إقرأ أيضا",
    "اقرأ كذلك",
    "اقرأ المزيد",
    "شاهد أيضا",
    "طالع أيضا",
    "ذات صلة",
    "مواضيع ذات صلة",
];

/// Phrases that make a short line page furniture wherever they stand:
/// cookie and privacy banners, newsletter boxes, copyright footers, calls to
/// follow the site, photo credits.
const FURNITURE_PHRASE: &[&str] = &[
    "ملفات تعريف الارتباط",
    "ملفات الارتباط",
    "الكوكيز",
    "سياسة الخصوصية",
    "شروط الاستخدام",
    "نشرتنا البريدية",
    "النشرة البريدية",
    "نشرتنا الإخبارية",
    "النشرة الإخبارية",
    "بريدك الإلكتروني",
    "جميع الحقوق محفوظة",
    "حقوق النشر محفوظة",
    "جميع حقوق النشر",
    "حقوق الطبع",
    "©",
    "تابعوا آخر الأخبار",
    "تابعونا على",
    "تابعنا على",
    "حمل تطبيق",
    "حمّل تطبيق",
];

/// Line openings that make a short line page furniture.
const FURNITURE_OPENING: &[&str] = &[
    "مصدر الصورة",
    "شارك على",
    "شارك عبر",
    "مشاركة عبر",
    "اشترك الآن",
    "الرئيسية >",
    "الرئيسية/",
    "الرئيسية /",
    "الرئيسية »",
    "الرئيسية ›",
    "الرئيسية -",
];

/// The longest line a furniture phrase or opening may make furniture: a
/// paragraph that mentions a privacy policy stays the article's.
const FURNITURE_MAX_WORDS: usize = 40;

/// Headings after which the rest of the page is not the article: related
/// lists (`Related`) or reader comments (`Comments`).
const TERMINATORS: &[(&str, LineKind)] = &[
    ("مقالات ذات صلة", LineKind::Related),
    ("أخبار ذات صلة", LineKind::Related),
    ("مواضيع ذات صلة", LineKind::Related),
    ("مقالات مشابهة", LineKind::Related),
    ("أخبار مشابهة", LineKind::Related),
    ("قد يهمك أيضا", LineKind::Related),
    ("قد يهمك أيضاً", LineKind::Related),
    ("الأكثر قراءة", LineKind::Related),
    ("الأكثر مشاهدة", LineKind::Related),
    ("التعليقات", LineKind::Comments),
    ("تعليقات", LineKind::Comments),
    ("تعليقات القراء", LineKind::Comments),
    ("أفكارك وتعليقاتك", LineKind::Comments),
    ("أضف تعليقك", LineKind::Comments),
    ("اترك تعليقا", LineKind::Comments),
    ("اترك تعليقاً", LineKind::Comments),
    ("ذات صلة", LineKind::Related),
    ("مواد ذات صلة", LineKind::Related),
    ("روابط ذات صلة", LineKind::Related),
    ("موضوعات ذات صلة", LineKind::Related),
    ("قصص ذات صلة", LineKind::Related),
    ("أخبار متعلقة", LineKind::Related),
    ("مقالات متعلقة", LineKind::Related),
    ("مواضيع متعلقة", LineKind::Related),
    ("مواضيع مشابهة", LineKind::Related),
    ("قصص مقترحة", LineKind::Related),
    ("مقالات مقترحة", LineKind::Related),
    ("المزيد حول هذه القصة", LineKind::Related),
    ("قد يعجبك أيضا", LineKind::Related),
    ("قد يعجبك", LineKind::Related),
    ("قد يهمك", LineKind::Related),
    ("اخترنا لك", LineKind::Related),
    ("المزيد من الأخبار", LineKind::Related),
    ("أخبار أخرى", LineKind::Related),
    ("الأكثر تداولا", LineKind::Related),
    ("الأكثر تعليقا", LineKind::Related),
    ("الأكثر قراءة اليوم", LineKind::Related),
    ("related", LineKind::Related),
    // tags: the rest of the page is links, never the article
    ("الكلمات الدلالية", LineKind::Related),
    ("كلمات دلالية", LineKind::Related),
    ("الكلمات المفتاحية", LineKind::Related),
    ("كلمات مفتاحية", LineKind::Related),
    ("الكلمات الدالة", LineKind::Related),
    ("وسوم", LineKind::Related),
    ("الوسوم", LineKind::Related),
    ("tags", LineKind::Related),
    ("تعليقات الزوار", LineKind::Comments),
    ("تعليقات فيسبوك", LineKind::Comments),
    ("أضف تعليقا", LineKind::Comments),
    ("أضف تعليقاً", LineKind::Comments),
    ("اكتب تعليقك", LineKind::Comments),
    ("شارك برأيك", LineKind::Comments),
    ("آراء القراء", LineKind::Comments),
    ("comments", LineKind::Comments),
];

/// What a whole line (its [`core`]) is in the tables of whole lines.
#[derive(Default, Clone, Copy)]
struct Whole {
    /// A [`TERMINATORS`] heading, of that kind.
    terminator: Option<LineKind>,
    /// A [`FURNITURE`] line.
    furniture: bool,
    /// A [`RELATED_HEADING`].
    related_heading: bool,
}

struct Tables {
    /// [`FURNITURE`], [`TERMINATORS`] and [`RELATED_HEADING`] in one map
    /// by the folded line: one lookup per short line instead of a hundred
    /// comparisons.
    whole: super::WordMap<Whole>,
    /// Byte length of the longest key of `whole`.
    longest_whole: usize,
    related_line: Openings,
    /// Every furniture phrase in one automaton: one pass per line instead of
    /// one substring search per phrase.
    furniture_phrase: AhoCorasick,
    /// A piece of every furniture phrase of [`ANCHOR_MIN`] bytes or more,
    /// searched once over the whole page (see [`phrase_anchors`]); `None`
    /// where no packed searcher builds.
    phrase_anchors: Option<aho_corasick::packed::Searcher>,
    /// The furniture phrases too short for an anchor (`©`), looked for in
    /// a line only where the page holds one.
    short_phrases: Vec<String>,
    furniture_opening: Openings,
}

fn folded(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| fold(s)).collect()
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut whole = super::WordMap::<Whole>::default();
    for s in FURNITURE {
        whole.entry(fold(s)).or_default().furniture = true;
    }
    // the first of two headings folding alike gives the kind
    for (s, k) in TERMINATORS {
        whole.entry(fold(s)).or_default().terminator.get_or_insert(*k);
    }
    for s in RELATED_HEADING {
        whole.entry(fold(s)).or_default().related_heading = true;
    }
    Tables {
        longest_whole: whole.keys().map(String::len).max().unwrap_or(0),
        whole,
        related_line: Openings::new(RELATED_LINE),
        furniture_phrase: super::automaton(folded(FURNITURE_PHRASE), aho_corasick::MatchKind::Standard),
        phrase_anchors: phrase_anchors(&folded(FURNITURE_PHRASE)),
        short_phrases: folded(FURNITURE_PHRASE).into_iter().filter(|p| p.len() < ANCHOR_MIN).collect(),
        furniture_opening: Openings::new(FURNITURE_OPENING),
    }
});

/// The page-wide prefilter for [`FURNITURE_PHRASE`]: a packed (SIMD)
/// search for a piece of each phrase, so that the exact automaton runs only
/// on the few lines holding one. The packed searcher tells candidates by
/// their first bytes, and on an Arabic page the lead bytes D8 and D9 start
/// half of all bytes and the article `ال` a third of the words: each piece
/// therefore starts past an opening `ال`, at the second byte of a letter.
/// The searcher tells candidates by as many first bytes as its shortest
/// piece has (up to four): a two-byte `©` among them would make nearly
/// every Arabic letter a candidate, so phrases that short are left to
/// [`Tables::short_phrases`].
fn phrase_anchors(phrases: &[String]) -> Option<aho_corasick::packed::Searcher> {
    let pieces = phrases.iter().filter(|p| p.len() >= ANCHOR_MIN).map(|p| {
        let skip = if p.starts_with("ال") && p.len() > "ال".len() + 2 {
            "ال".len() + 1
        } else if p.len() > 2 {
            1
        } else {
            0
        };
        &p.as_bytes()[skip..]
    });
    aho_corasick::packed::Config::new().builder().extend(pieces).build()
}

/// The shortest furniture phrase given a piece in [`phrase_anchors`].
const ANCHOR_MIN: usize = 5;

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}' | '\u{0750}'..='\u{077F}')
}

/// The line with punctuation, digits-in-parentheses and spaces trimmed from
/// both ends: `التعليقات (2)` → `التعليقات`.
fn core(line: &str) -> &str {
    // a letter (not a digit) at both ends: nothing to trim. Trimming to the
    // first and last letter also drops a trailing count like "(12)".
    let keep = |c: char| super::is_word_char(c) && !c.is_ascii_digit();
    let Some(start) = line.char_indices().find(|&(_, c)| keep(c)).map(|(i, _)| i) else {
        return "";
    };
    let end = line.char_indices().rev().find(|&(_, c)| keep(c)).map_or(start, |(i, c)| i + c.len_utf8());
    &line[start..end]
}

/// Whitespace-separated pieces with at least one letter or digit, counted
/// up to `cap`: callers only compare the count with small bounds, and a
/// paragraph has hundreds of words. `tokens` are the words (see [`tokens`])
/// from the first one inside `line` on, `base` the folded offset of `line`:
/// a piece is a run of words with no space between them (in folded text the
/// only whitespace inside a line is ' '), so the count is the same as
/// `split_whitespace().filter(|w| w.chars().any(is_word_char)).count()`.
fn words(line: &str, base: usize, tokens: &[Range<usize>], cap: usize) -> usize {
    let end = base + line.len();
    let bytes = line.as_bytes();
    let mut n = 0;
    let mut prev: Option<usize> = None;
    for w in tokens {
        if w.end > end {
            break;
        }
        // the gap is nearly always one space: the byte before the word
        // tells first (every word but the first has a gap before it)
        let spaced = |p: usize| {
            let from = w.start - base;
            from.checked_sub(1).and_then(|i| bytes.get(i)) == Some(&b' ')
                || bytes.get(p - base..from).is_some_and(|gap| gap.contains(&b' '))
        };
        if prev.is_none_or(spaced) {
            n += 1;
            if n >= cap {
                break;
            }
        }
        prev = Some(w.end);
    }
    n
}

/// Word count bound for [`LineFacts::is_paragraph`]: past it [`is_paragraph`]
/// does not change (a paragraph needs 15).
const WORDS_CAP: usize = 15;
/// Word count bound for [`LineFacts::many_words`]: past it a furniture
/// phrase or opening does not make a line furniture.
const FURNITURE_CAP: usize = FURNITURE_MAX_WORDS + 1;

/// A line that reads as running text: long, or a sentence of six words or
/// more. `n` is its [`words`] count (capped at 15 or more).
fn is_paragraph(line: &str, n: usize) -> bool {
    let t = line.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '»' | ')' | '\''));
    n >= 15 || (n >= 6 && t.ends_with(['.', '!', '?', '؟', '۔', '…']))
}

/// What is computed once of a non-blank trimmed line.
struct LineFacts<'a> {
    line: &'a str,
    terminator: Option<LineKind>,
    /// The line is a [`FURNITURE`] line.
    furniture: bool,
    /// The line is a [`RELATED_HEADING`].
    related_heading: bool,
    /// What [`words`] reads: counted only where asked (once the article
    /// has begun, most lines never are).
    base: usize,
    tokens: &'a [Range<usize>],
}

impl<'a> LineFacts<'a> {
    /// `base` is the folded offset of `line`, `tokens` the words of the
    /// text from its first one on.
    fn new(line: &'a str, base: usize, tokens: &'a [Range<usize>], t: &Tables) -> Self {
        let core = core(line);
        // a heading is short: a paragraph is compared with none of them
        let whole = if core.len() <= t.longest_whole { t.whole.get(core).copied() } else { None };
        let Whole { terminator, furniture, related_heading } = whole.unwrap_or_default();
        LineFacts { line, terminator, furniture, related_heading, base, tokens }
    }

    /// Has the line more than [`FURNITURE_MAX_WORDS`] words?
    fn many_words(&self) -> bool {
        words(self.line, self.base, self.tokens, FURNITURE_CAP) > FURNITURE_MAX_WORDS
    }

    fn is_paragraph(&self) -> bool {
        is_paragraph(self.line, words(self.line, self.base, self.tokens, WORDS_CAP))
    }
}

/// `phrase` says whether the line may hold a [`FURNITURE_PHRASE`] (the
/// page-wide prefilter found a piece of one in it).
fn classify(f: &LineFacts, t: &Tables, phrase: bool) -> LineKind {
    let line = f.line;
    if line.trim_ascii().is_empty() {
        return LineKind::Blank;
    }
    if let Some(k) = f.terminator {
        return k;
    }
    if t.related_line.opens(line) {
        return LineKind::Related;
    }
    if f.furniture || !line.chars().any(is_arabic_letter) || is_file_name(line) {
        return LineKind::Furniture;
    }
    if ((phrase && t.furniture_phrase.is_match(line)) || t.furniture_opening.opens(line)) && !f.many_words() {
        return LineKind::Furniture;
    }
    LineKind::Body
}

/// Line openings, each with its first four bytes as a number: those are
/// compared inline before a whole opening is, and most lines share them
/// with none.
struct Openings {
    list: Vec<(u32, u32, String)>,
    /// A bit per first four bytes of an opening (by [`bloom_bit`]), or all
    /// set if an opening is shorter: a line whose bit is clear opens with
    /// none, told with one test instead of a pass over the list.
    bloom: [u64; 4],
}

/// The [`Openings::bloom`] bit of four first bytes.
fn bloom_bit(head: u32) -> usize {
    (head.wrapping_mul(0x9E37_79B9) >> 24) as usize
}

impl Openings {
    fn new(list: &[&str]) -> Self {
        let list: Vec<(u32, u32, String)> = folded(list)
            .into_iter()
            .map(|s| {
                let n = s.len().min(4);
                // an opening shorter than four bytes compares that many
                let mask = if n == 4 { u32::MAX } else { (1u32 << (8 * n)) - 1 };
                (head(s.as_bytes()), mask, s)
            })
            .collect();
        let mut bloom = [0u64; 4];
        for &(h, mask, _) in &list {
            if mask == u32::MAX {
                let b = bloom_bit(h);
                bloom[b / 64] |= 1 << (b % 64);
            } else {
                bloom = [u64::MAX; 4];
            }
        }
        Openings { list, bloom }
    }

    /// Does `line` open with one of them?
    fn opens(&self, line: &str) -> bool {
        let h = head(line.as_bytes());
        let b = bloom_bit(h);
        self.bloom[b / 64] & (1 << (b % 64)) != 0
            && self.list.iter().any(|(head, mask, s)| h & mask == *head && line.starts_with(s.as_str()))
    }
}

/// The first four bytes of `s` (zeros past its end) as one number.
fn head(s: &[u8]) -> u32 {
    if let Some(&w) = s.first_chunk::<4>() {
        return u32::from_le_bytes(w);
    }
    let mut w = [0u8; 4];
    for (w, b) in w.iter_mut().zip(s) {
        *w = *b;
    }
    u32::from_le_bytes(w)
}

fn is_file_name(line: &str) -> bool {
    let l = line.trim_ascii();
    // every extension ends in one of these: an Arabic line ends in none
    matches!(l.as_bytes().last(), Some(b'g' | b'f' | b'p' | b'4'))
        && !l.contains(' ')
        && [".jpg", ".jpeg", ".png", ".gif", ".webp", ".mp4"].iter().any(|e| l.ends_with(e))
}

/// A source line (`المصدر: …`) ends a block of related titles.
fn is_source_line(line: &str) -> bool {
    ["المصدر", "المصادر"].iter().any(|c| line.starts_with(c))
}

/// Hashes a line by its length and its first and last bytes: lines differ
/// there nearly always, and equal hashes are compared in full anyway, so
/// hashing a whole paragraph byte by byte buys nothing.
#[derive(Default)]
struct LineHasher(u64);

impl std::hash::Hasher for LineHasher {
    fn write(&mut self, bytes: &[u8]) {
        // up to 16 bytes from each end, folded in 8 at a time
        let n = bytes.len();
        let head = &bytes[..n.min(16)];
        let tail = &bytes[n.saturating_sub(16).max(head.len())..];
        let mut h = self.0 ^ n as u64;
        for chunk in head.chunks(8).chain(tail.chunks(8)) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The body lines a page printed so far: a short list of hashes for a
/// typical page, a set once it has many (pages with thousands of lines
/// stay linear).
#[derive(Default)]
struct Seen<'a> {
    few: Vec<(u64, &'a str)>,
    /// A bit per hash of `few` (its top eight bits): a line whose bit is
    /// clear is new, told without a pass over `few` (nearly every line).
    bits: [u64; 4],
    many: Option<HashSet<&'a str, std::hash::BuildHasherDefault<LineHasher>>>,
}

impl<'a> Seen<'a> {
    /// The length of `few` past which it becomes a set.
    const FEW: usize = 48;

    /// Add `line`; false if it was there (as `HashSet::insert`).
    fn insert(&mut self, line: &'a str) -> bool {
        if let Some(set) = &mut self.many {
            return set.insert(line);
        }
        // the length and eight bytes from each end: lines differ there
        // nearly always, and equal keys are compared in full anyway
        let b = line.as_bytes();
        let h = match (b.first_chunk::<8>(), b.last_chunk::<8>()) {
            (Some(&head), Some(&tail)) => {
                (u64::from_le_bytes(head) ^ b.len() as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
                    ^ u64::from_le_bytes(tail)
            }
            _ => b.len() as u64,
        };
        let bit = (h >> 56) as usize;
        let (word, mask) = (bit / 64, 1u64 << (bit % 64));
        if self.bits[word] & mask != 0 && self.few.iter().any(|&(k, l)| k == h && l == line) {
            return false;
        }
        self.bits[word] |= mask;
        self.few.push((h, line));
        if self.few.len() > Self::FEW {
            self.many = Some(self.few.iter().map(|&(_, l)| l).collect());
        }
        true
    }
}

/// Split folded text into lines and say what each is.
///
/// A related or comments heading ends the article for the rest of the page
/// once the article has begun (a paragraph was seen). Before that (a toolbar
/// `التعليقات (0)`, a sidebar `الأكثر قراءة` above the article), and after a
/// bare `اقرأ أيضا` heading anywhere, it heads a *block*: the short lines
/// after it (titles of other articles) take its kind, up to the first
/// paragraph or source line, or an `end of list` marker.
pub(crate) fn lines(text: &str) -> Vec<Line> {
    lines_with(text, &tokens(text))
}

/// [`lines`] given the words of `text` (see [`tokens`]), found once for
/// the whole page.
pub(crate) fn lines_with(text: &str, tokens: &[Range<usize>]) -> Vec<Line> {
    lines_at(text, tokens, text.match_indices('\n').map(|(i, _)| i), None)
}

/// [`lines_with`] given also the marks of `text` the fold recorded (see
/// `Normalized::with_marks`): the line breaks are among them, so the text
/// is not scanned for them again.
// kept for callers holding the folded text without its `Normalized`
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn lines_marked(text: &str, tokens: &[Range<usize>], marks: &[u32]) -> Vec<Line> {
    let bytes = text.as_bytes();
    let breaks = marks.iter().map(|&m| m as usize).filter(|&m| bytes.get(m) == Some(&b'\n'));
    lines_at(text, tokens, breaks, None)
}

/// [`lines_marked`] for the folded text of `norm`, which also noted
/// whether the page holds a `©`: the page is not searched for one.
pub(crate) fn lines_folded(norm: &super::Normalized, tokens: &[Range<usize>], marks: &[u32]) -> Vec<Line> {
    let text = norm.text();
    let bytes = text.as_bytes();
    let breaks = marks.iter().map(|&m| m as usize).filter(|&m| bytes.get(m) == Some(&b'\n'));
    lines_at(text, tokens, breaks, Some(norm.has_copyright()))
}

/// [`lines_with`] given the offset of every line break of `text`, in order,
/// and whether `text` holds a `©` where that is known.
fn lines_at(
    text: &str,
    tokens: &[Range<usize>],
    breaks: impl Iterator<Item = usize>,
    copyright: Option<bool>,
) -> Vec<Line> {
    let t = &*TABLES;
    // index in `tokens` of the first word not before the current line
    let mut first_word = 0;
    // about one line in a hundred bytes
    let mut out = Vec::with_capacity(text.len() / 64 + 1);
    let mut start = 0;
    let mut rest: Option<LineKind> = None;
    let mut block: Option<LineKind> = None;
    let mut article_begun = false;
    let mut seen = Seen { few: Vec::with_capacity(Seen::FEW + 1), ..Seen::default() };
    // where a piece of a furniture phrase starts, in order: a line without
    // one holds no phrase (no piece holds a line break, so every line
    // holding one gets a match of its own)
    let mut anchors = t.phrase_anchors.as_ref().map(|s| s.find_iter(text.as_bytes()).map(|m| m.start()).peekable());
    let short_phrase = t.short_phrases.iter().any(|p| match copyright {
        Some(known) if p == "©" => known,
        _ => text.contains(p.as_str()),
    });
    // each line with its break, the last one without if the text does not
    // end in one (as `split_inclusive('\n')` gives them)
    let ends = breaks.map(|b| b + 1).chain((!text.ends_with('\n') && !text.is_empty()).then_some(text.len()));
    for end in ends {
        let raw = &text[start..end];
        let phrase = match &mut anchors {
            Some(a) => {
                while a.next_if(|&at| at < start).is_some() {}
                a.peek().is_some_and(|&at| at < end)
                    || short_phrase && t.short_phrases.iter().any(|p| raw.contains(p.as_str()))
            }
            None => true,
        };
        // folding leaves no whitespace but ' ' and '\n': ASCII trimming
        // (a byte loop) trims what `str::trim` would
        let lead = raw.len() - raw.trim_ascii_start().len();
        let trimmed = raw.trim_ascii();
        let range = start + lead..start + lead + trimmed.len();
        let kind = match rest {
            Some(k) if !trimmed.is_empty() => k,
            _ if trimmed.is_empty() => LineKind::Blank,
            _ => {
                first_word += tokens[first_word..].partition_point(|w| w.start < range.start);
                let facts = LineFacts::new(trimmed, range.start, &tokens[first_word..], t);
                let mut k = classify(&facts, t, phrase);
                if let Some(b) = block {
                    if trimmed == "end of list"
                        || (k == LineKind::Body && (facts.is_paragraph() || is_source_line(trimmed)))
                    {
                        block = None;
                    } else if k != LineKind::Furniture {
                        k = b;
                    }
                }
                if let Some(term) = facts.terminator {
                    if article_begun {
                        rest = Some(term);
                    } else {
                        block = Some(term);
                    }
                } else if k == LineKind::Related && facts.related_heading {
                    block = Some(LineKind::Related);
                }
                // (once begun, a paragraph changes nothing: not counted)
                if k == LineKind::Body && !article_begun && facts.is_paragraph() {
                    article_begun = true;
                }
                // a body line of twelve characters or more printed before
                // is a repeat (inserting a line already seen changes nothing)
                // (a line under twelve bytes is neither one nor the
                // first print of one)
                if k == LineKind::Body && trimmed.len() >= 12 && !seen.insert(trimmed) && trimmed.chars().count() >= 12
                {
                    LineKind::Repeat
                } else {
                    k
                }
            }
        };
        out.push(Line { range, kind });
        start = end;
    }
    out
}

/// Every word of `text` (what `Normalized::with_tokens` finds while
/// folding): the same ranges as
/// `crate::text::words(text, 0..text.len())`, found by a byte scan that
/// classifies ASCII and two-byte characters by table.
pub(crate) fn tokens(text: &str) -> Vec<Range<usize>> {
    let table = &*CLASS;
    let len = text.len();
    // about one word in six bytes of Arabic
    let mut out = Vec::with_capacity(len / 6 + 1);
    let mut i = 0;
    while i < len {
        let (class, width) = class_at(text, i, table);
        if class != WORD {
            i += width;
            continue;
        }
        let start = i;
        i += width;
        while i < len {
            let (class, width) = class_at(text, i, table);
            if class != WORD {
                break;
            }
            i += width;
        }
        out.push(start..i);
    }
    out
}

/// Split body lines into sentences at `. ! ? ؟ ۔` followed by a space or the
/// end of the line, never inside quote marks or between digits.
pub(crate) fn sentences(text: &str, lines: &[Line]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (li, line) in lines.iter().enumerate() {
        if line.kind != LineKind::Body {
            continue;
        }
        let Some(s) = text.get(line.range.clone()) else { continue };
        let base = line.range.start;
        let bytes = s.as_bytes();
        let mut begin = 0;
        let mut in_dq = false;
        let mut guil = 0u32;
        // a byte scan: every mark is ASCII or a two-byte character, and a
        // lead byte never occurs inside another character
        let mut i = 0;
        while i < bytes.len() {
            // eight bytes at a time past text with no mark in it; then one
            // byte back, in case a two-byte mark straddles the last chunk
            let from = i;
            while let Some(chunk) = bytes.get(i..i + 8) {
                if may_hold_mark(chunk) {
                    break;
                }
                i += 8;
            }
            if i > from {
                i -= 1;
            }
            let b = bytes[i];
            if !MARK_BYTE[usize::from(b)] {
                i += 1;
                continue;
            }
            match (b, bytes.get(i + 1)) {
                (b'"', _) => in_dq = !in_dq,
                (0xC2, Some(0xAB)) => guil += 1,
                (0xC2, Some(0xBB)) => guil = guil.saturating_sub(1),
                _ => {
                    let w = stop_len(&bytes[i..]);
                    if w > 0 && !in_dq && guil == 0 {
                        let mut end = i + w;
                        loop {
                            let w = stop_len(&bytes[end..]);
                            if w == 0 {
                                break;
                            }
                            end += w;
                        }
                        if s[end..].chars().next().is_none_or(char::is_whitespace) {
                            push_sentence(&mut out, s, base, begin..end, li);
                            begin = end;
                        }
                        i = end;
                        continue;
                    }
                }
            }
            i += 1;
        }
        push_sentence(&mut out, s, base, begin..s.len(), li);
    }
    out
}

/// [`sentences`] given the marks of `text` the fold recorded (see
/// `Normalized::with_marks`): every byte the split reads is one, so only
/// those are visited, not the whole line.
pub(crate) fn sentences_marked(text: &str, lines: &[Line], marks: &[u32]) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(lines.len());
    let bytes = text.as_bytes();
    // index in `marks` of the first mark not before the current line
    let mut m = 0;
    for (li, line) in lines.iter().enumerate() {
        if line.kind != LineKind::Body {
            continue;
        }
        let Some(s) = text.get(line.range.clone()) else { continue };
        let base = line.range.start;
        m += marks[m..].partition_point(|&p| (p as usize) < base);
        let mut begin = 0;
        let mut in_dq = false;
        let mut guil = 0u32;
        // marks of the stops already read as part of a sentence end
        let mut skip_to = base;
        while let Some(&p) = marks.get(m) {
            let at = p as usize;
            if at >= line.range.end {
                break;
            }
            m += 1;
            if at < skip_to {
                continue;
            }
            match (bytes[at], bytes.get(at + 1)) {
                (b'"', _) => in_dq = !in_dq,
                (0xC2, Some(0xAB)) => guil += 1,
                (0xC2, Some(0xBB)) => guil = guil.saturating_sub(1),
                _ => {
                    let i = at - base;
                    let w = stop_len(&s.as_bytes()[i..]);
                    if w > 0 && !in_dq && guil == 0 {
                        let mut end = i + w;
                        loop {
                            let w = stop_len(&s.as_bytes()[end..]);
                            if w == 0 {
                                break;
                            }
                            end += w;
                        }
                        if s[end..].chars().next().is_none_or(char::is_whitespace) {
                            push_sentence(&mut out, s, base, begin..end, li);
                            begin = end;
                        }
                        skip_to = base + end;
                    }
                }
            }
        }
        push_sentence(&mut out, s, base, begin..s.len(), li);
    }
    out
}

/// Bytes that may open a mark [`sentences`] reads: `"`, `.`, `!`, `?`, and
/// the lead bytes of `«` `»` (C2), `؟` (D8) and `۔` (DB).
static MARK_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[0xC2] = true;
    t[0xD8] = true;
    t[0xDB] = true;
    t
};

/// Whether eight bytes may hold (a byte of) a mark [`sentences`] reads: an
/// ASCII byte other than a space, the lead byte C2 of `«` `»`, or the second
/// byte 9F of `؟` or 94 of `۔`. Tested a word at a time: Arabic letters and
/// spaces, nearly all of a line, pass through.
fn may_hold_mark(chunk: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut w = [0u8; 8];
    w.copy_from_slice(chunk);
    let w = u64::from_le_bytes(w);
    // a byte of `w ^ b * ONES` is zero where `w` has byte `b`
    let has = |b: u8| {
        let x = w ^ (u64::from(b) * ONES);
        x.wrapping_sub(ONES) & !x & HIGH
    };
    // high bit set in a byte that is not a space: its low seven bits differ
    // from those of a space (no carry crosses bytes: each sum is below 0x100)
    let not_space = ((w ^ (0x20 * ONES)) & !HIGH).wrapping_add(!HIGH) & HIGH;
    let ascii_not_space = not_space & !w;
    (ascii_not_space | has(0xC2) | has(0x9F) | has(0x94)) != 0
}

/// Byte length of the sentence stop (`. ! ? ؟ ۔`) opening `b`, or 0.
fn stop_len(b: &[u8]) -> usize {
    match b {
        [b'.' | b'!' | b'?', ..] => 1,
        [0xD8, 0x9F, ..] | [0xDB, 0x94, ..] => 2,
        _ => 0,
    }
}

fn push_sentence(out: &mut Vec<Sentence>, s: &str, base: usize, r: Range<usize>, line: usize) {
    let piece = &s[r.clone()];
    // folded text: ' ' and '\n' are its only whitespace
    let lead = piece.len() - piece.trim_ascii_start().len();
    let t = piece.trim_ascii();
    if t.chars().any(super::is_word_char) {
        let start = base + r.start + lead;
        out.push(Sentence { range: start..start + t.len(), line });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<LineKind> {
        let f = fold(text);
        lines(&f).into_iter().map(|l| l.kind).collect()
    }

    #[test]
    fn furniture_related_comments_repeats() {
        use LineKind::*;
        let page = "قسم الأخبار\n\nعنوان الخبر عن الحرب في المدينة\nعنوان الخبر عن الحرب في المدينة\n+A\nصورة_1.jpg\nاقرأ أيضاً: خبر آخر\nنص الخبر هنا.\nالتعليقات (3)\nقارئ\nتعليق غاضب";
        assert_eq!(
            kinds(page),
            vec![Body, Blank, Body, Repeat, Furniture, Furniture, Related, Body, Comments, Comments, Comments]
        );
    }

    #[test]
    fn related_heading_ends_article() {
        use LineKind::*;
        assert_eq!(kinds("نص.\nأخبار ذات صلة\nعنوان آخر\nزر"), vec![Body, Related, Related, Related]);
    }

    #[test]
    fn related_block_inside_article_then_text_resumes() {
        use LineKind::*;
        let page = "بدأت المعارك في الصباح الباكر واستمرت حتى ساعات المساء في عدة أحياء.\nاقرأ أيضا\nlist of 2 items\nمقتل 5 أشخاص في قصف\nend of list\nوعادت الاشتباكات إلى الاندلاع بعد ساعات من الهدوء الحذر في المدينة.";
        assert_eq!(kinds(page), vec![Body, Related, Furniture, Related, Furniture, Body]);
    }

    #[test]
    fn comments_toolbar_before_the_text_does_not_end_it() {
        use LineKind::*;
        let page = "عنوان الخبر هنا\nالتعليقات (0)\nطباعة\nقالت مصادر محلية إن الهدوء عاد إلى المدينة بعد ليلة من الاشتباكات.\nالتعليقات (1)\nقارئ";
        assert_eq!(kinds(page), vec![Body, Comments, Furniture, Body, Comments, Comments]);
    }

    #[test]
    fn cookie_newsletter_share_and_tags() {
        use LineKind::*;
        let page = "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.\nالرئيسية > أخبار\nواتساب\nاشترك في نشرتنا البريدية\nقالت مصادر محلية إن الهدوء عاد إلى المدينة بعد ليلة من الاشتباكات.\nالكلمات الدلالية\nسوريا\n© 2024 جميع الحقوق محفوظة";
        assert_eq!(kinds(page), vec![Furniture, Furniture, Furniture, Furniture, Body, Related, Related, Related]);
    }

    #[test]
    fn tokens_match_words() {
        for t in ["", "a", "قال 21 جنديا، وAB-12؟ ok", "x\u{2028}é漢字 ٣ «اسم» ڤيتنام", "  ."]
        {
            assert_eq!(tokens(t), super::super::words(t, 0..t.len()), "{t}");
        }
    }

    #[test]
    fn two_byte_stops_found_at_every_alignment() {
        // spaces shift the stop across the eight-byte chunks of the scan
        for pad in 0..17 {
            for stop in ["؟", "۔", "."] {
                let f = format!("{}هل انتهت المعارك في المدينة{stop} نعم انتهت", " ".repeat(pad));
                let ls = lines(&f);
                let n = sentences(&f, &ls).len();
                assert_eq!(n, 2, "pad {pad} stop {stop}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn marked_segmentation_matches_the_scan(input in "[اب ت.!?\"«»؟۔\n\u{2028}“٫©1]{0,60}") {
            let (n, tokens, marks) = crate::text::Normalized::with_marks(&input);
            let f = n.text();
            let want = lines_with(f, &tokens);
            let got = lines_marked(f, &tokens, &marks);
            let pairs = |ls: &[Line]| ls.iter().map(|l| (l.range.clone(), l.kind)).collect::<Vec<_>>();
            proptest::prop_assert_eq!(pairs(&got), pairs(&want));
            proptest::prop_assert_eq!(pairs(&lines_folded(&n, &tokens, &marks)), pairs(&want));
            let ranges = |ss: Vec<Sentence>| ss.into_iter().map(|s| (s.range, s.line)).collect::<Vec<_>>();
            proptest::prop_assert_eq!(ranges(sentences_marked(f, &got, &marks)), ranges(sentences(f, &want)));
        }
    }

    #[test]
    fn sentences_respect_quotes_and_numbers() {
        let f = fold("قال: \"هذا أول. وهذا ثان\". ثم غادر في 2020.10.02 صباحا! انتهى");
        let ls = lines(&f);
        let ss: Vec<&str> = sentences(&f, &ls).iter().map(|s| &f[s.range.clone()]).collect();
        assert_eq!(ss, vec!["قال: \"هذا اول. وهذا ثان\".", "ثم غادر في 2020.10.02 صباحا!", "انتهي"]);
    }
}
