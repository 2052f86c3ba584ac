//! Casualty figures: every form of the outcome words, counts in digits,
//! words, duals and vague plurals, and numbers that count something else.
//! All sentences are written for these tests.

use proptest::prelude::*;
use rasad::{Casualty, Outcome, Qualifier, Victims};

fn cas(text: &str) -> Vec<Casualty> {
    rasad::parse(text).expect("parse").casualties
}

/// The only casualty of a text.
fn one(text: &str) -> Casualty {
    let cs = cas(text);
    assert_eq!(cs.len(), 1, "expected one casualty in {text:?}, got {cs:#?}");
    cs.into_iter().next().unwrap_or_else(|| unreachable!())
}

/// Outcome, value, qualifier and victims of every casualty of a text.
/// Outcome, value, qualifier, victims and cumulative of each casualty.
type Figure = (Outcome, Option<u64>, Option<Qualifier>, Victims, bool);

fn figures(text: &str) -> Vec<Figure> {
    cas(text)
        .into_iter()
        .map(|c| (c.outcome, c.count.map(|n| n.value), c.count.map(|n| n.qualifier), c.victims, c.cumulative))
        .collect()
}

fn check(text: &str, outcome: Outcome, value: u64, victims: Victims) {
    let c = one(text);
    assert_eq!(c.outcome, outcome, "{text}");
    assert_eq!(c.count.map(|n| n.value), Some(value), "{text}");
    assert_eq!(c.victims, victims, "{text}");
    let span = c.span.text(text).unwrap_or_default();
    assert!(!span.is_empty(), "{text}");
}

use Outcome::*;
use Victims::*;

#[test]
fn killed_nouns() {
    check("أعلن الجيش مقتل 21 جنديا في المعارك.", Killed, 21, Military);
    check("سقط 17 قتيلا في قصف استهدف السوق.", Killed, 17, People);
    check("وأكد الدفاع المدني مصرع 6 أشخاص تحت الأنقاض.", Killed, 6, People);
    check("وانتشلت فرق الإنقاذ 14 جثة من تحت الركام.", Killed, 14, People);
    check("وبلغ عدد الضحايا 33 شخصا في القرية.", Killed, 33, People);
    check("وأعلنت الوزارة وفاة 4 مواطنين متأثرين بجروحهم.", Killed, 4, Civilians);
    check("وشيع الأهالي 9 شهداء سقطوا في القصف.", Killed, 9, People);
    check("أسفر الانفجار عن 12 ضحية على الأقل.", Killed, 12, People);
}

#[test]
fn killed_verbs_with_prefixes() {
    check("قتل 5 مدنيين في غارة جوية على البلدة.", Killed, 5, Civilians);
    check("وقتل 7 أشخاص في اشتباكات مسلحة.", Killed, 7, People);
    check("فقتل 3 مسلحين أثناء المداهمة.", Killed, 3, Fighters);
    check("قتل المسلحون 6 جنود عند الحاجز.", Killed, 6, Military);
    check("وقتلت القوات الحكومية 20 مسلحا في اشتباكات عنيفة.", Killed, 20, Fighters);
    check("لقي 9 أشخاص حتفهم في حادث القصف.", Killed, 9, People);
    check("ولقي 4 جنود مصرعهم في الكمين.", Killed, 4, Military);
    check("وقال الشهود إن 11 مدنيا لقوا حتفهم في الغارة.", Killed, 11, Civilians);
    check("استشهد 12 فلسطينيا برصاص القوات.", Killed, 12, People);
    check("وذكرت المصادر أن 15 مقاتلا قتلوا في المعارك.", Killed, 15, Fighters);
    check("أودى الانفجار بحياة 11 شخصا في السوق.", Killed, 11, People);
    check("وكان 8 مدنيين قد قتلوا في هجوم سابق.", Killed, 8, Civilians);
}

#[test]
fn wounded_forms() {
    check("أصيب 14 شخصا في الانفجار.", Wounded, 14, People);
    check("وأصيب 3 جنود بجروح خطيرة.", Wounded, 3, Military);
    check("وأسفر القصف عن إصابة 25 مدنيا بجروح مختلفة.", Wounded, 25, Civilians);
    check("جرح 13 شخصا في الحادث.", Wounded, 13, People);
    check("ونقل 19 جريحا إلى المستشفى.", Wounded, 19, People);
    check("وأفاد الأطباء بوجود 40 مصابا في المستشفى الميداني.", Wounded, 40, People);
    check("وقالت الشرطة إن 6 عناصر أصيبوا في المواجهات.", Wounded, 6, Fighters);
}

