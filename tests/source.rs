//! Source fields across page layouts.

fn src(page: &str) -> rasad::Source {
    rasad::parse(page).unwrap().source
}

#[test]
fn dbg_byline() {
    let s = src(
        "عنوان طويل عن المعارك في المدينة الشمالية\n\nصورة_12.jpg\nجنود في الميدان خلال المناورات ـ الأناضول\nأنقرة ـ وكالات\n\nقال الجيش إن قواته صدت هجوما على مواقعه في الشمال، بينما تواصلت الاشتباكات في عدة محاور طوال الليل.",
    );
    eprintln!("{s:?}");
    assert_eq!(s.dateline.as_deref(), Some("أنقرة"));
}
