//! Days as Arabic news writes them.
//!
//! Reads, after folding (see [`crate::text::fold`]):
//!
//! - month names of every region: Syriac/Levantine (`كانون الثاني` … `كانون
//!   الأول`, Iraqi `مايس`), Egyptian/Gulf (`يناير` … `ديسمبر`, `يونيه`,
//!   `يوليه`), Algerian/Tunisian (`جانفي`, `فيفري`, `أفريل`, `جوان`,
//!   `جويلية`, `أوت`), Moroccan (`يوليوز`, `غشت`, `شتنبر`, `نونبر`, `دجنبر`)
//!   and English (`november`), alone or paired (`أيلول/سبتمبر`,
//!   `تشرين الأول (أكتوبر)`);
//! - numeric dates `28/9/2020`, `06-10-2020` (day first, the Arabic norm; month
//!   first only when day first is impossible), `2020.10.02`, `2020-09-28`, with
//!   a trailing `م` or the Urdu year mark `ء`;
//! - Hijri dates with a year (`15 رمضان 1445 هـ`), converted with the tabular
//!   (arithmetic) Islamic calendar: the printed day may differ from the
//!   observed calendar by one day, sometimes two;
//! - ordinal days (`الثامن من تشرين الثاني`, `الحادي والعشرين من أيار`,
//!   `فاتح أكتوبر`, `غرة رمضان 1445`) and days of the reference month (`27 من
//!   الشهر الجاري`, `14 من الشهر الماضي`);
//! - relative days: `اليوم`, `أمس`, `أمس الأول`, `أول أمس`, `الليلة الماضية`,
//!   `البارحة`, `غدا`, `بعد غد`, weekday names (`الثلاثاء` is the latest
//!   Tuesday on or before the reference date, `الأحد الماضي` the latest one
//!   strictly before it, `الأحد المقبل` the next one after it).
//!
//! What is deliberately not a day, so never returned: a bare year (`عام
//! 1994`), a month with a year but no day (`أيار/مايو الماضي`), a week
//! (`الأسبوع الماضي`), a Hijri day without its year (`العاشر من رمضان`).
//!
//! A date with no year (`27 أيلول`) takes the reference year, or the year
//! before when that would put it after the reference date. `الماضي` after the
//! month picks the latest such day strictly before the reference date,
//! `المقبل`/`القادم` the first one after it, `الجاري`/`الحالي` the reference
//! year.
//!
//! The scan is linear and allocates nothing but its result: tokens are lexed
//! as it reaches them into a small ring on the stack. [`parse`] allocates
//! nothing (its input is folded into a stack buffer; one longer than 256
//! bytes, or holding a character beyond U+FFFF, is folded on the heap, and a
//! character beyond U+07FF is looked up in `fold` the first time the process
//! meets it); [`find`] allocates only the vector it returns: it folds its
//! input a token at a time as it lexes it, with offsets into the input.
//!
//! **rasad never reads a date the page does not print.** It never looks at the
//! clock: with no reference date, relative words and year-less dates give
//! nothing.
//!
//! ```
//! use chrono::NaiveDate;
//! use rasad::dates::parse;
//! let tuesday = NaiveDate::from_ymd_opt(2020, 9, 29);
//! for s in ["29 أيلول 2020", "29 سبتمبر 2020", "29 شتنبر 2020", "٢٩/٩/٢٠٢٠", "الثلاثاء"] {
//!     assert_eq!(parse(s, tuesday), tuesday, "{s}");
//! }
//! // No reference date, no "today": rasad does not look at the clock.
//! assert_eq!(parse("اليوم", None), None);
//! // A month and year name no day.
//! assert_eq!(parse("أيار/مايو 2020", None), None);
//! ```

use crate::text::{WordMap, WordSet};
use std::ops::{ControlFlow, Range};
use std::sync::LazyLock;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::Span;
use crate::numbers::{Folded, Raw, Source, Window, raw_span};
use crate::text::fold;

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
/// Relative words and dates without a year need `reference`; with `None`
/// they give `None` (rasad never guesses "today").
///
/// ```
/// use chrono::NaiveDate;
/// use rasad::dates::parse;
/// assert_eq!(parse("2020-09-27", None).unwrap().to_string(), "2020-09-27");
/// assert_eq!(parse("27 أيلول/سبتمبر 2020", None).unwrap().to_string(), "2020-09-27");
/// assert_eq!(parse("٠٦-١٠-٢٠٢٠", None).unwrap().to_string(), "2020-10-06");
/// let tue = NaiveDate::from_ymd_opt(2020, 9, 29);
/// assert_eq!(parse("أمس", tue).unwrap().to_string(), "2020-09-28");
/// assert_eq!(parse("أمس", None), None);
/// assert_eq!(parse("عام 1994", None), None);
/// ```
pub fn parse(s: &str, reference: Option<NaiveDate>) -> Option<NaiveDate> {
    let mut buf = [0u8; crate::numbers::SHORT];
    let heap;
    let t = match crate::numbers::fold_into(s.trim(), &mut buf) {
        Some(t) => t,
        None => {
            heap = fold(s);
            heap.as_str()
        }
    }
    .trim();
    let mut found = None;
    let mut more = false;
    scan(t, reference, |x| {
        more |= found.is_some();
        found = Some(x);
    });
    match found {
        // The whole expression, but for a clitic the span leaves out (`بالأمس`).
        Some(one)
            if !more
                && one.range.end == t.len()
                && t.get(..one.range.start).is_some_and(|p| p.is_empty() || CLITICS.contains(&p)) =>
        {
            Some(one.date)
        }
        _ => None,
    }
}

/// Every date expression in `s`, in order, with spans into `s`.
///
/// `s` is folded a token at a time as it is read, never copied whole:
/// `find` allocates the returned vector and nothing else.
///
/// ```
/// use chrono::NaiveDate;
/// let text = "الثلاثاء، 06-10-2020 08:20 ص";
/// let found = rasad::dates::find(text, None);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].date.to_string(), "2020-10-06");
/// assert_eq!(found[0].span.text(text), Some("الثلاثاء، 06-10-2020"));
///
/// let r = NaiveDate::from_ymd_opt(2020, 10, 1);
/// let found = rasad::dates::find("قال أمس إن الهجوم بدأ في 27 أيلول", r);
/// assert_eq!(found.len(), 2);
/// assert_eq!(found[0].date.to_string(), "2020-09-30");
/// assert_eq!(found[1].date.to_string(), "2020-09-27");
/// ```
pub fn find(s: &str, reference: Option<NaiveDate>) -> Vec<DateMatch> {
    let mut out = Vec::new();
    let sc = Scan { text: Raw(s), toks: Window::new(RawLexer::new(Raw(s))), reference };
    sc.run(usize::MAX, |f| {
        out.push(DateMatch { span: raw_span(f.range), date: f.date });
        ControlFlow::Continue(())
    });
    out
}

/// [`find`] the long way: fold a copy of `s` with its offset map, scan it
/// and map each range back. What `find` must always agree with.
#[cfg(test)]
fn find_by_copy(s: &str, reference: Option<NaiveDate>) -> Vec<DateMatch> {
    let n = crate::text::Normalized::new(s);
    let mut out = Vec::new();
    scan(n.text(), reference, |f| out.push(DateMatch { span: n.span(f.range), date: f.date }));
    out
}

