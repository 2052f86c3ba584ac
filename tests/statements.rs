//! Statements one rule at a time: quote styles, the ways a speaker is
//! named, every kind, and sentences that look like speech but are not.
//! All sentences are written for these tests.

use rasad::Mode::{Direct, Indirect};
use rasad::StatementKind::{self, Accusation, Appeal, Assertion, Concern, Condemnation, Denial, Support, Warning};
use rasad::{Mode, Statement};

fn st(text: &str) -> Vec<Statement> {
    rasad::parse(text).expect("parse").statements
}

/// The only statement of a text.
fn one(text: &str) -> Statement {
    let s = st(text);
    assert_eq!(s.len(), 1, "expected one statement in {text:?}, got {s:#?}");
    s.into_iter().next().unwrap_or_else(|| unreachable!())
}

fn speakers(text: &str) -> Vec<String> {
    st(text).into_iter().map(|s| s.speaker).collect()
}

fn none(text: &str) {
    let s = st(text);
    assert!(s.is_empty(), "expected no statement in {text:?}, got {s:#?}");
}

// ------------------------------------------------------------ quote styles

#[test]
fn guillemets() {
    let s = one("وقال بوتين: «لن نسمح بتهديد أمننا».");
    assert_eq!((s.mode, s.text.as_str()), (Direct, "لن نسمح بتهديد أمننا"));
}

#[test]
fn straight_double_quotes() {
    let s = one("وقال بوتين: \"لن نسمح بتهديد أمننا\".");
    assert_eq!((s.mode, s.text.as_str()), (Direct, "لن نسمح بتهديد أمننا"));
}

#[test]
fn curly_quotes() {
    let s = one("وقال بوتين: “لن نسمح بتهديد أمننا”.");
    assert_eq!((s.mode, s.text.as_str()), (Direct, "لن نسمح بتهديد أمننا"));
}

#[test]
fn quote_after_anna_is_direct() {
    let s = one("وأكد نتنياهو أن \"الحرب لن تتوقف قبل تحقيق أهدافها\".");
    assert_eq!(s.mode, Direct);
    assert_eq!(s.text, "الحرب لن تتوقف قبل تحقيق أهدافها");
}

#[test]
fn quote_on_the_lines_after_a_colon() {
    let s = one(
        "وقال غوتيريش في كلمته أمام مجلس الأمن:\n«العالم لا يستطيع أن يقف متفرجا،\nوعلى الجميع أن يتحملوا مسؤولياتهم».",
    );
    assert_eq!(s.speaker, "guterres");
    assert_eq!(s.mode, Direct);
    assert!(s.text.contains("يتحملوا مسؤولياتهم"), "{}", s.text);
}

#[test]
fn quote_reopened_on_each_paragraph() {
    let s = one("وقال غوتيريش:\n«العالم يراقب ما يجري،\n«ولا يمكن لأحد أن يبقى صامتا».");
    assert_eq!(s.mode, Direct);
    assert!(s.text.contains("يبقى صامتا"), "{}", s.text);
}

#[test]
fn quote_before_the_verb() {
    let s = one("\"لن نقبل أي تدخل في شؤوننا\"، قال وزير الخارجية الأفغاني أمير خان متقي.");
    assert_eq!((s.speaker.as_str(), s.mode), ("muttaqi", Direct));
    assert_eq!(s.text, "لن نقبل أي تدخل في شؤوننا");
}

#[test]
fn one_quoted_word_stays_indirect() {
    let s = one("وقال بايدن إن بلاده تعمل على حل \"دبلوماسي\" للأزمة في المنطقة مع شركائها.");
    assert_eq!(s.mode, Indirect);
}

// ------------------------------------------------------------ speakers

#[test]
fn verb_subject_with_title_reads_on_to_the_name() {
    let s = one("وقال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي إن الغارات استهدفت مخازن أسلحة.");
    assert_eq!(s.speaker, "adraee");
    assert_eq!(s.text, "الغارات استهدفت مخازن أسلحة");
}

#[test]
fn title_then_rank_then_name() {
    let s = one("وقال المتحدث باسم الجيش السوداني العميد نبيل عبد الله إن القوات تقدمت في الخرطوم.");
    assert_eq!(s.speaker, "nabil_abdallah");
}

#[test]
fn title_with_a_body_inside_then_name() {
    assert_eq!(speakers("وقال القيادي في حركة حماس أسامة حمدان إن الحركة تدرس المقترح."), ["o_hamdan"]);
    assert_eq!(speakers("وطالب وزير الأمن القومي الإسرائيلي إيتمار بن غفير باستئناف القتال."), ["ben_gvir"]);
}

#[test]
fn unnamed_spokesperson_is_the_body() {
    assert_eq!(speakers("وقال المتحدث باسم وزارة الخارجية الروسية إن موسكو ترفض الاتهامات."), ["RUS_MFA"]);
}

