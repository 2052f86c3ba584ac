//! States and capitals that only name a place, an agreement or a meeting's
//! venue are not actors; states that act in the same sentence still are.
//! Sentences written for this test.

use rasad::Report;

fn report(text: &str) -> Report {
    rasad::parse(text).expect("parses")
}

fn named(r: &Report, id: &str) -> bool {
    r.actors.iter().any(|a| a.id == id && !a.mentions.is_empty())
}

#[test]
fn agreements_and_processes_named_after_a_city() {
    for (text, id) in [
        ("ويأتي التصعيد بعد عام على اتفاق بريتوريا الذي أنهى الحرب في الإقليم.", "ZAF"),
        ("وطالبت الحركة بتطبيق اتفاقية الدوحة الموقعة قبل عامين.", "QAT"),
        ("وأكد المبعوث التزامه بمخرجات مؤتمر برلين بشأن ليبيا.", "DEU"),
        ("وانطلقت جولة جديدة من محادثات موسكو بين الطرفين دون نتيجة.", "RUS"),
        ("وشدد البيان على التمسك بتفاهمات أنقرة السابقة.", "TUR"),
    ] {
        let r = report(text);
        assert!(!named(&r, id), "{id} in {text}");
    }
}

#[test]
fn a_state_as_the_venue_of_a_meeting() {
    for (text, id) in [
        ("ودعت المجموعة إلى عقد اجتماع طارئ في جامايكا الأسبوع المقبل.", "JAM"),
        ("وستعقد جولة المفاوضات المقبلة في كينيا مطلع الشهر.", "KEN"),
        ("واختتمت القمة الإقليمية في إثيوبيا أعمالها مساء الأحد.", "ETH"),
    ] {
        let r = report(text);
        assert!(!named(&r, id), "{id} in {text}");
    }
}

#[test]
fn states_that_act_stay_actors() {
    // the capital as the government, a state after في with no meeting
    let r = report("وأعلنت بريتوريا دعمها للاتفاق، فيما تتواصل الحرب في سوريا منذ سنوات.");
    assert!(named(&r, "ZAF"));
    assert!(named(&r, "SYR"));
    let r = report("وقالت قطر إنها مستعدة لاستضافة المحادثات، وأكدت كينيا مشاركتها.");
    assert!(named(&r, "QAT"));
    assert!(named(&r, "KEN"));
}
