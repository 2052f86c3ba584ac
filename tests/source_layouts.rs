//! Source fields for page layouts seen on more outlets: stacked section
//! labels above the title, dates with a comma before the year, a wire's own
//! site name atop its page, and the outlet quoted in its own report. Every
//! page here is written for the tests.

use chrono::NaiveDate;

fn src(page: &str) -> rasad::Source {
    rasad::parse(page).unwrap().source
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

const PARA: &str = "قالت مصادر محلية إن اشتباكات عنيفة اندلعت فجر اليوم بين القوات الحكومية ومسلحين في ريف المدينة، واستمرت عدة ساعات دون توقف.";
const PARA2: &str = "وأضافت المصادر أن تعزيزات عسكرية وصلت إلى المنطقة خلال الساعات الماضية، في حين نزح عشرات السكان نحو القرى المجاورة.";

#[test]
fn long_publish_and_update_line_is_the_date_not_the_text() {
    for line in [
        "نشر في: 14 مارس ,2021: 07:55 م GST آخر تحديث: 14 مارس ,2021: 09:40 م GST",
        "نشر في: 14 مارس 2021: 07:55 م بتوقيت مكة المكرمة آخر تحديث: 15 مارس 2021: 09:40 م",
        "تاريخ النشر: 14 مارس 2021 - 07:55 ص بتوقيت غرينتش | آخر تحديث: 14 مارس 2021 - 09:40 م",
    ] {
        let s = src(&format!("هجوم بطائرة مسيرة على قاعدة جوية غرب البلاد\n{line}\n{PARA}\n{PARA2}"));
        assert_eq!(s.published, day(2021, 3, 14), "{line}");
    }
}

#[test]
fn a_paragraph_opening_with_nashrat_is_still_text() {
    // a lede opening with a publication verb and a date is the text: its
    // words are not date words
    let s = src(&format!(
        "تقرير جديد عن أوضاع النازحين\n2021-03-10\nنشرت منظمة إنسانية دولية في 14 مارس 2021 تقريرا مفصلا عن أوضاع آلاف النازحين في المخيمات الحدودية وظروفهم الصعبة.\n{PARA2}"
    ));
    assert_eq!(s.published, day(2021, 3, 10));
}

#[test]
fn stacked_section_labels_above_the_title_are_skipped() {
    for head in ["العالم العربي\nالعراق", "أخبار\nالشرق الأوسط\nسوريا", "دولي\nأفريقيا"]
    {
        let s = src(&format!("{head}\nهجوم بطائرة مسيرة على قاعدة جوية غرب البلاد\n{PARA}\n{PARA2}"));
        assert_eq!(s.headline.as_deref(), Some("هجوم بطائرة مسيرة على قاعدة جوية غرب البلاد"), "{head}");
    }
}

#[test]
fn short_title_over_a_short_line_and_the_lede_is_kept() {
    for head in ["مقتل 12 جنديا\nبغداد", "هدنة في غزة\nخاص"] {
        let s = src(&format!("{head}\n{PARA}\n{PARA2}"));
        assert_eq!(s.headline.as_deref(), head.lines().next(), "{head}");
    }
}

#[test]
fn site_name_alone_above_the_title_is_the_outlet() {
    for (top, outlet) in [
        ("وكالة الأناضول", &["وكالة الأناضول", "الأناضول"][..]),
        ("الأناضول", &["الأناضول"]),
        ("سكاي نيوز عربية", &["سكاي نيوز عربية"]),
        ("فرانس 24", &["فرانس 24"]),
        ("روسيا اليوم", &["روسيا اليوم"]),
        ("RT عربي", &["RT عربي"]),
    ] {
        let s = src(&format!(
            "{top}\nشؤون دولية\nاتفاق على هدنة مؤقتة بين الجيش والمتمردين في الإقليم\n15.01.2024\nبانكوك/ الأناضول\n{PARA}\n{PARA2}"
        ));
        assert!(s.outlet.as_deref().is_some_and(|o| outlet.contains(&o)), "{top}: {:?}", s.outlet);
        assert_eq!(s.agencies, vec!["الأناضول"], "{top}");
        assert_eq!(s.headline.as_deref(), Some("اتفاق على هدنة مؤقتة بين الجيش والمتمردين في الإقليم"));
    }
}

#[test]
fn wire_credit_below_the_title_is_no_outlet() {
    // the wire credited under the title, no site name above it
    let s = src(&format!("اتفاق على هدنة مؤقتة بين الجيش والمتمردين في الإقليم\nالأناضول\n{PARA}\n{PARA2}"));
    assert_eq!(s.outlet, None);
    let s = src(&format!("اتفاق على هدنة مؤقتة بين الجيش والمتمردين في الإقليم\nبانكوك/ الأناضول\n{PARA}\n{PARA2}"));
    assert_eq!(s.outlet, None);
    assert_eq!(s.agencies, vec!["الأناضول"]);
}

#[test]
fn a_site_quoted_in_its_own_report_is_not_cited() {
    for (top, said) in [
        ("بي بي سي نيوز عربي", "وقال المسؤول لبي بي سي إن"),
        ("القدس العربي", "وقالت مصادر محلية لـ«القدس العربي» إن"),
        ("سكاي نيوز عربية", "وأوضح المتحدث لسكاي نيوز عربية أن"),
    ] {
        let s = src(&format!(
            "{top}\nاتفاق على هدنة مؤقتة بين الجيش والمتمردين في الإقليم\n{PARA}\n{said} المفاوضات ستستأنف الأسبوع المقبل بحسب وكالة رويترز.\n{PARA2}"
        ));
        assert_eq!(s.outlet.as_deref(), Some(top));
        assert_eq!(s.cited, vec!["رويترز"], "{top}");
    }
}

#[test]
fn another_site_and_the_own_wire_are_still_cited() {
    // another broadcaster on the page of a paper is cited
    let s = src(&format!(
        "القدس العربي\nاتفاق على هدنة مؤقتة بين الجيش والمتمردين في الإقليم\n{PARA}\nوقال المتحدث لقناة سكاي نيوز عربية إن المفاوضات ستستأنف الأسبوع المقبل.\n{PARA2}"
    ));
    assert_eq!(s.cited, vec!["سكاي نيوز عربية"]);
    // a wire's own site citing the wire keeps it
    let s = src(&format!(
        "وكالة الأناضول\nاتفاق على هدنة مؤقتة بين الجيش والمتمردين في الإقليم\nبانكوك/ الأناضول\n{PARA}\nوقال المتحدث لوكالة الأناضول إن المفاوضات ستستأنف الأسبوع المقبل.\n{PARA2}"
    ));
    assert_eq!(s.cited, vec!["الأناضول"]);
}

#[test]
fn an_unlisted_agency_in_quotes_after_a_cue_is_cited() {
    for (said, name) in [
        ("ووفقا لما نقلته وكالة \"ليبرا برس\"، فإن", "ليبرا برس"),
        ("وبحسب وكالة «أنباء الشمال» فإن", "أنباء الشمال"),
        ("ونقلت وكالة \"ميدل برس\" عن مصدر أن", "ميدل برس"),
    ] {
        let s = src(&format!(
            "اتفاق على هدنة مؤقتة بين الجيش والمتمردين في الإقليم\n{PARA}\n{said} المفاوضات ستستأنف الأسبوع المقبل.\n{PARA2}"
        ));
        assert_eq!(s.cited, vec![name], "{said}");
    }
    // an agency of the UN named without a cue is no news agency
    let s = src(&format!(
        "اتفاق على هدنة مؤقتة بين الجيش والمتمردين في الإقليم\n{PARA}\nوتعمل وكالة \"الغوث\" على توزيع المساعدات في المخيمات منذ أسابيع.\n{PARA2}"
    ));
    assert!(s.cited.is_empty(), "{:?}", s.cited);
}

/// Two section labels joined by `|` are a trail, not the title; `نص بقلم:`
/// names who wrote the text, not where.
#[test]
fn a_two_label_trail_and_a_text_by_line() {
    let title = "الحكومة تخفض حصيلة قتلى التفجيرات وتمدد حظر التجول";
    let s = src(&format!("الجريدة اليومية\nأخبار عاجلة | عربى ودولى\n{title}\nكتبت: سارة أحمد\n\n{PARA}\n\n{PARA2}"));
    assert_eq!(s.headline.as_deref(), Some(title));
    let s = src(&format!("إذاعة الشرق\nأفريقيا\n{title}\nنص بقلم: إذاعة الشرق\n\n{PARA}\n\n{PARA2}"));
    assert_eq!(s.dateline, None);
    assert_eq!(s.headline.as_deref(), Some(title));
}

/// An unlisted name of one to three Arabic words on the first line, with a
/// section label (or two) on the next, is the page's masthead; a stray
/// Latin word or a site address is not.
#[test]
fn an_unlisted_masthead_above_a_section() {
    let title = "التحالف يدعو إلى وقف فوري لإطلاق النار في المدينة";
    for (top, section) in
        [("صوت الجنوب", "أخبار وتقارير"), ("المشرق", "عربي ودولي"), ("النهار الجديد", "سياسة - أفريقيا")]
    {
        let s = src(&format!("{top}\n{section}\n{title}\n\n{PARA}\n\n{PARA2}"));
        assert_eq!(s.outlet.as_deref(), Some(top), "{top}");
    }
    for top in ["icon", "example.news.cn", "أخبار عاجلة"] {
        let s = src(&format!("{top}\nسياسة\n{title}\n\n{PARA}\n\n{PARA2}"));
        assert_eq!(s.outlet, None, "{top}");
    }
}

/// `City - Outlet` under the title, for outlets of the table added lately.
#[test]
fn city_and_a_listed_outlet_under_the_title() {
    let title = "المجلس العسكري يرفض عرض الحركة لوقف إطلاق النار";
    let s = src(&format!("{title}\nانجامينا - العين الإخبارية\nالإثنين 2021/4/26 01:40 م\n\n{PARA}\n\n{PARA2}"));
    assert_eq!(s.dateline.as_deref(), Some("انجامينا"));
    assert_eq!(s.outlet.as_deref(), Some("العين الإخبارية"));
    assert_eq!(s.published, day(2021, 4, 26));
}

/// A city and the site's own name from its masthead, under the title
/// (`طرابلس – المرصد الليبي`, `الخرطوم: التغيير`); a writer's line is no city.
#[test]
fn city_and_the_masthead_under_the_title() {
    let title = "ارتفاع حصيلة الاشتباكات في العاصمة وهدنة هشة بوساطة الأعيان";
    for (top, section, by, city) in [
        ("المرصد الليبي", "الرئيسية / أخبار ليبيا / أمن", "طرابلس – المرصد الليبي", "طرابلس"),
        ("التغيير", "أخبار | السودان", "الخرطوم: التغيير", "الخرطوم"),
        ("سوريا على طول", "تقارير", "عمّان- سوريا على طول", "عمّان"),
    ] {
        let s = src(&format!("{top}\n{section}\n\n{title}\n\n{by}\n\n{PARA}\n\n{PARA2}"));
        assert_eq!(s.outlet.as_deref(), Some(top), "{by}");
        assert_eq!(s.dateline.as_deref(), Some(city), "{by}");
    }
    let s = src(&format!("إذاعة الشرق\nأفريقيا\n{title}\nنص بقلم: إذاعة الشرق\n\n{PARA}\n\n{PARA2}"));
    assert_eq!(s.dateline, None);
}

/// A wire's page headed by its name and short name (`وكالة الأنباء
/// الكويتية - كونا`, `… (سبأ)`) or by its name in two scripts is the wire's
/// own: the outlet, and no credit; the short name in the lead is the credit,
/// even after a date (`جنين 5-7-2023 وفا-`).
#[test]
fn a_wire_named_twice_atop_its_page() {
    for (head, outlet) in [
        ("وكالة الأنباء الأردنية - بترا", "وكالة الأنباء الأردنية"),
        ("وكالة الأنباء اليمنية (سبأ)", "وكالة الأنباء اليمنية"),
        ("نورث برس\nNorth Press Agency", "نورث برس"),
    ] {
        let s = src(&format!("{head}\nأخبار محلية\n\nاشتباكات عنيفة في ريف المدينة الشمالي\n\n{PARA}\n\n{PARA2}"));
        assert_eq!(s.outlet.as_deref(), Some(outlet), "{head}");
        // a name alone on the line is its own credit, as before
        assert!(s.agencies.len() <= 1, "{head}: {:?}", s.agencies);
        assert!(!s.agencies.iter().any(|a| a.starts_with("وكالة") || a.is_ascii()), "{head}: {:?}", s.agencies);
    }
    let s = src(&format!(
        "وكالة الأنباء والمعلومات الفلسطينية - وفا\n\nاشتباكات عنيفة في جنين\n\nجنين 5-7-2023 وفا- {PARA}\n\n{PARA2}"
    ));
    assert_eq!((s.dateline.as_deref(), s.agencies.as_slice()), (Some("جنين"), ["وفا".to_string()].as_slice()));
    assert_eq!(s.published, day(2023, 7, 5));
}

/// Two cities in a byline (`بانغي - لندن:`, `موسكو، تبليسي -`): the first is
/// the dateline, a reporter's name before the credit is passed over, and a
/// byline under a standfirst long enough to pass for a paragraph is read.
#[test]
fn two_city_bylines() {
    let s = src(&format!(
        "الحياة\nدوليات\n\nتبادل الاتهامات بخرق الاتفاق\n\nموسكو، تبليسي - سامر علي، «الحياة»، أ ف ب، رويترز\n\n{PARA}\n\n{PARA2}"
    ));
    assert_eq!(s.dateline.as_deref(), Some("موسكو"));
    assert_eq!(s.agencies, ["أ ف ب", "رويترز"]);
    let s = src(&format!(
        "الشرق الأوسط\nأخبار\n\nالرئيس يزور العاصمة بعد مقتل جنديين\n\nالصليب الأحمر يعلن انتشال عشرات الجثث منذ الخميس والاتحاد الأفريقي يرفع عديد قوته في البلاد إلى ستة آلاف جندي\n\nبانغي - لندن: «الشرق الأوسط»\n\n{PARA}\n\n{PARA2}"
    ));
    assert_eq!(s.dateline.as_deref(), Some("بانغي"));
}