#[test]
fn subject_before_verb() {
    assert_eq!(speakers("الرئيس الأمريكي جو بايدن قال إن بلاده تعمل على التهدئة."), ["biden"]);
    assert_eq!(speakers("زعيم التيار الصدري مقتدى الصدر كتب في تغريدة أن العراق ليس ساحة للصراع."), ["sadr"]);
    assert_eq!(speakers("رئيس الوزراء الإثيوبي آبي أحمد، قال في خطاب إن حكومته لا تريد الحرب."), ["abiy"]);
    assert_eq!(speakers("وكان رئيس مجلس النواب الليبي عقيلة صالح قد أعلن رفضه لأي تدخل خارجي."), ["aguila"]);
}

#[test]
fn continuation_by_verb_alone() {
    let s = st(
        "قال وزير الخارجية التركي هاكان فيدان إن بلاده تدعم الحل السياسي.\nوأضاف أن أنقرة مستعدة للوساطة.\nوتابع قائلا: \"لا حل عسكريا\".",
    );
    let who: Vec<&str> = s.iter().map(|x| x.speaker.as_str()).collect();
    assert_eq!(who, ["fidan", "fidan", "fidan"]);
    assert_eq!(s[2].mode, Direct);
}

#[test]
fn continuation_after_openers() {
    let s = st(
        "وقال الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ إن الحلف موحد.\nبدوره، أكد أن الدعم لأوكرانيا مستمر.\nومن جهته، شدد على ضرورة زيادة الإنفاق الدفاعي.",
    );
    assert!(s.iter().all(|x| x.speaker == "stoltenberg"), "{s:#?}");
    assert_eq!(s.len(), 3);
}

#[test]
fn back_reference_to_the_body() {
    let s = st(
        "وقالت بعثة الأمم المتحدة للدعم في ليبيا إنها تتابع التطورات.\nوأضافت البعثة أنها تدعو جميع الأطراف إلى التهدئة.",
    );
    assert_eq!(s.len(), 2);
    assert_eq!(s[1].speaker, "UNSMIL");
    assert!(s[1].text.contains("تدعو جميع الأطراف"), "{}", s[1].text);
}

#[test]
fn reported_through_an_agency() {
    let s = one("ونقلت وكالة سبأ عن زعيم جماعة أنصار الله عبد الملك الحوثي قوله إن العمليات ستتواصل.");
    assert_eq!(s.speaker, "am_houthi");
}

#[test]
fn reported_through_an_agency_from_an_unnamed_official() {
    none("ونقلت رويترز عن مسؤول أمريكي أن واشنطن تدرس خيارات عدة.");
    none("ونقلت صحيفة إسرائيلية عن مصادر أمنية أن الجيش يستعد لعملية جديدة.");
}

#[test]
fn on_the_tongue_of() {
    let s = one("ودعت فرنسا على لسان وزير خارجيتها جان نويل بارو جميع الأطراف إلى ضبط النفس.");
    assert_eq!((s.speaker.as_str(), s.kind), ("barrot", Appeal));
    assert!(s.text.starts_with("جميع الأطراف"), "{}", s.text);
}

#[test]
fn relative_pronoun() {
    let s = st("وتوجه الوفد إلى أنقرة للقاء الرئيس التركي رجب طيب أردوغان، الذي قال إن تركيا لن تتخلى عن غزة.");
    assert!(s.iter().any(|x| x.speaker == "erdogan" && x.text.contains("لن تتخلى")), "{s:#?}");
}

#[test]
fn apposition_before_anna_is_not_content() {
    let s = one("وقال أبو عبيدة، الناطق العسكري باسم كتائب القسام، في كلمة مصورة إن المقاتلين دمروا دبابة.");
    assert_eq!(s.speaker, "abu_obeida");
    assert_eq!(s.text, "المقاتلين دمروا دبابة");
}

#[test]
fn attribution_phrase_before_a_noun_object() {
    let s = one("أعلن المتحدث العسكري يحيى سريع، في بيان متلفز مساء الثلاثاء، استهداف سفينة في البحر الأحمر.");
    assert_eq!(s.speaker, "saree");
    assert!(s.text.starts_with("استهداف سفينة"), "{}", s.text);
}

// ------------------------------------------------------------ kinds

fn kind(text: &str) -> StatementKind {
    one(text).kind
}

