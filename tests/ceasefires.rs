//! Ceasefire extraction: kinds, roles, flags, negation and look-alikes, on
//! sentences written for these tests.

use rasad::{Ceasefire, CeasefireKind as K};

/// Parse an article: a headline line first, then the body.
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
fn call_with_subject_and_objects() {
    let c = one("ودعت ألمانيا أذربيجان وأرمينيا إلى وقف فوري لإطلاق النار في الإقليم.");
    assert_eq!(c.kind, K::Call);
    assert_eq!(set(&c.initiators), ["DEU"]);
    assert_eq!(set(&c.parties), ["ARM", "AZE"]);
    assert!(c.immediate);
    assert!(!c.humanitarian);
}

#[test]
fn joint_subjects_and_between() {
    let c = one("وطالبت فرنسا وتركيا وكندا، يوم السبت، بوقف الأعمال العدائية بين أذربيجان وأرمينيا.");
    assert_eq!(c.kind, K::Call);
    assert_eq!(set(&c.initiators), ["CAN", "FRA", "TUR"]);
    assert_eq!(set(&c.parties), ["ARM", "AZE"]);
    assert!(!c.immediate);
}

#[test]
fn listed_subjects_after_a_collective() {
    let c = one("وحثت مجموعة من الدول من بينها كندا وألمانيا الطرفين على وقف القتال.");
    assert_eq!(set(&c.initiators), ["CAN", "DEU"]);
    // the two sides come from the article's `بين X وY` phrases
    let all = cfs(
        "تتواصل المواجهات بين أذربيجان وأرمينيا منذ أسبوع.\nوحثت مجموعة من الدول من بينها كندا وألمانيا الطرفين على وقف القتال.",
    );
    assert_eq!(set(&all[0].parties), ["ARM", "AZE"]);
}

#[test]
fn subject_before_the_verb_and_reported_speech() {
    let c = one("وقال ماكرون إن فرنسا تدعو إلى هدنة إنسانية في المدينة.");
    assert_eq!(c.kind, K::Call);
    assert_eq!(set(&c.initiators), ["FRA"]);
    assert!(c.humanitarian);
}

#[test]
fn impersonal_call_takes_the_reporting_subject() {
    let c = one("وأكد بوتين أنه من الضروري العودة على الفور إلى وقف إطلاق النار.");
    assert_eq!(c.kind, K::Call);
    assert_eq!(set(&c.initiators), ["putin"]);
    assert!(c.immediate);
}

#[test]
fn offer() {
    let c = one("وأعلن أردوغان أن تركيا مستعدة لرعاية هدنة بين الطرفين.");
    assert_eq!(c.kind, K::Offer);
    assert!(c.initiators.contains(&"TUR".to_string()) || c.initiators.contains(&"erdogan".to_string()));
    let c = one("واقترحت روسيا وقفا مؤقتا للعمليات العسكرية لأسباب إنسانية.");
    assert_eq!(c.kind, K::Offer);
    assert_eq!(set(&c.initiators), ["RUS"]);
    assert!(c.humanitarian);
}

#[test]
fn agreement_with_mediator() {
    let c = one("وتوصلت أرمينيا وأذربيجان إلى اتفاق لوقف إطلاق النار بوساطة فرنسية وتركية.");
    assert_eq!(c.kind, K::Agreement);
    assert_eq!(set(&c.initiators), ["ARM", "AZE"]);
    assert_eq!(set(&c.parties), ["ARM", "AZE"]);
    assert_eq!(set(&c.mediators), ["FRA", "TUR"]);
}

#[test]
fn agreement_in_force_and_ordinal() {
    let c = one("واستمر القصف على القرى رغم الهدنة.");
    assert_eq!(c.kind, K::Agreement);
    assert!(c.initiators.is_empty());
    let c = one("وأعلنت روسيا وتركيا التوصل إلى اتفاق هدنة جديد وهو الثاني من نوعه خلال شهر.");
    assert_eq!(c.kind, K::Agreement);
    assert_eq!(set(&c.initiators), ["RUS", "TUR"]);
    assert_eq!(c.ordinal, Some(2));
}

#[test]
fn agreement_effective_date() {
    let c = one("ودخل وقف إطلاق النار حيز التنفيذ في 2021-03-05 عند منتصف الليل.");
    assert_eq!(c.kind, K::Agreement);
    assert_eq!(c.effective.map(|d| d.to_string()).as_deref(), Some("2021-03-05"));
}

