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