#[test]
fn kinds_from_verbs() {
    assert_eq!(kind("ودعا غوتيريش الطرفين إلى العودة إلى المفاوضات."), Appeal);
    assert_eq!(kind("وحثت منظمة الصحة العالمية على إيصال الأدوية إلى المستشفيات."), Appeal);
    assert_eq!(kind("ونددت الحكومة اليمنية بالهجمات على السفن."), Condemnation);
    assert_eq!(kind("واستنكرت وزارة الخارجية الأردنية القصف على جنوب سوريا."), Condemnation);
    assert_eq!(kind("ونفى ذبيح الله مجاهد وجود مقاتلين أجانب في البلاد."), Denial);
    assert_eq!(kind("واتهمت الحكومة الإثيوبية جبهة تحرير شعب تيغراي بخرق الاتفاق."), Accusation);
    assert_eq!(kind("وحذر البنتاغون الفصائل المسلحة من مهاجمة القوات الأمريكية."), Warning);
    assert_eq!(kind("وقال البنتاغون إن مدمرة أسقطت ثلاث طائرات مسيرة."), Assertion);
}

#[test]
fn kinds_from_content() {
    assert_eq!(kind("وأعرب الاتحاد الأفريقي عن قلقه العميق إزاء تدهور الوضع."), Concern);
    assert_eq!(kind("وأعرب الاتحاد الأوروبي عن تضامنه مع ضحايا الفيضانات."), Support);
    assert_eq!(kind("بدوره، جدد عبد الملك الحوثي دعوته إلى مقاطعة البضائع الأجنبية."), Appeal);
    assert_eq!(kind("وقال هاكان فيدان: \"تركيا تقف إلى جانب الشعب السوري\"."), Support);
    assert_eq!(kind("وقال ماكرون: \"ندين هذا الهجوم الإرهابي\"."), Condemnation);
}

// ------------------------------------------------------------ not speech

#[test]
fn unnamed_sources() {
    none("وقالت مصادر طبية إن عشرات الجرحى وصلوا إلى المستشفى.");
    none("وأفاد مراسل الجزيرة بأن الطائرات شنت غارات عنيفة.");
    none("وقال مسؤولون محليون إن القوات استعادت السيطرة على المدينة.");
    none("وأشارت تقارير إلى نزوح آلاف الأسر.");
    none("وذكرت وسائل إعلام محلية أن أرتالا عسكرية وصلت إلى المدينة.");
    none("ويرى محللون أن الحركة لا تزال قادرة على شن هجمات.");
}

#[test]
fn verbs_of_saying_in_another_sense() {
    let s = st(
        "قال أدرعي إن العمليات مستمرة.\nوتابع الجيش تقدمه نحو المدينة وسط قصف متبادل.\nوأشار بيده إلى الخريطة المعلقة.\nوشددت القوات الحصار على المخيم.",
    );
    assert_eq!(s.len(), 1, "{s:#?}");
}

#[test]
fn passive_and_impersonal() {
    let s = st(
        "قال أدرعي إن العمليات مستمرة.\nوأُعلن عن تشكيل لجنة تحقيق في الهجوم.\nيُذكر أن الحرب اندلعت قبل عام.\nتجدر الإشارة إلى أن القوات تنتشر في المنطقة.",
    );
    assert_eq!(s.len(), 1, "{s:#?}");
}

#[test]
fn an_unknown_definite_subject_does_not_continue() {
    let s = st("قال أدرعي إن العمليات مستمرة.\nوقال الشهود إن القصف لم يتوقف طوال الليل.");
    assert_eq!(s.len(), 1, "{s:#?}");
}

#[test]
fn verb_inside_reported_words_is_not_a_new_statement() {
    let s = one("وأعرب الرئيس المصري عبد الفتاح السيسي عن تضامن مصر الكامل مع الشعب الفلسطيني.");
    assert_eq!((s.speaker.as_str(), s.kind), ("sisi", Support));
    let s = one("وأضاف غوتيريش أن الأمم المتحدة تدعو إلى وقف القتال فورا.");
    assert!(s.text.contains("تدعو إلى وقف"), "{}", s.text);
}

#[test]
fn mode_of_every_statement_in_a_text() {
    let s = st("وقال بيسكوف للصحفيين إن \"العملية ستستمر\".\nوأوضح أن الكرملين منفتح على الحوار.");
    let modes: Vec<Mode> = s.iter().map(|x| x.mode).collect();
    assert_eq!(modes, [Direct, Indirect]);
}

#[test]
fn a_quoted_outlet_or_name_is_not_the_quote() {
    let s = one("وقال المتحدث باسم الجيش العراقي يحيى رسول لـ«الصحيفة» إن قواته «تقدمت في الأحياء».");
    assert!(s.text.contains("تقدمت في الأحياء"), "{}", s.text);
    assert_eq!(speakers("وقالت منظمة «أطباء بلا حدود» إن فرقها عالجت المصابين."), ["MSF"]);
}

#[test]
fn a_verb_that_disagrees_in_gender_does_not_continue() {
    let text = "وقال الرئيس الروسي فلاديمير بوتين إن الحرب ستنتهي.\nوأعلنت هيئة الإعلام الميداني تحرير حي جديد.";
    assert_eq!(speakers(text), ["putin"]);
}