#[test]
fn violation() {
    let c = one("واتهمت أذربيجان أرمينيا بانتهاك الهدنة الإنسانية.");
    assert_eq!(c.kind, K::Violation);
    assert_eq!(set(&c.initiators), ["ARM"]);
    assert!(c.humanitarian);
    let c = one("وقالت الحكومة إن الهدنة خرقت عدة مرات.");
    assert_eq!(c.kind, K::Violation);
    let c = one("وخرقت تركيا اتفاق وقف إطلاق النار.");
    assert_eq!(c.kind, K::Violation);
    assert_eq!(set(&c.initiators), ["TUR"]);
}

#[test]
fn failure_and_negation() {
    let c = one("وفشلت روسيا وتركيا في الاتفاق على هدنة جديدة في المحادثات.");
    assert_eq!(c.kind, K::Failure);
    assert_eq!(set(&c.initiators), ["RUS", "TUR"]);
    let c = one("ولم يتم التوصل إلى اتفاق لوقف القتال بعد ساعات من المحادثات.");
    assert_eq!(c.kind, K::Failure);
    let c = one("ورفضت أرمينيا وقف إطلاق النار.");
    assert_eq!(c.kind, K::Failure);
    assert_eq!(set(&c.initiators), ["ARM"]);
    let c = one("وقال الوزير إنه لا وقف لإطلاق النار قبل الانسحاب.");
    assert_eq!(c.kind, K::Failure);
    let c = one("وانهارت الهدنة بعد يومين فقط.");
    assert_eq!(c.kind, K::Failure);
}

#[test]
fn look_alikes_are_not_ceasefires() {
    for s in [
        "وقررت كندا وقف تصاريح تصدير المعدات إلى تركيا.",
        "وأعلنت ألمانيا وقف المساعدات المالية.",
        "وطالبت فرنسا بوقف الدعم العسكري للطرفين.",
        "ووقعت تركيا وروسيا اتفاقا تجاريا جديدا.",
        "وطالب المحتجون بوقف إطلاق سراح المتهمين.",
        "وفتح الجنود إطلاق النار على المتظاهرين.",
        "وقال الوزير إن الحل السياسي هو الطريق الوحيد.",
    ] {
        assert!(cfs(s).is_empty(), "{s}: {:#?}", cfs(s));
    }
}

#[test]
fn two_clauses_two_items() {
    let all = cfs("ودعت فرنسا إلى وقف الاشتباكات، في حين أعلنت روسيا أنها مستعدة لرعاية هدنة.");
    assert_eq!(all.len(), 2, "{all:#?}");
    assert_eq!(all[0].kind, K::Call);
    assert_eq!(set(&all[0].initiators), ["FRA"]);
    assert_eq!(all[1].kind, K::Offer);
    assert_eq!(set(&all[1].initiators), ["RUS"]);
}

#[test]
fn headline_restating_the_body_is_one_item() {
    let text = "دعوات إلى وقف إطلاق النار\nودعت فرنسا إلى وقف إطلاق النار فورا.";
    let r = rasad::parse(text).unwrap();
    assert_eq!(r.ceasefires.len(), 1, "{:#?}", r.ceasefires);
    let span = r.ceasefires[0].span;
    assert!(span.text(text).unwrap().contains("فرنسا"));
}

#[test]
fn spans_are_clauses_of_the_input() {
    let text = "عنوان\nوناشدت ألمانيا «الجانبين» وقفَ القتالِ فوراً؛ واستمرت المعارك.";
    let r = rasad::parse(text).unwrap();
    let c = &r.ceasefires[0];
    let s = c.span.text(text).unwrap();
    assert!(s.starts_with("وناشدت") && s.contains("فوراً"), "{s}");
    assert!(!s.contains("واستمرت"));
    assert!(c.immediate);
}

#[test]
fn odd_input_does_not_panic() {
    for s in ["وقف", "هدنة", "وقف وقف وقف", "بين و، و بين", "دعا إلى", "ـــ هدنة ـــ «»\"\""]
    {
        let _ = rasad::parse(s);
    }
}