/// Every date expression in folded text, relative ones included (with
/// `relative` set). Linear in the length of `text`.
pub(crate) fn find_folded(text: &str, reference: Option<NaiveDate>) -> Vec<FoundDate> {
    let mut out = Vec::new();
    if may_hold_date(text, reference) {
        scan(text, reference, |f| out.push(f));
    }
    out
}

/// [`find_folded`] without its own precheck, for a caller that has ruled
/// `text` in with its own test (the precheck drops no date, so the result
/// is the same).
pub(crate) fn find_folded_unchecked(text: &str, reference: Option<NaiveDate>) -> Vec<FoundDate> {
    let mut out = Vec::new();
    scan(text, reference, |f| out.push(f));
    out
}

/// How many tokens before one [`may_start_word`] takes the date scan may
/// look at: it looks back at most two tokens from where an expression
/// starts (`day`, `numeric`); the rest is margin.
pub(crate) const LEAD_TOKENS: usize = 6;

/// Could an expression start at the word or number `w` (a token of the
/// scan: a run of word characters that are no ASCII digits, or of ASCII
/// digits)? Taken: every word holding an ASCII character (a number, a
/// Latin word, which the scan may part), and every word an expression
/// starts with, but for the words that start one only stuck to the next
/// token when `glued` is false (whitespace follows `w`). A word it does not
/// take starts nothing.
pub(crate) fn may_start_word(w: &str, glued: bool) -> bool {
    w.bytes().any(|b| b.is_ascii()) || (starts(w) && (glued || !matches!(w, "ال" | "في" | "بال" | "وفي")))
}

/// [`find_folded_unchecked`] with the lexing cut to where a date may start,
/// for a caller that knows where the words [`may_start_word`] takes lie:
/// `from` is the end of a token of the scan (or 0) with at least
/// [`LEAD_TOKENS`] tokens between it and the first such word, and `stop`
/// the end of the last one. The dates are those
/// [`find_folded_unchecked`] finds: lexing from the end of a token gives
/// the same tokens after it, the scan passes every token before the first
/// such word without acting and looks back no further than the lead.
pub(crate) fn find_folded_within_unchecked(
    text: &str,
    reference: Option<NaiveDate>,
    from: usize,
    stop: usize,
) -> Vec<FoundDate> {
    let mut out = Vec::new();
    let sc = Scan { text: Folded(text), toks: Window::new(Lexer { text, at: from }), reference };
    sc.run(stop, |f| {
        out.push(f);
        ControlFlow::Continue(())
    });
    out
}

/// The first date [`find_folded`] would return, without reading on past it
/// and without the precheck (see [`find_folded_unchecked`]).
pub(crate) fn first_folded_unchecked(text: &str, reference: Option<NaiveDate>) -> Option<FoundDate> {
    let mut first = None;
    let sc = Scan { text: Folded(text), toks: Window::new(Lexer { text, at: 0 }), reference };
    sc.run(usize::MAX, |f| {
        first = Some(f);
        ControlFlow::Break(())
    });
    first
}

/// Whether folded `text` may hold a date at all. Most texts the extractors
/// ask about hold none; one pass over the bytes says so for them, where the
/// scan would lex every word. Exact: a date is read only from a digit, or,
/// with a reference date, from a word holding one of [`CUES`]; without a
/// reference, a date with no digit has no year and nothing to place it by.
fn may_hold_date(text: &str, reference: Option<NaiveDate>) -> bool {
    match reference {
        None => text.bytes().any(|b| b.is_ascii_digit()),
        Some(_) => CUES.is_match(text),
    }
}

/// Digits and every word part a date without digits needs (see [`cue_words`]).
static CUES: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    let digits = ('0'..='9').map(String::from);
    let cues = cue_words().map(|(w, _)| w).chain(digits);
    crate::text::automaton(cues.collect::<Vec<_>>(), aho_corasick::MatchKind::LeftmostFirst)
});

/// Relative day words the scan reads without a digit (`أول أمس` and `بعد
/// غد` hold `أمس` and `غد`).
const DAY_WORDS: &[&str] = &["اليوم", "أمس", "الأمس", "البارحة", "الليلة", "غدا", "غد"];

/// The folded words without which no date is read except from digits, with
/// `true` for those that give a date only against a reference date: the
/// first word of every month name and `الشهر` (`الثامن من الشهر الجاري`);
/// weekdays and relative day words. Callers that rule text out before
/// asking for its dates build their tests from this one list.
pub(crate) fn cue_words() -> impl Iterator<Item = (String, bool)> {
    let absolute = MONTHS.keys().cloned().chain([fold("الشهر")]).map(|w| (w, false));
    let relative = WORDS.weekdays.keys().cloned().chain(DAY_WORDS.iter().map(|w| fold(w))).map(|w| (w, true));
    absolute.chain(relative)
}

/// The clitics a date word may carry: none, or one of [`CLITICS`].
pub(crate) fn cue_clitics() -> impl Iterator<Item = &'static str> {
    std::iter::once("").chain(CLITICS.iter().copied())
}

/// Every date expression in folded text, handed to `emit` in order.
fn scan(text: &str, reference: Option<NaiveDate>, mut emit: impl FnMut(FoundDate)) {
    let sc = Scan { text: Folded(text), toks: Window::new(Lexer { text, at: 0 }), reference };
    sc.run(usize::MAX, |f| {
        emit(f);
        ControlFlow::Continue(())
    });
}

/// The first relative day (`الثلاثاء`, `أمس`, `اليوم`) in a folded sentence,
/// resolved against `reference`: the day a statement or incident is dated by.
#[cfg(test)] // the extractors read relative days through `scan`; this checks it
pub(crate) fn relative_day_folded(text: &str, reference: Option<NaiveDate>) -> Option<FoundDate> {
    reference?;
    let mut first = None;
    scan(text, reference, |f| {
        if first.is_none() && f.relative {
            first = Some(f);
        }
    });
    first
}

// ---------------------------------------------------------------- tables

