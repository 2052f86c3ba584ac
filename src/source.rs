//! Where the article comes from: headline, publication date, dateline,
//! credited wires, publisher, and the agencies the body cites.
//!
//! Pages arrive in many layouts, so this module reads the *shape* of lines
//! rather than one site's markup:
//!
//! - **Headline**: the first body line that is not a section label (a short
//!   line of one to three words printed above a longer title), a date line,
//!   a byline, a caption or an author line. A first line of more than 35
//!   words is a lede, not a title: the page then has no headline.
//! - **Zones**: a *paragraph* is a body line of 15 words or more, or of six
//!   or more ending in sentence punctuation. The header is everything before
//!   the first paragraph, the footer everything after the last one. Bylines,
//!   source lines and date lines are read only there (plus the opening of
//!   the first paragraphs, for `بيروت (رويترز) -` leads), so that a date or a
//!   place in the body's account of events is never taken for them.
//! - **Published**: in order of trust: a line with a publication cue (`نشر في`,
//!   `تاريخ النشر`), a date inside a byline or a leading source parenthesis,
//!   a date line of its own in the header (the date with only a weekday, time,
//!   city or separators beside it), an update line (`آخر تحديث`), a date line in
//!   the footer. Relative dates are never publication dates; reader comments
//!   and related lists are never read. A site header date is kept even when
//!   it lies years after the events the article narrates (an archive page
//!   re-dated by the site): nothing on the page says which date is wrong, and
//!   relative days in the body then resolve against the printed date.
//! - **Bylines**: a line (or a lead) split at separators (`-`, `ـ`, `:`, `/`,
//!   `(`, `)`, `|`, `+`, `۔`) into parts, each part read as a known agency or
//!   broadcaster (from `agencies.tsv`), `وكالات`, `خاص`, a date, a source cue
//!   (`المصدر`), or unknown words. An unknown first part of one or two words
//!   is the dateline (`إسطنبول ـ وكالات`); one of three or more words makes the
//!   line a photo caption with a credit, which is ignored. Behind a source cue
//!   (`المصادر: X - وكالات`) or inside a leading parenthesis (`( X ۔ / وكالة - date)`)
//!   the unknown part is the outlet. A city printed beside the site's date
//!   (`2020.10.02 | 10:27 دمشق`) is the site's location, not a dateline.
//!   After a credit, one word is the city (`عنب بلدي - إدلب`, `الحرة / وكالات -
//!   دبي`) and two or three are the reporter, ignored (`هسبريس - سعيد
//!   المرابط`). A lead may open with the city and the day and no credit at
//!   all (`الخرطوم 12 مايو 2024 -`, `مقديشو 12 مايو 2016 (شينخوا)`). A line
//!   `City: First Last` as the last header line before the text gives the
//!   city (a subtitle sits higher, under the title). `X ووكالات` (or
//!   `X والوكالات`) is X and `وكالات`. Behind a source cue, `City - X` gives
//!   the city and the publisher (`المصدر: دبي - البيان والوكالات`).
//! - **Cited**: names from `agencies.tsv` in body sentences with a citing cue.
//!   Names that are also ordinary words (`الجزيرة` the peninsula, `الأناضول`
//!   Anatolia) need the cue right before them (`وكالة`, `قناة`, `نقلت`, `بحسب`,
//!   `للأناضول` after `تصريح`); unambiguous names (`رويترز`) need a cue within a
//!   few words before.
//! - **Extent**: paragraphs are body lines, so a related block inside the
//!   article (`اقرأ أيضا` and its titles) does not end it; the footer runs
//!   from the last paragraph to the first related list or comments after it.
//!
//! Where the spec is silent, these are the choices:
//!
//! - **Outlet**, in order: a broadcaster or site named in a byline or source
//!   line (`المصدر : الجزيرة + وكالات`, `أبوظبي - سكاي نيوز عربية`,
//!   `فرانس24/ أ ف ب`), a quoted paper in a byline (`لندن: «الشرق الأوسط»`), a
//!   listed site name on a line of its own in the header or footer (`بي بي سي
//!   نيوز عربي`, `اندبندنت عربية`), and last a copyright line anywhere outside
//!   the article's text, even below related lists and comments (`© الجزيرة`,
//!   `جميع الحقوق محفوظة لمؤسسة الأهرام` → `الأهرام`: a listed name that ends
//!   the holder's name is the outlet). A copyright held by a wire service
//!   (`© وكالة الأناضول`) names no outlet: the wire is credited in `agencies`.
//! - **Wires as publishers**: `صنعاء/ الأناضول`, `دمشق-سانا` credit the wire in
//!   `agencies`; the outlet stays null unless a site or copyright names one,
//!   or the wire's name stands alone above the title (`وكالة الأناضول` atop
//!   the page: the wire's own site, the outlet unless a byline names a site).
//! - **Relative times** (`منذ 3 ساعات`, `قبل يومين`) are not printed dates: with
//!   nothing else printed, `published` is null. An update line (`آخر تحديث`)
//!   is used only when no publication or plain date line is printed.
//! - **Cited**: a wire's own reporter named with a cue (`وأفاد مراسل سانا`)
//!   is cited like any other agency; a site or paper that names itself in
//!   its own report (`قال لبي بي سي` under `بي بي سي نيوز عربي`, `لـ«القدس
//!   العربي»` on that paper's page) is the publisher, not a citation.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use chrono::NaiveDate;

use crate::Source;
use crate::dates::find_folded;
use crate::doc::Doc;
use crate::text::segment::LineKind;
use crate::text::{WordMap, WordSet, fold};

const TABLE: &str = include_str!("agencies.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A news agency: credited in `agencies`.
    Wire,
    /// A broadcaster, news site or paper: in a byline it is the outlet.
    Media,
}

struct Agency {
    kind: Kind,
    ambiguous: bool,
    /// The state a national wire or paper is of (ISO code), when listed:
    /// its own reports name that state's bodies without the state.
    country: Option<&'static str>,
}

struct Pat {
    agency: usize,
    /// The pattern is `لل…` for a name `ال…` (`للأناضول`): the printed name
    /// gets its article back.
    merged_lam: bool,
    /// The pattern opens with `وكالة` (`وكالة الأنباء السعودية`).
    with_agency_word: bool,
}

struct Tables {
    agencies: Vec<Agency>,
    pats: Vec<Pat>,
    ac: AhoCorasick,
    /// Folded name → agency, for whole byline parts.
    exact: WordMap<usize>,
    /// The longest key of `exact`, in bytes.
    exact_max: usize,
    /// The most words in a key of `exact`.
    exact_max_words: usize,
    labels: Vec<String>,
    /// Folded names a site prints alone as its masthead, on the page's first
    /// line: every unambiguous broadcaster or paper name, and the core of a
    /// listed name that the table qualifies only to tell it apart in running
    /// text (`البيان` of `البيان الإماراتية` or `صحيفة البيان`).
    mastheads: WordSet,
    /// [`WEEKDAYS`], folded.
    weekday_set: WordSet,
    /// [`WEEKDAYS`] and [`DATE_WORDS`]: one lookup per word.
    date_vocab: WordSet,
    /// [`PUBLISH_CUES`] and [`UPDATE_CUES`].
    cue_vocab: WordSet,
    /// The first word of each of [`PUBLISH_CUES`] and [`UPDATE_CUES`].
    cue_first_words: WordSet,
    publish_cues: Vec<String>,
    update_cues: Vec<String>,
    near_cues: Vec<String>,
    adjacent_cues: Vec<String>,
    speech_cues: Vec<String>,
    /// Every caption mark in one automaton: one pass per line.
    caption_marks: AhoCorasick,
    author_openings: Vec<String>,
    /// [`AUTHOR_WORDS`], folded.
    author_words: WordSet,
    source_cues: Vec<String>,
    copyright: Vec<String>,
    /// Every copyright cue in one automaton: most lines have none, and one
    /// pass says so.
    copyright_any: AhoCorasick,
    /// Every pattern of `ac` by its first word: a name is cited only where
    /// it opens a word (behind at most two clitics), so a line where no
    /// word opens one is never searched.
    names: Heads,
    /// Every text a byline part can be read as (listed names, `وكالة`,
    /// `ووكالات`, `خاص`, source cues) by its first word: a short line where
    /// no word opens one credits nothing, so it is never split into parts.
    credits: Heads,
}

/// Texts by their first word, for a per-word test of where one occurs.
struct Heads {
    /// First word → the rest of each text that opens with it.
    rest: WordMap<Vec<String>>,
    /// [`head_key`] of every first word: most words are turned away by one bit.
    bits: Box<[u64; HEAD_BITS / 64]>,
    /// A text opens with a non-word character: it may occur anywhere.
    anywhere: bool,
    /// Per [`tail_key`] of a first word: a bit per byte length it comes in.
    /// A word and the same word behind clitics end alike, so one look here
    /// turns a long word away whatever clitics it carries.
    tails: Box<[u32; 1 << 12]>,
    /// Per last byte of a first word of fewer than three bytes (`ا` of
    /// `ا ف ب`), which has no two-letter tail: a bit per byte length.
    short: Box<[u32; 256]>,
    /// Per [`end_key`] of a first word of five bytes or more: a bit per
    /// byte length. Asked second, for the words `tails` lets through.
    ends: Box<[u32; 1 << 16]>,
    /// `tails` and `short` read for every word length at once: per
    /// [`tail_key`] of a word, bit `n` is set when a word of `n` bytes
    /// with that tail may be a first word or hold one behind one or two
    /// clitics. One load and one bit test turn most words away.
    pass: Box<[u32; 1 << 12]>,
    /// Per [`tail_key`], bit `n`: a word of `n` bytes that `pass` lets
    /// through only for a first word of five bytes or more, which `ends`
    /// is asked about.
    check_ends: Box<[u32; 1 << 12]>,
}

/// The last three characters of a word of five bytes or more, by the low
/// six bits of the last byte and of the third and fifth bytes from the end,
/// folded into sixteen bits.
#[inline]
fn end_key(w: &[u8]) -> usize {
    match w {
        [.., a, _, b, _, c] => usize::from(a & 0x3F) << 10 ^ usize::from(b & 0x3F) << 5 ^ usize::from(c & 0x3F),
        _ => 0,
    }
}

/// The last two characters of a word of three bytes or more, by the low
/// six bits of the last byte and of the third byte from the end (an Arabic
/// letter's second byte).
#[inline]
fn tail_key(w: &[u8]) -> usize {
    match w {
        [.., a, _, b] => usize::from(a & 0x3F) << 6 | usize::from(b & 0x3F),
        _ => 0,
    }
}

/// Byte lengths (as bits) of what is left of a word that keeps fewer than
/// three letters of its tail.
const SHORT_LENS: u32 = (1 << 5) - 1;

/// Bits in [`Heads::bits`].
const HEAD_BITS: usize = 1 << 16;

/// A hash of a word's bytes (its length and its first and last eight
/// bytes, the whole of most words) into [`HEAD_BITS`] buckets: nearly every
/// word that is no first word is turned away by its bit.
#[inline]
fn head_key(w: &[u8]) -> usize {
    let n = w.len();
    let (x, y) = match (w.first_chunk::<8>(), w.last_chunk::<8>()) {
        (Some(x), Some(y)) => (u64::from_le_bytes(*x), u64::from_le_bytes(*y)),
        _ => (w.iter().fold(0u64, |a, &b| a << 8 | u64::from(b)), 0),
    };
    let h =
        (x ^ y.rotate_left(29) ^ (n as u64).wrapping_mul(0xA24B_AED4_963E_E407)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 48) as usize % HEAD_BITS
}

/// A zeroed table on the heap (never built on the stack first).
fn zeroed<T: Copy + Default + std::fmt::Debug, const N: usize>() -> Box<[T; N]> {
    vec![T::default(); N].into_boxed_slice().try_into().expect("the vector has the table's length")
}

