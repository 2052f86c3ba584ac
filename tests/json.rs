//! `Report::to_json` / `write_json` give exactly the bytes of
//! `serde_json::to_string`, on real articles, on arbitrary text and on a
//! report whose strings hold every character JSON escapes.

use chrono::NaiveDate;
use proptest::prelude::*;
use rasad::{
    Actor, ActorKind, Casualty, Ceasefire, CeasefireKind, Count, Mode, Outcome, Qualifier, Report, Source, Span,
    Statement, StatementKind, Victims,
};

fn same_as_serde_json(report: &Report) {
    let want = serde_json::to_string(report).unwrap();
    assert_eq!(report.to_json(), want);
    // appending keeps what is already in the buffer
    let mut line = String::from("{\"report\":");
    report.write_json(&mut line);
    assert_eq!(line.strip_prefix("{\"report\":"), Some(want.as_str()));
}

#[test]
fn world_articles() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/world");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            let report = rasad::parse(&text).unwrap();
            assert!(!report.actors.is_empty(), "{}", path.display());
            same_as_serde_json(&report);
            n += 1;
        }
    }
    assert!(n >= 10, "only {n} articles");
}

#[test]
fn own_sentences() {
    for text in [
        "دعت روسيا إلى وقف فوري لإطلاق النار.",
        "موسكو ـ وكالات\nالثلاثاء 6 تشرين الأول/أكتوبر 2020\nوقال وزير الخارجية الروسي سيرغي لافروف: \"الحل سياسي\\ لا عسكري\".",
        "وأعلنت وزارة الصحة مقتل 1234567 شخصا\tوإصابة 12 آخرين بين 10 و15 جريحا.",
        "اتفقت أرمينيا وأذربيجان على هدنة إنسانية بوساطة فرنسية اعتبارا من منتصف الليل.\r\nوأدانت الأمم المتحدة خرق الهدنة للمرة الثالثة.",
        "قال الرئيس \u{1}\u{1f}\u{7f}\u{2028}\u{2029} إن \"الهدنة\" صامدة 𝄞.",
    ] {
        same_as_serde_json(&rasad::parse(text).unwrap());
    }
}

/// Every byte below 0x20, both characters escaped by name, and the ones
/// left alone (DEL, U+2028, U+2029, astral, `/`), alone and inside Arabic.
fn nasty(i: usize) -> String {
    let mut s = String::from("قال \"لا\" \\ ");
    for b in 0u8..0x20 {
        s.push(char::from(b));
        if usize::from(b) % 3 == i % 3 {
            s.push_str("نص");
        }
    }
    s.push_str("\u{7f}/\u{2028}\u{2029}𝄞\u{feff}«»");
    s.push_str(&"ب\"".repeat(i));
    s
}