/// Gregorian month names, as written; folded once into [`MONTHS`].
const GREGORIAN: &[(&str, u32)] = &[
    // Syriac / Levantine and Iraqi
    ("كانون الثاني", 1),
    ("كانون ثاني", 1),
    ("شباط", 2),
    ("آذار", 3),
    ("نيسان", 4),
    ("أيار", 5),
    ("مايس", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("آب", 8),
    ("أيلول", 9),
    ("تشرين الأول", 10),
    ("تشرين أول", 10),
    ("تشرين الثاني", 11),
    ("تشرين ثاني", 11),
    ("كانون الأول", 12),
    ("كانون أول", 12),
    // Egyptian / Gulf
    ("يناير", 1),
    ("فبراير", 2),
    ("فبرایر", 2),
    ("مارس", 3),
    ("أبريل", 4),
    ("إبريل", 4),
    ("ابريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("أغسطس", 8),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("أكتوبر", 10),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    // Algerian / Tunisian
    ("جانفي", 1),
    ("فيفري", 2),
    ("أفريل", 4),
    ("ماي", 5),
    ("جوان", 6),
    ("جويلية", 7),
    ("جويلة", 7),
    ("أوت", 8),
    // Moroccan
    ("يوليوز", 7),
    ("غشت", 8),
    ("شتنبر", 9),
    ("نونبر", 11),
    ("دجنبر", 12),
    // English, as folding lowercases it
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Hijri month names; `ذي` is the genitive of `ذو` (`من ذي الحجة`).
const HIJRI: &[(&str, u32)] = &[
    ("محرم", 1),
    ("صفر", 2),
    ("ربيع الأول", 3),
    ("ربيع الآخر", 4),
    ("ربيع الثاني", 4),
    ("جمادى الأولى", 5),
    ("جمادى الأول", 5),
    ("جمادى الآخرة", 6),
    ("جمادى الثانية", 6),
    ("جمادى الآخر", 6),
    ("رجب", 7),
    ("شعبان", 8),
    ("رمضان", 9),
    ("شوال", 10),
    ("ذو القعدة", 11),
    ("ذي القعدة", 11),
    ("ذو الحجة", 12),
    ("ذي الحجة", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("الأحد", Weekday::Sun),
    ("الاثنين", Weekday::Mon),
    ("الإثنين", Weekday::Mon),
    ("الثلاثاء", Weekday::Tue),
    ("الثلثاء", Weekday::Tue),
    ("الأربعاء", Weekday::Wed),
    ("الخميس", Weekday::Thu),
    ("الجمعة", Weekday::Fri),
    ("السبت", Weekday::Sat),
];

/// Ordinal day words standing alone.
const ORDINALS: &[(&str, u32)] = &[
    ("الأول", 1),
    ("أول", 1),
    ("الثاني", 2),
    ("الثالث", 3),
    ("الرابع", 4),
    ("الخامس", 5),
    ("السادس", 6),
    ("السابع", 7),
    ("الثامن", 8),
    ("التاسع", 9),
    ("العاشر", 10),
    ("العشرين", 20),
    ("الثلاثين", 30),
];

/// Units of compound ordinals (`الحادي عشر`, `الثالث والعشرين`).
const ORDINAL_UNITS: &[(&str, u32)] = &[
    ("الحادي", 1),
    ("الثاني", 2),
    ("الثالث", 3),
    ("الرابع", 4),
    ("الخامس", 5),
    ("السادس", 6),
    ("السابع", 7),
    ("الثامن", 8),
    ("التاسع", 9),
];

/// Words after a month (or weekday) that place it relative to the reference.
const PAST: &[&str] = &["الماضي", "المنصرم", "الفائت", "السابق"];
const NEXT: &[&str] = &["المقبل", "القادم"];
const CURRENT: &[&str] = &["الجاري", "الحالي"];

/// Words that introduce a year (`عام 2020`, `من العام 2020`).
const YEAR_WORDS: &[&str] = &["عام", "العام", "لعام", "سنة", "السنة", "لسنة"];
/// Era marks after a year: Gregorian, Urdu year mark, Hijri.
const ERA_GREGORIAN: &[&str] = &["م", "ء", "ميلادي", "ميلادية", "للميلاد"];
const ERA_HIJRI: &[&str] = &["هـ", "هجري", "هجرية", "للهجرة"];

/// Words after `اليوم` that make it "the day (that/first/...)", not "today".
const NOT_TODAY_AFTER: &[&str] = &[
    "الذي",
    "التي",
    "الأول",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الحادي",
    "الأخير",
    "السابق",
    "اللاحق",
    "المقبل",
    "القادم",
    "الموعود",
    "المشهود",
    "المحدد",
    "المنتظر",
    "نفسه",
    "ذاته",
];
/// Words before `اليوم` that make it "that day" or "up to now", not a day.
const NOT_TODAY_BEFORE: &[&str] = &["ذلك", "هذا", "حتى", "إلى", "منذ", "لغاية", "غاية", "عالم", "ذات"];

/// Words before `غد` that make it "tomorrow" (`يوم غد`, `صباح غد`).
const TOMORROW_BEFORE: &[&str] = &["يوم", "صباح", "مساء", "ظهر", "ليل", "ليلة", "فجر"];

/// One-letter clitics that may stick to a relative word (`وأمس`, `بالأمس`).
const CLITICS: &[&str] = &["و", "ف", "ب", "وب", "فب", "ل"];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Cal {
    Gregorian,
    Hijri,
}

/// A month name of one or two words.
struct MonthName {
    words: Vec<String>,
    month: u32,
    cal: Cal,
}

/// Month names keyed by their first folded word.
static MONTHS: LazyLock<WordMap<Vec<MonthName>>> = LazyLock::new(|| {
    let mut map: WordMap<Vec<MonthName>> = WordMap::default();
    let all =
        GREGORIAN.iter().map(|&(n, m)| (n, m, Cal::Gregorian)).chain(HIJRI.iter().map(|&(n, m)| (n, m, Cal::Hijri)));
    for (name, month, cal) in all {
        let words: Vec<String> = fold(name).split_whitespace().map(str::to_string).collect();
        if let Some(first) = words.first() {
            map.entry(first.clone()).or_default().push(MonthName { words, month, cal });
        }
    }
    // Longest names first, so `ربيع الأول` wins over nothing and two-word
    // names are tried before one-word ones.
    for v in map.values_mut() {
        v.sort_by_key(|m| std::cmp::Reverse(m.words.len()));
    }
    map
});

/// Folded word lists, built once.
struct Words {
    weekdays: WordMap<Weekday>,
    ordinals: WordMap<u32>,
    units: WordMap<u32>,
    past: Vec<String>,
    next: Vec<String>,
    current: Vec<String>,
    year_words: Vec<String>,
    era_greg: Vec<String>,
    era_hijri: Vec<String>,
    not_today_after: Vec<String>,
    not_today_before: Vec<String>,
    tomorrow_before: Vec<String>,
}

fn folded(list: &[&str]) -> Vec<String> {
    list.iter().map(|w| fold(w)).collect()
}

static WORDS: LazyLock<Words> = LazyLock::new(|| Words {
    weekdays: WEEKDAYS.iter().map(|&(w, d)| (fold(w), d)).collect(),
    ordinals: ORDINALS.iter().map(|&(w, d)| (fold(w), d)).collect(),
    units: ORDINAL_UNITS.iter().map(|&(w, d)| (fold(w), d)).collect(),
    past: folded(PAST),
    next: folded(NEXT),
    current: folded(CURRENT),
    year_words: folded(YEAR_WORDS),
    era_greg: folded(ERA_GREGORIAN),
    era_hijri: folded(ERA_HIJRI),
    not_today_after: folded(NOT_TODAY_AFTER),
    not_today_before: folded(NOT_TODAY_BEFORE),
    tomorrow_before: folded(TOMORROW_BEFORE),
});

/// Every word an expression can start with, bare or behind one of
/// [`CLITICS`]: weekdays, ordinals, month names and the day words [`Scan::at`]
/// and [`Scan::relative`] know. A word not in it starts nothing, so the scan
/// skips it with one lookup instead of trying every reading.
static STARTS: LazyLock<WordSet> = LazyLock::new(|| {
    let w = &*WORDS;
    let bare = w.weekdays.keys().chain(w.ordinals.keys()).chain(w.units.keys()).chain(MONTHS.keys()).cloned().chain(
        [
            "يوم",
            "اليوم",
            "امس",
            "الامس",
            "اول",
            "البارحه",
            "الليله",
            "غدا",
            "غد",
            "بعد",
            "فاتح",
            "غره",
            "ال",
            "في",
            "بال",
            "وفي",
        ]
        .map(String::from),
    );
    let mut set = WordSet::default();
    for b in bare {
        for p in CLITICS {
            set.insert(format!("{p}{b}"));
        }
        set.insert(b);
    }
    set
});

/// A bit per [`crate::numbers::shape`] of every word in [`STARTS`]: most
/// words start nothing, and are told so without hashing them whole.
static START_SHAPES: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; 1 << 10];
    for w in STARTS.iter() {
        let t = crate::numbers::shape(w);
        bits[t / 64] |= 1 << (t % 64);
    }
    bits
});

/// Whether `w` is in [`STARTS`].
fn starts(w: &str) -> bool {
    let t = crate::numbers::shape(w);
    START_SHAPES.get(t / 64).is_some_and(|b| b & (1 << (t % 64)) != 0) && STARTS.contains(w)
}

fn has(list: &[String], w: &str) -> bool {
    list.iter().any(|x| x == w)
}

// ---------------------------------------------------------------- tokens

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
enum Kind {
    Word,
    Num,
    #[default]
    Punct,
}

#[derive(Clone, Copy, Debug, Default)]
struct Tok {
    kind: Kind,
    start: usize,
    end: usize,
    /// Whitespace stands between this token and the one before.
    gap: bool,
    /// A line break stands between this token and the one before.
    nl: bool,
}

fn kind_of(c: char) -> Kind {
    if c.is_ascii_digit() {
        Kind::Num
    } else if crate::text::is_word_char(c) {
        Kind::Word
    } else {
        Kind::Punct
    }
}

/// Words (letter runs), numbers (ASCII digit runs) and single punctuation
/// marks; whitespace only sets `gap`/`nl` on the next token.
#[derive(Clone, Copy)]
struct Lexer<'a> {
    text: &'a str,
    at: usize,
}

