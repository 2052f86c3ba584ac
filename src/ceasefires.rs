//! Ceasefire calls, offers, agreements, violations and failures.
//!
//! Per body sentence: find the cues (a cessation word with what is stopped —
//! `وقف إطلاق النار`, `إنهاء الحرب`, `وقف الأعمال العدائية` — or a truce noun,
//! `هدنة`, `تهدئة`), cut the sentence into clauses at contrastive conjunctions
//! (`في حين`, `بينما`, `لكن`, `؛`), and emit one item per clause holding a cue.
//! The kind comes from trigger words around the cue, by precedence
//! violation > failure > call > offer > agreement > purpose (`لوقف`,
//! `من أجل`), else a default by cue. Initiators are the subject of the
//! trigger verb (verb–subject or subject–verb order), the agent after a
//! trigger noun, the subject of the reporting verb that governs the clause,
//! or the speaker of the enclosing statement.
//!
//! Decisions where the spec leaves a choice:
//! - A peace agreement (`اتفاق سلام`), a settlement (`تسوية`) and a trade deal
//!   are not ceasefires; `اتفاق` counts only as the trigger of a cue near it.
//! - `وقف إراقة الدماء` alone is not emitted (optional in the gold).
//! - A negated agreement or offer (`لم يتم التوصل إلى اتفاق`, `رفض`, `غير
//!   مستعدة`) and a negated cue (`لا وقف لإطلاق النار`) are failures; a
//!   negated call or violation (`عدم خرق الهدنة`) is dropped as a trigger.
//! - `عاجل` (urgent) does not make a ceasefire immediate; `فوري`, `فورا`,
//!   `على الفور` do.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use crate::actors::Actors;
use crate::doc::Doc;
use crate::statements::Found;
use crate::text::memo::{MEMO_KEY, WordMemo};
use crate::text::{fold, words};
use crate::{ActorKind, Ceasefire, CeasefireKind};

/// How a word may carry clitics: verbs and particles take only a
/// conjunction (و ف) or the future س; nouns also a preposition (ب ل ك) and
/// the article.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Pos {
    Verb,
    Noun,
}

/// Who the trigger's agent is.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Agent {
    /// A verb: its own subject.
    Verb,
    /// A noun whose agent follows it or is the subject of the governing verb
    /// (`التوصل`, `اتفاق`, `مبادرة`).
    Governed,
    /// A noun whose agent, if any, follows it (`الدعوات الدولية`, `رغم`).
    Bare,
    /// An impersonal form (`من الضروري`, `يجب`): the governing speaker.
    Impersonal,
}

/// Trigger kinds in order of precedence.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
enum Kind {
    Violate,
    Fail,
    Call,
    Offer,
    Agree,
    Purpose,
}

impl Kind {
    fn out(self) -> CeasefireKind {
        match self {
            Kind::Violate => CeasefireKind::Violation,
            Kind::Fail => CeasefireKind::Failure,
            Kind::Call | Kind::Purpose => CeasefireKind::Call,
            Kind::Offer => CeasefireKind::Offer,
            Kind::Agree => CeasefireKind::Agreement,
        }
    }
}

/// What a word can be for this extractor.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Class {
    /// A cessation head needing an object (`وقف`, `إنهاء`); `verb`: a verb
    /// form; `call`: an imperative (`أوقفوا`).
    Head { verb: bool, call: bool },
    /// What is stopped, complete (`القتال`).
    Object,
    /// What is stopped, needing a second word from group `g`.
    ObjectPart(u8),
    /// Second word of an object of group `g` (`النار`, `العدائية`).
    ObjectEnd(u8),
    /// A word that may stand between head and object (`فوري`, `جديد`).
    Modifier,
    /// A truce noun, standing alone; `call`: default kind is call.
    Truce { call: bool },
    /// A trigger with its kind, agent and reach in words before/after the cue.
    Trigger { kind: Kind, agent: Agent, before: u8, after: u8 },
    /// A reporting verb: a subject to borrow.
    Report,
    /// Accuses (the accused is the violator).
    Accuse,
    /// Negation before a trigger.
    Neg,
    /// A word that may not be negated (`بد` in `لا بد`).
    NoNeg,
    /// A word standing for the two belligerents (`الطرفين`).
    Sides,
    /// `بين`.
    Between,
    /// Mediation noun (`بوساطة`, `برعاية`): the mediator follows.
    Mediate,
    /// Leads or sponsors (`تقودها`, `ترعاها`): after talks, the mediator follows.
    Lead,
    /// Talks or efforts (`المفاوضات`, `جهود`) a mediator may lead.
    Talks,
    /// Stops the search for a verb's subject and shadows objects.
    Stop,
    /// Starts a new clause.
    Boundary,
    /// May link two members of a list of actors (`و`, `نظيره`).
    Joiner,
    /// May stand between a subject and its verb (`قد`, `كان`).
    PreVerb,
    /// Immediate.
    Immediate,
    /// Humanitarian (the adjective).
    Humane,
    /// Leads a humanitarian purpose (`لأهداف`).
    HumaneLead,
    /// Precedes humanitarian words that are not about the truce (`المساعدات`).
    HumaneOther,
    /// Marks when it takes effect.
    Effect,
    /// `نوعه` in `الثالث من نوعه`.
    Kindred,
    /// Words of hostility that make a `بين X وY` name the two sides.
    Conflict,
    /// An end (`نهاية`) that is a date after a time word.
    Ending,
    /// A time word before an end (`بعد`, `ذكرى`).
    Temporal,
    /// A refusal: its subject made the talks fail.
    Refuse,
    /// `زال` in `لا يزال` (still): cancels the negation before it.
    Still,
    /// Denies (`نفى أن يكون وافق`): the agreement after it is negated.
    Deny,
    /// A word that speaks of a ceasefire only when negated (`غير معنية
    /// بأي هدنة`): a refusal.
    NegOnly,
    /// Welcomes (`ترحيبها بالدعوة`): the call it welcomes is not its own.
    Welcome,
}

use Agent::{Bare, Governed, Impersonal, Verb};
use Kind::{Agree, Call, Fail, Offer, Purpose, Violate};

const fn trig(kind: Kind, agent: Agent, before: u8, after: u8) -> Class {
    Class::Trigger { kind, agent, before, after }
}

/// The word tables, written as normal Arabic and folded once.
#[rustfmt::skip]
const TABLE: &[(Pos, Class, &[&str])] = &[
    (Pos::Noun, Class::Head { verb: false, call: false }, &["وقف", "وقفا", "إيقاف", "إنهاء", "نهاية", "انتهاء", "حد", "حدا", "تعليق"]),
    // an end in construct after a time word is a date, not a ceasefire
    // (`بعد نهاية الحرب`, `ذكرى انتهاء الحرب`)
    (Pos::Noun, Class::Ending, &["نهاية", "انتهاء"]),
    (
        Pos::Noun,
        Class::Temporal,
        &["بعد", "قبل", "منذ", "حتى", "ذكرى", "عقب", "إثر", "مع", "طوال", "عشية", "أعقاب", "احتفالات", "احتفال", "عيد"],
    ),
    (
        Pos::Verb,
        Class::Head { verb: true, call: false },
        &["أوقف", "أوقفت", "يوقف", "توقف", "نوقف", "أنهى", "أنهت", "ينهي", "تنهي"],
    ),
    (Pos::Verb, Class::Head { verb: true, call: true }, &["أوقفوا", "أنهوا"]),
    (
        Pos::Noun,
        Class::Object,
        &[
            "القتال", "الاقتتال", "المعارك", "الاشتباكات", "المواجهات", "الحرب", "الصراع", "النزاع", "العدوان",
            "النار", "الهجمات", "الضربات", "القصف", "الغارات", "الهجوم", "هجومها", "هجومه", "هجومهم", "هجماتها",
            "هجماته", "هجماتهم", "العدائيات", "عدوانها", "عدوانه", "عدوانهم",
        ],
    ),
    (Pos::Noun, Class::ObjectPart(0), &["إطلاق"]),
    (Pos::Noun, Class::ObjectEnd(0), &["النار", "نار"]),
    (Pos::Noun, Class::ObjectPart(1), &["الأعمال", "أعمال"]),
    (Pos::Noun, Class::ObjectEnd(1), &["العدائية", "القتالية", "العسكرية", "العنف"]),
    (
        Pos::Noun,
        Class::ObjectPart(2),
        &["العمليات", "عمليتها", "عملياتها", "عمليته", "عملياته", "عملياتهم", "العملية", "الأنشطة"],
    ),
    (Pos::Noun, Class::ObjectEnd(2), &["العسكرية", "القتالية", "الهجومية", "الحربية"]),
    (
        Pos::Noun,
        Class::Modifier,
        &[
            "فوري", "فورية", "فوريا", "شامل", "شاملا", "كامل", "كاملا", "تام", "تاما", "دائم", "دائما", "جديد",
            "جديدا", "مؤقت", "مؤقتا", "نهائي", "نهائيا", "جميع", "كل", "كافة", "عاجل", "عاجلة", "عاجلا",
            "سريع", "سريعة", "فعلي", "حقيقي", "مبكر", "مبكرة", "أي", "غير", "مشروط", "متبادل", "متبادلا", "المتبادل",
        ],
    ),
    (Pos::Noun, Class::Truce { call: false }, &["هدنة", "هدنات", "هدنتين", "هدنته", "هدنتها", "هدن"]),
    (Pos::Noun, Class::Truce { call: true }, &["تهدئة"]),
    // calls
    (
        Pos::Verb,
        trig(Call, Verb, 25, 0),
        &[
            "دعا", "دعت", "دعوا", "دعتا", "دعيا", "يدعو", "تدعو", "ندعو", "أدعو", "يدعون", "تدعوان", "يدعوان",
            "طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "نطالب", "أطالب", "يطالبون", "ناشد", "ناشدت",
            "ناشدوا", "يناشد", "تناشد", "نناشد", "أناشد", "حث", "حثت", "حثوا", "يحث", "تحث", "نحث", "أحث",
            "حض", "حضت", "يحض", "تحض", "طلب", "طلبت", "يطلب", "تطلب", "نطلب", "أطلب", "نأمل", "يأمل", "تأمل",
            "آمل",
        ],
    ),
    // with the object's pronoun glued on (`وحثّهما على وقف فوري لإطلاق النار`)
    (
        Pos::Verb,
        trig(Call, Verb, 25, 0),
        &[
            "دعاه", "دعاها", "دعاهم", "دعاهما", "دعته", "دعتها", "دعتهم", "دعتهما", "حثه", "حثها", "حثهم",
            "حثهما", "حثته", "حثتها", "حثتهم", "حثتهما", "طالبه", "طالبها", "طالبهم", "طالبهما", "طالبته",
            "طالبتها", "طالبتهم", "طالبتهما", "ناشده", "ناشدها", "ناشدهم", "ناشدهما", "ناشدته", "ناشدتها",
            "ناشدتهم", "ناشدتهما",
        ],
    ),
    // `داعيا الطرفين إلى`: the participle calls for the subject of the
    // clause it follows
    (
        Pos::Verb,
        trig(Call, Impersonal, 25, 0),
        &["داعيا", "داعية", "داعين", "مطالبا", "مطالبين", "حاثا", "حاثة", "مناشدا", "مناشدة"],
    ),
    (
        Pos::Noun,
        trig(Call, Bare, 8, 0),
        &[
            "دعوة", "دعوات", "دعوته", "دعوتها", "دعوتهم", "نداء", "نداءات", "نداءه", "نداءها", "مناشدة",
            "مناشدات", "مطالبة", "مطالبات", "مطالبته", "مطالبتها", "مطالب",
        ],
    ),
    (
        Pos::Noun,
        trig(Call, Impersonal, 6, 0),
        &["ضرورة", "الضروري", "ضروري", "يجب", "ينبغي", "يتعين", "بد", "لابد", "الحاجة", "حاجة", "أهمية", "ملحة"],
    ),
    // offers
    (
        Pos::Noun,
        trig(Offer, Verb, 6, 0),
        &["مستعد", "مستعدة", "مستعدون", "مستعدين", "مستعدتان", "جاهزة", "جاهز", "جاهزون"],
    ),
    (
        Pos::Noun,
        trig(Offer, Governed, 6, 0),
        &[
            "استعداد", "استعداده", "استعدادها", "استعدادهم", "استعدادنا", "اقتراح", "اقتراحا", "مقترح",
            "مقترحا", "مبادرة", "مبادرات", "عرضا",
        ],
    ),
    // `عرضت اتفاقا ... مقابل وقف القتال`: a stop in exchange is on offer
    (Pos::Noun, trig(Offer, Governed, 2, 0), &["مقابل"]),
    (
        Pos::Verb,
        trig(Offer, Verb, 10, 0),
        &[
            "اقترح", "اقترحت", "يقترح", "تقترح", "نقترح", "عرض", "عرضت", "يعرض", "تعرض", "نعرض", "تعهد",
            "تعهدت", "يتعهد", "تتعهد", "نتعهد",
        ],
    ),
    // agreements
    (
        Pos::Noun,
        trig(Agree, Governed, 4, 0),
        &[
            "اتفاق", "اتفاقا", "اتفاقية", "اتفاقات", "اتفاقيات", "التوصل", "توقيع", "إعلان", "اتفاقه", "اتفاقها",
            "صفقة", "موافقة", "موافقته", "موافقتها", "موافقتهم", "موافقتهما", "التزامه", "التزامها",
            "التزامهم", "التزامهما", "التزامنا", "تمديد", "تمديده", "تمديدها", "تثبيت", "تثبيته", "تثبيتها",
            "قبول", "قبوله", "قبولها", "تفاهم", "تفاهما", "تفاهمات", "ترحيب", "ترحيبه", "ترحيبها", "ترحيبهم",
            // an order to stop is a stop announced (`تلقوا أوامر بوقف العمليات`)
            "أوامر", "الأوامر",
        ],
    ),
    (
        Pos::Verb,
        trig(Agree, Verb, 12, 0),
        &[
            "توصل", "توصلت", "توصلا", "توصلتا", "توصلوا", "يتوصل", "تتوصل", "نتوصل", "يتوصلا", "اتفق", "اتفقت",
            "اتفقا", "اتفقتا", "اتفقوا", "يتفق", "تتفق", "اتفقنا", "وافق", "وافقت", "وافقا", "وافقتا",
            "وافقوا", "يوافق", "توافق", "قبلت", "قبلوا", "أبرم", "أبرمت", "أبرما", "أمر", "أمرت", "يلتزم", "تلتزم", "التزم",
            "التزمت", "التزما", "التزمتا", "التزموا", "يلتزمان", "تلتزمان", "يلتزمون", "قبلا", "قبلتا",
            "يسفر", "تسفر", "أفضى", "أفضت", "يفض", "تفض", "توافقا", "توافقت", "توافقوا", "توافقتا", "تتوافق", "يتوافق", "نجح", "نجحت", "نجحا",
            "نجحوا", "ينجح", "تنجح", "أفلح", "أفلحت", "يفلح", "تفلح", "يفلحا", "تفلحا",
        ],
    ),
    // `ينص الاتفاق على وقف`: what an agreement stipulates is agreed
    (Pos::Verb, trig(Agree, Bare, 14, 0), &["ينص", "تنص", "نص", "نصت", "يقضي", "تقضي"]),
    (Pos::Verb, trig(Agree, Verb, 4, 0), &["وقع", "وقعت", "وقعا", "وقعتا", "وقعوا", "يوقع", "توقع"]),
    (Pos::Verb, trig(Agree, Verb, 5, 0), &["أعلن", "أعلنت", "أعلنوا", "أعلنا", "يعلن", "تعلن", "نعلن"]),
    (
        Pos::Noun,
        trig(Agree, Bare, 4, 4),
        &[
            "سريان", "يسري", "تسري", "سرى", "سرت", "تنفيذ", "تطبيق", "صمود", "صامد", "صامدة", "يصمد", "تصمد",
            "صمدت", "صمد", "الهش", "الهشة", "هش", "هشة", "احترام", "التزام", "بموجب", "بدأ", "بدأت",
            "المتفق", "المعلن", "المبرم", "حيز", "دخل", "دخلت", "يدخل", "تدخل", "دخول", "أدى", "أدت", "أسفر",
            "أسفرت", "يبدأ", "تبدأ", "دخوله", "دخولها", "سريانه", "سريانها",
        ],
    ),
    (Pos::Noun, trig(Agree, Bare, 3, 0), &["رغم", "الرغم", "برغم", "منذ", "خلال"]),
    // `قال الجيش إنه ملتزم بالهدنة`: whoever is committed agrees
    (Pos::Noun, trig(Agree, Verb, 4, 4), &["ملتزم", "ملتزمة", "ملتزمون", "ملتزمين", "ملتزمان"]),
    (Pos::Noun, trig(Agree, Bare, 6, 0), &["وساطة", "رعاية"]),
    (Pos::Verb, trig(Agree, Verb, 6, 0), &["توسط", "توسطت", "توسطا", "توسطوا"]),
    // violations
    (
        Pos::Verb,
        trig(Violate, Verb, 8, 3),
        &[
            "انتهك", "انتهكت", "انتهكوا", "ينتهك", "تنتهك", "خرق", "خرقت", "خرقوا", "يخرق", "تخرق", "اخترق",
            "اخترقت", "يخترق", "تخترق", "تجددت", "تجدد", "استؤنفت", "استؤنف", "انتهكا", "انتهكتا", "خرقتا",
            "اخترقا", "ينتهكون", "يخرقون", "ينتهكان", "تنتهكان", "يخرقان", "تخرقان",
        ],
    ),
    (
        Pos::Noun,
        trig(Violate, Bare, 5, 3),
        &[
            "انتهاك", "انتهاكات", "انتهاكا", "خروقات", "خروق", "خرق", "خرقا", "اختراق", "اختراقات", "خروقاتهم",
            "انتهاكاتهم", "خرقين",
        ],
    ),
    // `تعرضت الهدنة لاختبار مع تبادل الطرفين الاتهامات بخرقها`: a breach
    // of "it" points back to the truce further before it
    (
        Pos::Noun,
        trig(Violate, Bare, 5, 12),
        &[
            "انتهاكه", "انتهاكها", "خرقه", "خرقها", "اختراقه", "اختراقها", "خروقاتها", "خروقاته", "انتهاكاتها",
            "انتهاكاته",
        ],
    ),
    // failures
    (
        Pos::Verb,
        trig(Fail, Verb, 20, 3),
        &[
            "فشل", "فشلت", "فشلا", "فشلتا", "فشلوا", "يفشل", "تفشل", "أخفق", "أخفقت", "أخفقا", "أخفقتا",
            "أخفقوا", "يخفق", "تخفق", "تعثر", "تعثرت", "انهار", "انهارت", "ينهار", "تنهار",
        ],
    ),
    (Pos::Noun, trig(Fail, Bare, 6, 3), &["إخفاق", "انهيار", "فشل", "تعثر"]),
    (Pos::Verb, trig(Fail, Verb, 6, 0), &["رفض", "رفضت", "رفضا", "رفضوا", "يرفض", "ترفض", "نرفض", "رفضه", "رفضها"]),
    // a refusal names who made the talks fail (`فشل المساعي بعد رفض X`)
    (Pos::Noun, Class::Refuse, &["رفض", "رفضت", "رفضا", "رفضوا", "يرفض", "ترفض", "رفضه", "رفضها"]),
    // suspension (`علقت الحكومة وقف إطلاق النار`); not `علق على` (commented on)
    (Pos::Verb, trig(Fail, Verb, 5, 0), &["علق", "علقت", "علقا", "علقوا", "يعلق", "تعلق", "نعلق"]),
    (Pos::Noun, trig(Fail, Governed, 3, 0), &["تعليق"]),
    // purpose: a push towards a ceasefire
    (
        Pos::Noun,
        trig(Purpose, Impersonal, 4, 0),
        &[
            "أجل", "بهدف", "سعيا", "الرامية", "الرامي", "الهادفة", "الهادف", "جهود", "مساعي", "مساع", "محاولة",
            "محاولات", "تحقيق", "العمل", "العودة", "الدفع", "خطوات", "تدابير",
        ],
    ),
    (
        Pos::Verb,
        Class::Report,
        &[
            "قال", "قالت", "قالوا", "يقول", "تقول", "أعلن", "أعلنت", "أعلنوا", "أكد", "أكدت", "أكدوا", "يؤكد",
            "تؤكد", "أوضح", "أوضحت", "أضاف", "أضافت", "أبلغ", "أبلغت", "صرح", "صرحت", "شدد", "شددت", "أشار",
            "أشارت", "ذكر", "ذكرت", "اعتبر", "اعتبرت", "أفاد", "أفادت", "كتب", "كتبت", "أعرب", "أعربت", "جدد",
            "جددت", "جددا", "رحب", "رحبت", "أبدى", "أبدت", "يرى", "ترى", "أكدا", "قالا",
        ],
    ),
    (
        Pos::Verb,
        Class::Accuse,
        &[
            "اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "اتهاما", "اتهام", "اتهامات", "تبادل", "تبادلت",
            "تبادلا", "تبادلتا",
        ],
    ),
    (Pos::Verb, Class::Neg, &["لم", "لن", "لا", "ليس", "ليست", "دون", "بدون", "عدم", "غير"]),
    (Pos::Noun, Class::NoNeg, &["بد", "لابد", "بديل"]),
    (Pos::Verb, Class::Still, &["زال", "زالت", "يزال", "تزال", "يزالون", "تزالان", "يزالان", "نزال", "أزال"]),
    (Pos::Verb, Class::Deny, &["نفى", "نفت", "نفوا", "ينفي", "تنفي", "ننفي", "نفيه", "نفيها", "نفي"]),
    (Pos::Noun, Class::NegOnly, &["معني", "معنية", "معنيون", "معنيين", "معنيا", "واردة", "وارد", "مطروحة", "مطروح"]),
    (Pos::Noun, Class::Welcome, &["ترحيب", "ترحيبه", "ترحيبها", "ترحيبهم", "رحب", "رحبت", "رحبوا", "يرحب", "ترحب", "نرحب"]),
    (
        Pos::Noun,
        Class::Sides,
        &[
            "الطرفين", "الطرفان", "طرفي", "الجانبين", "الجانبان", "البلدين", "البلدان", "الدولتين", "الدولتان",
            "الأطراف", "المتحاربين", "المتنازعين",
        ],
    ),
    (Pos::Verb, Class::Between, &["بين"]),
    (
        Pos::Verb,
        Class::Lead,
        &[
            "تقودها", "يقودها", "قادتها", "قادها", "ترعاها", "يرعاها", "رعتها", "رعاها", "تتوسط", "يتوسط",
            // the host of the talks (`محادثات استضافتها الدوحة`)
            "استضافتها", "استضافها", "تستضيفها", "يستضيفها", "احتضنتها", "احتضنها", "تحتضنها", "يحتضنها",
        ],
    ),
    (
        Pos::Noun,
        Class::Talks,
        &["مفاوضات", "المفاوضات", "محادثات", "المحادثات", "مباحثات", "جهود", "الجهود", "جولة", "وساطة", "مساعي"],
    ),
    (
        Pos::Noun,
        Class::Mediate,
        &["وساطة", "رعاية", "الوسيط", "وسيط", "الوسطاء", "وسطاء", "الوسيطين", "الوسيطان", "جهود", "خطة"],
    ),
    (
        Pos::Verb,
        Class::Stop,
        &["إلى", "على", "في", "مع", "عن", "خلال", "لدى", "باسم", "حول", "بشأن", "ضد", "أن", "إن", "أنه", "أنها", "بأن"],
    ),
    (Pos::Verb, Class::Boundary, &["فيما", "بينما", "لكن", "لكنه", "لكنها", "لكنهما", "لكنهم", "كما", "بيد"]),
    (
        Pos::Verb,
        Class::Joiner,
        &[
            "و", "نظيره", "نظيرته", "نظيراه", "نظيريه", "نظرائه", "إلى", "جانب", "من", "بينها", "بينهم",
            "منها", "مثل", "كذلك", "أيضا",
        ],
    ),
    (Pos::Verb, Class::PreVerb, &["قد", "كان", "كانت", "لقد", "أيضا", "بدوره", "بدورها", "بدورهما", "بدورهم"]),
    (Pos::Noun, Class::Immediate, &["فوري", "فورية", "فوريا", "فورا", "الفور"]),
    (Pos::Noun, Class::Humane, &["إنسانية", "إنساني", "إنسانيا"]),
    (
        Pos::Noun,
        Class::HumaneLead,
        &["أهداف", "أسباب", "دواع", "دوافع", "أغراض", "غايات", "هدنة", "اعتبارات", "لدواع", "بادرة", "مبادرة"],
    ),
    (
        Pos::Noun,
        Class::HumaneOther,
        &["مساعدات", "المساعدات", "الوضع", "الأزمة", "الكارثة", "ممرات", "القانون", "العمل", "الإغاثة"],
    ),
    (
        Pos::Noun,
        Class::Effect,
        &[
            "حيز", "اعتبارا", "ابتداء", "بدءا", "سريانه", "سريانها", "يسري", "تسري", "تثبيته", "تثبيتها",
            "يبدأ", "تبدأ", "يدخل", "تدخل", "دخل", "دخلت", "منتصف", "بدء", "بدأ", "بدأت",
        ],
    ),
    (Pos::Noun, Class::Kindred, &["نوعه", "نوعها"]),
    (
        Pos::Noun,
        Class::Conflict,
        &[
            "التوتر", "التوترات", "الجبهة", "التماس", "التصعيد", "العنف", "الدائرة", "الدائر", "المسلح", "المستمرة",
            "العسكري", "العداء", "المتنازع", "الهجمات", "المواجهة",
        ],
    ),
];

