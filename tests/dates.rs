//! Dates: table-driven cases written for these tests, and round trips of
//! every day 1950–2049 through every month-name system.

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use rasad::dates::{find, parse};

/// Thursday 1 October 2020.
const R: &str = "2020-10-01";

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// (expression, reference, expected day). Each is parsed whole.
const PARSE: &[(&str, Option<&str>, Option<&str>)] = &[
    // --- written out, Levantine months
    ("3 كانون الثاني 2019", None, Some("2019-01-03")),
    ("14 شباط 2018", None, Some("2018-02-14")),
    ("8 آذار 2011", None, Some("2011-03-08")),
    ("17 نيسان 2016", None, Some("2016-04-17")),
    ("5 أيار 2013", None, Some("2013-05-05")),
    ("30 حزيران 2014", None, Some("2014-06-30")),
    ("12 تموز 2006", None, Some("2006-07-12")),
    ("21 آب 2013", None, Some("2013-08-21")),
    ("27 أيلول 2020", None, Some("2020-09-27")),
    ("6 تشرين الأول 1973", None, Some("1973-10-06")),
    ("10 تشرين الثاني 2020", None, Some("2020-11-10")),
    ("31 كانون الأول 2019", None, Some("2019-12-31")),
    ("9 مايس 2003", None, Some("2003-05-09")),
    ("4 تشرين ثاني 2004", None, Some("2004-11-04")),
    // --- Egyptian / Gulf months and their spellings
    ("25 يناير 2011", None, Some("2011-01-25")),
    ("11 فبراير 2011", None, Some("2011-02-11")),
    ("11 فبرایر 2011", None, Some("2011-02-11")),
    ("15 مارس 2011", None, Some("2011-03-15")),
    ("6 أبريل 2012", None, Some("2012-04-06")),
    ("6 إبريل 2012", None, Some("2012-04-06")),
    ("22 مايو 1990", None, Some("1990-05-22")),
    ("30 يونيو 2013", None, Some("2013-06-30")),
    ("30 يونيه 2013", None, Some("2013-06-30")),
    ("23 يوليو 1952", None, Some("1952-07-23")),
    ("23 يوليه 1952", None, Some("1952-07-23")),
    ("14 أغسطس 2013", None, Some("2013-08-14")),
    ("14 اغسطس 2013", None, Some("2013-08-14")),
    ("11 سبتمبر 2001", None, Some("2001-09-11")),
    ("7 أكتوبر 2023", None, Some("2023-10-07")),
    ("9 نوفمبر 1989", None, Some("1989-11-09")),
    ("17 ديسمبر 2010", None, Some("2010-12-17")),
    // --- Maghrebi months
    ("14 جانفي 2011", None, Some("2011-01-14")),
    ("22 فيفري 2019", None, Some("2019-02-22")),
    ("2 أفريل 2019", None, Some("2019-04-02")),
    ("8 ماي 1945", None, Some("1945-05-08")),
    ("19 جوان 1965", None, Some("1965-06-19")),
    ("5 جويلية 1962", None, Some("1962-07-05")),
    ("20 أوت 1955", None, Some("1955-08-20")),
    ("20 يوليوز 2017", None, Some("2017-07-20")),
    ("14 غشت 1979", None, Some("1979-08-14")),
    ("8 شتنبر 2023", None, Some("2023-09-08")),
    ("6 نونبر 1975", None, Some("1975-11-06")),
    ("10 دجنبر 2020", None, Some("2020-12-10")),
    // --- English and paired names
    ("1 november 2024", None, Some("2024-11-01")),
    ("1 نوفمبر / November 2024", None, Some("2024-11-01")),
    ("November 1, 2024", None, Some("2024-11-01")),
    ("27 أيلول/سبتمبر 2020", None, Some("2020-09-27")),
    ("27 سبتمبر/ أيلول 2020", None, Some("2020-09-27")),
    ("2 تشرين الأول/أكتوبر 2019", None, Some("2019-10-02")),
    ("2 تشرين الأول (أكتوبر) 2019", None, Some("2019-10-02")),
    ("9 آب/أغسطس 2020", None, Some("2020-08-09")),
    ("سبتمبر 27، 2020", None, Some("2020-09-27")),
    // --- years with words and era marks
    ("27 أيلول عام 2020", None, Some("2020-09-27")),
    ("27 أيلول من العام 2020", None, Some("2020-09-27")),
    ("27 أيلول، 2020", None, Some("2020-09-27")),
    ("28 سبتمبر 2020ء", None, Some("2020-09-28")),
    ("28 سبتمبر 2020م", None, Some("2020-09-28")),
    ("28 سبتمبر 2020 م", None, Some("2020-09-28")),
    ("٢٨ سبتمبر ٢٠٢٠", None, Some("2020-09-28")),
    ("۲۸ سپتامبر ۲۰۲۰", None, None),
    // --- ordinal days
    ("الأول من أكتوبر 2020", None, Some("2020-10-01")),
    ("الثامن من تشرين الثاني 2020", None, Some("2020-11-08")),
    ("الحادي عشر من أيار 2021", None, Some("2021-05-11")),
    ("الثالث عشر من شباط 2015", None, Some("2015-02-13")),
    ("العشرين من حزيران 2018", None, Some("2018-06-20")),
    ("الحادي والعشرين من آذار 2019", None, Some("2019-03-21")),
    ("الثلاثين من نيسان 2017", None, Some("2017-04-30")),
    ("الحادي والثلاثين من كانون الأول 2019", None, Some("2019-12-31")),
    ("التاسع والعشرين من شباط 2020", None, Some("2020-02-29")),
    ("التاسع والعشرين من شباط 2021", None, None),
    ("العاشر من شهر رمضان 1444 هـ", None, Some("2023-04-01")),
    ("14 من سبتمبر 2019", None, Some("2019-09-14")),
    ("14 من شهر سبتمبر 2019", None, Some("2019-09-14")),
    // --- numeric
    ("2020.10.02", None, Some("2020-10-02")),
    ("06-10-2020", None, Some("2020-10-06")),
    ("28/9/2020", None, Some("2020-09-28")),
    ("2020-09-28", None, Some("2020-09-28")),
    ("2020/09/28", None, Some("2020-09-28")),
    ("٢٨/٩/٢٠٢٠", None, Some("2020-09-28")),
    ("٢٠٢٠-٠٩-٢٨", None, Some("2020-09-28")),
    ("28.09.2020", None, Some("2020-09-28")),
    ("12/25/2020", None, Some("2020-12-25")),
    ("06-10-2020م", None, Some("2020-10-06")),
    ("31/02/2020", None, None),
    ("2020-13-01", None, None),
    ("2020-02-30", None, None),
    ("1.2.3.2020", None, None),
    ("192.168.1.1", None, None),
    ("10:27", None, None),
    ("08:20 ص", None, None),
    // --- Hijri with a year (tabular calendar)
    ("15 رمضان 1445 هـ", None, Some("2024-03-25")),
    ("1 محرم 1445 هـ", None, Some("2023-07-19")),
    ("1 محرم 1400هـ", None, Some("1979-11-21")),
    ("10 ذي الحجة 1444 هـ", None, Some("2023-06-29")),
    ("12 ربيع الأول 1446 هـ", None, Some("2024-09-16")),
    ("27 رجب 1443 هجرية", None, Some("2022-03-01")),
    ("العاشر من رمضان", Some(R), None),
    ("15 رمضان", None, None),
    ("1445 هـ", None, None),
    // --- year-less, resolved against the reference
    ("27 أيلول", Some(R), Some("2020-09-27")),
    ("27 أيلول", None, None),
    ("14 من سبتمبر", Some(R), Some("2020-09-14")),
    ("الأول من أكتوبر", Some(R), Some("2020-10-01")),
    ("الثاني من أكتوبر", Some(R), Some("2019-10-02")),
    ("الثامن من تشرين الثاني", Some(R), Some("2019-11-08")),
    ("27 أيلول الماضي", Some(R), Some("2020-09-27")),
    ("27 أيلول/ سبتمبر الماضي", Some(R), Some("2020-09-27")),
    ("3 تشرين الأول الماضي", Some(R), Some("2019-10-03")),
    ("1 أكتوبر الماضي", Some(R), Some("2019-10-01")),
    ("5 حزيران المنصرم", Some(R), Some("2020-06-05")),
    ("2 أكتوبر المقبل", Some(R), Some("2020-10-02")),
    ("15 تشرين الأول المقبل", Some(R), Some("2020-10-15")),
    ("5 كانون الثاني المقبل", Some(R), Some("2021-01-05")),
    ("3 مارس القادم", Some(R), Some("2021-03-03")),
    ("20 سبتمبر الجاري", Some(R), Some("2020-09-20")),
    ("20 ديسمبر الحالي", Some(R), Some("2020-12-20")),
    ("29 شباط", Some("2021-06-01"), Some("2020-02-29")),
    ("25 ديسمبر", Some("2021-01-10"), Some("2020-12-25")),
    // --- relative days (R is a Thursday)
    ("اليوم", Some(R), Some("2020-10-01")),
    ("اليوم", None, None),
    ("أمس", Some(R), Some("2020-09-30")),
    ("أمس", None, None),
    ("يوم أمس", Some(R), Some("2020-09-30")),
    ("بالأمس", Some(R), Some("2020-09-30")),
    ("أمس الأول", Some(R), Some("2020-09-29")),
    ("أول أمس", Some(R), Some("2020-09-29")),
    ("أول من أمس", Some(R), Some("2020-09-29")),
    ("الليلة الماضية", Some(R), Some("2020-09-30")),
    ("البارحة", Some(R), Some("2020-09-30")),
    ("غدا", Some(R), Some("2020-10-02")),
    ("غداً", Some(R), Some("2020-10-02")),
    ("يوم غد", Some(R), Some("2020-10-02")),
    ("بعد غد", Some(R), Some("2020-10-03")),
    ("الثلاثاء", Some(R), Some("2020-09-29")),
    ("الثلاثاء", None, None),
    ("الأربعاء", Some(R), Some("2020-09-30")),
    ("الخميس", Some(R), Some("2020-10-01")),
    ("الجمعة", Some(R), Some("2020-09-25")),
    ("السبت", Some(R), Some("2020-09-26")),
    ("الأحد", Some(R), Some("2020-09-27")),
    ("الاثنين", Some(R), Some("2020-09-28")),
    ("الإثنين", Some(R), Some("2020-09-28")),
    ("يوم الأحد", Some(R), Some("2020-09-27")),
    ("الخميس الماضي", Some(R), Some("2020-09-24")),
    ("الأحد الماضي", Some(R), Some("2020-09-27")),
    ("الأحد الفائت", Some(R), Some("2020-09-27")),
    ("يوم الأحد الماضي", Some(R), Some("2020-09-27")),
    ("الجمعة المقبل", Some(R), Some("2020-10-02")),
    ("الخميس المقبل", Some(R), Some("2020-10-08")),
    ("اليوم الخميس", Some(R), Some("2020-10-01")),
    ("الثلاثاء 29 أيلول", Some(R), Some("2020-09-29")),
    ("الثلاثاء، 06-10-2020", None, Some("2020-10-06")),
    ("الجمعة 1 نوفمبر / November 2024", None, Some("2024-11-01")),
    // --- not a day
    ("الأسبوع الماضي", Some(R), None),
    ("الشهر الماضي", Some(R), None),
    ("عام 1994", Some(R), None),
    ("2020", Some(R), None),
    ("أيلول", Some(R), None),
    ("أيار/مايو الماضي", Some(R), None),
    ("شباط/فبراير عام 1988", Some(R), None),
    ("تشرين الأول/أكتوبر 2019", Some(R), None),
    ("منتصف أيلول", Some(R), None),
    ("اليوم الأول", Some(R), None),
    ("اليوم الذي", Some(R), None),
    ("اليوم العالمي", Some(R), None),
    ("ذلك اليوم", Some(R), None),
    ("حتى اليوم", Some(R), None),
    ("الأحد عشر", Some(R), None),
    ("32 أيلول 2020", None, None),
    ("0 أيلول 2020", None, None),
    ("31 نيسان 2020", None, None),
    ("21 جنديا", Some(R), None),
    ("3 أشهر", Some(R), None),
    ("رجب طيب أردوغان", Some(R), None),
    ("الغد", Some(R), None),
    ("", Some(R), None),
];