impl Lexer<'_> {
    /// The character at byte `at` and its length; the ASCII and Arabic
    /// blocks (nearly every character) decoded in place.
    #[inline]
    fn char_at(&self, at: usize) -> Option<(char, usize)> {
        let b = self.text.as_bytes();
        let &x = b.get(at)?;
        if x.is_ascii() {
            return Some((char::from(x), 1));
        }
        if let (0xD8..=0xDB, Some(&t)) = (x, b.get(at + 1)) {
            return char::from_u32(u32::from(x & 0x1F) << 6 | u32::from(t & 0x3F)).map(|c| (c, 2));
        }
        let c = self.text.get(at..)?.chars().next()?;
        Some((c, c.len_utf8()))
    }
}

impl Iterator for Lexer<'_> {
    type Item = Tok;

    fn next(&mut self) -> Option<Tok> {
        let b = self.text.as_bytes();
        let table = &*crate::text::CLASS;
        let (mut gap, mut nl) = (false, false);
        loop {
            let at = self.at;
            let &x = b.get(at)?;
            // ASCII and two-byte characters (Arabic) classed by table, the
            // rest decoded
            let (kind, len) = if x < 0x80 {
                match table[usize::from(x)] {
                    _ if x.is_ascii_digit() => (Kind::Num, 1),
                    crate::text::WORD => (Kind::Word, 1),
                    crate::text::SPACE => {
                        gap = true;
                        nl |= x == b'\n';
                        self.at += 1;
                        continue;
                    }
                    _ => (Kind::Punct, 1),
                }
            } else if let (0xC0..=0xDF, Some(&t)) = (x, b.get(at + 1)) {
                match table[usize::from(x & 0x1F) << 6 | usize::from(t & 0x3F)] {
                    crate::text::WORD => (Kind::Word, 2),
                    crate::text::SPACE => {
                        gap = true;
                        self.at += 2;
                        continue;
                    }
                    _ => (Kind::Punct, 2),
                }
            } else {
                let (c, len) = self.char_at(at)?;
                if c.is_whitespace() {
                    gap = true;
                    self.at += len;
                    continue;
                }
                (kind_of(c), len)
            };
            let mut end = at + len;
            match kind {
                Kind::Num => end += b.get(end..).map_or(0, |r| r.iter().take_while(|d| d.is_ascii_digit()).count()),
                Kind::Word => {
                    while let Some(&x) = b.get(end) {
                        // a word character that is no ASCII digit
                        if x < 0x80 {
                            if !x.is_ascii_alphabetic() {
                                break;
                            }
                            end += 1;
                        } else if let (0xC0..=0xDF, Some(&t)) = (x, b.get(end + 1)) {
                            if table[usize::from(x & 0x1F) << 6 | usize::from(t & 0x3F)] != crate::text::WORD {
                                break;
                            }
                            end += 2;
                        } else {
                            match self.char_at(end) {
                                Some((d, l)) if kind_of(d) == Kind::Word => end += l,
                                _ => break,
                            }
                        }
                    }
                }
                Kind::Punct => {}
            }
            self.at = end;
            return Some(Tok { kind, start: at, end, gap, nl });
        }
    }
}

/// [`Lexer`] over [`Raw`] text: the same tokens, each character folded as
/// it is read, with offsets into the raw text.
#[derive(Clone, Copy)]
struct RawLexer<'a> {
    text: Raw<'a>,
    at: usize,
}

impl<'a> RawLexer<'a> {
    fn new(text: Raw<'a>) -> Self {
        RawLexer { text, at: text.skip(0) }
    }
}

impl Iterator for RawLexer<'_> {
    type Item = Tok;

    fn next(&mut self) -> Option<Tok> {
        let t = self.text;
        let (mut gap, mut nl) = (false, false);
        while let Some((c, next)) = t.at(self.at) {
            let at = self.at;
            self.at = next;
            if c.is_whitespace() {
                gap = true;
                nl |= c == '\n';
                continue;
            }
            let kind = kind_of(c);
            match kind {
                Kind::Num => {
                    while let Some((_, n)) = t.at(self.at).filter(|d| d.0.is_ascii_digit()) {
                        self.at = n;
                    }
                }
                Kind::Word => {
                    while let Some((_, n)) = t.at(self.at).filter(|d| kind_of(d.0) == Kind::Word) {
                        self.at = n;
                    }
                }
                Kind::Punct => {}
            }
            return Some(Tok { kind, start: at, end: self.at, gap, nl });
        }
        None
    }
}

// ---------------------------------------------------------------- scanning