#[test]
fn missing_and_captured() {
    check("ولا يزال 12 شخصا مفقودين بعد القصف.", Missing, 12, People);
    check("وأعلنت السلطات فقدان 7 أشخاص في المنطقة.", Missing, 7, People);
    check("وتمكن المقاتلون من أسر 4 جنود خلال الهجوم.", Captured, 4, Military);
    check("اعتقلت قوات الأمن 25 شخصا في المدينة.", Captured, 25, People);
    check("وتم اعتقال 14 متظاهرا خلال الاحتجاجات.", Captured, 14, People);
    check("واحتجز الخاطفون 9 رهائن في المبنى.", Captured, 9, People);
    check("وأعلن الجيش القبض على 30 مسلحا في المنطقة.", Captured, 30, Fighters);
    check("وقال المتحدث إن قواته تحتجز 16 أسيرا من الطرف الآخر.", Captured, 16, People);
}

#[test]
fn counts_in_words_digits_duals_and_vague_plurals() {
    check("قتل ثلاثة جنود في الهجوم.", Killed, 3, Military);
    check("وسقط ٢٣ قتيلا في المدينة.", Killed, 23, People);
    check("وسقط ۱۲ جريحا في المدينة.", Wounded, 12, People);
    check("وأسفر الهجوم عن مقتل جنديين على الحدود.", Killed, 2, Military);
    check("وسقط قتيلان في تبادل لإطلاق النار.", Killed, 2, People);
    check("وقال الطبيب إن مدنيين قتلا في القصف.", Killed, 2, Civilians);
    let c = one("وخلفت المعارك عشرات القتلى في البلدة.");
    assert_eq!(c.count.map(|n| (n.value, n.qualifier)), Some((20, Qualifier::AtLeast)));
    let c = one("وشهدت المدينة مقتل مئات المدنيين خلال الحصار.");
    assert_eq!(c.count.map(|n| (n.value, n.qualifier)), Some((200, Qualifier::AtLeast)));
    assert_eq!(c.victims, Civilians);
}

#[test]
fn qualifiers() {
    let q = |t: &str| one(t).count.map(|n| (n.value, n.qualifier, n.upper));
    assert_eq!(q("قتل ما لا يقل عن 15 مدنيا في القصف."), Some((15, Qualifier::AtLeast, None)));
    assert_eq!(q("أصيب نحو 40 شخصا في التفجير."), Some((40, Qualifier::Approximate, None)));
    assert_eq!(q("قتل ما بين 10 و15 مسلحا في الكمين."), Some((10, Qualifier::Range, Some(15))));
    assert_eq!(q("قتل 20 مسلحا على الأقل في الغارة."), Some((20, Qualifier::AtLeast, None)));
    assert_eq!(q("أصيب أكثر من 100 شخص بجروح."), Some((100, Qualifier::AtLeast, None)));
    assert_eq!(
        q("عثر على جثث مقاتلين قتلوا في المعارك، وقدرت المصادر أعدادهم بـ40 أو ما يزيد."),
        Some((40, Qualifier::AtLeast, None))
    );
}

#[test]
fn killed_or_wounded_is_one_record() {
    check("أسفرت الاشتباكات عن 60 قتيلا وجريحا.", KilledOrWounded, 60, People);
    check("وسقط نحو 80 شخصا بين قتيل وجريح.", KilledOrWounded, 80, People);
    check("وخلف القصف عشرات القتلى والجرحى في الحي.", KilledOrWounded, 20, People);
    check("وأسفر الهجوم عن مقتل وإصابة 35 شخصا.", KilledOrWounded, 35, People);
}