impl Heads {
    fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut h = Heads {
            rest: WordMap::default(),
            bits: zeroed(),
            anywhere: false,
            tails: zeroed(),
            short: zeroed(),
            ends: zeroed(),
            pass: zeroed(),
            check_ends: zeroed(),
        };
        for p in texts {
            let w = p.split(|c: char| !is_word_char(c)).next().unwrap_or("");
            if w.is_empty() {
                h.anywhere = true;
                continue;
            }
            let k = head_key(w.as_bytes());
            h.bits[k / 64] |= 1 << (k % 64);
            if w.len() < 3 {
                if let Some(&last) = w.as_bytes().last() {
                    h.short[usize::from(last)] |= 1 << w.len();
                }
            } else if let Some(t) = h.tails.get_mut(tail_key(w.as_bytes())) {
                *t |= 1 << w.len().min(31);
                if let Some(e) = h.ends.get_mut(end_key(w.as_bytes())).filter(|_| w.len() >= 5) {
                    *e |= 1 << w.len().min(31);
                }
            }
            h.rest.entry(w.to_string()).or_default().push(p[w.len()..].to_string());
        }
        // `short` by the low six bits of the last byte, as `tail_key` keeps
        // them: a few more words pass, never fewer
        let mut short_low = [0u32; 64];
        for (last, bits) in h.short.iter().enumerate() {
            short_low[last & 0x3F] |= bits;
        }
        for key in 0..1 << 12 {
            let known = h.tails[key] | short_low[key & 0x3F];
            if known == 0 {
                continue;
            }
            for n in 3..32 {
                let whole = 1u32 << n;
                let lens = whole | whole >> 2 | whole >> 4;
                if known & lens & SHORT_LENS != 0 {
                    h.pass[key] |= whole;
                } else if known & lens & !SHORT_LENS != 0 {
                    h.pass[key] |= whole;
                    h.check_ends[key] |= whole;
                }
            }
        }
        h
    }

    /// Does a text occur at `w.start` of `text` (a word's range), within `limit`?
    #[inline]
    fn opens(&self, text: &str, w: Range<usize>, limit: usize) -> bool {
        let k = head_key(text.as_bytes().get(w.clone()).unwrap_or_default());
        self.bits[(k / 64) % (HEAD_BITS / 64)] & (1 << (k % 64)) != 0 && self.opens_slow(text, w, limit)
    }

    /// Could a first word be this word (`w` its bytes) or what is left of
    /// it behind one or two two-byte clitics? A `false` is sure: what is
    /// left keeps the word's last two letters, or is as short as a short
    /// first word and ends like it.
    #[inline(always)]
    fn may_open_behind_clitics(&self, w: &[u8]) -> bool {
        let n = w.len();
        if !(3..32).contains(&n) {
            return true;
        }
        // every key is below its table's length: no bounds to check
        let key = tail_key(w) & 0xFFF;
        let whole = 1u32 << n;
        self.pass[key] & whole != 0
            && (self.check_ends[key] & whole == 0 || {
                // what is left of five bytes or more keeps three letters of
                // the word's tail: `ends` tells most of those apart
                let lens = whole | whole >> 2 | whole >> 4;
                self.ends[end_key(w) & 0xFFFF] & lens & !SHORT_LENS != 0
            })
    }

    /// [`Heads::opens_name`] of a word `may_open_behind_clitics` let through.
    #[inline]
    fn opens_name_checked(&self, text: &str, w: &Range<usize>, b: &[u8], limit: usize) -> bool {
        self.opens(text, w.clone(), limit)
            || (b.len() > 2
                && clitic_at(b, 0)
                && (self.opens(text, w.start + 2..w.end, limit)
                    || (b.len() > 4 && clitic_at(b, 2) && self.opens(text, w.start + 4..w.end, limit))))
    }

    /// Does a text occur at word `w` of `text`, behind at most two clitics,
    /// within `limit`?
    #[inline(always)]
    fn opens_name(&self, text: &str, w: &Range<usize>, limit: usize) -> bool {
        let Some(b) = text.as_bytes().get(w.clone()) else { return false };
        self.may_open_behind_clitics(b) && self.opens_name_checked(text, w, b, limit)
    }

    #[inline(never)]
    fn opens_slow(&self, text: &str, w: Range<usize>, limit: usize) -> bool {
        let (Some(word), Some(after)) = (text.get(w.clone()), text.get(w.end..limit)) else { return false };
        self.rest.get(word).is_some_and(|rs| rs.iter().any(|r| after.starts_with(r.as_str())))
    }
}

/// Section labels printed above titles. Short unknown lines above a title
/// are skipped too; these are skipped even above a lede.
const LABELS: &[&str] = &[
    "سياسة",
    "سياسة دولية",
    "عربي ودولي",
    "عربيات ودوليات",
    "عربيات",
    "دوليات",
    "دولي",
    "عربي",
    "أخبار",
    "الأخبار",
    "أخبار عاجلة",
    "عاجل",
    "محليات",
    "محلي",
    "الرئيسية",
    "الصفحة الرئيسية",
    "العالم",
    "عالم",
    "عرب",
    "عرب وعالم",
    "أفريقيا",
    "إفريقيا",
    "آسيا",
    "أوروبا",
    "أمريكا",
    "الأمريكتان",
    "متابعات",
    "أخبار العالم",
    "شؤون دولية",
    "اقتصاد",
    "رياضة",
    "تقارير",
    "تقرير",
    "تحقيقات",
    "منوعات",
    "آراء",
    "رأي",
    "مقالات",
    "حوارات",
    "ملفات",
    "الشرق الأوسط",
    "التغطية الحية",
    "تغطية مستمرة",
    "خبر",
];

const WEEKDAYS: &[&str] = &["السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"];

/// Words that open a publication-date line.
const PUBLISH_CUES: &[&str] = &["نشر", "نشرت", "تاريخ النشر", "تم النشر", "بتاريخ", "published", "posted"];
/// Words that open an update-date line.
const UPDATE_CUES: &[&str] = &["آخر تحديث", "اخر تحديث", "تحديث", "تم التحديث", "محدث", "updated", "last updated"];
/// Words that may stand beside a date in a date line.
const DATE_WORDS: &[&str] = &[
    "في",
    "بتاريخ",
    "تاريخ",
    "النشر",
    "نشر",
    "تم",
    "آخر",
    "تحديث",
    "ص",
    "م",
    "مساء",
    "صباحا",
    "صباحاً",
    "ظهرا",
    "بتوقيت",
    "غرينتش",
    "جرينتش",
    "ت.غ",
    "هـ",
    "ء",
    "الساعة",
    "منذ",
    "محدث",
    "الموافق",
    "توقيت",
    "مكة",
    "المكرمة",
    "القدس",
    "رقم",
    "العدد",
    "محرم",
    "صفر",
    "ربيع",
    "الأول",
    "الآخر",
    "الثاني",
    "جمادى",
    "الأولى",
    "الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو",
    "القعدة",
    "الحجة",
];

/// Words that make a nearby agency name a citation.
const NEAR_CUES: &[&str] = &[
    "نقلت",
    "نقل",
    "نقلا",
    "ذكرت",
    "ذكر",
    "أفادت",
    "أفاد",
    "أوردت",
    "أورد",
    "قالت",
    "قال",
    "بثت",
    "بث",
    "نشرت",
    "بحسب",
    "حسب",
    "حسبما",
    "وفقا",
    "وفق",
    "طبقا",
    "تصريح",
    "تصريحات",
    "حديث",
    "مقابلة",
    "صرح",
    "أكد",
    "أكدت",
    "أوضح",
    "أوضحت",
    "أضاف",
    "أضافت",
    "كشف",
    "كشفت",
    "أشار",
    "أشارت",
    "وكالة",
    "قناة",
    "شبكة",
    "صحيفة",
    "موقع",
    "تلفزيون",
    "إذاعة",
    "فضائية",
    "أعلنت",
    "أعلن",
    "استنادا",
];
/// Words that, right before an ambiguous name, make it a citation.
const ADJACENT_CUES: &[&str] = &[
    "وكالة",
    "قناة",
    "شبكة",
    "صحيفة",
    "موقع",
    "تلفزيون",
    "إذاعة",
    "فضائية",
    "راديو",
    "نقلت",
    "ذكرت",
    "أفادت",
    "أوردت",
    "بثت",
    "نشرت",
    "بحسب",
    "حسب",
    "حسبما",
    "وفقا",
    "وفق",
    "طبقا",
    "استنادا",
    "نقلا",
];
/// Speech words that make `لـ<name>` (`قال للجزيرة`) a citation.
const SPEECH_CUES: &[&str] = &[
    "قال",
    "قالت",
    "تصريح",
    "تصريحات",
    "حديث",
    "مقابلة",
    "صرح",
    "أكد",
    "أكدت",
    "أوضح",
    "أوضحت",
    "أضاف",
    "أضافت",
    "كشف",
    "كشفت",
    "أشار",
    "أشارت",
    "وفقا",
    "طبقا",
    "استنادا",
    "نقلا",
    "متحدثا",
    "مؤكدا",
];
const CAPTION_MARKS: &[&str] = &[
    "التعليق على الصورة",
    "مصدر الصورة",
    "(الصورة",
    "الصورة:",
    "صورة أرشيفية",
    "(أرشيف",
    "أرشيفية)",
    "(getty",
    "(afp",
    "صورة:",
];
const AUTHOR_OPENINGS: &[&str] =
    &["بقلم", "نص بقلم", "نص:", "كتب:", "كتبت:", "كتب ", "كتبت ", "إعداد", "تحرير", "بواسطة", "by "];
/// A byline part that names who wrote or edited the story, not where
/// (`كتب: وكالات`, `إعداد - X`, `نشر بواسطة: X`).
const AUTHOR_WORDS: &[&str] = &[
    "كتب",
    "كتبت",
    "كتبه",
    "إعداد",
    "اعداد",
    "تحرير",
    "بقلم",
    // `نص بقلم: X` (text by X), as broadcasters' sites print it
    "نص بقلم",
    "نص",
    "بواسطة",
    "نشر بواسطة",
    "ترجمة",
    "متابعة",
    "متابعات",
    "تقرير",
    "by",
];
const SOURCE_CUES: &[&str] =
    &["المصدر", "المصادر", "مصدر", "source", "sources", "المصدر والصور", "النص من", "نقلا عن", "عن"];
const COPYRIGHT: &[&str] =
    &["حقوق النشر محفوظة", "جميع الحقوق محفوظة", "حقوق الطبع محفوظة", "حقوق الطبع والنشر محفوظة", "©", "copyright"];

fn folded(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| fold(s)).collect()
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut agencies = Vec::new();
    let mut pats = Vec::new();
    let mut texts: Vec<String> = Vec::new();
    let mut exact = WordMap::default();
    let mut mastheads = WordSet::default();
    let agency_word = fold("وكالة ");
    for row in TABLE.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let cells: Vec<&str> = row.split('\t').map(str::trim).collect();
        let [kind, amb, names, rest @ ..] = cells.as_slice() else { continue };
        let idx = agencies.len();
        let country = rest.first().copied().filter(|c| !c.is_empty());
        let kind = if *kind == "wire" { Kind::Wire } else { Kind::Media };
        agencies.push(Agency { kind, ambiguous: *amb == "1", country });
        for name in names.split('|').map(str::trim).filter(|n| !n.is_empty()) {
            let f = fold(name);
            if kind != Kind::Wire {
                if let Some(core) = masthead_core(&f) {
                    mastheads.insert(core.to_string());
                } else if *amb != "1" {
                    mastheads.insert(f.clone());
                }
            }
            let with_agency_word = f.starts_with(&agency_word);
            exact.entry(f.strip_prefix(&agency_word).unwrap_or(&f).to_string()).or_insert(idx);
            exact.entry(f.clone()).or_insert(idx);
            if let Some(rest) = f.strip_prefix("ال") {
                texts.push(format!("لل{rest}"));
                pats.push(Pat { agency: idx, merged_lam: true, with_agency_word });
            }
            texts.push(f);
            pats.push(Pat { agency: idx, merged_lam: false, with_agency_word });
        }
    }
    // a contiguous NFA, not the crate's usual DFA: it is searched only on
    // the few lines where a word opens a name (see `Heads`), and a DFA of
    // every name costs more to build than those searches save
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .build(&texts)
        .expect("the agency automaton builds");
    // `وكالة` alone opens a name too: an unlisted agency quoted after it
    // (`وكالة "X"`) is read in the same window
    let agency_word = fold("وكالة");
    let names = Heads::new(texts.iter().map(String::as_str).chain([agency_word.as_str()]));
    // a section label is never a masthead (`الأخبار` of `الأخبار اللبنانية`)
    let labels = folded(LABELS);
    mastheads.retain(|m| !labels.contains(m));
    let source_cues = folded(SOURCE_CUES);
    let more = folded(&["وكالة ", "ووكالات", "والوكالات", "خاص", "حصري"]);
    let credits = Heads::new(exact.keys().chain(&more).chain(&source_cues).map(String::as_str));
    Tables {
        agencies,
        pats,
        ac,
        exact_max: exact.keys().map(String::len).max().unwrap_or(0),
        exact_max_words: exact.keys().map(|k| k.split_whitespace().count()).max().unwrap_or(0),
        exact,
        labels,
        mastheads,
        weekday_set: folded(WEEKDAYS).into_iter().collect(),
        date_vocab: folded(WEEKDAYS).into_iter().chain(folded(DATE_WORDS)).collect(),
        cue_vocab: folded(PUBLISH_CUES).into_iter().chain(folded(UPDATE_CUES)).collect(),
        cue_first_words: folded(PUBLISH_CUES)
            .into_iter()
            .chain(folded(UPDATE_CUES))
            .filter_map(|c| c.split(|ch: char| !is_word_char(ch)).next().map(str::to_string))
            .collect(),
        publish_cues: folded(PUBLISH_CUES),
        update_cues: folded(UPDATE_CUES),
        near_cues: folded(NEAR_CUES),
        adjacent_cues: folded(ADJACENT_CUES),
        speech_cues: folded(SPEECH_CUES),
        caption_marks: crate::text::automaton(folded(CAPTION_MARKS), MatchKind::Standard),
        author_openings: folded(AUTHOR_OPENINGS),
        author_words: folded(AUTHOR_WORDS).into_iter().collect(),
        source_cues,
        copyright: folded(COPYRIGHT),
        copyright_any: crate::text::automaton(folded(COPYRIGHT), MatchKind::Standard),
        names,
        credits,
    }
});