struct Tables {
    words: crate::text::WordMap<Vec<(Pos, Class)>>,
    /// The same words read backwards as a trie over letters: one walk from
    /// a word's end finds every table word it ends with. Every stem
    /// `classify` tries is such a suffix, so a word costs one walk, not a
    /// hash of each candidate stem.
    ends: Suffixes,
    /// Every word is in `ends` (all are folded Arabic letters).
    complete: bool,
}

/// Letters of the folded table words (`ء` to `ي`) are the trie's symbols.
const FIRST: u32 = 0x0620;
const SYMBOLS: usize = 43;

fn symbol(c: char) -> usize {
    match c as u32 {
        x @ 0x0621..=0x064A => (x - FIRST) as usize,
        _ => 0,
    }
}

/// A trie of reversed words: `next[node * SYMBOLS + symbol]` is the child
/// (0: none; node 0 is the root, never a child); `entry[node]` is one plus
/// the index in `lists` of the word that ends at this node.
#[derive(Default)]
struct Suffixes {
    next: Vec<u32>,
    entry: Vec<u32>,
    lists: Vec<Vec<(Pos, Class)>>,
}

/// Most table words a word can end with, one inside another
/// (`النار`, `نار`); the tables hold far fewer.
#[cfg(test)]
const MAX_HITS: usize = 8;

impl Suffixes {
    fn insert(&mut self, word: &str, list: Vec<(Pos, Class)>) {
        if self.next.is_empty() {
            self.next = vec![0; SYMBOLS];
            self.entry = vec![0];
        }
        let mut node = 0;
        for c in word.chars().rev() {
            let slot = node * SYMBOLS + symbol(c);
            if self.next[slot] == 0 {
                let child = self.entry.len();
                self.next[slot] = child as u32;
                self.next.extend([0; SYMBOLS]);
                self.entry.push(0);
            }
            node = self.next[slot] as usize;
        }
        self.lists.push(list);
        self.entry[node] = self.lists.len() as u32;
    }

    /// Every table word `w` ends with, as (byte offset in `w`, index in
    /// `lists`), the longest last; `None` when there are more than
    /// [`MAX_HITS`]. Read off the bytes: a letter outside the trie's
    /// alphabet ends the walk, as its symbol would.
    #[cfg(test)]
    fn walk(&self, w: &str) -> Option<([(usize, u32); MAX_HITS], usize)> {
        let b = w.as_bytes();
        let mut hits = [(0, 0); MAX_HITS];
        let mut n = 0;
        let mut node = 0;
        let mut end = b.len();
        while end >= 2 {
            let Some(sym) = letter(b[end - 2], b[end - 1]) else { break };
            node = *self.next.get(node * SYMBOLS + sym)? as usize;
            if node == 0 {
                break;
            }
            end -= 2;
            let e = self.entry.get(node).copied().unwrap_or(0);
            if e != 0 {
                if n == MAX_HITS {
                    return None;
                }
                hits[n] = (end, e - 1);
                n += 1;
            }
        }
        Some((hits, n))
    }
}

/// Byte offsets at which a stem [`classify`] tries can start: after at
/// most a conjunction, ل + the article, and the article, each a two-byte
/// letter pair or letter (`وللـ` + `ال` is 10 bytes).
const STEM_SLOTS: usize = 6;

impl Suffixes {
    /// The table words `w` ends with that start at an even byte offset
    /// below `2 * STEM_SLOTS`: `slots[at / 2]` is one plus the index in
    /// `lists` (0: none); `None` when there is none. Longer words than that
    /// cannot be a candidate stem, so the walk stops where they would start.
    #[inline(always)]
    fn stems(&self, w: &[u8]) -> Option<[u32; STEM_SLOTS]> {
        let mut slots = [0; STEM_SLOTS];
        let mut any = false;
        let mut node = 0;
        let mut end = w.len();
        while end >= 2 {
            let Some(sym) = letter(w[end - 2], w[end - 1]) else { break };
            node = self.next.get(node * SYMBOLS + sym).map_or(0, |&n| n as usize);
            if node == 0 {
                break;
            }
            end -= 2;
            if end < 2 * STEM_SLOTS && end % 2 == 0 {
                let e = self.entry.get(node).copied().unwrap_or(0);
                if e != 0 {
                    slots[end / 2] = e;
                    any = true;
                }
            }
        }
        any.then_some(slots)
    }
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut words: crate::text::WordMap<Vec<(Pos, Class)>> = Default::default();
    for (pos, class, list) in TABLE {
        for w in *list {
            let f = fold(w);
            let mut forms = vec![f.clone()];
            // a definite noun also matches bare, as words are matched with
            // the article stripped (`للقتال` → `قتال`)
            if let Some(rest) = f.strip_prefix("ال").filter(|r| char_count_ge(r, 2) && *pos == Pos::Noun) {
                forms.push(rest.to_string());
            }
            for form in forms {
                let e = words.entry(form).or_default();
                if !e.contains(&(*pos, *class)) {
                    e.push((*pos, *class));
                }
            }
        }
    }
    let mut keys: Vec<&String> = words.keys().collect();
    keys.sort_unstable();
    let mut ends = Suffixes::default();
    // a word with a letter outside the trie's alphabet would never be found
    // by a walk: then `classify` looks every stem up by hash
    let complete = keys.iter().all(|k| k.chars().all(|c| symbol(c) != 0));
    for k in keys.into_iter().filter(|_| complete) {
        ends.insert(k, words[k].clone());
    }
    Tables { words, ends, complete }
});

fn char_count_ge(s: &str, n: usize) -> bool {
    s.chars().nth(n.saturating_sub(1)).is_some()
}

/// The clitic letters, as UTF-8 bytes.
const WAW: [u8; 2] = [0xD9, 0x88];
const FA: [u8; 2] = [0xD9, 0x81];
const SIN: [u8; 2] = [0xD8, 0xB3];
const BA: [u8; 2] = [0xD8, 0xA8];
const LAM: [u8; 2] = [0xD9, 0x84];
const KAF: [u8; 2] = [0xD9, 0x83];
const ALEF: [u8; 2] = [0xD8, 0xA7];

/// Do the bytes (a `str` from a char boundary) hold at least two chars?
#[inline(always)]
fn two_chars(b: &[u8]) -> bool {
    let width = |c: u8| match c {
        0..0x80 => 1,
        0x80..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    };
    b.first().is_some_and(|&c| b.len() > width(c))
}

/// Most classes one word can have: every table word it may end with, one
/// inside another, with all their classes (checked by a test; the tables
/// need 4). Small, as every token holds them.
const MAX_CLASSES: usize = 8;

/// A word's classes, in the order `classify` found them, kept inline: most
/// words of a classified sentence have some, and a `Vec` each cost an
/// allocation.
#[derive(Clone, Copy)]
struct Classes {
    n: u8,
    items: [Class; MAX_CLASSES],
    /// One bit per variant present (see [`Class::bit`]): a quick no.
    mask: u64,
    /// The [`cue_bits`] of every class.
    cue: u8,
}

impl Classes {
    const EMPTY: Classes = Classes { n: 0, items: [Class::Object; MAX_CLASSES], mask: 0, cue: 0 };

    fn push(&mut self, c: Class) {
        if let Some(slot) = self.items.get_mut(self.n as usize) {
            *slot = c;
            self.n += 1;
            self.mask |= c.bit();
            self.cue |= cue_bits(&c);
        }
    }

    #[inline(always)]
    fn is(&self, c: Class) -> bool {
        self.mask & c.bit() != 0 && self.contains(&c)
    }
}

impl std::ops::Deref for Classes {
    type Target = [Class];
    #[inline(always)]
    fn deref(&self) -> &[Class] {
        &self.items[..self.n as usize]
    }
}

impl std::fmt::Debug for Classes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Class {
    /// A bit for the variant, whatever its fields.
    #[inline(always)]
    const fn bit(self) -> u64 {
        let i = match self {
            Class::Head { .. } => 0,
            Class::Object => 1,
            Class::ObjectPart(_) => 2,
            Class::ObjectEnd(_) => 3,
            Class::Modifier => 4,
            Class::Truce { .. } => 5,
            Class::Trigger { .. } => 6,
            Class::Report => 7,
            Class::Accuse => 8,
            Class::Neg => 9,
            Class::NoNeg => 10,
            Class::Sides => 11,
            Class::Between => 12,
            Class::Mediate => 13,
            Class::Lead => 14,
            Class::Talks => 15,
            Class::Stop => 16,
            Class::Boundary => 17,
            Class::Joiner => 18,
            Class::PreVerb => 19,
            Class::Immediate => 20,
            Class::Humane => 21,
            Class::HumaneLead => 22,
            Class::HumaneOther => 23,
            Class::Effect => 24,
            Class::Kindred => 25,
            Class::Conflict => 26,
            Class::Ending => 27,
            Class::Temporal => 28,
            Class::Refuse => 29,
            Class::Still => 30,
            Class::Deny => 31,
            Class::NegOnly => 32,
            Class::Welcome => 33,
        };
        1 << i
    }
}

/// A word with what it can be.
#[derive(Debug, Clone)]
struct Tok {
    r: Range<usize>,
    /// Interned ([`intern`]): a token is 32 bytes, not a copy of the list.
    cls: &'static Classes,
    /// Starts with a conjunction (و ف) that was stripped to match.
    conj: bool,
    /// Carries the preposition ل (purpose: `لوقف`).
    lam: bool,
    /// Inside an actor's name (set by [`build`]).
    in_unit: bool,
    /// What the gap before it holds ([`GAP_CUT`], [`GAP_COMMA`]; set by
    /// [`build`]): read once, where clauses and lists ask of it often.
    gap: u8,
    /// The unit starting at this token, or [`NO_UNIT`] (set by [`build`]):
    /// kept in the token, where it fits its padding, not in a `Vec` per
    /// sentence.
    unit: u32,
}

/// [`Tok::gap`]: the gap ends a clause ([`gap_cuts`]).
const GAP_CUT: u8 = 1;
/// [`Tok::gap`]: the gap holds a comma ([`gap_comma`]).
const GAP_COMMA: u8 = 2;

/// [`Tok::unit`] of a token no unit starts at.
const NO_UNIT: u32 = u32::MAX;