#[test]
fn reported_text_leaves_out_circumstances_and_the_next_clause() {
    let s = one("ودعا ماكرون، في اتصال هاتفي مع نظيره الروسي، الطرفين إلى وقف القتال فورا.");
    assert_eq!(s.text, "الطرفين إلى وقف القتال فورا");
    let s = one("وقالت روسيا إن الحل سياسي، في حين رفضت أطراف أخرى ذلك.");
    assert_eq!(s.text, "الحل سياسي");
}

#[test]
fn a_concessive_connector_leaves_the_speaker_before_the_verb() {
    // `غير أن` / `إلا أن` open the sentence; the speaker still heads the clause
    let text = "غير أن المتحدث باسم الجيش الروسي إيغور كوناشينكوف قال في بيان إن القوات ستنسحب.";
    assert_eq!(speakers(text), ["konashenkov"]);
    let text = "إلا أن الرئيس الروسي فلاديمير بوتين أكد أن الحرب ستنتهي قريبا.";
    assert_eq!(speakers(text), ["putin"]);
    // without a speaker nothing is attributed
    assert!(speakers("غير أن القوات الروسية واصلت القصف.").is_empty());
}

#[test]
fn but_he_and_a_second_verb_of_saying_end_the_reported_text() {
    let s = st("وأعلن وزير الدفاع الروسي سيرغي شويغو أن القوات ستنسحب، لكنه اتهم أوكرانيا بخرق الهدنة.");
    let texts: Vec<&str> = s.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts, ["القوات ستنسحب", "أوكرانيا بخرق الهدنة"]);
    // a bare `لكنه` may belong to what was said
    let s = one("وقال الرئيس الروسي فلاديمير بوتين إن الحل سياسي، لكنه صعب.");
    assert_eq!(s.text, "الحل سياسي، لكنه صعب");
}

#[test]
fn but_he_before_a_verb_of_saying_continues_the_speaker() {
    let text = "وأعلن وزير الدفاع الروسي سيرغي شويغو أن القوات ستنسحب، لكنه حذر من أن الهدنة هشة.";
    assert_eq!(speakers(text), ["shoigu", "shoigu"]);
    let text = "وأعلن وزير الدفاع الروسي سيرغي شويغو أن القوات ستنسحب.\nلكنه اتهم أوكرانيا بخرق الهدنة.";
    assert_eq!(speakers(text), ["shoigu", "shoigu"]);
}

// ------------------------------------------------------------ unknown subjects

#[test]
fn an_unknown_named_body_does_not_inherit_the_last_speaker() {
    // a masculine body speaks first, then an agency the report does not know
    assert_eq!(
        speakers(
            "عنوان عن المعارك\n\nوقال الجيش السوداني إن قواته صدت الهجوم.\n\nوذكر مركز نجمة للرصد أن عشرات الأسر نزحت من البلدة."
        ),
        vec!["SDN_MIL".to_string()]
    );
    // a known body after the class noun still speaks
    assert_eq!(
        speakers("عنوان عن المعارك\n\nوقالت منظمة أطباء بلا حدود إن المستشفى تعرض للقصف."),
        vec!["MSF".to_string()]
    );
}

#[test]
fn unnamed_groups_of_organizations_are_no_speaker() {
    assert_eq!(
        speakers(
            "عنوان عن المعارك\n\nوقالت المبعوثة الأممية سارة حداد إن القتال يجب أن يتوقف.\n\nوتقول منظمات حقوقية إن آلاف المدنيين فروا من المدينة."
        ),
        vec!["hdad".to_string()]
    );
}

#[test]
fn a_pluperfect_with_no_subject_continues_the_speaker() {
    assert_eq!(
        speakers(
            "عنوان عن المعارك\n\nوقال الرئيس الأمريكي دونالد ترامب إن الهدنة سارية. وكان قد أعلن مساء الاثنين أن البلدين وافقا على وقفها."
        ),
        vec!["trump".to_string(), "trump".to_string()]
    );
}

#[test]
fn two_bodies_before_the_bi_of_an_accusation_are_subject_and_object() {
    // the first is the accuser, the second the accused: not the last speaker's object
    assert_eq!(
        speakers(
            "عنوان عن المعارك\n\nوقال الرئيس الأمريكي دونالد ترامب إن الهدنة سارية.\n\nواتهم الجيش الإسرائيلي إيران بإطلاق صواريخ."
        ),
        vec!["trump".to_string(), "ISR_MIL".to_string()]
    );
    // one body before the `بـ` is the object; the last speaker accuses
    assert_eq!(
        speakers(
            "عنوان عن المعارك\n\nوقال الرئيس الأمريكي دونالد ترامب إن الهدنة سارية.\n\nواتهم الجيش الإيراني بإطلاق صواريخ."
        ),
        vec!["trump".to_string(), "trump".to_string()]
    );
}