#[test]
fn parse_table() {
    let mut bad = Vec::new();
    for &(expr, reference, want) in PARSE {
        let got = parse(expr, reference.map(day));
        if got != want.map(day) {
            bad.push(format!("{expr:?} (ref {reference:?}): got {got:?}, want {want:?}"));
        }
    }
    assert!(bad.is_empty(), "{} of {} wrong:\n{}", bad.len(), PARSE.len(), bad.join("\n"));
    assert!(PARSE.len() >= 150, "{}", PARSE.len());
}

/// (sentence, reference, [(the text of each span, its day)]).
type FindCase = (&'static str, Option<&'static str>, &'static [(&'static str, &'static str)]);

const FIND: &[FindCase] = &[
    ("الثلاثاء، 06-10-2020 08:20 ص", None, &[("الثلاثاء، 06-10-2020", "2020-10-06")]),
    ("2020.10.02 | 10:27 بيروت", None, &[("2020.10.02", "2020-10-02")]),
    ("بين 2020-09-27 و2020-10-01 قتل العشرات", None, &[("2020-09-27", "2020-09-27"), ("2020-10-01", "2020-10-01")]),
    ("(وكالة - 28 سبتمبر 2020ء) قال المتحدث", None, &[("28 سبتمبر 2020ء", "2020-09-28")]),
    ("وأكد الوزير اليوم الخميس أن المحادثات فشلت", Some(R), &[("اليوم الخميس", "2020-10-01")]),
    ("وقال صباح اليوم إن الهدنة صامدة", Some(R), &[("اليوم", "2020-10-01")]),
    ("أعلن اليوم الجيش انسحابه", Some(R), &[("اليوم", "2020-10-01")]),
    ("في ختام اليوم الأول من المؤتمر", Some(R), &[]),
    ("منذ اليوم الذي بدأت فيه المعارك", Some(R), &[]),
    ("احتفل العالم باليوم العالمي للسلام", Some(R), &[]),
    ("في ذلك اليوم سقط عشرات القتلى", Some(R), &[]),
    ("وقالت الحكومة، الثلاثاء، إنها ترفض", Some(R), &[("الثلاثاء", "2020-09-29")]),
    ("وقال المتحدث أمس إن القصف استمر", Some(R), &[("أمس", "2020-09-30")]),
    ("وفي وقت سابق أمس الأول أعلنت الوزارة", Some(R), &[("أمس الأول", "2020-09-29")]),
    ("ودارت اشتباكات عنيفة الليلة الماضية", Some(R), &[("الليلة الماضية", "2020-09-30")]),
    ("قتل جنديان منذ اندلاع القتال في 27 أيلول إلى الآن", Some(R), &[("27 أيلول", "2020-09-27")]),
    ("اندلعت الحرب في 27 أيلول/سبتمبر، والتي", Some(R), &[("27 أيلول/سبتمبر", "2020-09-27")]),
    ("وأعلنت الوزارة يوم الأحد الماضي أن", Some(R), &[("يوم الأحد الماضي", "2020-09-27")]),
    ("منذ حرب تشرين الأول/أكتوبر 1973 وحتى عام 1994", Some(R), &[]),
    ("في أيار/مايو الماضي وقعت الأطراف اتفاقا", Some(R), &[]),
    ("وقف كلا الاثنين إلى جانب الحكومة", Some(R), &[]),
    ("قتل الأحد عشر جنديا", Some(R), &[]),
    ("خلال الأسبوع الماضي قتل 21 جنديا", Some(R), &[]),
    ("اتفاق الهدنة الموقع في 9 تشرين الثاني 2020 صامد", None, &[("9 تشرين الثاني 2020", "2020-11-09")]),
    (
        "قال الأربعاء إن 15 رمضان 1445 هـ هو الموعد",
        Some(R),
        &[("الأربعاء", "2020-09-30"), ("15 رمضان 1445 هـ", "2024-03-25")],
    ),
    ("وأمس قال الرئيس", Some(R), &[("وأمس", "2020-09-30")]),
    ("ستعقد الجولة بعد غد في جنيف", Some(R), &[("بعد غد", "2020-10-03")]),
    ("قال أمس إن الهجوم وقع الأحد", None, &[]),
    ("وقع الهجوم الثامن من تشرين الثاني", Some(R), &[("الثامن من تشرين الثاني", "2019-11-08")]),
    ("تشرين الأول أكتوبر 2019", None, &[]),
];

#[test]
fn find_table() {
    for &(text, reference, want) in FIND {
        let got = find(text, reference.map(day));
        let got: Vec<(&str, NaiveDate)> = got.iter().map(|m| (m.span.text(text).unwrap_or("?"), m.date)).collect();
        let want: Vec<(&str, NaiveDate)> = want.iter().map(|&(s, d)| (s, day(d))).collect();
        assert_eq!(got, want, "in {text:?}");
    }
}

#[test]
fn no_reference_no_relative_day() {
    let text = "وقال اليوم إن القصف بدأ أمس الثلاثاء ويستمر غدا";
    assert!(find(text, None).is_empty());
}

#[test]
fn every_span_is_on_char_boundaries() {
    let text = "٢٧ أيلول/ سبتمبر الماضي، وأمسِ الثلاثاءَ، و٢٠٢٠-١٠-٠١ 10:27";
    let found = find(text, Some(day(R)));
    assert_eq!(found.len(), 4);
    for m in &found {
        assert!(m.span.text(text).is_some());
    }
}

#[test]
fn long_input_is_fast() {
    let unit = "قال الوزير اليوم الثلاثاء إن 27 أيلول/سبتمبر 2020 و2020-10-02 شهدا قتالا عنيفا. ";
    let text = unit.repeat(20_000);
    let start = std::time::Instant::now();
    let found = find(&text, Some(day(R)));
    assert_eq!(found.len(), 60_000);
    assert!(start.elapsed().as_secs() < 10);
}

// ---------------------------------------------------------------- round trips

const LEVANTINE: [&str; 12] = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
];
const EGYPTIAN: [&str; 12] =
    ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