impl Tok {
    #[inline(always)]
    fn has(&self, f: impl Fn(&Class) -> bool) -> bool {
        self.cls.iter().any(f)
    }
    #[inline(always)]
    fn is(&self, c: Class) -> bool {
        self.cls.is(c)
    }
}

/// Words [`classify`] remembers per thread (see [`WordMemo`]).
const MEMO_SLOTS: usize = 16384;

/// What [`classify_word`] finds of a word: its classes and clitics.
type Classified = (&'static Classes, bool, bool);

/// Every distinct class list met so far, once: a word's classes are one of
/// a few hundred lists (table words behind clitics), so tokens and the memo
/// point at a shared copy (bounded: one per list, for the whole process).
static INTERNED: LazyLock<std::sync::Mutex<HashMap<Vec<Class>, &'static Classes>>> = LazyLock::new(Default::default);

/// The shared copy of `c` (see [`INTERNED`]); called only when the memo
/// misses, so the lock is rare.
fn intern(c: Classes) -> &'static Classes {
    if c.n == 0 {
        return &Classes::EMPTY;
    }
    let mut map = INTERNED.lock().unwrap_or_else(|e| e.into_inner());
    map.entry(c.to_vec()).or_insert_with(|| Box::leak(Box::new(c)))
}

thread_local! {
    /// A word's classes depend on the word alone, and news text repeats its
    /// words, so most words are found here at the cost of one hash instead
    /// of a trie walk and the clitic candidates.
    static MEMO: std::cell::RefCell<WordMemo<Classified>> =
        const { std::cell::RefCell::new(WordMemo::new(MEMO_SLOTS, (&Classes::EMPTY, false, false))) };
}

fn classify(text: &str, r: Range<usize>) -> Tok {
    MEMO.with(|m| classify_in(&mut m.borrow_mut(), text, r))
}

/// Inlined in its callers' loops: most calls are a hit, cheaper than a call.
#[inline(always)]
fn classify_in(m: &mut WordMemo<Classified>, text: &str, r: Range<usize>) -> Tok {
    let (cls, conj, lam) = lookup(m, text, r.clone());
    Tok { r, cls, conj, lam, in_unit: false, gap: 0, unit: NO_UNIT }
}

/// What [`classify_word`] finds of the word at `r`, remembered in `m`.
#[inline(always)]
fn lookup(m: &mut WordMemo<Classified>, text: &str, r: Range<usize>) -> Classified {
    let b = text.as_bytes().get(r.clone()).unwrap_or(&[]);
    m.get_or(b, || {
        let t = classify_word(text, r);
        (t.cls, t.conj, t.lam)
    })
}

#[inline(never)]
fn classify_word(text: &str, r: Range<usize>) -> Tok {
    let t = &*TABLES;
    let w = &text[r.clone()];
    let b = w.as_bytes();
    // every candidate stem below is a suffix of `w` starting in its first
    // few bytes: none in the trie, no class
    let hits = if t.complete {
        match t.ends.stems(b) {
            Some(slots) => Some(slots),
            None => {
                return Tok { r, cls: &Classes::EMPTY, conj: false, lam: false, in_unit: false, gap: 0, unit: NO_UNIT };
            }
        }
    } else {
        None
    };
    let mut cls = Classes::EMPTY;
    let (mut conj, mut lam) = (false, false);
    // the clitics are two-byte letters: a candidate stem is the suffix of
    // `w` from a byte offset (`at`), and stripping one leaves a stem only
    // when at least two letters follow it
    let is = |at: usize, c: [u8; 2]| b.get(at..at + 2) == Some(&c[..]);
    let strips = |at: usize, c: [u8; 2]| is(at, c) && two_chars(&b[at + 2..]);
    // candidates: (offset, level: 0 none, 1 conjunction/future, 2 noun clitics, stripped ل),
    // on the stack: this runs for every word of every sentence
    fn push<T: Copy, const N: usize>(buf: &mut [T; N], n: &mut usize, item: T) {
        if *n < N {
            buf[*n] = item;
            *n += 1;
        }
    }
    let mut cands: [(usize, u8, bool); 20] = [(0, 0, false); 20];
    let mut n = 0;
    let conj_stripped = (strips(0, WAW) || strips(0, FA)).then_some(2);
    let level1 = [Some(0), conj_stripped];
    push(&mut cands, &mut n, (0, 0, false));
    if let Some(rest) = conj_stripped {
        push(&mut cands, &mut n, (rest, 1, false));
    }
    for &base in level1.iter().flatten() {
        if strips(base, SIN) {
            push(&mut cands, &mut n, (base + 2, 1, false));
        }
    }
    let mut nouns: [(usize, bool); 6] = [(0, false); 6];
    let mut k = 0;
    for &base in level1.iter().flatten() {
        push(&mut nouns, &mut k, (base, false));
        if is(base, LAM) && strips(base + 2, LAM) {
            // ل + ال: the article's alef is elided
            push(&mut nouns, &mut k, (base + 4, true));
        }
        if strips(base, BA) || strips(base, KAF) {
            push(&mut nouns, &mut k, (base + 2, false));
        } else if strips(base, LAM) {
            push(&mut nouns, &mut k, (base + 2, true));
        }
    }
    for &(noun, l) in &nouns[..k] {
        push(&mut cands, &mut n, (noun, 2, l));
        if is(noun, ALEF) && strips(noun + 2, LAM) {
            push(&mut cands, &mut n, (noun + 4, 2, l));
        }
    }
    for &(at, level, l) in &cands[..n] {
        let found = match &hits {
            Some(slots) => match slots.get(at / 2) {
                Some(&e) if e != 0 => t.ends.lists.get(e as usize - 1),
                _ => None,
            },
            None => w.get(at..).and_then(|c| t.words.get(c)),
        };
        if let Some(list) = found {
            for (pos, class) in list {
                let ok = match pos {
                    Pos::Verb => level <= 1,
                    Pos::Noun => true,
                };
                if ok && !cls.contains(class) {
                    cls.push(*class);
                    if level >= 1 && at > 0 {
                        conj |= is(0, WAW) || is(0, FA);
                    }
                    lam |= l;
                }
            }
        }
    }
    // the table lists definite objects; accept the bare noun too
    Tok { r, cls: intern(cls), conj, lam, in_unit: false, gap: 0, unit: NO_UNIT }
}

/// A member of a list of actors: a mention, or a word for both sides.
#[derive(Debug, Clone)]
struct Unit {
    range: Range<usize>,
    /// Token indices it covers.
    toks: Range<usize>,
    who: Who,
    /// This unit and the next belong to one list (set by [`build`]).
    link: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Actor(usize),
    Sides,
}

struct Sentence<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    units: Vec<Unit>,
    /// Every class bit of every token ([`Class::bit`]).
    mask: u64,
}

impl Sentence<'_> {
    /// May some word of the sentence be of class `c` (of its variant)?
    /// A quick no before a scan for it.
    #[inline(always)]
    fn holds(&self, c: Class) -> bool {
        self.mask & c.bit() != 0
    }

    fn gap_ok(&self, a: usize, b: usize) -> bool {
        // punctuation between members of a list
        self.text.get(a..b).is_some_and(|g| {
            g.chars().all(|c| c.is_whitespace() || matches!(c, '،' | ',' | '"' | '«' | '»' | '(' | ')' | '-'))
        })
    }

    /// The list of units starting at unit `u`: members joined by `و`, a
    /// comma or a joiner word. Returns the units and the token after the list.
    fn group(&self, u: usize) -> (Vec<Who>, usize) {
        let mut out = vec![self.units[u].who];
        let mut cur = u;
        while self.units.get(cur).is_some_and(|u| u.link) && cur + 1 < self.units.len() {
            cur += 1;
            out.push(self.units[cur].who);
        }
        (out, self.units[cur].toks.end)
    }

    /// Are units `k` and `k + 1` members of one list?
    fn joined(&self, k: usize) -> bool {
        let (Some(prev), Some(next)) = (self.units.get(k), self.units.get(k + 1)) else { return false };
        let (gap_start, gap_end) = (prev.range.end, next.range.start);
        if gap_end < gap_start {
            return false;
        }
        // a comma anywhere in the gap joins too: looked for last, as most
        // gaps hold a word that is no joiner
        let mut joined = false;
        let mut last = gap_start;
        // when both members end and start on word boundaries the words
        // between them are tokens, already classified
        let (lo, hi) = (prev.toks.end, next.toks.start);
        let aligned = lo <= hi
            && lo > 0
            && self.toks.get(lo - 1).is_some_and(|t| t.r.end <= gap_start)
            && self.toks.get(hi).is_some_and(|t| t.r.start >= gap_end);
        let tokens = aligned.then(|| self.toks[lo..hi].iter().map(|t| (t.r.clone(), t.is(Class::Joiner))));
        let others = (!aligned).then(|| {
            words(self.text, gap_start..gap_end)
                .into_iter()
                .map(|w| (w.clone(), classify(self.text, w).is(Class::Joiner)))
        });
        for (w, joiner) in tokens.into_iter().flatten().chain(others.into_iter().flatten()) {
            if !self.gap_ok(last, w.start) || !joiner {
                return false;
            }
            // `نظيره` alone is an object (`أبلغ بوتين نظيره ماكرون`); `ونظيره` joins
            let raw = self.text.get(w.clone()).unwrap_or("");
            joined |= raw.starts_with('و') || raw == "جانب";
            last = w.end;
        }
        let comma = || self.text.get(gap_start..gap_end).is_some_and(|g| g.contains('،') || g.contains(','));
        (joined || comma()) && self.gap_ok(last, gap_end)
    }

    fn unit_starting(&self, t: usize) -> Option<usize> {
        self.toks.get(t).and_then(|k| (k.unit != NO_UNIT).then_some(k.unit as usize))
    }

    fn is_verb(&self, t: usize) -> bool {
        self.toks[t].has(|c| {
            matches!(
                c,
                Class::Report
                    | Class::Accuse
                    | Class::Trigger { agent: Agent::Verb, .. }
                    | Class::Head { verb: true, .. }
            )
        })
    }

    /// The subject of the verb at `t` within `lo..hi`: the list right before
    /// it (subject–verb order) or the first list after it (verb–subject).
    /// Returns the subject and the token after it.
    fn subject(&self, t: usize, lo: usize, hi: usize) -> (Vec<Who>, usize) {
        // `أما قائد الحركة فرفض`: after `أما` the topic is the subject of
        // the verb its `ف` opens
        let topic =
            || word(self, t).starts_with('ف') && (lo.max(t.saturating_sub(12))..t).any(|j| word(self, j) == "اما");
        if !self.toks[t].conj || topic() {
            let mut j = t;
            while j > lo && self.toks[j - 1].is(Class::PreVerb) {
                j -= 1;
            }
            if j > lo {
                if let Some(u) = self.units.iter().rposition(|u| u.toks.end == j) {
                    let gap_ok = self.gap_ok(self.units[u].range.end, self.toks[j].r.start)
                        || self.toks[j].r.start == self.units[u].range.end;
                    if gap_ok {
                        // walk back to the start of the list
                        let mut first = u;
                        while first > 0 && self.units.get(first - 1).is_some_and(|u| u.link) {
                            first -= 1;
                        }
                        let (g, _) = self.group(first);
                        return (g, t + 1);
                    }
                }
            }
        }
        let mut i = t + 1;
        let mut skipped = 0;
        while i < hi {
            if let Some(u) = self.unit_starting(i) {
                if self.units[u].who == Who::Sides {
                    // `حث الجانبين`: the object, not the subject
                    return (Vec::new(), t + 1);
                }
                return self.group(u);
            }
            let tk = &self.toks[i];
            if tk.is(Class::Stop)
                || tk.has(|c| {
                    matches!(c, Class::Head { .. } | Class::Truce { .. } | Class::Boundary | Class::Trigger { .. })
                })
                || skipped >= 6
            {
                break;
            }
            skipped += 1;
            i += 1;
        }
        (Vec::new(), t + 1)
    }

    /// The accused and the accuser of the accusation verb at `a`, before
    /// the breach at `t`. `اتهمت الحكومة الحوثيين`: after an unnamed subject
    /// the first name is the accused.
    fn accused(&self, a: usize, lo: usize, t: usize) -> (Vec<Who>, Vec<Who>) {
        let (subj, end) = self.subject(a, lo, t);
        let objs = self.objects(end, t);
        // `الحكومة اتهمت الحوثيين`: an unnamed subject before the verb
        let unnamed = a > lo
            && !self.toks[a - 1].in_unit
            && self.toks[a - 1].cls.is_empty()
            && self.text.get(self.toks[a - 1].r.clone()).is_some_and(|w| w.starts_with("ال"));
        if objs.is_empty() && !subj.is_empty() && unnamed && end > a + 1 {
            return (subj, Vec::new());
        }
        if objs.is_empty() && !subj.is_empty() {
            let first = self.units.iter().find(|u| u.toks.start > a && u.toks.start < t);
            let skipped = first.is_some_and(|u| (a + 1..u.toks.start).any(|j| !self.toks[j].is(Class::PreVerb)));
            if skipped && end > a + 1 {
                return (subj, Vec::new());
            }
        }
        (objs, subj)
    }

    /// The two members after `بين` at `t`: a list (`بين روسيا وأوكرانيا`), or
    /// a name, `و` and a descriptor before the second name (`بين الحكومة
    /// ومتمردي الحركة`).
    fn between(&self, t: usize) -> Vec<Who> {
        let Some(u) = (t + 1..(t + 3).min(self.toks.len())).find_map(|k| self.unit_starting(k)) else {
            return Vec::new();
        };
        let (g, end) = self.group(u);
        if g.len() >= 2 {
            return g;
        }
        let mut out = g;
        // `و` opens the next word, then at most one descriptor word
        let starts_and =
            self.text.get(self.toks.get(end).map_or(0..0, |k| k.r.clone())).is_some_and(|w| w.starts_with('و'));
        if starts_and {
            if let Some(v) = (end..(end + 3).min(self.toks.len())).find_map(|k| self.unit_starting(k)) {
                if self.units[v].toks.start > end || self.text.get(self.toks[end].r.clone()) != Some("و") {
                    out.push(self.units[v].who);
                }
            }
        }
        out
    }

    /// Does the token at `t` open a mediator (`بوساطة`, `الوسطاء`,
    /// `بجهود`)? Bare `جهود` is a push towards a goal, not a broker.
    #[inline(always)]
    fn mediates(&self, t: usize) -> bool {
        // most sentences hold neither class: one test, not a call per token
        self.mask & (Class::Lead.bit() | Class::Mediate.bit()) != 0 && self.mediates_at(t)
    }

    fn mediates_at(&self, t: usize) -> bool {
        if self.toks[t].is(Class::Lead) {
            // `المفاوضات التي تقودها X`, `جهود قادتها X`; not `التحالف الذي تقوده`
            return (t.saturating_sub(5)..t).any(|j| self.toks[j].is(Class::Talks));
        }
        // asked of every word of a sentence with a mediator: its bytes
        let w = bytes(self, t);
        if w.ends_with("خطه".as_bytes()) {
            // `خطة أنان`, `خطة السلام الأمريكية`: whose plan it is; not a
            // plan with no name after it
            let k = if bytes(self, t + 1) == "السلام".as_bytes() { t + 2 } else { t + 1 };
            return self.unit_starting(k).is_some_and(|u| self.units[u].who != Who::Sides);
        }
        self.toks[t].is(Class::Mediate) && (!w.ends_with("جهود".as_bytes()) || w.starts_with("بجهود".as_bytes()))
    }

    /// The list after a mediation noun: also demonyms in a row with no
    /// joiner (`بوساطة مصرية قطرية أمريكية`).
    fn brokers(&self, t: usize, hi: usize) -> Vec<Who> {
        // `استضافتها مدينة كونمينغ الصينية`: the state after a city's name
        // and the names after a description of the brokers (`برعاية الدول
        // الضامنة كوبا والنرويج`)
        const BEFORE_NAME: &[&str] = &[
            "مدينه",
            "العاصمه",
            "منتجع",
            "الدول",
            "الدولتين",
            "الضامنه",
            "الراعيه",
            "الوسيطه",
            "الضامنتين",
            "الراعيتين",
        ];
        let reach = 3
            + (t + 1..t + 3).take_while(|&k| BEFORE_NAME.contains(&word(self, k))).count().min(1)
            + usize::from(BEFORE_NAME.contains(&word(self, t + 1)) && BEFORE_NAME.contains(&word(self, t + 2)));
        let Some(u) = (t + 1..(t + reach).min(hi))
            .find_map(|k| self.unit_starting(k).filter(|&u| self.units[u].who != Who::Sides))
        else {
            return Vec::new();
        };
        let (mut out, _) = self.group(u);
        let mut cur = u;
        while self.units.get(cur).is_some_and(|u| u.link) {
            cur += 1;
        }
        while let (Some(a), Some(b)) = (self.units.get(cur), self.units.get(cur + 1)) {
            let gap = self.text.get(a.range.end..b.range.start).unwrap_or("x");
            if !gap.chars().all(char::is_whitespace) || b.toks.start >= hi {
                break;
            }
            cur += 1;
            out.extend(self.group(cur).0);
            while self.units.get(cur).is_some_and(|u| u.link) {
                cur += 1;
            }
        }
        out
    }

    /// Lists of units in `from..to` that are not inside a prepositional
    /// phrase (`مع`, `في`) running up to a comma.
    fn objects(&self, from: usize, to: usize) -> Vec<Who> {
        let mut out = Vec::new();
        let mut shadow = false;
        let mut i = from;
        while i < to {
            if i > 0 && self.toks[i].gap & GAP_COMMA != 0 {
                shadow = false;
            }
            if let Some(u) = self.unit_starting(i) {
                let (g, end) = self.group(u);
                if !shadow {
                    out.extend(g);
                }
                i = end.max(i + 1);
                continue;
            }
            if self.toks[i].is(Class::Stop) && !self.toks[i].is(Class::Joiner) {
                shadow = true;
            }
            i += 1;
        }
        out
    }

    /// The list right after a noun at `t` (its agent: `دعوات روسيا`,
    /// `وساطة أمريكية`), allowing one `من` between.
    fn after_noun(&self, t: usize, hi: usize) -> Vec<Who> {
        for k in [t + 1, t + 2] {
            if k >= hi {
                break;
            }
            if let Some(u) = self.unit_starting(k) {
                return self.group(u).0;
            }
            if k == t + 1 && fold_eq(&self.text[self.toks[k].r.clone()], "من") {
                continue;
            }
            break;
        }
        Vec::new()
    }

    /// The subject of the nearest verb before `t` in `lo..t`.
    fn governing(&self, t: usize, lo: usize, hi: usize) -> Vec<Who> {
        let mut j = t;
        while j > lo {
            j -= 1;
            if self.is_verb(j) {
                let (s, _) = self.subject(j, lo, hi);
                if !s.is_empty() {
                    return s;
                }
                // `توصل الطرفان إلى اتفاق`: a verb of agreeing takes no sides
                // word as its object, so the sides are its subject
                if self.toks[j].has(|c| matches!(c, Class::Trigger { kind: Kind::Agree, agent: Agent::Verb, .. })) {
                    if let Some(u) = self.unit_starting(j + 1).filter(|&u| self.units[u].who == Who::Sides) {
                        return vec![self.units[u].who];
                    }
                }
            }
        }
        Vec::new()
    }
}