#[test]
fn separate_figures_in_one_sentence() {
    assert_eq!(
        figures("وسقط 4 قتلى و17 جريحا في الهجوم."),
        vec![
            (Killed, Some(4), Some(Qualifier::Exact), People, false),
            (Wounded, Some(17), Some(Qualifier::Exact), People, false)
        ]
    );
    let f = figures("قتل ثلاثة جنود وأصيب خمسة آخرون في هجوم على نقطة تفتيش.");
    assert_eq!(
        f.iter().map(|x| (x.0, x.1, x.3)).collect::<Vec<_>>(),
        vec![(Killed, Some(3), Military), (Wounded, Some(5), Military)]
    );
    let f = figures("وأسفر القصف عن مقتل 5 جنود و3 مدنيين.");
    assert_eq!(
        f.iter().map(|x| (x.0, x.1, x.3)).collect::<Vec<_>>(),
        vec![(Killed, Some(5), Military), (Killed, Some(3), Civilians)]
    );
    let text = "قال الشاهد إن مدنيين قتلا وأصيب 9 أشخاص في القصف.";
    let cs = cas(text);
    assert_eq!(cs.len(), 2);
    assert_ne!(cs[0].span, cs[1].span, "two figures, two clauses");
}

#[test]
fn subsets_are_their_own_records() {
    let f = figures("قتل 30 شخصا بينهم 6 أطفال و4 نساء.");
    assert_eq!(
        f.iter().map(|x| (x.0, x.1, x.3)).collect::<Vec<_>>(),
        vec![(Killed, Some(30), People), (Killed, Some(6), Children), (Killed, Some(4), Women)]
    );
    let f = figures("وأوضح الطبيب أن 6 من المدنيين المصابين من النساء.");
    assert_eq!(f.iter().map(|x| (x.0, x.1, x.3)).collect::<Vec<_>>(), vec![(Wounded, Some(6), Women)]);
    let f = figures("وقال إن 5 من الجرحى في حالة حرجة.");
    assert_eq!(f.iter().map(|x| (x.0, x.1, x.3)).collect::<Vec<_>>(), vec![(Wounded, Some(5), People)]);
}

#[test]
fn running_totals() {
    let f = figures("وارتفع عدد القتلى إلى 310 منذ بدء الهجوم.");
    assert_eq!(f, vec![(Killed, Some(310), Some(Qualifier::Exact), People, true)]);
    let f = figures("وأعلنت وزارة الصحة ارتفاع حصيلة القتلى إلى 312 قتيلا منذ بدء الحرب.");
    assert_eq!(f, vec![(Killed, Some(312), Some(Qualifier::Exact), People, true)]);
    let f = figures("وبلغت حصيلة قتلى المعارك 45 شخصا.");
    assert_eq!(f, vec![(Killed, Some(45), Some(Qualifier::Exact), People, true)]);
    // an incident and the running total are two records
    let f = figures("وقتل 4 جنود اليوم في قصف على مواقعهم، لترتفع حصيلة قتلى الجيش منذ اندلاع القتال إلى 190 جنديا.");
    assert_eq!(
        f,
        vec![
            (Killed, Some(4), Some(Qualifier::Exact), Military, false),
            (Killed, Some(190), Some(Qualifier::Exact), Military, true)
        ]
    );
    let f = figures("قتل 5 أشخاص أمس وبذلك ترتفع الحصيلة إلى 50 قتيلا.");
    assert_eq!(f.iter().map(|x| (x.1, x.4)).collect::<Vec<_>>(), vec![(Some(5), false), (Some(50), true)]);
    let f = figures("ارتفع عدد القتلى إلى 50 والجرحى إلى 120 منذ بداية المعارك.");
    assert_eq!(
        f.iter().map(|x| (x.0, x.1, x.4)).collect::<Vec<_>>(),
        vec![(Killed, Some(50), true), (Wounded, Some(120), true)]
    );
}

#[test]
fn totals_since_a_start() {
    let f = figures("وقتل أكثر من 15 ألف شخص منذ نيسان الماضي.");
    assert_eq!(f.iter().map(|x| (x.1, x.4)).collect::<Vec<_>>(), vec![(Some(15000), true)]);
    let f = figures("وقتل 300 شخص حتى الآن في المعارك.");
    assert_eq!(f.iter().map(|x| (x.1, x.4)).collect::<Vec<_>>(), vec![(Some(300), true)]);
    let f = figures("وقتل 5 أشخاص منذ صباح اليوم.");
    assert_eq!(f.iter().map(|x| (x.1, x.4)).collect::<Vec<_>>(), vec![(Some(5), false)]);
}