/// The name a paper's masthead prints, from a listed name that adds a
/// qualifier for running text: a leading `صحيفة`/`جريدة` or a trailing
/// nisba adjective of place (`الإماراتية`, `اللندنية`).
fn masthead_core(folded_name: &str) -> Option<&str> {
    let (first, rest) = folded_name.split_once(' ')?;
    if MASTHEAD_PREFIXES.iter().any(|p| fold(p) == first) && !rest.contains(' ') {
        return Some(rest);
    }
    let (core, last) = folded_name.rsplit_once(' ')?;
    // a nisba on a definite noun: `ال…يه` once folded
    (last.starts_with("ال") && last.ends_with("يه") && !core.contains(' ')).then_some(core)
}

/// Words naming a paper's kind before its name.
const MASTHEAD_PREFIXES: &[&str] = &["صحيفة", "جريدة"];

/// A clitic letter (`و ف ب ل ك`) as the two bytes at `i`.
fn clitic_at(w: &[u8], i: usize) -> bool {
    matches!(w.get(i..i + 2), Some([0xD9, 0x88 | 0x81 | 0x84 | 0x83] | [0xD8, 0xA8]))
}

/// Could [`cite_in`] find a name in this folded range of whole words? Only
/// where a word, behind at most two clitics, opens a name.
/// The folded range the search needs: from the start of the first such
/// word (no name the search would keep opens before it) to the longest
/// name's length past the start of the last (every match the search meets
/// up to that start ends inside; past it none is kept).
#[inline(never)]
fn may_cite(doc: &Doc, r: Range<usize>) -> Option<Range<usize>> {
    let t = &*TABLES;
    let h = &t.names;
    if h.anywhere {
        return Some(r);
    }
    let text = doc.text();
    let bytes = text.as_bytes();
    // the line's words read straight off the document's, lazily: most
    // lines open no name, and each word is turned away by the quick test
    let toks = doc.tokens.get(doc.token_at(r.start)..).unwrap_or_default();
    let mut k = 0;
    let first = loop {
        let w = toks.get(k)?;
        if w.end > r.end {
            return None;
        }
        k += 1;
        let Some(b) = bytes.get(w.start..w.end) else { continue };
        if h.may_open_behind_clitics(b) && h.opens_name_checked(text, w, b, r.end) {
            break w.start;
        }
    };
    // the last word opening one, from the line's end back
    let rest = toks.get(k..).unwrap_or_default();
    let rest = &rest[..rest.partition_point(|w| w.end <= r.end)];
    let last = rest.iter().rev().find(|w| h.opens_name(text, w, r.end)).map_or(first, |w| w.start);
    Some(first..(last + t.ac.max_pattern_len()).min(r.end))
}

/// Could a part of this folded range be a credit or a source cue? Such a
/// part is quoted (`عدن: «الأيام»`), or once stripped is a text of
/// [`Tables::credits`] opening a word, or opens with `وكالات`.
fn may_credit(doc: &Doc, r: Range<usize>) -> bool {
    let h = &TABLES.credits;
    let text = doc.text();
    h.anywhere
        || text.get(r.clone()).is_some_and(|s| s.contains(['«', '"', '»']))
        || doc
            .words(r.clone())
            .iter()
            .any(|w| h.opens(text, w.clone(), r.end) || text.get(w.clone()).is_some_and(|s| s.starts_with("وكالات")))
}

// ---------------------------------------------------------------- lines

fn is_word_char(c: char) -> bool {
    crate::text::is_word_char(c)
}

/// [`char::is_whitespace`], with the Arabic block answered before the
/// Unicode tables are asked: most characters read here are Arabic letters.
#[inline]
fn is_space(c: char) -> bool {
    match c {
        '\t'..='\r' | ' ' => true,
        c if c.is_ascii() || ('\u{0600}'..='\u{06FF}').contains(&c) => false,
        c => c.is_whitespace(),
    }
}

/// [`words`], counting no further than `cap`: every caller compares the
/// count with a small bound, and a paragraph has hundreds of words.
fn words_upto(s: &str, cap: usize) -> usize {
    // one pass over the characters, the same count as
    // `split_whitespace().filter(|w| w.chars().any(is_word_char)).count()`
    let mut n = 0;
    let mut counted = false;
    let mut rest = s;
    while let Some(&lead) = rest.as_bytes().first() {
        // inside a counted word only a space matters, and no letter of the
        // Arabic block (lead byte D8 to DB) is one: step over it unread
        if counted && (0xD8..=0xDB).contains(&lead) {
            rest = rest.get(2..).unwrap_or("");
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        rest = &rest[c.len_utf8()..];
        if is_space(c) {
            counted = false;
        } else if !counted && is_word_char(c) {
            n += 1;
            if n >= cap {
                break;
            }
            counted = true;
        }
    }
    n
}

/// At least four ASCII digits in `s` (folding made every digit ASCII),
/// counting no further than the fourth.
fn four_digits(s: &str) -> bool {
    // eight bytes at a time: most header and footer lines hold no digit
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut n = 0;
    let mut chunks = s.as_bytes().chunks_exact(8);
    for c in &mut chunks {
        let y = u64::from_le_bytes(c.try_into().unwrap_or_default()) ^ 0x3030_3030_3030_3030;
        // high bit of a byte set where it is not '0'..='9' (the byte xor
        // '0' is 10 or more, or has its own high bit); no carry crosses bytes
        let not_digit = (((y & LOW7) + 0x7676_7676_7676_7676) | y) & HIGH;
        n += 8 - not_digit.count_ones();
        if n >= 4 {
            return true;
        }
    }
    n + chunks.remainder().iter().filter(|b| b.is_ascii_digit()).count() as u32 >= 4
}

fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| is_space(c) || matches!(c, '"' | '»' | ')' | '\''));
    t.ends_with(['.', '!', '?', '؟', '۔', '…'])
}

/// Original text of a folded range, trimmed.
fn original<'a>(doc: &Doc<'a>, r: Range<usize>) -> &'a str {
    let sp = doc.span(r);
    doc.input.get(sp.start..sp.end).unwrap_or("").trim()
}

fn line_text<'d>(doc: &'d Doc, i: usize) -> &'d str {
    doc.lines.get(i).and_then(|l| doc.text().get(l.range.clone())).unwrap_or("")
}

/// [`words_upto`] of line `i`, read off the document's words: two words
/// with no whitespace between them (`أ.ف.ب`, `10:27`) are one.
fn line_words_upto(doc: &Doc, i: usize, cap: usize) -> usize {
    let Some(l) = doc.lines.get(i) else { return 0 };
    let text = doc.text();
    let mut n = 0;
    let mut prev_end = None;
    // [`Doc::words`] of the line, read lazily: the count stops at `cap`, so
    // the line's last word is not searched for
    let toks = &doc.tokens[doc.token_at(l.range.start)..];
    for w in toks.iter().take_while(|w| w.end <= l.range.end) {
        // most gaps open with a plain space
        let apart = prev_end.is_none_or(|e| {
            text.as_bytes().get(e) == Some(&b' ') || text.get(e..w.start).is_some_and(|g| g.chars().any(is_space))
        });
        if apart {
            n += 1;
            if n >= cap {
                break;
            }
        }
        prev_end = Some(w.end);
    }
    n
}

fn is_paragraph(doc: &Doc, i: usize) -> bool {
    let s = line_text(doc, i);
    // a summary bullet under the title (`- المتحدث باسم …: …`) is not yet the text
    if s.starts_with(['-', '•', '*', '▪']) {
        return false;
    }
    let n = line_words_upto(doc, i, 15);
    // `نشر في: … م GST آخر تحديث: …` runs to fifteen words and more and is
    // still the site's date line, not the text
    let t = &*TABLES;
    let dated = |s: &str| {
        let lead = s.trim_start_matches(|c: char| !is_word_char(c));
        // a cue opens the line only where its first word is the line's:
        // one lookup turns away the paragraphs that open otherwise
        let first = lead.split(|c: char| !is_word_char(c)).next().unwrap_or("");
        t.cue_first_words.contains(first)
            && (starts_with_any(lead, &t.publish_cues) || starts_with_any(lead, &t.update_cues))
            && date_line(s).is_some()
    };
    (n >= 15 || (n >= 6 && ends_sentence(s))) && !dated(s)
}

/// Strip quotes, brackets and punctuation from both ends.
fn strip(s: &str) -> &str {
    s.trim_matches(|c: char| is_space(c) || matches!(c, '"' | '\'' | '«' | '»' | '.' | '،' | ',' | '؛' | ';' | '*'))
}

// ---------------------------------------------------------------- dates

/// The folded text with a year suffix `ء` (Urdu-style `2020ء`) blanked, so
/// the dates reader sees a bare year. Same length, same offsets.
fn date_ready(s: &str) -> std::borrow::Cow<'_, str> {
    // most lines hold no `ء` at all: then they are read as they are
    if !s.contains('ء') {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    let mut prev_digit = false;
    for c in s.chars() {
        if c == 'ء' && prev_digit {
            out.push_str("  ");
        } else {
            out.push(c);
        }
        prev_digit = c.is_ascii_digit();
    }
    out.into()
}

