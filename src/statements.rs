//! Who said what.
//!
//! How it decides:
//! - **Cues**: a table of reporting verbs in their past, present and
//!   participle forms (`قال، أضاف، أكد، دعا، أدان، نفى، اتهم، حذر، أعرب…`),
//!   each with the speech act it performs, found on folded text with the
//!   clitics و/ف allowed. A verb inside a quote is part of that quote, not a
//!   statement of its own.
//! - **Speaker**: the actor right after the verb (Arabic verb–subject order,
//!   skipping commas and day words), else the actor right before it (`لافروف
//!   قال`), else an attribution `على لسان X`; with `نقل … عن X` the speaker is X.
//!   A verb with no subject of its own (`وأضاف`، `وتابع`، `وناشد`, or a subject
//!   that is the statement itself: `وأضاف البيان`) continues the last speaker.
//!   Unnamed sources (`قال مصدر`، `أفادت مصادر محلية`، `ذكرت وكالة`) give no
//!   statement: the gold does not count them, and a wrong name is worse than none.
//!   A title reads on to the person it names (`المتحدث باسم الجيش العميد X`،
//!   `القيادي في حماس X`); with no name the body in it speaks. After a verb of
//!   saying, a definite noun that is no actor (`وقال الشهود`) is someone
//!   unnamed, not the last speaker. A subject may also stand before the verb
//!   with its title or a comma (`زعيم التيار X كتب`، `X، قال`).
//! - **Not speech**: passive verbs (`أُعلن`: the damma survives in the
//!   original text); verbs with another sense (`تابع الجيش تقدمه`، `أشار بيده`،
//!   `شددت القوات الحصار`) count only when content follows (`:`، a quote, `أن`).
//!   A verb inside reported words (`أنها تدعو`، `عن تضامن`) does not end them.
//! - **Mode and text**: direct when the content starts with a quote or the
//!   quoted words are most of it (`أكد أنه "لا يوجد حل عسكري"`); the text is
//!   then the words inside the marks, which may run over several sentences
//!   and lines; a quote may also open on the line after `:` or stand before
//!   the verb (`"…"، قال X`). Otherwise indirect, with the reported clause as
//!   text (after the first `إن`/`أن` or `:`, past an attribution phrase like
//!   `في بيان،`, up to a tail like `، بحسب …`).
//! - **Kind**: from the verb (`دعا` appeal, `أدان` condemnation, `نفى` denial…),
//!   refined by the content for verbs of saying (`"ندين…"` condemnation,
//!   `أعرب عن قلقه` concern, `أعرب عن تضامنه` support).

use std::ops::Range;
use std::sync::LazyLock;

use crate::actors::{Actors, MentionForm};
use crate::doc::Doc;
use crate::text::{WordSet, fold, stems};
use crate::{ActorKind, Mode, Statement, StatementKind};

/// A statement with what other extractors need to know of it.
pub(crate) struct Found {
    pub item: Statement,
    /// Folded range of the statement's clause (verb to end of its content).
    pub range: Range<usize>,
    /// Folded range of the content (the quote or the reported clause).
    pub content: Range<usize>,
}

use StatementKind::*;

/// Reporting verbs: the speech act and every written form. `+` marks forms
/// that continue the previous speaker when no subject follows (participles).
const VERBS: &[(StatementKind, &str)] = &[
    (Assertion, "قال|قالت|قالوا|قالا|قالتا|يقول|تقول|يقولون|قائلا|قائلة|قائلين"),
    (Assertion, "أضاف|أضافت|أضافوا|أضافا|يضيف|تضيف|مضيفا|مضيفة|مضيفين"),
    (Assertion, "أكد|أكدت|أكدوا|أكدا|يؤكد|تؤكد|مؤكدا|مؤكدة|جدد التأكيد|جددت التأكيد|جددا التأكيد"),
    (Assertion, "أوضح|أوضحت|أوضحوا|يوضح|توضح|موضحا|موضحة"),
    (Assertion, "أعلن|أعلنت|أعلنوا|أعلنا|يعلن|تعلن|معلنا|معلنة"),
    (Assertion, "صرح|صرحت|صرحوا|يصرح|تصرح|مصرحا|مصرحة"),
    (Assertion, "تابع|تابعت"),
    (Assertion, "شدد|شددت|شددوا|يشدد|تشدد|مشددا|مشددة"),
    (Assertion, "أشار|أشارت|أشاروا|يشير|تشير|مشيرا|مشيرة"),
    (Assertion, "ذكّر|ذكر|ذكرت|مذكرا|مذكرة"),
    (Assertion, "لفت|لفتت|لافتا|لافتة"),
    (Assertion, "اعتبر|اعتبرت|اعتبروا|يعتبر|تعتبر|معتبرا|معتبرة"),
    (Assertion, "رأى|رأت|يرى|ترى"),
    (Assertion, "كتب|كتبت|كتبوا"),
    (Assertion, "أفاد|أفادت|يفيد|تفيد"),
    (Assertion, "أبلغ|أبلغت"),
    (Assertion, "جدد|جددت|جددا|جددوا"),
    (Assertion, "نقل|نقلت"),
    (Assertion, "أعرب|أعربت|أعربا|أعربوا|يعرب|تعرب|معربا|معربة|أبدى|أبدت"),
    // `عبّر عن قلقه`: to express (what follows `عن` gives the kind)
    (Assertion, "عبر|عبرت|عبروا|يعبر|تعبر|معبرا|معبرة"),
    (Assertion, "أردف|أردفت|مردفا|استطرد|استطردت|نوه|نوهت|منوها|زعم|زعمت|زاعما|ادعى|ادعت|مدعيا"),
    (Assertion, "كشف|كشفت|يكشف|تكشف|كاشفا|اعترف|اعترفت|معترفا|تعهد|تعهدت|متعهدا|متعهدة"),
    (Support, "هنأ|هنأت|تضامن|تضامنت|رحب|رحبت|يرحب|ترحب|مرحبا|مرحبة|أشاد|أشادت|يشيد|تشيد|مشيدا|مشيدة"),
    (
        Appeal,
        "دعا|دعت|دعوا|يدعو|تدعو|داعيا|داعية|ناشد|ناشدت|يناشد|تناشد|مناشدا|حث|حثت|يحث|تحث|طالب|طالبت|طالبوا|يطالب|تطالب|مطالبا|مطالبة",
    ),
    (
        Condemnation,
        "أدان|أدانت|أدانوا|يدين|تدين|دان|دانت|دانوا|ندد|نددت|يندد|تندد|منددا|منددة|استنكر|استنكرت|يستنكر|تستنكر|مستنكرا|مستنكرة|\
         شجب|شجبت|استهجن|استهجنت|انتقد|انتقدت|ينتقد|تنتقد|منتقدا|منتقدة",
    ),
    (Denial, "نفى|نفت|نفوا|ينفي|تنفي|نافيا|نافية"),
    (Accusation, "اتهم|اتهمت|اتهموا|يتهم|تتهم|متهما|متهمة"),
    (Warning, "حذر|حذرت|حذروا|يحذر|تحذر|محذرا|محذرة|هدد|هددت|يهدد|تهدد|مهددا|مهددة|توعد|توعدت|متوعدا|متوعدة"),
    (Accusation, "حمل|حملت|محملا|محملة"),
    // `تبادل X وY الاتهامات`: each accuses the other; the first named speaks
    (Accusation, "تبادل|تبادلت|تبادلا|تبادلتا|تبادلوا|يتبادل|تتبادل|يتبادلان|تتبادلان"),
    (Assertion, "وصف|وصفت|وصفوا|يصف|تصف|واصفا|واصفة|واصفين"),
    (Assertion, "اكتفى|اكتفت|اكتفوا|يكتفي|تكتفي|مكتفيا|مكتفية"),
];

/// Verbs of saying that take no object: a definite noun after one is its
/// subject, so an unknown one means someone unnamed speaks.
const INTRANSITIVE: &[&str] = &[
    "قال",
    "قالت",
    "قالوا",
    "أضاف",
    "أضافت",
    "أضافوا",
    "أوضح",
    "أوضحت",
    "تابع",
    "تابعت",
    "صرح",
    "صرحت",
    "أشار",
    "أشارت",
    "لفت",
    "لفتت",
    "اعتبر",
    "اعتبرت",
    "رأى",
    "رأت",
    "يرى",
    "ترى",
    "كتب",
    "كتبت",
    "أفاد",
    "أفادت",
    "ذكر",
    "ذكرت",
    "أردف",
    "نوه",
    "زعم",
    "يقول",
    "تقول",
    "شدد",
    "شددت",
];

/// Verbs that also have a sense that is no speech (`تابع الجيش تقدمه`،
/// `أشار بيده`، `شددت القوات الحصار`، `جدد الطيران غاراته`، `حمل السلاح`):
/// they report speech only when what follows the subject opens content
/// (`:`، a quote, `أن`، `قائلا`) or is one of the words listed with them.
const AMBIGUOUS: &[(&str, &str)] = &[
    ("تابع|تابعت", ""),
    ("أشار|أشارت|أشاروا|يشير|تشير|لفت|لفتت", "إلى"),
    ("ذكر|ذكرت|ذكّر|كتب|كتبت|كتبوا|رأى|رأت|يرى|ترى|كشف|كشفت|يكشف|تكشف", "عن"),
    ("شدد|شددت|شددوا|يشدد|تشدد", "على|بقوله"),
    (
        "جدد|جددت|جددا|جددوا",
        "التأكيد|تأكيد|دعوة|دعوته|دعوتها|دعوتهم|الدعوة|رفض|رفضه|رفضها|إدانة|إدانته|إدانتها|مطالبة|مطالبته|مطالبتها|دعم|دعمه|دعمها|التزام|التزامه|التزامها|موقف|موقفه|موقفها|تحذير|تحذيره|تحذيرها|استعداد|استعداده|استعدادها|تمسك|تمسكه|تمسكها|ترحيب|ترحيبه|اتهام|اتهامه|اتهامها|نفي|نفيه|نفيها|على",
    ),
    ("حمل|حملت|حملوا|محملا|محملة", "المسؤولية|مسؤولية|مسؤوليته|مسؤوليتها|مسؤوليتهم"),
    // `عبر الحدود`, `عبر تويتر`: crossing or by way of, unless `عن` follows
    ("عبر|عبرت|عبروا|يعبر|تعبر|معبرا|معبرة", "عن"),
    // `تبادل الأسرى`, `تبادل إطلاق النار`: no speech without the accusations
    ("تبادل|تبادلت|تبادلا|تبادلتا|تبادلوا|يتبادل|تتبادل|يتبادلان|تتبادلان", "الاتهامات|اتهامات|الاتهام"),
    ("تعهد|تعهدت|اعترف|اعترفت|زعم|زعمت", "ب|بـ|على"),
    // `اكتفى بالإعلان عن …`: to say no more than; otherwise to be content with
    ("اكتفى|اكتفت|اكتفوا|يكتفي|تكتفي", "بالإعلان|بالقول|بالتأكيد|بالإشارة|بالتعليق|بالرد"),
    // `وصف الوضع`: to describe; speech with what it calls it (`بأنه`، `بـ«…»`)
    ("وصف|وصفت|وصفوا|يصف|تصف", "ب|بـ"),
];

/// Subjects that are unnamed sources: a verb with one of these after it is
/// not a statement.
const UNNAMED: &[&str] = &[
    "مصدر",
    "مصادر",
    "مسؤول",
    "مسؤولة",
    "شهود",
    "شاهد",
    "ناشطون",
    "ناشط",
    "سكان",
    "مراقبون",
    "محللون",
    "خبراء",
    "تقارير",
    "وسائل",
    "وكالة",
    "صحيفة",
    "قناة",
    "موقع",
    "مواقع",
    "مراسل",
    "أنباء",
    "معلومات",
    "مسؤولون",
    "مسؤولين",
    "مسؤولو",
    "مصدران",
    "دبلوماسي",
    "دبلوماسيون",
    "دبلوماسيين",
    "نشطاء",
    "ناشطين",
    "مسعفون",
    "أطباء",
    "مواطنون",
    "تقرير",
    "إعلام",
    "أوساط",
    "دوائر",
    "جهات",
    "مراقبين",
    "محللين",
    "خبير",
    "صحف",
    "منظمات",
    "جمعيات",
    "هيئات",
    "نقابات",
];

/// Subjects that are the statement itself or its authors without a name:
/// the previous speaker goes on (`وأضاف البيان`، `وقال الوزراء في بيانهم`).
const SELF_SUBJECTS: &[&str] = &[
    "البيان",
    "بيان",
    "الوزراء",
    "الرسالة",
    "التصريح",
    "المتحدث",
    "المتحدثة",
    "الناطق",
    "الناطقة",
    "الطرفان",
    "الجانبان",
    "الوزارة",
    "البعثة",
    "المنظمة",
    "الحركة",
    "الجماعة",
    "الهيئة",
    "الجبهة",
    "الحزب",
    "المفوضية",
    "التقرير",
    "الرئاسة",
    // honorifics standing for the person named before (`وقال سيادته`)
    "سيادته",
    "فخامته",
    "معاليه",
    "سموه",
    "سعادته",
    "جلالته",
    "دولته",
];

/// Words that may stand between a verb and its subject.
const SKIPPABLE: &[&str] = &[
    "اليوم",
    "أمس",
    "الأول",
    "الاثنين",
    "الإثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "الأحد",
    "فيه",
    "فيها",
    "بدوره",
    "بدورها",
    "أيضا",
    "كذلك",
    "بوضوح",
    "مجددا",
    "مرة",
    "أخرى",
    "قد",
    "كان",
    "كانت",
    "سبق",
    "بذلك",
    "المكتب",
    "مكتب",
    "الصحافي",
    "الصحفي",
    "الإعلامي",
];

/// Adverbs that may stand between a verb of saying and what was said
/// (`وأضاف لاحقا أن`); those in `-يا` (`رسميا`) are told by their ending.
const ADVERBS: &[&str] = &[
    "لاحقا",
    "مجددا",
    "سابقا",
    "علنا",
    "مرارا",
    "تكرارا",
    "ضمنا",
    "مؤخرا",
    "أخيرا",
    "أولا",
    "ثانيا",
    "حينئذ",
    "آنذاك",
    "حينذاك",
    "صراحة",
    "مباشرة",
    "فورا",
    "تلفزيونيا",
    "هاتفيا",
    "كتابة",
    "أمس",
    "اليوم",
    "غدا",
    "مساء",
    "صباحا",
    "مساءً",
    "ليلا",
    "نهارا",
    "بدوره",
    "كذلك",
    "أيضا",
    "بدورها",
    "حينها",
    "يومها",
    "وقتها",
];

/// Words that may open a clause before a verb that continues the last
/// speaker (`بدوره، أكد…`، `من جهته…`).
const CLAUSE_OPENERS: &[&str] = &[
    // the pluperfect with no subject between (`وكان قد أعلن أمس أن`)
    "كان",
    "كانت",
    "كانوا",
    "بدوره",
    "بدورها",
    "بدورهم",
    "من",
    "جهته",
    "جهتها",
    "جانبه",
    "جانبها",
    "كما",
    "وفي",
    "في",
    "السياق",
    "هذا",
    "الإطار",
    "ذلك",
    "إلى",
    "ثم",
    "وقد",
    "قد",
    "كذلك",
    "أيضا",
    "سياق",
    "متصل",
    "المقابل",
    "لكنه",
    "لكنها",
    "لكنهم",
    "ولكنه",
    "ولكنها",
    "ولكنهم",
];

/// Content openings that refine a verb of saying into another speech act.
const CONTENT_KINDS: &[(StatementKind, &str)] = &[
    (Condemnation, "ندين|ندد|نستنكر|إدانة|إدانته|إدانتها|استنكاره"),
    (Appeal, "ندعو|نطالب|نحث|نناشد|دعوته|دعوتها|دعوتهم|دعوتهما|الدعوة|مطالبته|مطالبتها|مطالبتهم|مناشدته|مناشدتها"),
    (Concern, "قلق|قلقه|قلقها|قلقهم|قلقهما|قلقا|بقلق|أشعر بقلق|نشعر بقلق|القلق"),
    (Support, "تضامن|تضامنه|تضامنها|دعمه|دعمها|تأييده|تأييدها|نقف"),
    (Warning, "نحذر|تحذيره|تحذيرها|تحذيرهم"),
    (Denial, "ننفي|نفيه|نفيها|نفيهم"),
];

struct Tables {
    /// Every one-word form of every reporting verb, with its pattern index
    /// (the first, where two forms fold alike).
    verb_index: crate::text::WordMap<usize>,
    /// The forms of more than one word: the first word, the rest (with its
    /// space) and the pattern index.
    verb_phrases: Vec<(String, String, usize)>,
    /// A quick no for most words before [`Tables::verb_index`] is asked.
    verb_shapes: Shapes,
    /// A quicker no, for a word and the word behind a clitic at once.
    verb_tails: Tails,
    /// The same for [`Tables::content_kinds`].
    content_shapes: Shapes,
    verb_kind: Vec<StatementKind>,
    verb_text: Vec<String>,
    unnamed: WordSet,
    adverbs: WordSet,
    self_subjects: WordSet,
    skippable: WordSet,
    openers: WordSet,
    /// Each content opening with its place in [`CONTENT_KINDS`] (the first
    /// listed wins) and the speech act it makes.
    content_kinds: crate::text::WordMap<(usize, StatementKind)>,
    /// Per verb pattern: a verb of saying with no object, so that a noun
    /// after it is its subject (`وأضاف المسؤول`), not what it says.
    intransitive: Vec<bool>,
    /// Per verb pattern: the words that make an ambiguous verb speech, if
    /// the verb is ambiguous.
    ambiguous: Vec<Option<Vec<String>>>,
}