#[test]
fn the_event_word_decides() {
    check("وتوفي 3 جرحى متأثرين بإصاباتهم.", Killed, 3, People);
    check("وأعلن المسلحون أسر 200 من عناصر الجيش.", Captured, 200, Military);
    check("وقتل في الهجوم 6 عسكريين.", Killed, 6, Military);
    check("وأعلنت الشرطة أن 4 من رجالها قتلوا في الكمين.", Killed, 4, People);
    assert!(cas("وتمكنت القوات من تحرير 5 رهائن.").is_empty());
}

#[test]
fn one_child_not_eight() {
    check("وأعلن المستشفى مقتل طفل عمره 8 سنوات في القصف.", Killed, 1, Children);
    check("قتل جندي في هجوم بطائرة مسيرة.", Killed, 1, Military);
}

#[test]
fn unquantified_mentions() {
    let c = one("وأدى القصف إلى سقوط قتلى وجرحى.");
    assert_eq!(c.count, None);
    assert_eq!(c.outcome, KilledOrWounded);
    assert!(cas("ولم يسفر الانفجار عن سقوط قتلى.").is_empty());
}

#[test]
fn headline_repeated_in_body_is_one_record() {
    let text = "مقتل 9 جنود في هجوم على موقع عسكري\nوأعلنت وزارة الدفاع مقتل 9 جنود في هجوم على موقع عسكري قرب الحدود.";
    let c = one(text);
    let body = text.find("وأعلنت").unwrap_or_default();
    assert!(c.span.start >= body, "the body carries the figure");
}

#[test]
fn side_and_reporter() {
    let c = one("وأعلنت أرمينيا مقتل 12 جنديا في المعارك.");
    assert_eq!(c.reported_by.as_deref(), Some("ARM"));
    assert_eq!(c.side.as_deref(), Some("ARM"));
    let c = one("قتل 3 جنود أذربيجانيين في القصف.");
    assert_eq!(c.side.as_deref(), Some("AZE"));
}

#[test]
fn released_prisoners_and_disease_are_not_casualties() {
    assert!(cas("وأفرجت السلطات عن 50 معتقلا في صفقة.").is_empty());
    assert!(cas("وجرى تبادل 100 أسير بين الطرفين.").is_empty());
    assert!(cas("وسجلت الوزارة 300 إصابة جديدة بفيروس كورونا.").is_empty());
    assert!(cas("وسجلت 12 حالة وفاة بالكوليرا.").is_empty());
}

const NEGATIVES: &[&str] = &[
    "وصل 2000 مقاتل إلى المدينة خلال الأسبوع الماضي.",
    "استمرت الحرب 44 يومًا قبل توقيع الاتفاق.",
    "تقدمت القوات مسافة 10 كيلومترات داخل الإقليم.",
    "ارتفعت أسعار الوقود بنسبة 20 بالمئة.",
    "ارتفعت الأسعار 15% خلال شهر.",
    "شملت الاشتباكات 5 محافظات في شمال البلاد.",
    "اندلعت الحرب في 27 أيلول 2020.",
    "وقع الاتفاق عام 1994 بوساطة دولية.",
    "يبلغ عدد سكان الإقليم 150 ألف نسمة.",
    "أصدرت المحكمة حكما بسجنه 5 سنوات.",
    "أرسلت الحكومة 300 جندي إلى الحدود.",
    "تضم الكتيبة 600 عسكري من مختلف الرتب.",
    "استقبلت المدينة 3000 لاجئ منذ الصيف.",
    "قصفت الطائرات 12 موقعا للمسلحين.",
    "دمرت القوات 7 دبابات و3 مدرعات.",
    "أسقطت الدفاعات الجوية 4 طائرات مسيرة.",
    "أطلقت 30 قذيفة على البلدة دون إصابات.",
    "نفذ الطيران 25 غارة على مواقع التنظيم.",
    "للاستفسار اتصلوا بالرقم 0123456789.",
    "بلغت قيمة المساعدات 50 مليون دولار.",
    "عقد مجلس الأمن جلسته الـ15 بشأن الأزمة.",
    "التحق الطفل بالمدرسة وعمره 8 سنوات.",
    "تبعد القرية 15 كيلومترا عن خط الجبهة.",
    "شارك 40 ألف شخص في المظاهرة.",
    "نزح 5000 شخص من منازلهم بسبب المعارك.",
    "قال الوزير إن 3 دول عرضت الوساطة.",
    "استغرقت المفاوضات 12 ساعة متواصلة.",
    "أجريت الانتخابات في 2018 وسط توتر.",
    "يضم البرلمان 101 عضو منتخب.",
    "هاجم 200 مسلح القرية فجرا.",
    "وصل 3 وزراء إلى العاصمة للمشاركة في القمة.",
    "وقع الهجوم في الساعة 5 صباحا.",
    "وصلت 15 شاحنة مساعدات إلى المدينة.",
    "زار 7 صحفيين المدينة المحاصرة.",
    "ارتفع عدد النازحين إلى 20 ألفا.",
    "ارتفع عدد الدول المشاركة في المؤتمر إلى 12 دولة.",
    "ارتفع عدد الجنود المنتشرين إلى 5000 جندي.",
    "تأسست المنظمة قبل 75 عاما.",
    "فاز المنتخب بنتيجة 3 مقابل 1.",
    "يحمل القرار رقم 2254 الصادر عن مجلس الأمن.",
    "أعلنت الحكومة خطة من 10 نقاط لإنهاء الحرب.",
    "تحتل البلاد المرتبة 120 عالميا في مؤشر السلام.",
    "عقدت الجولة الثالثة من المحادثات في 3 تشرين الأول.",
    "خصصت الأمم المتحدة 200 مليون دولار للإغاثة.",
    "يقع المستشفى على بعد 3 كيلومترات من الحدود.",
    "أصابت الصواريخ 3 أهداف عسكرية.",
    "قتلت الحرب آمال 3 أجيال من الشباب.",
    "وأفاد السكان بأن 5 أسر نزحت من الحي.",
    "حكم على المتهم بالسجن 10 سنوات بتهمة القتل.",
];