fn absolute_dates(s: &str) -> Vec<(Range<usize>, NaiveDate)> {
    find_folded(&date_ready(s), None).into_iter().filter(|f| !f.relative).map(|f| (f.range, f.date)).collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum DateCue {
    Publish,
    Plain,
    Update,
}

fn starts_with_any(s: &str, list: &[String]) -> bool {
    list.iter()
        .any(|c| s.strip_prefix(c.as_str()).is_some_and(|rest| rest.chars().next().is_none_or(|ch| !is_word_char(ch))))
}

/// A line that is a date and little else: the date, with weekday, time,
/// city or a publication cue beside it.
/// [`date_line`] of each line, read once: the headline search, the zones
/// and the reporter line ask about the same header lines.
/// [`short_parts`] without a cue is kept too: the headline search and the
/// header zone split the same lines.
struct DateLines {
    dates: Vec<Option<Option<(NaiveDate, DateCue)>>>,
    parts: Vec<Option<Option<Vec<Part>>>>,
}

impl DateLines {
    fn new(doc: &Doc) -> Self {
        DateLines { dates: vec![None; doc.lines.len()], parts: vec![None; doc.lines.len()] }
    }

    fn get(&mut self, doc: &Doc, i: usize) -> Option<(NaiveDate, DateCue)> {
        match self.dates.get(i) {
            Some(Some(known)) => *known,
            _ => {
                let found = date_line(line_text(doc, i));
                if let Some(slot) = self.dates.get_mut(i) {
                    *slot = Some(found);
                }
                found
            }
        }
    }

    /// [`short_parts`] of line `i` without a cue, split once.
    fn parts(&mut self, doc: &Doc, i: usize) -> Option<&[Part]> {
        let slot = self.parts.get_mut(i)?;
        slot.get_or_insert_with(|| short_parts(doc, i, false)).as_deref()
    }

    /// [`short_parts`] of line `i`, taken out of the cache when split before.
    fn take_parts(&mut self, doc: &Doc, i: usize, cue: bool) -> Option<Vec<Part>> {
        match self.parts.get_mut(i).and_then(Option::take) {
            Some(known) if !cue => known,
            _ => short_parts(doc, i, cue),
        }
    }
}

fn date_line(line: &str) -> Option<(NaiveDate, DateCue)> {
    let t = &*TABLES;
    // every absolute date the dates reader returns without a reference has
    // a four-digit year: a line with fewer digits has none
    if !four_digits(line) {
        return None;
    }
    let found = absolute_dates(line);
    // beside a Hijri date the Gregorian one is what the site means: prefer a
    // date written with a Gregorian year
    let gregorian = |r: &Range<usize>| {
        line.get(r.clone()).is_some_and(|t| {
            t.split(|c: char| !c.is_ascii_digit()).any(|n| n.len() == 4 && n.parse::<u32>().is_ok_and(|y| y >= 1800))
        })
    };
    let (_, first) = found.iter().find(|(r, _)| gregorian(r)).or(found.first())?.clone();
    let lead = line.trim_start_matches(|c: char| !is_word_char(c));
    let cue = if starts_with_any(lead, &t.update_cues) {
        DateCue::Update
    } else if starts_with_any(lead, &t.publish_cues) {
        DateCue::Publish
    } else {
        DateCue::Plain
    };
    let mut unknown = 0;
    let mut at = 0;
    let mut rest = String::new();
    for (r, _) in &found {
        rest.push_str(line.get(at..r.start).unwrap_or(""));
        rest.push(' ');
        at = r.end.max(at);
    }
    rest.push_str(line.get(at..).unwrap_or(""));
    for w in rest.split(|c: char| is_space(c) || matches!(c, '|' | '/' | '-' | ',' | '،' | ':' | '(' | ')')) {
        let w = strip(w);
        if w.is_empty()
            || w.chars().any(|c| c.is_ascii_digit())
            || w.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
            || t.date_vocab.contains(w)
            || t.cue_vocab.contains(w)
            || w.strip_prefix('و').is_some_and(|d| t.weekday_set.contains(d))
        {
            continue;
        }
        unknown += 1;
    }
    let limit = if cue == DateCue::Plain { 2 } else { 6 };
    (unknown <= limit).then_some((first, cue))
}

/// A letter outside ASCII; Arabic letters without a table lookup.
fn non_ascii_letter(c: char) -> bool {
    !c.is_ascii() && (('\u{0620}'..='\u{064A}').contains(&c) || c.is_alphabetic())
}

/// Digits with at most two words beside them: a date line the dates reader
/// may not know (`2020.10.02 | 10:27 دمشق`). Never a headline.
fn dateish(line: &str) -> bool {
    four_digits(line) && line.split_whitespace().filter(|w| w.chars().any(non_ascii_letter)).count() <= 2
}

// ---------------------------------------------------------------- bylines

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PartKind {
    Cue,
    Known(usize),
    /// `وكالات`, or an unlisted `وكالة …`.
    Generic,
    Exclusive,
    DateTime,
    Unknown(usize),
}

#[derive(Debug, Clone)]
struct Part {
    /// Folded range, stripped.
    range: Range<usize>,
    kind: PartKind,
    quoted: bool,
    in_paren: bool,
    /// The separator after the part (`None` at the end).
    sep: Option<char>,
}

fn is_sep(c: char) -> bool {
    matches!(c, '-' | 'ـ' | '|' | '/' | ':' | '+' | '۔' | '(' | ')' | '،' | ',' | '[' | ']' | '\\' | '؛' | '•')
}

/// Split a folded string at separators into parts (ranges relative to `base`),
/// handing each to `emit` in order until it returns `false`.
/// A separator between two digits (`10:27`, `06-10-2020`) does not split.
/// `gap(i)`: the space at folded offset `i` stands beside a tatweel used as a
/// dash (`إسطنبول ـ وكالات`), which folding dropped.
fn split_parts(
    s: &str,
    base: usize,
    gap: impl Fn(usize) -> bool,
    mut emit: impl FnMut(Range<usize>, bool, Option<char>) -> bool,
) {
    let mut start = 0;
    let mut depth = 0u32;
    let mut start_depth = 0u32;
    let mut last = None;
    let bytes = s.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // a letter of the Arabic block (lead byte D8 to DB) is no space and,
        // but for `ـ ۔ ، ؛`, no separator: step over a run of them unread
        let run = at;
        while let Some(&[lead @ 0xD8..=0xDB, second]) = bytes.get(at..at + 2) {
            if matches!((lead, second), (0xD9, 0x80) | (0xDB, 0x94) | (0xD8, 0x8C | 0x9B)) {
                break;
            }
            at += 2;
        }
        if at > run {
            last = s.get(..at).and_then(|h| h.chars().next_back());
        }
        let Some(c) = s.get(at..).and_then(|r| r.chars().next()) else { break };
        let i = at;
        let width = c.len_utf8();
        at += width;
        let prev = last.replace(c);
        let next = s.get(at..).and_then(|r| r.chars().next());
        let c = if is_space(c) && gap(base + i) { 'ـ' } else { c };
        // `بوغوتا - سبوتنيك. بدأ …`: a full stop after a word ends a credit
        let c =
            if c == '.' && next.is_some_and(is_space) && prev.is_some_and(crate::text::is_word_char) { '-' } else { c };
        if !is_sep(c) {
            continue;
        }
        if prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit()) {
            continue;
        }
        if !emit(base + start..base + i, start_depth > 0, Some(c)) {
            return;
        }
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        start = i + width;
        start_depth = depth;
    }
    emit(base + start..base + s.len(), start_depth > 0, None);
}

fn classify_part(f: &str) -> PartKind {
    let t = &*TABLES;
    let s = strip(f);
    if t.source_cues.iter().any(|c| c == s) {
        return PartKind::Cue;
    }
    let bare = s.strip_prefix("وكاله ").unwrap_or(s);
    let bare = bare.strip_suffix(" للانباء").unwrap_or(bare);
    // a part longer than every listed name (a lead's first clause) is none
    let lookup = |k: &str| if k.len() <= t.exact_max { t.exact.get(k) } else { None };
    if let Some(&i) = lookup(bare).or_else(|| lookup(s)) {
        return PartKind::Known(i);
    }
    // a listed site or paper with the words a site adds to its name
    // (`بوابة الأهرام`, `النهار أونلاين`, `الجزيرة مباشر`... `موقع X`)
    if let Some(i) =
        site_form(s).and_then(lookup).filter(|&&i| t.agencies.get(i).is_some_and(|a| a.kind == Kind::Media))
    {
        return PartKind::Known(*i);
    }
    if s.starts_with("وكالات") || s.starts_with("وكاله ") {
        return PartKind::Generic;
    }
    if s == "خاص" || s == "حصري" || s.starts_with("خاص ب") {
        return PartKind::Exclusive;
    }
    if s.bytes().any(|c| c.is_ascii_digit()) || s.split_whitespace().all(|w| t.date_vocab.contains(w)) {
        return PartKind::DateTime;
    }
    // every reader compares the count with five or less
    PartKind::Unknown(words_upto(s, UNKNOWN_CAP))
}

/// Words a site prints before its name (`بوابة الأهرام`).
const SITE_PREFIXES: &[&str] = &["بوابه ", "موقع ", "صحيفه ", "جريده ", "قناه ", "شبكه ", "اذاعه ", "تلفزيون "];
/// Words a site prints after its name (`النهار أونلاين`, `X عربية`).
const SITE_SUFFIXES: &[&str] = &[
    " اونلاين",
    " اون لاين",
    " نت",
    " نيوز",
    " عربيه",
    " عربي",
    " بالعربيه",
    " الاخباري",
    " الاخباريه",
    " الالكترونيه",
    " الالكتروني",
    " اليوم",
    " 24",
];

/// The folded name inside a site's form of it: `بوابه الاهرام` → `الاهرام`.
fn site_form(s: &str) -> Option<&str> {
    SITE_PREFIXES
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .or_else(|| SITE_SUFFIXES.iter().find_map(|x| s.strip_suffix(x)))
        .map(str::trim)
        .filter(|n| !n.is_empty())
}

/// A header line with the shape of a site's name (`X أونلاين`, `بوابة X`,
/// `DW عربية`): one to three words, one of them a site's added word or an
/// acronym in capitals, no digits but a trailing `24`.
fn site_shaped(doc: &Doc, r: Range<usize>) -> bool {
    let Some(f) = doc.text().get(r.clone()) else { return false };
    let words = words_upto(f, 4);
    if !(1..=3).contains(&words) || f.contains(['«', '"', '»', ':']) {
        return false;
    }
    let affix = words >= 2 && site_form(f).is_some();
    let acronym = original(doc, r)
        .split_whitespace()
        .any(|w| (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()));
    affix || (acronym && !f.bytes().any(|b| b.is_ascii_digit()))
}

/// Words counted in an unknown part: more than five make no byline.
const UNKNOWN_CAP: usize = 6;

fn parts(doc: &Doc, r: Range<usize>) -> Vec<Part> {
    parts_while(doc, r, |_| true)
}

/// The parts of a folded range, up to and including the first one `keep`
/// turns down: a lead is read only as far as it can go on.
fn parts_while(doc: &Doc, r: Range<usize>, mut keep: impl FnMut(&Part) -> bool) -> Vec<Part> {
    let text = doc.text();
    let mut out = Vec::new();
    let Some(s) = text.get(r.clone()) else { return out };
    // most lines print no tatweel at all: then no space stands beside one
    let before = text.get(..r.start).and_then(|h| h.chars().next_back()).map_or(0, char::len_utf8);
    let sp = doc.span(r.start - before..r.end);
    let any_tatweel = doc.input.get(sp.start..sp.end).is_some_and(|o| o.contains('ـ'));
    let tatweel = |i: usize| {
        if !any_tatweel {
            return false;
        }
        let around = |a: usize, b: usize| {
            let sp = doc.span(a..b);
            doc.input.get(sp.start..sp.end).is_some_and(|o| o.contains('ـ'))
        };
        let prev = text.get(..i).and_then(|h| h.chars().next_back()).map_or(0, char::len_utf8);
        around(i, i + 1) || (prev > 0 && around(i - prev, i))
    };
    split_parts(s, r.start, tatweel, |pr, in_paren, sep| {
        let Some(raw) = text.get(pr.clone()) else { return true };
        let quoted = raw.contains(['«', '"', '»']);
        let inner = strip(raw);
        if inner.is_empty() {
            return true;
        }
        // `strip` only trims: `inner` is a subslice of `raw`, no search needed
        let off = inner.as_ptr() as usize - raw.as_ptr() as usize;
        let range = pr.start + off..pr.start + off + inner.len();
        let from = out.len();
        // `اندبندنت عربية ووكالات`: a name and the wires in one part
        let and_wires = inner.strip_suffix(" ووكالات").or_else(|| inner.strip_suffix(" والوكالات"));
        if let Some(name) = and_wires.map(str::trim_end).filter(|n| !n.is_empty()) {
            let wires = range.end - "وكالات".len()..range.end;
            let name_range = range.start..range.start + name.len();
            out.push(Part { kind: classify_part(name), range: name_range, quoted, in_paren, sep: Some('+') });
            out.push(Part { kind: PartKind::Generic, range: wires, quoted: false, in_paren, sep });
        } else {
            out.push(Part { kind: classify_part(inner), range, quoted, in_paren, sep });
        }
        out[from..].iter().all(&mut keep)
    });
    out
}

/// What a byline or source line credits.
#[derive(Debug, Default, Clone)]
struct Byline {
    dateline: Option<String>,
    outlet: Option<String>,
    agencies: Vec<String>,
    dates: Vec<NaiveDate>,
    /// The only credit is a quoted unknown name (`عدن: «الأيام»`), which a
    /// quoted title (`بايدن: «لا حل عسكري»`) also looks like.
    quoted_outlet: bool,
}

/// The printed name of a part: original text without a leading `وكالة`.
fn printed(doc: &Doc, r: Range<usize>) -> String {
    let s = original(doc, r);
    let f = fold(s);
    if f.starts_with("وكاله ") && !f.starts_with("وكاله الانباء") {
        if let Some((_, rest)) = s.split_once(is_space) {
            return strip(rest).to_string();
        }
    }
    strip(s).to_string()
}

