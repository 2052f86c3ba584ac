//! Table-driven and property tests for `rasad::numbers`. Every sentence here
//! is written for the test.

use proptest::prelude::*;
use rasad::Qualifier::{self, *};
use rasad::numbers::{find, ordinal, parse};

type Want = (u64, Qualifier, Option<u64>);

/// Whole expressions: `parse` must read each to exactly this.
const PARSE: &[(&str, Want)] = &[
    // digits
    ("0", (0, Exact, None)),
    ("7", (7, Exact, None)),
    ("21", (21, Exact, None)),
    ("٢١", (21, Exact, None)),
    ("۲۱", (21, Exact, None)),
    ("١٢٣٤٥", (12345, Exact, None)),
    ("1,200", (1200, Exact, None)),
    ("1.200", (1200, Exact, None)),
    ("١٬٢٠٠", (1200, Exact, None)),
    ("1 200", (1200, Exact, None)),
    ("1,250,000", (1_250_000, Exact, None)),
    ("2.500.000", (2_500_000, Exact, None)),
    ("10 000", (10_000, Exact, None)),
    ("1.5 مليون", (1_500_000, Exact, None)),
    ("2,5 مليار", (2_500_000_000, Exact, None)),
    ("٣ آلاف", (3000, Exact, None)),
    ("3 ملايين", (3_000_000, Exact, None)),
    ("20 ألفا", (20_000, Exact, None)),
    ("300 ألف", (300_000, Exact, None)),
    ("12 مليونا", (12_000_000, Exact, None)),
    ("ألفين و500", (2500, Exact, None)),
    ("3 آلاف و200", (3200, Exact, None)),
    // units, both genders, cases
    ("واحد", (1, Exact, None)),
    ("واحدة", (1, Exact, None)),
    ("اثنان", (2, Exact, None)),
    ("اثنين", (2, Exact, None)),
    ("اثنتان", (2, Exact, None)),
    ("اثنتين", (2, Exact, None)),
    ("ثلاث", (3, Exact, None)),
    ("ثلاثة", (3, Exact, None)),
    ("أربع", (4, Exact, None)),
    ("اربعة", (4, Exact, None)),
    ("خمسة", (5, Exact, None)),
    ("ستّة", (6, Exact, None)),
    ("سبع", (7, Exact, None)),
    ("ثماني", (8, Exact, None)),
    ("ثمانية", (8, Exact, None)),
    ("ثمان", (8, Exact, None)),
    ("تسعة", (9, Exact, None)),
    ("عشر", (10, Exact, None)),
    ("عشرة", (10, Exact, None)),
    // teens
    ("أحد عشر", (11, Exact, None)),
    ("إحدى عشرة", (11, Exact, None)),
    ("اثنا عشر", (12, Exact, None)),
    ("اثني عشر", (12, Exact, None)),
    ("اثنتا عشرة", (12, Exact, None)),
    ("اثنتي عشرة", (12, Exact, None)),
    ("ثلاثة عشر", (13, Exact, None)),
    ("ثلاث عشرة", (13, Exact, None)),
    ("خمسة عشر", (15, Exact, None)),
    ("ثماني عشرة", (18, Exact, None)),
    ("تسعة عشر", (19, Exact, None)),
    // tens and compounds
    ("عشرون", (20, Exact, None)),
    ("عشرين", (20, Exact, None)),
    ("ثلاثين", (30, Exact, None)),
    ("أربعون", (40, Exact, None)),
    ("تسعين", (90, Exact, None)),
    ("واحد وعشرون", (21, Exact, None)),
    ("إحدى وعشرين", (21, Exact, None)),
    ("اثنان وثلاثون", (32, Exact, None)),
    ("خمسة وأربعين", (45, Exact, None)),
    ("تسع وتسعون", (99, Exact, None)),
    ("خمسةٌ وعشرونَ", (25, Exact, None)),
    // hundreds
    ("مئة", (100, Exact, None)),
    ("مائة", (100, Exact, None)),
    ("مئتان", (200, Exact, None)),
    ("مئتين", (200, Exact, None)),
    ("مائتين", (200, Exact, None)),
    ("ثلاثمئة", (300, Exact, None)),
    ("ثلاث مئة", (300, Exact, None)),
    ("ثلاثمائة", (300, Exact, None)),
    ("أربعمائة", (400, Exact, None)),
    ("ثمانمئة", (800, Exact, None)),
    ("تسعمائة", (900, Exact, None)),
    ("مئة وخمسة وعشرون", (125, Exact, None)),
    ("مائة وعشرون", (120, Exact, None)),
    ("مئتان واثنا عشر", (212, Exact, None)),
    ("خمسمئة وثلاثة", (503, Exact, None)),
    // thousands, millions
    ("ألف", (1000, Exact, None)),
    ("ألفان", (2000, Exact, None)),
    ("ألفين", (2000, Exact, None)),
    ("ثلاثة آلاف", (3000, Exact, None)),
    ("عشرة آلاف", (10_000, Exact, None)),
    ("أحد عشر ألفا", (11_000, Exact, None)),
    ("عشرين ألفا", (20_000, Exact, None)),
    ("مئة ألف", (100_000, Exact, None)),
    ("ألف ومئتان", (1200, Exact, None)),
    ("ألفان وثلاثمئة وخمسة وأربعون", (2345, Exact, None)),
    ("مليون", (1_000_000, Exact, None)),
    ("مليونا", (1_000_000, Exact, None)),
    ("مليونان", (2_000_000, Exact, None)),
    ("مليونين", (2_000_000, Exact, None)),
    ("خمسة ملايين", (5_000_000, Exact, None)),
    ("مليون ونصف", (1_500_000, Exact, None)),
    ("نصف مليون", (500_000, Exact, None)),
    ("ربع مليون", (250_000, Exact, None)),
    ("مليونان وثلاثمئة ألف", (2_300_000, Exact, None)),
    // vague plurals
    ("عشرات", (20, AtLeast, None)),
    ("العشرات", (20, AtLeast, None)),
    ("مئات", (200, AtLeast, None)),
    ("آلاف", (2000, AtLeast, None)),
    ("عشرات الآلاف", (20_000, AtLeast, None)),
    ("مئات الآلاف", (200_000, AtLeast, None)),
    ("بضعة", (3, AtLeast, None)),
    ("بضع", (3, AtLeast, None)),
    ("عدة", (3, AtLeast, None)),
    ("بضعة آلاف", (3000, AtLeast, None)),
    ("بضع مئات", (300, AtLeast, None)),
    ("ملايين", (2_000_000, AtLeast, None)),
    // qualifiers before
    ("نحو 20", (20, Approximate, None)),
    ("حوالي ٣٠", (30, Approximate, None)),
    ("حوالى 30", (30, Approximate, None)),
    ("قرابة ألف", (1000, Approximate, None)),
    ("زهاء مئتي", (200, Approximate, None)),
    ("ما يقارب 40", (40, Approximate, None)),
    ("ما يناهز خمسين", (50, Approximate, None)),
    ("ما يقرب من 60", (60, Approximate, None)),
    ("ما لا يقل عن 20", (20, AtLeast, None)),
    ("أكثر من 100", (100, AtLeast, None)),
    ("أزيد من 70", (70, AtLeast, None)),
    ("ما يزيد عن 15", (15, AtLeast, None)),
    ("ما يزيد على ثلاثين", (30, AtLeast, None)),
    ("على الأقل 8", (8, AtLeast, None)),
    ("ما يصل إلى 400", (400, AtMost, None)),
    ("حتى 50", (50, AtMost, None)),
    ("أقل من عشرة", (10, AtMost, None)),
    ("ما لا يتجاوز 12", (12, AtMost, None)),
    // qualifiers after
    ("20 تقريبا", (20, Approximate, None)),
    ("30 أو أكثر", (30, AtLeast, None)),
    ("ثلاثين أو ما يزيد", (30, AtLeast, None)),
    ("12 على الأقل", (12, AtLeast, None)),
    ("5 فأكثر", (5, AtLeast, None)),
    // ranges
    ("بين 10 و15", (10, Range, Some(15))),
    ("بين 10 و 15", (10, Range, Some(15))),
    ("ما بين ٥ و٧", (5, Range, Some(7))),
    ("من 10 إلى 15", (10, Range, Some(15))),
    ("10-15", (10, Range, Some(15))),
    ("10 - 15", (10, Range, Some(15))),
    ("بين 3 و5 آلاف", (3000, Range, Some(5000))),
    ("بين 300 و500 ألف", (300_000, Range, Some(500_000))),
    ("10-15 ألفا", (10_000, Range, Some(15_000))),
    ("من 20 إلى 30 ألفا", (20_000, Range, Some(30_000))),
    ("بين 800 و1.5 ألف", (800, Range, Some(1500))),
    ("حوالي 20 إلى 30", (20, Range, Some(30))),
    ("بين ثلاثة وخمسة", (3, Range, Some(5))),
    ("بين عشرين وثلاثين", (20, Range, Some(30))),
    ("3 أو 4", (3, Range, Some(4))),
    ("ثلاثة أو أربعة", (3, Range, Some(4))),
    // duals
    ("قتيلان", (2, Exact, None)),
    ("قتيلين", (2, Exact, None)),
    ("جريحين", (2, Exact, None)),
    ("جنديان", (2, Exact, None)),
    ("جنديين", (2, Exact, None)),
    ("شخصين", (2, Exact, None)),
    ("طفلين", (2, Exact, None)),
    ("امرأتين", (2, Exact, None)),
    ("طفلتان", (2, Exact, None)),
    ("مدنيان", (2, Exact, None)),
    ("مدنيين قتلا", (2, Exact, None)),
    ("جنديين أصيبا", (2, Exact, None)),
    ("مسلحين اثنين", (2, Exact, None)),
    ("صحفيين فلسطينيين قتلا", (2, Exact, None)),
];

