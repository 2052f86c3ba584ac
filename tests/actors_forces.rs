//! A state's armed forces named by their role or standing (federal,
//! regular, government, national defence forces) and then the demonym, and
//! its bodies named without the state in an article about that state.
//! Sentences written for this test.

use rasad::{ActorKind, Report};

fn report(text: &str) -> Report {
    rasad::parse(text).expect("parses")
}

fn has(r: &Report, id: &str, kind: ActorKind) -> bool {
    r.actors.iter().any(|a| a.id == id && a.kind == kind && !a.mentions.is_empty())
}

#[test]
fn armed_forces_heads_before_a_demonym() {
    for (text, id) in [
        ("واشتبكت قوات الدفاع الوطني الإثيوبية مع مسلحين قرب المدينة.", "ETH_MIL"),
        ("وقصفت قوات النظام السوري بلدات في ريف إدلب.", "SYR_MIL"),
        ("وتقدمت القوات الحكومية الصومالية نحو مواقع الحركة.", "SOM_MIL"),
        ("وأعلن الجيش الفيدرالي النيجيري مقتل عشرة مسلحين.", "NGA_MIL"),
        ("وانسحبت القوات الاتحادية العراقية من الحي.", "IRQ_MIL"),
        ("وقالت قوات الدفاع الإسرائيلية إنها اعترضت صاروخا.", "ISR_MIL"),
    ] {
        let r = report(text);
        assert!(has(&r, id, ActorKind::Institution), "{id} in {text}: {:?}", r.actors);
    }
}

#[test]
fn a_minister_of_defence_is_not_the_army() {
    let r = report("وقال وزير الدفاع الإثيوبي إن العملية انتهت.");
    assert!(!has(&r, "ETH_MIL", ActorKind::Institution));
}

fn affiliation<'r>(r: &'r Report, id: &str) -> Option<&'r str> {
    r.actor(id).and_then(|a| a.affiliation.as_deref())
}

#[test]
fn bodies_without_their_state_in_an_article_about_one_state() {
    // the headline opens with the state as a label
    let r = report(
        "سوريا.. قصف على ريف حماة\n\
         وقصفت قوات النظام بلدات في ريف حماة الشمالي، فيما ردت فصائل المعارضة.\n\
         وقالت الشرطة إنها اعتقلت مشتبها بهم.",
    );
    assert!(has(&r, "SYR_MIL", ActorKind::Institution), "{:?}", r.actors);
    assert!(has(&r, "SYR_POLICE", ActorKind::Institution), "{:?}", r.actors);
    // the only state of the headline
    let r = report(
        "اشتباكات عنيفة في العاصمة الصومالية\n\
         تتواصل المواجهات بين القوات الحكومية ومسلحين في أحياء العاصمة.\n\
         وطالب مجلس النواب بفتح تحقيق.",
    );
    assert!(has(&r, "SOM_MIL", ActorKind::Institution), "{:?}", r.actors);
    assert!(has(&r, "SOM_PARL", ActorKind::Institution), "{:?}", r.actors);
    // a ruling junta, then named again without the state
    let r = report(
        "ميانمار: اشتباكات في الشمال\n\
         وقال المجلس العسكري الحاكم في ميانمار إن قواته استعادت بلدة.\n\
         ورفض المجلس العسكري دعوات التهدئة، واتهم القوات النظامية جماعات مسلحة بالهجوم.",
    );
    assert!(has(&r, "MMR_JUNTA", ActorKind::Institution), "{:?}", r.actors);
    assert!(has(&r, "MMR_MIL", ActorKind::Institution), "{:?}", r.actors);
}

#[test]
fn the_most_named_state_is_the_article_s() {
    let r = report(
        "تصعيد جديد في الشمال\n\
         قال مسؤولون في العراق إن الحكومة العراقية تدرس الرد. وأكد رئيس الوزراء العراقي أن بغداد لن تتهاون.\n\
         وأعلنت قيادة عمليات نينوى مقتل عشرة مسلحين، فيما انتشرت القوات الاتحادية في الأحياء.",
    );
    assert!(has(&r, "IRQ_MIL", ActorKind::Institution), "{:?}", r.actors);
    let ops = r.actors.iter().find(|a| a.name == "قيادة عمليات نينوى").expect("the operations command");
    assert_eq!(ops.kind, ActorKind::Institution);
    assert_eq!(affiliation(&r, &ops.id), Some("IRQ"));
}

#[test]
fn no_home_state_no_guess() {
    // two states alike: the government forces are nobody's
    let r = report(
        "محادثات بين الهند وباكستان\n\
         وقالت الهند إن باكستان خرقت التهدئة، وردت باكستان بأن الهند بدأت القصف.\n\
         وانتشرت القوات الحكومية على الحدود.",
    );
    assert!(!r.actors.iter().any(|a| a.id.ends_with("_MIL")), "{:?}", r.actors);
}

#[test]
fn places_and_names_that_only_look_like_bodies() {
    let r = report(
        "ليبيا: هدوء حذر في العاصمة\n\
         وسقطت قذيفة قرب مقر الشرطة في العاصمة، وأعلن الجيش الوطني الليبي سيطرته على المطار.",
    );
    assert!(!r.actors.iter().any(|a| a.id == "LBY_POLICE"), "{:?}", r.actors);
    assert!(!r.actors.iter().any(|a| a.id == "LBY_MIL"), "{:?}", r.actors);
}