/// Read parts as a byline; `cue` when a source cue stands before them.
/// The city printed before a date in the first part of a lead (`الخرطوم 12
/// مايو 2024 -`, `مقديشو 12 مايو 2016 (شينخوا)`): one or two words before the
/// first number, none of them a weekday or date word.
fn city_before_date(doc: &Doc, r: Range<usize>) -> Option<String> {
    let t = &*TABLES;
    let s = doc.text().get(r.clone())?;
    let digit = s.find(|c: char| c.is_ascii_digit())?;
    let head = s.get(..digit)?.trim_end();
    let ws: Vec<&str> = head.split_whitespace().collect();
    let dateish = |w: &&str| t.date_vocab.contains(*w);
    if ws.is_empty() || ws.len() > 2 || ws.iter().any(dateish) || !head.chars().all(|c| c.is_alphabetic() || c == ' ') {
        return None;
    }
    let city = strip(original(doc, r.start..r.start + head.len())).to_string();
    (!city.is_empty()).then_some(city)
}

fn read_byline(doc: &Doc, ps: &[Part], mut cue: bool, lead: bool) -> Option<Byline> {
    let t = &*TABLES;
    let mut b = Byline::default();
    let mut credited = false;
    let paren = ps.first().is_some_and(|p| p.in_paren);
    let mut unknown_seen = 0;
    // the publisher read behind a cue may be a city a dash sets off
    let mut city_first = false;
    for (k, p) in ps.iter().enumerate() {
        match p.kind {
            PartKind::Cue => {
                if k > 0 {
                    return None;
                }
                cue = true;
            }
            PartKind::Known(i) => {
                credited = true;
                let name = printed(doc, p.range.clone());
                let media = t.agencies.get(i).is_some_and(|a| a.kind == Kind::Media);
                if media && b.outlet.is_none() && !paren {
                    b.outlet = Some(name);
                } else if !b.agencies.contains(&name) {
                    b.agencies.push(name);
                }
            }
            PartKind::Generic => {
                credited = true;
                let name = printed(doc, p.range.clone());
                if !b.agencies.contains(&name) {
                    b.agencies.push(name);
                }
            }
            PartKind::Exclusive => credited = true,
            PartKind::DateTime => {
                let found = absolute_dates(&doc.text()[p.range.clone()]);
                if lead && k == 0 && !found.is_empty() {
                    b.dateline = city_before_date(doc, p.range.clone());
                }
                // `جنين 5-7-2023 وفا-`: the credit right after the date
                if let Some(tail) = found.last().map(|(r, _)| p.range.start + r.end..p.range.end) {
                    let name = &doc.text()[tail.clone()];
                    if let PartKind::Known(i) = classify_part(name) {
                        let name = strip(original(doc, tail)).to_string();
                        credited = true;
                        if t.agencies.get(i).is_some_and(|a| a.kind == Kind::Media) && b.outlet.is_none() {
                            b.outlet = Some(name);
                        } else if !b.agencies.contains(&name) {
                            b.agencies.push(name);
                        }
                    }
                }
                b.dates.extend(found.into_iter().map(|(_, d)| d));
            }
            PartKind::Unknown(n) => {
                let folded = doc.text().get(p.range.clone()).unwrap_or("");
                // editors' initials (`ح.ع.ح/ع.ش (رويترز)`) and an author's cue
                // (`كتب: وكالات`, `إعداد - X`) are neither a city nor a credit
                // (`ع. ب / وكالات` splits at the stop: one letter is no city either)
                let letter = folded.chars().count() == 1;
                if is_initials(folded) || letter || (k == 0 && !p.quoted && t.author_words.contains(folded)) {
                    continue;
                }
                // the site's section after its name (`السومرية نيوز/ دوليات`)
                if k > 0 && credited && !p.quoted && t.labels.iter().any(|l| l == strip(folded)) {
                    continue;
                }
                unknown_seen += 1;
                let text = strip(original(doc, p.range.clone())).to_string();
                if cue || (paren && k == 0 && matches!(p.sep, Some('۔' | '/' | '-')) && n <= 5) {
                    // behind `المصادر:` or opening a source parenthesis: the publisher
                    if n > 5 {
                        return None;
                    }
                    match b.outlet.take() {
                        // `المصدر: دبي - البيان`: the first was the city
                        Some(city) if city_first && b.dateline.is_none() => b.dateline = Some(city),
                        Some(_) => return None,
                        None => city_first = n <= 2 && p.sep == Some('-') && !p.quoted,
                    }
                    b.outlet = Some(text);
                } else if p.quoted && k > 0 && n <= 4 && b.outlet.is_none() {
                    b.outlet = Some(text);
                    b.quoted_outlet = !credited;
                    credited = true;
                } else if k == 0 && n <= 2 && !p.quoted {
                    b.dateline = Some(text);
                } else if k == 1 && n == 1 && !p.quoted && b.dateline.is_some() && !credited {
                    // `بانغي - لندن: «الشرق الأوسط»`, `موسكو، تبليسي - …`: a
                    // second city; the first is kept
                    unknown_seen -= 1;
                    continue;
                } else if k > 0
                    && (2..=3).contains(&n)
                    && !p.quoted
                    && b.dateline.is_some()
                    && ps.get(k + 1).is_some_and(|q| q.quoted || matches!(q.kind, PartKind::Known(_)))
                {
                    // `موسكو - رائد جبر، «الحياة»`: the reporter before the credit
                    unknown_seen -= 1;
                    continue;
                } else if k > 0 && n <= 3 && !p.quoted && b.dateline.is_some() && p.sep == Some('/') {
                    // `الخرطوم/ عادل عبد الرحيم/ الأناضول`: the reporter's name
                    continue;
                } else if k > 0 && n == 1 && !p.quoted && p.sep.is_none() && credited && b.dateline.is_none() {
                    // `عنب بلدي - إدلب`, `الحرة / وكالات - دبي`: the city after the
                    // credit; two words or more there are the reporter's name
                    b.dateline = Some(text);
                } else if k > 0 && (2..=3).contains(&n) && !p.quoted && p.sep.is_none() && credited {
                    // `هسبريس - سعيد المرابط`: the reporter after the credit
                    continue;
                } else {
                    return None;
                }
                if unknown_seen > 2 {
                    return None;
                }
            }
        }
    }
    // a lead may give only the city and the day (`الخرطوم 12 مايو 2024 -`)
    let dated_lead = lead && b.dateline.is_some() && !b.dates.is_empty();
    (credited || (cue && b.outlet.is_some()) || dated_lead).then_some(b)
}

/// `City: First Last`: the city of a line that names only a place and a
/// person.
fn reporter_byline(doc: &Doc, i: usize) -> Option<String> {
    let s = line_text(doc, i);
    if s.chars().any(|c| c.is_ascii_digit()) || is_author(s) {
        return None;
    }
    let ps = parts(doc, doc.lines.get(i)?.range.clone());
    match ps.as_slice() {
        [city, name]
            if city.sep == Some(':')
                && !city.quoted
                && !name.quoted
                && matches!(city.kind, PartKind::Unknown(1..=2))
                && matches!(name.kind, PartKind::Unknown(2..=4)) =>
        {
            Some(strip(original(doc, city.range.clone())).to_string())
        }
        _ => None,
    }
}

/// The parts of a line short enough to be a byline or a source line (ten
/// words at most); `None` for a longer one. Split once, read as both.
/// Without `cue` (no source cue on the line above), a line that names no
/// credit and no cue is not split: nothing in it could be read.
fn short_parts(doc: &Doc, i: usize, cue: bool) -> Option<Vec<Part>> {
    let l = doc.lines.get(i)?;
    (line_words_upto(doc, i, 11) <= 10 && (cue || may_credit(doc, l.range.clone())))
        .then(|| parts(doc, l.range.clone()))
}

/// The opening of a paragraph read as a byline (`بيروت (رويترز) -`,
/// `( X ۔ / سبوتنيك - date)`): the byline and the folded offset where the
/// article text begins.
fn byline_lead(doc: &Doc, i: usize) -> Option<(Byline, usize)> {
    let l = doc.lines.get(i)?;
    let text = doc.text();
    let mut end = (l.range.start + 300).min(l.range.end);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    // most paragraphs open with a clause, not a credit: read the first
    // part alone, and split the opening only when it can go on
    if first_part_stops(doc, l.range.start..end) {
        return None;
    }
    let goes_on = |p: &Part| {
        let ok = match p.kind {
            PartKind::Unknown(n) => p.in_paren && n <= 5 || n <= 2 || p.quoted && n <= 4,
            PartKind::Cue => false,
            _ => true,
        };
        ok && p.sep.is_some()
    };
    let ps = parts_while(doc, l.range.start..end, goes_on);
    let mut take = ps.iter().take_while(|p| goes_on(p)).count();
    // a lead ends at a credit: drop trailing unknown words
    while take > 0 && matches!(ps[take - 1].kind, PartKind::Unknown(_)) {
        take -= 1;
    }
    let head = ps.get(..take)?;
    let b = read_byline(doc, head, false, true)?;
    if b.agencies.is_empty() && b.outlet.is_none() && (b.dateline.is_none() || b.dates.is_empty()) {
        return None;
    }
    let last = head.last()?;
    Some((b, last.range.end + last.sep.map_or(0, char::len_utf8)))
}

/// What a character of the Arabic block (lead byte D8 to DB) is to
/// [`first_part_stops`], by the lead's low two bits and the second byte's
/// low six: 0 unknown, 1 a letter, 2 a separator.
const ARABIC_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut k = 0;
    while k < 256 {
        let cp = 0x0600 + k as u32;
        t[k] = match cp {
            // the letters `is_word_char` takes (tatweel and digits aside:
            // folding drops and rewrites them)
            0x0621..=0x063F | 0x0641..=0x064A | 0x066E..=0x06D3 | 0x06D5 | 0x06FA..=0x06FF => 1,
            // `، ؛ ۔`
            0x060C | 0x061B | 0x06D4 => 2,
            _ => 0,
        };
        k += 1;
    }
    t
};

/// Does the first part of this folded range surely stop a lead (see
/// `goes_on` in [`byline_lead`]): an unknown clause of three words or more
/// (five when quoted), a source cue, or no separator at all? One byte scan
/// finds it where it holds only letters, spaces, quotes and stops; `false`
/// when the scan cannot tell.
fn first_part_stops(doc: &Doc, r: Range<usize>) -> bool {
    let text = doc.text();
    let Some(s) = text.get(r.clone()) else { return false };
    let b = s.as_bytes();
    let mut i = 0;
    // the previous character is a letter; a letter was seen since the last
    // space; the words counted as [`words_upto`] counts them
    let mut prev_letter = false;
    let mut in_word = false;
    let mut words = 0;
    let mut quoted = false;
    let sep = loop {
        let Some(&c) = b.get(i) else { break false };
        let width = match c {
            0xD8..=0xDB => {
                let Some(&d) = b.get(i + 1) else { return false };
                match ARABIC_CLASS[usize::from(c & 3) << 6 | usize::from(d & 0x3F)] {
                    1 => 2,
                    2 if i > 0 => break true,
                    _ => return false,
                }
            }
            b'a'..=b'z' => 1,
            b' ' if i > 0 => {
                i += 1;
                prev_letter = false;
                in_word = false;
                continue;
            }
            b'-' | b'|' | b'/' | b':' | b'+' | b'(' | b')' | b',' | b'[' | b']' | b'\\' if i > 0 => break true,
            // `.` ends a part after a word and before a space
            b'.' if prev_letter && b.get(i + 1) == Some(&b' ') => break true,
            b'.' | b'"' | 0xC2 => {
                let w = match (c, b.get(i + 1)) {
                    (b'.', next) if next.is_none_or(|&n| !n.is_ascii_whitespace()) => 1,
                    (b'"', _) => 1,
                    (0xC2, Some(0xAB | 0xBB)) => 2,
                    _ => return false,
                };
                quoted |= c != b'.';
                i += w;
                prev_letter = false;
                continue;
            }
            _ => return false,
        };
        if !in_word {
            words += 1;
        }
        prev_letter = true;
        in_word = true;
        i += width;
    };
    // a space beside a tatweel (dropped by folding) splits too
    let before = text.get(..r.start).and_then(|h| h.chars().next_back()).map_or(0, char::len_utf8);
    let sp = doc.span(r.start - before..r.start + i);
    if doc.input.get(sp.start..sp.end).is_none_or(|o| o.contains('ـ')) {
        return false;
    }
    // no separator before the end: the part has none after it
    if !sep {
        return true;
    }
    let inner = strip(&s[..i]);
    if inner.is_empty() || inner.ends_with(" ووكالات") || inner.ends_with(" والوكالات") {
        return false;
    }
    let most = if quoted { 4 } else { 2 };
    // a clause longer than any listed name, even with `وكالة` and
    // `للأنباء` around it, is unknown unless it opens like a credit or is
    // all date words
    let t = &*TABLES;
    if words > most.max(t.exact_max_words + 2)
        && !inner.starts_with("وكال")
        && !inner.starts_with("خاص ب")
        && !inner.split_whitespace().all(|w| t.date_vocab.contains(w))
    {
        return true;
    }
    match classify_part(inner) {
        PartKind::Unknown(n) => n > most,
        PartKind::Cue => true,
        _ => false,
    }
}