fn fold_eq(a: &str, b: &str) -> bool {
    a == b
}

/// A cue: token range, default kind, head token.
#[derive(Debug, Clone)]
struct Cue {
    toks: Range<usize>,
    default: Kind,
    /// No cue word: a clause that speaks of the ceasefire named before it
    /// (`لكنها انهارت`, `في أول خرق للاتفاق`); an item only with a trigger.
    pseudo: bool,
}

/// The classes a cue starts with: any other word is passed over at once.
const CUE_START: u64 = Class::Truce { call: false }.bit() | Class::Head { verb: false, call: false }.bit();

fn cues(s: &Sentence) -> Vec<Cue> {
    let toks = &s.toks;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if t.cls.mask & CUE_START == 0 {
            i += 1;
            continue;
        }
        if let Some(call) = t.cls.iter().find_map(|c| match c {
            Class::Truce { call } => Some(*call),
            _ => None,
        }) {
            out.push(Cue { toks: i..i + 1, default: if call { Call } else { Agree }, pseudo: false });
            i += 1;
            continue;
        }
        if let Some((verb, call)) = t.cls.iter().find_map(|c| match c {
            Class::Head { verb, call } => Some((*verb, *call)),
            _ => None,
        }) {
            let mut j = i + 1;
            let mut skipped = 0;
            while j < toks.len() && skipped < 3 && toks[j].is(Class::Modifier) && !is_object(&toks[j]) {
                j += 1;
                skipped += 1;
            }
            let mut end = None;
            if let Some(o) = toks.get(j) {
                if o.is(Class::Object) {
                    end = Some(j + 1);
                } else if let Some(g) = o.cls.iter().find_map(|c| match c {
                    Class::ObjectPart(g) => Some(*g),
                    _ => None,
                }) {
                    if toks.get(j + 1).is_some_and(|n| n.is(Class::ObjectEnd(g))) {
                        end = Some(j + 2);
                    }
                }
            }
            // `بعد نهاية الحرب`: an end in construct after a time word dates
            // something else
            let dated = t.is(Class::Ending) && j == i + 1 && !t.lam && i > 0 && toks[i - 1].is(Class::Temporal);
            if let Some(end) = end.filter(|_| !dated) {
                let fire = toks[j].is(Class::ObjectPart(0)) || fold_eq(&s.text[toks[j].r.clone()], "النار");
                // a stated stop of fire is a fact; a stop of fighting, a goal
                let default = if !call && (verb || (fire && !t.lam)) { Agree } else { Call };
                out.push(Cue { toks: i..end, default, pseudo: false });
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out
}

fn is_object(t: &Tok) -> bool {
    t.has(|c| matches!(c, Class::Object | Class::ObjectPart(_)))
}

/// Suspension verbs, folded (`علقت`).
/// Verbs of accepting, folded: a proposal accepted is an agreement, not an
/// offer (announcing one's readiness stays an offer).
const ACCEPT: &[&str] = &[
    "وافق",
    "وافقت",
    "وافقا",
    "وافقتا",
    "وافقوا",
    "يوافق",
    "توافق",
    "قبل",
    "قبلت",
    "قبلوا",
    "قبلا",
    "قبلتا",
    "يقبل",
    "تقبل",
];

/// Words a refusal may put between its verb and the truce it refuses: the
/// medium (`رفض في رسالة صوتية`, `في بيان`) and the topic (`أي حديث عن`,
/// `مقترح`, `فكرة`). They do not count towards the verb's reach.
static REFUSAL_FILLER: LazyLock<Vec<String>> = LazyLock::new(|| {
    [
        "في",
        "عبر",
        "خلال",
        "رسالة",
        "صوتية",
        "مصورة",
        "بيان",
        "تصريح",
        "تصريحات",
        "مقابلة",
        "كلمة",
        "مؤتمر",
        "صحفي",
        "تغريدة",
        "أي",
        "حديث",
        "الحديث",
        "عن",
        "فكرة",
        "مقترح",
        "مقترحات",
        "اقتراح",
        "دعوة",
        "دعوات",
        "الدعوات",
        "الدعوة",
        "عرض",
        "العرض",
    ]
    .iter()
    .map(|w| fold(w))
    .collect()
});

/// Words of attack: verbs (their subject attacks) and nouns of strikes
/// and projectiles.
const ATTACK_VERBS: &[&str] = &[
    "شن",
    "شنت",
    "شنوا",
    "يشن",
    "تشن",
    "هاجم",
    "هاجمت",
    "هاجموا",
    "يهاجم",
    "تهاجم",
    "قصف",
    "قصفت",
    "قصفوا",
    "يقصف",
    "تقصف",
    "استهدف",
    "استهدفت",
    "استهدفوا",
    "يستهدف",
    "تستهدف",
    "أطلق",
    "أطلقت",
    "أطلقوا",
    "يطلق",
    "تطلق",
];
const ATTACK_NOUNS: &[&str] = &["إطلاق", "غارة", "غارات", "صاروخ", "صواريخ", "قذيفة", "قذائف", "هجمات", "هجوما"];
/// A truce's taking effect (`سريان`, `دخول`) or announcement, and what
/// stands before it to say "after" (`بعد`, `ساعات على`).
const TOOK_EFFECT: &[&str] = &["سريان", "دخول", "بدء", "تطبيق", "تنفيذ", "إعلان"];
const AFTER: &[&str] = &["بعد", "عقب", "إثر", "وبعد"];
const TIME_UNITS: &[&str] =
    &["دقائق", "دقيقة", "لحظات", "ساعة", "ساعات", "ساعتين", "يوم", "يومين", "أيام", "أسبوع", "أسابيع"];

static ATTACK_WORDS: LazyLock<(crate::text::WordSet, crate::text::WordSet)> =
    LazyLock::new(|| (ATTACK_VERBS.iter().map(|w| fold(w)).collect(), ATTACK_NOUNS.iter().map(|w| fold(w)).collect()));
static AFTER_EFFECT: LazyLock<[Vec<String>; 3]> = LazyLock::new(|| {
    let f = |ws: &[&str]| ws.iter().map(|w| fold(w)).collect::<Vec<_>>();
    [f(TOOK_EFFECT), f(AFTER), f(TIME_UNITS)]
});

/// Is a folded word, behind up to two clitics (`و`, `ف`, `ب`), a word of
/// attack? `Some(true)` for a verb.
fn attack(w: &str) -> Option<bool> {
    let (verbs, nouns) = &*ATTACK_WORDS;
    let mut w = w;
    for _ in 0..3 {
        if verbs.contains(w) {
            return Some(true);
        }
        if nouns.contains(w) {
            return Some(false);
        }
        w = w.strip_prefix(['و', 'ف', 'ب'])?;
    }
    None
}

/// Does the cue at `head` follow "after it took effect" (`بعد سريان`,
/// `بعد دقائق من دخول`, `ساعات على سريان`, `عقب إعلان`)?
fn took_effect_before(s: &Sentence, head: usize, lo: usize) -> bool {
    let [effect, after, units] = &*AFTER_EFFECT;
    let has = |set: &[String], j: usize| set.iter().any(|x| x == word(s, j));
    let mut k = head;
    // `بعد بدء سريان الهدنة`: up to two such words
    while k > lo && head - k < 2 && has(effect, k - 1) {
        k -= 1;
    }
    if k == head || k == lo {
        return false;
    }
    if has(after, k - 1) {
        return true;
    }
    // `بعد دقائق من سريان`, `لم تمض ساعات على سريان`
    let unit_before = k >= lo + 2 && has(units, k - 2);
    unit_before && (word(s, k - 1) == "علي" || (word(s, k - 1) == "من" && k >= lo + 3 && has(after, k - 3)))
}

static SUSPEND: LazyLock<Vec<String>> = LazyLock::new(|| {
    ["علق", "علقت", "علقا", "علقوا", "يعلق", "تعلق", "نعلق", "وعلق", "وعلقت"].iter().map(|w| fold(w)).collect()
});

/// Two-word clause openers, folded (`في حين`, `وفي حين`, `غير أن`, `إلا
/// أن`, `بعد أن`), as bytes ([`bytes`]): asked of every word, so the second
/// word is read only after the first.
#[inline(always)]
fn pair_boundary<'a>(a: &[u8], b: impl FnOnce() -> &'a [u8]) -> bool {
    let second = if one_of(a, &["في", "وفي"]) {
        "حين"
    } else if one_of(a, &["غير", "الا", "بعد", "وبعد"]) {
        "ان"
    } else {
        return false;
    };
    b() == second.as_bytes()
}

/// Does the gap between two words end a clause: a semicolon, or a full
/// stop with whitespace (`.` inside a quote ends a quoted sentence the
/// segmenter keeps whole)? One pass over the gap; most are one space.
#[inline]
fn gap_cuts(gap: &str) -> bool {
    if gap == " " {
        return false;
    }
    let (mut space, mut stop) = (false, false);
    for c in gap.chars() {
        match c {
            ';' | '؛' => return true,
            '.' | '!' | '?' | '؟' => stop = true,
            c if c.is_whitespace() => space = true,
            _ => {}
        }
    }
    space && stop
}

/// Does the gap between two words hold a comma?
#[inline]
fn gap_comma(gap: &str) -> bool {
    gap != " " && gap.contains(['،', ','])
}

fn word<'a>(s: &'a Sentence, t: usize) -> &'a str {
    s.toks.get(t).and_then(|k| s.text.get(k.r.clone())).unwrap_or("")
}

/// [`word`] as bytes: a token lies on char boundaries, so its bytes compare
/// as its word does, without the boundary checks of a `str` slice (the
/// loops over every word of a sentence use it).
#[inline(always)]
fn bytes<'a>(s: &'a Sentence, t: usize) -> &'a [u8] {
    s.toks.get(t).and_then(|k| s.text.as_bytes().get(k.r.clone())).unwrap_or(&[])
}

/// Is `b` ([`bytes`]) one of `words`?
#[inline(always)]
fn one_of(b: &[u8], words: &[&str]) -> bool {
    words.iter().any(|w| w.as_bytes() == b)
}

fn trigger_kinds(t: &Tok) -> impl Iterator<Item = (Kind, Agent, u8)> + '_ {
    // most words are no trigger: their list is not read
    let list: &[Class] = if t.cls.mask & TRIGGER_LOOP != 0 { &t.cls[..] } else { &[] };
    list.iter().filter_map(|c| match *c {
        Class::Trigger { kind, agent, after, .. } => Some((kind, agent, after)),
        _ => None,
    })
}

/// Where a clause with no cue speaks of a ceasefire named before it: a
/// breach noun (`خرق للاتفاق`), or, within the sentence, a collapse, a
/// failure or an entry into force (`لكنها انهارت`, `لم تصمد`, `دخوله حيز التنفيذ`).
/// An attack "hours after the agreement took effect" (`هاجمت … بعد ساعات
/// على سريان الاتفاق`): the agreement is a ceasefire, breached; it needs
/// no cue before it.
fn breached_agreement(s: &Sentence, cl: Range<usize>) -> Option<usize> {
    let agreement = |t: usize| one_of(bytes(s, t), &["الاتفاق", "الاتفاقيه", "التفاهم"]);
    let t = cl.clone().find(|&t| agreement(t) && took_effect_before(s, t, cl.start))?;
    cl.clone().any(|j| attack(word(s, j)).is_some()).then_some(t)
}

fn anaphor(s: &Sentence, cl: Range<usize>, cross: bool) -> Option<usize> {
    if let Some(t) = called_pronoun(s, cl.clone()) {
        return Some(t);
    }

    cl.clone()
        .find(|&t| {
            trigger_kinds(&s.toks[t]).any(|(kind, agent, after)| match kind {
                // a breach (`خرق`, not the wider `انتهاكات`), not a threat
                // against any breach (`لأي خرق`)
                // or a verb of breach whose object is "the agreement"
                // (`إن الطرفين انتهكا الاتفاق`)
                Violate => {
                    (agent == Bare && word(s, t).contains("خر") && !word(s, t.saturating_sub(1)).ends_with("اي"))
                        || (agent == Verb && matches!(word(s, t + 1), "الاتفاق" | "الاتفاقيه" | "التفاهم"))
                }
                Fail => !cross && agent == Verb && after > 0,
                // an entry into force (`دخل حيز التنفيذ`)
                // or, in the sentence, a negated hold (`لكنها لم تصمد`)
                Agree => {
                    agent == Bare && (word(s, t) == "حيز" || (!cross && t > cl.start && s.toks[t - 1].is(Class::Neg)))
                }
                _ => false,
            })
        })
        .map(|t| {
            // a negation before it (`لم تصمد`) stays inside
            let mut p = t;
            while p > cl.start && (s.toks[p - 1].is(Class::Neg) || s.toks[p - 1].is(Class::PreVerb)) {
                p -= 1;
            }
            p
        })
}

/// Verbal nouns with a pronoun for the ceasefire just named (`تنفيذه`,
/// `توسيعها`), folded.
static PRONOUN_OBJECT: LazyLock<Vec<String>> = LazyLock::new(|| {
    let stems = ["تنفيذ", "توسيع", "احترام", "تمديد", "تثبيت", "تطبيق", "تعميم", "إنجاح", "صون", "حماية"];
    stems.iter().flat_map(|w| [fold(&format!("{w}ه")), fold(&format!("{w}ها"))]).collect()
});

/// What a commitment verb binds itself to when it is the ceasefire just
/// named (`ستلتزم بالاتفاق`, `تلتزم بها`), folded.
static COMMITTED_TO: LazyLock<Vec<String>> = LazyLock::new(|| {
    ["به", "بها", "بالاتفاق", "بالاتفاقية", "بالهدنة", "بالتهدئة", "باتفاق"].iter().map(|w| fold(w)).collect()
});

// every object ends in the pronoun `ه`/`ها` and every commitment object
// starts with `ب` (`BA`): byte tests turn away almost every word before a
// table is read
const HA: &[u8] = "ه".as_bytes();
const HAA: &[u8] = "ها".as_bytes();

/// In a clause with no cue, a call for "it" (`حث الطرفين على تنفيذه`,
/// `داعيا إلى توسيعه`) or a commitment to it (`ستلتزم بالاتفاق`): where
/// that object stands, the call or commitment before it.
fn called_pronoun(s: &Sentence, cl: Range<usize>) -> Option<usize> {
    // both need a trigger before the object
    if s.mask & TRIGGER_LOOP == 0 {
        return None;
    }
    cl.clone().find(|&t| {
        let b = bytes(s, t);
        let pronoun = b.len() >= 8 && (b.ends_with(HA) || b.ends_with(HAA));
        // the conjunction stripped once, not once per table word
        if pronoun && {
            let stem = word(s, t).trim_start_matches(['و', 'ف']);
            PRONOUN_OBJECT.iter().any(|p| p == stem)
        } {
            // the call a few words before (`حث X، في بيان، على "تنفيذه"`)
            return (t.saturating_sub(10).max(cl.start)..t)
                .any(|j| trigger_kinds(&s.toks[j]).any(|(kind, a, _)| kind == Call && a != Bare));
        }
        // `ستلتزم بالاتفاق`: a commitment verb (not the noun `التزام`)
        t > cl.start
            && b.starts_with(&BA)
            && COMMITTED_TO.iter().any(|p| p.as_bytes() == b)
            && trigger_kinds(&s.toks[t - 1]).any(|(kind, a, _)| kind == Agree && a == Verb)
            && word(s, t - 1).contains("لتزم")
    })
}