#[test]
fn a_general_staff_is_the_army() {
    assert_eq!(
        speakers("عنوان عن المعارك\n\nونفت هيئة الأركان العامة للقوات المسلحة الإيرانية إطلاق أي صاروخ."),
        vec!["IRN_MIL".to_string()]
    );
}

#[test]
fn a_bare_unknown_name_after_the_verb_is_not_the_last_speaker() {
    let text = "عنوان عن المعارك\n\nوقال الرئيس الأمريكي دونالد ترامب إن الهدنة سارية.\n\nوأكد مبونيمبا أن الحركة ملتزمة بالاتفاق.";
    assert_eq!(speakers(text), vec!["trump".to_string()]);
    // an adverb there still continues the speaker
    let text =
        "عنوان عن المعارك\n\nوقال الرئيس الأمريكي دونالد ترامب إن الهدنة سارية.\n\nوأضاف لاحقا أن الحركة ملتزمة بالاتفاق.";
    assert_eq!(speakers(text), vec!["trump".to_string(), "trump".to_string()]);
    // and a quote after a colon is what was said
    let text = "عنوان عن المعارك\n\nوقال الرئيس الأمريكي دونالد ترامب إن الهدنة سارية.\n\nوأضاف: \"بمجرد أن سمعت الخبر اتصلت بالطرفين\".";
    assert_eq!(speakers(text), vec!["trump".to_string(), "trump".to_string()]);
}

#[test]
fn condemned_spelt_without_hamza() {
    let s = one("عنوان عن المعارك\n\nكما دان الاتحاد الأفريقي الهجوم على السوق.");
    assert_eq!(s.speaker, "AU");
    assert_eq!(s.kind, Condemnation);
}

#[test]
fn a_states_own_security_council_is_not_the_un_one() {
    assert_eq!(
        speakers("عنوان عن المعارك\n\nوقال مجلس الأمن القومي الأرميني إن القصف مستمر."),
        vec!["ARM_NSC".to_string()]
    );
    assert_eq!(speakers("عنوان عن المعارك\n\nودعا مجلس الأمن الدولي إلى وقف القتال."), vec!["UNSC".to_string()]);
}

// ------------------------------------------- a title set off by commas

/// The kind of actor and the name of each statement's speaker.
fn speaker_names(text: &str) -> Vec<(rasad::ActorKind, String)> {
    let r = rasad::parse(text).expect("parse");
    r.statements
        .iter()
        .filter_map(|s| r.actors.iter().find(|a| a.id == s.speaker))
        .map(|a| (a.kind, a.name.clone()))
        .collect()
}

/// `قال رئيس X، الرتبة NAME، إن`: the person in the apposition speaks, not
/// the body in the title, and the title alone is no unnamed speaker.
#[test]
fn a_title_set_off_by_commas_from_its_holder() {
    use rasad::ActorKind::Person;
    for text in [
        "وقال رئيس المجلس الانتقالي، الجنرال حامد بوكاري، إن البلاد لن تخضع للضغوط.",
        "وقال قائد الجيش النيجري، العميد حامد بوكاري، إن قواته صدت الهجوم.",
        "وأكد رئيس وفد الحكومة الإثيوبية، مستشار الأمن القومي حامد بوكاري، أن المحادثات كانت صعبة.",
        "وقالت المتحدثة باسم الوزارة، السفيرة ليلى بوكاري، في مؤتمر صحافي: \"لن نقبل بذلك\".",
        // a nickname in quotes after the name, and a pluperfect
        "وكان قائد القوات، الفريق أول حامد بوكاري «أبو علي»، قد كتب في تغريدة أن قواته توافق على الهدنة.",
    ] {
        let got = speaker_names(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].0, Person, "{text}: {got:?}");
        assert!(got[0].1.contains("بوكاري"), "{text}: {got:?}");
    }
}

/// A circumstance set off by commas names no speaker (`، في لقاء مع X،`).
#[test]
fn a_circumstance_after_a_title_names_no_speaker() {
    for text in [
        "وقال رئيس المجلس الانتقالي، في لقاء مع الجنرال حامد بوكاري، إن البلاد لن تخضع للضغوط.",
        "وقال قائد الجيش النيجري، خلال اجتماعه مع العميد حامد بوكاري، إن قواته صدت الهجوم.",
    ] {
        let got = speaker_names(text);
        assert!(got.iter().all(|(_, n)| !n.contains("بوكاري")), "{text}: {got:?}");
    }
}