#[test]
fn hand_built_report_with_every_escape() {
    let span = |start, end| Span { start, end };
    let day = NaiveDate::from_ymd_opt(2024, 5, 14);
    let report = Report {
        source: Source {
            outlet: Some(nasty(0)),
            published: day,
            dateline: None,
            agencies: vec![nasty(1), String::new(), "\\".into()],
            cited: vec![],
            headline: Some(nasty(2)),
        },
        actors: vec![
            Actor {
                id: "a\"b".into(),
                kind: ActorKind::Person,
                name: nasty(3),
                affiliation: Some("\n".into()),
                role: None,
                mentions: vec![span(0, 9), span(10, 100), span(999_999, 1_000_000), span(usize::MAX - 1, usize::MAX)],
            },
            Actor {
                id: "x".into(),
                kind: ActorKind::Group,
                name: "\u{0}".into(),
                affiliation: None,
                role: Some(nasty(4)),
                mentions: vec![],
            },
        ],
        statements: vec![Statement {
            speaker: "a\"b".into(),
            kind: StatementKind::Warning,
            mode: Mode::Direct,
            text: nasty(5),
            targets: vec!["x".into(), "\u{1f}\u{1f}".into()],
            date: None,
            span: span(12_345, 67_890),
        }],
        ceasefires: vec![Ceasefire {
            kind: CeasefireKind::Failure,
            initiators: vec![nasty(6)],
            parties: vec![],
            mediators: vec!["\t\r\u{8}\u{c}".into()],
            immediate: true,
            humanitarian: false,
            effective: NaiveDate::from_ymd_opt(1, 1, 1),
            ordinal: Some(u32::MAX),
            span: span(0, 1),
        }],
        casualties: vec![
            Casualty {
                outcome: Outcome::KilledOrWounded,
                count: Some(Count { value: u64::MAX, qualifier: Qualifier::Range, upper: Some(0) }),
                victims: Victims::Children,
                side: Some(nasty(7)),
                cumulative: true,
                reported_by: None,
                date: NaiveDate::from_ymd_opt(9999, 12, 31),
                span: span(5, 6),
            },
            Casualty {
                outcome: Outcome::Captured,
                count: None,
                victims: Victims::People,
                side: None,
                cumulative: false,
                reported_by: Some(String::new()),
                date: None,
                span: span(7, 8),
            },
        ],
    };
    same_as_serde_json(&report);
    same_as_serde_json(&Report::default());
    let json = report.to_json();
    for escape in ["\\\"", "\\\\", "\\n", "\\r", "\\t", "\\b", "\\f", "\\u0000", "\\u001f", "\\u000b"] {
        assert!(json.contains(escape), "{escape}");
    }
    assert!(json.contains("\u{7f}/\u{2028}\u{2029}𝄞"));
}

/// Arabic sentences the extractors read, with arbitrary text in the
/// headline, a quotation, a name slot and the body.
fn article(head: &str, quote: &str, name: &str, tail: &str) -> String {
    format!(
        "{head}\nموسكو - وكالات\nوقال وزير الخارجية الروسي {name} في بيان: \"{quote}\".\nوأعلنت وزارة الصحة مقتل 12 مدنيا {tail} ودعت الأمم المتحدة إلى هدنة إنسانية فورية.\n{tail}"
    )
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\\x00-\\x20\"\\\\\\x7f\u{2028}\u{2029}\u{10000}-\u{10ffff}ا-ي ]{0,40}",
        "[ا-ي \"\\\\\n\t]{0,60}",
    ]
}