const ALGERIAN: [&str; 12] =
    ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
const MOROCCAN: [&str; 12] =
    ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"];
const ENGLISH: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn indic(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_digit() { char::from_u32(0x0660 + (c as u32 - 0x30)).unwrap_or(c) } else { c })
        .collect()
}

/// The day of the month as an ordinal word (`الحادي والعشرين من`).
fn ordinal(d: u32) -> String {
    const UNITS: [&str; 10] =
        ["", "الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];
    const ALONE: [&str; 11] =
        ["", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"];
    let (tens, unit) = (d / 10, (d % 10) as usize);
    match (tens, unit) {
        _ if d <= 10 => ALONE[d as usize].to_string(),
        (1, u) => format!("{} عشر", UNITS[u]),
        (2, 0) => "العشرين".to_string(),
        (3, 0) => "الثلاثين".to_string(),
        (2, u) => format!("{} والعشرين", UNITS[u]),
        (_, u) => format!("{} والثلاثين", UNITS[u]),
    }
}

fn renderings(date: NaiveDate) -> Vec<String> {
    let (y, m, d) = (date.year(), date.month(), date.day());
    let i = (m - 1) as usize;
    let mut v = vec![
        format!("{d} {} {y}", LEVANTINE[i]),
        format!("{d} {} {y}", EGYPTIAN[i]),
        format!("{d} {} {y}", ALGERIAN[i]),
        format!("{d} {} {y}", MOROCCAN[i]),
        format!("{d} {} {y}", ENGLISH[i]),
        format!("{d} {}/{} {y}", LEVANTINE[i], EGYPTIAN[i]),
        format!("{d} {} / {} عام {y}م", EGYPTIAN[i], LEVANTINE[i]),
        format!("{} من {} {y}", ordinal(d), LEVANTINE[i]),
        format!("{} {d}, {y}", ENGLISH[i]),
        format!("{d:02}-{m:02}-{y}"),
        format!("{d}/{m}/{y}"),
        format!("{y}-{m:02}-{d:02}"),
        format!("{y}.{m:02}.{d:02}"),
        format!("{y}/{m}/{d}"),
    ];
    let indic_forms: Vec<String> = v.iter().map(|s| indic(s)).collect();
    v.extend(indic_forms);
    v
}

proptest! {
    #[test]
    fn every_system_round_trips(offset in 0i64..36_524) {
        let date = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap() + chrono::Duration::days(offset);
        for s in renderings(date) {
            prop_assert_eq!(parse(&s, None), Some(date), "{}", s);
            let in_text = format!("وقالت الوزارة إن الاتفاق وُقّع في {s} في العاصمة.");
            let found = find(&in_text, None);
            prop_assert_eq!(found.len(), 1, "{}", in_text);
            prop_assert_eq!(found[0].date, date);
        }
    }

    #[test]
    fn never_panics(s in "\\PC{0,60}") {
        let _ = find(&s, Some(NaiveDate::from_ymd_opt(2020, 10, 1).unwrap()));
        let _ = parse(&s, None);
    }
}