#[test]
fn a_counterpart_is_an_object_not_a_co_subject() {
    let c = one("وأبلغ بوتين نظيره ماكرون بالجهود التي تبذلها بلاده من أجل وقف القتال.");
    assert_eq!(c.kind, K::Call);
    assert_eq!(set(&c.initiators), ["putin"]);
}

#[test]
fn a_mediator_is_not_a_party() {
    let all =
        cfs("وأدت وساطة فرنسية إلى هدنة قصيرة.\nوأعلنت فرنسا وأرمينيا وأذربيجان التوصل إلى اتفاق لوقف إطلاق النار.");
    let c = all.last().unwrap();
    assert_eq!(c.kind, K::Agreement);
    assert_eq!(set(&c.initiators), ["ARM", "AZE", "FRA"]);
    assert_eq!(set(&c.parties), ["ARM", "AZE"]);
    assert_eq!(set(&all[0].mediators), ["FRA"]);
}

#[test]
fn a_quoted_sentence_is_its_own_clause() {
    let all = cfs("وقال البيان: \"نشعر بالقلق إزاء القتال بين أذربيجان وأرمينيا. وانتهكت الهدنة مجددا\".");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].kind, K::Violation);
    // the breach binds the article's two sides, not a list borrowed from the
    // clause before it
    assert_eq!(set(&all[0].parties), ["ARM", "AZE"]);
}

#[test]
fn negated_and_still_committed() {
    // failing to reach one, after the cue
    let c = one("وانتهت المحادثات حول وقف إطلاق النار في الإقليم مساء الأحد دون التوصل إلى اتفاق.");
    assert_eq!(c.kind, K::Failure);
    // did not succeed in reaching a truce
    let c = one("ولم تنجح اتصالات الوسطاء طوال الأسبوع في التوصل إلى هدنة.");
    assert_eq!(c.kind, K::Failure);
    let c = one("ونجحت الوساطة القطرية في التوصل إلى هدنة بين الطرفين.");
    assert_eq!(c.kind, K::Agreement);
    // a refusal: not concerned by any truce
    let c = one("وقالت الجماعة إنها ليست معنية بأي هدنة تعلنها الحكومة.");
    assert_eq!(c.kind, K::Failure);
    // a denied agreement
    let c = one("ونفت الحركة أن تكون قد وافقت على الهدنة.");
    assert_eq!(c.kind, K::Failure);
    // `لا يزال` is "still", not a negation
    let c = one("وقال قائد الفصيل إن مقاتليه لا يزالون ملتزمين بالهدنة.");
    assert_eq!(c.kind, K::Agreement);
}

#[test]
fn commitment_welcome_and_start_are_agreements() {
    let c = one("وأكدت الحكومة، الاثنين، ترحيبها بالدعوة والتزامها بوقف إطلاق النار.");
    assert_eq!(c.kind, K::Agreement);
    let c = one("وأكد القائد أن مقاتليه توافقوا مع الجيش على وقف الأعمال العدائية.");
    assert_eq!(c.kind, K::Agreement);
    let c = one("وحث الوسيط الجيش على وقف هجومه على المدينة.");
    assert_eq!(c.kind, K::Call);
}

#[test]
fn a_second_item_in_one_sentence() {
    // a truce announced, then collapsed: two items
    let all = cfs("وأعلن الجيش هدنة لمدة ثلاثة أيام في المدينة، لكنها انهارت بعد ساعات.");
    let kinds: Vec<K> = all.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [K::Agreement, K::Failure], "{all:#?}");
    let all = cfs("وتوسطت قطر في هدنة بين الطرفين الشهر الماضي، لكنها لم تصمد طويلا.");
    let kinds: Vec<K> = all.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [K::Agreement, K::Failure], "{all:#?}");
    // agreed on a cessation before talks collapsed
    let all = cfs("واتفق الجانبان على وقف الأعمال العدائية قبل أن تنهار المحادثات في الربيع.");
    let kinds: Vec<K> = all.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [K::Agreement, K::Failure], "{all:#?}");
    // a new truce after two collapsed ones
    let all = cfs("وهذه رابع هدنة تعلن في البلاد، بعد انهيار ثلاث هدن سابقة.");
    let kinds: Vec<K> = all.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [K::Agreement, K::Failure], "{all:#?}");
    // a breach after the truce began, in the same sentence
    let all = cfs("وبعد يومين من بدء سريان الهدنة، اندلعت اشتباكات في الريف، في أول خرق للاتفاق.");
    let kinds: Vec<K> = all.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [K::Agreement, K::Violation], "{all:#?}");
}