/// Expressions that are not one whole count.
const NOT_PARSE: &[&str] = &[
    "",
    "قتلى",
    "مدنيين",
    "مقاتلين",
    "2020.10.02",
    "06-10-2020",
    "2020-09-27",
    "10:27",
    "05/10",
    "3.5",
    "+963 11 234 5678",
    "0933123456",
    "الثالث",
    "الحادي عشر",
    "أحد",
    "اثنا",
    "20 شخصا",
    "بثلاثة",
    "covid-19",
    "F16",
    "5km",
    "لست",
    "الاثنين",
];

/// Sentences: `find` must return exactly these counts, in order.
const FIND: &[(&str, &[Want])] = &[
    ("قتل 21جنديا في الهجوم", &[(21, Exact, None)]),
    ("أُصيب بـ12 رصاصة", &[(12, Exact, None)]),
    ("سقط ٧ قتلى و۱۲ جريحا", &[(7, Exact, None), (12, Exact, None)]),
    ("قتل ما لا يقل عن 20 شخصا", &[(20, AtLeast, None)]),
    ("قتل 20 شخصا على الأقل", &[(20, AtLeast, None)]),
    ("قتل 15 مدنيا تقريبا", &[(15, Approximate, None)]),
    ("أصيب بثلاثة جروح", &[(3, Exact, None)]),
    ("لقي خمسة وعشرون شخصا حتفهم", &[(25, Exact, None)]),
    ("قتل مدنيين في القصف", &[]),
    ("مدنيين قتلا في القصف", &[(2, Exact, None)]),
    ("قتل جنديان وأصيب ثلاثة آخرون", &[(2, Exact, None), (3, Exact, None)]),
    ("نقل عشرات الجرحى إلى المستشفى", &[(20, AtLeast, None)]),
    ("نزح آلاف السكان", &[(2000, AtLeast, None)]),
    ("استمرت المعارك 44 يومًا", &[(44, Exact, None)]),
    ("في عام 2019 قتل 30 شخصا", &[(30, Exact, None)]),
    ("خلال العام 2020 سقط 200 قتيل", &[(200, Exact, None)]),
    ("في عامي 2014 و2015 قتل المئات", &[(200, AtLeast, None)]),
    ("في أيلول 2020 اندلعت الحرب", &[]),
    ("في 27 أيلول 2020 اندلعت الحرب", &[(27, Exact, None)]),
    ("في 2020م", &[]),
    ("وقع الانفجار الساعة 10:27 صباحا", &[]),
    ("وقع الانفجار في 2020.10.02", &[]),
    ("صدر البيان في 06-10-2020", &[]),
    ("بتاريخ 05/10/2020 قتل 4", &[(4, Exact, None)]),
    ("ارتفعت النسبة إلى 20 بالمئة", &[(20, Exact, None)]),
    ("بنسبة 20%", &[(20, Exact, None)]),
    ("للاتصال 0933123456", &[]),
    ("للاتصال +963 11 234 5678", &[]),
    ("الهدنة الثالثة من نوعها", &[]),
    ("في اليوم الحادي عشر من القتال", &[]),
    ("في الذكرى الخامسة والعشرين", &[]),
    ("القرار رقم 2254", &[]),
    ("المرة الثانية عشرة", &[]),
    ("ارتفعت الحصيلة من 20 إلى 35 قتيلا", &[(20, Exact, None), (35, Exact, None)]),
    ("قتل من 10 إلى 15 شخصا", &[(10, Range, Some(15))]),
    ("قتل بين 10 و15 مدنيا", &[(10, Range, Some(15))]),
    ("يتراوح العدد بين ثلاثة وخمسة", &[(3, Range, Some(5))]),
    ("بلغ عدد النازحين 1.5 مليون", &[(1_500_000, Exact, None)]),
    ("بلغت الكلفة 2.5 دولار", &[]),
    ("قتل أكثر من ألفي مقاتل", &[(2000, AtLeast, None)]),
    ("بنحو 300 صاروخ", &[(300, Approximate, None)]),
    ("وحوالي أربعين جريحا", &[(40, Approximate, None)]),
    ("وصل عدد القتلى إلى 244", &[(244, Exact, None)]),
    ("اعتقل بضعة أشخاص", &[(3, AtLeast, None)]),
    ("دمرت عدة منازل", &[(3, AtLeast, None)]),
    ("قتل طفلان وامرأتان", &[(2, Exact, None), (2, Exact, None)]),
    ("أصيب شخصين اثنين", &[(2, Exact, None)]),
    ("قُتل ٣ جنود وأصيب ٥ آخرون", &[(3, Exact, None), (5, Exact, None)]),
    ("نشرت طائرات F16 و5 دبابات", &[(5, Exact, None)]),
    ("سقط مئة وعشرون قتيلا ومئتا جريح", &[(120, Exact, None), (200, Exact, None)]),
    ("في الثامن من تشرين الثاني قتل 9", &[(9, Exact, None)]),
    ("لست أدري كم قتل", &[]),
    ("يوم الاثنين قتل اثنان", &[(2, Exact, None)]),
    ("قتل 10 أو أكثر", &[(10, AtLeast, None)]),
    ("نزح عشرات الآلاف من المدنيين", &[(20_000, AtLeast, None)]),
    ("مقتل خمسة آلاف وثلاثمئة شخص", &[(5300, Exact, None)]),
    ("قتل 3 آلاف", &[(3000, Exact, None)]),
    ("انفجرت العبوة 10 صباحا", &[]),
    ("حلقت طائرات ميغ-29 وإف 16 فوق المدينة", &[]),
    ("تقدم اللواء 25 نحو البلدة", &[]),
    ("الصورة 20200924_2.jpg", &[]),
    ("في الفترة بين 1992 و1994 قتل 30 ألفا", &[(30_000, Exact, None)]),
    ("وبعده قتل 3", &[(3, Exact, None)]),
    ("للاستفسار 0933 123 456", &[]),
    ("في عام 2023-2024 تراجع العنف", &[]),
    ("في نوفمبر / November 2024", &[]),
    ("قتل مليون و200 ألف", &[(1_200_000, Exact, None)]),
    ("قتل 2 مليون و300 ألف شخص", &[(2_300_000, Exact, None)]),
    ("قتل أحد الجنود", &[(1, Exact, None)]),
    ("قتلت إحدى النساء", &[(1, Exact, None)]),
    ("أصيب أحد عناصر الشرطة", &[(1, Exact, None)]),
    ("لم يصب أحد بأذى", &[]),
    ("لا أحد يعرف", &[]),
    ("قتل أحد عشر مدنيا", &[(11, Exact, None)]),
    ("قتل أكثر من 3 آلاف مدني", &[(3000, AtLeast, None)]),
    ("نزح نحو 1.2 مليون شخص", &[(1_200_000, Approximate, None)]),
    ("ارتفعت الحصيلة من ثلاثة إلى خمسة", &[(3, Exact, None), (5, Exact, None)]),
    ("قتل مواطنين اثنين", &[(2, Exact, None)]),
    ("قتل 3 مدنيين بينهم طفلان", &[(3, Exact, None), (2, Exact, None)]),
    ("قتل ستة وجرح سبعة", &[(6, Exact, None), (7, Exact, None)]),
    ("بين قتيل وجريح", &[]),
    ("عاد بعد خمس سنوات", &[(5, Exact, None)]),
    ("هاجم بعشرات الطائرات المسيرة", &[(20, AtLeast, None)]),
    ("وقع في القرن التاسع عشر", &[]),
    ("شارك لآلاف الجنود", &[(2000, AtLeast, None)]),
    ("قتل ما يقارب الـ20 شخصا", &[(20, Approximate, None)]),
    ("قتل أكثر من الـ 50 مسلحا", &[(50, AtLeast, None)]),
    ("قتل بين الـ10 والـ15", &[(10, Range, Some(15))]),
    ("اغتيل قائدان ميدانيان", &[(2, Exact, None)]),
    ("أسر عضوين في الحركة", &[(2, Exact, None)]),
    ("بلغ عدد القتلى 1،200 قتيل", &[(1200, Exact, None)]),
    ("قتل 5، 6 و7", &[(5, Exact, None), (6, Exact, None), (7, Exact, None)]),
    ("قتل بحدود 40 شخصا", &[(40, Approximate, None)]),
    ("نزح ألفا شخص", &[(2000, Exact, None)]),
    ("نزح عشرون ألفا من السكان", &[(20_000, Exact, None)]),
];