/// `حقوق النشر محفوظة لـ X`, `© 2024 X`: the publisher.
fn copyright(doc: &Doc, i: usize) -> Option<String> {
    let t = &*TABLES;
    let l = doc.lines.get(i)?;
    let s = line_text(doc, i);
    // every cue holds `©`, `copyright` or `محفوظ`: a byte search rules most lines out
    if !(s.contains('©') || s.contains("copyright") || s.contains("محفوظ")) || !t.copyright_any.is_match(s) {
        return None;
    }
    let (at, len) = t.copyright.iter().find_map(|c| s.find(c.as_str()).map(|a| (a, c.len())))?;
    let mut from = at + len;
    let rest = s.get(from..)?;
    // skip years, punctuation and the preposition `لـ`
    let skip = rest
        .char_indices()
        .find(|&(_, c)| !(is_space(c) || c.is_ascii_digit() || matches!(c, '-' | ':' | '©' | '.' | ',' | '،')))
        .map_or(rest.len(), |(k, _)| k);
    from += skip;
    let rest = s.get(from..)?;
    let rest = if let Some(r) = rest.strip_prefix("ل ") {
        from += "ل ".len();
        r
    } else if rest.starts_with('ل') && !rest.starts_with("لل") {
        from += 'ل'.len_utf8();
        &rest['ل'.len_utf8()..]
    } else {
        rest
    };
    let stop = rest.find(['|', '-', '(', '.', '،', ',', '©']).unwrap_or(rest.len());
    let name = rest.get(..stop)?.trim_end_matches(|c: char| is_space(c) || c.is_ascii_digit());
    if !name.chars().any(char::is_alphabetic) || words_upto(name, 6) > 5 || name.contains("محفوظ") {
        return None;
    }
    let a = l.range.start + from;
    // `مؤسسة الأهرام`, `لليوم السابع`: the listed name that ends it (not
    // `النهار` in `النهار الجديد`); a wire service's copyright is the agency
    // already credited
    if let Some((agency, name)) = known_in(doc, a..a + name.len()) {
        return (t.agencies.get(agency)?.kind == Kind::Media).then_some(name);
    }
    let out = strip(original(doc, a..a + name.len())).to_string();
    (!out.is_empty()).then_some(out)
}

/// A listed name that ends a folded range, as printed (`لليوم السابع` → `اليوم السابع`).
fn known_in(doc: &Doc, r: Range<usize>) -> Option<(usize, String)> {
    let t = &*TABLES;
    let s = doc.text().get(r.clone())?;
    t.ac.find_iter(s).find_map(|m| {
        let pat = t.pats.get(m.pattern().as_usize())?;
        let before = s[..m.start()].chars().next_back();
        if before.is_some_and(is_word_char) || !s[m.end()..].trim().is_empty() {
            return None;
        }
        let a = r.start + m.start();
        let name = if pat.merged_lam {
            format!("ال{}", original(doc, a + "لل".len()..r.start + m.end()))
        } else {
            original(doc, a..r.start + m.end()).to_string()
        };
        Some((pat.agency, name))
    })
}

// ---------------------------------------------------------------- headline

fn is_caption(s: &str) -> bool {
    // every mark holds `صوره`, `ارشيف`, `(getty` or `(afp`: byte searches rule most lines out
    (s.contains("صوره") || s.contains("ارشيف") || s.contains("(getty") || s.contains("(afp"))
        && TABLES.caption_marks.is_match(s)
}

/// Editors' initials at a story's foot (`ح.ع.ح`, `ع.ش`, `م.ا.ب`): letters
/// in runs of one or two, joined by full stops.
fn is_initials(s: &str) -> bool {
    let mut run = 0;
    let mut dots = 0;
    for c in s.chars() {
        if c == '.' {
            if run == 0 {
                return false;
            }
            dots += 1;
            run = 0;
        } else if is_word_char(c) && !c.is_ascii_digit() {
            run += 1;
            if run > 2 {
                return false;
            }
        } else {
            return false;
        }
    }
    dots > 0 && run <= 2
}

fn is_author(s: &str) -> bool {
    TABLES.author_openings.iter().any(|m| s.starts_with(m.as_str())) && words_upto(s, 7) <= 6
}

/// `الرئيسية > أخبار > سياسة`, `أخبار عاجلة | عربي ودولي`: a trail of
/// short page names, three or more, or two that open with the home page
/// or are both section labels.
fn is_breadcrumb(s: &str) -> bool {
    // one pass, no vector: most lines are a single piece
    let (mut count, mut home, mut short, mut labels) = (0, false, true, true);
    for (k, p) in s.split(['>', '»', '›', '/', '|']).enumerate() {
        if k == 0 {
            home = strip(p) == "الرييسيه" || strip(p) == "home";
        }
        count += 1;
        short = short && words_upto(p, 4) <= 3;
        labels = labels && is_label(p.trim());
    }
    (count >= 3 || (home || labels) && count >= 2) && short
}

/// Two section labels in one line (`سياسة - أفريقيا`, `أخبار وتقارير`),
/// or a label and a country's page (`أخبار | السودان`).
fn labels_pair(s: &str) -> bool {
    let mut parts = s.split(['-', '|', '/', '،']).map(str::trim).filter(|p| !p.is_empty());
    match (parts.next(), parts.next(), parts.next()) {
        (Some(a), Some(b), None) => is_label(a) && (is_label(b) || words_upto(b, 3) <= 2),
        // `أخبار وتقارير`: two labels joined by و
        (Some(a), None, None) => {
            a.split_once(" و").is_some_and(|(x, y)| !x.contains(' ') && !y.contains(' ') && is_label(x) && is_label(y))
        }
        _ => false,
    }
}

fn is_label(s: &str) -> bool {
    let s = strip(s);
    TABLES.labels.iter().any(|l| l == s)
}

/// Lines that can never be the title.
fn not_title(doc: &Doc, i: usize, dl: &mut DateLines) -> bool {
    let s = line_text(doc, i);
    dateish(s)
        || dl.get(doc, i).is_some()
        || is_caption(s)
        || is_author(s)
        || is_label(s)
        || is_breadcrumb(s)
        || dl.parts(doc, i).is_some_and(|ps| {
            read_byline(doc, ps, false, false).is_some_and(|b| !b.quoted_outlet || !b.agencies.is_empty())
                || ps.iter().any(|p| p.kind == PartKind::Cue)
        })
        || copyright(doc, i).is_some()
}

fn find_headline(doc: &Doc, dl: &mut DateLines) -> Option<usize> {
    // the first four body lines that could be a title, found lazily: the
    // next one is asked for only when the current one is short enough to
    // be a section label, so the article's paragraphs are rarely read here
    let mut lines = doc.lines.iter().enumerate();
    let mut next_eligible = move |dl: &mut DateLines| {
        lines.by_ref().find(|(i, l)| l.kind == LineKind::Body && !not_title(doc, *i, dl)).map(|(i, _)| i)
    };
    let title_like = |i: usize| {
        let s = line_text(doc, i);
        let n = line_words_upto(doc, i, 36);
        (2..=35).contains(&n) && !(n >= 15 && ends_sentence(s))
    };
    let mut cur = next_eligible(dl);
    // the first of a run of short lines: the title when no longer one follows
    let mut first_short = None;
    for k in 0..4 {
        let i = cur?;
        let n = line_words_upto(doc, i, 36);
        let next = if k < 3 && n <= 3 { next_eligible(dl) } else { None };
        // a short line above a title is a section label; so is a stack of
        // them (`العالم العربي` over `الصومال` over the title)
        if n <= 3 && next.is_some_and(|j| line_words_upto(doc, j, 4) >= 4 && title_like(j)) {
            first_short = None;
            cur = next;
            continue;
        }
        if n <= 3 && next.is_some_and(|j| line_words_upto(doc, j, 4) <= 3) {
            first_short = first_short.or(Some(i));
            cur = next;
            continue;
        }
        return first_short.or_else(|| (n <= 35).then_some(i));
    }
    first_short
}

// ---------------------------------------------------------------- cited

fn prev_word(s: &str, end: usize) -> Option<(usize, &str)> {
    let head = s.get(..end)?;
    let head = head.trim_end_matches(|c: char| is_space(c) || matches!(c, '"' | '«' | '\'' | '('));
    let start =
        head.rfind(|c: char| !is_word_char(c)).map_or(0, |k| k + head[k..].chars().next().map_or(1, char::len_utf8));
    let w = head.get(start..)?;
    (!w.is_empty()).then_some((start, w))
}

/// `w` is one of `list`, possibly behind a conjunction or preposition clitic.
fn is_cue(w: &str, list: &[String]) -> bool {
    // the word and what is left behind each clitic it opens with (most
    // words open with none), each looked for in the list once
    let in_list = |x: &str| list.iter().any(|c| c == x);
    in_list(w) || ["و", "ف", "ل", "ب", "ول", "وب", "فل"].iter().any(|p| w.strip_prefix(p).is_some_and(in_list))
}

/// Every cited agency in a folded body range, appended to `out` by agency.
/// `skip` (a caption line) is asked only once a name is found: most lines
/// name none.
/// Only the folded range `search` inside `r` is searched (see [`may_cite`]).
fn cite_in(
    doc: &Doc,
    r: Range<usize>,
    search: Range<usize>,
    out: &mut Vec<(usize, String)>,
    skip: impl FnOnce() -> bool,
) {
    let t = &*TABLES;
    let Some(s) = doc.text().get(r.clone()) else { return };
    let start = search.start.clamp(r.start, r.end) - r.start;
    let end = search.end.clamp(r.start, r.end) - r.start;
    // the caption test is asked only before the first citation is kept:
    // most lines keep none
    let mut skip = Some(skip);
    for m in t.ac.find_iter(aho_corasick::Input::new(s).span(start..end.max(start))) {
        let Some(pat) = t.pats.get(m.pattern().as_usize()) else { continue };
        let Some(agency) = t.agencies.get(pat.agency) else { continue };
        // an agency is cited once
        if out.iter().any(|(a, _)| *a == pat.agency) || s[m.end()..].chars().next().is_some_and(is_word_char) {
            continue;
        }
        // clitics glued before the name: و ف ب ل ك (at most two)
        let before = &s[..m.start()];
        let (mut glued, mut glued_lam, mut clitics) = (0, false, true);
        for (k, c) in before.chars().rev().take_while(|c| is_word_char(*c)).enumerate() {
            if k == 2 || !matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك') {
                clitics = false;
                break;
            }
            glued += c.len_utf8();
            glued_lam |= c == 'ل';
        }
        if !clitics {
            continue;
        }
        let lam = pat.merged_lam || glued_lam || prev_word(s, m.start() - glued).is_some_and(|(_, w)| w == "ل");
        let name_start = m.start() - glued;
        // up to six words before, within the sentence
        let mut window = Vec::new();
        let mut at = name_start;
        while window.len() < 6 {
            let Some((st, w)) = prev_word(s, at) else { break };
            if s[st + w.len()..at].contains(['.', '؟', '!', '\n']) {
                break;
            }
            window.push(w);
            at = st;
        }
        // `وكالة أنباء X`, `وكالة الأنباء X`: the noun is one word further back
        let adjacent =
            window.iter().copied().find(|w| !matches!(*w, "انباء" | "الانباء" | "للانباء" | "ل")).unwrap_or("");
        let in_paren = s[..name_start].trim_end().ends_with('(');
        let cited = if pat.with_agency_word || is_cue(adjacent, &t.adjacent_cues) {
            true
        } else if lam {
            !agency.ambiguous || window.iter().take(5).any(|w| is_cue(w, &t.speech_cues))
        } else if in_paren {
            window.iter().any(|w| is_cue(w, &t.adjacent_cues))
        } else {
            !agency.ambiguous && window.iter().any(|w| is_cue(w, &t.near_cues))
        };
        if !cited {
            continue;
        }
        if skip.take().is_some_and(|caption| caption()) {
            return;
        }
        let a = r.start + m.start();
        let mut name = if pat.merged_lam {
            format!("ال{}", original(doc, a + "لل".len()..r.start + m.end()))
        } else {
            original(doc, a..r.start + m.end()).to_string()
        };
        if pat.with_agency_word && !fold(&name).contains("انباء") {
            if let Some((_, rest)) = name.split_once(is_space) {
                name = rest.trim().to_string();
            }
        }
        out.push((pat.agency, name));
    }
}