#[test]
fn a_following_sentence_about_the_same_truce() {
    let all = cfs(
        "وأعلن الطرفان هدنة جديدة في الإقليم.\nوكانت الهدنة السابقة قد انهارت.\nوقال الجيش إن المسلحين ارتكبوا 12 خرقا منذ الصباح.",
    );
    assert_eq!(all.last().map(|c| c.kind), Some(K::Violation), "{all:#?}");
    let all = cfs("ووقع الطرفان اتفاق وقف إطلاق النار في العاصمة.\nوقد دخل الاتفاق حيز التنفيذ عند منتصف الليل.");
    assert_eq!(all.len(), 2, "{all:#?}");
    assert_eq!(all[1].kind, K::Agreement);
    // a threat against any breach is no breach; human-rights abuses are not breaches
    let all = cfs(
        "وأعلن الطرفان هدنة جديدة في الإقليم.\nوقال القائد إن قواته سترد بقوة على أي خرق.\nواتهمت منظمات حقوقية الطرفين بارتكاب انتهاكات واسعة.",
    );
    assert_eq!(all.len(), 1, "{all:#?}");
    // an offer in exchange for a stop
    let c = one("وقالت مصادر إن الحكومة عرضت على المتمردين اتفاقا لتقاسم الثروة مقابل وقف القتال.");
    assert_eq!(c.kind, K::Offer);
}

#[test]
fn the_sides_are_a_state_and_a_group() {
    // the state and the group fight; another state is named more often
    let all = cfs("تجددت الاشتباكات بين الجيش اللبناني ومسلحي حزب الله قرب الحدود.\n\
         وقال مسؤول في فرنسا إن فرنسا تتابع الوضع، وإن فرنسا تدعم الحوار.\n\
         وأعلن الطرفان التزامهما بالهدنة.");
    let last = all.last().unwrap();
    assert_eq!(last.kind, K::Agreement);
    assert_eq!(set(&last.parties), ["LBN", "hezbollah"]);
}

#[test]
fn an_agreed_truce_binds_the_sides_when_the_clause_names_none() {
    let all = cfs("تدور معارك عنيفة بين الجيش السوداني وقوات الدعم السريع في العاصمة.\n\
         وقال مسؤول إن الهدنة انهارت بعد ساعات.");
    let last = all.last().unwrap();
    assert_eq!(last.kind, K::Failure);
    assert_eq!(set(&last.parties), ["SDN", "rsf"]);
}

#[test]
fn a_call_does_not_borrow_the_sides() {
    let all = cfs("تدور معارك عنيفة بين الجيش السوداني وقوات الدعم السريع في العاصمة.\n\
         ودعت ألمانيا إلى وقف فوري لإطلاق النار.");
    let last = all.last().unwrap();
    assert_eq!(last.kind, K::Call);
    assert!(last.parties.is_empty(), "{last:#?}");
}

#[test]
fn the_pair_that_agrees_outranks_the_most_named() {
    // Turkey is named most, but the agreement is between the other two
    let all = cfs("وقعت أرمينيا وأذربيجان اتفاقا لوقف إطلاق النار.\n\
         وقال مسؤول في تركيا إن تركيا ترحب، وإن تركيا تراقب.\n\
         واتفق الجانبان على تمديد الهدنة.");
    let last = all.last().unwrap();
    assert_eq!(set(&last.parties), ["ARM", "AZE"]);
}

#[test]
fn a_breach_binds_the_sides_and_the_breaker() {
    let all = cfs("تتواصل المواجهات بين الجيش اليمني والحوثيين في مأرب.\n\
         واتهمت الحكومة اليمنية الحوثيين بخرق الهدنة.");
    let last = all.last().unwrap();
    assert_eq!(last.kind, K::Violation);
    assert_eq!(set(&last.initiators), ["houthis"]);
    assert_eq!(set(&last.parties), ["YEM", "houthis"]);
}

#[test]
fn between_a_government_and_described_rebels() {
    let c = one("وبدأ سريان وقف إطلاق النار بين الحكومة اليمنية ومسلحي جماعة الحوثي.");
    assert_eq!(set(&c.parties), ["YEM", "houthis"]);
}

