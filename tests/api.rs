//! The public API: refusals, thread-safety and trait bounds, the JSON field
//! names of `spec/REPORT.md`, and odd inputs that must still give a report.

use std::collections::BTreeSet;
use std::fmt::Debug;

use chrono::NaiveDate;
use rasad::{
    Actor, ActorKind, Casualty, Ceasefire, CeasefireKind, Count, Error, Mode, Outcome, Parser, Qualifier, Report,
    Source, Span, Statement, StatementKind, Victims,
};
use serde_json::{Value, json};

const SENTENCE: &str = "وقال وزير الخارجية الروسي إن موسكو تدعو إلى وقف فوري لإطلاق النار.";

// ---------------------------------------------------------------- refusals

#[test]
fn empty_and_whitespace_are_refused() {
    assert_eq!(rasad::parse(""), Err(Error::Empty));
    assert_eq!(rasad::parse(" \n\t\r\n  "), Err(Error::Empty));
    assert_eq!(rasad::parse("\u{00A0}\u{2003}\n"), Err(Error::Empty));
    assert_eq!(Parser::new().parse_bytes(b""), Err(Error::Empty));
}

#[test]
fn text_without_arabic_is_refused() {
    assert_eq!(rasad::parse("The minister said the war is over. 2020-10-05"), Err(Error::NotArabic));
    assert_eq!(rasad::parse("123 ٤٥٦ ۷۸۹ «»"), Err(Error::NotArabic));
    assert_eq!(rasad::parse("\u{064E}\u{0651}\u{0652}"), Err(Error::NotArabic), "marks alone are not letters");
}

#[test]
fn too_large_with_a_custom_limit() {
    let p = Parser::new().max_input_bytes(32);
    let long = "قال الوزير إن الحرب انتهت اليوم.";
    assert!(long.len() > 32);
    assert_eq!(p.parse(long), Err(Error::TooLarge { size: long.len(), limit: 32 }));
    assert_eq!(p.parse_bytes(long.as_bytes()), Err(Error::TooLarge { size: long.len(), limit: 32 }));
    // Exactly at the limit is fine.
    let at = "قتل جندي";
    assert!(Parser::new().max_input_bytes(at.len()).parse(at).is_ok());
    // The size check comes first: a huge invalid input is refused for its size.
    let junk = vec![0xffu8; 64];
    assert_eq!(p.parse_bytes(&junk), Err(Error::TooLarge { size: 64, limit: 32 }));
    assert_eq!(Parser::DEFAULT_MAX_INPUT_BYTES, 8 << 20);
}

#[test]
fn invalid_utf8_reports_the_offset() {
    let p = Parser::new();
    let mut bytes = "قال".as_bytes().to_vec();
    bytes.push(0xff);
    bytes.extend_from_slice("الوزير".as_bytes());
    assert_eq!(p.parse_bytes(&bytes), Err(Error::InvalidUtf8 { offset: 6 }));
    // Windows-1256 bytes for an Arabic word.
    assert_eq!(p.parse_bytes(b"\xe3\xd1\xcd\xc8\xc7"), Err(Error::InvalidUtf8 { offset: 0 }));
    // A sequence cut off at the end.
    let mut cut = "حرب".as_bytes().to_vec();
    cut.pop();
    assert_eq!(p.parse_bytes(&cut), Err(Error::InvalidUtf8 { offset: 4 }));
    // UTF-8 bytes parse as the text would.
    assert_eq!(p.parse_bytes(SENTENCE.as_bytes()), p.parse(SENTENCE));
}

#[test]
fn errors_are_std_errors_with_clear_messages() {
    fn is_error<E: std::error::Error + Send + Sync + 'static>(_: &E) {}
    let e = Error::InvalidUtf8 { offset: 17 };
    is_error(&e);
    assert!(e.to_string().contains("17"));
    assert!(Error::TooLarge { size: 100, limit: 10 }.to_string().contains("100"));
    assert!(!Error::Empty.to_string().is_empty());
    assert!(!Error::NotArabic.to_string().is_empty());
}

// ---------------------------------------------------------------- traits

fn data_type<T: Clone + Debug + PartialEq + Send + Sync + 'static>() {}

#[test]
fn public_types_are_plain_thread_safe_data() {
    fn parser<T: Clone + Debug + Default + Send + Sync + 'static>() {}
    parser::<Parser>();
    data_type::<Report>();
    data_type::<Source>();
    data_type::<Actor>();
    data_type::<ActorKind>();
    data_type::<Statement>();
    data_type::<StatementKind>();
    data_type::<Mode>();
    data_type::<Ceasefire>();
    data_type::<CeasefireKind>();
    data_type::<Casualty>();
    data_type::<Outcome>();
    data_type::<Victims>();
    data_type::<Count>();
    data_type::<Qualifier>();
    data_type::<Span>();
    data_type::<Error>();
    data_type::<rasad::numbers::NumberMatch>();
    data_type::<rasad::dates::DateMatch>();
}

