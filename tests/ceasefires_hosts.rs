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