/// Cuts a clause at `قبل أن`, `بعد` and, before a breach, a comma, when the
/// part before holds a cue and the part after a cue or a trigger of its own
/// (`أعلنت هدنة … بعد انهيار هدنتين`, `توافقا على وقف … قبل أن تنهار المفاوضات`).
/// The parts are pushed to `out`; `points` is scratch.
fn soft_split(
    s: &Sentence,
    found: &[Cue],
    cl: Range<usize>,
    points: &mut Vec<(usize, bool)>,
    out: &mut Vec<Range<usize>>,
) {
    let has_cue = |r: &Range<usize>| found.iter().any(|c| r.contains(&c.toks.start));
    points.clear();
    for i in cl.start + 1..cl.end {
        let comma = s.toks[i].gap & GAP_COMMA != 0;
        let b = bytes(s, i);
        // `قبل`, `بعد` are six bytes, `وبعد`, `الذي` and `التي` eight: the
        // length rules out most words
        let (soft, relative) = if matches!(b.len(), 6 | 8) {
            let soft = if b == "قبل".as_bytes() {
                bytes(s, i + 1) == "ان".as_bytes()
            } else {
                one_of(b, &["بعد", "وبعد"]) && bytes(s, i + 1) != "ان".as_bytes()
            };
            // `الاتهامات بخرق اتفاق … الذي دخل حيز التنفيذ`: the agreement in
            // force is an item of its own beside the breach
            (soft, one_of(b, &["الذي", "التي"]))
        } else {
            (false, false)
        };
        if (soft && bytes(s, i - 1) != "من".as_bytes()) || relative {
            points.push((i, relative));
        } else if comma {
            points.push((i, true));
        }
    }
    let mut start = cl.start;
    for (k, &(p, comma)) in points.iter().enumerate() {
        // a cut needs a cue before it: checked first, it spares the rest
        if !has_cue(&(start..p)) {
            continue;
        }
        let next = points.get(k + 1).map_or(cl.end, |n| n.0);
        let right = p..next;
        let breach = right.clone().any(|t| trigger_kinds(&s.toks[t]).any(|(kind, a, _)| kind == Violate && a == Bare));
        let relative = matches!(word(s, p), "الذي" | "التي");
        let ok = if relative {
            // only after a breach or failure in the part before
            (start..p).any(|t| trigger_kinds(&s.toks[t]).any(|(kind, _, _)| matches!(kind, Violate | Fail)))
                && anaphor(s, right.clone(), false).is_some_and(|a| word(s, a) != word(s, p))
                // a cue later in the clause (`وسط تحذيرات من انهيار التهدئة`)
                // would take the part over
                && !has_cue(&(p..cl.end))
        } else if comma {
            !has_cue(&right) && (breach || called_pronoun(s, right.clone()).is_some())
        } else {
            has_cue(&right) || breach || anaphor(s, right.clone(), false).is_some()
        };
        if ok {
            out.push(start..p);
            start = p;
        }
    }
    out.push(start..cl.end);
}

/// Token ranges of the clauses of a sentence, into `out` (cleared first).
fn clauses(s: &Sentence, out: &mut Vec<Range<usize>>) {
    out.clear();
    let mut start = 0;
    for i in 1..s.toks.len() {
        let cut = s.toks[i].gap & GAP_CUT != 0
            || s.toks[i].is(Class::Boundary)
            // the first words of [`pair_boundary`] are four, six or eight bytes long
            || (matches!(s.toks[i].r.len(), 4 | 6 | 8)
                && s.toks
                    .get(i + 1)
                    .is_some_and(|n| pair_boundary(bytes(s, i), || bytes(s, i + 1)) && n.r.start > s.toks[i].r.end));
        if cut && i > start {
            out.push(start..i);
            start = i;
        }
    }
    if start < s.toks.len() {
        out.push(start..s.toks.len());
    }
}

/// The two belligerents the article is about, and the actors it names as
/// mediators anywhere (never belligerents).
struct Sides(Vec<usize>, Vec<usize>);

/// The two sides the article is about: the pair most often named in a
/// `بين X وY` phrase about fighting or a ceasefire. Also returns the two
/// states or groups named most (the last resort, after the pair that agrees
/// or accuses the other).
/// `counts`: how often each state or group is named in the sentences not
/// in `built`.
fn sides(built: &[Built], actors: &Actors, mut counts: Vec<usize>) -> (Sides, Vec<usize>) {
    let mut pairs: HashMap<(usize, usize), usize> = HashMap::new();
    let mut brokers: Vec<usize> = Vec::new();
    for Built { s, .. } in built {
        count_actors(actors, &s.units, &mut counts);
        // a sentence with no mediator and no `بين` adds nothing below
        if s.mask & (Class::Lead.bit() | Class::Mediate.bit() | Class::Between.bit()) == 0 {
            continue;
        }
        for (i, t) in s.toks.iter().enumerate() {
            if s.mediates(i) {
                for w in s.brokers(i, s.toks.len()) {
                    if let Who::Actor(a) = w {
                        brokers.extend(principal(actors, a));
                    }
                }
            }
            // only a `بين` about fighting names the sides (not `مباحثات بين`)
            let hostile = || {
                (i.saturating_sub(4)..i).any(|j| {
                    s.toks[j].has(|c| {
                        matches!(
                            c,
                            Class::Object
                                | Class::ObjectPart(_)
                                | Class::ObjectEnd(_)
                                | Class::Head { .. }
                                | Class::Truce { .. }
                                | Class::Conflict
                        )
                    })
                })
            };
            if t.is(Class::Between) && hostile() {
                let ps: Vec<usize> = s
                    .between(i)
                    .iter()
                    .filter_map(|w| match w {
                        Who::Actor(a) => principal(actors, *a),
                        Who::Sides => None,
                    })
                    .collect();
                if let [a, b] = ps[..] {
                    if a != b {
                        *pairs.entry((a.min(b), a.max(b))).or_default() += 1;
                    }
                }
            }
        }
    }
    let mut top: Vec<(usize, usize)> = counts.into_iter().enumerate().filter(|&(_, n)| n > 0).collect();
    top.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    top.retain(|(a, _)| !brokers.contains(a));
    // a war between a state and an armed group: the state and the group
    // named most, even when a third state (a mediator, an ally) is named more
    let is_group = |a: usize| actors.list.get(a).is_some_and(|r| r.kind == ActorKind::Group);
    // the group named most, if named twice or the only one named
    let groups = top.iter().filter(|(a, _)| is_group(*a)).count();
    let group = top.iter().find(|(a, n)| is_group(*a) && (*n >= 2 || groups == 1));
    let state = top.iter().find(|(a, _)| !is_group(*a));
    // two states each named four times as often as the group: an interstate
    // war in which the group is a side-show
    let second = top.iter().filter(|(a, _)| !is_group(*a)).nth(1);
    let group = group.filter(|g| second.is_none_or(|s2| s2.1 < 4 * g.1));
    let fallback = if let (Some(g), Some(st)) = (group, state) {
        vec![st.0, g.0]
    } else if top.len() >= 2 && top[1].1 >= 2 && top.get(2).is_none_or(|t| t.1 < top[1].1) {
        vec![top[0].0, top[1].0]
    } else {
        Vec::new()
    };
    if let Some(((a, b), _)) = pairs.into_iter().max_by_key(|((a, b), n)| (*n, usize::MAX - a, usize::MAX - b)) {
        return (Sides(vec![a, b], brokers), fallback);
    }
    (Sides(Vec::new(), brokers), fallback)
}

/// Counts the state or group each unit stands for (`counts` is indexed by
/// actor).
fn count_actors(actors: &Actors, units: &[Unit], counts: &mut [usize]) {
    for u in units {
        if let Who::Actor(a) = u.who {
            count_one(actors, a, counts);
        }
    }
}

fn count_one(actors: &Actors, a: usize, counts: &mut [usize]) {
    if let Some(n) = principal(actors, a).and_then(|p| counts.get_mut(p)) {
        *n += 1;
    }
}

/// [`count_actors`] of the [`units`] of a sentence with no word for both
/// sides, read straight off the mentions: the same units, merged the same
/// way, with no list built.
fn count_mentions(doc: &Doc, actors: &Actors, range: Range<usize>, words: &[Range<usize>], counts: &mut [usize]) {
    let text = doc.text();
    let Some(last_end) = words.last().map(|w| w.end) else { return };
    // the unit before the current one: its end and who it stands for
    let mut prev: Option<(usize, usize)> = None;
    for m in actors.within(range.clone()) {
        // `units` keeps a mention that lies in the range, is not empty and
        // starts before the last word ends
        if m.range.end > range.end || m.range.is_empty() || m.range.start >= last_end {
            continue;
        }
        if let Some((end, a)) = prev {
            let p = m.actor;
            let person = actors.list.get(p).is_some_and(|r| r.kind == ActorKind::Person);
            if person
                && a != p
                && text.get(end..m.range.start).is_some_and(|g| g.chars().all(char::is_whitespace))
                && actors.principal(p) == actors.principal(a)
            {
                prev = Some((m.range.end, p));
                continue;
            }
            count_one(actors, a, counts);
        }
        prev = Some((m.range.end, m.actor));
    }
    if let Some((_, a)) = prev {
        count_one(actors, a, counts);
    }
}

/// The state, organization or group an actor stands for, as an actor index.
fn principal(actors: &Actors, a: usize) -> Option<usize> {
    let rec = actors.list.get(a)?;
    match rec.kind {
        ActorKind::State | ActorKind::Group => Some(a),
        ActorKind::Organization => None,
        ActorKind::Person | ActorKind::Institution => {
            let p = actors.by_id(actors.principal(a))?;
            matches!(actors.list.get(p)?.kind, ActorKind::State | ActorKind::Group).then_some(p)
        }
    }
}

/// The actor mentions of a sentence whose words are `words`, as units:
/// a titled person right after the name of his own state is one unit.
/// `sides_at(i)`: word `i` stands for both sides.
fn units(
    doc: &Doc,
    actors: &Actors,
    range: Range<usize>,
    words: &[Range<usize>],
    any_sides: bool,
    sides_at: impl Fn(usize) -> bool,
) -> Vec<Unit> {
    let text = doc.text();
    let tok_of = |pos: usize| words.partition_point(|t| t.end <= pos);
    let mentions = actors.within(range.clone());
    // allocated once: one unit per mention, and a few words for both sides
    let mut units: Vec<Unit> = Vec::with_capacity(mentions.len() + if any_sides { 2 } else { 0 });
    for m in mentions {
        if m.range.end > range.end || m.range.is_empty() {
            continue;
        }
        let a = tok_of(m.range.start);
        let b = tok_of(m.range.end - 1) + 1;
        if a < words.len() && a < b {
            units.push(Unit {
                range: m.range.clone(),
                toks: a..b.min(words.len()),
                who: Who::Actor(m.actor),
                link: false,
            });
        }
    }
    for (i, w) in words.iter().enumerate().filter(|_| any_sides) {
        if sides_at(i) && !units.iter().any(|u| u.toks.contains(&i)) {
            units.push(Unit { range: w.clone(), toks: i..i + 1, who: Who::Sides, link: false });
        }
    }
    units.sort_by_key(|u| u.range.start);
    // `الرئيس الروسي فلاديمير بوتين`, `رئيس مفوضية الاتحاد الأفريقي موسى فقي`:
    // the person stands for the title's state or organization before it
    // merged in place: `units[..n]` are the merged units so far
    let mut n: usize = 0;
    for i in 0..units.len() {
        let u = units[i].clone();
        if let (Some(prev), Who::Actor(p)) = (n.checked_sub(1).and_then(|j| units.get_mut(j)), u.who) {
            if let Who::Actor(a) = prev.who {
                let person = actors.list.get(p).is_some_and(|r| r.kind == ActorKind::Person);
                let gap = text.get(prev.range.end..u.range.start).is_some_and(|g| g.chars().all(char::is_whitespace));
                if person && gap && a != p && actors.principal(p) == actors.principal(a) {
                    *prev = Unit {
                        range: prev.range.start..u.range.end,
                        toks: prev.toks.start..u.toks.end,
                        who: u.who,
                        link: false,
                    };
                    continue;
                }
            }
        }
        units[n] = u;
        n += 1;
    }
    units.truncate(n);
    units
}

/// The sentence at `range` whose words were classified into `toks`.
/// `words`: its words ([`Doc::words`]).
fn build<'a>(
    doc: &'a Doc,
    actors: &Actors,
    range: Range<usize>,
    words: &[Range<usize>],
    mut toks: Vec<Tok>,
) -> Sentence<'a> {
    let text = doc.text();
    let mask = toks.iter().fold(0, |m, t| m | t.cls.mask);
    for i in 1..toks.len() {
        let a = toks[i - 1].r.end;
        // most gaps are one space: neither a cut nor a comma
        if toks[i].r.start == a + 1 && text.as_bytes().get(a) == Some(&b' ') {
            continue;
        }
        if let Some(g) = text.get(a..toks[i].r.start) {
            toks[i].gap = (u8::from(gap_cuts(g)) * GAP_CUT) | (u8::from(gap_comma(g)) * GAP_COMMA);
        }
    }
    let units = units(doc, actors, range, words, mask & Class::Sides.bit() != 0, |i| toks[i].is(Class::Sides));
    for (k, u) in units.iter().enumerate() {
        // (a unit index past `u32` cannot be written: no text holds that many)
        if let (Some(t), Ok(k)) = (toks.get_mut(u.toks.start), u32::try_from(k)) {
            if t.unit == NO_UNIT {
                t.unit = k;
            }
        }
    }
    for u in &units {
        if let Who::Actor(_) = u.who {
            for t in toks.get_mut(u.toks.clone()).into_iter().flatten() {
                t.in_unit = true;
            }
        }
    }
    let mut s = Sentence { text, toks, units, mask };
    for k in 0..s.units.len() {
        let link = s.joined(k);
        s.units[k].link = link;
    }
    s
}

/// What a word can do for a sentence with no cue word of its own, as bits:
/// start a cue (a truce noun, a cessation head, what is stopped), be read
/// by `sides` or the accusation pass (both sides, `بين`, a mediator, an
/// accusation), or let a sentence after a cue speak of it ([`anaphor`]).
const TRUCE: u8 = 1;
const HEAD: u8 = 2;
const OBJECT: u8 = 4;
const OTHER: u8 = 8;
const ANAPHOR: u8 = 16;
/// A sentence bit: a truce noun, or a head with what is stopped close
/// enough after it for [`cues`] to join them.
const CUE: u8 = 32;

fn cue_bits(c: &Class) -> u8 {
    match c {
        Class::Truce { .. } => TRUCE,
        Class::Head { .. } => HEAD,
        Class::Object | Class::ObjectPart(_) => OBJECT,
        Class::Sides | Class::Between | Class::Mediate | Class::Lead | Class::Accuse => OTHER,
        // a breach noun, or a verb of breach with "the agreement" after it
        // (`انتهكت القوات الاتفاق`: read by `anaphor`)
        Class::Trigger { kind: Violate, agent: Bare | Agent::Verb, .. } => ANAPHOR,
        _ => 0,
    }
}

/// An entry into force (`دخل حيز التنفيذ`): the one unclitic word
/// [`anaphor`] reads besides a breach.
static FORCE: LazyLock<String> = LazyLock::new(|| fold("حيز"));

/// The clitic prefixes a stem [`classify`] tries can follow, as folded
/// Arabic: a conjunction (`و`, `ف`) or none, then the future `س`, or a
/// preposition (`ل` + the article, `ب`, `ك`, `ل`) or none and the article
/// or none. A superset: `classify` also asks that a stem be long enough.
const CLITIC_PREFIXES: fn() -> Vec<String> = || {
    let mut out = Vec::new();
    for conj in ["", "و", "ف"] {
        out.push(format!("{conj}س"));
        for prep in ["", "لل", "ب", "ك", "ل"] {
            for article in ["", "ال"] {
                out.push(format!("{conj}{prep}{article}"));
            }
        }
    }
    out
};

/// Bits of [`Gate`]'s filter, a power of two.
const GATE_BITS: usize = 1 << 20;

/// Every word that can have a class: each table word behind every clitic
/// prefix ([`CLITIC_PREFIXES`]), as a filter over [`word_key`] ([`ANY`]);
/// and of those the words [`scan_body`] reads, the ones with [`cue_bits`]
/// and `حيز` ([`FORCE`]) ([`CUE_WORD`]). A word whose [`ANY`] is clear has
/// no class (every stem `classify` tries is the word less one of those
/// prefixes): most words of a text, told so at the cost of one hash, with
/// no memo slot taken; a set flag is checked by `classify`. Far fewer
/// words are [`CUE_WORD`]s: the particles and verbs most sentences hold
/// have a class but no cue bit.
static GATE: LazyLock<Gate> = LazyLock::new(|| {
    let mut gate = Gate { bits: Box::new([0; GATE_BITS / 32]) };
    gate.add(TABLES.words.keys().map(String::as_str), ANY);
    let cue = |list: &Vec<(Pos, Class)>| list.iter().any(|(_, c)| cue_bits(c) != 0);
    let forms = TABLES.words.iter().filter(|(_, list)| cue(list)).map(|(w, _)| w.as_str());
    gate.add(forms.chain([FORCE.as_str()]), CUE_WORD);
    gate
});

/// [`Gate::flags`]: the word may have a class.
const ANY: u8 = 1;
/// [`Gate::flags`]: the word may have a cue bit, or be `حيز`.
const CUE_WORD: u8 = 2;

/// See [`GATE`].
struct Gate {
    /// Two flags per key, side by side: one load reads both. A fixed
    /// length: a key's word index needs no bounds check.
    bits: Box<[u64; GATE_BITS / 32]>,
}