/// A table of words, folded once.
fn word_set(words: &[&str]) -> WordSet {
    words.iter().map(|w| fold(w)).collect()
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut pats = Vec::new();
    let mut kinds = Vec::new();
    for (k, forms) in VERBS {
        for f in forms.split('|') {
            pats.push(fold(f));
            kinds.push(*k);
        }
    }
    let mut content_kinds = crate::text::WordMap::default();
    for (k, forms) in CONTENT_KINDS {
        for f in forms.split('|') {
            let at = content_kinds.len();
            content_kinds.entry(fold(f)).or_insert((at, *k));
        }
    }
    let mut content_shapes = Shapes::default();
    content_kinds.keys().for_each(|w| content_shapes.add(w));
    let mut ambiguous = vec![None; pats.len()];
    for (forms, extra) in AMBIGUOUS {
        let extra: Vec<String> = extra.split('|').filter(|w| !w.is_empty()).map(fold).collect();
        for f in forms.split('|').map(fold) {
            for (k, p) in pats.iter().enumerate() {
                if *p == f {
                    ambiguous[k] = Some(extra.clone());
                }
            }
        }
    }
    // folded once, not once per verb form
    let intransitive_words = word_set(INTRANSITIVE);
    let intransitive = pats.iter().map(|p| intransitive_words.contains(p.as_str())).collect();
    let mut verb_index = crate::text::WordMap::default();
    let mut verb_phrases = Vec::new();
    let mut verb_shapes = Shapes::default();
    let mut verb_tails = Tails::default();
    for (k, p) in pats.iter().enumerate() {
        match p.split_once(' ') {
            None => {
                verb_index.entry(p.clone()).or_insert(k);
                verb_shapes.add(p);
                verb_tails.add(p);
            }
            Some((first, rest)) => verb_phrases.push((first.to_string(), format!(" {rest}"), k)),
        }
    }
    Tables {
        verb_index,
        verb_phrases,
        verb_shapes,
        verb_tails,
        content_shapes,
        verb_kind: kinds,
        verb_text: pats,
        unnamed: word_set(UNNAMED),
        adverbs: word_set(ADVERBS),
        self_subjects: word_set(SELF_SUBJECTS),
        skippable: word_set(SKIPPABLE),
        openers: word_set(CLAUSE_OPENERS),
        content_kinds,
        intransitive,
        ambiguous,
    }
});

fn is_letter(c: char) -> bool {
    crate::text::is_word_char(c)
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '«' | '»')
}

/// The words of a stretch of the folded text, cut at its ends the way
/// [`crate::text::words_after`] cuts them, read off [`Doc::tokens`]: no
/// rescanning and no allocation however often a statement asks.
#[derive(Clone, Copy)]
struct Words<'a> {
    /// The document's words that overlap the stretch.
    toks: &'a [Range<usize>],
    start: usize,
    limit: usize,
}

impl<'a> Words<'a> {
    /// The words of `start..limit` ([`crate::text::words_after`] without a cap).
    fn after(doc: &'a Doc, start: usize, limit: usize) -> Self {
        let toks = doc.tokens.as_slice();
        if start >= limit {
            return Words { toks: &toks[..0], start, limit };
        }
        // a statement asks about words at or near the ones it asked about
        // last (often the very same stretch): search outward from the last
        // answer, a few probes, instead of bisecting the sentence
        let (ha, hb) = WORDS_HINT.with(std::cell::Cell::get);
        let a = partition_from(toks, ha, |w| w.end <= start);
        let rest = &toks[a..];
        let b = a + partition_from(rest, hb.saturating_sub(a), |w| w.start < limit);
        WORDS_HINT.with(|h| h.set((a, b)));
        Words { toks: &toks[a..b], start, limit }
    }

    /// The first `max` words of `start..limit` ([`Words::after`] and
    /// [`Words::take`]): their end is sought among `max` words only.
    fn after_upto(doc: &'a Doc, start: usize, limit: usize, max: usize) -> Self {
        let toks = doc.tokens.as_slice();
        if start >= limit {
            return Words { toks: &toks[..0], start, limit };
        }
        let (ha, hb) = WORDS_HINT.with(std::cell::Cell::get);
        let a = partition_from(toks, ha, |w| w.end <= start);
        let rest = &toks[a..toks.len().min(a.saturating_add(max))];
        let b = a + rest.partition_point(|w| w.start < limit);
        // the end of a longer stretch stays the next search's start
        WORDS_HINT.with(|h| h.set((a, hb.max(b))));
        Words { toks: &toks[a..b], start, limit }
    }

    /// The last `max` words of `floor..end` that no line break separates
    /// from `end` ([`crate::text::words_before`]).
    fn before(doc: &'a Doc, floor: usize, end: usize, max: usize) -> Self {
        let all = Self::after(doc, floor, end);
        let text = doc.text();
        let mut boundary = end;
        let mut n = 0;
        for w in all.toks.iter().rev() {
            if n == max || text[w.end.min(end)..boundary].contains('\n') {
                break;
            }
            n += 1;
            boundary = w.start.max(floor);
        }
        Words { toks: &all.toks[all.toks.len() - n..], ..all }
    }

    /// The words of `start..limit` for a `start` at or after this
    /// stretch's: a bisection of these words, no search of the document.
    fn from(self, start: usize) -> Self {
        let start = start.max(self.start);
        if start >= self.limit {
            return Words { toks: &self.toks[..0], start, ..self };
        }
        let a = self.toks.partition_point(|w| w.end <= start);
        Words { toks: &self.toks[a..], start, ..self }
    }

    /// The words of `start..limit` inside this stretch (`start` at or
    /// after its start, `limit` at or before its limit): a bisection of
    /// these words, no search of the document.
    fn within(self, start: usize, limit: usize) -> Self {
        let (start, limit) = (start.max(self.start), limit.min(self.limit));
        if start >= limit {
            return Words { toks: &self.toks[..0], start, limit };
        }
        let a = self.toks.partition_point(|w| w.end <= start);
        let b = a + self.toks[a..].partition_point(|w| w.start < limit);
        Words { toks: &self.toks[a..b], start, limit }
    }

    /// The first `max` of them.
    fn take(self, max: usize) -> Self {
        Words { toks: &self.toks[..max.min(self.toks.len())], ..self }
    }

    fn len(&self) -> usize {
        self.toks.len()
    }

    fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    fn get(&self, i: usize) -> Option<Range<usize>> {
        self.toks.get(i).map(|w| w.start.max(self.start)..w.end.min(self.limit))
    }

    fn first(&self) -> Option<Range<usize>> {
        self.get(0)
    }

    fn iter(&self) -> impl DoubleEndedIterator<Item = Range<usize>> + Clone + 'a {
        let (start, limit) = (self.start, self.limit);
        self.toks.iter().map(move |w| w.start.max(start)..w.end.min(limit))
    }
}

thread_local! {
    /// Where the last [`Words::after`] began and ended in [`Doc::tokens`]:
    /// the next one is searched from there. Only a starting point: any
    /// value gives the same answer.
    static WORDS_HINT: std::cell::Cell<(usize, usize)> = const { std::cell::Cell::new((0, 0)) };
}

/// The words of `sr` ([`Doc::words`]), searched from `hint`, the end of the
/// previous sentence's words; [`Words::after`] searches from them next.
fn sentence_words(doc: &Doc, sr: Range<usize>, hint: usize) -> (usize, usize) {
    let toks = doc.tokens.as_slice();
    let from = partition_from(toks, hint, |w| w.start < sr.start);
    let to = from + partition_from(&toks[from..], 0, |w| w.end <= sr.end);
    WORDS_HINT.with(|c| c.set((from, to)));
    (from, to)
}

/// [`Words::after`] of the sentence `sr`, given its words `from..to` in
/// [`Doc::tokens`] ([`sentence_words`]): the same words unless one runs over
/// either end of the sentence, which a look at its neighbours tells.
fn sentence_words_of<'a>(doc: &'a Doc, sr: Range<usize>, from: usize, to: usize) -> Words<'a> {
    let toks = doc.tokens.as_slice();
    let over_start = from.checked_sub(1).and_then(|i| toks.get(i)).is_some_and(|w| w.end > sr.start);
    let over_end = toks.get(to).is_some_and(|w| w.start < sr.end);
    if over_start || over_end || sr.start >= sr.end || from > to || to > toks.len() {
        return Words::after(doc, sr.start, sr.end);
    }
    Words { toks: &toks[from..to], start: sr.start, limit: sr.end }
}

/// [`slice::partition_point`] of `s` (true before false), searched outward
/// from `hint` in growing steps: a few probes when the answer is near it.
fn partition_from<T>(s: &[T], hint: usize, pred: impl Fn(&T) -> bool) -> usize {
    let h = hint.min(s.len());
    let mut step = 1;
    if s.get(h).is_some_and(&pred) {
        // the answer is after `h`
        let mut lo = h + 1;
        while lo < s.len() {
            let p = (lo + step - 1).min(s.len() - 1);
            if !pred(&s[p]) {
                return lo + s[lo..p].partition_point(&pred);
            }
            lo = p + 1;
            step *= 2;
        }
        s.len()
    } else {
        // the answer is at `h` or before
        let mut hi = h;
        while hi > 0 {
            let p = hi.saturating_sub(step);
            if pred(&s[p]) {
                return p + 1 + s[p + 1..hi].partition_point(&pred);
            }
            hi = p;
            step *= 2;
        }
        0
    }
}

/// Where `على لسان` (folded) first stands in a sentence, as a substring:
/// its `على` ends a word, so only the words that end so are tried, each
/// ruled out by its last byte (`ي` ends in `8A`) before any comparison.
#[cfg(test)]
fn lisan_at(doc: &Doc, sr: Range<usize>) -> Option<usize> {
    lisan_in(doc, sr.clone(), doc.words(sr))
}

/// [`lisan_at`], given the sentence's words.
fn lisan_in(doc: &Doc, sr: Range<usize>, words: &[Range<usize>]) -> Option<usize> {
    const ALA: &[u8] = "علي".as_bytes();
    const LISAN: &[u8] = " لسان".as_bytes();
    let bytes = doc.text().as_bytes();
    // ` لسان` is rare: a substring search (a few bytes at a time) rules most
    // sentences out before their words are tried one by one
    if !doc.text().get(sr.clone()).is_some_and(|s| s.contains(" لسان")) {
        return None;
    }
    words.iter().find_map(|w| {
        let at = w.end.checked_sub(ALA.len()).filter(|&at| at >= w.start)?;
        let hit = bytes.get(w.end - 1) == Some(&0x8A)
            && bytes.get(at..w.end) == Some(ALA)
            && w.end + LISAN.len() <= sr.end
            && bytes.get(w.end..w.end + LISAN.len()) == Some(LISAN);
        hit.then_some(at)
    })
}

/// Quotes of a stretch of text: pairs of (open, close) byte positions, where
/// a mark opens when glued to the word after it and closes when glued to the
/// word before it, so `«…"`, `"…»` and `لـ»…»` pair up. Nested guillemets are
/// kept inside their outer quote. An unclosed quote runs to `end`.
#[cfg(test)]
pub(crate) fn quotes(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    pair_quotes(text, range, &quote_marks(text))
}

/// Where the pairing of quotes may turn: every line break and quote mark
/// (`"`, and `«`/`»` by their lead byte 0xC2) of the text, found once per
/// document so each sentence's stretch does not rescan its letters.
#[cfg(test)]
fn quote_marks(text: &str) -> Vec<usize> {
    text.bytes().enumerate().filter(|&(_, b)| matches!(b, b'\n' | b'"' | 0xC2)).map(|(i, _)| i).collect()
}

/// The line breaks and quote marks of `range`, read off the marks the fold
/// recorded ([`Doc::marks`]) instead of the text, added to `out`.
fn quote_marks_of(doc: &Doc, range: Range<usize>, out: &mut Vec<usize>) {
    let bytes = doc.text().as_bytes();
    let first = doc.marks.partition_point(|&m| (m as usize) < range.start);
    out.extend(
        doc.marks[first..]
            .iter()
            .map(|&m| m as usize)
            .take_while(|&m| m < range.end)
            .filter(|&m| matches!(bytes.get(m), Some(b'\n' | b'"' | 0xC2))),
    );
}

/// [`quotes`] of `range`, given the [`quote_marks`] of the whole text.
#[cfg(test)]
fn pair_quotes(text: &str, range: Range<usize>, marks: &[usize]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let _ = pair_quotes_into(text, range, marks, &mut out);
    out
}

/// [`pair_quotes`] into `out` (cleared first): one buffer serves every
/// sentence. `true` when the pairs are those of any longer stretch from the
/// same start, leaving out the quotes that open after `range`: no quote is
/// open at its end, no line break was read, and no mark stood so near the
/// end that the letter after it was cut off.
fn pair_quotes_into(text: &str, range: Range<usize>, marks: &[usize], out: &mut Vec<Range<usize>>) -> bool {
    out.clear();
    let mut settled = true;
    let s = &text[range.clone()];
    let mut open: Option<(usize, char)> = None;
    let mut depth = 0;
    // a quote over paragraphs reopens each one with its mark: that mark
    // continues the quote, it does not nest a new one
    let mut reopen: Option<usize> = None;
    // only line breaks and marks move the pairing, so jump from one to the
    // next instead of decoding every letter; the letters around a mark are
    // read off it
    let first = marks.partition_point(|&m| m < range.start);
    for i in marks[first..].iter().take_while(|&&m| m < range.end).map(|&m| m - range.start) {
        let Some(c) = s[i..].chars().next() else { break };
        let from = i + c.len_utf8();
        settled &= c != '\n' && from < s.len();
        if c == '\n' {
            if let Some((start, _)) = open {
                let next_line = s[i..].trim_start();
                if next_line.starts_with(is_quote) && !closes_on(next_line) {
                    reopen = Some(s.len() - next_line.len());
                } else if !next_line.starts_with(is_quote) && !closes_on(next_line) {
                    out.push(start..range.start + i);
                    open = None;
                }
            }
            continue;
        }
        if !is_quote(c) || reopen.take_if(|r| *r == i).is_some() {
            continue;
        }
        let prev = s[..i].chars().next_back();
        let next = s[from..].chars().next();
        let glued_next = next.is_some_and(|n| is_letter(n) || n == '(' || n == '.');
        let glued_prev = prev.is_some_and(|p| is_letter(p) || matches!(p, '.' | ')' | '!' | '؟' | '?' | '،'));
        let opener = match c {
            '«' => !glued_prev || glued_next,
            _ => glued_next && (!glued_prev || prev.is_some_and(|p| matches!(p, 'ل' | 'ب'))),
        };
        match open {
            None if opener || (c != '»' && next.is_some()) => {
                open = Some((range.start + i, c));
                depth = 0;
            }
            None => {}
            Some((_, o)) => {
                if c == '«' && opener && o == '«' {
                    depth += 1;
                } else if depth > 0 && c == '»' {
                    depth -= 1;
                } else if !opener || c == '»' || (c == '"' && o == '"') {
                    let (start, _) = open.take().expect("open");
                    out.push(start..range.start + i + c.len_utf8());
                }
            }
        }
    }
    if let Some((start, _)) = open {
        out.push(start..range.end);
        settled = false;
    }
    settled
}

/// Does a quote left open at a line's end close on the next line (`«…،` /
/// `…».`), before any new quote opens there?
fn closes_on(line: &str) -> bool {
    let line = line.split('\n').next().unwrap_or("");
    let mut prev: Option<char> = None;
    let mut it = line.chars().peekable();
    while let Some(c) = it.next() {
        let next = it.peek().copied();
        match c {
            '»' => return true,
            '«' => return false,
            '"' => {
                let glued_prev = prev.is_some_and(|p| is_letter(p) || matches!(p, '.' | '!' | '؟' | '?' | '،'));
                let glued_next = next.is_some_and(is_letter);
                return glued_prev && !glued_next;
            }
            _ => {}
        }
        prev = Some(c);
    }
    false
}

/// The words of a quote without its marks and trailing punctuation.
fn inner(text: &str, q: &Range<usize>) -> Range<usize> {
    let s = &text[q.clone()];
    let lead = s.len() - s.trim_start_matches(|c: char| is_quote(c) || c == ' ').len();
    let trimmed = s.trim_end_matches(|c: char| is_quote(c) || c == ' ' || c == '.' || c == '،' || c == '\n');
    q.start + lead..q.start + trimmed.len().max(lead)
}

struct Cue {
    range: Range<usize>,
    /// Where the word of the verb starts (before its clitic), found once.
    word_start: usize,
    kind: StatementKind,
    verb: &'static str,
    /// Index of the verb form in the tables.
    pat: usize,
    /// Does it open a clause of its own (`، وأضاف`، `X قال`), so that it ends
    /// the words of the statement before it? A verb inside reported words
    /// (`أنها تدعو`، `عن تضامن`) does not.
    initial: bool,
}