/// A council's secretary, a commissioner, a governor: title heads before a
/// body and the person's name. A bare `أمين` stays a given name.
#[test]
fn secretaries_and_commissioners_are_titles() {
    use rasad::ActorKind::Person;
    for text in [
        "وقال أمين مجلس الأمن القومي الأرميني سيرغي بابايان إن القصف توقف.",
        "وقالت سكرتيرة مجلس الدفاع الأوكراني أولغا بابايان إن القصف توقف.",
        "وقال مفوض الشؤون الإنسانية في الاتحاد الأوروبي سيرغي بابايان إن المساعدات ستصل.",
        "وقال أمين سر اللجنة التنفيذية سيرغي بابايان إن الاجتماع انتهى.",
    ] {
        let got = speaker_names(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].0, Person, "{text}: {got:?}");
        assert!(got[0].1.ends_with("بابايان"), "{text}: {got:?}");
    }
    let r = rasad::parse("وكتب أمين بابايان في مقاله أن الحرب طويلة.").expect("parse");
    assert!(r.actors.iter().all(|a| a.role.as_deref() != Some("أمين")), "{:?}", r.actors);
}

/// `حمّل X Y المسؤولية`: blaming is speech when the responsibility follows
/// the object; carrying something is not.
#[test]
fn blame_after_the_object() {
    for text in [
        "وحمّل وزير الإعلام اليمني معمر الإرياني الميليشيا مسؤولية التصعيد.",
        "وحمل الرئيس الصومالي حركة الشباب المسؤولية عن الهجوم.",
        "وحمّلت وزارة الخارجية الروسية كييف مسؤولية فشل المفاوضات.",
        // the responsibility with its pronoun
        "وحمّلت الهند باكستان مسؤوليته.",
    ] {
        let s = one(text);
        assert_eq!(s.kind, Accusation, "{text}");
    }
    none("وحمل الجنود السلاح وتوجهوا إلى الجبهة.");
    none("وحمل المتظاهرون لافتات كبيرة وساروا نحو الساحة.");
}

/// Past verbs of form V open with ت as a woman's present does (`توعد`,
/// `تعهد`): a man may be their subject.
#[test]
fn form_five_past_verbs_take_a_masculine_subject() {
    for (text, kind) in [
        ("وتوعد وزير الدفاع الإسرائيلي يسرائيل كاتس بأن إسرائيل سترد بقوة.", Warning),
        ("وتعهد الرئيس الأميركي جو بايدن بأن بلاده ستلاحق المنفذين.", Assertion),
    ] {
        let s = one(text);
        assert_eq!(s.kind, kind, "{text}");
    }
    // the present of the same letters is still hers
    none("وتقول الحكومة إن الوضع مستقر.");
}

/// `وقالت X Y، مديرة قسم Z في المنظمة، إن`: a name the tables do not know,
/// then its title set off by commas.
#[test]
fn an_unknown_name_then_its_title_in_commas() {
    use rasad::ActorKind::Person;
    let text = "وقالت كورين دوفكا، مديرة قسم الساحل في المنظمة، إن الأدلة دامغة.";
    let got = speaker_names(text);
    assert_eq!(got, [(Person, "كورين دوفكا".to_string())], "{text}");
}

/// `تبادل X وY الاتهامات`: an accusation, the first named speaking, past a
/// long joint subject and a one-word time in commas; exchanging fire or
/// prisoners is no speech.
#[test]
fn trading_accusations() {
    for text in [
        "فيما تبادل الجيش الكونغولي والحركة الاتهامات بانتهاك وقف إطلاق النار.",
        "وتبادلت حكومة جنوب السودان والمتمردون الموالون لنائب الرئيس السابق رياك مشار، السبت، الاتهامات بخرق الاتفاق.",
    ] {
        let s = one(text);
        assert_eq!(s.kind, Accusation, "{text}");
    }
    none("وتبادل الجيش الكونغولي والحركة إطلاق النار في المدينة.");
    none("وتبادلت إسرائيل وحماس الأسرى والجثامين.");
    // an aside of more than one word ends the search
    none("وحمل الجنود السلاح، ثم عادوا إلى الثكنة وقالوا إن الأمر يتطلب المسؤولية.");
}

/// `وهو ما تنفيه X`, `وهو ما أكدته X`: a reporting verb with an object
/// pronoun in a relative clause; X says it of the clause before.
#[test]
fn statements_in_relative_clauses() {
    let text = "واتهم الجيش الكونغولي رواندا بدعم الحركة، وهو ما تنفيه كيغالي.";
    let r = rasad::parse(text).expect("parse");
    let denial = r.statements.iter().find(|s| s.kind == Denial).expect("a denial");
    assert_eq!(denial.speaker, "RWA");
    assert_eq!(denial.text, "واتهم الجيش الكونغولي رواندا بدعم الحركة");
    assert_eq!(denial.span.text(text), Some("وهو ما تنفيه كيغالي"));
    let s = st("وأعلن الجيش مقتل عشرين مسلحا، وهو ما نفاه المتحدث باسم الحركة ذبيح الله مجاهد.");
    assert!(s.iter().any(|s| s.kind == Denial && s.speaker == "mujahid"), "{s:?}");
    let s = st("وقال الشاهد إن القصف استهدف السوق، وهو ما أكدته وزارة الدفاع الروسية.");
    assert!(s.iter().any(|s| s.speaker == "RUS_MOD"), "{s:?}");
    // `الأخيرة` (the latter): the last body named before
    let s = st("وحمّلت الهند باكستان مسؤوليته، وهو ما نفته الأخيرة.");
    assert!(s.iter().any(|s| s.kind == Denial && s.speaker == "PAK"), "{s:?}");
    // with no one named after the verb there is no speaker
    assert!(st("وهذا ما تنفيه التقارير الأخيرة عن المعارك.").is_empty());
}