fn got(c: rasad::Count) -> Want {
    (c.value, c.qualifier, c.upper)
}

#[test]
fn parses_whole_expressions() {
    let mut bad = Vec::new();
    for &(s, want) in PARSE {
        let g = parse(s).map(got);
        if g != Some(want) {
            bad.push(format!("{s:?}: got {g:?}, want {want:?}"));
        }
    }
    assert!(bad.is_empty(), "{} failures:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn rejects_non_counts() {
    let bad: Vec<_> = NOT_PARSE.iter().filter_map(|s| parse(s).map(|c| format!("{s:?}: {c:?}"))).collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn finds_counts_in_sentences() {
    let mut bad = Vec::new();
    for &(s, want) in FIND {
        let g: Vec<Want> = find(s).into_iter().map(|m| got(m.count)).collect();
        if g != want {
            bad.push(format!("{s:?}: got {g:?}, want {want:?}"));
        }
    }
    assert!(bad.is_empty(), "{} failures:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn spans_point_at_the_expression() {
    let cases: &[(&str, &str)] = &[
        ("قتل ما لا يقل عن ٢٠ شخصا", "ما لا يقل عن ٢٠"),
        ("قُتل بينَ 10 و15 مدنيا", "بينَ 10 و15"),
        ("قتل خمسةٌ وعشرونَ جنديا", "خمسةٌ وعشرونَ"),
        ("أُصيب بثلاثة جروح", "ثلاثة"),
        ("وقتل مدنيين قتلا", "مدنيين قتلا"),
        ("وصل ٣٠ أو أكثر", "٣٠ أو أكثر"),
        ("قتل 20 شخصا على الأقل", "20"),
    ];
    for &(s, want) in cases {
        let m = find(s);
        assert_eq!(m.len(), 1, "{s}");
        assert_eq!(&s[m[0].span.start..m[0].span.end], want, "{s}");
    }
}

#[test]
fn reads_ordinals() {
    let cases: &[(&str, Option<u32>)] = &[
        ("الأول", Some(1)),
        ("الأولى", Some(1)),
        ("أول", Some(1)),
        ("الثاني", Some(2)),
        ("الثانية", Some(2)),
        ("الثالثة", Some(3)),
        ("الرابع", Some(4)),
        ("الخامسة", Some(5)),
        ("السادس", Some(6)),
        ("السابعة", Some(7)),
        ("الثامن", Some(8)),
        ("التاسع", Some(9)),
        ("العاشر", Some(10)),
        ("العاشرة", Some(10)),
        ("الحادي عشر", Some(11)),
        ("الحادية عشرة", Some(11)),
        ("الثاني عشر", Some(12)),
        ("الثالث عشر", Some(13)),
        ("التاسعة عشرة", Some(19)),
        ("العشرون", Some(20)),
        ("العشرين", Some(20)),
        ("الحادي والعشرون", Some(21)),
        ("الخامس والعشرين", Some(25)),
        ("التاسع والتسعون", Some(99)),
        ("ثالث", Some(3)),
        ("وللمرة", None),
        ("للثالث", Some(3)),
        ("والسابع", Some(7)),
        ("المئة", Some(100)),
        ("الحادي", None),
        ("عشرون", None),
        ("ثلاثة", None),
        ("", None),
    ];
    for &(s, want) in cases {
        assert_eq!(ordinal(s), want, "{s}");
    }
}

// ---------------------------------------------------------------------------
// Property tests.

mod common;
use common::{indic, words};

#[test]
fn word_generator_samples() {
    assert_eq!(words(2345), "ألفان وثلاثمئة وخمسة وأربعون");
    assert_eq!(words(13_012), "ثلاثة عشر ألف واثنا عشر");
}

proptest! {
    #[test]
    fn digits_parse_to_themselves(n in 0u64..10_000_000) {
        let w = n.to_string();
        prop_assert_eq!(parse(&w).map(|c| c.value), Some(n));
        prop_assert_eq!(parse(&indic(&w, 0x0660)).map(|c| c.value), Some(n));
        prop_assert_eq!(parse(&indic(&w, 0x06F0)).map(|c| c.value), Some(n));
    }

    #[test]
    fn words_parse_to_themselves(n in 0u64..1_000_000) {
        let w = words(n);
        prop_assert_eq!(parse(&w).map(|c| (c.value, c.qualifier)), Some((n, Exact)), "{}", w);
    }

    #[test]
    fn words_in_a_sentence_are_one_count(n in 1u64..1_000_000) {
        let s = format!("وأعلنت الوزارة مقتل {} شخصا في القصف", words(n));
        let m = find(&s);
        prop_assert_eq!(m.len(), 1, "{}", s);
        prop_assert_eq!(m[0].count.value, n);
    }

    #[test]
    fn spans_in_bounds_on_char_boundaries(s in "[ 0-9٠-٩۰-۹.,:/+\\-%a-zاأإآبتثجحخدذرزسشصضطظعغفقكلمنهويىةءئؤ\u{064B}-\u{0652}ـ]{0,80}") {
        for m in find(&s) {
            prop_assert!(m.span.start < m.span.end && m.span.end <= s.len());
            prop_assert!(s.is_char_boundary(m.span.start) && s.is_char_boundary(m.span.end));
        }
    }

    #[test]
    fn never_panics(s in "\\PC{0,120}") {
        let _ = find(&s);
        let _ = parse(&s);
        let _ = ordinal(&s);
    }
}

#[test]
fn a_second_figure_with_its_own_scale_is_not_added() {
    let f: Vec<u64> = rasad::numbers::find("نزح 250 ألفا و400 ألف آخرون").iter().map(|m| m.count.value).collect();
    assert_eq!(f, vec![250_000, 400_000]);
    let c = parse("بين 385 ألفا و600 ألف").unwrap();
    assert_eq!((c.value, c.upper, c.qualifier), (385_000, Some(600_000), Qualifier::Range));
    assert_eq!(parse("مليون وخمسمئة ألف").map(|c| c.value), Some(1_500_000));
}