/// A parsed expression over tokens `start..end`; `date` is `None` when it
/// names no resolvable day (month and year only, no reference), so that its
/// tokens are consumed and not read again as something else.
struct Hit {
    start: usize,
    end: usize,
    date: Option<NaiveDate>,
    relative: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Rel {
    None,
    Past,
    Next,
    Current,
}

/// A scan of text `T` (folded or raw) lexed by `L`.
struct Scan<T, L: Iterator> {
    text: T,
    toks: Window<L>,
    reference: Option<NaiveDate>,
}

impl<T: Source, L: Iterator<Item = Tok> + Copy> Scan<T, L> {
    /// Every date expression, handed to `emit` in order until it breaks;
    /// none starts at a token starting at `stop` or after.
    fn run(&self, stop: usize, mut emit: impl FnMut(FoundDate) -> ControlFlow<()>) {
        let mut i = 0;
        while let Some(tok) = self.tok(i).filter(|t| t.start < stop) {
            // `day` and `numeric` look back two tokens, `weekday` one
            self.toks.release(i.saturating_sub(4));
            // punctuation starts nothing, nor a word no expression starts with
            let may_start = match tok.kind {
                Kind::Num => self.num_may_start(i),
                Kind::Word => self.text.slice(tok.start..tok.end).is_some_and(|w| {
                    starts(&w)
                        // these start an expression only stuck to a day number
                        && (!matches!(&*w, "ال" | "في" | "بال" | "وفي") || self.attached(i + 1))
                }),
                Kind::Punct => false,
            };
            if !may_start {
                i += 1;
                continue;
            }
            match self.at(i) {
                Some(h) => {
                    if let Some(date) = h.date {
                        if let (Some(first), Some(last)) = (self.tok(h.start), self.tok(h.end - 1)) {
                            let lead = self.word(h.start).map_or(0, |w| clitic_len(&w));
                            let start = self.text.offset(first.start..first.end, lead);
                            if emit(FoundDate { range: start..last.end, date, relative: h.relative }).is_break() {
                                return;
                            }
                        }
                    }
                    i = h.end.max(i + 1);
                }
                None => i += 1,
            }
        }
    }

    fn tok(&self, i: usize) -> Option<Tok> {
        self.toks.get(i)
    }

    /// Can [`Scan::at`] find anything at the number at `i`? Only a numeric
    /// date (a `-`, `.` or `/` after it) or a day before a month (`-`, `من`,
    /// `شهر`, `الشهر` or a month name after it) starts with a number, so
    /// most numbers are passed with one look at the token after them.
    fn num_may_start(&self, i: usize) -> bool {
        let Some(n) = self.tok(i + 1) else { return false };
        match n.kind {
            Kind::Punct => {
                self.text.slice(n.start..n.end).is_some_and(|p| matches!(p.chars().next(), Some('-' | '.' | '/')))
            }
            Kind::Word => {
                self.word(i + 1).is_some_and(|w| matches!(&*w, "من" | "شهر" | "الشهر") || MONTHS.contains_key(&*w))
            }
            Kind::Num => false,
        }
    }

    fn word(&self, i: usize) -> Option<T::Str> {
        let t = self.tok(i)?;
        (t.kind == Kind::Word).then(|| self.text.slice(t.start..t.end)).flatten()
    }

    /// The token `i` as a word on the same line as the token before it.
    fn next_word(&self, i: usize) -> Option<T::Str> {
        self.same_line(i).then(|| self.word(i)).flatten()
    }

    fn punct(&self, i: usize) -> Option<char> {
        let t = self.tok(i)?;
        if t.kind != Kind::Punct || t.nl {
            return None;
        }
        self.text.slice(t.start..t.end)?.chars().next()
    }

    /// Value and digit count of a number of at most four digits.
    fn num(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num {
            return None;
        }
        let s = self.text.slice(t.start..t.end)?;
        if s.len() > 4 {
            return None;
        }
        Some((s.parse().ok()?, s.len()))
    }

    fn same_line(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.nl)
    }