/// `وفقا لما نقلته وكالة "X"`: an unlisted agency, named in quotes right
/// after `وكالة` with a citing cue a few words before. Not listed, so it
/// has no agency index: `usize::MAX` stands for it.
fn quoted_agency(doc: &Doc, r: Range<usize>, search: Range<usize>, out: &mut Vec<(usize, String)>) {
    let t = &*TABLES;
    let Some(s) = doc.text().get(r.clone()) else { return };
    let from = search.start.clamp(r.start, r.end) - r.start;
    let mut at = from;
    while let Some(k) = s.get(at..).and_then(|rest| rest.find("وكاله ")) {
        let w = at + k;
        at = w + "وكاله ".len();
        if s[..w].chars().next_back().is_some_and(is_word_char) {
            continue;
        }
        let rest = &s[at..];
        let Some(open) = rest.chars().next().filter(|c| matches!(c, '"' | '«')) else { continue };
        let inner = &rest[open.len_utf8()..];
        let Some(close) = inner.find(['"', '»']) else { continue };
        let name = &inner[..close];
        let words = name.split_whitespace().count();
        if !(1..=3).contains(&words) || !name.chars().all(|c| c.is_alphabetic() || c == ' ') {
            continue;
        }
        // a citing cue among the four words before, within the sentence
        let mut cue = false;
        let mut end = w;
        for _ in 0..4 {
            let Some((st, pw)) = prev_word(s, end) else { break };
            if s[st + pw.len()..end].contains(['.', '؟', '!', '\n']) {
                break;
            }
            let stem = pw.trim_end_matches(['ه', 'ا']);
            if is_cue(pw, &t.near_cues) || is_cue(stem, &t.near_cues) {
                cue = true;
                break;
            }
            end = st;
        }
        let a = r.start + at + open.len_utf8();
        let printed = strip(original(doc, a..a + name.len())).to_string();
        if cue && !printed.is_empty() && !out.iter().any(|(_, n)| fold(n) == fold(&printed)) {
            out.push((usize::MAX, printed));
        }
    }
}

// ---------------------------------------------------------------- extract

/// Fill the source fields, and set `doc.headline` and, when a publication
/// date is found, `doc.reference`.
pub(crate) fn extract(doc: &mut Doc) -> Source {
    let mut dl = DateLines::new(doc);
    let headline = find_headline(doc, &mut dl);
    doc.headline = headline;
    let mut src = Source {
        headline: headline.map(|i| original(doc, doc.lines[i].range.clone()).to_string()),
        ..Source::default()
    };

    // the article's paragraphs: body lines only, so related blocks and
    // comments inside or after the article are never among them
    let n = doc.lines.len();
    let from = headline.map_or(0, |h| h + 1);
    // only the first three and the last are read: the lines between are
    // never asked
    let is_para = |i: &usize| doc.lines[*i].kind == LineKind::Body && is_paragraph(doc, *i);
    let mut paras: Vec<usize> = (from..n).filter(is_para).take(3).collect();
    if let Some(&third) = paras.get(2) {
        paras.extend((third + 1..n).rev().find(is_para));
    }
    // the footer ends at the first related list or comments after the text
    let after = paras.last().map_or(from, |&p| p + 1);
    let end = (after..n).find(|&i| matches!(doc.lines[i].kind, LineKind::Comments | LineKind::Related)).unwrap_or(n);
    let first_par = paras.first().copied().unwrap_or(end);
    let last_par = paras.last().copied().unwrap_or(end);
    let usable = |i: usize| {
        doc.lines.get(i).is_some_and(|l| {
            !matches!(l.kind, LineKind::Blank | LineKind::Repeat | LineKind::Related | LineKind::Comments)
        }) && Some(i) != headline
    };
    let zone: Vec<(usize, bool)> = (0..first_par)
        .map(|i| (i, true))
        .chain((last_par + 1..end).map(|i| (i, false)))
        .filter(|&(i, _)| usable(i))
        .collect();

    let mut dates: Vec<(DateCue, u8, usize, NaiveDate)> = Vec::new();
    let mut bylines: Vec<usize> = Vec::new();
    let mut lead_end: Option<(usize, usize)> = None;
    let merge = |src: &mut Source, b: Byline| {
        if src.dateline.is_none() {
            src.dateline = b.dateline;
        }
        if src.outlet.is_none() {
            src.outlet = b.outlet;
        }
        for a in b.agencies {
            if !src.agencies.iter().any(|x| fold(x) == fold(&a)) {
                src.agencies.push(a);
            }
        }
    };
    let mut cue_pending = false;
    let mut after_image = false;
    let mut top_wire: Option<String> = None;
    let mut top_wire_agency: Option<usize> = None;
    let mut top_site: Option<String> = None;
    let first_usable = zone.first().map(|&(i, _)| i);
    let t = &*TABLES;
    for &(i, header) in &zone {
        let s = line_text(doc, i);
        if let Some((d, cue)) = dl.get(doc, i) {
            let rank = if cue == DateCue::Plain && !header { 3 } else { 1 };
            dates.push((cue, rank, i, d));
            cue_pending = false;
            continue;
        }
        // a bare cue is one or two words, a byline ten at most
        let ps = dl.take_parts(doc, i, cue_pending);
        let bare_cue = ps.as_deref().is_some_and(|ps| ps.len() == 1 && ps[0].kind == PartKind::Cue);
        if bare_cue {
            cue_pending = true;
            bylines.push(i);
            continue;
        }
        let image = doc.lines[i].kind == LineKind::Furniture && s.contains('.') && !s.contains(' ');
        // a wire's name alone above the title (`وكالة الأناضول`) is the
        // wire's own site: the publisher, kept unless a byline names another
        // So is a wire named twice (`وكالة الأنباء اليمنية (سبأ)`, `… - كونا`):
        // its first name is kept
        let mut masthead_wire = false;
        let agency = |p: &Part| match p.kind {
            PartKind::Known(a) => Some(a),
            _ => None,
        };
        // the wire's name in another script on the next line (`North Press Agency`)
        if let (Some(a), Some(ps)) = (top_wire_agency, ps.as_deref()) {
            masthead_wire =
                headline.is_some_and(|h| i < h) && !ps.is_empty() && ps.iter().all(|p| agency(p) == Some(a));
        }
        if top_wire.is_none() && headline.is_some_and(|h| i < h) {
            if let Some(ps @ ([_] | [_, _])) = ps.as_deref() {
                let first = agency(&ps[0]);
                let wire = first.is_some_and(|a| t.agencies.get(a).is_some_and(|a| a.kind == Kind::Wire))
                    && ps.iter().all(|p| agency(p) == first);
                if wire && !ps[0].quoted && !ps[0].in_paren {
                    let r = if ps.len() == 1 { doc.lines[i].range.clone() } else { ps[0].range.clone() };
                    top_wire = Some(strip(original(doc, r)).to_string());
                    top_wire_agency = first;
                    masthead_wire = ps.len() == 2;
                }
            }
        }
        // the site's name on the page's first line, before the section
        // names (`DW عربية` / `سياسة` / `العالم`): a later label that is
        // also a listed name (`العالم`, `الشرق`) is the section, not the site
        let first_line = Some(i) == first_usable;
        // an unlisted name of one to three words, with a section label on
        // the next line (`عدن الغد` / `أخبار وتقارير` / the title): the
        // page's masthead
        let above_section = || {
            let next = zone.iter().map(|&(j, _)| j).find(|&j| j > i);
            let words = words_upto(s, 4);
            (1..=3).contains(&words)
                && !is_label(s)
                && !s.contains(['«', '"', '»', ':', '-', '|', '(', '،', '.'])
                // Arabic words only: `icon`, a site's address or a stray
                // word of page furniture is no masthead
                && !s.bytes().any(|b| b.is_ascii_alphanumeric())
                && next.is_some_and(|j| {
                    let n = line_text(doc, j);
                    headline.is_some_and(|h| j < h) && (is_label(n) || is_breadcrumb(n) || labels_pair(n))
                })
        };
        if first_line
            && top_site.is_none()
            && headline.is_some_and(|h| i < h)
            && (site_shaped(doc, doc.lines[i].range.clone()) || t.mastheads.contains(strip(s)) || above_section())
        {
            top_site = Some(strip(original(doc, doc.lines[i].range.clone())).to_string());
        }
        let section = !first_line && is_label(s);
        if !(section || after_image && header || masthead_wire) {
            if let Some(b) = ps.as_deref().and_then(|ps| read_byline(doc, ps, cue_pending, false)) {
                for d in &b.dates {
                    dates.push((DateCue::Publish, 0, i, *d));
                }
                merge(&mut src, b);
                bylines.push(i);
            }
        }
        if doc.lines[i].kind != LineKind::Furniture || !s.trim().is_empty() {
            cue_pending = false;
        }
        after_image = image;
    }
    // `طرابلس – ليبيا أوبزرفر`, `الخرطوم: التغيير`: a city and the site's
    // own name from its masthead, under the title
    if src.dateline.is_none() {
        if let (Some(site), Some(h)) = (top_site.as_deref(), headline) {
            let site = fold(site);
            src.dateline = (h + 1..first_par).filter(|&i| usable(i) && !is_author(line_text(doc, i))).find_map(|i| {
                let line = original(doc, doc.lines[i].range.clone());
                let (city, rest) = line.split_once(['-', '–', '—', ':', '|'])?;
                let city = city.trim();
                let folded = fold(city);
                let words = folded.split_whitespace().count();
                let name_like = folded.chars().all(|c| (is_word_char(c) && !c.is_ascii_digit()) || c == ' ');
                (fold(rest.trim()) == site && (1..=2).contains(&words) && name_like).then(|| city.to_string())
            });
        }
    }
    // `القاهرة: سامي عبد الله` as the last header line before the text: the
    // city and the reporter (a subtitle sits higher, right under the title)
    if src.dateline.is_none() {
        let last = (0..first_par)
            .rev()
            .find(|&i| usable(i) && doc.lines[i].kind == LineKind::Body && dl.get(doc, i).is_none());
        if let Some(i) = last.filter(|&i| headline.is_some_and(|h| h < i)) {
            src.dateline = reporter_byline(doc, i);
        }
    }
    // a standfirst long enough to pass for a paragraph may stand above the
    // byline (`بانغي - لندن: «الشرق الأوسط»`): a credit line between the
    // first two paragraphs
    if src.dateline.is_none() && headline.is_some_and(|h| h < first_par) {
        let second = paras.get(1).copied().unwrap_or(end);
        let found = (first_par + 1..second).filter(|&i| usable(i)).find_map(|i| {
            let ps = short_parts(doc, i, false)?;
            read_byline(doc, &ps, false, false).filter(|b| b.dateline.is_some()).map(|b| (i, b))
        });
        if let Some((i, b)) = found {
            merge(&mut src, b);
            bylines.push(i);
        }
    }
    // `بيروت (رويترز) -` opening one of the first paragraphs
    for &i in paras.iter().take(3) {
        if let Some((b, at)) = byline_lead(doc, i) {
            for d in &b.dates {
                dates.push((DateCue::Publish, 0, i, *d));
            }
            merge(&mut src, b);
            lead_end = Some((i, at));
            break;
        }
    }
    // a copyright line names the site when no byline or source line did; it
    // stands in the footer, often below related lists and comments
    if src.outlet.is_none() {
        src.outlet = top_site.or(top_wire);
    }
    if src.outlet.is_none() {
        src.outlet =
            (0..first_par).chain(last_par + 1..n).filter(|&i| Some(i) != headline).find_map(|i| copyright(doc, i));
    }
    // a standfirst long enough to be a paragraph may stand between the title
    // and the site's date line (`تاريخ 10.11.2020` under the teaser): with no
    // date in the header or footer, a date line of its own right below the
    // first paragraph, before the next one, is the date
    if dates.is_empty() {
        let next = paras.get(1).copied().unwrap_or(end).min(first_par + 6);
        for i in (first_par + 1..next).filter(|&i| usable(i)) {
            if let Some((d, cue)) = dl.get(doc, i) {
                dates.push((cue, 2, i, d));
                break;
            }
        }
    }
    dates.sort_by_key(|&(cue, rank, i, _)| (cue, rank, i));
    // a national wire or paper names its own state's bodies without the state
    doc.outlet_state = src.outlet.as_deref().and_then(|o| {
        let f = fold(o);
        let i = t.exact.get(f.strip_prefix(fold("وكالة ").as_str()).unwrap_or(&f)).or_else(|| t.exact.get(&f))?;
        t.agencies.get(*i)?.country
    });
    src.published = dates.first().map(|d| d.3);
    if let Some(d) = src.published {
        doc.reference = Some(d);
    }

    // cited: body lines of the article, without title, bylines and leads
    let mut cited = Vec::new();
    for i in from..n {
        let l = &doc.lines[i];
        if l.kind != LineKind::Body || bylines.contains(&i) {
            continue;
        }
        let mut r = l.range.clone();
        if let Some((li, at)) = lead_end {
            if li == i {
                r.start = at.clamp(r.start, r.end);
            }
        }
        let search = if lead_end.is_some_and(|(li, _)| li == i) { Some(r.clone()) } else { may_cite(doc, r.clone()) };
        if let Some(search) = search {
            cite_in(doc, r.clone(), search.clone(), &mut cited, || is_caption(line_text(doc, i)));
            quoted_agency(doc, r, search, &mut cited);
        }
    }
    // a site or paper quoted in its own report (`قال لبي بي سي` on the BBC's
    // page) is the publisher's reporting, not a cited agency; a wire's own
    // site citing the wire keeps it (`لوكالة الأناضول` on its page)
    let own = src.outlet.as_deref().map(fold);
    let is_own = |a: usize, n: &str| {
        let (Some(o), Some(ag)) = (own.as_deref(), t.agencies.get(a)) else { return false };
        let n = fold(n);
        ag.kind == Kind::Media && o.strip_prefix(n.as_str()).is_some_and(|r| r.is_empty() || r.starts_with(' '))
    };
    src.cited = cited.into_iter().filter(|(a, n)| !is_own(*a, n)).map(|(_, n)| n).collect();
    src
}