impl Gate {
    /// Sets `flag` for `forms` behind every clitic prefix.
    fn add<'a>(&mut self, forms: impl Iterator<Item = &'a str>, flag: u8) {
        let forms: Vec<&str> = forms.collect();
        let mut word: Vec<u8> = Vec::new();
        for p in CLITIC_PREFIXES() {
            // the prefix written once, each form after it
            word.clear();
            word.extend_from_slice(p.as_bytes());
            for f in &forms {
                word.truncate(p.len());
                word.extend_from_slice(f.as_bytes());
                let n = word.len();
                // the key reads eight bytes from the word's start: pad
                word.extend([0; 8]);
                if let Some(k) = word_key(&word, 0..n) {
                    self.bits[k / 32] |= u64::from(flag) << (2 * (k % 32));
                }
            }
        }
    }

    /// The flags ([`ANY`], [`CUE_WORD`]) of the word at `w` in `text`:
    /// a clear flag is exact; a word the key cannot be read for has both.
    #[inline(always)]
    fn flags(&self, text: &[u8], w: Range<usize>) -> u8 {
        match word_key(text, w) {
            Some(k) => self.bits.get(k / 32).map_or(ANY | CUE_WORD, |&b| (b >> (2 * (k % 32))) as u8 & 3),
            None => ANY | CUE_WORD,
        }
    }

    /// The [`Gate::flags`] of every word of `words` into `out`, in a loop
    /// of its own (its state stays in registers); returns them or'd.
    #[inline(never)]
    fn flags_of(&self, text: &[u8], words: &[Range<usize>], out: &mut [u8]) -> u8 {
        let mut all = 0;
        // eight bytes readable past every word's end (all but the last few
        // words of a text): the key's loads need no fallback
        let safe = text.len().saturating_sub(8);
        for (w, f) in words.iter().zip(out) {
            *f = if w.start <= w.end && w.end <= safe {
                let n = w.end - w.start;
                let load =
                    |at: usize| text.get(at..).and_then(|b| b.first_chunk::<8>()).map_or(0, |b| u64::from_le_bytes(*b));
                let (a, b) = if n >= 8 {
                    (load(w.start), load(w.end - 8))
                } else if n == 0 {
                    (0, 0)
                } else {
                    (load(w.start) & (u64::MAX >> (64 - 8 * n)), 0)
                };
                let k = hash_key(a, b, n);
                self.bits.get(k / 32).map_or(ANY | CUE_WORD, |&b| (b >> (2 * (k % 32))) as u8 & 3)
            } else {
                self.flags(text, w.clone())
            };
            all |= *f;
        }
        all
    }

    /// May the word at `w` in `text` have a class?
    #[cfg(test)]
    fn may_hold(&self, text: &[u8], w: Range<usize>) -> bool {
        self.flags(text, w) & ANY != 0
    }
}

/// A hash of the word `text[w]` in `0..GATE_BITS`, read off at most two
/// eight-byte loads: its first and last eight bytes (the bytes past a short
/// word masked off) and its length. `None` when the text around a short
/// word holds fewer than eight bytes.
#[inline(always)]
fn word_key(text: &[u8], w: Range<usize>) -> Option<usize> {
    let n = w.end.checked_sub(w.start)?;
    let load = |at: usize| text.get(at..at + 8).and_then(|b| b.try_into().ok()).map(u64::from_le_bytes);
    let (a, b) = if n >= 8 {
        (load(w.start)?, load(w.end - 8)?)
    } else {
        // the word's bytes low, the rest masked off
        let a = match (n, load(w.start)) {
            (0, _) => 0,
            (_, Some(x)) => x & (u64::MAX >> (64 - 8 * n)),
            // near the end of the text: the eight bytes ending the word
            (_, None) => load(w.end.checked_sub(8)?)? >> (64 - 8 * n),
        };
        (a, 0)
    };
    Some(hash_key(a, b, n))
}

/// [`word_key`] of a word of `n` bytes read off as `a` and `b`.
#[inline(always)]
fn hash_key(a: u64, b: u64, n: usize) -> usize {
    let h =
        (a ^ b.rotate_left(29) ^ (n as u64).wrapping_mul(0xA24B_AED4_963E_E407)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - GATE_BITS.trailing_zeros())) as usize
}

/// The trie symbol of a two-byte letter `ء`..`ي` from its lead and
/// continuation bytes; `None` for anything else.
#[inline(always)]
fn letter(lead: u8, cont: u8) -> Option<usize> {
    if lead & 0xFE != 0xD8 || cont & 0xC0 != 0x80 {
        return None;
    }
    match LETTERS[(usize::from(lead & 1) << 6) | usize::from(cont & 0x3F)] {
        0 => None,
        sym => Some(usize::from(sym)),
    }
}

/// The trie symbol of U+0600 + i (lead byte `D8`/`D9`, continuation `i & 63`).
const LETTERS: [u8; 128] = {
    let mut t = [0; 128];
    let mut i = 0;
    while i < 128 {
        let c = 0x0600 + i as u32;
        if c >= 0x0621 && c <= 0x064A {
            t[i] = (c - FIRST) as u8;
        }
        i += 1;
    }
    t
};

/// [`Doc::words`] of `r` and the index of its first word, for ranges met
/// in order: the search starts at `at`, where the last one's words ended
/// (then moved past this one's), and walks only this range's words, not a
/// binary search of the whole text per sentence.
fn words_after<'d>(doc: &'d Doc, at: &mut usize, r: Range<usize>) -> (usize, &'d [Range<usize>]) {
    let tokens = &doc.tokens;
    if at.checked_sub(1).and_then(|k| tokens.get(k)).is_some_and(|w| w.start >= r.start) {
        // a range before the last one: a binary search
        *at = tokens.partition_point(|w| w.start < r.start);
    }
    let mut lo = *at;
    while tokens.get(lo).is_some_and(|w| w.start < r.start) {
        lo += 1;
    }
    let mut hi = lo;
    while tokens.get(hi).is_some_and(|w| w.end <= r.end) {
        hi += 1;
    }
    *at = hi;
    (lo, tokens.get(lo..hi).unwrap_or(&[]))
}

/// What the first look at a body sentence decided: its words, the
/// [`cue_bits`] of its words with [`CUE`], and, once it is to be [`build`]t,
/// its words classified.
struct Body<'d> {
    sent: &'d crate::text::segment::Sentence,
    /// Its words ([`Doc::words`]).
    words: &'d [Range<usize>],
    /// Index in [`Doc::tokens`] of its first word.
    first: usize,
    keep: bool,
    bits: u8,
    toks: Option<Vec<Tok>>,
}

/// The first look at every body sentence: only the words the [`GATE`]
/// flags as [`CUE_WORD`]s are classified (the memo taken once per
/// document), and only their [`cue_bits`] are read; no token is kept. Most
/// words of a text cost one hash here, and their [`GATE`] flags are kept in
/// `flags` (by index in [`Doc::tokens`]) for [`classify_kept`].
fn scan_body<'d>(doc: &'d Doc, flags: &mut [u8]) -> Vec<Body<'d>> {
    let text = doc.text();
    let bytes = text.as_bytes();
    let gate = &*GATE;
    // one item per body sentence: allocated once
    let mut out = Vec::with_capacity(doc.sentences.len());
    let mut last_cue: Option<usize> = None;
    // where the last sentence's words end in `doc.tokens`
    let mut at = 0;
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        for sent in doc.sentences.iter().filter(|sent| doc.is_body(sent.line)) {
            let (first, words) = words_after(doc, &mut at, sent.range.clone());
            let mut bits = 0;
            // the last cessation head (word index in the sentence)
            let mut head: Option<usize> = None;
            let slots = flags.get_mut(first..first + words.len()).unwrap_or_default();
            // most sentences hold no cue word: then one tight loop is all
            if gate.flags_of(bytes, words, slots) & CUE_WORD == 0 {
                out.push(Body { sent, words, first, keep: false, bits: 0, toks: None });
                continue;
            }
            for (k, (r, &f)) in words.iter().zip(slots.iter()).enumerate() {
                if f & CUE_WORD == 0 {
                    continue;
                }
                let (cls, _, _) = lookup(&mut m, text, r.clone());
                let mut word_bits = cls.cue;
                // `حيز` is of class `Effect`: the word itself compared only then
                if cls.mask & Class::Effect.bit() != 0 && text.get(r.clone()) == Some(FORCE.as_str()) {
                    word_bits |= ANAPHOR;
                }
                if word_bits == 0 {
                    continue;
                }
                // `cues` lets at most three modifiers stand between head and object
                if word_bits & TRUCE != 0 || (word_bits & OBJECT != 0 && head.is_some_and(|h| k - h <= 4)) {
                    word_bits |= CUE;
                }
                if word_bits & HEAD != 0 {
                    head = Some(k);
                }
                bits |= word_bits;
            }
            let idx = out.len();
            let cue = bits & CUE != 0;
            // a sentence after a cue speaks of it only through a breach or an
            // entry into force (see `collect_items`)
            let near = bits & ANAPHOR != 0 && last_cue.is_some_and(|c| idx - c <= 3);
            if cue {
                last_cue = Some(idx);
            }
            let keep = cue || near || bits & OTHER != 0;
            out.push(Body { sent, words, first, keep, bits, toks: None });
        }
    });
    out
}

/// Every word of the sentences [`scan_body`] keeps, classified (the memo
/// taken once per document). A word whose [`ANY`] flag ([`scan_body`]'s
/// `flags`) is clear has no class.
fn classify_kept(doc: &Doc, body: &mut [Body], flags: &[u8]) {
    let text = doc.text();
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        for b in body.iter_mut().filter(|b| b.keep) {
            let fl = flags.get(b.first..b.first + b.words.len()).unwrap_or_default();
            let toks = b
                .words
                .iter()
                .zip(fl)
                .map(|(r, &f)| {
                    // one token built either way: only the lookup is skipped
                    let (cls, conj, lam) =
                        if f & ANY != 0 { lookup(&mut m, text, r.clone()) } else { (&Classes::EMPTY, false, false) };
                    Tok { r: r.clone(), cls, conj, lam, in_unit: false, gap: 0, unit: NO_UNIT }
                })
                .collect();
            b.toks = Some(toks);
        }
    });
}

/// A body sentence classified word by word; `idx` counts body sentences.
struct Built<'a> {
    line: usize,
    idx: usize,
    s: Sentence<'a>,
}

/// One item of the first pass, settled but not yet named: `job` indexes
/// the clause it came from.
struct Draft {
    line: usize,
    job: usize,
    ids: Ids,
}

pub(crate) fn extract(doc: &Doc, actors: &Actors, statements: &[Found]) -> Vec<Ceasefire> {
    // a body sentence is classified word by word only when it may hold a
    // cue, follows one closely with a word that may speak of that ceasefire,
    // or names the sides, a mediator or an accusation; of the others only
    // the actors they name count (towards the two sides)
    let mut built: Vec<Built> = Vec::new();
    let mut counts: Vec<usize> = vec![0; actors.list.len()];
    let mut flags = vec![0; doc.tokens.len()];
    let mut body = scan_body(doc, &mut flags);
    // no sentence holds a cue: no clause gives an item (a sentence without
    // one speaks only of a ceasefire named just before it)
    if body.iter().all(|b| b.bits & CUE == 0) {
        return Vec::new();
    }
    classify_kept(doc, &mut body, &flags);
    built.reserve_exact(body.iter().filter(|b| b.toks.is_some()).count());
    for (idx, Body { sent, words, toks, .. }) in body.into_iter().enumerate() {
        match toks {
            Some(toks) => {
                let s = build(doc, actors, sent.range.clone(), words, toks);
                built.push(Built { line: sent.line, idx, s });
            }
            None => count_mentions(doc, actors, sent.range.clone(), words, &mut counts),
        }
    }
    let (mut side_list, fallback) = sides(&built, actors, counts);
    let (jobs, items) = collect_items(doc, actors, statements, &built, &side_list);
    let name_all = |items: Vec<Draft>| -> Vec<Ceasefire> {
        items.into_iter().filter_map(|d| Some(named(actors, statements, &jobs.get(d.job)?.read, d.ids))).collect()
    };
    if !side_list.0.is_empty() {
        return name_all(items);
    }
    // no `بين X وY`: the sides are the pair that agrees, fails or accuses
    // the other of a breach, else the two states or groups named most
    let mut pairs: HashMap<(usize, usize), usize> = HashMap::new();
    for i in &items {
        let c = &i.ids;
        // an actor as the output names it, then read back by that id
        let id = |a: &usize| actors.id(*a);
        let speakers = c.extra.and_then(|k| statements.get(k)).map(|st| st.item.speaker.as_str());
        let names: Vec<&str> = match c.kind {
            CeasefireKind::Agreement | CeasefireKind::Failure if c.parties.len() == 2 => {
                c.parties.iter().map(id).collect()
            }
            CeasefireKind::Agreement | CeasefireKind::Failure => c.init.iter().map(id).chain(speakers).collect(),
            CeasefireKind::Violation => c.init.iter().map(id).chain(speakers).chain(c.parties.iter().map(id)).collect(),
            _ => continue,
        };
        let mut ps: Vec<usize> = names
            .iter()
            .filter_map(|id| actors.by_id(id))
            .filter_map(|a| principal(actors, a))
            .filter(|p| !side_list.1.contains(p))
            .collect();
        ps.sort_unstable();
        ps.dedup();
        if let [a, b] = ps[..] {
            *pairs.entry((a, b)).or_default() += 1;
        }
    }
    // then any accusation in the article (`اتهمت X Y بعرقلة المفاوضات`)
    if pairs.is_empty() {
        for Built { s, .. } in &built {
            // a few accusations per sentence say who fights whom; a bound
            // keeps a pathological sentence linear
            for a in (0..s.toks.len()).filter(|&a| s.toks[a].is(Class::Accuse)).take(8) {
                let (accused, accuser) = s.accused(a, 0, (a + 12).min(s.toks.len()));
                let p = |v: &[Who]| {
                    v.iter().find_map(|w| match w {
                        Who::Actor(x) => principal(actors, *x).filter(|p| !side_list.1.contains(p)),
                        Who::Sides => None,
                    })
                };
                if let (Some(x), Some(y)) = (p(&accused), p(&accuser)) {
                    if x != y {
                        *pairs.entry((x.min(y), x.max(y))).or_default() += 1;
                    }
                }
            }
        }
    }
    if let Some(((a, b), _)) = pairs.into_iter().max_by_key(|((a, b), n)| (*n, usize::MAX - a, usize::MAX - b)) {
        side_list.0 = vec![a, b];
    } else if !fallback.is_empty() {
        side_list.0 = fallback;
    } else {
        return name_all(items);
    }
    collect_again(doc, actors, statements, &side_list, &jobs)
}

/// One clause that gave an item, and what [`item`] read off it without the
/// sides, so that the second pass with the sides settled only redoes
/// [`settle`].
struct Job {
    line: usize,
    read: Read,
}

/// The first pass: which clauses hold an item (whether a clause gives an
/// item never depends on the sides), and the items.
fn collect_items(
    doc: &Doc,
    actors: &Actors,
    statements: &[Found],
    built: &[Built],
    side_list: &Sides,
) -> (Vec<Job>, Vec<Draft>) {
    let mut items: Vec<Draft> = Vec::new();
    let mut jobs: Vec<Job> = Vec::new();
    // sentences since the last one with a cue: a following sentence may
    // speak of that ceasefire without naming it (`وكان الاتفاق قد دخل حيز التنفيذ`)
    let mut last_cue: Option<usize> = None;
    // scratch for the clauses of a sentence, their parts and cut points
    let (mut whole, mut parts, mut points) = (Vec::new(), Vec::new(), Vec::new());
    for &Built { line, idx, ref s } in built {
        let found = cues(s);
        if found.is_empty() && last_cue.is_none_or(|c| idx - c > 3) {
            continue;
        }
        let cross = found.is_empty();
        if !found.is_empty() {
            last_cue = Some(idx);
        }
        let mut had = false;
        clauses(s, &mut whole);
        parts.clear();
        for cl in &whole {
            soft_split(s, &found, cl.clone(), &mut points, &mut parts);
        }
        for cl in &parts {
            let real = found.iter().find(|c| cl.contains(&c.toks.start));
            let pseudo;
            let (cue, last) = match real {
                Some(cue) => (cue, found.iter().rfind(|c| cl.contains(&c.toks.start)).unwrap_or(cue)),
                None => {
                    let p = if had || cross { anaphor(s, cl.clone(), !had) } else { None };
                    let p = p.or_else(|| breached_agreement(s, cl.clone()));
                    let Some(p) = p else { continue };
                    pseudo = Cue { toks: p..p, default: Agree, pseudo: true };
                    (&pseudo, &pseudo)
                }
            };
            if let Some(read) = item(doc, actors, s, cl.clone(), cue, last) {
                items.push(Draft { line, job: jobs.len(), ids: settle(actors, statements, side_list, &read) });
                jobs.push(Job { line, read });
                had = true;
            }
        }
    }
    drop_restated(doc, &mut items, |i| (i.line, i.ids.kind));
    (jobs, items)
}

/// The second pass, with the sides settled: the clauses of the first,
/// settled again; only the items kept are named (given their ids).
fn collect_again(doc: &Doc, actors: &Actors, statements: &[Found], side_list: &Sides, jobs: &[Job]) -> Vec<Ceasefire> {
    let mut items: Vec<(usize, &Read, Ids)> =
        jobs.iter().map(|job| (job.line, &job.read, settle(actors, statements, side_list, &job.read))).collect();
    drop_restated(doc, &mut items, |i| (i.0, i.2.kind));
    items.into_iter().map(|(_, read, ids)| named(actors, statements, read, ids)).collect()
}

/// A headline that restates a body item gives no item of its own.
/// (`at`: an item's line and kind.)
fn drop_restated<T>(doc: &Doc, items: &mut Vec<T>, at: impl Fn(&T) -> (usize, CeasefireKind)) {
    if let Some(h) = doc.headline {
        let body: Vec<CeasefireKind> = items.iter().map(&at).filter(|&(line, _)| line != h).map(|(_, k)| k).collect();
        items.retain(|i| {
            let (line, kind) = at(i);
            line != h || !body.contains(&kind)
        });
    }
}

fn ids(actors: &Actors, sides: &Sides, who: &[Who]) -> Vec<usize> {
    if who.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(who.len() + sides.0.len());
    for w in who {
        match w {
            Who::Actor(a) => out.push(*a),
            Who::Sides => out.extend(sides.0.iter().copied()),
        }
    }
    // the first of each id stays (kept ones are compared by their ids, as
    // two actors may share one)
    let mut n = 0;
    for k in 0..out.len() {
        let id = actors.id(out[k]);
        if !out[..n].iter().any(|b| actors.id(*b) == id) {
            out[n] = out[k];
            n += 1;
        }
    }
    out.truncate(n);
    out
}

/// What [`item`] reads off a clause that does not depend on the two sides:
/// whether it gives an item, its kind, who is named in it, its flags and span.
struct Read {
    kind: Kind,
    agent: Option<Agent>,
    /// Where the cue starts (for a statement's speaker).
    at: usize,
    initiators: Vec<Who>,
    parties: Vec<Who>,
    mediators: Vec<Who>,
    /// The clause names its own parties (`بين X وY`).
    named: bool,
    /// The state or group after `مع` right after the cue.
    counterpart: Option<usize>,
    immediate: bool,
    humanitarian: bool,
    effective: Option<chrono::NaiveDate>,
    ordinal: Option<u32>,
    span: crate::Span,
}