impl Cue {
    /// Participles (`مضيفا`، `قائلا`، `معتبرة`) have no subject of their own:
    /// they continue the statement before them.
    fn participle(&self) -> bool {
        let v = self.verb;
        (v.starts_with('م') && v.chars().count() > 3 && (v.ends_with('ا') || v.ends_with('ه') || v.ends_with("ين")))
            || matches!(
                v,
                "قايلا"
                    | "قايله"
                    | "قايلين"
                    | "داعيا"
                    | "داعيه"
                    | "نافيا"
                    | "نافيه"
                    | "لافتا"
                    | "لافته"
                    | "واصفا"
                    | "واصفه"
                    | "واصفين"
            )
    }
}

/// Every statement of the article's body.
pub(crate) fn extract(doc: &Doc, actors: &Actors) -> Vec<Found> {
    let t: &'static Tables = &TABLES;
    let text = doc.text();
    let mut out: Vec<Found> = Vec::new();
    let mut last_speaker: Option<usize> = None;
    let mut covered_until = 0usize;
    // reused for every sentence: the verb forms found in it, then its cues
    let mut hits: Vec<(Range<usize>, usize)> = Vec::new();
    let mut cues: Vec<Cue> = Vec::new();
    let mut qs: Vec<Range<usize>> = Vec::new();
    let genders = Genders::new(actors);
    // `وهو ما تنفيه كابل`: statements in relative clauses, merged at the end
    let mut relatives: Vec<Found> = Vec::new();
    // the quote marks of the text before `marked` (from the first sentence
    // with a verb on)
    let (mut marks, mut marked) = (Vec::with_capacity(text.len() / 64), 0);
    // where the last sentence's words ended in `doc.tokens`
    let mut words_end = 0;
    for (si, sent) in doc.sentences.iter().enumerate() {
        if sent.range.start < covered_until && sent.range.end <= covered_until {
            continue;
        }
        let sr = sent.range.clone();
        hits.clear();
        let (w_from, w_to) = sentence_words(doc, sr.clone(), words_end);
        words_end = w_to;
        let words = &doc.tokens[w_from..w_to];
        verb_forms_in(doc, sr.clone(), words, &mut hits);
        relative_statements(doc, actors, sr.clone(), words, &mut relatives);
        hits.retain(|(r, _)| r.start >= covered_until);
        // most sentences report nothing: their quotes need no pairing
        if hits.is_empty() {
            continue;
        }
        // the sentence alone first: most pair their quotes within it, and
        // quotes after it matter only to a sentence ending with `:`
        let from = marked.max(sr.start);
        if from < sr.end {
            quote_marks_of(doc, from..sr.end, &mut marks);
            marked = sr.end;
        }
        let alone = pair_quotes_into(text, sr.clone(), &marks, &mut qs) && !text[sr.clone()].trim_end().ends_with(':');
        if !alone {
            // the stretch quotes may run over: this sentence and up to three lines after
            let reach = doc
                .sentences
                .get(si..)
                .into_iter()
                .flatten()
                .take(12)
                .filter(|s| s.line <= sent.line + 3)
                .last()
                .map_or(sr.end, |s| s.range.end);
            // marks before this sentence are never asked for again
            let from = marked.max(sr.start);
            if from < reach {
                quote_marks_of(doc, from..reach, &mut marks);
                marked = reach;
            }
            let _ = pair_quotes_into(text, sr.start..reach, &marks, &mut qs);
        }
        cues.clear();
        cues.extend(hits.drain(..).filter(|(r, _)| !qs.iter().any(|q| q.start < r.start && r.start < q.end)).map(
            |(r, p)| {
                let verb = t.verb_text[p].as_str();
                let initial = clause_initial(doc, actors, sr.start, &r, verb);
                let word_start = doc_word_start(text, r.start);
                Cue { range: r, word_start, kind: t.verb_kind[p], verb, pat: p, initial }
            },
        ));
        if cues.is_empty() {
            continue;
        }
        let first_in_sentence = out.len();
        // `… على لسان X`: X speaks for the whole sentence
        let lisan = lisan_in(doc, sr.clone(), words)
            .and_then(|i| actors.within(i..sr.end).first().map(|m| (m.actor, m.range.end)));
        let sentence = Sentence {
            range: sr.clone(),
            quotes: &qs,
            lisan,
            spoken: std::cell::Cell::new(false),
            words: sentence_words_of(doc, sr.clone(), w_from, w_to),
        };
        for (ci, cue) in cues.iter().enumerate() {
            if cue.range.start < covered_until {
                continue;
            }
            // (a clause opened by `قبل أن` starts at `قبل`)
            let next_cue = cues[ci + 1..].iter().find(|c| c.initial).map_or(sr.end, |c| {
                if before_after_an(doc, sr.start, c.word_start) {
                    Words::before(doc, sr.start, c.word_start, 2).first().map_or(c.word_start, |w| w.start)
                } else {
                    c.word_start
                }
            });
            let Some(found) = statement(doc, actors, &genders, cue, &sentence, next_cue, &mut last_speaker) else {
                continue;
            };
            // `وأوضح البيان أن بيجون أعرب عن قلق…`: a verb inside the reported
            // clause of the previous statement is that statement's content
            if let Some(prev) = out[first_in_sentence..].last_mut() {
                // `صرح … قائلا إن …`: قائلا introduces the words of a verb of
                // saying before it; after another act with its own object
                // (`نفت … استهداف المدنيين، قائلة إن …`) it says more
                let saying = matches!(cue.verb, "قايلا" | "قايله" | "قايلين") && prev.item.kind == Assertion;
                let embedded = saying
                    || !cue.participle()
                        && prev.item.mode == Mode::Indirect
                        && prev.content.start < cue.range.start
                        && cue.range.start <= prev.content.end + 2
                        && Words::after(doc, prev.content.start, cue.range.start).len() <= 3;
                if embedded {
                    if saying {
                        prev.item.mode = found.item.mode;
                        prev.content.start = found.content.start;
                    }
                    prev.item.kind = if saying { prev.item.kind } else { found.item.kind };
                    prev.item.text = found.item.text;
                    prev.item.span.end = found.item.span.end;
                    prev.content.end = found.content.end;
                    prev.range.end = found.range.end;
                    covered_until = covered_until.max(found.content.end);
                    continue;
                }
            }
            covered_until = covered_until.max(found.content.end);
            sentence.spoken.set(true);
            let mut found = found;
            if let Some(body) = body_of_state(doc, actors, &mut found) {
                last_speaker = Some(body);
            }
            out.push(found);
        }
    }
    for r in relatives {
        // after the statements that start before it, in text order
        let at = out.iter().rposition(|f| f.range.start <= r.range.start).map_or(0, |i| i + 1);
        out.insert(at, r);
    }
    out
}

/// `دعا المغرب، في بيان لوزارة الخارجية، إلى …`: a state that speaks in a
/// statement of one of its own bodies speaks through that body, which is
/// returned.
fn body_of_state(doc: &Doc, actors: &Actors, found: &mut Found) -> Option<usize> {
    let text = doc.text();
    let state = actors.by_id(&found.item.speaker)?;
    if actors.list[state].kind != ActorKind::State {
        return None;
    }
    let lead = found.range.start..found.content.start.max(found.range.start);
    for m in actors.within(lead) {
        let rec = &actors.list[m.actor];
        if rec.kind != ActorKind::Institution || rec.affiliation.as_deref() != Some(found.item.speaker.as_str()) {
            continue;
        }
        // folded: `بيان ل`, `بيان لـ`, `بيان صادر عن`
        let before = text[..m.range.start].trim_end_matches(['ـ', ' ']);
        if ["بيان ل", "بيان صادر عن", "بيان عن"].iter().any(|p| before.ends_with(p)) {
            found.item.speaker = rec.id.clone();
            return Some(m.actor);
        }
    }
    None
}

/// Words that open a relative clause whose verb reports what was said of
/// the clause before (`وهو ما تنفيه كابل`, `التي تتهمها كينشاسا بدعم …`).
const RELATIVES: &[&str] = &["ما", "التي", "الذي"];

/// Verbs whose object is a person, seen with the object's pronoun glued on
/// (folded): `دعاهم`, `حثها`, `اتهمه`, `حذرهم`, `وصفته`, `طالبها`, `ناشدهم`.
const OBJECT_TAKERS: &[&str] =
    &["دعا", "دعت", "حث", "حثت", "طالب", "طالبت", "ناشد", "ناشدت", "اتهم", "اتهمت", "حذر", "حذرت", "وصف", "وصفت"];

/// Object pronouns a verb of a relative clause carries (folded).
const OBJECT_SUFFIXES: &[&str] = &["هما", "ها", "هم", "ه"];

/// Statements in relative clauses of a sentence: a reporting verb that
/// carries an object pronoun right after `ما`/`التي`/`الذي`, with its
/// subject named right after it. What was said is the clause before the
/// relative word (from the last comma): `… بدعم الحركة، وهو ما تنفيه
/// كيغالي` is Kigali's denial of the support.
fn relative_statements(doc: &Doc, actors: &Actors, sr: Range<usize>, words: &[Range<usize>], out: &mut Vec<Found>) {
    let t = &*TABLES;
    let text = doc.text();
    let bytes = text.as_bytes();
    for (k, w) in words.iter().enumerate().skip(1) {
        // a pronoun's ه (D9 87) ends the word or stands before its last
        // one or two letters: most words are ruled out by a few bytes
        let Some(b) = bytes.get(w.clone()) else { continue };
        let n = b.len();
        let heh = |at: usize| n >= at && b[n - at] == 0xD9 && b[n - at + 1] == 0x87;
        if n < 8 || !(heh(2) || heh(4) || heh(6)) {
            continue;
        }
        // one space between the relative and its verb
        let rel = &words[k - 1];
        if w.start != rel.end + 1 || bytes.get(rel.end) != Some(&b' ') {
            continue;
        }
        // the bytes of ما, التي and الذي (see RELATIVES)
        let relative = matches!(
            bytes.get(rel.clone()),
            Some([0xD9, 0x85, 0xD8, 0xA7] | [0xD8, 0xA7, 0xD9, 0x84, 0xD8, 0xAA | 0xB0, 0xD9, 0x8A])
        );
        if !relative {
            continue;
        }
        debug_assert!(RELATIVES.contains(&&text[rel.clone()]));
        let word = &text[w.clone()];
        let Some(stem) = OBJECT_SUFFIXES.iter().find_map(|s| word.strip_suffix(s)) else { continue };
        // `نفاه`: the verb's final ى is written ا before a pronoun
        let verb = t.verb_index.get(stem).copied().or_else(|| {
            let alef = stem.strip_suffix('ا')?;
            t.verb_index.get(format!("{alef}ي").as_str()).copied()
        });
        let Some(pat) = verb else { continue };
        let v = t.verb_text[pat].as_str();
        // a participle has no subject of its own
        if v.starts_with('م') {
            continue;
        }
        // `وهو ما`/`الأمر الذي` + any verb refers back to a clause; a bare
        // `ما` is `وفق ما أعلنته X` (an attribution), and `الذي`/`التي`
        // after a noun (`وقف إطلاق النار الذي أعلنته روسيا`) name the thing
        // announced, which only a denial or an accusation speaks of
        let lead_word = words[..k - 1].last().map(|p| &text[p.clone()]);
        let clause_lead = matches!(lead_word, Some("وهو" | "وهي" | "وهذا" | "وذلك" | "الامر"));
        let pronoun_kind = matches!(t.verb_kind[pat], Denial | Accusation);
        if !(clause_lead || &text[rel.clone()] != "ما" && pronoun_kind) {
            continue;
        }
        // the subject, named right after the verb, or `الأخير`/`الأخيرة`
        // (the latter): the last body named before the relative
        let named = actors.within(w.end..sr.end).first().filter(|m| text[w.end..m.range.start].trim().is_empty());
        let latter = || {
            let next = words.get(k + 1).filter(|n| n.start == w.end + 1)?;
            matches!(&text[next.clone()], "الاخير" | "الاخيره")
                .then(|| actors.within(sr.start..rel.start).last().map(|m| (m, next.end)))
                .flatten()
        };
        let Some((m, subject_end)) = named.map(|m| (m, m.range.end)).or_else(latter) else {
            continue;
        };
        // `وهو ما`, `الأمر الذي`: the relative's own words are no content;
        // what was said is the clause before, back to the comma before it
        let mut head = text[sr.start..rel.start].trim_end();
        for lead in ["وهو", "وهي", "الامر", "وذلك", "هو", "وهذا"] {
            if let Some(h) = head.strip_suffix(lead).filter(|h| h.ends_with(' ') || h.ends_with('،')) {
                head = h.trim_end();
                break;
            }
        }
        let head = head.trim_end_matches(['،', ',', ' ']);
        let from = head.rfind(['،', ',']).map_or(0, |c| c + head[c..].chars().next().map_or(1, char::len_utf8));
        let content = {
            let c = &head[from..];
            let start = sr.start + from + (c.len() - c.trim_start().len());
            start..start + c.trim().len()
        };
        if content.is_empty() {
            continue;
        }
        let speaker = actors.id(m.actor).to_string();
        let targets = actors
            .within(content.clone())
            .iter()
            .filter(|x| x.actor != m.actor && x.form != MentionForm::Capital)
            .map(|x| actors.id(x.actor).to_string())
            .fold(Vec::new(), |mut v: Vec<String>, id| {
                if !v.contains(&id) {
                    v.push(id);
                }
                v
            });
        // the words that state it: the relative phrase and its subject
        let lead = words[..k - 1]
            .last()
            .filter(|p| matches!(&text[(*p).clone()], "وهو" | "وهي" | "الامر" | "وذلك" | "وهذا"))
            .map_or(rel.start, |p| p.start);
        let s = doc.span(content.clone());
        let item = Statement {
            speaker,
            kind: t.verb_kind[pat],
            mode: Mode::Indirect,
            text: doc.input[s.start..s.end].trim().to_string(),
            targets,
            date: None,
            span: doc.span(lead..subject_end),
        };
        out.push(Found { item, range: lead..subject_end, content });
    }
}

/// Words before a verb that still let it open its clause.
const BEFORE_VERB: &[&str] = &[
    "فيما",
    "حيث",
    "كما",
    "بينما",
    "ثم",
    "الذي",
    "التي",
    "الذين",
    "وقد",
    "قد",
    "كذلك",
    "أيضا",
    "وهو",
    "وهي",
    "بدوره",
    "بدورها",
    "جهته",
    "جهتها",
    "جانبه",
    "جانبها",
    "المقابل",
    "كان",
    "كانت",
    "وكان",
    "وكانت",
    "سبق",
    "إذ",
    "اذ",
];

static BEFORE_VERB_FOLDED: LazyLock<WordSet> = LazyLock::new(|| word_set(BEFORE_VERB));

/// Does the verb at `r` open a clause: a clitic و/ف, punctuation or the
/// sentence start before it, a participle, a subject just before it, or an
/// opening word like `فيما`، `حيث`، `الذي`?
fn clause_initial(doc: &Doc, actors: &Actors, sent_start: usize, r: &Range<usize>, verb: &str) -> bool {
    let text = doc.text();
    let before = &text[sent_start..r.start];
    if before.ends_with(['و', 'ف'])
        || verb.starts_with('م')
        || matches!(verb, "قايلا" | "داعيا" | "نافيا" | "لافتا" | "واصفا" | "واصفه")
    {
        return true;
    }
    let trimmed = before.trim_end();
    let Some(last) = trimmed.chars().next_back() else {
        return true;
    };
    if !is_letter(last) {
        return true;
    }
    let prev = Words::before(doc, sent_start, trimmed.len() + sent_start, 1);
    let Some(w) = prev.first() else {
        return true;
    };
    if before_after_an(doc, sent_start, r.start) {
        return true;
    }
    // a subject just before, unless it is the subject of reported words (`أن X تدعو`)
    let svo = actors.within(sent_start..r.start).last().filter(|m| m.range.end == w.end).is_some_and(|m| {
        Words::before(doc, sent_start, m.range.start, 1).first().is_none_or(|b| !is_complementizer(&text[b.clone()]))
    });
    BEFORE_VERB_FOLDED.contains(&text[w]) || svo
}

/// The reporting verbs of a sentence, in order: each a whole word, or a word
/// after one clitic و/ف, looked up by word. `جدد التأكيد` and the like are
/// tried first, and a word they start but do not end (`جدد التأكيدات`) is no
/// verb: what the longest form at a word allows.
#[cfg(test)]
fn verb_forms(doc: &Doc, sr: Range<usize>, out: &mut Vec<(Range<usize>, usize)>) {
    verb_forms_in(doc, sr.clone(), doc.words(sr), out);
}