    fn attached(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.gap && !t.nl)
    }

    /// Whatever starts at token `i`.
    fn at(&self, i: usize) -> Option<Hit> {
        let w = self.word(i);
        let w = w.as_deref();
        // `يوم الثلاثاء`, `يوم أمس`, `يوم 27 أيلول`: the word joins the span.
        if w.is_some_and(|w| strip(w, &["و", "ف"], |c| c == "يوم").is_some()) {
            if let Some(h) = self.relative(i + 1).or_else(|| self.absolute(i + 1)).filter(|_| self.same_line(i + 1)) {
                return Some(Hit { start: i, ..h });
            }
        }
        // `الـ27 من أيلول`: the article stuck to a day number joins the span.
        if w.is_some_and(|w| matches!(w, "ال" | "في" | "بال" | "وفي")) && self.attached(i + 1) {
            if let Some(h) = self.absolute(i + 1).filter(|h| h.date.is_some()) {
                let start = if w == Some("ال") { i } else { i + 1 };
                return Some(Hit { start, ..h });
            }
        }
        self.relative(i).or_else(|| self.absolute(i)).or_else(|| self.month_only(i))
    }

    /// Day, month (maybe paired) and year or placement, or a numeric date.
    fn absolute(&self, i: usize) -> Option<Hit> {
        self.numeric(i).or_else(|| self.day_month(i)).or_else(|| self.month_first(i))
    }

    /// `2020-09-28`, `2020.10.02`, `28/9/2020`, `06-10-2020`.
    fn numeric(&self, i: usize) -> Option<Hit> {
        let (a, la) = self.num(i)?;
        let sep = self.punct(i + 1).filter(|c| matches!(c, '-' | '.' | '/'))?;
        let (b, lb) = self.num(i + 2)?;
        let (c, lc) = self.num(i + 4)?;
        // `24/03/2021`, or a space after each separator (`24/ 03/ 2021`)
        let spaced = self.attached(i + 2) == self.attached(i + 4);
        if self.punct(i + 3) != Some(sep) || !(self.attached(i + 1) && self.attached(i + 3) && spaced) {
            return None;
        }
        // Part of a longer run of numbers (a version, an address, a phone).
        let is_sep = |k: usize| self.punct(k).is_some_and(|c| matches!(c, '-' | '.' | '/'));
        let before = i >= 2 && self.attached(i) && is_sep(i - 1) && self.attached(i - 1) && self.num(i - 2).is_some();
        let after = self.attached(i + 5) && is_sep(i + 5) && self.attached(i + 6) && self.num(i + 6).is_some();
        if before || after {
            return None;
        }
        let year_ok = |y: u32| (1000..=2999).contains(&y);
        let date = match (la, lb, lc) {
            (4, 1..=2, 1..=2) if year_ok(a) => NaiveDate::from_ymd_opt(a as i32, b, c),
            (1..=2, 1..=2, 4) if year_ok(c) => {
                NaiveDate::from_ymd_opt(c as i32, b, a).or_else(|| NaiveDate::from_ymd_opt(c as i32, a, b))
            }
            _ => None,
        }?;
        let mut end = i + 5;
        if self.next_word(end).is_some_and(|w| has(&WORDS.era_greg, &w)) {
            end += 1;
        }
        Some(Hit { start: i, end, date: Some(date), relative: false })
    }

    /// A day of the month: a number 1–31 or an ordinal word followed by `من`.
    /// Returns the day and the token after it (and after `من`/`شهر`).
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        if let Some((d, len)) = self.num(i) {
            if len > 2 || !(1..=31).contains(&d) {
                return None;
            }
            // `10:27`, `1/2`: part of a time or a fraction.
            let prev = i.checked_sub(1).and_then(|k| self.tok(k)).filter(|p| p.kind == Kind::Punct);
            if let Some(prev) = prev.filter(|_| self.attached(i)) {
                let p = self.text.slice(prev.start..prev.end);
                let p = p.as_deref().unwrap_or("");
                let num_before = i.checked_sub(2).and_then(|k| self.tok(k)).is_some_and(|t| t.kind == Kind::Num);
                if matches!(p, ":" | "/" | "." | "-" | ",") && num_before {
                    return None;
                }
            }
            let mut j = i + 1;
            // `4 - نوفمبر - 2016`: a dash between the parts of a printed date
            if self.punct(j) == Some('-') && self.word(j + 1).is_some_and(|w| MONTHS.contains_key(&*w)) {
                j += 1;
            }
            if self.next_word(j).as_deref() == Some("من") {
                j += 1;
            }
            if self.next_word(j).as_deref() == Some("شهر") {
                j += 1;
            }
            return Some((d, j));
        }
        let w = self.word(i)?;
        let w = &*w;
        // `فاتح أكتوبر` (Moroccan), `غرة رمضان`: the first of the month.
        if strip(w, &["و", "ف"], |c| matches!(c, "فاتح" | "غره")).is_some() {
            let j = if self.next_word(i + 1).as_deref() == Some("شهر") { i + 2 } else { i + 1 };
            return Some((1, j));
        }
        let w = strip(w, &["و", "ف"], |c| WORDS.ordinals.contains_key(c) || WORDS.units.contains_key(c))?;
        let mut j = i + 1;
        let mut d = 0;
        if let Some(&u) = WORDS.units.get(w) {
            match self.next_word(j).as_deref() {
                Some("عشر") => d = 10 + u,
                Some("والعشرين") => d = 20 + u,
                Some("والثلاثين") if u == 1 => d = 31,
                _ => {}
            }
            if d > 0 {
                j += 1;
            }
        }
        if d == 0 {
            d = *WORDS.ordinals.get(w)?;
        }
        // An ordinal word names a day only with `من` (`الأول من أكتوبر`);
        // `تشرين الأول أكتوبر` is a paired month, not the first of October.
        if self.next_word(j).as_deref() != Some("من") {
            return None;
        }
        j += 1;
        if self.next_word(j).as_deref() == Some("شهر") {
            j += 1;
        }
        Some((d, j))
    }

    /// A month name at `i` on the same line: its number, calendar and the
    /// token after it.
    fn month(&self, i: usize) -> Option<(u32, Cal, usize)> {
        let names = MONTHS.get(&*self.word(i)?)?;
        names.iter().find_map(|n| {
            let rest_ok =
                n.words.iter().enumerate().skip(1).all(|(k, nw)| self.next_word(i + k).as_deref() == Some(nw.as_str()));
            rest_ok.then_some((n.month, n.cal, i + n.words.len()))
        })
    }

    /// A month and its translation: `أيلول/سبتمبر`, `أيلول (سبتمبر)`.
    fn month_pair(&self, i: usize) -> Option<(u32, Cal, usize)> {
        let (m, cal, j) = self.month(i)?;
        match self.punct(j) {
            Some('/' | '\\' | '-') => {
                if let Some((_, _, k)) = self.month(j + 1) {
                    return Some((m, cal, k));
                }
            }
            Some('(') => {
                if let Some((_, _, k)) = self.month(j + 1) {
                    if self.punct(k) == Some(')') {
                        return Some((m, cal, k + 1));
                    }
                }
            }
            _ => {}
        }
        Some((m, cal, j))
    }

    /// A year after a month: `2020`, `، 2020`, `عام 2020`, `2020م`, `1445 هـ`.
    /// Returns the year, whether it was marked Hijri, and the token after it.
    fn year(&self, i: usize) -> Option<(i32, bool, usize)> {
        let mut j = i;
        if matches!(self.punct(j), Some(',' | '،' | '-')) {
            j += 1;
        }
        let mut worded = false;
        if self.next_word(j).as_deref() == Some("من")
            && self.next_word(j + 1).is_some_and(|w| has(&WORDS.year_words, &w))
        {
            j += 2;
            worded = true;
        } else if self.next_word(j).is_some_and(|w| has(&WORDS.year_words, &w)) {
            j += 1;
            worded = true;
        }
        if !self.same_line(j) {
            return None;
        }
        let (y, len) = self.num(j)?;
        if len != 4 {
            return None;
        }
        j += 1;
        let mut hijri = false;
        let mut marked = false;
        if let Some(w) = self.next_word(j).as_deref() {
            if has(&WORDS.era_hijri, w) || w == "ه" {
                hijri = true;
                marked = true;
                j += 1;
            } else if has(&WORDS.era_greg, w) {
                marked = true;
                j += 1;
            }
        }
        // An unmarked four-digit number after a month may be a count
        // (`27 أيلول 1500 جندي`): take it as a year only when plausible.
        if !worded && !marked && !(1300..=2199).contains(&y) {
            return None;
        }
        Some((y as i32, hijri, j))
    }

    /// `الماضي`, `المقبل`, `الجاري` after a month.
    fn placement(&self, i: usize) -> Rel {
        match self.next_word(i).as_deref() {
            Some(w) if has(&WORDS.past, w) => Rel::Past,
            Some(w) if has(&WORDS.next, w) => Rel::Next,
            Some(w) if has(&WORDS.current, w) => Rel::Current,
            _ => Rel::None,
        }
    }

    /// `27 أيلول/سبتمبر 2020`, `الثامن من تشرين الثاني`, `15 رمضان 1445 هـ`,
    /// `14 من سبتمبر الماضي`.
    fn day_month(&self, i: usize) -> Option<Hit> {
        let (d, j) = self.day(i)?;
        if !self.same_line(j) {
            return None;
        }
        if self.next_word(j).as_deref() == Some("الشهر") {
            return self.day_of_this_month(i, d, j + 1);
        }
        let (m, cal, j) = self.month_pair(j)?;
        if let Some((y, hijri_mark, k)) = self.year(j) {
            let date = match cal {
                Cal::Hijri => hijri_to_gregorian(y, m, d),
                Cal::Gregorian if hijri_mark => None,
                Cal::Gregorian => NaiveDate::from_ymd_opt(y, m, d),
            };
            return Some(Hit { start: i, end: k, date, relative: false });
        }
        if cal == Cal::Hijri {
            // A Hijri day without its year cannot be placed without a Hijri
            // reference; consumed, not returned.
            return Some(Hit { start: i, end: j, date: None, relative: false });
        }
        let rel = self.placement(j);
        let end = if rel == Rel::None { j } else { j + 1 };
        let date = self.reference.and_then(|r| resolve_yearless(m, d, rel, r));
        Some(Hit { start: i, end, date, relative: false })
    }

    /// `27 من الشهر الجاري`, `14 من الشهر الماضي`: a day of the reference
    /// month or of the month before or after it. `j` is after `الشهر`.
    fn day_of_this_month(&self, i: usize, d: u32, j: usize) -> Option<Hit> {
        let rel = self.placement(j);
        if rel == Rel::None {
            return None;
        }
        let date = self.reference.and_then(|r| {
            let first = r.with_day(1)?;
            let first = match rel {
                Rel::Past => first.checked_sub_months(Months::new(1))?,
                Rel::Next => first.checked_add_months(Months::new(1))?,
                _ => first,
            };
            first.with_day(d)
        });
        Some(Hit { start: i, end: j + 1, date, relative: false })
    }

    /// `november 1, 2024`, `سبتمبر 27، 2020`: month first, only with a year.
    fn month_first(&self, i: usize) -> Option<Hit> {
        let (m, cal, j) = self.month_pair(i)?;
        if cal != Cal::Gregorian || !self.same_line(j) {
            return None;
        }
        let (d, len) = self.num(j)?;
        if len > 2 {
            return None;
        }
        let (y, hijri, k) = self.year(j + 1)?;
        if hijri {
            return None;
        }
        Some(Hit { start: i, end: k, date: Some(NaiveDate::from_ymd_opt(y, m, d)?), relative: false })
    }

    /// A month with no day (`أيار/مايو الماضي`, `شباط/فبراير عام 1988`):
    /// consumed so that its words are not read again, never returned.
    fn month_only(&self, i: usize) -> Option<Hit> {
        let (_, _, j) = self.month_pair(i)?;
        let end = match self.year(j) {
            Some((_, _, k)) => k,
            None if self.placement(j) != Rel::None => j + 1,
            None => j,
        };
        Some(Hit { start: i, end, date: None, relative: false })
    }

    /// Relative days: weekday names, `اليوم`, `أمس`, `غدا` and their kin.
    fn relative(&self, i: usize) -> Option<Hit> {
        let raw = self.word(i)?;
        let raw = &*raw;
        let hit = |end: usize, date: Option<NaiveDate>| Some(Hit { start: i, end, date, relative: true });
        let shift = |days: i64| {
            self.reference.and_then(|r| {
                if days >= 0 {
                    r.checked_add_days(Days::new(days as u64))
                } else {
                    r.checked_sub_days(Days::new((-days) as u64))
                }
            })
        };

        if let Some(w) = strip(raw, CLITICS, |c| WORDS.weekdays.contains_key(c)) {
            return self.weekday(i, w);
        }
        if strip(raw, &["و", "ف"], |c| c == "اليوم").is_some() {
            if !self.is_today(i) {
                return None;
            }
            // `اليوم الثلاثاء`, `اليوم الثلاثاء 29 أيلول`.
            if let Some(wd) = self.next_word(i + 1).as_deref().filter(|w| WORDS.weekdays.contains_key(*w)) {
                if let Some(h) = self.weekday(i + 1, wd) {
                    if !h.relative {
                        return Some(Hit { start: i, ..h });
                    }
                    return hit(h.end, shift(0));
                }
            }
            return hit(i + 1, shift(0));
        }
        if strip(raw, CLITICS, |c| c == "امس" || c == "الامس").is_some() {
            // `أمس الأول`: the day before yesterday.
            if self.next_word(i + 1).as_deref() == Some("الاول") {
                return hit(i + 2, shift(-2));
            }
            return hit(self.after_weekday(i + 1), shift(-1));
        }
        match strip(raw, CLITICS, |c| matches!(c, "اول" | "البارحه" | "الليله" | "غدا" | "غد" | "بعد"))?
        {
            "اول" => match (self.next_word(i + 1).as_deref(), self.next_word(i + 2).as_deref()) {
                (Some("امس"), _) => hit(i + 2, shift(-2)),
                (Some("من"), Some("امس")) => hit(i + 3, shift(-2)),
                _ => None,
            },
            "البارحه" => hit(self.after_weekday(i + 1), shift(-1)),
            "الليله" => match self.next_word(i + 1).as_deref() {
                Some("الماضيه" | "البارحه") => hit(i + 2, shift(-1)),
                _ => None,
            },
            "غدا" => hit(self.after_weekday(i + 1), shift(1)),
            "غد" => {
                let prev = i.checked_sub(1).and_then(|p| self.word(p));
                prev.is_some_and(|p| has(&WORDS.tomorrow_before, &p)).then_some(())?;
                hit(i + 1, shift(1))
            }
            "بعد" => match self.next_word(i + 1).as_deref() {
                Some("غد" | "غدا") => hit(i + 2, shift(2)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `أمس الثلاثاء`, `غدا الجمعة`: the weekday names the same day and joins
    /// the span. Returns the token after the expression.
    fn after_weekday(&self, i: usize) -> usize {
        match self.next_word(i).as_deref() {
            Some(w) if WORDS.weekdays.contains_key(w) => i + 1,
            _ => i,
        }
    }

    /// A weekday name at `i` (already stripped to `w`): followed by a date it
    /// is that date; otherwise resolved against the reference.
    fn weekday(&self, i: usize, w: &str) -> Option<Hit> {
        let wd = *WORDS.weekdays.get(w)?;
        let next = self.next_word(i + 1);
        let next = next.as_deref();
        // `الأحد عشر` is "the eleven"; `كلا الاثنين` is "both".
        if matches!(next, Some("عشر" | "والعشرين")) {
            return None;
        }
        if i > 0
            && self.same_line(i)
            && matches!(self.word(i - 1).as_deref(), Some("كلا" | "هذين" | "بين"))
            && w == "الاثنين"
        {
            return None;
        }
        // `الثلاثاء، 06-10-2020`, `الجمعة 1 نوفمبر 2024`: the printed date wins.
        let mut j = i + 1;
        if matches!(self.punct(j), Some(',' | '،' | '-' | '|')) {
            j += 1;
        }
        if self.same_line(j) {
            if let Some(h) = self.absolute(j) {
                if h.date.is_some() {
                    return Some(Hit { start: i, ..h });
                }
            }
        }
        let rel = self.placement(i + 1);
        let end = if matches!(rel, Rel::Past | Rel::Next) { i + 2 } else { i + 1 };
        let date = self.reference.and_then(|r| {
            let back = (r.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
            match rel {
                Rel::Past => r.checked_sub_days(Days::new(if back == 0 { 7 } else { back.into() })),
                Rel::Next => {
                    let fwd = (7 - back) % 7;
                    r.checked_add_days(Days::new(if fwd == 0 { 7 } else { fwd.into() }))
                }
                _ => r.checked_sub_days(Days::new(back.into())),
            }
        });
        Some(Hit { start: i, end, date, relative: true })
    }

    /// `اليوم` means "today" only standing alone: not `اليوم الذي`, `اليوم
    /// الأول`, `اليوم العالمي`, nor `ذلك اليوم`, `حتى اليوم`.
    fn is_today(&self, i: usize) -> bool {
        if i > 0 && self.same_line(i) {
            if let Some(p) = self.word(i - 1).as_deref() {
                let p = strip(p, &["و", "ف"], |c| has(&WORDS.not_today_before, c)).unwrap_or(p);
                if has(&WORDS.not_today_before, p) {
                    return false;
                }
            }
        }
        match self.next_word(i + 1).as_deref() {
            None => true,
            Some(n) if WORDS.weekdays.contains_key(n) => true,
            Some(n) if has(&WORDS.not_today_after, n) => false,
            // An adjective of `اليوم` (`العالمي`, `الثاني`, `التالي`): a
            // definite word ending in the nisba/ordinal `ي`.
            Some(n) => !(n.starts_with("ال") && n.ends_with('ي') && n != "الي"),
        }
    }
}

/// Bytes of a clitic stuck to the first word of an expression (`والأحد`,
/// `بالأمس`), left out of its span.
fn clitic_len(w: &str) -> usize {
    let known = |c: &str| {
        WORDS.weekdays.contains_key(c)
            || WORDS.ordinals.contains_key(c)
            || WORDS.units.contains_key(c)
            || matches!(c, "يوم" | "اليوم" | "امس" | "الامس" | "البارحه" | "الليله" | "غدا" | "غد" | "بعد")
    };
    if known(w) {
        return 0;
    }
    CLITICS
        .iter()
        .filter(|p| w.strip_prefix(*p).is_some_and(|c| c.chars().count() >= 2 && known(c)))
        .map(|p| p.len())
        .max()
        .unwrap_or(0)
}

/// `w` itself if `ok`, else `w` without one of `prefixes` if that is `ok`.
fn strip<'w>(w: &'w str, prefixes: &[&str], ok: impl Fn(&str) -> bool) -> Option<&'w str> {
    if ok(w) {
        return Some(w);
    }
    prefixes.iter().find_map(|p| w.strip_prefix(p).filter(|c| c.chars().count() >= 2 && ok(c)))
}

/// Place a day and month with no year against the reference date.
fn resolve_yearless(m: u32, d: u32, rel: Rel, r: NaiveDate) -> Option<NaiveDate> {
    let y = r.year();
    // Nearest years first; eight years reach any 29 February.
    let (from, to) = match rel {
        Rel::Current => (y, y),
        Rel::Next => (y, y + 8),
        Rel::None | Rel::Past => (y - 8, y),
    };
    let forward = (from..=to).filter(|_| rel == Rel::Next);
    let backward = (from..=to).rev().filter(|_| rel != Rel::Next);
    forward.chain(backward).filter_map(|y| NaiveDate::from_ymd_opt(y, m, d)).find(|&c| match rel {
        Rel::None => c <= r,
        Rel::Past => c < r,
        Rel::Next => c > r,
        Rel::Current => true,
    })
}

/// The tabular Islamic calendar (civil epoch, 16 July 622 Julian; leap years
/// 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of each 30-year cycle). Observed
/// calendars (Umm al-Qura, sighting) may differ by a day or two.
fn hijri_to_gregorian(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if y < 1 || !(1..=12).contains(&m) || !(1..=30).contains(&d) {
        return None;
    }
    let (y, m, d) = (i64::from(y), i64::from(m), i64::from(d));
    let jdn = (11 * y + 3) / 30 + 354 * y + 30 * m - (m - 1) / 2 + d + 1_948_440 - 385;
    // Julian day number 1 721 426 is 0001-01-01, day 1 from the common era.
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(jdn - 1_721_425).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn within_reads_what_the_whole_scan_reads() {
        let reference = Some(d(2021, 5, 20));
        let lead = "قالت المصادر المحلية ان القوات الحكومية شنت هجوما واسعا علي المنطقه الشرقيه";
        for tail in ["يوم الثلاثاء الماضي", "في الثامن من الشهر الجاري", "يوم 12 ايار 2021", "في15/05/2021", "امس"]
        {
            let text = fold(&format!("{lead} {tail} وسط صمت دولي"));
            let words = crate::text::words(&text, 0..text.len());
            let glued = |r: &Range<usize>| text.as_bytes().get(r.end).is_none_or(|c| !c.is_ascii_whitespace());
            let may = |r: &Range<usize>| may_start_word(&text[r.clone()], glued(r));
            let (Some(first), Some(last)) = (words.iter().position(may), words.iter().rposition(may)) else {
                panic!("{tail}")
            };
            let from = first.checked_sub(LEAD_TOKENS + 1).map_or(0, |k| words[k].end);
            let within = find_folded_within_unchecked(&text, reference, from, words[last].end);
            assert!(!within.is_empty(), "{tail}");
            assert_eq!(format!("{within:?}"), format!("{:?}", find_folded_unchecked(&text, reference)), "{tail}");
        }
    }

    #[test]
    fn hijri_epoch_and_known_days() {
        assert_eq!(hijri_to_gregorian(1, 1, 1), Some(d(622, 7, 19)));
        // 1 Muharram 1445 was 19 July 2023 (Umm al-Qura).
        let got = hijri_to_gregorian(1445, 1, 1).unwrap();
        assert!((got - d(2023, 7, 19)).num_days().abs() <= 1, "{got}");
        // 1 Ramadan 1445 was 11 March 2024.
        let got = hijri_to_gregorian(1445, 9, 1).unwrap();
        assert!((got - d(2024, 3, 11)).num_days().abs() <= 1, "{got}");
    }

    use proptest::prelude::*;

    /// No reference, a Thursday, a leap day.
    fn reference() -> impl Strategy<Value = Option<NaiveDate>> {
        proptest::sample::select(vec![None, Some(d(2020, 10, 1)), Some(d(2024, 2, 29))])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn find_agrees_with_the_folded_copy(s in crate::numbers::tests::mixed(), r in reference()) {
            prop_assert_eq!(find(&s, r), find_by_copy(&s, r));
        }

        #[test]
        fn precheck_drops_no_date(s in crate::numbers::tests::mixed(), w in no_digits(), r in reference()) {
            for t in [fold(&s), fold(&w)] {
                let mut all = Vec::new();
                scan(&t, r, |f| all.push(f));
                let first = first_folded_unchecked(&t, r);
                prop_assert_eq!(first.as_ref(), all.first());
                prop_assert_eq!(find_folded_unchecked(&t, r), all.clone());
                prop_assert_eq!(find_folded(&t, r), all);
            }
        }
    }

    /// Random mixes of the pieces with no digit: dates only from words.
    fn no_digits() -> impl Strategy<Value = String> {
        let pieces: Vec<&str> = crate::numbers::tests::PIECES
            .iter()
            .copied()
            .filter(|p| !fold(p).bytes().any(|b| b.is_ascii_digit()))
            .collect();
        proptest::collection::vec(proptest::sample::select(pieces), 0..48).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn find_agrees_on_any_string(s in "\\PC*", t in any::<String>(), r in reference()) {
            prop_assert_eq!(find(&s, r), find_by_copy(&s, r));
            prop_assert_eq!(find(&t, r), find_by_copy(&t, r));
        }
    }

    #[test]
    fn find_agrees_on_marked_and_long_words() {
        let r = Some(d(2020, 10, 1));
        let long = "ب".repeat(40);
        for s in [
            "وَالثُّلَاثَاءِ، ٠٦-١٠-٢٠٢٠ م".to_string(),
            "بِالأَمْسِ وفي الـ٢٧ من أيلول\u{200f}/سبتمبر ٢٠٢٠".to_string(),
            format!("اليوم ال{long}ي و{long}ين 27 أيلول"),
            "غـــدا\u{2028}الجمعة".to_string(),
        ] {
            assert_eq!(find(&s, r), find_by_copy(&s, r), "{s}");
            assert!(!find(&s, r).is_empty(), "{s}");
        }
    }

    #[test]
    fn precheck_keeps_dates_without_digits() {
        let r = Some(d(2020, 10, 1));
        for s in ["في الأول من الشهر الجاري", "قال أمس", "غرة تشرين الأول المقبل", "يوم الجمعة"]
        {
            assert!(!find_folded(&fold(s), r).is_empty(), "{s}");
            assert!(find_folded(&fold(s), None).is_empty(), "{s}");
        }
        assert!(!may_hold_date(&fold("نص بلا تاريخ ولا عدد"), r));
    }

    #[test]
    fn relative_flag_and_helper() {
        let r = Some(d(2020, 10, 1));
        let t = fold("وقال الوزير الثلاثاء إن الحرب بدأت في 27 أيلول");
        let all = find_folded(&t, r);
        assert_eq!(all.len(), 2);
        assert!(all[0].relative && !all[1].relative);
        assert_eq!(relative_day_folded(&t, r).map(|f| f.date), Some(d(2020, 9, 29)));
        assert_eq!(relative_day_folded(&t, None), None);
    }
}
