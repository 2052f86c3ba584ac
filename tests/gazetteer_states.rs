//! The states table: every form of every row names its own state and only it,
//! and ambiguous words stay unmatched. Sentences are written for these tests.

const STATES: &str = include_str!("../src/gazetteer/states.tsv");

/// The ids of the actors `rasad::parse` finds in a text, in report order.
fn ids(text: &str) -> Vec<String> {
    rasad::parse(text).map(|r| r.actors.into_iter().map(|a| a.id).collect()).unwrap_or_default()
}

fn has(text: &str, id: &str) -> bool {
    ids(text).iter().any(|x| x == id)
}

/// The rows of the table as (id, every surface form), forms generated the way
/// the loader does: adjectives with and without ال, each gender and number
/// ending on each word.
fn rows() -> Vec<(&'static str, Vec<String>)> {
    const ENDINGS: &[&str] = &["", "ة", "ون", "ين", "ان", "تان", "تين", "ات"];
    let cells = |c: Option<&&'static str>| -> Vec<&'static str> {
        c.map(|c| c.split('|').map(str::trim).filter(|v| !v.is_empty() && *v != "-").collect()).unwrap_or_default()
    };
    STATES
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let r: Vec<&str> = l.split('\t').map(str::trim).collect();
            let mut forms: Vec<String> = cells(r.get(1)).into_iter().map(String::from).collect();
            for adj in cells(r.get(2)) {
                let words: Vec<&str> = adj.split_whitespace().collect();
                for end in ENDINGS {
                    for def in ["", "ال"] {
                        let f: Vec<String> = words.iter().map(|w| format!("{def}{w}{end}")).collect();
                        forms.push(f.join(" "));
                    }
                }
            }
            forms.extend(cells(r.get(3)).into_iter().map(String::from));
            forms.extend(cells(r.get(4)).into_iter().map(String::from));
            (r[0], forms)
        })
        .collect()
}

#[test]
fn table_rows_are_well_formed() {
    let rows = rows();
    assert!(rows.len() >= 200, "193 UN members, 2 observers and the disputed entities");
    for l in STATES.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let cols: Vec<&str> = l.split('\t').collect();
        assert_eq!(cols.len(), 5, "five columns: {l}");
        assert!(cols[0].len() == 3 && cols[0].chars().all(|c| c.is_ascii_uppercase()), "alpha-3 id: {l}");
        assert!(cols[1].trim() != "-", "a row needs a name: {l}");
        for adj in cols[2].split('|').filter(|a| a.trim() != "-") {
            for w in adj.split_whitespace() {
                assert!(w.ends_with('ي'), "adjectives are masculine nisba forms ending in ي: {adj}");
            }
        }
    }
}

