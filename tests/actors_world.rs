//! Actor recognition on sentences written for this test in the styles of
//! several wars' press: ids, kinds, affiliations and titled persons.

use rasad::{ActorKind, Report};

fn report(text: &str) -> Report {
    rasad::parse(text).expect("parses")
}

fn has(r: &Report, id: &str, kind: ActorKind) -> bool {
    r.actors.iter().any(|a| a.id == id && a.kind == kind)
}

fn affiliation<'r>(r: &'r Report, id: &str) -> Option<&'r str> {
    r.actor(id).and_then(|a| a.affiliation.as_deref())
}

#[test]
fn gaza() {
    let r = report(
        "قال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي إن قواته قصفت مواقع لحركة حماس.\n\
         وأعلنت وزارة الصحة في غزة ارتفاع الحصيلة.\n\
         وأكد الناطق باسم كتائب القسام أبو عبيدة أن المقاومة مستمرة.",
    );
    assert!(has(&r, "ISR_MIL", ActorKind::Institution));
    assert!(has(&r, "hamas", ActorKind::Group));
    assert_eq!(affiliation(&r, "adraee"), Some("ISR"));
    assert_eq!(affiliation(&r, "abu_obeida"), Some("hamas"));
}

#[test]
fn sudan_titles_with_ranks() {
    let r = report(
        "وقال المتحدث الرسمي باسم القوات المسلحة السودانية العميد نبيل عبد الله إن الهجوم فشل.\n\
         في المقابل، اتهم قائد قوات الدعم السريع محمد حمدان دقلو الجيش بقصف الأحياء.",
    );
    assert!(has(&r, "SDN_MIL", ActorKind::Institution));
    assert!(has(&r, "rsf", ActorKind::Group));
    assert_eq!(r.statements[0].speaker, "nabil_abdallah");
    assert_eq!(r.statements[1].speaker, "hemedti");
}

#[test]
fn unknown_body_before_a_rank_is_not_a_person() {
    let r = report("قال المتحدث العسكري باسم قوات صنعاء العميد يحيى سريع إن سفينة استهدفت.");
    let persons: Vec<&str> = r.actors.iter().filter(|a| a.kind == ActorKind::Person).map(|a| a.id.as_str()).collect();
    assert_eq!(persons, vec!["saree"]);
    assert_eq!(r.statements[0].speaker, "saree");
}

#[test]
fn envoy_where_the_office_is_held() {
    let r = report("وأشار المبعوث الأممي إلى اليمن هانس غروندبرغ إلى أهمية الحوار.");
    assert_eq!(r.statements[0].speaker, "grundberg");
}

#[test]
fn ukraine_and_kremlin() {
    let r = report(
        "قال الرئيس الأوكراني فولوديمير زيلينسكي إن بلاده تحتاج إلى الدفاع الجوي.\n\
         بدوره، اتهم المتحدث باسم الكرملين دميتري بيسكوف كييف بعرقلة المفاوضات.",
    );
    assert!(has(&r, "RUS_PRES", ActorKind::Institution));
    assert_eq!(affiliation(&r, "peskov"), Some("RUS"));
    assert!(has(&r, "UKR", ActorKind::State), "كييف as the government");
}

#[test]
fn unknown_minister_by_title_then_surname() {
    let r = report(
        "قال وزير الخارجية التشادي محمد صالح النظيف إن بلاده ترفض التدخل.\n\
         وأضاف النظيف أن الحوار هو الحل.",
    );
    let p = r.actors.iter().find(|a| a.kind == ActorKind::Person).expect("a person");
    assert_eq!(p.affiliation.as_deref(), Some("TCD"));
    assert_eq!(p.mentions.len(), 2);
}

#[test]
fn things_named_by_demonyms_are_not_actors() {
    let r = report("تراجع سعر الليرة التركية، وبث الفيلم باللغة الروسية في أمريكا اللاتينية.");
    assert!(r.actors.is_empty(), "{:?}", r.actors);
}

#[test]
fn capital_as_a_place_and_as_a_government() {
    let r = report("وصل الوفد إلى الخرطوم أمس.");
    assert!(r.actor("SDN").is_none());
    let r = report("ورفضت الخرطوم الاتهامات.");
    assert!(r.actor("SDN").is_some());
}

#[test]
fn levant_titles_and_ministries() {
    let r = report(
        "وقال رئيس حكومة تصريف الأعمال اللبنانية نجيب ميقاتي إن لبنان ملتزم بالقرار.\n\
         وأكدت وزارة الخارجية والمغتربين السورية أن الغارات انتهاك للسيادة.",
    );
    assert_eq!(r.statements[0].speaker, "mikati");
    assert_eq!(r.statements[1].speaker, "SYR_MFA");
}

#[test]
fn same_surname_other_given_name_is_another_person() {
    // brothers, and a surname one letter away from a known one
    let r = report(
        "وقال وزير الخارجية خالد الجبوري إن الجلسة ستعقد غدا.\n\
         من جهته، أكد وزير الداخلية سامر الجبوري أن المدينة آمنة.\n\
         وأعلن قائد الكتيبة العقيد منير الأسعد أن قواته انسحبت، فيما دعا الرئيس بشار الأسد إلى الحوار.",
    );
    let speakers: Vec<&str> = r.statements.iter().map(|s| s.speaker.as_str()).collect();
    assert_eq!(speakers.len(), 4, "{speakers:?}");
    assert_ne!(speakers[0], speakers[1]);
    assert_ne!(speakers[2], speakers[3]);
    assert_eq!(speakers[3], "b_assad");
    // a rank word kept before the name is no given name: one person
    let r = report(
        "وقال المتحدث العقيد طيار سمير قدورة إن الهدنة صامدة.\n\
         وأضاف المتحدث سمير قدورة أن القوات ملتزمة.",
    );
    assert_eq!(r.statements[0].speaker, r.statements[1].speaker);
}

#[test]
fn syria_2012_myanmar_haiti_actors() {
    let r = report(
        "وذكرت لجان التنسيق المحلية أن القصف استمر، فيما دعت الهيئة العامة للثورة السورية إلى الإضراب.\n\
         وقال المبعوث نيكولاي ملادنوف إن الحوار ضروري.\n\
         واتهم جيش تحرير تانغ الوطني وجيش التحالف الديمقراطي الوطني في ميانمار الجيش بقصف القرى.\n\
         وأكدت جمعية مساعدة السجناء السياسيين أن الاعتقالات تتواصل.\n\
         ودعت الجماعة الكاريبية (كاريكوم) إلى اجتماع، فيما هدد جيمي شيريزيه بمواصلة الهجمات.",
    );
    for (id, kind) in [
        ("lcc_syria", ActorKind::Group),
        ("sgcr", ActorKind::Group),
        ("mladenov", ActorKind::Person),
        ("tnla", ActorKind::Group),
        ("mndaa", ActorKind::Group),
        ("aapp", ActorKind::Organization),
        ("caricom", ActorKind::Organization),
        ("cherizier", ActorKind::Person),
    ] {
        assert!(has(&r, id, kind), "{id}");
    }
    assert_eq!(affiliation(&r, "cherizier"), Some("viv_ansanm"));
}