#[test]
fn a_truce_with_a_counterpart() {
    // the accuser is not a party: the breaker and its counterpart are
    let c = one("واتهم الجيش السوري تركيا بخرق اتفاق الهدنة مع حزب الله.");
    assert_eq!(c.kind, K::Violation);
    assert_eq!(set(&c.initiators), ["TUR"]);
    assert_eq!(set(&c.parties), ["TUR", "hezbollah"]);
}

#[test]
fn the_pair_that_accuses_outranks_a_busier_third_state() {
    let all = cfs("وقال مسؤول في قطر إن قطر تواصل اتصالاتها، وإن قطر متفائلة.\n\
         واتهمت حركة حماس إسرائيل بعرقلة المفاوضات.\n\
         وكانت الهدنة السابقة قد انهارت الشهر الماضي.");
    let last = all.last().unwrap();
    assert_eq!(last.kind, K::Failure);
    assert_eq!(set(&last.parties), ["ISR", "hamas"]);
}

#[test]
fn mediators_named_by_role_or_effort() {
    let c = one("وتوصلت الحكومة الصومالية إلى هدنة بجهود كينيا وإثيوبيا.");
    assert_eq!(set(&c.mediators), ["ETH", "KEN"]);
    let c = one("ووافقت الحكومة اليمنية على الهدنة بعد اتصالات الوسطاء (مصر والكويت).");
    assert_eq!(set(&c.mediators), ["EGY", "KWT"]);
    let c = one("وكانت النرويج قد توسطت في هدنة قصيرة.");
    assert_eq!(set(&c.mediators), ["NOR"]);
    // a push, not a broker
    let c = one("وتتواصل جهود ألمانيا لوقف إطلاق النار.");
    assert!(c.mediators.is_empty(), "{c:#?}");
}

#[test]
fn both_sides_after_a_pronoun_object() {
    let all = cfs("تدور معارك بين أرمينيا وأذربيجان منذ أيام.\n\
         وقال مسؤول إن تفاهما توصل إليه الطرفان أمس يقضي بوقف إطلاق النار.");
    let last = all.last().unwrap();
    assert_eq!(last.kind, K::Agreement);
    assert_eq!(set(&last.initiators), ["ARM", "AZE"]);
}

#[test]
fn brokers_did_not_break_the_truce() {
    let c = one("وكانت هدنة سابقة بوساطة مصرية قد انهارت.");
    assert_eq!(c.kind, K::Failure);
    assert!(c.initiators.is_empty(), "{c:#?}");
    assert_eq!(set(&c.mediators), ["EGY"]);
}

#[test]
fn the_only_group_named_is_a_side() {
    let all = cfs("وقال الجيش العراقي إن العراق يواصل عملياته، وإن العراق لن يتراجع.\n\
         وأضاف أن تنظيم داعش يتحصن في الأحياء القديمة.\n\
         وكانت هدنة قصيرة قد انهارت قبل أيام.");
    let last = all.last().unwrap();
    assert_eq!(last.kind, K::Failure);
    assert_eq!(set(&last.parties), ["IRQ", "isis"]);
}

#[test]
fn a_group_in_the_margin_of_an_interstate_war_is_not_a_side() {
    let all = cfs("قالت أذربيجان إن أذربيجان سترد، وقالت أرمينيا إن أرمينيا مستعدة.\n\
         وأكدت أذربيجان أن أرمينيا تحشد، وأكدت أرمينيا أن أذربيجان تقصف.\n\
         وقالت أذربيجان إن حزب الله غير معني، وقالت أرمينيا إن أذربيجان تتحمل المسؤولية.\n\
         وكانت هدنة قصيرة قد انهارت قبل أيام.");
    let last = all.last().unwrap();
    assert_eq!(last.kind, K::Failure);
    assert_eq!(set(&last.parties), ["ARM", "AZE"]);
}

#[test]
fn talks_led_by_mediators() {
    let c = one("وانتهت المحادثات التي تقودها تركيا والأردن دون التوصل إلى وقف لإطلاق النار.");
    assert_eq!(c.kind, K::Failure);
    assert_eq!(set(&c.mediators), ["JOR", "TUR"]);
    // a coalition led by a state is not a mediation
    let c = one("واتهم الحوثيون التحالف الذي تقوده السعودية بخرق الهدنة.");
    assert!(c.mediators.is_empty(), "{c:#?}");
}