/// Every form of every row, alone in a sentence, resolves to that row and to
/// nothing else: two rows claiming one form is a table bug.
#[test]
fn every_form_resolves_to_its_own_row() {
    let mut bad = Vec::new();
    let mut n = 0;
    for (id, forms) in rows() {
        for f in forms {
            n += 1;
            let got = ids(&format!("قال مسؤول إن {f} ترفض."));
            if got != [id] {
                bad.push(format!("{id}: «{f}» → {got:?}"));
            }
        }
    }
    assert!(n > 2000, "forms checked: {n}");
    assert!(bad.is_empty(), "{} of {n} forms misresolve:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn no_form_is_claimed_by_two_rows() {
    let mut owner = std::collections::HashMap::new();
    let mut clash = Vec::new();
    for (id, forms) in rows() {
        for f in forms {
            let k = rasad::text::fold(&f);
            if let Some(prev) = owner.insert(k, id)
                && prev != id
            {
                clash.push(format!("«{f}»: {prev} and {id}"));
            }
        }
    }
    assert!(clash.is_empty(), "{}", clash.join("\n"));
}

#[test]
fn ministries_and_people_name_their_state() {
    assert!(has("دعت الخارجية السعودية إلى ضبط النفس.", "SAU"));
    assert!(has("قال مسؤولون أوكرانيون إن القصف استمر طوال الليل.", "UKR"));
    assert!(has("أعلنت طهران رفضها للعقوبات الجديدة.", "IRN"));
    assert!(has("وأكد الجيش الإسرائيلي أنه قصف مواقع في جنوب لبنان.", "ISR"));
    assert!(has("وأكد الجيش الإسرائيلي أنه قصف مواقع في جنوب لبنان.", "LBN"));
    assert!(has("ونفت وزارة الدفاع الروسية صحة التقارير.", "RUS"));
    assert!(has("وطالب الرئيس الكوري الجنوبي بيونغ يانغ بوقف التجارب.", "KOR"));
    assert!(has("وطالب الرئيس الكوري الجنوبي بيونغ يانغ بوقف التجارب.", "PRK"));
    assert!(has("واتهمت الحكومة الجنوب سودانية الخرطوم بدعم المتمردين.", "SSD"));
    assert!(has("واتهمت الحكومة الجنوب سودانية الخرطوم بدعم المتمردين.", "SDN"));
    assert!(has("وشارك جنود كونغوليون في الهجوم على مواقع المتمردين.", "COD"));
    assert!(has("وقالت سلطنة عمان إنها تتوسط بين الطرفين.", "OMN"));
    assert!(has("وأعلن المجلس العسكري في جمهورية مالي طرد السفير.", "MLI"));
    assert!(has("ووصل وفد إماراتي إلى الخرطوم للقاء قادة الجيش.", "ARE"));
    assert!(has("وقال الأتراك إنهم لن يسحبوا قواتهم.", "TUR"));
    assert!(has("وتتهم كييف موسكو بخرق الهدنة.", "UKR"));
    assert!(has("وأدانت جنوب أفريقيا الغارات في بيان.", "ZAF"));
    assert!(has("وعبرت الدوحة والقاهرة عن قلقهما من التصعيد.", "QAT"));
    assert!(has("وعبرت الدوحة والقاهرة عن قلقهما من التصعيد.", "EGY"));
    assert!(has("وأفاد مسؤول بأن بيلاروسيا نشرت قوات على الحدود.", "BLR"));
    assert!(has("وهاجمت مسيرات الكيان الصهيوني مواقع عدة.", "ISR"));
    assert!(has("وأفادت مصادر بأن القوات الأمركية انسحبت.", "USA"));
    assert!(has("وقتل ثلاثة جنود ماليين في كمين.", "MLI"));
    assert!(has("وتصاعدت الهجمات في مالي منذ الانقلاب.", "MLI"));
    assert!(has("ووصل مرتزقة روس إلى القاعدة.", "RUS"));
}

/// Clitics before a name (و ب ل ف ك) and the لل spelling still match.
#[test]
fn clitics_and_lil_spelling() {
    assert!(has("وأرسلت واشنطن مساعدات لأوكرانيا وبولندا.", "UKR"));
    assert!(has("وأرسلت واشنطن مساعدات لأوكرانيا وبولندا.", "POL"));
    assert!(has("وقدمت دعما للسودان وللصومال.", "SOM"));
    assert!(has("وجه رسالة للهند.", "IND"));
    // a conjunction before a preposition
    assert!(has("واتصل الوزير بنظيره وبتوغو وكذلك بمالي.", "TGO"));
    assert!(has("وأرسل وفدا فلتوغو دور في الوساطة.", "TGO"));
}

/// A preposition never stands before a conjunction: `كو`, `بو`, `لو` opening a
/// word are its own letters, so a town named like a state plus those letters
/// names no state.
#[test]
fn a_preposition_then_a_conjunction_is_no_clitic_pair() {
    assert!(!has("وقع الهجوم قرب بلدة كوتوغو شمال البلاد.", "TGO"));
    assert!(!has("وقع الهجوم قرب بلدة بوتوغو شمال البلاد.", "TGO"));
    assert!(!has("وقع الهجوم قرب قرية لومالي شرق البلاد.", "MLI"));
    assert!(has("وقع الهجوم قرب الحدود مع توغو.", "TGO"));
    // but `لل` is the preposition and the article's lam
    assert!(has("وقال مسؤول إن مسلحين هاجموا معسكرا للجيش المالي أمس.", "MLI_MIL"));
}

/// Longest match: a longer state name containing a shorter one is its own row.
#[test]
fn longer_names_win() {
    assert_eq!(ids("وأعلنت غينيا الاستوائية الحداد."), ["GNQ"]);
    assert_eq!(ids("وأعلنت غينيا بيساو الحداد."), ["GNB"]);
    assert_eq!(ids("وأعلنت بابوا غينيا الجديدة الحداد."), ["PNG"]);
    assert_eq!(ids("وأعلنت روسيا البيضاء التعبئة."), ["BLR"]);
    assert_eq!(ids("واستقبلت جمهورية الكونغو الديمقراطية الوفد."), ["COD"]);
    assert_eq!(ids("واستقبلت الكونغو برازافيل الوفد."), ["COG"]);
    assert_eq!(ids("وتتهم أرض الصومال الحكومة بالتصعيد."), ["XSL"]);
}

/// Words that look like a state or its capital but mostly mean something else.
#[test]
fn ambiguous_words_name_no_state() {
    for s in [
        "وقدمت الحكومة دعما ماليا وعجزا ماليا كبيرا لمالي الصغير.",
        "كيف يمكن أن تتوقف الحرب؟",
        "وجرفت السيول عشرات المنازل.",
        "ودفن في مسقط رأسه بعد أيام.",
        "ووصل الوفد إلى عمان مساء الأحد.",
        "وانتشر الجنود في الصحراء الغربية لمحافظة الأنبار.",
        "وتقطن عائلات تركمانية وأوزبكية وطاجيكية في المنطقة.",
        "وصدر البيان باللغة العربية.",
        "وارتفع سعر غاز البوتان.",
        "وتخرج في مدرسة البنين الثانوية.",
        "وبدأ الشهر القمري الجديد.",
        "وطالب بتطبيق نظام روما الأساسي واتفاقات مينسك ومسار أستانا.",
        "وسلكت القافلة طريقا صحراويا.",
        "وأكدت الجامعة العربية موقفها.",
    ] {
        let got: Vec<String> = rasad::parse(s)
            .map(|r| r.actors.into_iter().filter(|a| a.kind == rasad::ActorKind::State).map(|a| a.id).collect())
            .unwrap_or_default();
        assert!(got.is_empty(), "{s} → {got:?}");
    }
}

/// An ethnic demonym names its state only after an institution's head.
#[test]
fn weak_demonyms_after_an_institution() {
    assert!(has("ونفت وزارة الخارجية الطاجيكية أن تكون قواتها قد بدأت القتال.", "TJK_MFA"));
    assert!(has("واتهمت بيشكيك القوات الطاجيكية بقصف القرى.", "TJK_MIL"));
    assert!(!has("وتعيش أقلية طاجيكية كبيرة في شمال أفغانستان.", "TJK"));
}