/// [`verb_forms`], given the sentence's words ([`Doc::words`] of `sr`).
fn verb_forms_in(doc: &Doc, sr: Range<usize>, words: &[Range<usize>], out: &mut Vec<(Range<usize>, usize)>) {
    let t = &*TABLES;
    let text = doc.text();
    let bytes = text.as_bytes();
    // the shape test reads bytes, so most words are ruled out before any
    // string is sliced (and its char boundaries checked) or hashed
    let lookup = |from: usize, to: usize| match bytes.get(from..to) {
        Some(b) if t.verb_shapes.may_hold_bytes(b) => text.get(from..to).and_then(|w| t.verb_index.get(w).copied()),
        _ => None,
    };
    for w in words {
        if !bytes.get(w.clone()).is_none_or(|b| t.verb_tails.may_end(b)) {
            continue;
        }
        let clitic =
            w.len() > 2 && bytes.get(w.start) == Some(&0xD9) && matches!(bytes.get(w.start + 1), Some(0x88 | 0x81));
        let found = match lookup(w.start, w.end) {
            Some(k) => Some((0, k)),
            // one clitic و (D9 88) or ف (D9 81) before the verb
            None if clitic => lookup(w.start + 2, w.end).map(|k| (2, k)),
            None => None,
        };
        // `ودعاهم إلى`, `واتهمها بـ`, `ووصفته بأنه`: a verb that takes a
        // person as its object, with the object's pronoun glued on
        let found = found.or_else(|| {
            let suffix = OBJECT_SUFFIXES.iter().find(|s| text[w.clone()].ends_with(*s))?;
            let end = w.end - suffix.len();
            let leads: &[usize] = if clitic { &[0, 2] } else { &[0] };
            leads.iter().find_map(|&lead| {
                let k = lookup(w.start + lead, end)?;
                OBJECT_TAKERS.contains(&t.verb_text[k].as_str()).then_some((lead, k))
            })
        });
        let Some((lead, k)) = found else { continue };
        let start = w.start + lead;
        let stem = &text[start..w.end];
        // every multi-word form starts with a one-word form
        let phrase = t
            .verb_phrases
            .iter()
            .find(|(first, rest, _)| stem == first && text[w.end..sr.end].starts_with(rest.as_str()));
        match phrase {
            Some((_, rest, k)) => {
                let end = w.end + rest.len();
                if !text[end..].starts_with(is_letter) {
                    out.push((start..end, *k));
                }
            }
            None => out.push((start..w.end, k)),
        }
    }
}

/// A quick no for a word and the same word behind a two-byte clitic at
/// once: the table's words by their last two letters (the last byte and
/// the third from the end: an Arabic letter's second byte), a bit per byte
/// length each comes in.
struct Tails {
    lens: Vec<u32>,
    /// Some word of the table has fewer than three bytes (no such tail).
    short: bool,
}

impl Default for Tails {
    fn default() -> Self {
        Tails { lens: vec![0; 1 << 12], short: false }
    }
}

impl Tails {
    #[inline]
    fn key(w: &[u8]) -> usize {
        match w {
            [.., a, _, b] => usize::from(a & 0x3F) << 6 | usize::from(b & 0x3F),
            _ => 0,
        }
    }

    fn add(&mut self, w: &str) {
        let b = w.as_bytes();
        if b.len() < 3 {
            self.short = true;
        } else if let Some(l) = self.lens.get_mut(Self::key(b)) {
            *l |= 1 << b.len().min(31);
        }
    }

    /// Could `w` be a word of the table? A `false` is sure.
    #[inline]
    fn may_be(&self, w: &[u8]) -> bool {
        let n = w.len();
        if !(3..32).contains(&n) {
            return n >= 32 || self.short;
        }
        self.lens.get(Self::key(w)).is_none_or(|&l| l & 1 << n != 0)
    }

    /// Could a word of the table be `w`, or `w` without its first two
    /// bytes? A `false` is sure.
    #[inline]
    fn may_end(&self, w: &[u8]) -> bool {
        let n = w.len();
        if n >= 32 || n < 5 && self.short {
            return true;
        }
        if n < 3 {
            return false;
        }
        // the word's length and the length behind a clitic, as bits; a
        // length under three bytes is no bit of the table
        let whole = 1u32 << n;
        self.lens.get(Self::key(w)).is_none_or(|&l| l & (whole | whole >> 2) != 0)
    }
}

/// A quick no for most words before a word table is asked: one bit per
/// hash of a word's shape (its length, first two and last four bytes), set
/// for every word of the table. Any word maps somewhere, so this filters,
/// never decides.
struct Shapes(Vec<u64>);

impl Default for Shapes {
    fn default() -> Self {
        Shapes(vec![0; 1 << (Self::BITS - 6)])
    }
}

impl Shapes {
    const BITS: u32 = 16;

    fn shape(w: &str) -> usize {
        Self::shape_bytes(w.as_bytes())
    }

    #[inline]
    fn shape_bytes(b: &[u8]) -> usize {
        let key = match (b.first_chunk::<2>(), b.last_chunk::<4>()) {
            (Some(&h), Some(&t)) => {
                (b.len() as u64) << 48 | u64::from(u16::from_le_bytes(h)) << 32 | u64::from(u32::from_le_bytes(t))
            }
            // a word shorter than four bytes hashes all of them
            _ => b.iter().fold(b.len() as u64, |k, &x| k << 8 | u64::from(x)),
        };
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - Self::BITS)) as usize
    }

    fn add(&mut self, w: &str) {
        let t = Self::shape(w);
        self.0[t / 64] |= 1 << (t % 64);
    }

    fn may_hold(&self, w: &str) -> bool {
        self.may_hold_bytes(w.as_bytes())
    }

    #[inline]
    fn may_hold_bytes(&self, w: &[u8]) -> bool {
        let t = Self::shape_bytes(w);
        self.0.get(t / 64).is_some_and(|b| b >> (t % 64) & 1 == 1)
    }
}

#[cfg(test)]
fn word_bounded(text: &str, r: Range<usize>) -> bool {
    let before = text[..r.start].chars().next_back();
    let after = text[r.end..].chars().next();
    let start_ok = match before {
        None => true,
        Some(c) if !is_letter(c) => true,
        Some('و' | 'ف') => text[..r.start].chars().nth_back(1).is_none_or(|c| !is_letter(c)),
        _ => false,
    };
    start_ok && after.is_none_or(|c| !is_letter(c))
}

/// Does a folded word match a table entry, with clitics or `ال` dropped?
fn in_list(word: &str, list: &WordSet) -> bool {
    stems(word).any(|s| list.contains(s) || s.strip_prefix("ال").is_some_and(|b| list.contains(b)))
}

/// Words that end a subject phrase: the reported clause begins.
fn opens_content(word: &str) -> bool {
    matches!(
        word,
        "ان" | "انه"
            | "انها"
            | "انهم"
            | "انهما"
            | "بان"
            | "بانه"
            | "بانها"
            | "بانهم"
            | "قايلا"
            | "قايله"
    )
}

/// The subject after a verb: the first mention within a few words, skipping
/// commas and day words. A title (`المتحدث باسم الجيش العميد X`، `رئيس حكومة
/// الوحدة X`, `مسؤول … في الاتحاد الأوروبي X`) reads on to the named person
/// in it; without one, the body the title names speaks, and a title with no
/// body is an unnamed source. `Err(())` when an unnamed source or, after a
/// verb of saying (`saying`), another definite noun stands there: someone
/// the text does not name speaks.
fn subject_after(
    doc: &Doc,
    actors: &Actors,
    from: usize,
    limit: usize,
    saying: bool,
) -> Result<Option<(usize, usize)>, ()> {
    let t = &*TABLES;
    let text = doc.text();
    let ws = Words::after_upto(doc, from, limit, 14);
    // what opened the subject phrase: a title, an unnamed noun, the statement itself
    let (mut titled, mut unnamed, mut itself) = (false, false, false);
    let mut fallback: Option<(usize, usize)> = None;
    let mut head_words = 0;
    let mut prev_end = from;
    let mut skip_to = 0;
    // the word before was a mention (its closing quote may follow)
    let mut after_mention = false;
    // the word before was a class noun (`وكالة`, `منظمة`)
    let mut class_noun = false;
    for w in ws.iter() {
        if w.start < skip_to {
            continue;
        }
        let reading_on = titled || unnamed || itself;
        if reading_on {
            let gap = &text[prev_end..w.start];
            // a body's name in quotes inside a title (`زعيم تحالف "X" Y`)
            // is read on; other words in quotes are what was said
            let quoted_name = || {
                gap.chars().all(|c| matches!(c, ' ' | '"' | '«' | '»'))
                    && (after_mention
                        || actors.within(w.clone()).first().is_some_and(|m| {
                            m.range.start >= w.start
                                && text[m.range.end..].trim_start_matches(' ').starts_with(['"', '»'])
                        }))
            };
            // most gaps are one space, which holds none of these marks
            if head_words >= 9
                || gap != " "
                    && (gap.contains(['،', ',', ':', '.', '(', '\n'])
                        || gap.contains(['"', '«', '»']) && !quoted_name())
            {
                // `قال رئيس المجلس، الجنرال X، إن`: a title set off by a
                // comma from the person who holds it
                if matches!(gap.trim(), "،" | ",") {
                    if let Some(p) = apposed_person(doc, actors, w.start, limit) {
                        return Ok(Some(p));
                    }
                }
                break;
            }
        }
        after_mention = false;
        // nothing but spaces since the verb or the word before (no `:` or quote)
        let joined = text[prev_end..w.start].trim().is_empty();
        prev_end = w.end;
        let word = &text[w.clone()];
        if let Some(m) = actors.within(w.start..w.end).first().filter(|m| m.range.start >= w.start) {
            let rec = &actors.list[m.actor];
            let named_person = rec.kind == ActorKind::Person && m.form != MentionForm::Role;
            if named_person {
                return Ok(Some((m.actor, m.range.end)));
            }
            if !reading_on && m.form != MentionForm::Role {
                return Ok(Some((m.actor, m.range.end)));
            }
            // a body inside a title, or a title that names its person by office alone
            if fallback.is_none() && !unnamed {
                fallback = Some((m.actor, m.range.end));
            }
            titled |= !reading_on;
            head_words += 1;
            skip_to = m.range.end;
            prev_end = m.range.end;
            after_mention = true;
            continue;
        }
        if reading_on {
            if opens_content(word) || fallback.is_some() && crate::actors::title_word(word) {
                break;
            }
            head_words += 1;
            continue;
        }
        // `وأضاف: "الحصيلة …"`: a colon or a quote mark opens the words said,
        // which name no subject
        if !joined && text[..w.start].trim_end_matches(' ').ends_with([':', '"', '«', '»']) {
            break;
        }
        // `منظمة «أطباء بلا حدود»`, `حركة حماس`: a class noun before the name
        if !reading_on && ORG_NOUNS.contains(&word) {
            class_noun = true;
            continue;
        }
        // `وأفادت وكالة لوسا`: a body the report does not know has spoken,
        // not the last speaker
        if class_noun {
            return Err(());
        }
        if in_list(word, &t.unnamed) {
            unnamed = true;
        } else if in_list(word, &t.self_subjects) {
            itself = true;
        } else if titled_word(word) {
            titled = true;
        } else if stems(word).any(|s| t.skippable.contains(s)) {
            continue;
        } else if saying && word.starts_with("ال") && word.chars().count() > 3 {
            return Err(());
        } else {
            // `أكد مبونيمبا أن`: a bare name the report does not know speaks,
            // not the last speaker (`وأضاف لاحقا أن`: an adverb)
            let then = ws.iter().find(|n| n.start >= w.end).map(|n| &text[n.clone()]);
            let gap_plain = text.get(w.end..w.end + 1) == Some(" ");
            let name_like = !word.starts_with("ال")
                && !word.ends_with('ه')
                && !word.ends_with("يا")
                && !t.adverbs.contains(word)
                && word.chars().count() >= 4
                && word.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c));
            if name_like && joined && gap_plain && then.is_some_and(is_complementizer) {
                return Err(());
            }
            return Ok(None);
        }
    }
    match fallback {
        Some(f) => Ok(Some(f)),
        None if unnamed => Err(()),
        // `وقال الوزير:` is the last speaker; `قال رئيس البلدية` someone unnamed
        None if titled && head_words > 0 && !itself => Err(()),
        None => Ok(None),
    }
}

/// Function words that open a circumstance, not an apposition (`، في بيان،`,
/// `، خلال لقائه مع X،`), folded.
const CIRCUMSTANCE_OPENERS: &[&str] =
    &["في", "مع", "خلال", "امام", "عبر", "عن", "علي", "الي", "بعد", "قبل", "حسب", "وفق", "من", "لدي", "عقب"];

/// The person named in an apposition that starts at `from`, right after the
/// comma that closes a title (`رئيس المجلس، الجنرال X، إن`): a named person,
/// after at most five words of title, with a comma, a colon or the reported
/// clause after it. A circumstance (`، في لقاء مع X،`) names no speaker.
fn apposed_person(doc: &Doc, actors: &Actors, from: usize, limit: usize) -> Option<(usize, usize)> {
    let text = doc.text();
    let ws = Words::after_upto(doc, from, limit, 7);
    let first = ws.first()?;
    let opener = &text[first.clone()];
    if CIRCUMSTANCE_OPENERS.contains(&opener) {
        return None;
    }
    let mut prev = from;
    for (i, w) in ws.iter().enumerate() {
        // the words of a mention read already
        if w.start < prev {
            continue;
        }
        if i > 5 || !text[prev..w.start].trim_matches(' ').is_empty() {
            return None;
        }
        let word = &text[w.clone()];
        if opens_content(word) {
            return None;
        }
        if let Some(m) = actors.within(w.start..w.end).first().filter(|m| m.range.start >= w.start) {
            if actors.list[m.actor].kind == ActorKind::Person && m.form != MentionForm::Role {
                let mut rest = text[m.range.end..].trim_start_matches(' ');
                // a nickname in quotes after the name (`محمد حمدان دقلو «حميدتي»،`)
                if let Some(q) = rest.strip_prefix(['«', '"']) {
                    if let Some(close) = q.find(['»', '"']).filter(|&c| c < 40) {
                        rest = q[close..].trim_start_matches(['»', '"']).trim_start_matches(' ');
                    }
                }
                let next_word = Words::after_upto(doc, m.range.end, limit, 1).first().map(|n| &text[n.clone()]);
                let closes = rest.starts_with(['،', ',', ':']) || next_word.is_some_and(opens_content);
                return closes.then_some((m.actor, m.range.end));
            }
            prev = m.range.end;
            continue;
        }
        prev = w.end;
    }
    None
}

/// A title, also with a possessive pronoun (`ممثله`، `مبعوثها`، `وزيرهم`:
/// its representative, her envoy): the person named after it speaks.
fn titled_word(word: &str) -> bool {
    if crate::actors::title_word(word) || matches!(word, "وكيل" | "وكيله" | "الوكيل") {
        return true;
    }
    // the one pronoun the word ends with, if any
    let base = ["هما", "ها", "هم", "ه"].iter().find_map(|p| word.strip_suffix(p));
    base.is_some_and(|b| b.len() >= 6 && crate::actors::title_word(b))
}

/// Is this folded word a form of a reporting verb (`يتهم`، `قالت`، `مضيفا`)?
pub(crate) fn is_reporting_verb(word: &str) -> bool {
    TABLES.verb_index.contains_key(word)
}

/// Class nouns that stand before an organization's name (folded).
const ORG_NOUNS: &[&str] = &[
    "وزاره",
    "مديريه",
    "دايره",
    "مفوضيه",
    "منظمه",
    "حركه",
    "جماعه",
    "جمعيه",
    "هييه",
    "لجنه",
    "شبكه",
    "مركز",
    "موسسه",
    "حزب",
    "تنظيم",
    "وكاله",
    "ايتلاف",
    "تحالف",
];

/// A short quote that names something rather than quoting words: an outlet
/// after `لـ` (`لـ«القدس العربي»`), or a name before the reported clause
/// (`منظمة «أطباء بلا حدود» إن …`).
fn names_a_thing(doc: &Doc, q: &Range<usize>) -> bool {
    let text = doc.text();
    if Words::after_upto(doc, q.start, q.end, 5).len() > 4 {
        return false;
    }
    let before = text[..q.start].trim_end_matches(' ');
    let dative = before.ends_with('ل') && before[..before.len() - 'ل'.len_utf8()].ends_with([' ', '\n'])
        || before.ends_with(" ل");
    let after = text[q.end..].trim_start_matches(' ');
    let complement = ["ان ", "انه ", "انها ", "بان "].iter().any(|c| after.starts_with(c));
    dative || complement
}

/// The grammatical gender of a reporting verb's subject, where the form
/// shows it: `قالت`، `تقول`، `مضيفة` feminine; `قال`، `يقول`، `مضيفا` masculine;
/// duals and plurals say nothing here.
fn verb_feminine(verb: &str) -> Option<bool> {
    let n = verb.chars().count();
    if verb.ends_with("وا")
        || (verb.ends_with('ا')
            && !verb.starts_with('م')
            && n > 3
            && !matches!(verb, "دعا" | "قايلا" | "داعيا" | "نافيا" | "لافتا"))
        || verb.ends_with("تا")
        || verb.ends_with("ون")
        || verb.ends_with("ين")
    {
        return None;
    }
    if verb.starts_with('م')
        || matches!(verb, "قايلا" | "قايله" | "داعيا" | "داعيه" | "نافيا" | "نافيه" | "لافتا" | "لافته")
    {
        return Some(verb.ends_with('ه'));
    }
    // `تقول`, `تتهم`: she; but a past tense of form V (`توعد`, `تعهد`,
    // `تابع`) also opens with ت, and the table lists its feminine with ت
    // at the end
    if verb.starts_with('ت') && n >= 4 {
        let mut past_feminine = String::with_capacity(verb.len() + 2);
        past_feminine.push_str(verb);
        past_feminine.push('ت');
        return Some(!is_reporting_verb(&past_feminine));
    }
    if verb.starts_with('ي') && n >= 4 {
        return Some(false);
    }
    Some(verb.ends_with('ت') && verb != "لفت")
}