#[test]
fn numbers_that_count_something_else() {
    assert!(NEGATIVES.len() >= 40);
    let mut bad = Vec::new();
    for s in NEGATIVES {
        let cs = cas(s);
        if !cs.is_empty() {
            bad.push((*s, cs));
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn negatives_together_in_one_article_yield_nothing() {
    let article: String = NEGATIVES.join(" ");
    assert!(cas(&article).is_empty());
}

const NEUTRAL: &[&str] = &[
    "وصل 2000 مقاتل إلى المدينة خلال الأسبوع الماضي.",
    "واستمرت المحادثات 12 ساعة في العاصمة.",
    "وشملت الاشتباكات 5 محافظات في الشمال.",
    "وبلغت قيمة المساعدات 50 مليون دولار.",
    "ودعت الأمم المتحدة إلى وقف فوري لإطلاق النار.",
];

/// Verb or noun forms around a count: (before, after, outcome).
const FORMS: &[(&str, &str, Outcome)] = &[
    ("وأعلن الجيش مقتل", "في المعارك.", Killed),
    ("وقتل", "في القصف.", Killed),
    ("ولقي", "حتفهم في الغارة.", Killed),
    ("وأصيب", "بجروح.", Wounded),
    ("وأسفر الهجوم عن إصابة", "في الحي.", Wounded),
    ("واعتقلت الشرطة", "في المدينة.", Captured),
    ("وأعلنت السلطات فقدان", "في البحر.", Missing),
];

const NOUNS: &[(&str, Victims)] = &[
    ("جنود", Military),
    ("مدنيين", Civilians),
    ("أشخاص", People),
    ("مسلحين", Fighters),
    ("أطفال", Children),
    ("نساء", Women),
];

proptest! {
    #[test]
    fn inserted_figure_is_found_exactly(
        n in 3u64..100_000,
        form in 0..FORMS.len(),
        noun in 0..NOUNS.len(),
        at in 0..=NEUTRAL.len(),
        arabic_digits in any::<bool>(),
    ) {
        let (before, after, outcome) = FORMS[form];
        let (noun_text, victims) = NOUNS[noun];
        let digits = if arabic_digits {
            n.to_string().chars().map(|c| char::from_u32(c as u32 - '0' as u32 + 0x0660).unwrap_or(c)).collect()
        } else {
            n.to_string()
        };
        let sentence = format!("{before} {digits} {noun_text} {after}");
        let mut parts: Vec<String> = NEUTRAL.iter().map(|s| s.to_string()).collect();
        parts.insert(at, sentence.clone());
        let text = format!("تقرير عن الأوضاع الميدانية\n{}", parts.join(" "));
        let cs = cas(&text);
        prop_assert_eq!(cs.len(), 1, "{}: {:#?}", text, cs);
        let c = &cs[0];
        prop_assert_eq!(c.outcome, outcome);
        prop_assert_eq!(c.count.map(|x| x.value), Some(n));
        prop_assert_eq!(c.victims, victims);
        prop_assert!(!c.cumulative);
        let span = c.span.text(&text).unwrap_or_default();
        prop_assert!(span.contains(&digits), "{}", span);
    }

    #[test]
    fn never_panics(s in "\\PC{0,200}") {
        let _ = rasad::parse(&s);
    }
}

#[test]
fn numeral_after_the_counted_noun() {
    check("وأعلنت الخارجية مقتل صحفيين فرنسيين اثنين في الهجوم.", Killed, 2, Civilians);
    check("وأكدت الوزارة مقتل جنود أتراك ثلاثة قرب الحدود.", Killed, 3, Military);
    check("وأعلن الجيش مقتل جنديين اثنين.", Killed, 2, Military);
    check("وأكدت أنقرة مقتل مواطنين تركيين اثنين.", Killed, 2, Civilians);
    check("وأعلنت الشرطة اختطاف 3 أجانب.", Captured, 3, People);
    // the subject before the count is not the counted noun
    check("قتل المسلحون 6 جنود عند الحاجز.", Killed, 6, Military);
    // a subset after the noun is not a numeral on it
    assert!(figures("وأعلن الجيش مقتل مسلحين 3 منهم قادة.").iter().all(|f| f.1 != Some(3)));
}

#[test]
fn count_of_a_force_then_the_verb() {
    check("وقال مصدر إن أربعة من عناصر قوات الأمن أصيبوا بجروح خطيرة.", Wounded, 4, Military);
    check("وقال مصدر إن 7 من عناصر الجيش قتلوا في الكمين.", Killed, 7, Military);
}

#[test]
fn subset_of_people_named_before() {
    check("وأكد القائد أن المسلحين حاولوا الفرار، لافتا إلى مقتل 12 منهم في الاشتباكات.", Killed, 12, Fighters);
    check("وقال إن الجنود صمدوا يومين، مشيرا إلى إصابة 5 منهم بجروح.", Wounded, 5, Military);
    // the counted people before say nothing of who they are
    check("ونقل المسعفون المصابين إلى المستشفى، وأعلنوا وفاة 4 منهم.", Killed, 4, People);
    // `بينهم` names its own people after it, not the subject before
    let f = figures("وأعلن المسلحون قتل 20 بينهم 5 أطفال في القرية.");
    assert_eq!(f[0], (Killed, Some(20), Some(Qualifier::Exact), People, false), "{f:?}");
}

#[test]
fn adjective_on_the_event_noun() {
    let c = one("وندد التقرير باعتقال تعسفي لآلاف الشبان في المدينة.");
    assert_eq!((c.outcome, c.count.map(|n| (n.value, n.qualifier))), (Captured, Some((2000, Qualifier::AtLeast))));
    check("ووثقت المنظمة احتجاز عشوائي لمئات المدنيين.", Captured, 200, Civilians);
    // the adjective agrees with the event noun in the article
    let c = one("ونددت المنظمة بالاعتقال التعسفي لمئات الناشطين.");
    assert_eq!((c.outcome, c.count.map(|n| n.value)), (Captured, Some(200)));
    assert!(cas("ونددت المنظمة بالاعتقال تعسفي لمئات الناشطين.").is_empty());
    // an unknown word that is no adjective does not stand between
    assert!(cas("وأعلن احتجاز سفينة لعشرات الأيام.").is_empty());
}

#[test]
fn war_tolls_and_what_joins_them() {
    // the toll of a war is its whole toll
    let f = figures("وقال الباحث إن الحرب أودت بحياة أكثر من 200 ألف شخص منذ اندلاعها عام 2011.");
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].4, "{f:?}");
    let f = figures("ووقع الطرفان الاتفاق بعد صراع خلف عشرات آلاف القتلى.");
    assert!(f.len() == 1 && f[0].4, "{f:?}");
    let f = figures("وأودى النزاع الأهلي في الإقليم بحياة أكثر من 30 ألف شخص.");
    assert!(f.len() == 1 && f[0].4, "{f:?}");
    // the war must be what caused them, not a time in it
    let f = figures("ومع دخول النزاع شهره الرابع قتل 9 أشخاص في قصف على السوق.");
    assert!(f.len() == 1 && !f[0].4, "{f:?}");
    // the displaced after a toll told by its noun are no casualties
    let f = figures("وقالت المفوضية إن الحرب خلفت أكثر من 8 آلاف قتيل ومئات آلاف النازحين.");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].1, Some(8000), "{f:?}");
    // a day of the war is no toll of it
    let f = figures("وفي اليوم العاشر من الحرب قتل 5 مدنيين في غارة.");
    assert!(f.len() == 1 && !f[0].4, "{f:?}");
    // since the start of the week is no running total
    let f = figures("وقالت المنظمة إن مستشفاها استقبل 20 جريحا بينهم 4 أطفال منذ مطلع الأسبوع.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(f.iter().all(|x| !x.4), "{f:?}");
    // one more figure of a running total: `إضافة إلى`, `وأصيب … آخرين`
    let f = figures("وقالت الوزارة إن 120 مدنيا قتلوا منذ بدء الحرب، إضافة إلى نحو 40 جنديا قتلوا على الجبهة.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(f.iter().all(|x| x.4), "{f:?}");
    let f = figures("وتقول الوزارة إن 900 شخص قتلوا منذ بدء المعارك في مارس، وأصيب أكثر من 4 آلاف آخرين.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(f.iter().all(|x| x.4), "{f:?}");
    // a rise of one attack's toll, and the wounded set beside it
    let f = figures("وارتفعت حصيلة قتلى الانفجار إلى 30 قتيلا، فيما أصيب 60 آخرون.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(f[0].4 && !f[1].4, "{f:?}");
}

#[test]
fn the_people_named_by_the_body_they_belong_to() {
    // up to three words naming the force or body between the people and the verb
    check("وقال المتحدث إن عشرات من عناصر الدعم السريع قتلوا في المعارك.", Killed, 20, Fighters);
    check("وأكد البيان أن ثلاثة من مقاتلي القوة المشتركة لقوا حتفهم.", Killed, 3, Fighters);
}

#[test]
fn one_of_a_possessed_plural() {
    check("وأكدت الخارجية مقتل أحد مواطنيها في الهجوم.", Killed, 1, Civilians);
    check("وأعلنت الشرطة إصابة أحد أفرادها بجروح.", Wounded, 1, People);
    check("وقالت الحركة إن خمسة من مقاتليها قتلوا.", Killed, 5, Fighters);
    // no one, negated
    assert!(cas("ولم يصب أحد منهم بأذى في القصف.").is_empty());
}

#[test]
fn met_their_death_past_an_adjective() {
    check("لقي سبعة عشر جنديا نيجريا مصرعهم في الهجوم.", Killed, 17, Military);
    check("لقي 12 مدنيا إضافيا حتفهم في القصف.", Killed, 12, Civilians);
}

/// People the lexicon has no noun for: a nationality in the accusative or
/// plural after a count, or any noun before `مصرعهم`/`حتفهم`.
#[test]
fn people_without_a_lexicon_noun() {
    check("وقتل 35 طاجيكيا في القصف الأخير.", Outcome::Killed, 35, Victims::People);
    check("وقتل ثلاثة كوسوفيين في الهجوم.", Outcome::Killed, 3, Victims::People);
    check("لقي سبعة حطابين مصرعهم في الغارة.", Outcome::Killed, 7, Victims::People);
    check("وقالت الوزارة إن 12 بحارا لقوا حتفهم في الهجوم.", Outcome::Killed, 12, Victims::People);
    // things counted are no people
    assert!(cas("وأطلقت القوات 35 صاروخا على المدينة.").is_empty());
    assert!(cas("وأسقطت الدفاعات 20 مسيرة في الهجوم.").is_empty());
}

/// Tourists, staff, worshippers and attackers are counted people.
#[test]
fn more_nouns_for_the_counted() {
    check("لقي تسعة سياح مصرعهم في القصف.", Outcome::Killed, 9, Victims::Civilians);
    check("وأصيب خمسة موظفين في الانفجار.", Outcome::Wounded, 5, Victims::Civilians);
    check("وقتل ثلاثة من المهاجمين في الاشتباك.", Outcome::Killed, 3, Victims::Fighters);
    check("وأعلنت الشرطة أنها أوقفت أربعة أشخاص.", Outcome::Captured, 4, Victims::People);
    // `أوقف` with no people after it stops something
    assert!(cas("وأوقفت القوات إطلاق النار لمدة ثلاثة أيام.").is_empty());
}

/// A count with no noun, then `في عداد` and the outcome.
#[test]
fn a_bare_count_in_the_tally_of_the_missing() {
    check("ولا يزال العشرات في عداد المفقودين.", Outcome::Missing, 20, Victims::People);
    check("وقال إن عشرات ما زالوا في عداد المفقودين.", Outcome::Missing, 20, Victims::People);
    check("وما زال ثلاثة في عداد المفقودين.", Outcome::Missing, 3, Victims::People);
}

/// A second count joined by `و` past a few words that qualify the first
/// (`47 جنديا ماليا و84 عنصرا`, `79 مسلحا من أبناء الطائفة و55 مدنيا`)
/// shares its outcome.
#[test]
fn a_second_count_past_the_first_ones_qualifiers() {
    let f = figures("وزعمت الجماعة أنها قتلت ٤٧ جندياً مالياً و٨٤ عنصراً من الحركة.");
    assert!(f.iter().any(|x| x.0 == Killed && x.1 == Some(84) && x.3 == Fighters), "{f:?}");
    let f = figures("وقتل 350 شخصا بينهم ٧٩ مسلحاً من أبناء الطائفة و٥٥ مدنياً درزياً.");
    assert!(f.iter().any(|x| x.0 == Killed && x.1 == Some(55) && x.3 == Civilians), "{f:?}");
    // another outcome word between ends the chain
    let f = figures("وقتل 5 جنود في الهجوم وأصيب 30 آخرون.");
    assert!(f.iter().any(|x| x.0 == Wounded && x.1 == Some(30)), "{f:?}");
}

/// `مقتل ستة من جنوده وإصابة أربعة`: the outcome word after `و` opens a
/// figure of its own; `8 من المدنيين الجرحى` keeps its counted noun.
#[test]
fn a_possessed_plural_before_another_outcome() {
    let f = figures("وأعلن الجيش مقتل ستة من جنوده وإصابة أربعة آخرين.");
    assert!(f.iter().any(|x| x.0 == Killed && x.1 == Some(6)), "{f:?}");
    assert!(f.iter().any(|x| x.0 == Wounded && x.1 == Some(4)), "{f:?}");
    check("وسقط 8 من المدنيين الجرحى في المستشفى.", Wounded, 8, Civilians);
}

/// Bodies recovered or buried are of people killed; soldiers "neutralised"
/// by an army were killed; the held (`الموقوفين`) were captured.
#[test]
fn bodies_burials_and_the_neutralised() {
    check("وقال إن فرق الإنقاذ انتشلت جثامين 35 مدنيا من تحت الأنقاض.", Killed, 35, Civilians);
    check("وعثر الأهالي على جثث ثمانية رجال في الحقول.", Killed, 8, People);
    check("وذكر رئيس البلدية أن 140 شخصا دفنوا في مقبرة جماعية.", Killed, 140, People);
    check("وقال الجيش إنه حيد 70 مسلحا خلال العملية.", Killed, 70, Fighters);
    let f = figures("وارتفع عدد الموقوفين على خلفية الهجمات إلى 45 شخصا.");
    assert_eq!(f.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(), [(Captured, Some(45))], "{f:?}");
}

/// A total that exceeds its figure gives a floor.
#[test]
fn a_total_that_exceeds_its_figure() {
    for text in ["وتجاوز عدد القتلى في المدينة 900 شخص.", "وقالت المنظمة إن عدد القتلى تخطى 900."]
    {
        let c = one(text);
        assert_eq!(
            (c.outcome, c.count.map(|n| (n.value, n.qualifier))),
            (Killed, Some((900, Qualifier::AtLeast))),
            "{text}"
        );
    }
    let c = one("وبلغ عدد القتلى 900 شخص.");
    assert_eq!(c.count.map(|n| n.qualifier), Some(Qualifier::Exact));
}