#[test]
fn whoever_is_committed_agrees() {
    let c = one("وقالت الحكومة اليمنية إنها ملتزمة بالهدنة المعلنة.");
    assert_eq!(c.kind, K::Agreement);
    assert_eq!(set(&c.initiators), ["YEM"]);
    // an unresolved subject of its own is not the speaker
    let c = one("وقالت الحكومة اليمنية إن القبائل لا تزال ملتزمة بالهدنة.");
    assert_eq!(c.kind, K::Agreement);
    assert!(c.initiators.is_empty(), "{c:#?}");
}

#[test]
fn an_announcement_with_a_date_between() {
    let c = one("وكانت الحكومة السودانية قد أعلنت في الشهر الماضي هدنة من جانب واحد.");
    assert_eq!(c.kind, K::Agreement);
    assert_eq!(set(&c.initiators), ["SDN"]);
}

#[test]
fn a_call_to_stop_someones_operations_addresses_them() {
    let c = one("وطالبت فرنسا بوقف الغارات لروسيا على المدن.");
    assert_eq!(c.kind, K::Call);
    assert_eq!(set(&c.initiators), ["FRA"]);
    assert_eq!(set(&c.parties), ["RUS"]);
    // a duration is not an owner
    let c = one("ودعت فرنسا إلى وقف القتال لمدة أسبوع.");
    assert!(c.parties.is_empty(), "{c:#?}");
}

/// A verb of breach with "the agreement" after it, in a sentence after the
/// ceasefire was named, is a violation by its subject.
#[test]
fn a_verb_of_breach_with_the_agreement() {
    let c =
        cfs("وأعلن البلدان التوصل إلى اتفاق لوقف إطلاق النار.\nوقال الجيش التايلاندي إن كمبوديا انتهكت الاتفاق عدة مرات.");
    let kinds: Vec<K> = c.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [K::Agreement, K::Violation], "{c:#?}");
    assert_eq!(set(&c[1].initiators), ["KHM"]);
}

/// Aggression, an offensive and violence are what a call may ask to stop.
#[test]
fn stopping_aggression_an_offensive_or_violence() {
    for body in [
        "وطالب الرئيس المجتمع الدولي بإلزام إسرائيل بوقف عدوانها على غزة.",
        "ودعا المبعوث جميع الأطراف إلى «الوقف الفوري لأعمال العنف».",
        "وجدد المبعوث دعوته إلى وقف فوري للهجوم على المدينة.",
    ] {
        assert_eq!(one(body).kind, K::Call, "{body}");
    }
}

/// `لم تفضِ المحادثات إلى اتفاق` fails; `لا يفضي إلى تنفيذ الاتفاق` speaks of
/// an agreement that stands.
#[test]
fn talks_that_led_to_no_agreement() {
    assert_eq!(one("وقال إن المحادثات مع الحكومة لم تفضِ إلى اتفاق لوقف إطلاق النار.").kind, K::Failure);
    assert_eq!(one("وقال إن المحادثات مع الحكومة أفضت إلى اتفاق لوقف إطلاق النار.").kind, K::Agreement);
    assert_eq!(one("وقال إن الوضع الراهن لا يفضي إلى تنفيذ اتفاق وقف إطلاق النار.").kind, K::Agreement);
}

/// A call with the object's pronoun on the verb (`حثهما`), a suspension of
/// operations (`تعليق … العمليات الحربية`), and an order to stop (`أوامر
/// بوقف العمليات الهجومية`, an agreement announced).
#[test]
fn pronoun_calls_suspensions_and_orders() {
    assert_eq!(one("وحثّهما المبعوث على «وقف فوري لإطلاق النار».").kind, K::Call);
    assert_eq!(one("وطالب المجلس بتعليق فوري لكل العمليات الحربية في الغوطة.").kind, K::Call);
    assert_eq!(one("وقال الجيش إن القوات تلقت أوامر بوقف العمليات الهجومية ضد المتمردين.").kind, K::Agreement);
    assert_eq!(one("وأمر الرئيس بوقف إطلاق النار في الإقليم.").kind, K::Agreement);
}
