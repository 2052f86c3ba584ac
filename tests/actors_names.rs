//! Forces of a named government, names with the article inside them, and
//! offices such as `وكيل`. Sentences written for this test.

use rasad::{ActorKind, Report};

fn report(text: &str) -> Report {
    rasad::parse(text).expect("parses")
}

fn has(r: &Report, id: &str, kind: ActorKind) -> bool {
    r.actors.iter().any(|a| a.id == id && a.kind == kind && !a.mentions.is_empty())
}

#[test]
fn forces_of_a_named_government_are_its_states_forces() {
    for text in [
        "وقالت قوات حكومة الوفاق الوطني إنها صدت هجوما جنوب طرابلس.",
        "واستعادت قوات حكومة الوفاق السيطرة على المطار.",
        "وأكدت القوات التابعة لحكومة الوفاق تقدمها، وقالت قوات حكومة الوفاق الليبية إن المعارك مستمرة.",
    ] {
        let r = report(text);
        assert!(has(&r, "LBY_MIL", ActorKind::Institution), "{text}: {:?}", r.actors);
    }
    // the government alone is not its army
    let r = report("ورحبت حكومة الوفاق الوطني بالمبادرة.");
    assert!(!has(&r, "LBY_MIL", ActorKind::Institution), "{:?}", r.actors);
}