#[test]
fn the_article_template_carries_odd_text_into_the_report() {
    let text = article("عنوان \u{1}\\", "الحل \\ \u{1f} سياسي", "سيرغي لافروف", "\t");
    let report = rasad::parse(&text).unwrap();
    same_as_serde_json(&report);
    let json = report.to_json();
    assert!(json.contains(r#""text":"الحل \\ \u001f سياسي""#), "{json}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_gives_serde_json_bytes(head in piece(), quote in piece(), name in piece(), tail in piece()) {
        if let Ok(report) = rasad::parse(&article(&head, &quote, &name, &tail)) {
            prop_assert_eq!(report.to_json(), serde_json::to_string(&report).unwrap());
        }
        if let Ok(report) = rasad::parse(&head) {
            prop_assert_eq!(report.to_json(), serde_json::to_string(&report).unwrap());
        }
    }
}

/// A report built from arbitrary values: every enum variant, spans and
/// counts of every width (the digit writer has a branch per width), dates
/// of any year chrono has, and arbitrary strings.
fn any_report() -> impl Strategy<Value = Report> {
    let num = || {
        prop_oneof![0..20_000usize, any::<usize>(), Just(9_999usize), Just(10_000), Just(99_999_999), Just(100_000_000)]
    };
    let span = move || (num(), num()).prop_map(|(start, end)| Span { start, end });
    let day = || {
        proptest::option::of((-262_000i32..262_000, 1u32..13, 1u32..29))
            .prop_map(|d| d.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)))
    };
    let text = || prop_oneof![piece(), "[a-zA-Z_]{0,8}"];
    let ids = move || proptest::collection::vec(text(), 0..3);
    let actor = (
        text(),
        0..5usize,
        text(),
        proptest::option::of(text()),
        proptest::option::of(text()),
        proptest::collection::vec(span(), 0..4),
    )
        .prop_map(|(id, k, name, affiliation, role, mentions)| Actor {
            id,
            kind: [
                ActorKind::State,
                ActorKind::Organization,
                ActorKind::Institution,
                ActorKind::Person,
                ActorKind::Group,
            ][k],
            name,
            affiliation,
            role,
            mentions,
        });
    let statement = (text(), 0..8usize, any::<bool>(), text(), ids(), day(), span()).prop_map(
        |(speaker, k, direct, text, targets, date, span)| Statement {
            speaker,
            kind: [
                StatementKind::Assertion,
                StatementKind::Appeal,
                StatementKind::Condemnation,
                StatementKind::Concern,
                StatementKind::Denial,
                StatementKind::Accusation,
                StatementKind::Warning,
                StatementKind::Support,
            ][k],
            mode: if direct { Mode::Direct } else { Mode::Indirect },
            text,
            targets,
            date,
            span,
        },
    );
    let ceasefire = (0..5usize, ids(), ids(), ids(), any::<(bool, bool)>(), day(), any::<Option<u32>>(), span())
        .prop_map(|(k, initiators, parties, mediators, (immediate, humanitarian), effective, ordinal, span)| {
            Ceasefire {
                kind: [
                    CeasefireKind::Call,
                    CeasefireKind::Agreement,
                    CeasefireKind::Violation,
                    CeasefireKind::Offer,
                    CeasefireKind::Failure,
                ][k],
                initiators,
                parties,
                mediators,
                immediate,
                humanitarian,
                effective,
                ordinal,
                span,
            }
        });
    let count = proptest::option::of((any::<u64>(), 0..5usize, any::<Option<u64>>())).prop_map(|c| {
        c.map(|(value, q, upper)| Count {
            value,
            qualifier: [
                Qualifier::Exact,
                Qualifier::AtLeast,
                Qualifier::AtMost,
                Qualifier::Approximate,
                Qualifier::Range,
            ][q],
            upper,
        })
    });
    let casualty = (
        0..5usize,
        count,
        0..6usize,
        proptest::option::of(text()),
        any::<bool>(),
        proptest::option::of(text()),
        day(),
        span(),
    )
        .prop_map(|(o, count, v, side, cumulative, reported_by, date, span)| Casualty {
            outcome: [Outcome::Killed, Outcome::Wounded, Outcome::KilledOrWounded, Outcome::Missing, Outcome::Captured]
                [o],
            count,
            victims: [
                Victims::Civilians,
                Victims::Military,
                Victims::Fighters,
                Victims::Children,
                Victims::Women,
                Victims::People,
            ][v],
            side,
            cumulative,
            reported_by,
            date,
            span,
        });
    let source =
        (proptest::option::of(text()), day(), proptest::option::of(text()), ids(), ids(), proptest::option::of(text()))
            .prop_map(|(outlet, published, dateline, agencies, cited, headline)| Source {
                outlet,
                published,
                dateline,
                agencies,
                cited,
                headline,
            });
    (
        source,
        proptest::collection::vec(actor, 0..4),
        proptest::collection::vec(statement, 0..3),
        proptest::collection::vec(ceasefire, 0..3),
        proptest::collection::vec(casualty, 0..3),
    )
        .prop_map(|(source, actors, statements, ceasefires, casualties)| Report {
            source,
            actors,
            statements,
            ceasefires,
            casualties,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_reports_give_serde_json_bytes(report in any_report()) {
        prop_assert_eq!(report.to_json(), serde_json::to_string(&report).unwrap());
    }
}