/// The classes [`item`]'s trigger scan reads.
const TRIGGER_LOOP: u64 =
    Class::NegOnly.bit() | Class::Trigger { kind: Agree, agent: Agent::Verb, before: 0, after: 0 }.bit();

fn item(doc: &Doc, actors: &Actors, s: &Sentence, cl: Range<usize>, cue: &Cue, last: &Cue) -> Option<Read> {
    let toks = &s.toks;
    let cue_end = last.toks.end;
    let head = cue.toks.start;
    let negated = |t: usize| -> bool {
        if toks[t].is(Class::NoNeg) {
            return false;
        }
        // `لا تزال ملتزمة`: still, not a negation
        (1..=2).any(|d| t >= cl.start + d && toks[t - d].is(Class::Neg) && !toks[t - d + 1].is(Class::Still))
            // `نفى أن يكون قد وافق`: a denied agreement
            || (t.saturating_sub(6).max(cl.start)..t).any(|j| toks[j].is(Class::Deny))
    };

    // the triggers around the cue
    let mut best: Option<(Kind, Agent, usize)> = None;
    let consider = |kind: Kind, agent: Agent, t: usize, best: &mut Option<(Kind, Agent, usize)>| {
        let better = match best {
            None => true,
            Some((k, a, bt)) => {
                kind < *k
                    || (kind == *k && *a == Bare && agent == Verb)
                    || (kind == *k && !(*a == Verb && agent == Bare) && t < head && (*bt > head || t > *bt))
            }
        };
        if better {
            *best = Some((kind, agent, t));
        }
    };
    // words between a trigger and a cue, not counting actor names (`أعلن
    // الرئيس الروسي فلاديمير بوتين، السبت، هدنة`)
    // (`span_words(a, b) < n`: counting stops at `n`)
    let span_words_lt = |a: usize, b: usize, n: usize| (a..b).filter(|&j| !s.toks[j].in_unit).take(n).count() < n;
    // `اتفاق مع X على وقف`: the object of an agreement reaches further back
    let on = |h: usize| h > cl.start && word(s, h - 1) == "علي";
    let last_head = last.toks.start;
    for (t, tok) in toks.iter().enumerate().take(cl.end).skip(cl.start) {
        // a word that is neither a trigger nor a refusal-only word adds nothing
        if tok.cls.mask & TRIGGER_LOOP == 0 || cue.toks.contains(&t) || last.toks.contains(&t) {
            continue;
        }
        // `غير معنية بأي هدنة`: a refusal
        if tok.is(Class::NegOnly) && negated(t) && t < head && span_words_lt(t + 1, head, 4) {
            consider(Fail, Verb, t, &mut best);
        }
        // a refusal verb (it is also a `Refuse` noun)
        let refusal = tok.is(Class::Refuse);
        for c in tok.cls.iter() {
            let Class::Trigger { kind, agent, before, after } = *c else { continue };
            let before_ok = |h: usize| {
                let reach = before as usize + if on(h) && matches!(kind, Agree | Fail) { 8 } else { 0 };
                t < h
                    && if refusal {
                        // `رفض في رسالة صوتية أي حديث عن هدنة`
                        (t + 1..h)
                            .filter(|&j| !s.toks[j].in_unit && !REFUSAL_FILLER.iter().any(|f| f == word(s, j)))
                            .take(reach)
                            .count()
                            < reach
                    } else {
                        span_words_lt(t + 1, h, reach)
                    }
            };
            // `كانت هدنة ... قد انهارت`: the predicate of the cue
            let reach_after = if t > 0 && word(s, t - 1) == "قد" && matches!(kind, Fail | Violate) {
                14
            } else if matches!(kind, Agree | Offer) && negated(t) {
                // `بشأن وقف إطلاق النار ... دون التوصل إلى اتفاق`
                8
            } else {
                after as usize
            };
            let near = before_ok(head)
                || before_ok(last_head)
                || (t >= cue_end && t - cue_end < reach_after)
                || (t >= cue.toks.end && t < last_head && t - cue.toks.end < reach_after);
            if !near {
                continue;
            }
            // `وافقت على مقترح الهدنة`, `وافق بالإجماع، مساء الخميس، على
            // "مبادرة"`: accepting a proposal is agreeing
            if kind == Offer
                && agent == Governed
                && (t.saturating_sub(7).max(cl.start)..t).any(|j| {
                    let w = word(s, j);
                    ACCEPT.contains(&w) || w.strip_prefix(['و', 'ف']).is_some_and(|r| ACCEPT.contains(&r))
                })
            {
                continue;
            }
            // `ترحيبها بالدعوة إلى`: welcoming a call is not calling
            if kind == Call
                && agent == Bare
                && (t.saturating_sub(2).max(cl.start)..t).any(|j| toks[j].is(Class::Welcome))
            {
                continue;
            }
            // `لوقف خروقاتها`: stopping the breaches is a call
            if kind == Violate && t > cl.start && toks[t - 1].has(|c| matches!(c, Class::Head { .. })) {
                continue;
            }
            // `علق على الهدنة` comments on it
            if kind == Fail && agent == Verb && word(s, t + 1) == "علي" && SUSPEND.iter().any(|w| w == word(s, t)) {
                continue;
            }
            let kind = if negated(t) {
                match kind {
                    Agree | Offer => Fail,
                    _ => continue,
                }
            } else {
                kind
            };
            consider(kind, agent, t, &mut best);
        }
    }
    // `شنت هجمات … بعد سريان الهدنة`, `لم تمض ساعات على سريان الهدنة حتى
    // اتهم … إيران بإطلاق صواريخ`: an attack once it took effect breaches it
    if best.is_none_or(|(k, _, _)| k == Agree) && took_effect_before(s, head, cl.start) {
        let outside = |t: &usize| !cue.toks.contains(t) && !last.toks.contains(t);
        if let Some((t, verb)) = (cl.start..cl.end).filter(outside).find_map(|t| attack(word(s, t)).map(|v| (t, v))) {
            consider(Violate, if verb { Agent::Verb } else { Bare }, t, &mut best);
        }
    }
    // `إن "على قوات الدعم السريع أن توقف هجومها"`: an obligation laid on
    // someone (`على X أن`) opening the clause is a call
    let verb_head = toks[head].has(|c| matches!(c, Class::Head { verb: true, .. }));
    if verb_head && best.is_none() && head >= cl.start + 3 && word(s, head - 1) == "ان" {
        let opens = |j: usize| j == cl.start || matches!(word(s, j - 1), "ان" | "وان" | "انه");
        if (head.saturating_sub(8).max(cl.start)..head - 2).any(|j| word(s, j) == "علي" && opens(j)) {
            consider(Call, Impersonal, head, &mut best);
        }
    }
    if toks[head].lam && !cue.pseudo {
        consider(Purpose, Impersonal, head, &mut best);
    }
    if head > cl.start && toks[head - 1].is(Class::Neg) && !toks[head - 1].is(Class::Stop) {
        consider(Fail, Bare, head - 1, &mut best);
    }
    let (kind, agent, trig) = match best {
        Some((k, a, t)) => (k, Some(a), Some(t)),
        None if cue.pseudo => return None,
        None => (cue.default, None, None),
    };
    if cue.pseudo
        && !matches!(kind, Violate | Fail | Agree)
        && !(kind == Call && called_pronoun(s, cl.clone()) == Some(head))
    {
        return None;
    }
    let cue_head_verb = toks[head].has(|c| matches!(c, Class::Head { verb: true, .. }));

    // initiators and the objects of a call
    let mut initiators: Vec<Who> = Vec::new();
    let mut parties: Vec<Who> = Vec::new();
    let mut explicit = false;
    match (agent, trig) {
        (Some(Agent::Verb), Some(t)) => {
            let accuse = (cl.start..t).rev().find(|&j| toks[j].is(Class::Accuse));
            if kind == Violate && accuse.is_some() {
                let a = accuse.unwrap_or(t);
                (initiators, parties) = s.accused(a, cl.start, t);
            } else {
                let (subj, end) = s.subject(t, cl.start, cl.end);
                explicit = !subj.is_empty();
                initiators = subj;
                if kind == Call && t < head {
                    parties = s.objects(end, head);
                }
                // `فشل الطرفان`, `اتفق الجانبان`: both sides as the subject
                // of a verb that takes no such object
                if initiators.is_empty() && kind != Call {
                    // `توصل إليه الطرفان`: a pronoun object may come first
                    let pron = |k: usize| ["اليه", "اليها", "عليه", "عليها", "فيه", "فيها"].contains(&word(s, k));
                    let at = if pron(t + 1) { t + 2 } else { t + 1 };
                    if let Some(u) = s.unit_starting(at).filter(|&u| s.units[u].who == Who::Sides) {
                        initiators = vec![s.units[u].who];
                    }
                }
                // `الحركات لا تزال ملتزمة`: a subject the report does not
                // resolve is not the speaker
                let mut j = t;
                while j > cl.start
                    && (toks[j - 1].is(Class::PreVerb) || toks[j - 1].is(Class::Neg) || toks[j - 1].is(Class::Still))
                {
                    j -= 1;
                }
                let unnamed = j < t
                    && j > cl.start
                    && !s.toks[j - 1].in_unit
                    && toks[j - 1].cls.is_empty()
                    && word(s, j - 1).starts_with("ال");
                if initiators.is_empty() && kind != Violate && !unnamed {
                    initiators = s.governing(t, cl.start, cl.end);
                }
            }
        }
        (Some(Agent::Governed), Some(t)) => {
            initiators = s.after_noun(t, cl.end);
            if initiators.is_empty() {
                initiators = s.governing(t, cl.start, cl.end);
            }
        }
        (Some(Agent::Bare), Some(t)) => {
            if kind == Violate {
                let accuse = (cl.start..t).rev().find(|&j| toks[j].is(Class::Accuse));
                if let Some(a) = accuse {
                    (initiators, parties) = s.accused(a, cl.start, t);
                } else {
                    initiators = s.after_noun(t, cl.end);
                }
            } else if !matches!(kind, Agree) {
                initiators = s.after_noun(t, cl.end);
            }
        }
        (Some(Agent::Impersonal), Some(t)) => {
            initiators = s.governing(t.min(head), cl.start, cl.end);
        }
        _ => {
            if cue_head_verb {
                let (subj, _) = s.subject(head, cl.start, cl.end);
                explicit = !subj.is_empty();
                initiators = subj;
            } else if kind == Call {
                initiators = s.governing(head, cl.start, cl.end);
            }
        }
    }
    let _ = explicit;
    // `تفاهم على وقف إطلاق النار توصل إليه الطرفان`, `الاتفاق الذي وقعه
    // الجيش والحركة`: a relative verb of agreeing right after the cue names
    // who made it
    if kind == Agree && initiators.is_empty() {
        let agrees = |k: usize| toks[k].has(|c| matches!(c, Class::Trigger { kind: Agree, agent: Agent::Verb, .. }));
        let pron = |k: usize| ["اليه", "اليها", "عليه", "عليها"].contains(&word(s, k));
        let mut k = cue_end;
        if k < cl.end && ["الذي", "التي"].contains(&word(s, k)) {
            k += 1;
        }
        if k < cl.end && agrees(k) && !toks[k].in_unit {
            let at = if k + 1 < cl.end && pron(k + 1) { k + 2 } else { k + 1 };
            if let Some(u) = s.unit_starting(at).filter(|_| at < cl.end) {
                initiators = s.group(u).0;
            }
        }
    }
    // `من قبل X` after the cue names a violator
    if kind == Violate && initiators.is_empty() {
        for t in cue_end..cl.end.saturating_sub(1) {
            if s.text.get(toks[t].r.clone()) == Some("قبل") && t > 0 && s.text.get(toks[t - 1].r.clone()) == Some("من")
            {
                if let Some(u) = s.unit_starting(t + 1) {
                    initiators = s.group(u).0;
                }
                break;
            }
        }
    }
    // `فشل المساعي ... بعد رفض X مقترحا`: X made it fail
    if kind == Fail {
        if let Some(r) = (cl.start..cl.end).find(|&t| toks[t].is(Class::Refuse)) {
            let (subj, _) = s.subject(r, cl.start, cl.end);
            if !subj.is_empty() {
                initiators = subj;
            }
        }
    }
    // parties: `بين X وY`, the sides words anywhere in the clause
    let before_between = parties.len();
    for t in cl.clone().filter(|_| s.holds(Class::Between)) {
        if toks[t].is(Class::Between) {
            let pair = s.between(t);
            // `الهدنة بين X وY`, `اتفاق وقف إطلاق النار الثنائي بين X وY`: an
            // agreement named with its two sides was made by them
            if kind == Agree
                && initiators.is_empty()
                && pair.len() >= 2
                && (cue_end..cue_end + 3).contains(&t)
                && !(cue_end..t).any(|k| toks[k].in_unit)
            {
                initiators = pair.clone();
            }
            parties.extend(pair);
        }
    }
    // `وقف العمليات العسكرية للنظام`: a call to stop someone's operations
    // addresses their owner
    if matches!(kind, Call | Purpose) && parties.is_empty() && cue_end < cl.end && word(s, cue_end).starts_with('ل') {
        if let Some(u) = s.unit_starting(cue_end) {
            parties.push(s.units[u].who);
        }
    }
    let named = parties.len() > before_between;
    // `هدنة مع التنظيم`, `اتفاق وقف إطلاق النار مع الحركة`: the counterpart
    // of whoever makes, breaks or refuses it
    let counterpart = (cue_end..(cue_end + 3).min(cl.end))
        .find(|&t| word(s, t) == "مع")
        .and_then(|t| s.unit_starting(t + 1))
        .and_then(|u| match s.units[u].who {
            Who::Actor(a) => principal(actors, a),
            Who::Sides => None,
        });
    for u in &s.units {
        if u.who == Who::Sides && cl.contains(&u.toks.start) {
            parties.push(Who::Sides);
        }
    }

    // mediators
    let mut mediators: Vec<Who> = Vec::new();
    for t in cl.clone() {
        if s.mediates(t) {
            mediators.extend(s.brokers(t, cl.end));
        } else if toks[t].has(|c| matches!(c, Class::Trigger { kind: Agree, agent: Agent::Verb, before: 6, .. }))
            && word(s, t).trim_start_matches(['و', 'ف']).starts_with("توسط")
        {
            mediators.extend(s.subject(t, cl.start, cl.end).0);
        }
    }
    // flags
    let win_lo = head.saturating_sub(3).max(cl.start);
    let win_hi = (cue_end + 6).min(cl.end);
    let immediate = s.holds(Class::Immediate) && (win_lo..win_hi).any(|t| toks[t].is(Class::Immediate));
    let humanitarian = s.holds(Class::Humane)
        && (win_lo..win_hi).any(|t| {
            toks[t].is(Class::Humane)
                && (t == cue_end
                    || (t > cl.start && toks[t - 1].is(Class::HumaneLead))
                    || (t > cl.start && cue.toks.contains(&(t - 1))))
                && !(t > cl.start && toks[t - 1].is(Class::HumaneOther))
        });
    let humanitarian = humanitarian
        || (s.holds(Class::Humane)
            && (cl.start + 1..cl.end).any(|t| toks[t].is(Class::Humane) && toks[t - 1].is(Class::HumaneLead)));
    // `على أن يسري بشكل فوري`
    let immediate = immediate
        || (s.holds(Class::Effect) && s.holds(Class::Immediate))
            && (cl.start..cl.end).any(|t| {
                toks[t].is(Class::Effect) && (t + 1..(t + 4).min(cl.end)).any(|k| toks[k].is(Class::Immediate))
            });
    let clause_range = toks[cl.start].r.start..toks[cl.end - 1].r.end;
    let effective = effective(doc, s, cl.clone(), clause_range.clone());
    let ordinal = ordinal(s, cl.clone(), head, cue_end);

    // extend the span to a closing quote or bracket right after the clause
    let mut end = clause_range.end;
    if let Some(c) = s.text.get(end..).and_then(|r| r.chars().next()) {
        if matches!(c, '"' | '»' | ')') {
            end += c.len_utf8();
        }
    }
    let span = doc.span(clause_range.start..end);
    if span.is_empty() {
        return None;
    }
    Some(Read {
        kind,
        agent,
        at: toks[head].r.start,
        initiators,
        parties,
        mediators,
        named,
        counterpart,
        immediate,
        humanitarian,
        effective,
        ordinal,
        span,
    })
}

/// An item with the two sides settled: who the sides words stand for, and
/// the parties a clause that names none binds.
/// What [`settle`] settles, as actor indices: the first pass reads the
/// sides off these, and names (allocates ids for) only the items it keeps.
struct Ids {
    kind: CeasefireKind,
    init: Vec<usize>,
    /// The statement whose speaker initiates (index in the statements).
    extra: Option<usize>,
    parties: Vec<usize>,
    mediators: Vec<usize>,
}

/// The [`Ceasefire`] of a clause read (`r`) and settled (`ids`).
fn named(actors: &Actors, statements: &[Found], r: &Read, ids: Ids) -> Ceasefire {
    let to_ids = |v: &[usize]| v.iter().map(|a| actors.id(*a).to_string()).collect::<Vec<_>>();
    let mut initiators = to_ids(&ids.init);
    initiators.extend(ids.extra.and_then(|k| statements.get(k)).map(|st| st.item.speaker.clone()));
    Ceasefire {
        kind: ids.kind,
        initiators,
        parties: to_ids(&ids.parties),
        mediators: to_ids(&ids.mediators),
        immediate: r.immediate,
        humanitarian: r.humanitarian,
        effective: r.effective,
        ordinal: r.ordinal,
        span: r.span,
    }
}

