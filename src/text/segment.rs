//! Lines, sentences, and what on a page is not the article.
//!
//! Works on folded text (see [`super::Normalized`]), so the tables below are
//! written as a reader would type them and folded once.

use std::ops::Range;
use std::sync::LazyLock;

use super::normalize::fold;

/// What a line of the page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// Empty or whitespace.
    Blank,
    /// The article's own text.
    Body,
    /// Buttons, labels, image names, lines with no Arabic letters.
    Furniture,
    /// "Read also" lines and everything after a "related articles" heading.
    Related,
    /// Reader comments and everything after their heading.
    Comments,
    /// A line printed before (a headline or caption repeated).
    Repeat,
}

/// One line of the folded text.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// Folded byte range, trimmed of surrounding whitespace.
    pub range: Range<usize>,
    pub kind: LineKind,
}

/// One sentence of a body line.
#[derive(Debug, Clone)]
pub(crate) struct Sentence {
    /// Folded byte range, trimmed.
    pub range: Range<usize>,
    /// Index of its line.
    pub line: usize,
}

/// Whole lines that are page furniture, compared after folding and trimming
/// punctuation.
const FURNITURE: &[&str] = &[
    "زر الذهاب إلى الأعلى",
    "الذهاب إلى الأعلى",
    "العودة إلى الأعلى",
    "تابع القراءة",
    "حجم الخط",
    "شارك",
    "شارك القصة",
    "شارك المقال",
    "شارك الخبر",
    "مشاركة",
    "تغطية خاصة",
    "طباعة",
    "أرسل لصديق",
    "اشترك",
    "اشترك الآن",
    "تستمر",
    "يتبع",
    "الرئيسية",
    "اقرأ المزيد",
    "المزيد",
    "التغطية الحية",
    "تعليق",
    "أضف تعليق",
    "نسخ الرابط",
    "تكبير الخط",
    "تصغير الخط",
    "الصورة",
    "فيديو",
    "صور",
    "icon",
    "close",
    "share",
    "print",
    "tweet",
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
];

/// Line openings that mark one line as a pointer to another article.
const RELATED_LINE: &[&str] = &[
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "إقرأ أيضا",
    "اقرأ ايضا",
    "اقرأ كذلك",
    "شاهد أيضا",
    "طالع أيضا",
    "اقرأ المزيد:",
    "ذات صلة:",
    "مواضيع ذات صلة:",
    "للمزيد:",
];

/// Headings after which the rest of the page is not the article: related
/// lists (`Related`) or reader comments (`Comments`).
const TERMINATORS: &[(&str, LineKind)] = &[
    ("مقالات ذات صلة", LineKind::Related),
    ("أخبار ذات صلة", LineKind::Related),
    ("مواضيع ذات صلة", LineKind::Related),
    ("مقالات مشابهة", LineKind::Related),
    ("أخبار مشابهة", LineKind::Related),
    ("قد يهمك أيضا", LineKind::Related),
    ("قد يهمك أيضاً", LineKind::Related),
    ("الأكثر قراءة", LineKind::Related),
    ("الأكثر مشاهدة", LineKind::Related),
    ("التعليقات", LineKind::Comments),
    ("تعليقات", LineKind::Comments),
    ("تعليقات القراء", LineKind::Comments),
    ("أفكارك وتعليقاتك", LineKind::Comments),
    ("أضف تعليقك", LineKind::Comments),
    ("اترك تعليقا", LineKind::Comments),
    ("اترك تعليقاً", LineKind::Comments),
    ("comments", LineKind::Comments),
];

struct Tables {
    furniture: Vec<String>,
    related_line: Vec<String>,
    terminators: Vec<(String, LineKind)>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| Tables {
    furniture: FURNITURE.iter().map(|s| fold(s)).collect(),
    related_line: RELATED_LINE.iter().map(|s| fold(s)).collect(),
    terminators: TERMINATORS.iter().map(|(s, k)| (fold(s), *k)).collect(),
});

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}' | '\u{0750}'..='\u{077F}')
}

/// The line with punctuation, digits-in-parentheses and spaces trimmed from
/// both ends: `التعليقات (2)` → `التعليقات`.
fn core(line: &str) -> &str {
    let t = line.trim_matches(|c: char| !c.is_alphabetic());
    // drop a trailing count like "(12)"
    t.trim_end_matches(|c: char| c.is_ascii_digit() || c == '(' || c == ')' || c == ' ' || c == ':')
}

fn classify(line: &str, t: &Tables) -> LineKind {
    if line.trim().is_empty() {
        return LineKind::Blank;
    }
    let c = core(line);
    if let Some((_, k)) = t.terminators.iter().find(|(s, _)| c == s) {
        return *k;
    }
    if t.related_line.iter().any(|s| line.starts_with(s.as_str())) {
        return LineKind::Related;
    }
    if t.furniture.iter().any(|s| c == s) || !line.chars().any(is_arabic_letter) || is_file_name(line) {
        return LineKind::Furniture;
    }
    LineKind::Body
}