/// States whose names take a masculine verb (`أعلن العراق`).
const MASCULINE_STATES: &[&str] = &["IRQ", "SDN", "YEM", "LBN", "JOR", "MAR", "KWT", "BHR", "SOM", "SSD", "VAT"];

/// The grammatical gender an actor takes, where its name or title shows it:
/// a state is feminine unless its name is masculine; a person by their title
/// (`المتحدثة`، `وزيرة`); a body by its head noun (`وزارة`، `القوات` feminine,
/// `الجيش`، `مجلس` masculine).
/// [`actor_feminine`] of each actor of a document, worked out (and its name
/// folded) once however many verbs ask.
struct Genders(Vec<std::cell::OnceCell<Option<bool>>>);

impl Genders {
    fn new(actors: &Actors) -> Self {
        Genders(vec![std::cell::OnceCell::new(); actors.list.len()])
    }

    fn of(&self, actors: &Actors, a: usize) -> Option<bool> {
        match self.0.get(a) {
            Some(cell) => *cell.get_or_init(|| actor_feminine(actors, a)),
            None => actor_feminine(actors, a),
        }
    }
}

thread_local! {
    /// The gender of a name or title by its first word ([`actor_feminine`]).
    static HEAD_GENDERS: std::cell::RefCell<crate::text::WordMap<Option<bool>>> =
        std::cell::RefCell::new(crate::text::WordMap::default());
}

fn actor_feminine(actors: &Actors, a: usize) -> Option<bool> {
    let rec = &actors.list[a];
    let head = |s: &str| -> Option<bool> {
        let ends = |w: &str| w.ends_with('ه') || w.ends_with("ات");
        // folding goes letter by letter, so the first word folded alone is
        // the first word of the whole folded, unless folding makes it empty
        // or puts a space in it
        let first = fold(s.split(' ').next().unwrap_or(""));
        if !first.is_empty() && !first.contains(char::is_whitespace) {
            return Some(ends(&first));
        }
        let f = fold(s);
        let w = f.split_whitespace().next()?;
        Some(ends(w))
    };
    // the same names and titles come back article after article: each is
    // folded once per thread, not once per article
    let cached = |s: &str| -> Option<bool> {
        HEAD_GENDERS.with_borrow_mut(|m| {
            if let Some(&g) = m.get(s) {
                return g;
            }
            if m.len() >= 1 << 14 {
                m.clear();
            }
            let g = head(s);
            m.insert(s.to_string(), g);
            g
        })
    };
    match rec.kind {
        ActorKind::State => Some(!MASCULINE_STATES.contains(&rec.id.as_str())),
        ActorKind::Person => rec.role.as_deref().and_then(cached),
        ActorKind::Institution => cached(&rec.name),
        // broken plurals (`الأمم المتحدة`) hide an organization's gender
        ActorKind::Organization | ActorKind::Group => None,
    }
}

/// Words that open a sentence but are no verb: a clause they open names no
/// subject of its own for a later `وقال` (folded).
const NOT_VERBS: &[&str] = &[
    "في",
    "من",
    "علي",
    "الي",
    "عن",
    "مع",
    "بعد",
    "قبل",
    "منذ",
    "خلال",
    "حتي",
    "عند",
    "لدي",
    "ان",
    "لكن",
    "كما",
    "فيما",
    "بينما",
    "حيث",
    "اذ",
    "ثم",
    "او",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "وفق",
    "وفقا",
    "بحسب",
    "حسب",
    "اثر",
    "عقب",
    "رغم",
    "بين",
    "امام",
    "نحو",
    "ضد",
    "غير",
    "الا",
    "بيد",
    "لم",
    "لن",
    "لا",
    "ما",
    "قد",
    "كل",
    "جميع",
    "بعض",
    "قرب",
    "داخل",
    "خارج",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "وسط",
    "لدي",
    "عبر",
    "اليوم",
    "امس",
    "بدوره",
    "بدورها",
    "جهته",
    "جهتها",
    "جانبه",
    "جانبها",
    "كذلك",
    "ايضا",
    "وسط",
    "انه",
    "انها",
    "بان",
    "لان",
    "لذلك",
    "اذا",
    "لو",
    "منها",
    "منه",
    "فيها",
    "فيه",
    "عليه",
    "عليها",
];

static NOT_VERBS_SET: LazyLock<WordSet> = LazyLock::new(|| NOT_VERBS.iter().map(|w| (*w).to_string()).collect());

/// The subject of the clause that opens the sentence, for a verb after a
/// comma with no subject of its own: `وتبنى زعيم الجماعة X الهجوم، وقال …`،
/// `وتفقد X الجبهة، مؤكدا …`، `أما X فرفض …، وقال …`. The clause must open
/// with a word that may be a verb (no particle, article, noun of place or
/// reporting verb: those leave the last speaker) and name its subject right
/// after it; a sentence opening with a phrase (`وفي نيويورك،`) is read from
/// its first comma.
/// With the actor, `Some(true)` when the words naming it are feminine.
fn clause_subject(doc: &Doc, actors: &Actors, sent_start: usize, verb: usize) -> Option<(usize, Option<bool>)> {
    let text = doc.text();
    let head = text.get(sent_start..verb)?;
    if !head.contains(['،', ',']) {
        return None;
    }
    let bare = |w: Range<usize>| -> &str {
        let w = &text[w];
        w.strip_prefix('و').filter(|b| b.chars().count() >= 2).unwrap_or(w)
    };
    let mut first = Words::after(doc, sent_start, verb).first()?;
    // a sentence that opens with no verb may open with its subject
    if !verb_like_word(doc, actors, first.clone()) {
        if let Some(found) = topic_subject(doc, actors, sent_start, verb) {
            return Some(found);
        }
    }
    if NOT_VERBS_SET.contains(bare(first.clone())) {
        // `وفي نيويورك، أعرب …`: the clause after the opening phrase
        let comma = text[first.end..verb].find(['،', ',']).map(|i| first.end + i)?;
        first = Words::after(doc, comma, verb).first()?;
    }
    let word = bare(first.clone());
    if word == "اما" {
        // `أما X فـ…`: the name between them is the subject
        let (a, end) = subject_after(doc, actors, first.end, verb, false).ok()??;
        let next = Words::after(doc, end, verb).first()?;
        return text[next].starts_with('ف').then_some((a, None));
    }
    let bare_verb = word.strip_prefix('ف').filter(|b| b.chars().count() >= 3).unwrap_or(word);
    let n = bare_verb.chars().count();
    // no article, no noun of place or participle (`مقتل`، `مصرع`), no
    // feminine or plural noun ending, no digits
    let noun_like = bare_verb.starts_with("ال")
        || bare_verb.starts_with('م') && n >= 4
        || bare_verb.ends_with('ه')
        || bare_verb.ends_with("ات")
        || bare_verb.chars().any(|c| c.is_ascii_digit());
    let verb_like = (2..=8).contains(&n)
        && !noun_like
        && !NOT_VERBS_SET.contains(bare_verb)
        && !titled_word(bare_verb)
        && !stems(&text[first.clone()]).any(is_reporting_verb)
        && actors.within(first.clone()).is_empty();
    if !verb_like {
        return None;
    }
    // a passive verb (`قُتل X`) names what befell X, not what X did
    let span = doc.span(first.clone());
    let orig = doc.input.get(span.start..span.end).unwrap_or("");
    if orig.chars().any(|c| c == '\u{064F}') {
        return None;
    }
    let (a, _) = subject_after(doc, actors, first.end, verb, false).ok()??;
    // the gender the words naming it show (`الحكومة السودانية` is feminine)
    let m = actors.within(first.end..verb).iter().find(|m| m.actor == a)?;
    let w = Words::after(doc, m.range.start, m.range.end).first()?;
    let w = &text[w];
    let w = stems(w).last().unwrap_or(w);
    Some((a, (w.ends_with('ه') || w.ends_with("ات")).then_some(true)))
}

/// May this word be a verb that is no reporting verb (see [`clause_subject`])?
fn verb_like_word(doc: &Doc, actors: &Actors, w: Range<usize>) -> bool {
    let text = doc.text();
    let word = &text[w.clone()];
    let word = word.strip_prefix('و').filter(|b| b.chars().count() >= 2).unwrap_or(word);
    let bare = word.strip_prefix('ف').filter(|b| b.chars().count() >= 3).unwrap_or(word);
    let n = bare.chars().count();
    let noun_like = bare.starts_with("ال")
        || bare.starts_with('م') && n >= 4
        || bare.ends_with('ه')
        || bare.ends_with("ات")
        || bare.chars().any(|c| c.is_ascii_digit());
    (2..=8).contains(&n)
        && !noun_like
        && !NOT_VERBS_SET.contains(bare)
        && !titled_word(bare)
        && !stems(&text[w.clone()]).any(is_reporting_verb)
        && actors.within(w).is_empty()
}

/// A sentence that opens with its subject (`غير أن الرئيس X، حليف Y، شكك
/// في …، وقال …`): the subject, an apposition set off by commas, then a
/// verb that is no reporting verb; a verb of saying after a later comma
/// continues that subject.
fn topic_subject(doc: &Doc, actors: &Actors, sent_start: usize, verb: usize) -> Option<(usize, Option<bool>)> {
    let text = doc.text();
    let ws = Words::after(doc, sent_start, verb).take(3);
    let mut from = sent_start;
    if let (Some(a), Some(b)) = (ws.get(0), ws.get(1)) {
        if matches!(&text[a.clone()], "غير" | "الا" | "بيد") && &text[b.clone()] == "ان" {
            from = b.end;
        }
    }
    let (a, end) = subject_after(doc, actors, from, verb, false).ok()??;
    // the mention opens the clause: nothing but a title before it
    let m = actors.within(from..end).iter().find(|m| m.actor == a)?.range.clone();
    if text[from..m.start].contains(['،', ',', ':', '"', '«', '»']) {
        return None;
    }
    let mut at = end;
    // an apposition set off by commas
    if text[end..verb].trim_start().starts_with(['،', ',']) {
        let mut commas = text[end..verb].char_indices().filter(|(_, c)| matches!(c, '،' | ','));
        let (first, _) = commas.next()?;
        let (second, c) = commas.next()?;
        if Words::after(doc, end + first, end + second).len() > 8 {
            return None;
        }
        at = end + second + c.len_utf8();
    }
    let next = Words::after(doc, at, verb).first()?;
    if !text[at..next.start].trim_matches(|c: char| c == ' ' || c == '،' || c == ',').is_empty() {
        return None;
    }
    verb_like_word(doc, actors, next).then_some((a, None))
}

/// `…، الذي قال`: the actor named just before the relative pronoun.
fn relative_subject(text: &str, actors: &Actors, verb: usize, sent_start: usize) -> Option<usize> {
    let before = text[sent_start..verb].trim_end();
    let rest = before.strip_suffix("الذي").or_else(|| before.strip_suffix("التي"))?;
    let rest = rest.trim_end().trim_end_matches(['،', ',']).trim_end();
    let end = sent_start + rest.len();
    actors.within(sent_start..end).iter().rev().take(2).find(|m| m.range.end == end).map(|m| m.actor)
}

/// Is the verb at the start of its clause (after at most a few opening
/// words like `بدوره،` or `من جهته`)?
fn opens_clause(doc: &Doc, sent_start: usize, verb: usize) -> bool {
    let t = &*TABLES;
    let text = doc.text();
    // the last four words before the verb are all it takes to tell
    let ws = Words::before(doc, sent_start, verb, 4);
    let floor = ws.first().map_or(sent_start, |w| w.start);
    let clause = text[floor..verb]
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '،' | ',' | ':'))
        .map(|(i, c)| floor + i + c.len_utf8());
    let kept = ws.iter().filter(|w| clause.is_none_or(|c| w.start >= c));
    let n = kept.clone().count();
    let whole = clause.is_some() || n < 4;
    whole && n <= 3 && { kept }.all(|w| stems(&text[w]).any(|s| t.openers.contains(s)))
}

/// `قبل أن يحذر`, `بعد أن أعلن`: a verb right after `قبل أن`/`بعد أن` opens
/// a new clause of the same speaker.
fn before_after_an(doc: &Doc, sent_start: usize, verb: usize) -> bool {
    let text = doc.text();
    let ws = Words::before(doc, sent_start, verb, 2);
    match (ws.get(0), ws.get(1)) {
        (Some(a), Some(b)) => {
            matches!(&text[a.clone()], "قبل" | "بعد")
                && &text[b.clone()] == "ان"
                && text[b.end..verb].trim().is_empty()
                && text[a.end..b.start].trim().is_empty()
        }
        _ => false,
    }
}

/// `أكدت X تمسكها بالاتفاق ونفت أي خرق`: a verb glued to `و` after a
/// statement of its sentence whose words are a noun object, not a clause
/// (no `أن`, no quote since the last comma): the same speaker goes on.
fn coordinated(doc: &Doc, sentence: &Sentence, cue: &Cue) -> bool {
    let text = doc.text();
    if !sentence.spoken.get() || cue.word_start + 2 != cue.range.start || !text[..cue.range.start].ends_with('و') {
        return false;
    }
    let lo = sentence.range.start;
    let from = text[lo..cue.word_start].rfind(['،', ',']).map_or(lo, |i| lo + i);
    !text[from..cue.word_start].contains(['"', '«', '»', ':'])
        // nor a relative clause, whose own subject spoke (`وهو ما نفته X وطالبت`);
        // `أمل في أن`, `رغبة في أن` open a noun's complement, not words said
        && !Words::after(doc, from, cue.word_start).iter().any(|w| {
            let word = &text[w.clone()];
            let after_fi = text[..w.start].trim_end().ends_with(" في");
            is_complementizer(word) && !after_fi || RELATIVES.contains(&word)
        })
}

/// The subject right before a verb (`لافروف قال`، `وزارة الدفاع كانت قد
/// أعلنت`، `زعيم التيار الصدري X كتب`، `رئيس الوزراء X، قال`).
fn subject_before(doc: &Doc, actors: &Actors, verb: usize, sent_start: usize) -> Option<usize> {
    let t = &*TABLES;
    let text = doc.text();
    let ms = actors.within(sent_start..verb);
    let m = ms.last().filter(|m| m.range.end <= verb && verb - m.range.end <= 80)?;
    let gap = &text[m.range.end..verb];
    let gap_words = Words::after(doc, m.range.end, verb);
    let gap_ok = gap_words.iter().all(|w| stems(&text[w]).any(|s| t.skippable.contains(s)))
        && (!gap.contains(['،', ',', '"', '«', '»', ':']) || gap_words.is_empty() && matches!(gap.trim(), "،" | ","));
    if !gap_ok {
        return None;
    }
    // the mention must open its clause, after at most `وكان` and a title
    let before = text[sent_start..m.range.start].trim_end();
    if before.is_empty() || before.ends_with(['،', ',', ':', '.']) {
        return Some(m.actor);
    }
    let all = Words::before(doc, sent_start, m.range.start, 7);
    let ws_start = all.first().map_or(m.range.start, |w| w.start);
    // a concessive connector opening the sentence (`غير أن`, `إلا أن`, `بيد أن`)
    // leaves the mention at the head of its clause
    let mut words = all.iter().map(|w| &text[w]);
    let concessive = text[sent_start..ws_start].trim().is_empty()
        && matches!(words.next(), Some("غير" | "الا" | "بيد" | "وبيد"))
        && words.next() == Some("ان");
    let skip = if concessive { 2 } else { 0 };
    let ws = all.iter().skip(skip).map(|w| &text[w]).skip_while(|w| matches!(*w, "وكان" | "وكانت" | "كان" | "كانت"));
    let n = ws.clone().count();
    let titled = { ws }.next().is_some_and(crate::actors::title_word) && n <= 5;
    let from = ws_start.min(m.range.start);
    let between_clean = !text[from..m.range.start].contains(['،', ',', ':', '"', '«', '»']);
    (n <= 1 && all.len() - skip <= 1 || titled && between_clean).then_some(m.actor)
}

/// The subject of a pluperfect report (`وكانت وزارة الدفاع قد أعلنت`،
/// `وكان الرئيسان X وY قد دعوا`): `قد` right before the verb and a form of
/// `كان` a few words back with no punctuation between; the subject stands
/// between them, and what follows the verb is its object or content.
fn pluperfect_subject(doc: &Doc, actors: &Actors, verb: usize, sent_start: usize) -> Option<usize> {
    let text = doc.text();
    // most verbs have no `قد` before them: a byte test first
    if !text.get(sent_start..verb).is_some_and(|b| b.trim_end().ends_with("قد")) {
        return None;
    }
    let ws = Words::before(doc, sent_start, verb, 12);
    let qad = ws.iter().next_back()?;
    if &text[qad.clone()] != "قد" || !text[qad.end..verb].trim().is_empty() {
        return None;
    }
    let kana = ws.iter().rev().skip(1).find(|w| {
        matches!(
            &text[w.clone()],
            "كان"
                | "كانت"
                | "كانوا"
                | "كانا"
                | "كانتا"
                | "وكان"
                | "وكانت"
                | "وكانوا"
                | "وكانا"
                | "وكانتا"
                | "فكان"
                | "فكانت"
        )
    })?;
    if text[kana.end..qad.start].contains(['،', ',', ':', '.', '\n']) {
        return None;
    }
    if let Ok(Some((a, _))) = subject_after(doc, actors, kana.end, qad.start, false) {
        return Some(a);
    }
    // a subject phrase that opens with no title the tables know
    // (`الرئيسان التركي X والروسي Y`): its first named person, else its first actor
    let ms = actors.within(kana.end..qad.start);
    let person = ms.iter().find(|m| actors.list[m.actor].kind == ActorKind::Person && m.form != MentionForm::Role);
    person.or(ms.first()).map(|m| m.actor)
}

