//! Test helpers shared by test files: a small generator of Arabic number
//! words, written for the tests, and digit-script conversion.
#![allow(dead_code)]

const UNIT_WORDS: [&str; 11] = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];
const TEN_WORDS: [&str; 10] = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"];
const HUNDRED_WORDS: [&str; 10] =
    ["", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"];

/// 1..=999 in masculine words, parts joined by `و`.
pub fn below_thousand(n: u64) -> Vec<String> {
    let mut parts = Vec::new();
    let (h, r) = (n / 100, n % 100);
    if h > 0 {
        parts.push(HUNDRED_WORDS[h as usize].to_owned());
    }
    match r {
        0 => {}
        1..=10 => parts.push(UNIT_WORDS[r as usize].to_owned()),
        11 => parts.push("أحد عشر".to_owned()),
        12 => parts.push("اثنا عشر".to_owned()),
        13..=19 => parts.push(format!("{} عشر", UNIT_WORDS[(r - 10) as usize])),
        _ => {
            let (t, u) = (r / 10, r % 10);
            if u > 0 {
                parts.push(UNIT_WORDS[u as usize].to_owned());
            }
            parts.push(TEN_WORDS[t as usize].to_owned());
        }
    }
    parts
}

/// 0..=999999 in words.
pub fn words(n: u64) -> String {
    if n == 0 {
        return "صفر".to_owned();
    }
    let (th, rest) = (n / 1000, n % 1000);
    let mut parts = Vec::new();
    match th {
        0 => {}
        1 => parts.push("ألف".to_owned()),
        2 => parts.push("ألفان".to_owned()),
        3..=10 => parts.push(format!("{} آلاف", below_thousand(th).join(" و"))),
        _ => parts.push(format!("{} ألف", below_thousand(th).join(" و"))),
    }
    parts.extend(below_thousand(rest));
    parts.join(" و")
}

pub fn indic(s: &str, zero: u32) -> String {
    s.chars().map(|c| c.to_digit(10).and_then(|d| char::from_u32(zero + d)).unwrap_or(c)).collect()
}
