//! Mediators named by hosting or sponsoring talks, or by a plan; refusals of
//! a truce, on sentences written for these tests.

use rasad::{Ceasefire, CeasefireKind as K};

fn cfs(body: &str) -> Vec<Ceasefire> {
    let text = format!("خبر عن الحرب في المنطقة\n{body}");
    rasad::parse(&text).unwrap().ceasefires
}

fn one(body: &str) -> Ceasefire {
    let all = cfs(body);
    assert_eq!(all.len(), 1, "expected one ceasefire in {body:?}, got {all:#?}");
    all.into_iter().next().unwrap()
}

fn set(v: &[String]) -> Vec<&str> {
    let mut s: Vec<&str> = v.iter().map(String::as_str).collect();
    s.sort_unstable();
    s
}

#[test]
fn a_refused_truce_is_a_failure_of_the_refuser() {
    for (s, who) in [
        ("ورفضت حركة حماس الهدنة.", "hamas"),
        ("ورفض الحوثيون وقف إطلاق النار.", "houthis"),
        ("وترفض روسيا مقترح الهدنة.", "RUS"),
        ("ورفضت روسيا أي حديث عن وقف لإطلاق النار قبل الانسحاب.", "RUS"),
        ("ورفضت روسيا في بيان أي حديث عن هدنة.", "RUS"),
        ("أما روسيا فرفضت في تصريحات مصورة فكرة الهدنة.", "RUS"),
        ("أما الرئيس الأوكراني فولوديمير زيلينسكي فرفض في رسالة صوتية أي حديث عن هدنة.", "zelensky"),
    ] {
        let c = one(s);
        assert_eq!(c.kind, K::Failure, "{s}");
        assert_eq!(set(&c.initiators), [who], "{s}");
    }
}

#[test]
fn a_refusal_of_something_else_is_not_a_failure() {
    // the refusal's object is the withdrawal; the truce is only its setting
    let all = cfs("ورفض الجيش الانسحاب من المواقع التي سيطر عليها قبل سريان الهدنة بأيام في المدينة.");
    assert!(all.iter().all(|c| c.kind != K::Failure), "{all:#?}");
}

#[test]
fn the_host_or_sponsor_of_the_talks_is_a_mediator() {
    for (s, who) in [
        (
            "أعلنت الحكومة والمتمردون التوصل إلى اتفاق لوقف إطلاق النار، بعد محادثات استضافتها مدينة شنغهاي الصينية.",
            &["CHN"][..],
        ),
        ("اتفق الجيش والمتمردون على هدنة في محادثات استضافتها الدوحة.", &["QAT"]),
        ("ويأتي اتفاق وقف إطلاق النار ثمرة المفاوضات التي احتضنتها العاصمة المصرية القاهرة الشهر الماضي.", &["EGY"]),
        ("وقع الطرفان اتفاق وقف إطلاق النار في المفاوضات التي تستضيفها تركيا.", &["TUR"]),
        ("واتفق الطرفان على هدنة برعاية قطرية.", &["QAT"]),
        ("واتفق الطرفان على هدنة برعاية الدول الضامنة روسيا وتركيا وإيران.", &["IRN", "RUS", "TUR"]),
        ("واتفق الطرفان على هدنة برعاية الدولتين الراعيتين مصر وقطر.", &["EGY", "QAT"]),
    ] {
        let c = one(s);
        assert_eq!(c.kind, K::Agreement, "{s}");
        assert_eq!(set(&c.mediators), who, "{s}");
    }
}

#[test]
fn whose_plan_provides_for_the_truce_is_its_mediator() {
    let c = one("ونصت خطة السلام الأمريكية على وقف إطلاق النار في القطاع.");
    assert_eq!(set(&c.mediators), ["USA"]);
    let c = one("ودخل وقف إطلاق النار الذي نصت عليه خطة الأمم المتحدة حيز التنفيذ.");
    assert_eq!(set(&c.mediators), ["UN"]);
    // a plan with no owner named names no mediator
    let c = one("ودخل وقف إطلاق النار الذي نصت عليه الخطة حيز التنفيذ أمس.");
    assert!(c.mediators.is_empty(), "{c:#?}");
}

#[test]
fn a_host_of_something_else_is_no_mediator() {
    // the city hosts refugees, not talks
    let c = one("واتفق الطرفان على هدنة في المدينة التي استضافتها قطر آلاف النازحين.");
    assert!(c.mediators.is_empty(), "{c:#?}");
}