/// Verbs that must take an object (`اتهم X بـ`، `حمّل X المسؤولية`، `وصف X
/// بأنه`), with the word that follows their object.
const OBJECT_VERBS: &[(&str, &str)] =
    &[("اتهم|اتهمت|اتهموا|يتهم|تتهم", "ب"), ("وصف|وصفت|وصفوا|يصف|تصف", "ب"), ("حمل|حملت", "المسؤولية|مسؤولية|مسؤوليه")];

static OBJECT_VERBS_FOLDED: LazyLock<Vec<(Vec<String>, Vec<String>)>> = LazyLock::new(|| {
    OBJECT_VERBS.iter().map(|(v, w)| (v.split('|').map(fold).collect(), w.split('|').map(fold).collect())).collect()
});

/// Is the actor after an object-taking verb (mention ending at `end`) its
/// object: no other actor and no punctuation before the word that follows
/// the object (`بقصف`، `المسؤولية`), a few modifiers at most between?
fn object_only(doc: &Doc, actors: &Actors, verb: &str, a: usize, end: usize, limit: usize) -> bool {
    let Some((_, next)) = OBJECT_VERBS_FOLDED.iter().find(|(vs, _)| vs.iter().any(|v| v == verb)) else {
        return false;
    };
    if actors.list[a].kind == ActorKind::Person {
        return false;
    }
    let text = doc.text();
    // a joint object `X وY`; another actor right after the first with no
    // `و` is the object of a subject (`اتهم الجيش الإسرائيلي إيران بـ`)
    let mut end = end;
    for m in actors.within(end..limit) {
        match text[end..m.range.start].trim() {
            "و" => end = m.range.end,
            "" if m.actor == a => end = m.range.end,
            _ => break,
        }
    }
    // the closing quote of a name in quotes (`حركة «الشباب» …`)
    let mut prev = end + text[end..].find(|c: char| !matches!(c, '"' | '»')).unwrap_or(0);
    // an allegiance after the object (`المرتبطة بتنظيم القاعدة`) names
    // another body as part of it
    let mut allegiance = false;
    let (mut noun_between, mut between) = (false, 0);
    for w in Words::after(doc, end, limit).take(7).iter() {
        if w.start < prev {
            continue; // inside the body an allegiance named
        }
        if text[prev..w.start].contains(['،', ',', ':', '"', '«', '»', '(']) {
            return false;
        }
        let word = &text[w.clone()];
        if let Some(m) = actors.within(w.clone()).first() {
            if !allegiance {
                return false;
            }
            allegiance = false;
            prev = m.range.end.max(w.end);
            continue;
        }
        allegiance = ["المرتبط", "التابع", "الموالي", "المدعوم", "المقرب"].iter().any(|a| word.starts_with(a));
        if next.iter().any(|n| if n == "ب" { word.starts_with('ب') && word.chars().count() >= 4 } else { word == n })
        {
            return !noun_between;
        }
        // `وصفت الوزارة الهجوم بأنه`: one definite word alone between the
        // actor and `بـ` that is no nisba adjective is the object, so the
        // actor is the subject (not with more words: `القوات المساندة له بـ`)
        noun_between = between == 0
            && !allegiance
            && word.starts_with("ال")
            && !["ي", "يه", "يين", "يون"].iter().any(|e| word.ends_with(e));
        between += 1;
        prev = w.end;
    }
    false
}

/// What a statement needs to know of the sentence it stands in.
struct Sentence<'q> {
    range: Range<usize>,
    /// Quotes of the sentence and the lines it may run over.
    quotes: &'q [Range<usize>],
    /// The actor of an `على لسان X` attribution and where its mention ends.
    lisan: Option<(usize, usize)>,
    /// Has a statement of this sentence been found already? Then the last
    /// speaker is its own, not a subject of an earlier clause.
    spoken: std::cell::Cell<bool>,
    /// Its words, narrowed for questions about stretches inside it.
    words: Words<'q>,
}

fn statement(
    doc: &Doc,
    actors: &Actors,
    genders: &Genders,
    cue: &Cue,
    sentence: &Sentence,
    next_cue: usize,
    last_speaker: &mut Option<usize>,
) -> Option<Found> {
    let sent = sentence.range.clone();
    // `على لسان X` speaks for the verb whose clause holds it, not for a
    // later clause with a subject of its own (`…، فيما أعلنت أنقرة …`)
    let lisan = sentence.lisan.filter(|&(_, e)| e > cue.range.end && e <= next_cue).map(|(a, _)| a);
    let text = doc.text();
    let after = cue.range.end;
    // `لم تكشف X عن …`، `ولن يعلن`: what was not said is no statement
    if passive(doc, cue) || negated(doc, cue, sent.start) {
        return None;
    }
    // `نقلت وكالة … عن X قوله`: X speaks
    let (speaker, content_from) = if cue.verb == "نقل" || cue.verb == "نقلت" {
        let an = Words::after_upto(doc, after, next_cue, 14).iter().find(|w| &text[w.clone()] == "عن")?;
        let (a, end) = subject_after(doc, actors, an.end, next_cue, false).ok()??;
        (a, end)
    } else {
        let saying = TABLES.intransitive[cue.pat];
        let pluperfect =
            if cue.participle() { None } else { pluperfect_subject(doc, actors, cue.word_start, sent.start) };
        let subject = match pluperfect {
            Some(a) => Ok(Some((a, after))),
            None if cue.participle() => Ok(None),
            None => subject_after(doc, actors, after, next_cue, saying),
        };
        // a body that does not agree with the verb is its object: `واتهمت الجيش`
        // after a feminine subject left out
        // the gender of a subject standing right after the verb, from the words
        // that name it (`الحكومة اليمنية` is feminine whatever its state)
        let direct_gender = |a: usize| {
            let m = actors.within(after..next_cue).first().filter(|m| m.actor == a)?;
            // the words are asked for only here, after the cheaper tests
            let w = Words::after_upto(doc, after, next_cue, 1).first().filter(|w| w.start == m.range.start)?;
            let word = &text[w];
            let word = stems(word).last().unwrap_or(word);
            if word.ends_with('ه') || word.ends_with("ات") { Some(true) } else { genders.of(actors, a) }
        };
        let subject = match subject {
            Ok(Some((a, _)))
                if pluperfect.is_none()
                    && matches!((verb_feminine(cue.verb), direct_gender(a)), (Some(v), Some(g)) if v != g) =>
            {
                Ok(None)
            }
            other => other,
        };
        // `واتهم الجيش والقوات المساندة له بقصف …` after a speaker: a verb
        // that must take an object, with one noun phrase before its `بـ`,
        // has that phrase as its object; its subject is the last speaker
        let subject = match subject {
            Ok(Some((a, end))) if pluperfect.is_none() && object_only(doc, actors, cue.verb, a, end, next_cue) => {
                match last_speaker.filter(|&l| l != a && opens_clause(doc, sent.start, cue.word_start)) {
                    Some(l) if verb_feminine(cue.verb).zip(genders.of(actors, l)).is_none_or(|(v, g)| v == g) => {
                        return statement_of(doc, actors, cue, sentence, next_cue, l, after, last_speaker);
                    }
                    _ => Ok(Some((a, end))),
                }
            }
            other => other,
        };
        match subject {
            Err(()) => return None,
            Ok(Some((a, end))) => {
                // a joint subject `X وY وZ`: the first is the speaker
                let mut end = end;
                for m in actors.within(end..next_cue) {
                    let gap = text[end..m.range.start].trim();
                    if gap == "و" || gap == "،" || gap.is_empty() {
                        end = m.range.end;
                    } else {
                        break;
                    }
                }
                // `دعت فرنسا على لسان وزير خارجيتها X …`: the words follow X
                if let Some((_, lisan_end)) = sentence.lisan.filter(|&(_, e)| e > end && e < next_cue) {
                    let gap = Words::after(doc, end, lisan_end);
                    if gap.first().is_some_and(|w| matches!(&text[w.clone()], "علي" | "وعلي")) {
                        end = lisan_end;
                    }
                }
                (lisan.unwrap_or(a), end)
            }
            Ok(None) => {
                let verb_start = cue.word_start;
                let before = subject_before(doc, actors, verb_start, sent.start)
                    .or_else(|| relative_subject(text, actors, verb_start, sent.start));
                let continues = cue.participle()
                    || opens_clause(doc, sent.start, verb_start)
                    || coordinated(doc, sentence, cue)
                    || before_after_an(doc, sent.start, verb_start);
                // a verb that does not agree with the last speaker has a subject of
                // its own (`وأعلنت خلية الإعلام…` after a man spoke)
                let agrees = |a: usize| match (verb_feminine(cue.verb), genders.of(actors, a)) {
                    (Some(v), Some(s)) => v == s,
                    _ => true,
                };
                let last = last_speaker.filter(|&a| agrees(a));
                // `وتبنى X الهجوم، وقال …`: the subject of the clause before
                let clause = if continues && before.is_none() && lisan.is_none() && !sentence.spoken.get() {
                    clause_subject(doc, actors, sent.start, verb_start)
                        .filter(|&(a, fem)| fem.is_some_and(|f| verb_feminine(cue.verb) != Some(!f)) || agrees(a))
                        .map(|(a, _)| a)
                } else {
                    None
                };
                // `أما الكرملين فاعتبر، على لسان المتحدث باسمه X، أن`: the
                // person named on whose tongue a body spoke speaks, as after
                // a subject that follows the verb
                let lisan_person = lisan.filter(|&l| actors.list[l].kind == ActorKind::Person);
                match lisan_person.or(before).or(lisan).or(clause).or(if continues { last } else { None }) {
                    Some(a) => (a, after),
                    None => return None,
                }
            }
        }
    };
    statement_of(doc, actors, cue, sentence, next_cue, speaker, content_from, last_speaker)
}

/// The statement of a cue once its speaker is known: its content from
/// `content_from`, mode, text, kind and targets.
#[allow(clippy::too_many_arguments)]
fn statement_of(
    doc: &Doc,
    actors: &Actors,
    cue: &Cue,
    sentence: &Sentence,
    next_cue: usize,
    speaker: usize,
    content_from: usize,
    last_speaker: &mut Option<usize>,
) -> Option<Found> {
    let (sent, qs) = (sentence.range.clone(), sentence.quotes);
    let text = doc.text();
    if !speech_follows(doc, cue, content_from, next_cue) {
        return None;
    }
    // the person, not the body, when a spokesperson was named before in the same sentence is out of scope:
    // the speaker is what the subject names.
    let kind_of = actors.list[speaker].kind;
    if matches!(
        kind_of,
        ActorKind::Person | ActorKind::State | ActorKind::Organization | ActorKind::Institution | ActorKind::Group
    ) {
        *last_speaker = Some(speaker);
    }
    // content: a quote that starts the content or makes most of it, else the clause
    let content_end = next_cue.max(content_from);
    let quote = qs
        .iter()
        .find(|q| {
            q.start >= content_from
                && q.start < content_end
                && q.start < sent.end
                && !names_a_thing(doc, q)
                && !quoted_name(doc, actors, q)
        })
        .cloned();
    // `وقال في كلمة متلفزة:` with the words on the next lines
    let quote = quote.or_else(|| {
        let lead = text[content_from..content_end].trim_end();
        (content_end == sent.end && lead.ends_with(':'))
            .then(|| qs.iter().find(|q| q.start >= sent.end && text[sent.end..q.start].trim().is_empty()).cloned())
            .flatten()
    });
    // `"…"، قال الوزير.`: the words stand before the verb
    let verb_start = cue.word_start;
    let fronted = qs
        .iter()
        .find(|q| {
            q.start >= sent.start
                && q.end <= verb_start
                && text[q.end..verb_start]
                    .trim_matches(|c: char| c == ' ' || c == '،' || c == ',' || c == '-')
                    .is_empty()
        })
        .cloned();
    let clause = content_from..content_end;
    // the quote opens what was said after `إن`, past a long apposition
    // (`X، القائم بأعمال …، في بيان إن الشرطة "…"`)
    // past an apposition or attribution set off by commas (`X، القائم
    // بأعمال …، في بيان إن الشرطة "…"`، `في بيان، أمس، الأطراف إلى «…»`):
    // the quote is most of what follows the last comma and `إن` before it
    let after_commas = |q: &Range<usize>| {
        let Some(comma) = text[content_from..q.start].rfind('،').map(|i| content_from + i + '،'.len_utf8()) else {
            return false;
        };
        let ws = Words::after(doc, comma, q.start);
        let start = ws.iter().rev().find(|w| is_complementizer(&text[w.clone()])).map_or(comma, |w| w.end);
        quote_share(doc, q, &(start..clause.end)) >= 0.5
    };
    // `كتب على صفحته في فيسبوك أنه وقع على "…"`: the quote is most of the
    // reported clause, past the circumstance before it
    // the reported clause, found at most once
    let rep_cell = std::cell::OnceCell::new();
    let rep_of = || rep_cell.get_or_init(|| reported(doc, clause.clone())).clone();
    let most_of_reported = |q: &Range<usize>| {
        let rep = rep_of();
        q.start >= rep.start && q.start < rep.end && quote_share(doc, q, &rep) > 0.5
    };
    let (mode, content) = match (quote, fronted) {
        (Some(q), _)
            if starts_content(doc, content_from, q.start)
                || quote_share(doc, &q, &clause) >= 0.5
                || after_commas(&q)
                || most_of_reported(&q) =>
        {
            (Mode::Direct, inner(text, &q))
        }
        // a participle (`، داعيا …`) continues after the words of the verb
        // before it: a quote before it is that verb's
        (None, Some(q)) if !cue.participle() && Words::after(doc, clause.start, clause.end).len() <= 5 => {
            (Mode::Direct, inner(text, &q))
        }
        // `إن القوات "انتهكت الاتفاق" بإطلاق …`: the speaker's own words in
        // quote marks inside the reported clause make it direct
        (Some(q), _) if partly_quoted(doc, &q, &rep_of()) => (Mode::Direct, inner(text, &q)),
        _ => (Mode::Indirect, rep_of()),
    };
    if content.is_empty() {
        return None;
    }
    let kind = refine(doc, cue.kind, cue.verb, content.clone());
    let speaker_id = actors.id(speaker).to_string();
    let mut targets: Vec<String> = Vec::new();
    for m in actors.within(content.clone()) {
        let id = actors.id(m.actor);
        if m.actor != speaker && m.form != MentionForm::Capital && !targets.iter().any(|x| x == id) {
            targets.push(id.to_string());
        }
    }
    // the day it was said stands in the sentence before the words said
    let from = (cue.range.start.saturating_sub(200).max(sent.start)..=cue.range.start)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(cue.range.start);
    let window = from..content.start.max(from);
    // the window starts inside the sentence: when it ends there too, its
    // words are the sentence's, with no search of the document
    let window_words = if window.end <= sent.end {
        sentence.words.within(window.start, window.end)
    } else {
        Words::after(doc, window.start, window.end)
    };
    let date = may_hold_date_in(doc, window.clone(), window_words)
        .then(|| crate::dates::first_folded_unchecked(&text[window], doc.reference).map(|d| d.date))
        .flatten();
    let range = cue.word_start.min(sent.start.max(cue.range.start))..content.end.max(cue.range.end);
    let span_start = sent.start.min(range.start);
    let span = doc.span(span_start..content.end.max(cue.range.end));
    let s = doc.span(content.clone());
    let item = Statement {
        speaker: speaker_id,
        kind,
        mode,
        text: doc.input[s.start..s.end].trim().to_string(),
        targets,
        date,
        span,
    };
    Some(Found { item, range, content })
}

/// The date reader's cue words ([`crate::dates::cue_words`]) behind every
/// clitic it allows (`true` for the relative ones), with a quick no for the
/// rest.
struct DateCues {
    words: crate::text::WordMap<bool>,
    shapes: Shapes,
    /// A quicker no before [`DateCues::shapes`].
    tails: Tails,
}

static DATE_CUES: LazyLock<DateCues> = LazyLock::new(|| {
    let mut words = crate::text::WordMap::default();
    for (w, relative) in crate::dates::cue_words() {
        for c in crate::dates::cue_clitics() {
            words.entry(format!("{c}{w}")).or_insert(relative);
        }
    }
    let mut shapes = Shapes::default();
    words.keys().for_each(|w| shapes.add(w));
    let mut tails = Tails::default();
    words.keys().for_each(|w| tails.add(w));
    DateCues { words, shapes, tails }
});