#[cfg(test)]
mod tests {
    use super::four_digits;
    use crate::doc::Doc;

    fn src(page: &str) -> crate::Source {
        crate::parse(page).expect("parses").source
    }

    const P1: &str = "وقالت مصادر محلية إن القصف المدفعي استهدف القرى الواقعة على الطريق الدولي طوال ساعات الليل، فيما نزح مئات السكان نحو المدن القريبة.";
    const P2: &str = "وأضافت المصادر أن فرق الإسعاف لم تتمكن من الوصول إلى المناطق المتضررة بسبب استمرار الاشتباكات وانقطاع الطرق الرئيسية.";

    #[test]
    fn editors_initials_before_wire_credits() {
        for foot in ["م.ع/ح.ز (رويترز، أ ف ب)", "ع.ش (رويترز، أ ف ب)", "ح.ع.ح/ع.ش/ (رويترز، أ ف ب)"]
        {
            let s = src(&format!("عنوان الخبر عن معارك الشمال الجديدة\n\n{P1}\n\n{P2}\n\n{foot}"));
            assert_eq!(s.agencies, vec!["رويترز", "أ ف ب"], "{foot}");
            assert_eq!(s.dateline, None, "{foot}");
        }
        // a city before the credits is still the dateline
        let s = src(&format!("عنوان الخبر عن معارك الشمال الجديدة\n\nبغداد (رويترز)\n\n{P1}\n\n{P2}"));
        assert_eq!(s.dateline.as_deref(), Some("بغداد"));
    }

    #[test]
    fn date_line_under_a_long_standfirst() {
        for line in ["تاريخ 03.02.2021", "بتاريخ 2021/02/03", "03-02-2021 | 14:20", "الأربعاء 3 فبراير 2021"]
        {
            let s = src(&format!("عنوان الخبر عن معارك الشمال الجديدة\n{P1}\n{line}\nشارك\n\n{P2}\n\n{P1}"));
            assert_eq!(s.published, chrono::NaiveDate::from_ymd_opt(2021, 2, 3), "{line}");
        }
        // a date inside the second paragraph is the account's, not the page's
        let s = src(&format!(
            "عنوان الخبر عن معارك الشمال الجديدة\n{P1}\nوفي 3 فبراير 2021 تجددت الاشتباكات في المنطقة نفسها بعد أيام من الهدوء الحذر على خطوط التماس.\n{P2}"
        ));
        assert_eq!(s.published, None);
    }

    #[test]
    fn site_name_on_the_first_line() {
        let title = "عنوان الخبر عن معارك الشمال الجديدة";
        for (site, want) in [
            ("صدى الوادي أونلاين", "صدى الوادي أونلاين"),
            ("بوابة الفجر", "بوابة الفجر"),
            ("XY عربية", "XY عربية"),
            ("النجم نت", "النجم نت"),
            ("بوابة الأهرام", "بوابة الأهرام"),
        ] {
            let s = src(&format!("{site}\nسياسة\nالعالم\n{title}\n\n{P1}\n\n{P2}"));
            assert_eq!(s.outlet.as_deref(), Some(want), "{site}");
        }
        // a section label that is also a listed name is no outlet below the top
        let s = src(&format!("الرئيسية\nالعالم\n{title}\n\n{P1}\n\n{P2}"));
        assert_eq!(s.outlet, None);
        // an ordinary first line is no site
        let s = src(&format!("هدنة في الجنوب\n{title}\n\n{P1}\n\n{P2}"));
        assert_eq!(s.outlet, None);
        // a byline naming the site wins over the top line
        let s = src(&format!("موقع الأخبار\n{title}\nالمصدر: سكاي نيوز عربية\n\n{P1}\n\n{P2}"));
        assert_eq!(s.outlet.as_deref(), Some("سكاي نيوز عربية"));
    }

    #[test]
    fn site_form_of_a_listed_name_in_a_byline() {
        let title = "عنوان الخبر عن معارك الشمال الجديدة";
        for (by, city, outlet) in
            [("القاهرة - بوابة الأهرام", "القاهرة", "بوابة الأهرام"), ("عمان - موقع المنار", "عمان", "موقع المنار")]
        {
            let s = src(&format!("{title}\n{by}\n\n{P1}\n\n{P2}"));
            assert_eq!(s.dateline.as_deref(), Some(city), "{by}");
            assert_eq!(s.outlet.as_deref(), Some(outlet), "{by}");
        }
    }

    #[test]
    fn author_cue_is_no_dateline() {
        for by in ["كتب: وكالات", "كتبت - وكالات", "إعداد: وكالات", "متابعات - وكالات"]
        {
            let s = src(&format!("عنوان الخبر عن معارك الشمال الجديدة\n{by}\n\n{P1}\n\n{P2}"));
            assert_eq!(s.dateline, None, "{by}");
            assert_eq!(s.agencies, vec!["وكالات"], "{by}");
        }
        let s = src(&format!("عنوان الخبر عن معارك الشمال الجديدة\nحمص - وكالات\n\n{P1}\n\n{P2}"));
        assert_eq!(s.dateline.as_deref(), Some("حمص"));
    }

    #[test]
    fn masthead_alone_on_the_first_line() {
        let title = "عنوان الخبر عن معارك الشمال الجديدة";
        // the core of a listed paper's name, printed alone at the top
        for (site, want) in [("الرأي", "الرأي"), ("جريدة الرياض", "جريدة الرياض"), ("العربي الجديد", "العربي الجديد")]
        {
            let s = src(&format!("{site}\nسياسة\n{title}\n\n{P1}\n\n{P2}"));
            assert_eq!(s.outlet.as_deref(), Some(want), "{site}");
        }
        // a section label is no masthead, nor is an unlisted word
        for top in ["الأخبار", "الحرب"] {
            let s = src(&format!("{top}\n{title}\n\n{P1}\n\n{P2}"));
            assert_eq!(s.outlet, None, "{top}");
        }
        // the masthead counts only on the first line
        let s = src(&format!("أخبار\nالرأي\n{title}\n\n{P1}\n\n{P2}"));
        assert_eq!(s.outlet, None);
    }

    #[test]
    fn city_then_publisher_behind_a_source_cue() {
        let title = "عنوان الخبر عن معارك الشمال الجديدة";
        let s = src(&format!("{title}\nالمصدر: الدوحة - النجم والوكالات\n\n{P1}\n\n{P2}"));
        assert_eq!(s.dateline.as_deref(), Some("الدوحة"));
        assert_eq!(s.outlet.as_deref(), Some("النجم"));
        assert_eq!(s.agencies, vec!["وكالات"]);
        // one name behind the cue is the publisher
        let s = src(&format!("{title}\nالمصدر: صحيفة النجم\n\n{P1}\n\n{P2}"));
        assert_eq!(s.outlet.as_deref(), Some("صحيفة النجم"));
        assert_eq!(s.dateline, None);
    }

    #[test]
    fn section_and_initials_in_a_byline_are_no_city() {
        let title = "عنوان الخبر عن معارك الشمال الجديدة";
        let s = src(&format!("{title}\nالعربي الجديد/ دوليات\n\n{P1}\n\n{P2}"));
        assert_eq!(s.dateline, None);
        assert_eq!(s.outlet.as_deref(), Some("العربي الجديد"));
        let s = src(&format!("{title}\nس. ع / وكالات\n\n{P1}\n\n{P2}"));
        assert_eq!(s.dateline, None);
        assert_eq!(s.agencies, vec!["وكالات"]);
    }

    /// The slow reading of a lead: [`super::byline_lead`] without the quick
    /// first-part test.
    fn lead_without_quick_test(doc: &Doc, i: usize) -> bool {
        let l = &doc.lines[i];
        let mut end = (l.range.start + 300).min(l.range.end);
        while !doc.text().is_char_boundary(end) {
            end -= 1;
        }
        let goes_on = |p: &super::Part| {
            let ok = match p.kind {
                super::PartKind::Unknown(n) => p.in_paren && n <= 5 || n <= 2 || p.quoted && n <= 4,
                super::PartKind::Cue => false,
                _ => true,
            };
            ok && p.sep.is_some()
        };
        let ps = super::parts_while(doc, l.range.start..end, goes_on);
        ps.first().is_some_and(goes_on)
    }

    #[test]
    fn quick_first_part_only_turns_down_what_the_split_turns_down() {
        let lines = [
            "دمشق (سانا) - قالت الوزارة إن الاجتماع انتهى",
            "القاهرة - رويترز: أعلن الجيش وقف العمليات في المنطقة",
            "أعلن الجيش صباح اليوم وقف العمليات العسكرية في المنطقة الشرقية، وقال متحدث إن القوات",
            "قال المتحدث باسم الحكومة \"إن المفاوضات مستمرة\" مع الوفد الآخر - دون تفاصيل",
            "وكالة الأنباء الرسمية للبلاد في العاصمة الكبرى والمدن الأخرى - أعلنت الوزارة",
            "خاص بالموقع من مراسلنا في المدينة الساحلية الشرقية - بدأت اليوم",
            "السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة - كلها أيام",
            "عدن «الأيام» كتبت - أن",
            "بيروت. قالت الوزارة اليوم إن الاجتماع انتهى دون اتفاق على شيء",
            "بيروت ـ وكالات: قالت الوزارة اليوم إن الاجتماع انتهى دون اتفاق",
            "اعلن الجيش وقف العمليات في 12 منطقة، وقال متحدث",
            "نص طويل بلا فاصل على الإطلاق يمضي ويمضي بلا توقف",
            "المصدر: الوزارة",
        ];
        for line in lines {
            let text = format!("عنوان الخبر هنا\n\n{line}\n");
            let doc = Doc::new(&text, None);
            for i in 0..doc.lines.len() {
                let r = doc.lines[i].range.clone();
                if super::first_part_stops(&doc, r) {
                    assert!(!lead_without_quick_test(&doc, i), "{line}");
                }
            }
        }
    }

    #[test]
    fn four_digits_counts_like_a_byte_scan() {
        for s in
            ["", "123", "1234", "a1b2c3d4", "١٢٣٤ نص", "نص 12 نص 3 نص 4", "abcdefgh12345678", "x:/09@9", "ÿ0ÿ1ÿ2ÿ3ÿ"]
        {
            let naive = s.bytes().filter(u8::is_ascii_digit).count() >= 4;
            assert_eq!(four_digits(s), naive, "{s:?}");
        }
    }
}