/// The initiators, parties and mediators of a clause read (`r`), given the sides.
fn settle(actors: &Actors, statements: &[Found], sides: &Sides, r: &Read) -> Ids {
    let Read { kind, agent, at, ref initiators, ref parties, ref mediators, named, counterpart, .. } = *r;
    let mut init_ids = ids(actors, sides, initiators);
    let speaker_ok = matches!(agent, Some(Agent::Verb) | Some(Agent::Impersonal) | None)
        && matches!(kind, Call | Purpose | Offer)
        && !(agent.is_none() && kind != Call);
    let mut extra_ids: Option<usize> = None;
    if init_ids.is_empty() && speaker_ok {
        extra_ids = statements.iter().position(|st| st.range.start <= at && at < st.range.end);
    }

    let med_ids = ids(actors, sides, mediators);
    // `هدنة بوساطة قطرية قد انهارت`: the brokers did not break it
    if matches!(kind, Fail | Violate) {
        init_ids.retain(|a| !med_ids.contains(a));
    }
    let mut party_ids = ids(actors, sides, parties);
    if party_ids.is_empty() && matches!(kind, Agree | Fail) && init_ids.len() >= 2 {
        let both: Vec<usize> = init_ids.iter().copied().filter(|a| sides.0.contains(a)).collect();
        party_ids = if both.len() >= 2 {
            both
        } else {
            init_ids
                .iter()
                .copied()
                .filter(|a| !med_ids.contains(a) && principal(actors, *a).is_none_or(|p| !sides.1.contains(&p)))
                .collect()
        };
    }
    // a ceasefire that is agreed, offered, breached or failed binds the
    // article's two sides when the clause names no one else; a breach also
    // binds whoever is said to commit it
    if let Some(y) = counterpart.filter(|_| !named && !matches!(kind, Call | Purpose)) {
        let mut all: Vec<usize> =
            init_ids.iter().filter_map(|a| principal(actors, *a)).filter(|p| !sides.1.contains(p) && *p != y).collect();
        all.dedup();
        if !all.is_empty() {
            all.push(y);
            party_ids = all;
        } else if sides.0.contains(&y) {
            party_ids = sides.0.clone();
        }
    } else if sides.0.len() == 2 && !matches!(kind, Call | Purpose) {
        if named {
            // the clause names its own pair (`اشتباكات بين X وY في خرق للاتفاق`)
        } else if kind == Violate {
            let mut all = sides.0.clone();
            for a in &init_ids {
                if let Some(p) = principal(actors, *a).filter(|p| !sides.1.contains(p) && !all.contains(p)) {
                    all.push(p);
                }
            }
            party_ids = all;
        } else if party_ids.is_empty() {
            party_ids = sides.0.clone();
        }
    }

    Ids { kind: kind.out(), init: init_ids, extra: extra_ids, parties: party_ids, mediators: med_ids }
}

fn effective(doc: &Doc, s: &Sentence, cl: Range<usize>, range: Range<usize>) -> Option<chrono::NaiveDate> {
    if !s.holds(Class::Effect) {
        return None;
    }
    let marker = cl.clone().find(|&t| s.toks[t].is(Class::Effect))?;
    let at = s.toks[marker].r.start;
    let text = s.text.get(range.clone())?;
    // the word-wise test rules out more clauses than the date reader's own
    // (which matches its cue words inside longer words)
    if !crate::statements::may_hold_date(doc, range.clone()) {
        return None;
    }
    let dates = crate::dates::find_folded_unchecked(text, doc.reference);
    let after = dates.iter().find(|d| range.start + d.range.start >= at);
    let d = after.or(dates.last())?;
    use chrono::Datelike;
    // a date written without its year (`يدخل حيز التنفيذ في 22 مايو`) is
    // the one nearest the publication, ahead as often as behind
    let written = text.get(d.range.clone()).unwrap_or("");
    let year = d.date.year().to_string();
    if let (Some(r), false) = (doc.reference, d.relative || written.contains(year.as_str())) {
        if let Some(next) = d.date.with_year(d.date.year() + 1) {
            if (next - r).num_days().abs() < (r - d.date).num_days().abs() {
                return Some(next);
            }
        }
    }
    Some(d.date)
}

thread_local! {
    /// Words read as ordinals (a pure cache like [`MEMO`]): the words
    /// around a cue repeat, and reading one costs a number scan.
    static ORDINALS: std::cell::RefCell<WordMemo<Option<u32>>> =
        const { std::cell::RefCell::new(WordMemo::new(4096, None)) };
}

/// [`crate::numbers::ordinal`] of one word, remembered.
fn ordinal_of(w: &str) -> Option<u32> {
    // the word is a token of the folded text: folding it again (what
    // `ordinal` does first, at a cost larger than the read) changes nothing
    let read = |w: &str| match crate::numbers::ordinal_folded(w) {
        Some((r, v)) if r == (0..w.len()) => Some(v),
        _ => None,
    };
    if w.len() > MEMO_KEY {
        return crate::numbers::ordinal(w);
    }
    ORDINALS.with(|m| m.borrow_mut().get_or(w.as_bytes(), || read(w)))
}

fn ordinal(s: &Sentence, cl: Range<usize>, head: usize, cue_end: usize) -> Option<u32> {
    let word = |t: usize| s.text.get(s.toks[t].r.clone()).unwrap_or("");
    for t in cl.clone().filter(|_| s.holds(Class::Kindred)) {
        if s.toks[t].is(Class::Kindred) && t >= cl.start + 2 && word(t - 1) == "من" {
            if let Some(n) = ordinal_of(word(t - 2)) {
                return Some(n);
            }
        }
    }
    if cue_end < cl.end {
        if let Some(n) = ordinal_of(word(cue_end)) {
            return Some(n);
        }
    }
    if head > cl.start {
        if let Some(n) = ordinal_of(word(head - 1)) {
            return Some(n);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kinds found in a body under a neutral headline.
    fn kinds(body: &str) -> Vec<CeasefireKind> {
        let text = format!("تقرير عن القتال في الإقليم\n{body}");
        crate::parse(&text).map(|r| r.ceasefires.into_iter().map(|c| c.kind).collect()).unwrap_or_default()
    }

    #[test]
    fn an_attack_once_it_took_effect_is_a_breach() {
        use CeasefireKind::*;
        assert_eq!(kinds("وقال الجيش إن المسلحين شنوا هجوما على ثكنة في الشمال بعد سريان الهدنة."), vec![Violation]);
        assert_eq!(
            kinds("ولم تمض ساعات على دخول الهدنة حيز التنفيذ حتى اتهمت الحكومة المتمردين بإطلاق قذائف على المدينة."),
            vec![Violation]
        );
        assert_eq!(kinds("وقصفت الطائرات البلدة بعد دقائق من بدء سريان وقف إطلاق النار."), vec![Violation]);
        // before it took effect, or with no attack, it is the agreement
        assert_eq!(kinds("وشنت الطائرات غارات على البلدة قبل سريان الهدنة بساعات."), vec![Agreement]);
        assert_eq!(kinds("وعاد الهدوء إلى المدينة بعد سريان الهدنة."), vec![Agreement]);
    }

    #[test]
    fn a_breach_of_it_and_of_the_agreement_point_back() {
        use CeasefireKind::*;
        // the breach of "it" stands far after the truce it points to
        assert_eq!(
            kinds("غير أن الهدنة واجهت امتحانا صعبا في يومها الأول مع تبادل الجانبين الاتهامات بخرقها."),
            vec![Violation]
        );
        // after a ceasefire sentence, two sides breaching "the agreement"
        assert_eq!(
            kinds("ودخلت الهدنة حيز التنفيذ فجر الأحد.\nوقال الوسيط إن الطرفين انتهكا الاتفاق مرتين."),
            vec![Agreement, Violation]
        );
    }

    #[test]
    fn an_obligation_laid_on_a_side_is_a_call() {
        use CeasefireKind::*;
        assert_eq!(kinds("وقال السفير إن \"على الميليشيا أن توقف هجماتها على المدينة فورا\"."), vec![Call]);
        assert_eq!(kinds("وأكد الوزير أن على الجيش أن يوقف القتال في الجنوب."), vec![Call]);
    }

    #[test]
    fn hostilities_alone_are_what_is_stopped() {
        use CeasefireKind::*;
        assert_eq!(kinds("وطالبت اللجنة الطرفين بوقف العدائيات في المدينة."), vec![Call]);
        assert_eq!(kinds("وقالت الأمم المتحدة إن وقف العدائيات صامد منذ أسبوع."), vec![Agreement]);
        assert_eq!(kinds("وقالت الوزارة إن العدائيات مستمرة في الشمال."), vec![]);
    }

    #[test]
    fn a_breach_and_the_agreement_in_force_it_breaches() {
        use CeasefireKind::*;
        assert_eq!(
            kinds("وتبادل الجيش والمتمردون الاتهامات بخرق الهدنة التي دخلت حيز التنفيذ صباح الأحد."),
            vec![Violation, Agreement]
        );
        // no breach before it: one item
        assert_eq!(kinds("وقالت الحكومة إن الهدنة التي دخلت حيز التنفيذ أمس صامدة."), vec![Agreement]);
    }

    #[test]
    fn after_a_clause_opener_the_failure_is_its_own() {
        use CeasefireKind::*;
        assert_eq!(
            kinds("وجاء الإعلان بعد هدنة صامدة منذ شهرين، وبعد أن انهارت الهدنة التي أعلنت في الربيع."),
            vec![Agreement, Failure]
        );
    }

    #[test]
    fn accepting_an_initiative_with_words_between_is_agreeing() {
        use CeasefireKind::*;
        assert_eq!(
            kinds("وكانت الحكومة قد وافقت بالأغلبية، مساء الأحد، على مبادرة أممية لوقف متبادل لإطلاق النار."),
            vec![Agreement]
        );
        assert_eq!(kinds("وقدمت الأمم المتحدة مبادرة لوقف متبادل لإطلاق النار."), vec![Offer]);
    }

    #[test]
    fn a_call_for_it_after_the_ceasefire_is_named() {
        use CeasefireKind::*;
        assert_eq!(
            kinds("وقال الوزير إن بلاده تعمل على تثبيت وقف إطلاق النار، داعيا إلى توسيعه ليشمل كل المحافظات."),
            vec![Agreement, Call]
        );
        assert_eq!(
            kinds("وأعلن الطرفان هدنة جديدة في المدينة. وحث المبعوث الأممي الجانبين، في بيان، على تطبيقها بحسن نية."),
            vec![Agreement, Call]
        );
        // a pronoun with no ceasefire before it is nothing
        assert_eq!(kinds("وحث المبعوث الأممي الجانبين على تطبيقه بحسن نية."), vec![]);
    }

    #[test]
    fn a_commitment_to_the_agreement_just_named() {
        use CeasefireKind::*;
        assert_eq!(
            kinds(
                "ودخلت الهدنة حيز التنفيذ فجر اليوم. وقال قائد الحركة إن قواته ستلتزم بالاتفاق ما دام الطرفان ملتزمين به."
            ),
            vec![Agreement, Agreement]
        );
        assert_eq!(kinds("وقال قائد الحركة إن قواته ستلتزم بالاتفاق التجاري."), vec![]);
    }

    #[test]
    fn what_an_agreement_stipulates_is_agreed() {
        use CeasefireKind::*;
        assert_eq!(kinds("وينص الاتفاق الذي وقعه الوفدان في العاصمة على وقف فوري للعمليات العسكرية."), vec![Agreement]);
        assert_eq!(kinds("واتفق الجيش والحركة على وقف فوري للعمليات العسكرية."), vec![Agreement]);
    }

    /// The kinds and initiators found in a body under a neutral headline.
    fn initiators(body: &str) -> Vec<(CeasefireKind, Vec<String>)> {
        let text = format!("تقرير عن القتال في الإقليم\n{body}");
        crate::parse(&text)
            .map(|r| r.ceasefires.into_iter().map(|c| (c.kind, c.initiators)).collect())
            .unwrap_or_default()
    }

    #[test]
    fn an_agreement_named_with_its_two_sides_was_made_by_them() {
        use CeasefireKind::*;
        let both = |a: &str, b: &str| vec![(Agreement, vec![a.to_string(), b.to_string()])];
        assert_eq!(initiators("ودخلت الهدنة بين روسيا وأوكرانيا حيز التنفيذ فجر اليوم."), both("RUS", "UKR"));
        assert_eq!(
            initiators("وبدأ صباح الخميس سريان اتفاق وقف إطلاق النار الثنائي بين إثيوبيا وإريتريا."),
            both("ETH", "ERI")
        );
        assert_eq!(initiators("ولا يزال وقف إطلاق النار بين الهند وباكستان صامدا منذ أسبوع."), both("IND", "PAK"));
        // a call for it: the caller, not the two sides
        let call = initiators("ودعت الأمم المتحدة إلى هدنة بين روسيا وأوكرانيا.");
        assert!(call.iter().all(|(k, i)| *k == Call && !i.contains(&"RUS".to_string())), "{call:?}");
        // who announced it stays its initiator
        let told = initiators("وأعلنت قطر التوصل إلى هدنة بين روسيا وأوكرانيا.");
        assert!(told.iter().all(|(_, i)| i.contains(&"QAT".to_string())), "{told:?}");
    }

    #[test]
    fn a_relative_verb_after_the_truce_names_who_made_it() {
        use CeasefireKind::*;
        let ru_ua = vec![(Agreement, vec!["RUS".to_string(), "UKR".to_string()])];
        assert_eq!(initiators("وتتواصل الاشتباكات رغم هدنة توصلت إليها روسيا وأوكرانيا."), ru_ua);
        assert_eq!(
            initiators("وتتواصل الاشتباكات بين روسيا وأوكرانيا رغم تفاهم على وقف إطلاق النار توصل إليه الطرفان."),
            ru_ua
        );
        // no one named after the verb: no initiator
        assert_eq!(initiators("وتتواصل الاشتباكات رغم هدنة أعلنت الأسبوع الماضي."), vec![(Agreement, vec![])]);
    }

    #[test]
    fn the_sides_after_a_verb_of_agreeing_are_its_subject() {
        use CeasefireKind::*;
        let fight = "وتدور اشتباكات بين روسيا وأوكرانيا في الشرق. ";
        let ru_ua = vec![(Agreement, vec!["RUS".to_string(), "UKR".to_string()])];
        assert_eq!(initiators(&format!("{fight}وتوصل الطرفان إلى اتفاق لوقف إطلاق النار.")), ru_ua);
        assert_eq!(initiators(&format!("{fight}وتوصل الجانبان إلى هدنة جديدة.")), ru_ua);
        // `حث الطرفين`: the object of a call
        assert_eq!(initiators(&format!("{fight}وحث الوسيط الطرفين على اتفاق لوقف إطلاق النار.")), vec![(Call, vec![])]);
    }

    #[test]
    fn every_table_word_is_found_by_its_suffix_walk() {
        let t = &*TABLES;
        assert!(t.complete);
        for (k, list) in &t.words {
            let (hits, n) = t.ends.walk(k).expect("few nested table words");
            let whole = hits[..n].iter().find(|h| h.0 == 0).expect("the word itself");
            assert_eq!(&t.ends.lists[whole.1 as usize], list, "{k}");
        }
    }

    #[test]
    fn no_word_has_more_classes_than_a_token_holds() {
        // all table words a word ends with end the longest of them
        let t = &*TABLES;
        for k in t.words.keys() {
            let (hits, n) = t.ends.walk(k).expect("few nested table words");
            let total: usize = hits[..n].iter().map(|h| t.ends.lists[h.1 as usize].len()).sum();
            assert!(total <= MAX_CLASSES, "{k}: {total}");
        }
    }

    #[test]
    fn clause_openers_are_written_folded() {
        for (a, b) in [("في", "حين"), ("وفي", "حين"), ("غير", "أن"), ("إلا", "أن"), ("بعد", "أن")]
        {
            let b_folded = fold(b);
            assert!(pair_boundary(fold(a).as_bytes(), || b_folded.as_bytes()), "{a} {b}");
        }
        let an = fold("أن");
        assert!(!pair_boundary(fold("في").as_bytes(), || an.as_bytes()));
        assert!(gap_cuts("؛ ") && gap_cuts(". ") && !gap_cuts(".") && !gap_cuts(" ") && !gap_cuts("، "));
        assert!(gap_comma("، ") && gap_comma(",") && !gap_comma(" "));
    }

    #[test]
    fn the_gate_lets_through_every_word_with_a_class() {
        // a word the gate stops must have no class, wherever it lies in the
        // text (the key reads bytes past a short word's end)
        let text =
            fold("ووقف والهدنة للطرفين بالحرب بين لحيز وسيوقف واحد الموقف كتاب فدعت وستطالب بالمفاوضات قال لم و");
        for r in words(&text, 0..text.len()) {
            let tok = classify(&text, r.clone());
            let bits: u8 = tok.cls.iter().map(cue_bits).fold(0, |a, b| a | b);
            assert_eq!(bits, tok.cls.cue);
            if !tok.cls.is_empty() {
                assert!(GATE.may_hold(text.as_bytes(), r.clone()), "{}", &text[r]);
            }
            if tok.cls.cue != 0 || &text[r.clone()] == FORCE.as_str() {
                assert!(GATE.flags(text.as_bytes(), r.clone()) & CUE_WORD != 0, "{}", &text[r]);
            }
            let alone = &text[r.clone()];
            assert_eq!(GATE.may_hold(alone.as_bytes(), 0..alone.len()), GATE.may_hold(text.as_bytes(), r));
        }
    }

    #[test]
    fn a_clitic_word_is_classified_through_its_suffixes() {
        let text = fold("وللقتال والهدنة كتاب");
        let toks: Vec<Tok> = words(&text, 0..text.len()).into_iter().map(|r| classify(&text, r)).collect();
        assert!(toks[0].is(Class::Object) && toks[0].lam && toks[0].conj);
        assert!(toks[1].has(|c| matches!(c, Class::Truce { .. })) && toks[1].conj);
        assert!(toks[2].cls.is_empty());
    }
}