/// Could [`crate::dates::find_folded`] find a date in `text[range]`? A date
/// it returns is written with numbers (`28/9/2020`: digits glued by `-`,
/// `.` or `/`), with a month name or `الشهر` (whatever gives the day), or,
/// with a reference date, with a weekday or a day word. A stretch with none
/// of them holds no date, and its words are ruled out by a few byte
/// comparisons each instead of the date reader's full scan.
pub(crate) fn may_hold_date(doc: &Doc, range: Range<usize>) -> bool {
    may_hold_date_in(doc, range.clone(), Words::after(doc, range.start, range.end))
}

/// [`may_hold_date`], given the words of `range`.
fn may_hold_date_in(doc: &Doc, range: Range<usize>, words: Words) -> bool {
    let cues = &*DATE_CUES;
    let text = doc.text();
    let Some(window) = text.as_bytes().get(range.clone()) else { return true };
    let relative = doc.reference.is_some();
    let digits = crate::text::has_ascii_digit(window);
    if digits && glued_digits(window) {
        return true;
    }
    let is_cue = |w: &str| cues.shapes.may_hold(w) && cues.words.get(w).is_some_and(|&r| relative || !r);
    let bytes = text.as_bytes();
    words.iter().any(|w| {
        let piece = bytes.get(w.clone()).unwrap_or_default();
        // the date reader parts digits from letters: each run between
        // digits (never empty: no cue is) is tried as a word
        if digits && piece.iter().any(u8::is_ascii_digit) {
            piece
                .split(u8::is_ascii_digit)
                .filter(|p| cues.tails.may_be(p))
                .any(|p| std::str::from_utf8(p).is_ok_and(|p| !p.is_empty() && is_cue(p)))
        } else {
            // the shape rules most words out before the text is sliced
            cues.tails.may_be(piece) && cues.shapes.may_hold_bytes(piece) && is_cue(&text[w])
        }
    })
}

/// Two digits glued by `-`, `.` or `/` (`28/9`): only the digits are
/// tried, found eight bytes at a time.
fn glued_digits(w: &[u8]) -> bool {
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let glued =
        |i: usize| matches!(w.get(i + 1), Some(b'-' | b'.' | b'/')) && w.get(i + 2).is_some_and(u8::is_ascii_digit);
    let mut chunks = w.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let y = u64::from_le_bytes(word) ^ 0x3030_3030_3030_3030;
        // the high bit of each byte that is a digit (no carry crosses bytes)
        let mut digits = !(((y & LOW) + 0x7676_7676_7676_7676) | y) & HIGHS;
        while digits != 0 {
            if glued(base + digits.trailing_zeros() as usize / 8) {
                return true;
            }
            digits &= digits - 1;
        }
        base += 8;
    }
    (base..w.len()).any(|i| w[i].is_ascii_digit() && glued(i))
}

/// A verb written passive (`أُعلن`، `ذُكر`): a damma on its first letter.
/// Folding drops the vowel marks, so the original text tells.
fn passive(doc: &Doc, cue: &Cue) -> bool {
    let span = doc.span(cue.range.clone());
    let orig = doc.input.get(span.start..span.end).unwrap_or("");
    orig.chars().nth(1) == Some('\u{064F}')
}

/// Is the verb negated (`لم`، `ولم`، `لن`، `ولن` right before it)?
fn negated(doc: &Doc, cue: &Cue, sent_start: usize) -> bool {
    let text = doc.text();
    let head = text.get(sent_start..cue.word_start).map_or("", str::trim_end);
    if !(head.ends_with("لم") || head.ends_with("لن")) {
        return false;
    }
    Words::before(doc, sent_start, cue.word_start, 1).first().is_some_and(|w| {
        text[w.end..cue.word_start].trim().is_empty() && matches!(&text[w], "لم" | "ولم" | "لن" | "ولن")
    })
}

/// For a verb that also means something else than saying (`تابع الجيش
/// تقدمه`، `أشار بيده`): do the words after its subject open what was said?
fn speech_follows(doc: &Doc, cue: &Cue, from: usize, limit: usize) -> bool {
    let Some(extra) = &TABLES.ambiguous[cue.pat] else {
        return true;
    };
    if cue.participle() {
        return true;
    }
    let text = doc.text();
    let lead = &text[from..limit.max(from)];
    let lead = lead.get(..lead.len().min(200)).map_or(lead, |l| l);
    let ws = Words::after_upto(doc, from, limit.max(from), 12);
    // the first word may take the verb's own complement (`أشار إلى`، `شدد على`)
    if let Some(first) = ws.first() {
        let w = &text[first];
        if extra.iter().any(|e| e == w || e.chars().count() == 1 && w.starts_with(e.as_str())) {
            return true;
        }
    }
    // a noun complement may follow the verb's object (`حمّل X الميليشيا
    // مسؤولية …`) or a long joint subject (`تبادلت حكومة X والمتمردون
    // الموالون لـY الاتهامات`): a listed noun of five letters or more among
    // the next words, with no mark between but a time set off by commas
    // (`، السبت،`: one word between two commas)
    let mut prev = from;
    // commas passed, and words read since the first
    let (mut commas, mut inside) = (0, 0);
    for w in ws.iter().skip(1) {
        let gap = &text[prev..w.start];
        if gap.contains(['.', ':', '"', '«', '\n']) {
            break;
        }
        if gap.contains(['،', ',']) {
            commas += 1;
            // a second comma must close an aside of one word
            if commas > 2 || commas == 2 && inside != 1 {
                break;
            }
        }
        if commas == 1 {
            inside += 1;
            // an aside of more than one word, or one left open
            if inside > 1 {
                break;
            }
        }
        let word = &text[w.clone()];
        if word.len() >= 10 && extra.iter().any(|e| e == word) {
            return true;
        }
        prev = w.end;
    }
    // a colon or quote before a word opens the words said
    let mark = lead.find([':', '"', '«']);
    for w in ws.iter() {
        let at = w.start - from;
        if at <= lead.len() && mark.is_some_and(|m| m < at) {
            return true;
        }
        if opens_content(&text[w]) {
            return true;
        }
    }
    lead.trim_start().starts_with([':', '"', '«'])
}

fn doc_word_start(text: &str, at: usize) -> usize {
    let mut i = at;
    for c in text[..at].chars().rev() {
        if !is_letter(c) {
            break;
        }
        i -= c.len_utf8();
    }
    i
}

/// Does the content start with this quote, after at most a subject,
/// `أن`/`إن`/`:`/`قوله`/`بـ` and the like?
fn starts_content(doc: &Doc, from: usize, quote: usize) -> bool {
    let text = doc.text();
    if quote - from > 160 {
        return false;
    }
    // past an attribution phrase set off by commas (`، في بيان لوزارة
    // الخارجية، عن "…"`)
    let mut from = from;
    let two = Words::after_upto(doc, from, quote, 2);
    if let (Some(a), Some(b)) = (two.get(0), two.get(1)) {
        let lead = text[from..a.start].trim_matches([' ', '،', ',']);
        if lead.is_empty()
            && matches!(&text[a.clone()], "في" | "خلال" | "عبر")
            && in_list(&text[b.clone()], &MEDIA_FOLDED)
            && let Some(i) = text[b.end..quote].find('،')
        {
            from = b.end + i + '،'.len_utf8();
        }
    }
    let lead = &text[from..quote];
    // at most four words pass: a fifth is enough to say no
    let ws = Words::after_upto(doc, from, quote, 5);
    let openers = [
        "ان",
        "انه",
        "انها",
        "بان",
        "التاكيد",
        "قوله",
        "قولها",
        "قايلا",
        "قايله",
        "ب",
        "في",
        "بيان",
        "على",
        "علي",
        "عن",
        "ل",
        "الي",
    ];
    ws.len() <= 4
        && ws.iter().all(|w| {
            let s = &text[w];
            openers.contains(&s) || s.chars().count() <= 2 || ws.len() <= 1
        })
        || lead.trim().is_empty()
        || lead.trim_end().ends_with(':')
}

/// Nouns before a name in quotes (`مجموعة "مينسك"`، `منصة "إكس"`، `عملية
/// "سيندور"`): such a quote names a thing, it quotes no one.
const NAMED_BY_QUOTE: &[&str] = &[
    "مجموعة",
    "مجموعه",
    "حركة",
    "حركه",
    "جماعة",
    "جماعه",
    "قوة",
    "قوه",
    "قوات",
    "عملية",
    "عمليه",
    "بعثة",
    "بعثه",
    "تنظيم",
    "جبهة",
    "جبهه",
    "جيش",
    "تحالف",
    "شبكة",
    "شبكه",
    "منظمة",
    "منظمه",
    "منصة",
    "منصه",
    "موقع",
    "تطبيق",
    "صحيفة",
    "صحيفه",
    "قناة",
    "قناه",
    "وكالة",
    "وكاله",
    "حزب",
    "كتائب",
    "لواء",
    "مبادرة",
    "مبادره",
    "خطة",
    "خطه",
    "دول",
    "مباحثات",
    "محادثات",
    "اتفاق",
    "مسار",
    "صيغة",
    "صيغه",
    "تجمع",
    "ائتلاف",
    "ايتلاف",
    "مركز",
    "برنامج",
];

/// A name in quotes: after a noun that it names (`مجموعة "فاغنر"`، `منصة
/// "إكس"`), or an actor's name (`«حماس»`). It quotes no one.
fn quoted_name(doc: &Doc, actors: &Actors, q: &Range<usize>) -> bool {
    let text = doc.text();
    if Words::after_upto(doc, q.start, q.end, 4).len() > 3 {
        return false;
    }
    let before = Words::before(doc, 0, q.start, 2);
    let named = before.iter().rev().enumerate().any(|(k, w)| {
        let w = &text[w];
        let w = w.strip_prefix('و').filter(|_| k == 0).unwrap_or(w);
        // `صفحته في «فيسبوك»`, `حسابه على "تويتر"`
        let page = ["صفح", "حساب", "موقع", "منص", "قناه"].iter().any(|p| w.starts_with(p));
        k == 0 && NAMED_BY_QUOTE.contains(&w) || k == 1 && (page || in_list(w, &MEDIA_FOLDED))
    });
    named || !actors.within(q.clone()).is_empty()
}

/// A quote of two words or more that opens within the first words of the
/// reported clause `rep`: the speaker's own words, quoted in part (`إن
/// القوات "انتهكت الاتفاق" بإطلاق …`).
fn partly_quoted(doc: &Doc, q: &Range<usize>, rep: &Range<usize>) -> bool {
    q.start >= rep.start
        && q.start < rep.end
        && Words::after(doc, rep.start, q.start).len() <= 4
        && Words::after_upto(doc, q.start, q.end, 2).len() >= 2
}

fn quote_share(doc: &Doc, q: &Range<usize>, clause: &Range<usize>) -> f32 {
    let qs = q.start.max(clause.start);
    let qn = Words::after(doc, qs, q.end.max(qs)).len().min(400) as f32;
    let cn = Words::after(doc, clause.start, clause.end.max(q.end)).len().clamp(1, 800) as f32;
    qn / cn
}

/// Words that open what was said: the clause starts after the first of them
/// within reach (`قال، في مؤتمر صحفي مع نظيره، إن …`).
const COMPLEMENTIZERS: &[&str] = &["ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها", "بانهم"];

/// One of [`COMPLEMENTIZERS`]: each opens with `ا` or `ب` (D8 A7, D8 A8),
/// which rules most words out by two bytes before the list is compared.
fn is_complementizer(word: &str) -> bool {
    matches!(word.as_bytes(), [0xD8, 0xA7 | 0xA8, ..]) && COMPLEMENTIZERS.contains(&word)
}

/// Media nouns of an attribution phrase (`في بيان`، `خلال كلمة متلفزة`)
/// that may stand between the subject and a noun object.
const MEDIA: &[&str] = &[
    "بيان",
    "تصريح",
    "تصريحات",
    "كلمة",
    "خطاب",
    "مؤتمر",
    "منشور",
    "تغريدة",
    "مقابلة",
    "حديث",
    "إحاطة",
    "رسالة",
    "تدوينة",
    "لقاء",
    "اتصال",
    "منصة",
];

static MEDIA_FOLDED: LazyLock<WordSet> = LazyLock::new(|| word_set(MEDIA));

/// The reported clause: after `إن`/`أن`/`عن`, up to an attribution tail.
fn reported(doc: &Doc, clause: Range<usize>) -> Range<usize> {
    let text = doc.text();
    let s = &text[clause.clone()];
    let mut start = clause.start;
    let lead = s.trim_start_matches([' ', '،', ',', ':']);
    start += s.len() - lead.len();
    // the first complementizer or colon in the first words, before any quote
    let mut prev_end = start;
    let all = Words::after(doc, start, clause.end);
    for w in all.take(18).iter() {
        // words are mostly parted by one space: no quote and no colon there
        let gap = &text[prev_end..w.start];
        if gap != " " {
            if gap.contains(['"', '«', '»']) {
                break;
            }
            if let Some(i) = gap.find(':') {
                start = prev_end + i + 1;
                break;
            }
        }
        if is_complementizer(&text[w.clone()]) {
            start = w.end;
            break;
        }
        prev_end = w.end;
    }
    // `start` only moved on: its words are the tail of those found above
    let ws = all.from(start).take(8);
    // day words and an attribution phrase before a noun object (`في بيان، الأحد، انسحابها`)
    let mut k = 0;
    while let Some(w) = ws.get(k) {
        let word = &text[w.clone()];
        if stems(word).any(|x| TABLES.skippable.contains(x)) {
            start = w.end;
            k += 1;
            continue;
        }
        if matches!(word, "في" | "خلال" | "عبر")
            && ws.get(k + 1).is_some_and(|n| in_list(&text[n.clone()], &MEDIA_FOLDED))
        {
            // up to the comma that closes the phrase, else past the two words
            let phrase_end = ws.get(k + 5).map_or(clause.end, |x| x.start);
            let comma = text[w.end..phrase_end].find(['،', ',']).map(|i| w.end + i);
            // the comma must close the phrase, not the clause
            start = match comma.map(|c| c + text[c..].chars().next().map_or(1, char::len_utf8)) {
                Some(after) if !Words::after(doc, after, clause.end).is_empty() => after,
                _ => ws.get(k + 1).map_or(start, |n| n.end),
            };
            break;
        }
        break;
    }
    let lead = text[start..clause.end].trim_start_matches([' ', '،', ',', ':']);
    start = clause.end - lead.len();
    // a verbal noun of saying (`اكتفت بالإعلان عن …`، `بالقول إن …`)
    for noun in ["بالاعلان ", "بالقول ", "بالتاكيد ", "بالاشاره ", "بالتعليق "] {
        if let Some(rest) = text[start..clause.end].strip_prefix(noun) {
            start = clause.end - rest.len();
            break;
        }
    }
    for opener in ["انه ", "انها ", "بان ", "ان ", "عن ", "علي "] {
        if let Some(rest) = text[start..clause.end].strip_prefix(opener) {
            start = clause.end - rest.len();
            break;
        }
    }
    // `، في اتصالين هاتفيين مع …، كلا البلدين إلى …`: a circumstance set off
    // by commas before the object is not what was said
    let opening = clause.start + (s.len() - s.trim_start_matches([' ', '،', ',', ':']).len());
    for from in [opening, start] {
        if !["في ", "خلال ", "عبر ", "مع "].iter().any(|p| text[from..clause.end].starts_with(p)) {
            continue;
        }
        let ws = Words::after(doc, from, clause.end).take(12);
        if let Some(w) = ws.iter().zip(ws.iter().skip(1)).find(|(a, b)| text[a.end..b.start].contains('،')).map(|p| p.1)
        {
            if w.start > start && Words::after(doc, w.start, clause.end).len() >= 3 {
                start = w.start;
            }
        }
        break;
    }
    let body = &text[start..clause.end];
    let mut end = clause.end;
    // a new clause joined by a conjunction after a comma is not part of it;
    // every such tail opens with its comma, so only commas are tried
    // (found by their bytes: `،` is D8 8C, and a comma is ASCII)
    if let Some(i) = first_tail(body) {
        end = start + i;
    }
    let mut trimmed = text[start..end].trim_end_matches([' ', '.', '،', ',', '\n']);
    // a connector that joins the next reported clause is not part of this one
    for connector in ["بينما", "فيما", "في حين", "حين", "كما", "اذ", "حيث", "و"] {
        if let Some(rest) = trimmed.strip_suffix(connector) {
            if rest.ends_with([' ', '،', ',']) {
                trimmed = rest.trim_end_matches([' ', '.', '،', ',', '\n']);
                break;
            }
        }
    }
    start..start + trimmed.len()
}

/// Where the first of [`CLAUSE_TAILS`] stands in `body`: every tail opens
/// with a comma, so only the commas are tried, each kind found by a byte
/// search (`str::find` of a char) that skips the letters between.
fn first_tail(body: &str) -> Option<usize> {
    const COMMAS: [char; 2] = [',', '،'];
    let next = |c: char, from: usize| body.get(from..).and_then(|r| r.find(c)).map(|i| from + i);
    let mut at = COMMAS.map(|c| next(c, 0));
    while let Some(i) = at.iter().flatten().min().copied() {
        // every tail, and `لكنه` with or without `و`, opens (past the commas
        // and spaces) with one of these letters: the rest need no compare
        let opens = body[i..].trim_start_matches([',', '،', ' ']).chars().next();
        if matches!(opens, Some('ب' | 'و' | 'ح' | 'ن' | 'ف' | 'ل'))
            && (CLAUSE_TAILS.iter().any(|t| body[i..].starts_with(t)) || but_then_says(&body[i..]))
        {
            return Some(i);
        }
        for (k, c) in COMMAS.into_iter().enumerate() {
            if at[k] == Some(i) {
                at[k] = next(c, i + c.len_utf8());
            }
        }
    }
    None
}

