//! Properties that hold for every input: no panics, determinism, spans that
//! point into the input, ids that resolve, and a lossless JSON form.

use std::collections::HashSet;

use proptest::prelude::*;
use rasad::{Error, Parser, Report, Span};

/// Words and phrases that wake the extractors up (speech verbs, titles,
/// states, ceasefire and casualty vocabulary, dates, page furniture), written
/// for these tests.
const WORDS: &[&str] = &[
    "قال",
    "وقال",
    "أضاف",
    "وأكد",
    "دعا",
    "دعت",
    "ناشد",
    "أدان",
    "نفى",
    "اتهم",
    "حذر",
    "أعرب عن قلقه",
    "إن",
    "أن",
    "إلى",
    "في",
    "من",
    "و",
    "وزير الخارجية",
    "الرئيس",
    "المتحدث باسم",
    "وزارة الدفاع",
    "الأمين العام",
    "روسيا",
    "الروسي",
    "موسكو",
    "أرمينيا",
    "الأرمينية",
    "أذربيجان",
    "باكو",
    "تركيا",
    "فرنسا",
    "الولايات المتحدة",
    "الأمم المتحدة",
    "لافروف",
    "غوتيريش",
    "وقف إطلاق النار",
    "هدنة إنسانية",
    "فوري",
    "بوساطة",
    "خرق",
    "انتهاك",
    "مقتل",
    "قتلى",
    "جرحى",
    "قتيلا وجريحا",
    "جنديا",
    "مدنيين",
    "مسلحين",
    "أطفال",
    "عشرات",
    "مئات",
    "ثلاثة",
    "واحد وعشرون",
    "ما لا يقل عن",
    "نحو",
    "بين 10 و15",
    "حصيلة",
    "أمس",
    "اليوم",
    "الثلاثاء",
    "2020-10-05",
    "5 أكتوبر 2020",
    "وكالات",
    "رويترز",
    "نقلت وكالة",
    "الأناضول",
    "اقرأ أيضا:",
    "التعليقات (2)",
    "زر الذهاب إلى الأعلى",
    "إسطنبول ـ",
];

/// Marks, quotes, spaces and markup that tend to sit between words.
const GLUE: &[&str] = &[
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u{00A0}",
    ".",
    "،",
    "؛",
    ":",
    "؟",
    "!",
    "-",
    "–",
    "ـ",
    "(",
    ")",
    "«",
    "»",
    "“",
    "”",
    "„",
    "\"",
    "'",
    "\u{200D}",
    "\u{200C}",
    "\u{200F}",
    "\u{FEFF}",
    "\u{064E}",
    "\u{0650}",
    "\u{0651}",
    "\u{0652}",
    "\u{064B}",
    "\u{0670}",
    "<p>",
    "</p>",
    "<br/>",
    "<a href=\"x\">",
    "</a>",
    "&nbsp;",
    "&quot;",
];

fn arabic_letter() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::char::range('\u{0621}', '\u{064A}').prop_map(String::from),
        prop::char::range('\u{0671}', '\u{06D3}').prop_map(String::from),
        prop::sample::select(vec!['ی', 'ک', 'ە', 'ۀ', 'ٱ']).prop_map(String::from),
    ]
}

fn number() -> impl Strategy<Value = String> {
    // Western, Arabic-Indic and Persian digits, sometimes mixed in one number.
    prop::collection::vec(
        prop_oneof![
            prop::char::range('0', '9'),
            prop::char::range('\u{0660}', '\u{0669}'),
            prop::char::range('\u{06F0}', '\u{06F9}')
        ],
        1..6,
    )
    .prop_map(|d| d.into_iter().collect())
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(WORDS).prop_map(String::from),
        4 => prop::sample::select(GLUE).prop_map(String::from),
        2 => prop::collection::vec(arabic_letter(), 1..8).prop_map(|v| v.concat()),
        2 => number(),
        1 => any::<char>().prop_map(String::from),
    ]
}

/// Arabic-heavy text: news vocabulary, letters, digits of three scripts,
/// punctuation, quotes, newlines, diacritics, tatweel, joiners and HTML.
fn arabic_text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..80).prop_map(|v| v.concat())
}