/// A bare `ما` after `وفق` attributes, and `الذي` after a noun names what
/// was announced: neither is a statement of its own.
#[test]
fn relatives_that_are_no_statement() {
    let s = st("وقصفت القوات المدينة وفق ما أعلنته باكو في وقت لاحق.");
    assert!(!s.iter().any(|s| s.speaker == "AZE"), "{s:?}");
    let s = st("وسجل ناشطون خروقات لوقف إطلاق النار الذي أعلنته روسيا من طرف واحد.");
    assert!(!s.iter().any(|s| s.speaker == "RUS"), "{s:?}");
}

/// `عبّر X عن قلقه`: expressing is speech; `عبر` as "across" or "by way of"
/// is not.
#[test]
fn expressing_concern_or_solidarity() {
    let s = one("فيما عبّرت المفوضية السامية للأمم المتحدة لشؤون اللاجئين عن قلقها من النزوح.");
    assert_eq!((s.speaker.as_str(), s.kind), ("UNHCR", Concern));
    let s = one("وعبّر الأمين العام للأمم المتحدة أنطونيو غوتيريش عن تضامنه مع شعب بوركينا فاسو.");
    assert_eq!((s.speaker.as_str(), s.kind), ("guterres", Support));
    none("وأعلن الجيش ذلك عبر تويتر عن طريق حسابه الرسمي.");
    none("ونقلت القوات الجرحى عبر الحدود إلى المستشفيات.");
}

/// A verb whose object is a person, with the object's pronoun glued on.
#[test]
fn verbs_with_an_object_pronoun() {
    let text = "واتهمت وزارة الدفاع الروسية فصائل المعارضة بقصف الممر، ووصفته بأنه \"استفزاز\".";
    let s = st(text);
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s.iter().all(|s| s.speaker == "RUS_MOD"), "{s:?}");
    let s = st("وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مستمرة، وحثهم على ضبط النفس.");
    assert!(s.iter().any(|s| s.kind == Appeal && s.speaker == "lavrov"), "{s:?}");
}

/// `أما X فاعتبر، على لسان المتحدث باسمه Y، أن`: the named person on whose
/// tongue the body spoke is the speaker, as when the body follows the verb.
#[test]
fn on_the_tongue_of_a_named_spokesman_after_a_fronted_body() {
    let s = one("أما الكرملين فاعتبر، على لسان المتحدث باسمه دميتري بيسكوف، أن الهدنة فرصة.");
    assert_eq!(s.speaker, "peskov");
}

/// An object verb (`وصف X بأنه`، `اتهم X بـ`) with one definite noun that is
/// no adjective between the actor and `بـ`: the actor is the subject and the
/// noun the object. A nisba adjective there keeps the actor the object.
#[test]
fn object_verb_with_its_object_after_the_subject() {
    assert_eq!(speakers("وأدانت مصر الهجوم، ووصفت وزارة الخارجية المصرية الاعتداء بأنه عمل جبان."), ["EGY", "EGY_MFA"]);
    assert_eq!(speakers("وقال الجيش الإسرائيلي إنه رد، واتهم حماس بخرق الهدنة."), ["ISR_MIL", "ISR_MIL"]);
}

/// A quote right after `عن`/`إن` is direct even past an attribution phrase
/// set off by commas (`، في بيان لوزارة الخارجية،`).
#[test]
fn direct_past_an_attribution_phrase() {
    let s = one("وأعربت قطر، في بيان لوزارة الخارجية والتعاون الدولي، عن \"بالغ قلقها\" إزاء التصعيد.");
    assert_eq!((s.speaker.as_str(), s.mode, s.text.as_str()), ("QAT_MFA", Direct, "بالغ قلقها"));
}

/// Definite nouns that point back to the last body of their sort: a front,
/// an observatory, an army's command; another speaker may come between.
#[test]
fn bodies_named_again_by_their_sort() {
    for (text, id) in [
        (
            "وأعلنت جبهة البوليساريو مسؤوليتها عن الهجوم.\n\nوقال الرئيس الجزائري إن الحوار ضروري.\n\nوقالت الجبهة إن مقاتليها انسحبوا بعد العملية.",
            "polisario",
        ),
        (
            "وأفاد المرصد السوري لحقوق الإنسان بمقتل عشرة مدنيين.\n\nوقال الرئيس التركي إن الهدنة صامدة.\n\nوأكد المرصد أن الطائرات الروسية شنت غارات جديدة.",
            "SOHR",
        ),
        (
            "وقال الجيش اللبناني إن وحداته انتشرت في المنطقة.\n\nوقال الرئيس الفرنسي إن الوضع مقلق.\n\nوحذرت القيادة في بيان لاحق من أي تحرك مسلح.",
            "LBN_MIL",
        ),
    ] {
        let s = st(text);
        assert_eq!(s.len(), 3, "{text}: {s:#?}");
        assert_eq!((s[0].speaker.as_str(), s[2].speaker.as_str()), (id, id), "{text}: {s:#?}");
    }
}