#[test]
fn one_parser_serves_many_threads() {
    let parser = Parser::new().reference_date(NaiveDate::from_ymd_opt(2020, 10, 6).unwrap());
    let texts = [SENTENCE, "وأعلنت وزارة الدفاع الأرمينية مقتل 3 جنود.", "دعت فرنسا إلى هدنة إنسانية."];
    let alone: Vec<_> = texts.iter().map(|t| parser.parse(t)).collect();
    let shared = &parser;
    let together: Vec<_> = std::thread::scope(|s| {
        let hs: Vec<_> = texts.iter().map(|t| s.spawn(move || shared.parse(t))).collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(alone, together);
    let copy = parser.clone();
    assert_eq!(copy.reference(), parser.reference());
}

// ---------------------------------------------------------------- JSON

fn keys(v: &Value) -> BTreeSet<&str> {
    v.as_object().expect("an object").keys().map(String::as_str).collect()
}

fn set<'a>(names: &[&'a str]) -> BTreeSet<&'a str> {
    names.iter().copied().collect()
}

fn sample_report() -> Report {
    let span = Span { start: 0, end: 6 };
    let day = NaiveDate::from_ymd_opt(2020, 10, 5);
    Report {
        source: Source {
            outlet: Some("الصحيفة".into()),
            published: day,
            dateline: Some("باكو".into()),
            agencies: vec!["وكالات".into()],
            cited: vec!["رويترز".into()],
            headline: Some("عنوان".into()),
        },
        actors: vec![Actor {
            id: "RUS".into(),
            kind: ActorKind::State,
            name: "روسيا".into(),
            affiliation: None,
            role: None,
            mentions: vec![span],
        }],
        statements: vec![Statement {
            speaker: "RUS".into(),
            kind: StatementKind::Appeal,
            mode: Mode::Indirect,
            text: "وقف القتال".into(),
            targets: vec![],
            date: day,
            span,
        }],
        ceasefires: vec![Ceasefire {
            kind: CeasefireKind::Call,
            initiators: vec!["RUS".into()],
            parties: vec![],
            mediators: vec![],
            immediate: true,
            humanitarian: false,
            effective: None,
            ordinal: Some(3),
            span,
        }],
        casualties: vec![Casualty {
            outcome: Outcome::KilledOrWounded,
            count: Some(Count { value: 10, qualifier: Qualifier::Range, upper: Some(15) }),
            victims: Victims::Civilians,
            side: None,
            cumulative: true,
            reported_by: Some("RUS".into()),
            date: day,
            span,
        }],
    }
}

#[test]
fn json_field_names_follow_the_spec() {
    let v = serde_json::to_value(sample_report()).unwrap();
    assert_eq!(keys(&v), set(&["source", "actors", "statements", "ceasefires", "casualties"]));
    assert_eq!(keys(&v["source"]), set(&["outlet", "published", "dateline", "agencies", "cited", "headline"]));
    assert_eq!(keys(&v["actors"][0]), set(&["id", "kind", "name", "affiliation", "role", "mentions"]));
    assert_eq!(keys(&v["statements"][0]), set(&["speaker", "kind", "mode", "text", "targets", "date", "span"]));
    assert_eq!(
        keys(&v["ceasefires"][0]),
        set(&[
            "kind",
            "initiators",
            "parties",
            "mediators",
            "immediate",
            "humanitarian",
            "effective",
            "ordinal",
            "span"
        ])
    );
    assert_eq!(
        keys(&v["casualties"][0]),
        set(&["outcome", "count", "victims", "side", "cumulative", "reported_by", "date", "span"])
    );
    assert_eq!(v["casualties"][0]["count"], json!({"value": 10, "qualifier": "range", "upper": 15}));
    assert_eq!(v["statements"][0]["span"], json!({"start": 0, "end": 6}));
    assert_eq!(v["actors"][0]["mentions"][0], json!({"start": 0, "end": 6}));
    assert_eq!(v["source"]["published"], json!("2020-10-05"));
    assert_eq!(v["actors"][0]["affiliation"], Value::Null);
    assert_eq!(v["ceasefires"][0]["effective"], Value::Null);
}