/// `، لكنه اتهم …`: "but he" and a second verb of saying after a comma open
/// a statement of their own (a bare `لكنه` may still be part of what was said).
fn but_then_says(tail: &str) -> bool {
    let mut ws = tail.trim_start_matches([',', '،', ' ']).split(' ');
    let Some(w) = ws.next() else { return false };
    let w = w.strip_prefix('و').unwrap_or(w);
    matches!(w, "لكنه" | "لكنها" | "لكنهم" | "لكنهما") && ws.next().is_some_and(|v| stems(v).any(is_reporting_verb))
}

/// What ends a reported clause (folded): a comma and a conjunction.
const CLAUSE_TAILS: [&str; 10] =
    ["، بحسب", "، وفق", "، حسب", "، نقلا عن", ", بحسب", "، وذلك", "، في حين", "، فيما", "، بينما", "، بعد"];

/// Phrases of support anywhere in the content (folded already): the first
/// three alone, the last two together.
const SUPPORT_PHRASES: [&str; 5] = ["تضامن", "قف الي جانب", "الوقوف الي جانب", "نقف ", "الي جانب"];

/// The speech act of a verb of saying, from the first words of its content
/// (`content`, a range of the folded text) and phrases of support in it.
fn refine(doc: &Doc, kind: StatementKind, verb: &str, content: Range<usize>) -> StatementKind {
    if kind != Assertion {
        return kind;
    }
    let t = &*TABLES;
    let text = doc.text();
    let expressive = verb.starts_with("اعرب")
        || verb.starts_with("معرب")
        || verb.starts_with("يعرب")
        || verb.starts_with("تعرب")
        || verb.starts_with("ابد");
    let window = if expressive { 3 } else { 4 };
    // the words as the document's tokens cut at the content's ends: no
    // letter is decoded again
    for w in Words::after_upto(doc, content.start, content.end, window).iter() {
        let w = &text[w];
        // of the openings any stem of the word is, the first listed
        if let Some(&(_, k)) = stems(w)
            .filter(|s| t.content_shapes.may_hold(s))
            .filter_map(|s| t.content_kinds.get(s))
            .min_by_key(|(at, _)| *at)
        {
            return k;
        }
    }
    // solidarity or standing by someone anywhere in the content; the second
    // and third phrases end with the last, so most contents are done after
    // two substring searches
    let content = &text[content];
    let has = |k: usize| content.contains(SUPPORT_PHRASES[k]);
    if has(0) || has(4) && (has(1) || has(2) || has(3)) {
        return Support;
    }
    kind
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::MatchKind;
    use chrono::NaiveDate;

    fn run(text: &str) -> Vec<Statement> {
        let doc = Doc::new(text, None);
        let actors = crate::actors::resolve(&doc);
        extract(&doc, &actors).into_iter().map(|f| f.item).collect()
    }

    #[test]
    fn word_stream_cuts_like_the_scans() {
        let doc = Doc::new("قال الوزير، أمس:\n«لن نقبل» بذلك.\nوأضاف  أن 12 شخصا\n\nقتلوا", None);
        let text = doc.text();
        let at: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        for &s in &at {
            for &e in at.iter().filter(|&&e| e >= s) {
                let after: Vec<_> = Words::after(&doc, s, e).iter().collect();
                assert_eq!(after, crate::text::words_after(text, s, e, usize::MAX));
                for max in [1, 2, 4, 7] {
                    let before: Vec<_> = Words::before(&doc, s, e, max).iter().collect();
                    assert_eq!(before, crate::text::words_before(text, s, e, max));
                }
            }
        }
    }

    #[test]
    fn glued_digits_are_found_like_a_byte_scan() {
        let scan = |w: &[u8]| {
            w.windows(3).any(|w| w[0].is_ascii_digit() && matches!(w[1], b'-' | b'.' | b'/') && w[2].is_ascii_digit())
        };
        for s in
            ["", "1/2", "12", "abcdefg1/2", "abcdefgh1-", "abcdefg1", "نص 28/9/2020 نص", "a.1.b 9.x 3-", "0123456.7"]
        {
            assert_eq!(glued_digits(s.as_bytes()), scan(s.as_bytes()), "{s}");
        }
        // every split of the glued digits around the eight-byte chunks
        for pad in 0..17 {
            let s = format!("{}7/8", "x".repeat(pad));
            assert!(glued_digits(s.as_bytes()), "{s}");
            let s = format!("{}7/x8", "x".repeat(pad));
            assert!(!glued_digits(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn partition_from_any_hint_is_the_partition_point() {
        for n in 0..40usize {
            let v: Vec<usize> = (0..n).collect();
            for cut in 0..=n {
                for hint in 0..n + 3 {
                    assert_eq!(partition_from(&v, hint, |&x| x < cut), cut, "n {n} cut {cut} hint {hint}");
                }
            }
        }
    }

    #[test]
    fn verb_forms_are_the_bounded_longest_matches() {
        // what a scan for every form would find, kept where it stands alone
        let t = &*TABLES;
        let ac = crate::text::automaton(&t.verb_text, MatchKind::LeftmostLongest);
        let doc = Doc::new(
            "وقال الوزير إنه جدد التأكيد على موقفه، وجددت التأكيدات مقالات قالتان فقالت \
             ووقال 3قال يقولون: «أكدنا» ثم أضافوا وجدد  التأكيد وأعلنت.",
            None,
        );
        let text = doc.text();
        let sr = 0..text.len();
        let want: Vec<_> = ac
            .find_iter(text)
            .map(|m| (m.start()..m.end(), m.pattern().as_usize()))
            .filter(|(r, _)| word_bounded(text, r.clone()))
            .collect();
        let mut got = Vec::new();
        verb_forms(&doc, sr, &mut got);
        assert_eq!(got, want);
        assert!(got.len() >= 6);
        assert!(t.verb_phrases.iter().all(|(first, _, _)| t.verb_index.contains_key(first)));
    }

    #[test]
    fn date_precheck_passes_every_date() {
        // every stretch the date reader finds a date in passes the precheck
        let texts = [
            "قال الوزير يوم الثلاثاء 29 أيلول/سبتمبر 2020 إن",
            "وأعلن أمس الأول، في 06-10-2020 أن",
            "ذكر في الثامن من الشهر الجاري وفاتح أكتوبر ثم غدا",
            "صرح بالأمس واليوم والليلة الماضية وبعد غد قبل 15 رمضان 1445 هـ",
            "november 1, 2024 و2020.10.02 و27 من الشهر الماضي والأحد المقبل",
            "قال3/4/2020 وx12/9/2021 وأول أمس ويوم غد",
        ];
        let reference = NaiveDate::from_ymd_opt(2020, 10, 1);
        for t in texts {
            for r in [None, reference] {
                let doc = Doc::new(t, r);
                let text = doc.text();
                let at: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
                for &s in &at {
                    for &e in at.iter().filter(|&&e| e >= s) {
                        if !crate::dates::find_folded(&text[s..e], r).is_empty() {
                            assert!(may_hold_date(&doc, s..e), "{:?}", &text[s..e]);
                        }
                    }
                }
            }
        }
        let doc = Doc::new("قال الوزير الثلاثاء إن 12 شخصا قتلوا", None);
        assert!(!may_hold_date(&doc, 0..doc.text().len()));
    }

    #[test]
    fn lisan_is_found_as_a_substring() {
        for t in ["دعت فرنسا على لسان وزيرها إلى التهدئة", "قال ذلك اعلى لسانه", "على لسان", "على  لسان", "لا شيء هنا"]
        {
            let doc = Doc::new(t, None);
            let text = doc.text();
            assert_eq!(lisan_at(&doc, 0..text.len()), text.find("علي لسان"), "{t}");
        }
    }

    #[test]
    fn quote_marks_are_every_break_and_mark() {
        let t = "قال: «أولا»\nو\"ثانيا\" ولـ»ثالثا» ١٢٣ abc\n\n\"";
        for from in 0..t.len() {
            let Some(s) = t.get(from..) else { continue };
            let want: Vec<usize> =
                s.bytes().enumerate().filter(|(_, b)| matches!(b, b'\n' | b'"' | 0xC2)).map(|(i, _)| i).collect();
            assert_eq!(quote_marks(s), want);
        }
    }

    #[test]
    fn quote_pairs() {
        let t = fold("قال: «أولا» و\"ثانيا\" ولـ»ثالثا» و«رابع «داخلي» نهاية");
        let q: Vec<&str> = quotes(&t, 0..t.len()).iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(q, vec!["«اولا»", "\"ثانيا\"", "»ثالثا»", "«رابع «داخلي» نهايه"]);
    }

    #[test]
    fn direct_quote_after_verb_subject() {
        let s = run("وقال وزير الخارجية الروسي سيرغي لافروف: \"لا حل عسكريا للأزمة\".");
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].speaker, "lavrov");
        assert_eq!(s[0].mode, Mode::Direct);
        assert_eq!(s[0].text, "لا حل عسكريا للأزمة");
    }

    #[test]
    fn indirect_after_inna() {
        let s = run("وقالت الخارجية الروسية إن الوضع يتدهور بسرعة.");
        assert_eq!(s[0].speaker, "RUS_MFA");
        assert_eq!(s[0].mode, Mode::Indirect);
        assert_eq!(s[0].text, "الوضع يتدهور بسرعة");
    }

    #[test]
    fn continuation_keeps_speaker() {
        let s = run("قال الرئيس الفرنسي إيمانويل ماكرون إن الحل سياسي.\n\nوأضاف: «لن نقبل بالتصعيد».");
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].speaker, "macron");
        assert_eq!(s[1].mode, Mode::Direct);
    }

    #[test]
    fn unnamed_source_is_not_a_statement() {
        assert!(run("وقال مصدر عسكري إن الهجوم صُد.").is_empty());
        assert!(run("وأفادت مصادر محلية بسقوط قذائف.").is_empty());
    }

    #[test]
    fn verbs_inside_a_quote_belong_to_it() {
        let s = run("وأكد بوتين أنه \"لا بديل عن الحوار، وندعو الجميع إلى التهدئة\".");
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].mode, Mode::Direct);
    }

    #[test]
    fn kinds_from_verbs_and_content() {
        assert_eq!(run("ودعت روسيا أرمينيا إلى ضبط النفس.")[0].kind, Appeal);
        assert_eq!(run("وندد أردوغان بالهجوم.")[0].kind, Condemnation);
        assert_eq!(run("ونفت أرمينيا وجود قوات لها.")[0].kind, Denial);
        assert_eq!(run("واتهمت تركيا فرنسا بالانحياز.")[0].kind, Accusation);
        assert_eq!(run("وحذرت روسيا من التصعيد.")[0].kind, Warning);
        assert_eq!(run("وأعربت فرنسا عن قلقها البالغ إزاء القتال.")[0].kind, Concern);
        assert_eq!(run("وأعربت تركيا عن تضامنها مع أذربيجان.")[0].kind, Support);
        assert_eq!(run("وقال ماكرون: \"ندين هذا العدوان\".")[0].kind, Condemnation);
    }

    #[test]
    fn subject_before_verb() {
        let s = run("لافروف قال إن موسكو مستعدة للوساطة.");
        assert_eq!(s[0].speaker, "lavrov");
    }

    #[test]
    fn reported_via_agency_from_named_person() {
        let s = run("ونقلت وكالة محلية عن الرئيس الروسي فلاديمير بوتين قوله إن الحرب ستنتهي.");
        assert_eq!(s[0].speaker, "putin");
    }

    #[test]
    fn quote_over_several_sentences() {
        let s = run("وقال ماكرون: \"الوضع خطير. ولا بد من التحرك\".");
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].text, "الوضع خطير. ولا بد من التحرك");
    }

    #[test]
    fn partial_quote_stays_indirect() {
        let s = run("واعتبرت أذربيجان أن السلام ممكن مع أرمينيا في حال انسحاب \"كامل\" من المنطقة.");
        assert_eq!(s[0].mode, Mode::Indirect);
    }

    #[test]
    fn pluperfect_report_has_its_subject_before_qad() {
        let s = run("وكانت وزارة الدفاع الروسية قد أعلنت أن قواتها صدت هجوما ليليا.");
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].speaker, "RUS_MOD");
        assert_eq!(s[0].text, "قواتها صدت هجوما ليليا");
        let s = run("وكان الزعيمان الروسي فلاديمير بوتين والفرنسي إيمانويل ماكرون قد دعوا إلى التهدئة.");
        assert_eq!(s[0].speaker, "putin");
        let s = run("كانت الحكومة الأوكرانية قد اتهمت موسكو بقصف المدارس.");
        assert_eq!(s[0].speaker, "UKR");
        assert_eq!(s[0].kind, Accusation);
        // no subject between them: the last speaker goes on, none here
        assert!(run("كان المطر قد توقف حين قال.").is_empty());
    }

    #[test]
    fn a_clause_opened_by_idh_is_its_own_statement() {
        let s = run("ورحبت باريس بالهدنة، إذ قال الرئيس الفرنسي إيمانويل ماكرون إن \"الوقت حان للسلام\".");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].kind, Support);
        assert_eq!(s[1].speaker, "macron");
        assert_eq!(s[1].mode, Mode::Direct);
    }

    #[test]
    fn object_after_accusing_verb_leaves_the_last_speaker() {
        let s = run("نفى الرئيس الروسي فلاديمير بوتين ذلك، واتهم الجيش الأوكراني والقوات البولندية بقصف القرى.");
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].speaker, "putin");
        assert_eq!(s[1].kind, Accusation);
        let s = run("قال الرئيس الفرنسي إيمانويل ماكرون إن الوضع صعب، وحمل الجيش الروسي المسؤولية الكاملة.");
        assert_eq!(s.last().map(|x| x.speaker.as_str()), Some("macron"));
        // two noun phrases: the first is the subject
        let s = run("قال بوتين إن الوضع صعب. واتهمت أوكرانيا روسيا بقصف القرى.");
        assert_eq!(s[1].speaker, "UKR");
    }

    #[test]
    fn describing_is_saying_with_what_it_is_called() {
        let s = run("قالت وزيرة الخارجية الألمانية أنالينا بيربوك إن الهدنة هشة. ووصفت الاتفاق بأنه «خطوة أولى».");
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].speaker, "baerbock");
        assert_eq!(s[1].text, "خطوة أولى");
        let s = run("ورحب الرئيس الفرنسي إيمانويل ماكرون بالهدنة، واصفا إياها بـ«الخطوة الشجاعة».");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].kind, Support);
        assert_eq!(s[1].text, "الخطوة الشجاعة");
        // to describe a scene is no statement
        assert!(run("ووصف الجيش السوري الطريق إلى حلب.").is_empty());
    }

    #[test]
    fn saying_no_more_than_and_negated_verbs() {
        let s = run("واكتفت وزارة الدفاع الروسية بالإعلان عن مقتل عشرة جنود في الهجوم.");
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].speaker, "RUS_MOD");
        assert_eq!(s[0].text, "مقتل عشرة جنود في الهجوم");
        // to be content with something is no statement
        assert!(run("واكتفت القوات الروسية بقصف المدينة من بعيد.").is_empty());
        // what was not said is no statement
        assert!(run("ولم تكشف روسيا عن خسائرها في المعركة.").is_empty());
        assert!(run("وقال بوتين إنه لن يعلن عن خطته الآن.").len() == 1);
    }

    #[test]
    fn a_quote_that_is_most_of_the_reported_clause_is_direct() {
        let s = run(
            "كتب الرئيس الفرنسي إيمانويل ماكرون على حسابه في منصة إكس أنه اتخذ \"قرارا صعبا جدا بالنسبة لنا جميعا\".",
        );
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].speaker, "macron");
        assert_eq!(s[0].mode, Mode::Direct);
        assert_eq!(s[0].text, "قرارا صعبا جدا بالنسبة لنا جميعا");
        // a few words quoted deep in the clause are not the speaker's own
        let s = run("وقال بوتين إن موسكو أطلقت أمس الأول من قواعدها في الجنوب \"عشرات الصواريخ\".");
        assert_eq!(s[0].mode, Mode::Indirect);
    }

    #[test]
    fn a_sentence_opening_with_its_subject_lends_it_to_a_later_verb() {
        let s = run("غير أن الرئيس الروسي فلاديمير بوتين، حليف الحكومة، شكك في الهدنة، وقال إن «الحرب لم تنته».");
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].speaker, "putin");
        let s = run("الرئيس الفرنسي إيمانويل ماكرون زار الجبهة، وأكد أن الدعم مستمر.");
        assert_eq!(s[0].speaker, "macron");
        // a noun phrase, no verb, after the subject: nothing to lend
        assert!(run("الرئيس الروسي فلاديمير بوتين في موسكو، وقال مصدر إن الهدنة قائمة.").is_empty());
    }
}