fn is_file_name(line: &str) -> bool {
    let l = line.trim();
    !l.contains(' ') && [".jpg", ".jpeg", ".png", ".gif", ".webp", ".mp4"].iter().any(|e| l.ends_with(e))
}

/// Split folded text into lines and say what each is.
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let t = &*TABLES;
    let mut out = Vec::new();
    let mut start = 0;
    let mut rest: Option<LineKind> = None;
    // lines already printed, to spot a repeat in one hash lookup
    let mut seen: std::collections::HashSet<&str, std::hash::BuildHasherDefault<super::WordHasher>> =
        Default::default();
    for piece in text.split_inclusive('\n') {
        let end = start + piece.len();
        let raw = &text[start..end];
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        let range = start + lead..start + lead + trimmed.len();
        let kind = match rest {
            Some(k) if !trimmed.is_empty() => k,
            _ => {
                let k = classify(trimmed, t);
                if matches!(k, LineKind::Comments)
                    || (matches!(k, LineKind::Related) && t.terminators.iter().any(|(s, _)| core(trimmed) == s))
                {
                    rest = Some(k);
                }
                if k == LineKind::Body && trimmed.chars().count() >= 12 && seen.contains(trimmed) {
                    LineKind::Repeat
                } else {
                    if k == LineKind::Body {
                        seen.insert(trimmed);
                    }
                    k
                }
            }
        };
        out.push(Line { range, kind });
        start = end;
    }
    out
}

/// Split body lines into sentences at `. ! ? ؟ ۔` followed by a space or the
/// end of the line, never inside quote marks or between digits.
pub(crate) fn sentences(text: &str, lines: &[Line]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (li, line) in lines.iter().enumerate() {
        if line.kind != LineKind::Body {
            continue;
        }
        let s = &text[line.range.clone()];
        let base = line.range.start;
        let mut begin = 0;
        let mut in_dq = false;
        let mut guil = 0u32;
        let mut it = s.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            match c {
                '"' => in_dq = !in_dq,
                '«' => guil += 1,
                '»' => guil = guil.saturating_sub(1),
                '.' | '!' | '?' | '؟' | '۔' if !in_dq && guil == 0 => {
                    let mut end = i + c.len_utf8();
                    while let Some(&(j, d)) = it.peek() {
                        if matches!(d, '.' | '!' | '?' | '؟' | '۔') {
                            end = j + d.len_utf8();
                            it.next();
                        } else {
                            break;
                        }
                    }
                    let next = it.peek().map(|&(_, d)| d);
                    if next.is_none_or(char::is_whitespace) {
                        push_sentence(&mut out, s, base, begin..end, li);
                        begin = end;
                    }
                }
                _ => {}
            }
        }
        push_sentence(&mut out, s, base, begin..s.len(), li);
    }
    out
}

fn push_sentence(out: &mut Vec<Sentence>, s: &str, base: usize, r: Range<usize>, line: usize) {
    let piece = &s[r.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let t = piece.trim();
    if t.chars().any(char::is_alphanumeric) {
        let start = base + r.start + lead;
        out.push(Sentence { range: start..start + t.len(), line });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<LineKind> {
        let f = fold(text);
        lines(&f).into_iter().map(|l| l.kind).collect()
    }

    #[test]
    fn furniture_related_comments_repeats() {
        use LineKind::*;
        let page = "قسم الأخبار\n\nعنوان الخبر عن الحرب في المدينة\nعنوان الخبر عن الحرب في المدينة\n+A\nصورة_1.jpg\nاقرأ أيضاً: خبر آخر\nنص الخبر هنا.\nالتعليقات (3)\nقارئ\nتعليق غاضب";
        assert_eq!(
            kinds(page),
            vec![Body, Blank, Body, Repeat, Furniture, Furniture, Related, Body, Comments, Comments, Comments]
        );
    }

    #[test]
    fn related_heading_ends_article() {
        use LineKind::*;
        assert_eq!(kinds("نص.\nأخبار ذات صلة\nعنوان آخر\nزر"), vec![Body, Related, Related, Related]);
    }

    #[test]
    fn sentences_respect_quotes_and_numbers() {
        let f = fold("قال: \"هذا أول. وهذا ثان\". ثم غادر في 2020.10.02 صباحا! انتهى");
        let ls = lines(&f);
        let ss: Vec<&str> = sentences(&f, &ls).iter().map(|s| &f[s.range.clone()]).collect();
        assert_eq!(ss, vec!["قال: \"هذا اول. وهذا ثان\".", "ثم غادر في 2020.10.02 صباحا!", "انتهي"]);
    }
}