#[test]
fn enums_are_snake_case() {
    let s = |v: Value| v.as_str().unwrap().to_owned();
    let kinds: Vec<String> =
        [ActorKind::State, ActorKind::Organization, ActorKind::Institution, ActorKind::Person, ActorKind::Group]
            .map(|k| s(json!(k)))
            .into();
    assert_eq!(kinds, ["state", "organization", "institution", "person", "group"]);
    let st = [
        StatementKind::Assertion,
        StatementKind::Appeal,
        StatementKind::Condemnation,
        StatementKind::Concern,
        StatementKind::Denial,
        StatementKind::Accusation,
        StatementKind::Warning,
        StatementKind::Support,
    ]
    .map(|k| s(json!(k)));
    assert_eq!(st, ["assertion", "appeal", "condemnation", "concern", "denial", "accusation", "warning", "support"]);
    assert_eq!([Mode::Direct, Mode::Indirect].map(|k| s(json!(k))), ["direct", "indirect"]);
    let cf = [
        CeasefireKind::Call,
        CeasefireKind::Agreement,
        CeasefireKind::Violation,
        CeasefireKind::Offer,
        CeasefireKind::Failure,
    ]
    .map(|k| s(json!(k)));
    assert_eq!(cf, ["call", "agreement", "violation", "offer", "failure"]);
    let out = [Outcome::Killed, Outcome::Wounded, Outcome::KilledOrWounded, Outcome::Missing, Outcome::Captured]
        .map(|k| s(json!(k)));
    assert_eq!(out, ["killed", "wounded", "killed_or_wounded", "missing", "captured"]);
    let vic =
        [Victims::Civilians, Victims::Military, Victims::Fighters, Victims::Children, Victims::Women, Victims::People]
            .map(|k| s(json!(k)));
    assert_eq!(vic, ["civilians", "military", "fighters", "children", "women", "people"]);
    let q = [Qualifier::Exact, Qualifier::AtLeast, Qualifier::AtMost, Qualifier::Approximate, Qualifier::Range]
        .map(|k| s(json!(k)));
    assert_eq!(q, ["exact", "at_least", "at_most", "approximate", "range"]);
}

#[test]
fn json_round_trips() {
    let r = sample_report();
    let back: Report = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
    assert_eq!(back, r);
    let parsed = rasad::parse(SENTENCE).unwrap();
    let v = serde_json::to_value(&parsed).unwrap();
    assert_eq!(keys(&v), set(&["source", "actors", "statements", "ceasefires", "casualties"]));
    assert_eq!(serde_json::from_value::<Report>(v).unwrap(), parsed);
}

// ---------------------------------------------------------------- odd inputs

/// Parse `text`, which must succeed, and check every span lies in it.
fn parses(text: &str) -> Report {
    let r = rasad::parse(text).unwrap_or_else(|e| panic!("refused: {e}"));
    let spans = r
        .actors
        .iter()
        .flat_map(|a| a.mentions.iter().copied())
        .chain(r.statements.iter().map(|s| s.span))
        .chain(r.ceasefires.iter().map(|c| c.span))
        .chain(r.casualties.iter().map(|c| c.span));
    for sp in spans {
        assert!(sp.start < sp.end && sp.text(text).is_some(), "bad span {sp:?}");
    }
    r
}

#[test]
fn a_hundred_thousand_character_line() {
    let words = "قال الوزير إن 3 جنود قتلوا في روسيا و";
    let line: String = words.chars().cycle().take(100_000).collect();
    parses(&line);
    parses(&"ق".repeat(100_000));
    parses(&format!("{}\n{SENTENCE}", "ـ".repeat(100_000)));
}

#[test]
fn control_characters() {
    parses("قال\u{0}الوزير\u{1}\u{7}\u{8}\u{1b}[31m إن الحرب\u{7f} انتهت\r\n\u{c}\u{b}.");
    parses(&format!("\u{FEFF}{SENTENCE}\u{2028}{SENTENCE}\u{2029}\u{85}"));
}

#[test]
fn lone_combining_marks() {
    parses("\u{0651}\u{064E}\u{0650} قال");
    parses("\u{0300}\u{0301}\u{064B}\u{064B}\u{064B}ب\u{0670}\u{0654}\u{0655}");
    parses(&format!("{}{SENTENCE}{}", "\u{0652}".repeat(1000), "\u{200D}".repeat(1000)));
}

#[test]
fn html_markup() {
    parses(
        "<html><head><title>عنوان</title><script>var x = \"قال\";</script></head>\
         <body><div class=\"a\"><p>قال الوزير &quot;الحرب انتهت&quot;</p><br/>\
         <a href=\"/x\">اقرأ أيضا</a><!-- تعليق --></div></body></html>",
    );
    parses("<p>«<b>قال</b>»</p>");
}

#[test]
fn mixed_scripts_and_digits() {
    parses("قتل ٢١ جنديا و۲۱ مدنيا و21 مسلحا في 2020-10-05 — Reuters 日本 🇦🇿");
    parses("\u{202E}قال\u{202C} \u{2066}الوزير\u{2069}");
}
