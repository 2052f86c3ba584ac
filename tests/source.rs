//! Source fields across page layouts: headers, bylines, footers, comments
//! with dates and related lists. Every page here is written for the tests.

use chrono::NaiveDate;

fn src(page: &str) -> rasad::Source {
    rasad::parse(page).unwrap().source
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

const PARA: &str =
    "وقال الجيش في بيان إن قواته صدت هجوما واسعا على مواقعه في الشمال، بينما تواصلت الاشتباكات في عدة محاور طوال الليل.";
const PARA2: &str =
    "وأضاف البيان أن الوحدات المنتشرة على خطوط التماس تلقت تعزيزات جديدة خلال الساعات الماضية لمواجهة أي تقدم محتمل.";

#[test]
fn label_title_image_caption_byline() {
    let s = src(&format!(
        "شؤون دولية\n\nمعارك عنيفة على أطراف المدينة الشمالية\n\n2021-03-14 | 09:15 بيروت\n\nصورة_12.jpg\nجنود في الميدان خلال المناورات ـ الأناضول\nأنقرة ـ وكالات\n\n{PARA}\n\n{PARA2}"
    ));
    assert_eq!(s.headline.as_deref(), Some("معارك عنيفة على أطراف المدينة الشمالية"));
    assert_eq!(s.published, day(2021, 3, 14));
    assert_eq!(s.dateline.as_deref(), Some("أنقرة"));
    assert_eq!(s.agencies, vec!["وكالات"]);
    assert!(s.cited.is_empty());
    assert_eq!(s.outlet, None);
}

#[test]
fn unknown_label_above_title_is_skipped() {
    let s = src(&format!("ميدان\n\nانفجار يهز سوقا شعبيا في وسط العاصمة\n\n{PARA}"));
    assert_eq!(s.headline.as_deref(), Some("انفجار يهز سوقا شعبيا في وسط العاصمة"));
}

#[test]
fn short_title_above_lede_is_kept() {
    let s = src(&format!("مقتل 12 جنديا\n\n{PARA}"));
    assert_eq!(s.headline.as_deref(), Some("مقتل 12 جنديا"));
}

#[test]
fn lede_without_title_gives_no_headline() {
    let long = format!("{PARA} {PARA2}");
    let s = src(&long);
    assert_eq!(s.headline, None);
}

#[test]
fn title_printed_twice_and_share_button() {
    let s = src(&format!(
        "عاجل\n\nهدنة هشة في الجنوب بعد أسبوع من القتال\n\nهدنة هشة في الجنوب بعد أسبوع من القتال\n\nشارك القصة\n\n{PARA}"
    ));
    assert_eq!(s.headline.as_deref(), Some("هدنة هشة في الجنوب بعد أسبوع من القتال"));
}

#[test]
fn comment_dates_are_not_publication_dates() {
    let s = src(&format!(
        "غارات جديدة على القرى الحدودية\n\n{PARA}\n\n{PARA2}\n\nالتعليقات (2)\nسامر\nالأحد، 2019-05-12 10:20 ص\nكلام غير صحيح\nليلى\n2019-05-12\nحسبي الله"
    ));
    assert_eq!(s.published, None);
}

#[test]
fn body_dates_are_not_publication_dates() {
    let s = src(
        "اشتباكات متجددة في الإقليم\n\nواندلعت المعارك في 2020-09-27 على طول خط التماس بين الطرفين، وفق ما أعلنت وزارة الدفاع في بيان مقتضب صدر مساء.\n\nومنذ 2020-09-27 قتل المئات من الجانبين في المعارك المستمرة على كل الجبهات تقريبا.",
    );
    assert_eq!(s.published, None);
}

#[test]
fn publication_cue_line() {
    let s = src(&format!("قصف مدفعي على الأحياء الشرقية\n\nنشر في: 2022-01-05 - 14:30\n\n{PARA}"));
    assert_eq!(s.published, day(2022, 1, 5));
}

#[test]
fn publish_cue_wins_over_update() {
    let s = src(&format!(
        "وفد أممي يصل إلى العاصمة\n\nآخر تحديث: 2023-02-11 18:00\nتاريخ النشر: 2023-02-10 08:00\n\n{PARA}"
    ));
    assert_eq!(s.published, day(2023, 2, 10));
}

#[test]
fn footer_date_line() {
    let s = src(&format!(
        "تعزيزات عسكرية إلى الجبهة الغربية\n\n{PARA}\n\n{PARA2}\n\n2018-07-22\n\nمقالات ذات صلة\n2018-07-20"
    ));
    assert_eq!(s.published, day(2018, 7, 22));
}

#[test]
fn weekday_date_time_header() {
    let s = src(&format!("قتلى في هجوم على قافلة إغاثة\n\nالثلاثاء، 2020-10-06 08:20 ص\n\n{PARA}"));
    assert_eq!(s.published, day(2020, 10, 6));
}

#[test]
fn site_city_beside_date_is_not_a_dateline() {
    let s = src(&format!("تبادل للأسرى بين الطرفين\n\n2020-10-02 | 10:27 عمان\n\n{PARA}"));
    assert_eq!(s.published, day(2020, 10, 2));
    assert_eq!(s.dateline, None);
}

#[test]
fn source_parenthesis_with_outlet_agency_date() {
    let s = src(
        "المبعوث الأممي يدعو إلى ضبط النفس\n\n( شبكة الأخبار اليومية ۔ / تاس - 2021-06-03) دعا المبعوث الأممي الخاص اليوم الخميس جميع الأطراف إلى ضبط النفس ووقف التصعيد فورا.",
    );
    assert_eq!(s.outlet.as_deref(), Some("شبكة الأخبار اليومية"));
    assert_eq!(s.agencies, vec!["تاس"]);
    assert_eq!(s.published, day(2021, 6, 3));
    assert!(s.cited.is_empty());
}

#[test]
fn sources_cue_on_two_lines_in_footer() {
    let s = src(&format!(
        "توتر متصاعد على الحدود الشمالية\n\n{PARA}\n\n{PARA2}\n\nتابع القراءة\nالمصادر:\nالمشهد - وكالات\nتغطية خاصة"
    ));
    assert_eq!(s.outlet.as_deref(), Some("المشهد"));
    assert_eq!(s.agencies, vec!["وكالات"]);
}

#[test]
fn sources_cue_on_one_line_with_unknown_outlet() {
    let s = src(&format!("انسحاب القوات من البلدة\n\n{PARA}\n\nالمصدر: الوطن اليوم + وكالات"));
    assert_eq!(s.outlet.as_deref(), Some("الوطن اليوم"));
    assert_eq!(s.agencies, vec!["وكالات"]);
}

#[test]
fn source_cue_with_broadcaster() {
    let s = src(&format!("انسحاب القوات من البلدة\n\n{PARA}\n\nالمصدر: الجزيرة + وكالات"));
    assert_eq!(s.outlet.as_deref(), Some("الجزيرة"));
    assert_eq!(s.agencies, vec!["وكالات"]);
    assert!(s.cited.is_empty());
}

#[test]
fn lead_city_paren_agency() {
    let s = src(
        "غارات على مخازن أسلحة قرب الحدود\n\nبيروت (رويترز) - قالت مصادر أمنية إن غارات جوية استهدفت مخازن أسلحة قرب الحدود الليلة الماضية وأدت إلى انفجارات متتالية.",
    );
    assert_eq!(s.dateline.as_deref(), Some("بيروت"));
    assert_eq!(s.agencies, vec!["رويترز"]);
    assert!(s.cited.is_empty());
}

#[test]
fn lead_city_dash_agency() {
    let s = src(
        "الجيش يعلن السيطرة على تلة استراتيجية\n\nدمشق - سانا - أعلنت القيادة العامة للجيش السيطرة على تلة استراتيجية في الريف الشمالي بعد معارك استمرت يومين.",
    );
    assert_eq!(s.dateline.as_deref(), Some("دمشق"));
    assert_eq!(s.agencies, vec!["سانا"]);
}

#[test]
fn byline_line_city_dash_wire() {
    let s = src(&format!("محادثات جديدة في العاصمة القطرية\n\nواشنطن - الأناضول\n\n{PARA}"));
    assert_eq!(s.dateline.as_deref(), Some("واشنطن"));
    assert_eq!(s.agencies, vec!["الأناضول"]);
    assert!(s.cited.is_empty());
}

#[test]
fn byline_city_colon_quoted_paper() {
    let s = src(&format!("مخاوف من موجة نزوح جديدة\n\nالقاهرة: «الشرق الأوسط»\n\n{PARA}"));
    assert_eq!(s.dateline.as_deref(), Some("القاهرة"));
    assert_eq!(s.outlet.as_deref(), Some("الشرق الأوسط"));
    assert!(s.agencies.is_empty());
}

#[test]
fn byline_city_colon_quoted_unknown_paper() {
    let s = src(&format!("مخاوف من موجة نزوح جديدة\n\nعدن: «الأيام الجديدة»\n\n{PARA}"));
    assert_eq!(s.dateline.as_deref(), Some("عدن"));
    assert_eq!(s.outlet.as_deref(), Some("الأيام الجديدة"));
}

#[test]
fn footer_credit_line() {
    let s = src(&format!("هجوم بطائرات مسيرة على قاعدة جوية\n\n{PARA}\n\n{PARA2}\n\n- أ ف ب"));
    assert_eq!(s.agencies, vec!["أ ف ب"]);
    assert_eq!(s.dateline, None);
}

#[test]
fn bare_agency_line() {
    let s = src(&format!("هجوم بطائرات مسيرة على قاعدة جوية\n(رويترز)\n\n{PARA}"));
    assert_eq!(s.agencies, vec!["رويترز"]);
}

#[test]
fn caption_credit_is_not_a_byline() {
    let s = src(&format!("نازحون يفرون من القصف\n\nعائلات تغادر منازلها في الريف الجنوبي - رويترز\n\n{PARA}"));
    assert!(s.agencies.is_empty());
    assert_eq!(s.dateline, None);
}

#[test]
fn copyright_names_publisher() {
    let s = src(&format!("اتفاق لتبادل الجثث\n\n{PARA}\n\n{PARA2}\n\nجميع الحقوق محفوظة لـ صحيفة النهار الجديد 2024"));
    assert_eq!(s.outlet.as_deref(), Some("صحيفة النهار الجديد"));
}

#[test]
fn copyright_sign_names_publisher() {
    let s = src(&format!("اتفاق لتبادل الجثث\n\n{PARA}\n\n{PARA2}\n\n© 2023 Horizon News"));
    assert_eq!(s.outlet.as_deref(), Some("Horizon News"));
}

#[test]
fn no_publisher_named() {
    let s = src(&format!("اتفاق لتبادل الجثث\n\n{PARA}\n\nجميع الحقوق محفوظة ©"));
    assert_eq!(s.outlet, None);
}

#[test]
fn cited_with_agency_word_and_quotes() {
    let s = src(&format!(
        "قتلى في قصف على سوق\n\n{PARA}\n\nوقال مسؤول محلي إن سبعة مدنيين قتلوا في القصف، بحسب ما نقلت وكالة \"رويترز\".\n\nونقلت وكالة تاس للأنباء عن مصدر عسكري قوله إن الهجوم صد."
    ));
    assert_eq!(s.cited, vec!["رويترز", "تاس"]);
}

#[test]
fn cited_by_interview_preposition() {
    let s = src(&format!(
        "مسؤول أمريكي: الوضع متغير\n\n{PARA}\n\nوفي تصريح للأناضول، قال المتحدث إن الأوضاع على الحدود متغيرة للغاية.\n\nوقال قائد ميداني لرويترز إن قواته تتقدم."
    ));
    assert_eq!(s.cited, vec!["الأناضول", "رويترز"]);
}

#[test]
fn peninsula_and_anatolia_are_not_agencies() {
    let s = src(&format!(
        "مناورات بحرية قرب السواحل\n\n{PARA}\n\nوتجري المناورات قبالة سواحل شبه الجزيرة العربية وصولا إلى هضبة الأناضول، في رسالة واضحة إلى الخصوم.\n\nوأكدت الجامعة العربية دعمها للحل السياسي."
    ));
    assert!(s.cited.is_empty(), "{:?}", s.cited);
}

#[test]
fn channel_cited_after_cue_noun() {
    let s = src(&format!(
        "اشتباكات في الضواحي\n\n{PARA}\n\nوأفادت قناة الجزيرة بأن الاشتباكات امتدت إلى الضواحي، فيما ذكرت وكالة سانا أن الجيش استعاد السيطرة."
    ));
    assert_eq!(s.cited, vec!["الجزيرة", "سانا"]);
}

#[test]
fn unnamed_official_agency_is_skipped() {
    let s = src(&format!(
        "اشتباكات في الضواحي\n\n{PARA}\n\nوأعلن الجيش السيطرة على المنطقة وفقا لوكالة الأنباء الرسمية، دون ذكر تفاصيل إضافية عن الخسائر."
    ));
    assert!(s.cited.is_empty(), "{:?}", s.cited);
}

#[test]
fn full_agency_name_then_abbreviation() {
    let s = src(&format!(
        "وزير الخارجية يصل إلى الرياض\n\n{PARA}\n\nوذكرت وكالة الأنباء السعودية (واس) أن الوزير بحث مع نظيره تطورات الأوضاع."
    ));
    assert_eq!(s.cited.len(), 1, "{:?}", s.cited);
}

#[test]
fn cited_only_from_body_not_comments_or_related() {
    let s = src(&format!(
        "هدوء حذر في المدينة\n\n{PARA}\n\nاقرأ أيضا: نقلت وكالة رويترز عن شهود أن القصف توقف\n\nالتعليقات (1)\nمعلق\nبحسب رويترز الوضع سيئ"
    ));
    assert!(s.cited.is_empty(), "{:?}", s.cited);
}

#[test]
fn byline_agency_also_cited_in_body() {
    let s = src(&format!(
        "تبادل القصف عبر الحدود\n\nموسكو - سبوتنيك\n\n{PARA}\n\nونقلت وكالة سبوتنيك عن مصدر أمني أن الهدوء عاد إلى المنطقة."
    ));
    assert_eq!(s.agencies, vec!["سبوتنيك"]);
    assert_eq!(s.cited, vec!["سبوتنيك"]);
}

#[test]
fn author_line_is_not_the_title() {
    let s = src(&format!("بقلم: سمير الخطيب\n\nحرب المياه تشتد في حوض النهر\n\n{PARA}"));
    assert_eq!(s.headline.as_deref(), Some("حرب المياه تشتد في حوض النهر"));
}

#[test]
fn header_date_sets_reference_for_relative_days() {
    let text = "مقتل جنود في هجوم\n\n2020-10-06\n\nوقالت وزارة الدفاع أمس إن ثلاثة جنود قتلوا في هجوم على موقع حدودي، وفق بيان رسمي صدر مساء.";
    let report = rasad::parse(text).unwrap();
    assert_eq!(report.source.published, day(2020, 10, 6));
}

#[test]
fn exclusive_byline_gives_dateline() {
    let s = src(&format!("نزوح جماعي من المخيمات\n\nغزة - خاص\n\n{PARA}"));
    assert_eq!(s.dateline.as_deref(), Some("غزة"));
    assert!(s.agencies.is_empty());
}

#[test]
fn headline_is_original_text() {
    let s = src(&format!("سياسة\n\n  قصفٌ عنيف على «المدينة» القديمة  \n\n{PARA}"));
    assert_eq!(s.headline.as_deref(), Some("قصفٌ عنيف على «المدينة» القديمة"));
}

#[test]
fn quoted_title_is_not_a_byline() {
    let s = src(&format!("الرئيس: «لا حل عسكري»\n\n{PARA}"));
    assert_eq!(s.headline.as_deref(), Some("الرئيس: «لا حل عسكري»"));
    assert_eq!(s.outlet, None);
}

#[test]
fn arabic_month_header_with_english_month() {
    let s = src(&format!("السبت 3 مارس / March 2018\n\nقصف متواصل على البلدات الجنوبية\n\n{PARA}"));
    assert_eq!(s.headline.as_deref(), Some("قصف متواصل على البلدات الجنوبية"));
    assert!(s.published.is_none() || s.published == day(2018, 3, 3));
}

#[test]
fn arabic_month_publication_cue() {
    let s = src(&format!("قصف متواصل على البلدات الجنوبية\n\nنشر في 14 أيار 2019\n\n{PARA}"));
    assert_eq!(s.published, day(2019, 5, 14));
}

#[test]
fn weekday_dd_mm_yyyy_header() {
    let s = src(&format!("قصف متواصل على البلدات الجنوبية\n\nالأربعاء، 07-04-2021\n\n{PARA}"));
    assert_eq!(s.published, day(2021, 4, 7));
}

#[test]
fn urdu_year_mark_in_source_parenthesis() {
    let s = src(
        "موسكو تدعو إلى التهدئة\n\n( منصة الأنباء الآسيوية ۔ / سبوتنيك - 5 يناير 2021ء) دعت موسكو اليوم الثلاثاء الطرفين إلى التهدئة والعودة إلى طاولة المفاوضات.",
    );
    assert_eq!(s.published, day(2021, 1, 5));
    assert_eq!(s.outlet.as_deref(), Some("منصة الأنباء الآسيوية"));
    assert_eq!(s.agencies, vec!["سبوتنيك"]);
}

#[test]
fn body_account_with_arabic_month_is_not_published() {
    let s = src(
        "تجدد المعارك على الجبهة\n\nوكانت المعارك قد اندلعت في 14 من سبتمبر الماضي بعد هجوم مباغت على المواقع الأمامية، وفق مصادر ميدانية متطابقة.\n\nومنذ 27 أيلول لم تتوقف الاشتباكات إلا لساعات قليلة في مناطق متفرقة.",
    );
    assert_eq!(s.published, None);
}

#[test]
fn update_line_when_nothing_else() {
    let s = src(&format!("قصف متواصل على البلدات الجنوبية\n\n{PARA}\n\n{PARA2}\n\nآخر تحديث: 2 فبراير 2022"));
    assert_eq!(s.published, day(2022, 2, 2));
}

#[test]
fn odd_lines_do_not_panic() {
    let odd = [
        "(",
        ")",
        "لـ",
        "©",
        "المصدر:",
        "- -",
        "ـ ـ ـ",
        "( ۔ / - )",
        "بيروت (",
        "حقوق النشر محفوظة لـ",
        "© 2024",
        "وكالة",
        "للأناضول",
        "(رويترز",
        "«",
        "المصادر:\nالمصادر:",
        "2020-10-02 ـ",
        "نشر في",
        "ـرويترز ـ",
    ];
    for o in odd {
        for page in [format!("عنوان\n{o}\n{PARA}"), format!("{o}\nنص قصير"), format!("{PARA}\n{o}"), format!("ق {o}")]
        {
            let _ = rasad::parse(&page);
        }
    }
}

#[test]
fn breadcrumb_is_not_the_title() {
    let s = src(&format!("الرئيسية > أخبار > عربي ودولي\n\nالمعارك تقترب من الطريق الدولي\n\n{PARA}"));
    assert_eq!(s.headline.as_deref(), Some("المعارك تقترب من الطريق الدولي"));
}

#[test]
fn byline_with_reporter_name() {
    let s = src(&format!("نزوح آلاف المدنيين من الإقليم\n\nالخرطوم/ سامي عبد الله/ الأناضول\n\n{PARA}"));
    assert_eq!(s.dateline.as_deref(), Some("الخرطوم"));
    assert_eq!(s.agencies, vec!["الأناضول"]);
}

#[test]
fn hijri_and_gregorian_header() {
    let s = src(&format!("نزوح آلاف المدنيين من الإقليم\n\nالأحد 9 ربيع الأول 1445 هـ الموافق 24 سبتمبر 2023 م\n\n{PARA}"));
    assert_eq!(s.published, day(2023, 9, 24));
}

#[test]
fn media_byline_names_outlet() {
    let s = src(&format!("نزوح آلاف المدنيين من الإقليم\n\nأبوظبي - سكاي نيوز عربية\n\n{PARA}"));
    assert_eq!(s.dateline.as_deref(), Some("أبوظبي"));
    assert_eq!(s.outlet.as_deref(), Some("سكاي نيوز عربية"));
    assert!(s.agencies.is_empty());
}

#[test]
fn afp_lead_and_body_citation() {
    let s = src(
        "قصف على مخيم للنازحين\n\nالخرطوم (أ ف ب) - قتل عشرة مدنيين في قصف استهدف مخيما للنازحين، وفق ما أفاد مسعفون.\n\nوقال شاهد لوكالة فرانس برس إن القذائف سقطت قرب مدرسة.",
    );
    assert_eq!(s.dateline.as_deref(), Some("الخرطوم"));
    assert_eq!(s.agencies, vec!["أ ف ب"]);
    assert_eq!(s.cited, vec!["فرانس برس"]);
}

#[test]
fn lead_credit_closed_by_a_full_stop() {
    let s = src(
        "هدنة جديدة في الشمال\n\nنيروبي - شينخوا. أعلنت الحكومة، اليوم الخميس، بدء سريان هدنة مع المتمردين في الشمال.",
    );
    assert_eq!(s.dateline.as_deref(), Some("نيروبي"));
    assert_eq!(s.agencies, vec!["شينخوا"]);
}

#[test]
fn text_credit_is_not_a_dateline() {
    let s = src(&format!("نزوح آلاف المدنيين من الإقليم\n\n{PARA}\n\nالنص من : فرانس24"));
    assert_eq!(s.dateline, None);
}

#[test]
fn summary_bullets_under_the_title_come_before_the_byline() {
    let page = format!(
        "هدنة جديدة في الجنوب\n\n- المتحدث باسم الحكومة: القوات ملتزمة بالهدنة رغم الخروقات المتكررة من الطرف الآخر في محاور القتال الجنوبية\n\nطرابلس / الأناضول\n12.01.2020\n\n{PARA}"
    );
    let s = src(&page);
    assert_eq!(s.dateline.as_deref(), Some("طرابلس"));
    assert_eq!(s.published, day(2020, 1, 12));
}