/// A verb glued to `و` after a statement whose words are a noun object goes
/// on with the same speaker; inside reported words (`إن X … وأعلنت`) or
/// after a relative clause it does not.
#[test]
fn coordinated_verb_after_a_noun_object() {
    let s = st("وأكدت الحكومة الباكستانية تمسكها بالاتفاق ونفت أي خرق من جانبها.");
    let got: Vec<(&str, StatementKind)> = s.iter().map(|s| (s.speaker.as_str(), s.kind)).collect();
    assert_eq!(got, [("PAK", Assertion), ("PAK", Denial)], "{s:#?}");
    assert_eq!(speakers("وقالت وزارة الخارجية الهندية إن الحكومة رفضت المبادرة وأعلنت الحداد.").len(), 1);
    // `أمل في أن`: a noun's complement, no words said
    assert_eq!(
        speakers(
            "وأعربت وزارة الخارجية القطرية عن أمل دولة قطر في أن يسهم الاتفاق في الاستقرار ودعت الطرفين إلى ضبط النفس."
        ),
        ["QAT_MFA", "QAT_MFA"]
    );
    let s = st("واتهمت الهند باكستان بدعم المسلحين، وهو ما نفته إسلام آباد وطالبت بتحقيق محايد.");
    assert!(!s.iter().any(|s| s.speaker == "IND" && s.kind == Appeal), "{s:#?}");
}

/// The speaker's words quoted in part at the head of the reported clause
/// make the statement direct; a name in quotes (`مجموعة "فاغنر"`) does not.
#[test]
fn words_quoted_in_part_are_direct() {
    let s = one("وقال المتحدث باسم الجيش الأردني إن القوات \"انتهكت الاتفاق عدة مرات\" بإطلاق القذائف على المواقع.");
    assert_eq!((s.mode, s.text.as_str()), (Direct, "انتهكت الاتفاق عدة مرات"));
    let s = one("واتهم الجيش الأردني عناصر من مجموعة \"فاغنر\" بقصف المواقع الحدودية ليلة أمس.");
    assert_eq!(s.mode, Indirect);
    // a platform's name in quotes is passed over for the words said
    let s = one("وقال وزير الدفاع الأرميني على صفحته في «فيسبوك» أمس إن «المعارك مستمرة في المدينة».");
    assert_eq!((s.mode, s.text.as_str()), (Direct, "المعارك مستمرة في المدينة"));
}

/// An honorific pronoun (`سيادته`, `فخامته`) is the person named before.
#[test]
fn an_honorific_goes_on_with_the_person() {
    assert_eq!(
        speakers("وقال الرئيس الفلسطيني محمود عباس إن الوضع خطير.\n\nوقال سيادته: \"إن شعبنا لن يستسلم\"."),
        ["abbas", "abbas"]
    );
}

/// `وأضاف: "…"` with no subject goes on with the last speaker, even when
/// the quote opens with a definite noun.
#[test]
fn a_colon_or_quote_after_a_subjectless_verb() {
    for second in ["وأضاف: \"الحصيلة مرشحة للارتفاع\".", "وتابع \"الأوضاع تزداد سوءا\"."]
    {
        let text = format!("وقال وزير الصحة الصومالي عمر محمود إن الوضع صعب.\n\n{second}");
        let s = st(&text);
        assert_eq!(s.len(), 2, "{text}: {s:#?}");
        assert_eq!((s[1].speaker.as_str(), s[1].mode), (s[0].speaker.as_str(), Direct), "{s:#?}");
    }
}

/// `قبل أن يحذر`: a verb after `قبل أن`/`بعد أن` is a new statement of the
/// speaker, or of the subject named after it.
#[test]
fn a_clause_after_qabla_an() {
    let s = st("وأكد المتحدث باسم الجيش الليبي أحمد المسماري أن القوات تقدمت، قبل أن يحذر من أن \"الرد سيكون قاسيا\".");
    let got: Vec<(&str, StatementKind, &str)> =
        s.iter().map(|s| (s.speaker.as_str(), s.kind, s.text.as_str())).collect();
    assert_eq!(got, [("mismari", Assertion, "القوات تقدمت"), ("mismari", Warning, "الرد سيكون قاسيا")], "{s:#?}");
}