fn check_span(input: &str, span: Span, what: &str) {
    assert!(span.start < span.end, "{what}: empty or reversed span {span:?}");
    assert!(span.end <= input.len(), "{what}: span {span:?} past the end ({})", input.len());
    assert!(
        input.is_char_boundary(span.start) && input.is_char_boundary(span.end),
        "{what}: span {span:?} splits a character"
    );
    assert!(span.text(input).is_some(), "{what}: span {span:?} has no text");
}

/// Every invariant a report must satisfy for the input it came from.
fn check_report(input: &str, report: &Report) {
    let ids: HashSet<&str> = report.actors.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), report.actors.len(), "actor ids are not unique");
    let known = |id: &str, what: &str| assert!(ids.contains(id), "{what} refers to unknown actor id {id:?}");

    for a in &report.actors {
        for &m in &a.mentions {
            check_span(input, m, "actor mention");
        }
        if let Some(aff) = &a.affiliation {
            known(aff, "affiliation");
        }
    }
    for s in &report.statements {
        check_span(input, s.span, "statement");
        known(&s.speaker, "statement speaker");
        for t in &s.targets {
            known(t, "statement target");
        }
    }
    for c in &report.ceasefires {
        check_span(input, c.span, "ceasefire");
        for id in c.initiators.iter().chain(&c.parties).chain(&c.mediators) {
            known(id, "ceasefire");
        }
    }
    for c in &report.casualties {
        check_span(input, c.span, "casualty");
        for id in c.side.iter().chain(&c.reported_by) {
            known(id, "casualty");
        }
    }
}

fn check_text(input: &str) {
    let first = rasad::parse(input);
    let second = rasad::parse(input);
    assert_eq!(first, second, "two parses of the same text differ");
    if let Ok(report) = first {
        check_report(input, &report);
        let json = serde_json::to_string(&report).expect("a report serializes");
        let back: Report = serde_json::from_str(&json).expect("a report deserializes");
        assert_eq!(back, report, "JSON round trip changed the report");
    }
}

fn config() -> ProptestConfig {
    ProptestConfig { cases: 256, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_unicode_string(s in any::<String>()) {
        check_text(&s);
    }

    #[test]
    fn arabic_heavy_text(s in arabic_text()) {
        check_text(&s);
    }

    #[test]
    fn arabic_heavy_lines(lines in prop::collection::vec(arabic_text(), 1..8)) {
        check_text(&lines.join("\n"));
    }

    #[test]
    fn any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        check_bytes(&bytes);
    }

    #[test]
    fn arabic_bytes_with_damage(
        s in arabic_text(),
        damage in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..4),
    ) {
        let mut bytes = s.into_bytes();
        for (at, b) in damage {
            if !bytes.is_empty() {
                let i = at.index(bytes.len());
                bytes[i] = b;
            }
        }
        check_bytes(&bytes);
    }
}

fn check_bytes(bytes: &[u8]) {
    let got = Parser::new().parse_bytes(bytes);
    match std::str::from_utf8(bytes) {
        Err(e) => assert_eq!(got, Err(Error::InvalidUtf8 { offset: e.valid_up_to() })),
        Ok(text) => {
            assert_eq!(got, rasad::parse(text), "parse_bytes and parse disagree");
            if let Ok(report) = &got {
                check_report(text, report);
            }
        }
    }
}

mod common;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// A figure written in digits (of any script) and in words yields the
    /// same casualty count.
    #[test]
    fn digits_and_words_give_the_same_casualty(n in 3u64..1000) {
        let count = |num: &str| {
            let text = format!("وأعلنت وزارة الصحة مقتل {num} مدنيا في القصف على المدينة.");
            rasad::parse(&text).unwrap().casualties.first().and_then(|c| c.count).map(|c| c.value)
        };
        let digits = count(&n.to_string());
        prop_assert_eq!(digits, Some(n));
        prop_assert_eq!(count(&common::indic(&n.to_string(), 0x0660)), digits);
        prop_assert_eq!(count(&common::words(n)), digits);
    }
}
