//! People killed, wounded, missing or captured.
//!
//! A figure is a count standing in a fixed place next to a word that says
//! what happened: after an event noun or verb (`مقتل 21 جنديا`, `أصيب 11
//! شخصا`), before a noun that carries the outcome (`21 قتيلا`), before a verb
//! after the counted people (`مدنيين قتلا`), or at the end of a total
//! (`ارتفع عدد القتلى إلى 244`). A number anywhere else counts something
//! else and yields nothing: precision comes from that adjacency.

use crate::text::WordMap;
use std::cell::RefCell;
use std::ops::Range;
use std::sync::LazyLock;

use chrono::NaiveDate;

use crate::actors::Actors;
use crate::dates::FoundDate;
use crate::doc::Doc;
use crate::statements::Found;
use crate::text::fold;
use crate::{ActorKind, Casualty, Count, Outcome, Qualifier, Victims};

use Outcome::{Captured, Killed, KilledOrWounded, Missing, Wounded};
use Strength::{Active, Met, Strong, Weak};
use Victims::{Children, Civilians, Fighters, Military, People, Women};

/// How much a trigger word vouches for the number after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strength {
    /// Any count after it counts people unless a unit noun says otherwise.
    Strong,
    /// The count must be followed by a noun for people (`أسر` is also "families").
    Weak,
    /// An active verb whose subject may stand between it and the count.
    Active,
    /// `لقي`: only with `حتفه`/`مصرعه` after the counted people.
    Met,
}

/// Function words the patterns look for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Func {
    /// Counts something else (days, kilometres, vehicles, months).
    Unit,
    /// Head of a total: `عدد`.
    Total,
    /// Head of a running total: `حصيلة`, `إجمالي`.
    TotalCumul,
    /// A preposition or adverb that ends the counted phrase: `في`, `جراء`.
    Prep,
    /// A total referring back: `أعدادهم`, `عددهم`.
    TotalOf,
    /// Stands right before the figure of a total: `إلى`, `ب`, `بلغ`.
    To,
    /// Like [`Func::To`], and the figure is a floor: `تجاوز`, `تخطى`.
    Exceed,
    /// `من`.
    Of,
    /// `بين`.
    Among,
    /// `بينهم`, `منهم`: a subset of the previous figure follows.
    Subset,
    /// Skipped between the counted noun and what follows: `آخرين`.
    Filler,
    /// Marks a running total.
    Cumul,
    /// Marks a running total and opens a new clause: `ليرتفع`.
    ClauseCumul,
    /// A month name: counts days, never people.
    Month,
    /// `حتى` (in `حتى الآن`).
    Until,
    /// `الآن`.
    Now,
    /// `منذ`: a running total when a start word follows.
    Since,
    /// `بدء`, `نشوب`, `اندلاع`.
    Start,
    /// `المجمل`, `إجمالا`: the figure is a total.
    Overall,
    /// `الفترة`: with dates after it, a figure counted over a period.
    Period,
    /// `حتفهم`, `مصرعهم` after `لقي`.
    Death,
    /// Prisoners released or exchanged are not taken.
    Release,
    /// Disease cases are not war casualties.
    Disease,
    /// `إضافة إلى`: one more figure of the same total.
    Plus,
    /// `لم`, `دون`: no casualties.
    Negation,
    /// `سقوط`, `وقوع`, `أوقع`: an unquantified figure may follow.
    NullHead,
    /// `خسائر` (only with `بشرية` or `بين المدنيين`).
    Losses,
    /// `بشرية`, `الأرواح`.
    Human,
    /// Attribution: `بحسب`, `وفق`, `أعلن`.
    Source,
    /// `الجيش`, `الشرطة`: `عناصر من الجيش` are soldiers.
    Army,
    /// `آخرين`: more of the people counted before.
    Others,
    /// A bare `و` before a count: `5 جنود و3 مدنيين`.
    And,
    /// `قوات` (in `قوات النظام`).
    Forces,
    /// `على` (in `على الأقل`, `القبض على`).
    On,
    /// `عداد` (in `في عداد المفقودين`): the outcome noun follows.
    Tally,
    /// `حياتهم`, `أرواحهم`: what `فقدوا` lost is their lives.
    Life,
    /// `جبهة`, `حركة`: `جبهة تحرير` is a name, not a release.
    Body,
    /// `تحرير`: a release, except in a name (`جبهة تحرير تيغراي`).
    Freeing,
    /// `إطلاق` (in `تبادل لإطلاق النار`): an exchange of fire, not of prisoners.
    Fire,
    /// `الأقل`, `يزيد`, `أكثر` after `على`/`أو`.
    More,
    /// `أو`.
    Or,
    /// `الحرب`, `النزاع`: a war whose toll is told is told whole.
    War,
    /// `مقابل`, `في المقابل`: the other side's figure, set against one before.
    Versus,
    /// `صعيد` (in `وعلى صعيد الخسائر البشرية`): a heading over what follows.
    Heading,
}

/// What the lexicon knows of one (prefix-stripped) word.
#[derive(Debug, Clone, Copy, Default)]
struct Entry {
    /// Event noun or verb before the count.
    trigger: Option<(Outcome, Strength)>,
    /// Verb after the counted people.
    after: Option<Outcome>,
    /// Noun that is counted and says the outcome.
    counted: Option<Outcome>,
    /// Noun for the counted people.
    victim: Option<Victims>,
    /// A verb that takes its count after `على`: `القبض على`, `قضت على`.
    on: Option<Outcome>,
    /// Singular person noun: one person after a trigger.
    single: Option<Victims>,
    /// A dual noun: counts two by itself.
    dual: bool,
    /// A form of `لقي` after the counted people: needs `حتفهم`/`مصرعهم`.
    met: bool,
    /// A verb that may take an object instead: `قضى`, `فقد`.
    object: bool,
    /// A dual verb: a preceding `-ين` noun counts two.
    dual_verb: bool,
    /// A short period (`الأسبوع`, `اليوم`): `منذ مطلع الأسبوع` is no war total.
    short: bool,
    /// An ordinal (`ثالث`, `رابعة`): `وإصابة ثالث` is one more victim.
    ordinal: bool,
    /// A verb of causing: `خلفت`, `أودت`, `أسفرت`.
    cause: bool,
    func: Option<Func>,
}

const TRIGGERS: &[(&str, Outcome, Strength)] = &[
    ("مقتل", Killed, Strong),
    ("قتل", Killed, Active),
    ("قتلت", Killed, Active),
    ("قتلوا", Killed, Active),
    ("مصرع", Killed, Strong),
    ("وفاة", Killed, Strong),
    ("استشهاد", Killed, Strong),
    ("استشهد", Killed, Strong),
    ("استشهدت", Killed, Strong),
    ("اغتيال", Killed, Strong),
    ("اغتيل", Killed, Strong),
    ("إعدام", Killed, Weak),
    ("أعدم", Killed, Active),
    ("أعدمت", Killed, Active),
    ("تصفية", Killed, Weak),
    ("توفي", Killed, Strong),
    ("بحياة", Killed, Strong),
    ("بأرواح", Killed, Strong),
    ("ضحيته", Killed, Strong),
    ("ضحيتها", Killed, Strong),
    ("لقي", Killed, Met),
    ("لقيت", Killed, Met),
    ("إصابة", Wounded, Strong),
    ("أصيب", Wounded, Strong),
    ("أصيبت", Wounded, Strong),
    ("جرح", Wounded, Active),
    ("جرحت", Wounded, Active),
    ("إصابات", Wounded, Weak),
    ("فقدان", Missing, Weak),
    ("فقد", Missing, Weak),
    ("اختفاء", Missing, Weak),
    ("اعتقال", Captured, Strong),
    ("اعتقل", Captured, Active),
    ("اعتقلت", Captured, Active),
    ("أسر", Captured, Weak),
    ("أسرت", Captured, Active),
    ("احتجاز", Captured, Weak),
    ("احتجز", Captured, Active),
    ("احتجزت", Captured, Active),
    ("اختطاف", Captured, Strong),
    ("اختطف", Captured, Active),
    ("اختطفت", Captured, Active),
    ("خطف", Captured, Active),
    ("توقيف", Captured, Weak),
    // `أوقفت الشرطة أربعة أشخاص`; without people after it, `أوقف` stops
    // something (`أوقفت القتال`)
    ("أوقف", Captured, Weak),
    ("أوقفت", Captured, Weak),
    ("أوقفوا", Captured, Weak),
    ("اعتقلوا", Captured, Active),
    ("أسروا", Captured, Active),
    ("اختطفوا", Captured, Active),
    ("خطفوا", Captured, Active),
    ("خطفت", Captured, Active),
    ("يختطفون", Captured, Active),
    ("يخطفون", Captured, Active),
    ("قضى", Killed, Active),
    ("قضت", Killed, Active),
    ("ارتقى", Killed, Active),
    ("ارتقت", Killed, Active),
    ("نعى", Killed, Active),
    ("نعت", Killed, Active),
    ("ينعى", Killed, Active),
    // `تحييد` (neutralising) is how armies report enemies killed
    ("تحييد", Killed, Weak),
    ("حيد", Killed, Active),
    ("حيدت", Killed, Active),
    // bodies recovered or found: `انتشلوا جثامين 410 مدنيين`
    ("جثث", Killed, Weak),
    ("جثامين", Killed, Weak),
    ("أصاب", Wounded, Weak),
    ("أصابت", Wounded, Weak),
];

/// Verbs that also take an object: `قضى 200 شخص ليلتهم` (spent),
/// `فقد 5000 شخص منازلهم` (lost). A possessed noun after the counted people
/// is that object, and the figure is not a casualty.
const OBJECT_VERBS: &[&str] = &["قضى", "قضت", "فقد", "فقدت", "فقدوا", "قضوا"];

/// Verbs whose count follows `على`: `القبض على 5`, `قضت القوات على 200`.
const ON_TRIGGERS: &[(&str, Outcome)] =
    &[("القبض", Captured), ("قضى", Killed), ("قضت", Killed), ("قضوا", Killed), ("أجهز", Killed), ("أجهزت", Killed)];

/// Verbs after the counted people (`5 مدنيين قتلوا`); `true` for duals.
const AFTER: &[(&str, Outcome, bool)] = &[
    ("قتلوا", Killed, false),
    ("قتلا", Killed, true),
    ("قتلتا", Killed, true),
    ("قتلن", Killed, false),
    ("استشهدوا", Killed, false),
    ("استشهدا", Killed, true),
    ("توفوا", Killed, false),
    ("ماتوا", Killed, false),
    ("لقوا", Killed, false),
    ("لقيا", Killed, true),
    ("أصيبوا", Wounded, false),
    ("أصيبا", Wounded, true),
    ("أصبن", Wounded, false),
    ("جرحوا", Wounded, false),
    ("جرحا", Wounded, true),
    ("فقدوا", Missing, false),
    ("فقدا", Missing, true),
    ("اعتقلوا", Captured, false),
    ("اعتقلا", Captured, true),
    ("أسروا", Captured, false),
    ("أسرا", Captured, true),
    ("اختطفوا", Captured, false),
    ("اختطفا", Captured, true),
    ("قضوا", Killed, false),
    ("قضيا", Killed, true),
    ("ارتقوا", Killed, false),
    ("أعدموا", Killed, false),
    ("اختفوا", Missing, false),
    // soldiers who surrender are taken prisoner
    ("استسلموا", Captured, false),
    ("خطفوا", Captured, false),
    ("احتجزوا", Captured, false),
    // `280 شخصا دفنوا في مقابر جماعية`: the buried were killed
    ("دفنوا", Killed, false),
];

/// Counted nouns that say the outcome; `true` for unambiguous duals.
const COUNTED: &[(&str, Outcome, bool)] = &[
    ("قتيل", Killed, false),
    ("قتيلا", Killed, false),
    ("قتيلة", Killed, false),
    ("قتلى", Killed, false),
    ("قتيلان", Killed, true),
    ("قتيلين", Killed, true),
    ("شهيد", Killed, false),
    ("شهيدا", Killed, false),
    ("شهداء", Killed, false),
    ("شهيدان", Killed, true),
    ("شهيدين", Killed, true),
    ("ضحية", Killed, false),
    ("ضحايا", Killed, false),
    ("ضحيتين", Killed, true),
    ("ضحيتان", Killed, true),
    ("جثة", Killed, false),
    ("جثث", Killed, false),
    ("جثتين", Killed, true),
    ("جثتان", Killed, true),
    ("وفيات", Killed, false),
    ("حالة وفاة", Killed, false),
    ("جريح", Wounded, false),
    ("جريحا", Wounded, false),
    ("جرحى", Wounded, false),
    ("جريحان", Wounded, true),
    ("جريحين", Wounded, true),
    ("مصاب", Wounded, false),
    ("مصابا", Wounded, false),
    ("مصابين", Wounded, false),
    ("مصابون", Wounded, false),
    ("مصابان", Wounded, true),
    ("إصابات", Wounded, false),
    // `950 إصابة`: the singular after large numbers
    ("إصابة", Wounded, false),
    ("مفقود", Missing, false),
    ("مفقودا", Missing, false),
    ("مفقودين", Missing, false),
    ("مفقودون", Missing, false),
    ("أسير", Captured, false),
    ("أسيرا", Captured, false),
    ("أسرى", Captured, false),
    ("أسيرين", Captured, true),
    ("أسيران", Captured, true),
    ("معتقل", Captured, false),
    ("معتقلا", Captured, false),
    ("معتقلين", Captured, false),
    ("معتقلون", Captured, false),
    ("رهينة", Captured, false),
    ("رهائن", Captured, false),
    ("رهينتين", Captured, true),
    ("مختطف", Captured, false),
    ("مختطفا", Captured, false),
    ("مختطفين", Captured, false),
    ("مختطفون", Captured, false),
    ("محتجز", Captured, false),
    ("محتجزا", Captured, false),
    ("محتجزين", Captured, false),
    ("موقوف", Captured, false),
    ("موقوفا", Captured, false),
    ("موقوفين", Captured, false),
    ("موقوفون", Captured, false),
];

/// Nouns for the counted people; `Some(true)` marks unambiguous duals,
/// `Some(false)` singular forms that count one after a trigger.
const VICTIMS: &[(&str, Victims, Option<bool>)] = &[
    ("جندي", Military, Some(false)),
    ("جنديا", Military, None),
    ("جنود", Military, None),
    ("جنديين", Military, Some(true)),
    ("جنديان", Military, Some(true)),
    ("عسكري", Military, Some(false)),
    ("عسكريا", Military, None),
    ("عسكريين", Military, None),
    ("عسكريون", Military, None),
    ("ضابط", Military, Some(false)),
    ("ضابطا", Military, None),
    ("ضباط", Military, None),
    ("ضابطين", Military, Some(true)),
    ("ضابطان", Military, Some(true)),
    ("شرطي", Military, Some(false)),
    ("شرطيا", Military, None),
    ("شرطيين", Military, None),
    ("مجند", Military, Some(false)),
    ("مجندا", Military, None),
    ("مجندين", Military, None),
    ("مدني", Civilians, Some(false)),
    ("مدنيا", Civilians, None),
    ("مدنيين", Civilians, None),
    ("مدنيون", Civilians, None),
    ("مدنيان", Civilians, Some(true)),
    ("صحفي", Civilians, Some(false)),
    ("صحفيا", Civilians, None),
    ("صحفيين", Civilians, None),
    ("مسعف", Civilians, Some(false)),
    ("مسعفا", Civilians, None),
    ("مسعفين", Civilians, None),
    ("طالبا", Civilians, None),
    ("طلاب", Civilians, None),
    ("تلميذا", Civilians, None),
    ("تلاميذ", Civilians, None),
    ("عمال", Civilians, None),
    ("صيادين", Civilians, None),
    ("طالب", Civilians, None),
    ("طالبة", Civilians, None),
    ("طالبات", Civilians, None),
    ("طلبة", Civilians, None),
    ("تلميذ", Civilians, None),
    ("تلميذة", Civilians, None),
    ("تلميذات", Civilians, None),
    ("عاملا", Civilians, None),
    ("مزارع", Civilians, None),
    ("مزارعا", Civilians, None),
    ("مزارعين", Civilians, None),
    ("مزارعون", Civilians, None),
    ("مسنين", Civilians, None),
    ("مسنون", Civilians, None),
    ("مسعفين", Civilians, None),
    ("مسعفون", Civilians, None),
    ("مقاتل", Fighters, Some(false)),
    ("مقاتلا", Fighters, None),
    ("مقاتلين", Fighters, None),
    ("مقاتلون", Fighters, None),
    ("مقاتلي", Fighters, None),
    ("مسلح", Fighters, Some(false)),
    ("مسلحا", Fighters, None),
    ("مسلحين", Fighters, None),
    ("مسلحون", Fighters, None),
    ("مسلحي", Fighters, None),
    ("مرتزق", Fighters, None),
    ("مرتزقا", Fighters, None),
    ("مرتزقة", Fighters, None),
    ("عنصر", Fighters, Some(false)),
    ("عنصرا", Fighters, None),
    ("عناصر", Fighters, None),
    ("عنصرين", Fighters, Some(true)),
    ("عنصران", Fighters, Some(true)),
    ("مسلحان", Fighters, Some(true)),
    ("مقاتلان", Fighters, Some(true)),
    ("مقاتلو", Fighters, None),
    ("شرطيان", Military, Some(true)),
    ("إرهابي", Fighters, Some(false)),
    ("إرهابيا", Fighters, None),
    ("إرهابيين", Fighters, None),
    ("إرهابيون", Fighters, None),
    ("متمرد", Fighters, Some(false)),
    ("متمردا", Fighters, None),
    ("متمردين", Fighters, None),
    ("متمردون", Fighters, None),
    ("جهاديا", Fighters, None),
    ("جهاديين", Fighters, None),
    ("انتحاريين", Fighters, None),
    ("طفل", Children, Some(false)),
    ("طفلا", Children, None),
    ("طفلة", Children, Some(false)),
    ("أطفال", Children, None),
    ("طفلين", Children, Some(true)),
    ("طفلان", Children, Some(true)),
    ("قاصرين", Children, None),
    ("امرأة", Women, Some(false)),
    ("نساء", Women, None),
    ("نسوة", Women, None),
    ("امرأتين", Women, Some(true)),
    ("امرأتان", Women, Some(true)),
    ("سيدة", Women, Some(false)),
    ("سيدات", Women, None),
    ("شخص", People, Some(false)),
    ("شخصا", People, None),
    ("أشخاص", People, None),
    ("شخصين", People, Some(true)),
    ("شخصان", People, Some(true)),
    ("مواطن", Civilians, Some(false)),
    ("مواطنا", Civilians, None),
    ("مواطنين", Civilians, None),
    ("مواطنون", Civilians, None),
    ("فردا", People, None),
    ("أفراد", People, None),
    ("نازحا", Civilians, None),
    ("نازحين", Civilians, None),
    ("لاجئا", Civilians, None),
    ("لاجئين", Civilians, None),
    ("قرويا", Civilians, None),
    ("قرويين", Civilians, None),
    ("قرويون", Civilians, None),
    ("راكبا", Civilians, None),
    ("ركاب", Civilians, None),
    ("مهاجر", People, None),
    ("مهاجرا", People, None),
    ("مهاجرين", People, None),
    ("مهاجرون", People, None),
    ("متظاهر", People, None),
    ("متظاهرا", People, None),
    ("متظاهرين", People, None),
    ("متظاهرون", People, None),
    ("ناشطا", People, None),
    ("شابا", People, None),
    ("شبان", People, None),
    ("ناشطين", People, None),
    // visitors, staff and worshippers are civilians
    ("سائح", Civilians, Some(false)),
    ("سائحا", Civilians, None),
    ("سياح", Civilians, None),
    ("سائحين", Civilians, None),
    ("زوار", Civilians, None),
    ("زائرا", Civilians, None),
    ("موظف", Civilians, Some(false)),
    ("موظفا", Civilians, None),
    ("موظفين", Civilians, None),
    ("موظفون", Civilians, None),
    ("مصلين", Civilians, None),
    ("مصلون", Civilians, None),
    ("حجاج", Civilians, None),
    ("مسافرين", Civilians, None),
    ("مسافرا", Civilians, None),
    ("طبيب", Civilians, Some(false)),
    ("طبيبا", Civilians, None),
    ("أطباء", Civilians, None),
    ("ممرضا", Civilians, None),
    ("ممرضين", Civilians, None),
    ("إعلاميا", Civilians, None),
    ("إعلاميين", Civilians, None),
    ("صحافي", Civilians, Some(false)),
    ("صحافيا", Civilians, None),
    ("صحافيين", Civilians, None),
    ("حارس", People, Some(false)),
    ("حارسا", People, None),
    ("حراس", People, None),
    ("رجل", People, Some(false)),
    ("رجلا", People, None),
    ("رجال", People, None),
    // the attackers of a raid are fighters
    ("مهاجم", Fighters, Some(false)),
    ("مهاجما", Fighters, None),
    ("مهاجمين", Fighters, None),
    ("مهاجمون", Fighters, None),
];

/// Demonyms counted as people: `استشهد 5 فلسطينيين`. The accusative
/// singular is left out where it spells the country (`سوريا`، `روسيا`).
const DEMONYMS: &[&str] = &[
    "فلسطينيا",
    "فلسطينيين",
    "فلسطينيون",
    "سوريين",
    "سوريون",
    "لبنانيا",
    "لبنانيين",
    "لبنانيون",
    "عراقيا",
    "عراقيين",
    "عراقيون",
    "يمنيا",
    "يمنيين",
    "يمنيون",
    "سودانيا",
    "سودانيين",
    "سودانيون",
    "ليبيين",
    "ليبيون",
    "صوماليا",
    "صوماليين",
    "صوماليون",
    "أفغانيا",
    "أفغان",
    "أوكرانيين",
    "أوكرانيون",
    "مصريا",
    "مصريين",
    "مصريون",
    "أردنيا",
    "أردنيين",
    "إسرائيليا",
    "إسرائيليين",
    "إسرائيليون",
    "إيرانيا",
    "إيرانيين",
    "باكستانيا",
    "باكستانيين",
    "إثيوبيين",
    "نيجيريين",
    "كولومبيين",
    "أكراد",
    "كرديا",
    "أتراك",
    "تركيين",
    "أمريكيين",
    "أميركيين",
    "فرنسيين",
    "بريطانيين",
    "روس",
    "أجانب",
];

const FUNCS: &[(&str, Func)] = &[
    // units: what numbers next to these count is not people
    ("يوم", Func::Unit),
    ("يوما", Func::Unit),
    ("أيام", Func::Unit),
    ("يومين", Func::Unit),
    ("أسبوع", Func::Unit),
    ("أسبوعا", Func::Unit),
    ("أسابيع", Func::Unit),
    ("شهر", Func::Unit),
    ("شهرا", Func::Unit),
    ("أشهر", Func::Unit),
    ("شهور", Func::Unit),
    ("سنة", Func::Unit),
    ("سنوات", Func::Unit),
    ("سنين", Func::Unit),
    ("عام", Func::Unit),
    ("عاما", Func::Unit),
    ("أعوام", Func::Unit),
    ("ساعة", Func::Unit),
    ("ساعات", Func::Unit),
    ("دقيقة", Func::Unit),
    ("دقائق", Func::Unit),
    ("كيلومتر", Func::Unit),
    ("كيلومترا", Func::Unit),
    ("كيلومترات", Func::Unit),
    ("كلم", Func::Unit),
    ("كم", Func::Unit),
    ("متر", Func::Unit),
    ("مترا", Func::Unit),
    ("أمتار", Func::Unit),
    ("ميل", Func::Unit),
    ("ميلا", Func::Unit),
    ("بالمئة", Func::Unit),
    ("بالمائة", Func::Unit),
    ("المئة", Func::Unit),
    ("المائة", Func::Unit),
    ("%", Func::Unit),
    ("محافظة", Func::Unit),
    ("محافظات", Func::Unit),
    ("ولاية", Func::Unit),
    ("ولايات", Func::Unit),
    ("قرية", Func::Unit),
    ("قرى", Func::Unit),
    ("بلدة", Func::Unit),
    ("بلدات", Func::Unit),
    ("مدينة", Func::Unit),
    ("مدن", Func::Unit),
    ("منزل", Func::Unit),
    ("منزلا", Func::Unit),
    ("منازل", Func::Unit),
    ("مبنى", Func::Unit),
    ("مباني", Func::Unit),
    ("بيت", Func::Unit),
    ("بيوت", Func::Unit),
    ("دبابة", Func::Unit),
    ("دبابات", Func::Unit),
    ("مدرعة", Func::Unit),
    ("مدرعات", Func::Unit),
    ("آلية", Func::Unit),
    ("آليات", Func::Unit),
    ("سيارة", Func::Unit),
    ("سيارات", Func::Unit),
    ("طائرة", Func::Unit),
    ("طائرات", Func::Unit),
    ("مسيرة", Func::Unit),
    ("مسيرات", Func::Unit),
    ("صاروخ", Func::Unit),
    ("صاروخا", Func::Unit),
    ("صواريخ", Func::Unit),
    ("قذيفة", Func::Unit),
    ("قذائف", Func::Unit),
    ("غارة", Func::Unit),
    ("غارات", Func::Unit),
    ("هجوم", Func::Unit),
    ("هجمات", Func::Unit),
    ("موقع", Func::Unit),
    ("مواقع", Func::Unit),
    ("هدف", Func::Unit),
    ("هدفا", Func::Unit),
    ("أهداف", Func::Unit),
    ("مرة", Func::Unit),
    ("مرات", Func::Unit),
    ("دولار", Func::Unit),
    ("دولارا", Func::Unit),
    ("يورو", Func::Unit),
    ("جنيه", Func::Unit),
    ("ليرة", Func::Unit),
    ("طن", Func::Unit),
    ("طنا", Func::Unit),
    ("حالة", Func::Unit),
    ("حالات", Func::Unit),
    ("ليلة", Func::Unit),
    ("ليال", Func::Unit),
    ("طابق", Func::Unit),
    ("طوابق", Func::Unit),
    ("نقطة", Func::Unit),
    ("نقاط", Func::Unit),
    ("صوت", Func::Unit),
    ("صوتا", Func::Unit),
    ("أصوات", Func::Unit),
    ("ناخب", Func::Unit),
    ("ناخبا", Func::Unit),
    ("مقعد", Func::Unit),
    ("مقعدا", Func::Unit),
    ("مقاعد", Func::Unit),
    ("دراجة", Func::Unit),
    ("دراجات", Func::Unit),
    ("شاحنة", Func::Unit),
    ("شاحنات", Func::Unit),
    ("مستودع", Func::Unit),
    ("مستودعات", Func::Unit),
    ("مجزرة", Func::Unit),
    ("مجازر", Func::Unit),
    ("نسمة", Func::Unit),
    ("عائلة", Func::Unit),
    ("عائلات", Func::Unit),
    ("دولة", Func::Unit),
    ("دول", Func::Unit),
    ("يناير", Func::Month),
    ("فبراير", Func::Month),
    ("مارس", Func::Month),
    ("أبريل", Func::Month),
    ("إبريل", Func::Month),
    ("مايو", Func::Month),
    ("يونيو", Func::Month),
    ("يوليو", Func::Month),
    ("أغسطس", Func::Month),
    ("سبتمبر", Func::Month),
    ("أكتوبر", Func::Month),
    ("نوفمبر", Func::Month),
    ("ديسمبر", Func::Month),
    ("كانون", Func::Month),
    ("شباط", Func::Month),
    ("آذار", Func::Month),
    ("نيسان", Func::Month),
    ("أيار", Func::Month),
    ("حزيران", Func::Month),
    ("تموز", Func::Month),
    ("آب", Func::Month),
    ("أيلول", Func::Month),
    ("تشرين", Func::Month),
    // the Maghreb's and Egypt's names
    ("جانفي", Func::Month),
    ("فيفري", Func::Month),
    ("أفريل", Func::Month),
    ("ماي", Func::Month),
    ("جوان", Func::Month),
    ("جويلية", Func::Month),
    ("أوت", Func::Month),
    ("يونيه", Func::Month),
    ("يوليه", Func::Month),
    // totals
    ("عدد", Func::Total),
    ("أعداد", Func::Total),
    ("حصيلة", Func::TotalCumul),
    ("إجمالي", Func::TotalCumul),
    ("مجموع", Func::TotalCumul),
    ("في", Func::Prep),
    ("خلال", Func::Prep),
    ("جراء", Func::Prep),
    ("إثر", Func::Prep),
    ("بعد", Func::Prep),
    ("عند", Func::Prep),
    ("قرب", Func::Prep),
    ("داخل", Func::Prep),
    ("بسبب", Func::Prep),
    ("نتيجة", Func::Prep),
    ("وسط", Func::Prep),
    ("أمس", Func::Prep),
    ("اليوم", Func::Prep),
    ("فيما", Func::Prep),
    ("بينما", Func::Prep),
    ("عندما", Func::Prep),
    ("حين", Func::Prep),
    ("قبالة", Func::Prep),
    ("تحت", Func::Prep),
    ("برصاص", Func::Prep),
    ("بنيران", Func::Prep),
    ("عددهم", Func::TotalOf),
    ("أعدادهم", Func::TotalOf),
    ("عددهن", Func::TotalOf),
    ("حصيلتهم", Func::TotalOf),
    ("إلى", Func::To),
    ("ب", Func::To),
    ("بلغ", Func::To),
    ("بلغت", Func::To),
    ("تجاوز", Func::Exceed),
    ("يتجاوز", Func::Exceed),
    ("تخطى", Func::Exceed),
    ("يتخطى", Func::Exceed),
    ("يبلغ", Func::To),
    ("تبلغ", Func::To),
    ("وصل", Func::To),
    ("وصلت", Func::To),
    ("من", Func::Of),
    ("بين", Func::Among),
    ("بينهم", Func::Subset),
    ("بينهن", Func::Subset),
    ("منهم", Func::Subset),
    ("منهن", Func::Subset),
    ("آخرين", Func::Others),
    ("آخرون", Func::Others),
    ("آخران", Func::Others),
    ("أخريات", Func::Others),
    ("آخر", Func::Others),
    ("أخرى", Func::Others),
    ("و", Func::And),
    ("بجروح", Func::Filler),
    ("جميعهم", Func::Filler),
    ("قد", Func::Filler),
    // running totals
    ("الإجمالي", Func::Cumul),
    ("ارتفع", Func::Cumul),
    ("ارتفاع", Func::Cumul),
    ("ارتفعت", Func::Cumul),
    ("يرتفع", Func::Cumul),
    ("ترتفع", Func::Cumul),
    ("يرفع", Func::Cumul),
    ("ترفع", Func::Cumul),
    ("حتى", Func::Until),
    ("الآن", Func::Now),
    ("ليرتفع", Func::ClauseCumul),
    ("لترتفع", Func::ClauseCumul),
    ("ليرفع", Func::ClauseCumul),
    ("لترفع", Func::ClauseCumul),
    ("ليصل", Func::ClauseCumul),
    ("لتصل", Func::ClauseCumul),
    ("ليبلغ", Func::ClauseCumul),
    ("لتبلغ", Func::ClauseCumul),
    ("منذ", Func::Since),
    ("مجمل", Func::Overall),
    ("إجمالا", Func::Overall),
    ("فترة", Func::Period),
    ("بدء", Func::Start),
    ("بداية", Func::Start),
    ("نشوب", Func::Start),
    ("اندلاع", Func::Start),
    ("انطلاق", Func::Start),
    ("مطلع", Func::Start),
    // the start of the war named before: `منذ اندلاعها`
    ("بدئها", Func::Start),
    ("بدئه", Func::Start),
    ("بدايتها", Func::Start),
    ("بدايته", Func::Start),
    ("اندلاعها", Func::Start),
    ("اندلاعه", Func::Start),
    ("نشوبها", Func::Start),
    ("نشوبه", Func::Start),
    ("انطلاقها", Func::Start),
    ("انطلاقه", Func::Start),
    ("حرب", Func::War),
    ("حروب", Func::War),
    ("نزاع", Func::War),
    ("صراع", Func::War),
    // (plural or abstract: `معركة` and `اشتباكات` are as often one day's)
    ("معارك", Func::War),
    ("قتال", Func::War),
    ("تصعيد", Func::War),
    ("عدوان", Func::War),
    ("مقابل", Func::Versus),
    ("صعيد", Func::Heading),
    ("مستوى", Func::Heading),
    ("حتفه", Func::Death),
    ("نحبه", Func::Death),
    ("نحبهم", Func::Death),
    ("حتفها", Func::Death),
    ("حتفهم", Func::Death),
    ("حتفهما", Func::Death),
    ("حتفهن", Func::Death),
    ("مصرعه", Func::Death),
    ("مصرعها", Func::Death),
    ("مصرعهم", Func::Death),
    ("مصرعهما", Func::Death),
    ("سراح", Func::Release),
    ("تحرير", Func::Freeing),
    ("حررت", Func::Release),
    ("أفرج", Func::Release),
    ("أفرجت", Func::Release),
    ("يفرج", Func::Release),
    ("تفرج", Func::Release),
    ("الإفراج", Func::Release),
    ("إفراج", Func::Release),
    ("تبادل", Func::Release),
    ("مبادلة", Func::Release),
    ("صفقة", Func::Release),
    ("تسليم", Func::Release),
    ("عداد", Func::Tally),
    ("إضافة", Func::Plus),
    ("علاوة", Func::Plus),
    ("حياته", Func::Life),
    ("حياتها", Func::Life),
    ("حياتهم", Func::Life),
    ("حياتهما", Func::Life),
    ("أرواحهم", Func::Life),
    ("جبهة", Func::Body),
    ("حركة", Func::Body),
    ("هيئة", Func::Body),
    ("منظمة", Func::Body),
    ("جيش", Func::Body),
    ("إطلاق", Func::Fire),
    ("بفيروس", Func::Disease),
    ("بكورونا", Func::Disease),
    ("بكوفيد", Func::Disease),
    ("كورونا", Func::Disease),
    ("بالكوليرا", Func::Disease),
    ("بالفيروس", Func::Disease),
    ("لم", Func::Negation),
    ("لا", Func::Negation),
    ("دون", Func::Negation),
    ("بدون", Func::Negation),
    ("عدم", Func::Negation),
    ("سقوط", Func::NullHead),
    ("وقوع", Func::NullHead),
    ("أوقع", Func::NullHead),
    ("أوقعت", Func::NullHead),
    ("خلف", Func::NullHead),
    ("خلفت", Func::NullHead),
    ("خسائر", Func::Losses),
    ("بشرية", Func::Human),
    ("الأرواح", Func::Human),
    ("بحسب", Func::Source),
    ("حسب", Func::Source),
    ("وفق", Func::Source),
    ("وفقا", Func::Source),
    ("نقلا", Func::Source),
    ("أعلن", Func::Source),
    ("أعلنت", Func::Source),
    ("قال", Func::Source),
    ("قالت", Func::Source),
    ("أفاد", Func::Source),
    ("أفادت", Func::Source),
    ("ذكر", Func::Source),
    ("ذكرت", Func::Source),
    ("أكد", Func::Source),
    ("أكدت", Func::Source),
    ("أوضح", Func::Source),
    ("أوضحت", Func::Source),
    ("رصد", Func::Source),
    ("وثق", Func::Source),
    ("الجيش", Func::Army),
    ("الشرطة", Func::Army),
    // `عناصر أمن`, `عناصر شرطة`: without the article too
    ("أمن", Func::Army),
    ("شرطة", Func::Army),
    ("الأمن", Func::Army),
    ("النظام", Func::Army),
    ("الحكومة", Func::Army),
    ("الحكومية", Func::Army),
    ("المسلحة", Func::Army),
    ("قوات", Func::Forces),
    ("على", Func::On),
    ("الأقل", Func::More),
    ("يزيد", Func::More),
    ("أكثر", Func::More),
    ("أو", Func::Or),
];

/// Periods too short for a running total of a war: `منذ مطلع الأسبوع`.
const SHORT_PERIODS: &[&str] = &["يوم", "أسبوع", "ساعة", "ساعات", "ليلة"];

/// Ordinals from the second on: one more after those counted (`مقتل اثنين
/// وإصابة ثالث`, `قتيلان وجريح ثالث`).
const ORDINALS: &[&str] = &[
    "ثان",
    "ثاني",
    "ثانية",
    "ثالث",
    "ثالثة",
    "رابع",
    "رابعة",
    "خامس",
    "خامسة",
    "سادس",
    "سادسة",
    "سابع",
    "سابعة",
    "ثامن",
    "ثامنة",
    "تاسع",
    "تاسعة",
    "عاشر",
    "عاشرة",
    "ثالثا",
    "رابعا",
    "خامسا",
    "سادسا",
    "سابعا",
    "ثامنا",
    "تاسعا",
    "عاشرا",
];

/// Verbs whose subject caused the casualties: `الحرب خلفت`, `أودى النزاع`.
const CAUSES: &[&str] =
    &["أودى", "أودت", "خلف", "خلفت", "أسفر", "أسفرت", "حصد", "حصدت", "تسبب", "تسببت", "أوقع", "أوقعت"];

/// Prefixes a word may carry: a conjunction, then a preposition or article.
/// Possessive pronouns a plural victim noun may carry, folded.
const POSSESSIVES: &[&str] = &["ه", "ها", "هم", "نا"];
const CONJ: &[&str] = &["", "و", "ف"];
const ART: &[&str] = &["", "ال", "بال", "لل", "ب", "ل", "كال"];

static LEXICON: LazyLock<WordMap<Entry>> = LazyLock::new(|| {
    let mut m: WordMap<Entry> = WordMap::default();
    fn at<'m>(m: &'m mut WordMap<Entry>, w: &str) -> &'m mut Entry {
        m.entry(fold(w)).or_default()
    }
    for &(w, o, s) in TRIGGERS {
        at(&mut m, w).trigger = Some((o, s));
    }
    for &(w, o, dual) in AFTER {
        let e = at(&mut m, w);
        e.after = Some(o);
        e.dual_verb = dual;
    }
    for &(w, o, dual) in COUNTED {
        let e = at(&mut m, w);
        e.counted = Some(o);
        e.dual |= dual;
    }
    for &(w, v, form) in VICTIMS {
        let e = at(&mut m, w);
        e.victim = Some(v);
        match form {
            Some(true) => e.dual = true,
            Some(false) => e.single = Some(v),
            None => {}
        }
    }
    // a plural with a possessive (`أحد جنودها`, `ثلاثة من مواطنيه`): the
    // construct form (`مواطني` of `مواطنين`) takes the pronoun
    for &(w, v, form) in VICTIMS {
        let w = fold(w);
        let stem =
            w.strip_suffix("ين").map(|s| format!("{s}ي")).or_else(|| w.strip_suffix("ون").map(|s| format!("{s}و")));
        let Some(stem) = stem.or_else(|| (form.is_none() && !w.ends_with('ا')).then(|| w.clone())) else { continue };
        for suffix in POSSESSIVES {
            let e = m.entry(format!("{stem}{suffix}")).or_default();
            e.victim.get_or_insert(v);
        }
    }
    for &w in OBJECT_VERBS {
        at(&mut m, w).object = true;
    }
    for w in ["لقوا", "لقيا", "لقين"] {
        at(&mut m, w).met = true;
    }
    for &w in DEMONYMS {
        at(&mut m, w).victim = Some(People);
    }
    for w in SHORT_PERIODS {
        at(&mut m, w).short = true;
    }
    for w in CAUSES {
        at(&mut m, w).cause = true;
    }
    for w in ORDINALS {
        at(&mut m, w).ordinal = true;
    }
    for &(w, o) in ON_TRIGGERS {
        at(&mut m, w).on = Some(o);
    }
    for &(w, f) in FUNCS {
        at(&mut m, w).func = Some(f);
    }
    m
});

impl Entry {
    /// Can give a figure its outcome: an event word (trigger, verb after
    /// the people, counted noun, verb taking `على`) or `خسائر`. Every figure
    /// takes its outcome from one of them (or from an earlier figure of the
    /// same sentence), so a sentence with no such word holds no figure.
    fn cue(&self) -> bool {
        self.trigger.is_some()
            || self.after.is_some()
            || self.counted.is_some()
            || self.on.is_some()
            || self.func == Some(Func::Losses)
    }
}

/// A bit per hash of a word's shape (see [`shape`]), set for every cue
/// form (see [`Entry::cue`]) in [`FORMS`]: rules most words out before the
/// map is probed. A fixed size, so that the test of a word (every word of
/// the body is tested) needs no length or bounds check.
static CUE_SHAPES: LazyLock<Box<[u64; 1 << (SHAPE_BITS - 6)]>> = LazyLock::new(|| {
    let mut bits = Box::new([0u64; 1 << (SHAPE_BITS - 6)]);
    for (w, _) in FORMS.iter().filter(|(_, w)| w.entry.cue()) {
        let t = (shape(w) >> (64 - SHAPE_BITS)) as usize;
        bits[t / 64] |= 1 << (t % 64);
    }
    bits
});

/// Whether the shape `h` has its bit in [`CUE_SHAPES`].
#[inline(always)]
fn cue_shape(bits: &[u64; 1 << (SHAPE_BITS - 6)], h: u64) -> bool {
    let t = (h >> (64 - SHAPE_BITS)) as usize;
    bits[(t / 64) % bits.len()] & (1 << (t % 64)) != 0
}

/// A bit per hash of a word's shape for every form in [`FORMS`]: most
/// words of a sentence are in no table, and are told so before the map is
/// probed. Twice the bits of [`CUE_SHAPES`] for some twenty times the forms.
static FORM_SHAPES: LazyLock<Vec<u64>> = LazyLock::new(|| shape_bits_n(FORMS.iter().map(|(w, _)| w), SHAPE_BITS + 2));

/// The bits of the shapes of `words`, hashed to `n` bits.
fn shape_bits_n<'a>(words: impl Iterator<Item = &'a [u8]>, n: u32) -> Vec<u64> {
    let mut bits = vec![0u64; 1 << (n - 6)];
    for w in words {
        let t = (shape(w) >> (64 - n)) as usize;
        bits[t / 64] |= 1 << (t % 64);
    }
    bits
}

/// Whether the shape of `w` has its bit in `bits` (as [`shape_bits_n`]
/// built it: the number of bits is the table's size).
#[inline]
fn shape_in(bits: &[u64], h: u64) -> bool {
    let n = (bits.len() * 64).trailing_zeros();
    let t = (h >> (64 - n) & ((1 << n) - 1)) as usize;
    bits.get(t / 64).is_some_and(|b| b & (1 << (t % 64)) != 0)
}

const SHAPE_BITS: u32 = 16;

/// A hash of a word's length and its first and last eight bytes (all of
/// most words): Arabic words share their first and last letters too often
/// for a hash of those alone to rule them out.
#[inline]
fn shape(b: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let len = b.len() as u64;
    let key = match (b.first_chunk::<8>(), b.last_chunk::<8>()) {
        (Some(&h), Some(&t)) => (u64::from_le_bytes(h) ^ len).wrapping_mul(K) ^ u64::from_le_bytes(t),
        // a shorter word in one number, without a call to copy it
        _ => match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
            (Some(&h), Some(&t)) => {
                (u64::from(u32::from_le_bytes(h)) << 32 | u64::from(u32::from_le_bytes(t)) ^ len << 56).wrapping_mul(K)
            }
            _ => b.iter().fold(len, |k, &x| k << 8 | u64::from(x)).wrapping_mul(K),
        },
    };
    key.wrapping_mul(K)
}

/// Does some word of the sentence look up (see [`lookup`]) to a cue (see
/// [`Entry::cue`])? Reads the document's word list, parting a word at its
/// digits as [`tokens`] does; a sentence whose ends cut a word is let
/// through.
fn has_cue(doc: &Doc, range: Range<usize>, cursor: &mut usize) -> bool {
    let text = doc.text();
    if cuts_word(doc, range.clone()) {
        return true;
    }
    let shapes = &**CUE_SHAPES;
    let bytes = text.as_bytes();
    let is_cue = |w: &str| {
        let h = shape(w.as_bytes());
        cue_shape(shapes, h) && lookup_shaped(w, h).entry.cue()
    };
    // most sentences hold no digit, many only late: no word before the
    // first digit needs parting
    let digits_from = bytes.get(range.clone()).map_or(range.start, |s| range.start + first_digit(s));
    // the words lying wholly inside `range`, as `doc.words` finds them
    let toks = &doc.tokens;
    let from = first_word(toks, range.start, cursor);
    for r in toks[from..].iter().take_while(|r| r.end <= range.end) {
        let Some(w) = bytes.get(r.start..r.end) else { continue };
        if r.end > digits_from && has_digit(w) {
            if text.get(r.start..r.end).is_some_and(|w| w.split(|c: char| c.is_ascii_digit()).any(is_cue)) {
                return true;
            }
        } else {
            // (the shape rules most words out before the map is probed)
            let h = shape(w);
            if cue_shape(shapes, h) && text.get(r.start..r.end).is_some_and(|w| lookup_shaped(w, h).entry.cue()) {
                return true;
            }
        }
    }
    false
}

/// Offset of the first ASCII digit of `b`, else its length; eight bytes
/// at a time.
fn first_digit(b: &[u8]) -> usize {
    let mut chunks = b.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        // a byte is a digit when its `^ 0x30` is below ten
        let y = u64::from_le_bytes(word) ^ 0x3030_3030_3030_3030;
        let hit = !(((y & 0x7F7F_7F7F_7F7F_7F7F) + 0x7676_7676_7676_7676) | y) & 0x8080_8080_8080_8080;
        if hit != 0 {
            return at + (hit.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    at + chunks.remainder().iter().position(u8::is_ascii_digit).unwrap_or(chunks.remainder().len())
}

/// Index of the first of `toks` starting at or after `at`. Sentences are
/// read in order: the search walks on from `cursor` (left there for the
/// next sentence) and only searches the whole list when `at` lies behind.
fn first_word(toks: &[Range<usize>], at: usize, cursor: &mut usize) -> usize {
    let mut k = (*cursor).min(toks.len());
    if k > 0 && toks[k - 1].start >= at {
        k = toks.partition_point(|w| w.start < at);
    } else {
        while toks.get(k).is_some_and(|w| w.start < at) {
            k += 1;
        }
    }
    *cursor = k;
    k
}

/// Does a word hold an ASCII digit? Sixteen bytes (most words) are read as
/// two overlapping eight-byte numbers.
#[inline]
fn has_digit(w: &[u8]) -> bool {
    let digit_in = |x: u64| {
        // a byte is a digit when its `^ 0x30` is below ten
        let y = x ^ 0x3030_3030_3030_3030;
        !(((y & 0x7F7F_7F7F_7F7F_7F7F) + 0x7676_7676_7676_7676) | y) & 0x8080_8080_8080_8080 != 0
    };
    match (w.first_chunk::<8>(), w.last_chunk::<8>()) {
        (Some(&h), Some(&t)) if w.len() <= 16 => digit_in(u64::from_le_bytes(h)) || digit_in(u64::from_le_bytes(t)),
        (Some(_), Some(_)) => w.iter().any(u8::is_ascii_digit),
        // a shorter word: two overlapping four-byte numbers, or its bytes
        _ => match (w.first_chunk::<4>(), w.last_chunk::<4>()) {
            (Some(&h), Some(&t)) => digit_in(u64::from(u32::from_le_bytes(h)) << 32 | u64::from(u32::from_le_bytes(t))),
            _ => w.iter().any(u8::is_ascii_digit),
        },
    }
}

/// Does an end of `range` fall inside a word (or off the text)? Then the
/// document's word list, which keeps whole words, does not tell its words.
fn cuts_word(doc: &Doc, range: Range<usize>) -> bool {
    let text = doc.text();
    let word_char = |c: Option<char>| c.is_some_and(crate::text::is_word_char);
    let b = text.as_bytes();
    // ASCII space or punctuation on either side (nearly every end) settles it
    // without decoding a character
    let apart = |x: Option<&u8>| x.is_some_and(|&x| x < 0x80 && !x.is_ascii_alphanumeric());
    let cut = |at: usize| {
        if apart(b.get(at)) || (apart(at.checked_sub(1).and_then(|p| b.get(p))) && text.is_char_boundary(at)) {
            return false;
        }
        text.get(..at).is_none_or(|h| word_char(h.chars().next_back()))
            && text.get(at..).is_none_or(|t| word_char(t.chars().next()))
    };
    cut(range.start) || cut(range.end)
}

/// A word looked up with its prefixes stripped.
#[derive(Debug, Clone, Copy, Default)]
struct Word {
    entry: Entry,
    /// Known to the lexicon at all.
    known: bool,
    /// Carried a leading `و`.
    waw: bool,
    /// Carried the article.
    definite: bool,
    /// Four digits of a year (`1991`, `2015`).
    year: bool,
    /// Ends in a plural possessive (`منازلهم`, `ليلتهم`).
    theirs: bool,
    /// An unknown word ending in the nisba `ي`: an adjective.
    nisba: bool,
    /// An unknown indefinite word in a nisba's accusative or plural (`طاجيكيا`,
    /// `كوسوفيين`): after a count, people of a nation or a group.
    people: bool,
}

/// Every lexicon word under every prefix pair `lookup` strips, with what
/// the prefixes say, so that a word is looked up with one probe. A form two
/// splits could give (`بالجيش`: `بال`+`جيش` or `ب`+`الجيش`) keeps the
/// first split in `CONJ` × `ART` order.
static FORMS: LazyLock<Frozen<Word>> = LazyLock::new(|| {
    let mut m: WordMap<Word> =
        WordMap::with_capacity_and_hasher(LEXICON.len() * CONJ.len() * ART.len(), Default::default());
    for c in CONJ {
        for a in ART {
            let bare = c.is_empty() && a.is_empty();
            for (stem, e) in LEXICON.iter() {
                // a prefix is not stripped down to a single letter
                if stem.is_empty() || (!bare && stem.chars().count() < 2) {
                    continue;
                }
                let form = [*c, *a, stem.as_str()].concat();
                m.entry(form).or_insert(Word {
                    entry: *e,
                    known: true,
                    waw: *c == "و",
                    definite: a.contains("ال") || *a == "لل",
                    ..Word::default()
                });
            }
        }
    }
    Frozen::new(m)
});

fn lookup(w: &str) -> Word {
    lookup_shaped(w, shape(w.as_bytes()))
}

/// [`lookup`] of a word whose [`shape`] is `h`.
#[inline]
fn lookup_shaped(w: &str, h: u64) -> Word {
    if !shape_in(&FORM_SHAPES, h) {
        return Word::default();
    }
    FORMS.get(h, w.as_bytes()).copied().unwrap_or_default()
}

/// A read-only word table probed at the word's [`shape`] (computed once for
/// the bit filter and the probe): no second hash, and an empty slot
/// answers most words outside it at once.
struct Frozen<V> {
    /// Index + 1 into `entries` (0: empty), linear probing from the top
    /// bits of the shape.
    slots: Vec<u32>,
    entries: Vec<(u64, Box<[u8]>, V)>,
    bits: u32,
}

impl<V> Frozen<V> {
    fn new(items: impl IntoIterator<Item = (String, V)>) -> Self {
        let entries: Vec<(u64, Box<[u8]>, V)> =
            items.into_iter().map(|(k, v)| (shape(k.as_bytes()), k.into_bytes().into_boxed_slice(), v)).collect();
        // a quarter full at most: most probes of a missing word end at once
        let bits = (entries.len() * 4).next_power_of_two().max(2).trailing_zeros();
        let mask = (1usize << bits) - 1;
        let mut slots = vec![0u32; 1 << bits];
        for (k, (h, _, _)) in entries.iter().enumerate() {
            let mut i = (h >> (64 - bits)) as usize;
            while slots[i] != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = u32::try_from(k + 1).unwrap_or(u32::MAX);
        }
        Frozen { slots, entries, bits }
    }

    /// The value of the word `w`, whose [`shape`] is `h`.
    #[inline]
    fn get(&self, h: u64, w: &[u8]) -> Option<&V> {
        let mask = self.slots.len() - 1;
        let mut i = (h >> (64 - self.bits)) as usize & mask;
        loop {
            let e = *self.slots.get(i)? as usize;
            let (eh, k, v) = self.entries.get(e.checked_sub(1)?)?;
            if *eh == h && **k == *w {
                return Some(v);
            }
            i = (i + 1) & mask;
        }
    }

    fn iter(&self) -> impl Iterator<Item = (&[u8], &V)> {
        self.entries.iter().map(|(_, k, v)| (&**k, v))
    }
}

#[derive(Debug, Clone)]
enum Kind {
    /// Clause punctuation.
    Break,
    Word(Word),
    Num(Count),
}

#[derive(Debug, Clone)]
struct Item {
    /// Folded byte range in the document.
    range: Range<usize>,
    kind: Kind,
    /// A word inside a number expression (`قتيلين`, `مدنيين قتلا`).
    inner: bool,
    /// A count glued to a leading `و` (`وثلاثة`, `وامرأتان`).
    waw: bool,
}

impl Item {
    fn word(&self) -> Option<&Word> {
        match &self.kind {
            Kind::Word(w) => Some(w),
            _ => None,
        }
    }
    fn func(&self) -> Option<Func> {
        self.word().and_then(|w| w.entry.func)
    }
    fn is(&self, f: Func) -> bool {
        self.func() == Some(f)
    }
    fn num(&self) -> Option<Count> {
        match &self.kind {
            Kind::Num(c) if !self.inner => Some(*c),
            _ => None,
        }
    }
}

/// Raw tokens of a sentence: words (letters, or digits with their
/// separators), `%`, and clause punctuation.
fn tokens(text: &str, base: usize) -> Vec<(Range<usize>, bool)> {
    // a word and its space take some eight bytes of Arabic
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    let b = text.as_bytes();
    // the character at byte `i` and its length; the Arabic block decoded in place
    let at = |i: usize| -> Option<(char, usize)> {
        match (*b.get(i)?, b.get(i + 1)) {
            (x @ 0..=0x7F, _) => Some((char::from(x), 1)),
            (l @ 0xD8..=0xDB, Some(&t)) => {
                char::from_u32(u32::from(l & 0x1F) << 6 | u32::from(t & 0x3F)).map(|c| (c, 2))
            }
            _ => text.get(i..)?.chars().next().map(|c| (c, c.len_utf8())),
        }
    };
    let mut i = 0;
    while let Some((c, len)) = at(i) {
        if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some((d, dl)) = at(end) {
                let sep = matches!(d, ',' | '.') && b.get(end + 1).is_some_and(u8::is_ascii_digit);
                if !(d.is_ascii_digit() || sep) {
                    break;
                }
                end += dl;
            }
            out.push((base + i..base + end, false));
            i = end;
            continue;
        }
        if crate::text::is_word_char(c) {
            let mut end = i + len;
            while let Some((d, dl)) = at(end) {
                if !crate::text::is_word_char(d) || d.is_ascii_digit() {
                    break;
                }
                end += dl;
            }
            out.push((base + i..base + end, false));
            i = end;
            continue;
        }
        if c == '%' {
            out.push((base + i..base + i + 1, false));
        } else if matches!(c, '،' | ',' | '؛' | ';' | ':' | '.' | '!' | '?' | '؟' | '\n') {
            out.push((base + i..base + i + len, true));
        } else if c == '-' {
            // a dash between spaces separates clauses; inside a word or date it does not
            let spaced = i.checked_sub(1).and_then(|p| b.get(p)) == Some(&b' ') || b.get(i + 1) == Some(&b' ');
            if spaced {
                out.push((base + i..base + i + 1, true));
            }
        }
        i += len;
    }
    out
}

/// [`tokens`] of `doc.text()[range]`, read off the document's word list:
/// a word is parted only where it holds a digit, and only the bytes between
/// words are decoded (for punctuation). Falls back to [`tokens`] when an
/// end of `range` cuts a word.
#[cfg(test)]
fn tokens_in(doc: &Doc, range: Range<usize>) -> Vec<(Range<usize>, bool)> {
    let mut out = Vec::new();
    tokens_into(doc, range, &mut out);
    out
}

/// [`tokens_in`] into `out` (cleared first), reused sentence after sentence.
fn tokens_into(doc: &Doc, range: Range<usize>, out: &mut Vec<(Range<usize>, bool)>) {
    out.clear();
    let text = doc.text();
    let Some(sent) = text.get(range.clone()) else { return };
    if cuts_word(doc, range.clone()) {
        *out = tokens(sent, range.start);
        return;
    }
    let b = text.as_bytes();
    let words = doc.words(range.clone());
    out.reserve(words.len() + words.len() / 4 + 2);
    // the start of a digit run that ends where the last word ended: one
    // `,`/`.` between digits carries it into the next word (`1,200`)
    let mut open: Option<usize> = None;
    let mut at = range.start;
    for w in words {
        let (s, e) = (w.start, w.end);
        let joined = match open {
            Some(o) if s == at + 1 && matches!(b[at], b',' | b'.') && b[s].is_ascii_digit() => Some(o),
            _ => None,
        };
        if joined.is_none() {
            if let Some(o) = open.take() {
                out.push((o..at, false));
            }
            // the usual gap is one space
            if s != at + 1 || b[at] != b' ' {
                gap_tokens(text, range.clone(), at..s, out);
            }
        }
        open = None;
        if !has_digit(&b[s..e]) {
            out.push((s..e, false));
            at = e;
            continue;
        }
        // a word parts into letter runs and digit runs (digits are ASCII:
        // no byte of a longer character is one)
        let mut i = s;
        while i < e {
            let digit = b[i].is_ascii_digit();
            let j = i + b[i..e].iter().position(|x| x.is_ascii_digit() != digit).unwrap_or(e - i);
            let start = if i == s { joined.unwrap_or(i) } else { i };
            if digit && j == e {
                open = Some(start);
            } else {
                out.push((start..j, false));
            }
            i = j;
        }
        at = e;
    }
    if let Some(o) = open {
        out.push((o..at, false));
    }
    let end = range.end;
    gap_tokens(text, range, at..end, out);
}

/// The tokens [`tokens`] makes of the characters between two words of a
/// sentence `within`: `%`, clause punctuation and a spaced dash.
fn gap_tokens(text: &str, within: Range<usize>, gap: Range<usize>, out: &mut Vec<(Range<usize>, bool)>) {
    let b = text.as_bytes();
    let Some(g) = text.get(gap.clone()) else { return };
    for (k, c) in g.char_indices() {
        let i = gap.start + k;
        let len = c.len_utf8();
        if c == '%' {
            out.push((i..i + 1, false));
        } else if matches!(c, '،' | ',' | '؛' | ';' | ':' | '.' | '!' | '?' | '؟' | '\n') {
            out.push((i..i + len, true));
        } else if c == '-' {
            let before = i > within.start && b[i - 1] == b' ';
            let after = i + 1 < within.end && b[i + 1] == b' ';
            if before || after {
                out.push((i..i + 1, true));
            }
        }
    }
}

/// Vectors [`items`] fills sentence after sentence, kept to be reused.
#[derive(Default)]
struct Bufs {
    /// The numbers reader's counts, as it gives them.
    found: Vec<crate::numbers::Found>,
    /// The counts that are no dates, in document offsets.
    nums: Vec<(Range<usize>, Count)>,
    /// The sentence's tokens.
    toks: Vec<(Range<usize>, bool)>,
    /// The vector of the items of a sentence, between documents.
    items: Vec<Item>,
    /// The vectors of a sentence's clauses, between documents.
    clauses: Clauses,
}

thread_local! {
    static BUFS: RefCell<Bufs> = RefCell::new(Bufs::default());
}

/// Words and counts of one sentence, with dates left out of the counts;
/// and the sentence's dates (ranges within it), when they were read.
fn items(doc: &Doc, range: Range<usize>, bufs: &mut Bufs, mut out: Vec<Item>) -> (Vec<Item>, Option<Vec<FoundDate>>) {
    out.clear();
    let text = doc.text();
    let Some(sent) = text.get(range.clone()) else { return (out, None) };
    let base = range.start;
    bufs.found.clear();
    tokens_into(doc, range.clone(), &mut bufs.toks);
    // (most sentences with a cue hold a count; the rest, none of whose
    // words may start one, spare the numbers reader its lexing; a sentence
    // whose ends cut a word is tokenized apart from the document's words)
    let cut = cuts_word(doc, range.clone());
    if cut {
        crate::numbers::find_folded_into(sent, &mut bufs.found);
    } else {
        // the reader lexes only from a few words before the first word that
        // may start a count to the end of the last one (see
        // `numbers::find_folded_within_into`): the words before that first
        // one are whole words of the Arabic block (a word with a digit is
        // taken, and so is any piece of a word parted at its digits)
        let may =
            |(r, brk): &(Range<usize>, bool)| !brk && text.get(r.clone()).is_none_or(crate::numbers::may_count_word);
        let toks = &bufs.toks;
        if let (Some(first), Some(last)) = (toks.iter().position(may), toks.iter().rposition(may)) {
            let mut lead = crate::numbers::LEAD_TOKENS;
            let mut from = 0;
            for (r, _) in toks[..first].iter().rev().filter(|(_, brk)| !brk) {
                lead -= 1;
                if lead == 0 {
                    from = r.start.saturating_sub(base);
                    break;
                }
            }
            let stop = toks[last].0.end.saturating_sub(base);
            crate::numbers::find_folded_within_into(sent, from, stop, &mut bufs.found);
        }
    }
    let toks = &bufs.toks;
    // dates only matter where there are numbers to set apart from them
    let dates = (!bufs.found.is_empty()).then(|| match may_hold_date(doc, toks) {
        true if cut => crate::dates::find_folded_unchecked(sent, doc.reference),
        true => dates_within(doc, sent, base, toks),
        false => Vec::new(),
    });
    let overlaps_date =
        |r: &Range<usize>| dates.iter().flatten().any(|d| d.range.start + base < r.end && r.start < d.range.end + base);
    bufs.nums.clear();
    bufs.nums.extend(
        bufs.found
            .iter()
            .map(|f| (f.range.start + base..f.range.end + base, f.count))
            .filter(|(r, c)| c.value > 0 && !overlaps_date(r)),
    );
    let nums = &bufs.nums;
    out.reserve(toks.len());
    let mut k = 0;
    let mut ni = 0;
    while k < toks.len() {
        let (r, brk) = toks[k].clone();
        while ni < nums.len() && nums[ni].0.end <= r.start {
            ni += 1;
        }
        if let Some((nr, count)) = nums.get(ni).filter(|(nr, _)| nr.start < r.end) {
            // every token the expression touches belongs to it; the known
            // words inside follow it as inner items
            let mut end = nr.end.max(r.end);
            let mut inner = Vec::new();
            while k < toks.len() && toks[k].0.start < nr.end {
                let tr = toks[k].0.clone();
                end = end.max(tr.end);
                if !toks[k].1 {
                    let w = lookup(&text[tr.clone()]);
                    let e = w.entry;
                    if e.counted.is_some() || e.victim.is_some() || e.after.is_some() {
                        inner.push(Item { range: tr, kind: Kind::Word(w), inner: true, waw: false });
                    }
                }
                k += 1;
            }
            let waw = nr.start > r.start && text[r.clone()].starts_with('و');
            out.push(Item { range: nr.start.min(r.start)..end, kind: Kind::Num(*count), inner: false, waw });
            out.extend(inner);
            ni += 1;
            continue;
        }
        k += 1;
        if brk {
            out.push(Item { range: r, kind: Kind::Break, inner: false, waw: false });
            continue;
        }
        let t = &text[r.clone()];
        let mut w = lookup(t);
        w.theirs = !w.known && (t.ends_with("هم") || t.ends_with("هن"));
        if !w.known {
            // an adjective agrees with its noun in the article: `الاعتقال التعسفي`
            let bare = t.strip_prefix('و').unwrap_or(t);
            w.definite = bare.starts_with("ال");
            // (also in the accusative after a count: `17 جنديا نيجريا`)
            w.nisba = (t.ends_with('ي') || t.ends_with("يا")) && {
                // `trim_start_matches("ال")`, without building a string searcher
                let mut stem = bare;
                while let Some(r) = stem.strip_prefix("ال") {
                    stem = r;
                }
                stem.chars().count() >= 4
            };
            w.people = !w.definite
                && ["يا", "يين", "يون"]
                    .iter()
                    .any(|e| bare.strip_suffix(e).is_some_and(|stem| stem.chars().count() >= 4));
        }
        w.year = t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) && (t.starts_with("19") || t.starts_with("20"));
        out.push(Item { range: r, kind: Kind::Word(w), inner: false, waw: false });
    }
    (add_duals(out), dates)
}

/// The dates of the sentence `sent` at `base` whose tokens (see [`tokens_in`], no
/// end of the sentence cutting a word) are `toks`, the date reader lexing
/// only from a few tokens before the first word that may start a date to
/// the end of the last one (see `dates::find_folded_within_unchecked`).
/// Before that first word every word is a run of letters without an ASCII
/// character, one token of the reader, and every break but a line break
/// (whitespace to the reader) one punctuation token.
fn dates_within(doc: &Doc, sent: &str, base: usize, toks: &[(Range<usize>, bool)]) -> Vec<FoundDate> {
    let text = doc.text();
    let b = text.as_bytes();
    // (`في` and the like start a date only stuck to the next token)
    let glued = |r: &Range<usize>| b.get(r.end).is_none_or(|c| !c.is_ascii_whitespace());
    let may = |(r, brk): &(Range<usize>, bool)| {
        !brk && text.get(r.clone()).is_none_or(|w| crate::dates::may_start_word(w, glued(r)))
    };
    let (Some(first), Some(last)) = (toks.iter().position(may), toks.iter().rposition(may)) else {
        return Vec::new();
    };
    let stop = toks[last].0.end.saturating_sub(base);
    // lexing starts at the end of the token before the lead
    let mut lead = crate::dates::LEAD_TOKENS + 1;
    let mut from = 0;
    for (r, _) in toks[..first].iter().rev().filter(|(r, _)| b.get(r.start) != Some(&b'\n')) {
        lead -= 1;
        if lead == 0 {
            from = r.end.saturating_sub(base);
            break;
        }
    }
    crate::dates::find_folded_within_unchecked(sent, doc.reference, from, stop)
}

/// The dates of a sentence, read only where a cue says one may stand.
fn sentence_dates(doc: &Doc, range: Range<usize>) -> Vec<FoundDate> {
    match doc.text().get(range.clone()) {
        Some(sent) if crate::statements::may_hold_date(doc, range) => {
            crate::dates::find_folded_unchecked(sent, doc.reference)
        }
        _ => Vec::new(),
    }
}

/// Could the date reader find a date in the sentence of `toks` (see
/// [`tokens_in`])? As [`crate::statements::may_hold_date`] asks it, read
/// off the sentence's tokens: a date is written with digits glued by `-`,
/// `.` or `/`, or with one of the date reader's cue words behind one of its
/// clitics (a relative one only with a reference date). A sentence with
/// none of them holds no date.
fn may_hold_date(doc: &Doc, toks: &[(Range<usize>, bool)]) -> bool {
    let b = doc.text().as_bytes();
    let cues = &*DATE_CUES;
    let relative = doc.reference.is_some();
    toks.iter().any(|(r, brk)| {
        let Some(w) = b.get(r.clone()).filter(|w| !*brk && !w.is_empty()) else { return false };
        if w[0].is_ascii_digit() {
            // a `.` joins digit groups inside a token; `-` and `/` stand after it
            w.contains(&b'.')
                || (matches!(b.get(r.end), Some(b'-' | b'.' | b'/'))
                    && b.get(r.end + 1).is_some_and(u8::is_ascii_digit))
        } else {
            cues.get(shape(w), w).is_some_and(|&rel| relative || !rel)
        }
    })
}

/// The date reader's cue words behind every clitic it allows, `true` for
/// those that give a date only against a reference date.
static DATE_CUES: LazyLock<Frozen<bool>> = LazyLock::new(|| {
    let mut m: WordMap<bool> = WordMap::default();
    for (w, relative) in crate::dates::cue_words() {
        for c in crate::dates::cue_clitics() {
            m.entry(format!("{c}{w}")).or_insert(relative);
        }
    }
    Frozen::new(m)
});

/// Dual nouns count two: `قتيلين`, `جنديين`, and a `-ين` plural before a dual
/// verb (`مدنيين قتلا`). Added only where the numbers reader did not.
fn add_duals(items: Vec<Item>) -> Vec<Item> {
    let dual = |it: &Item, next: Option<&Item>| match it.word() {
        Some(w) if !it.inner && w.entry.dual => true,
        Some(w) if !it.inner && w.entry.victim.is_some() => {
            next.and_then(Item::word).is_some_and(|n| n.entry.dual_verb)
        }
        _ => false,
    };
    // most sentences hold none: keep their items as they are
    if !items.iter().enumerate().any(|(k, it)| dual(it, items.get(k + 1))) {
        return items;
    }
    let mut out = Vec::with_capacity(items.len() + 2);
    let mut iter = items.into_iter().peekable();
    while let Some(it) = iter.next() {
        if dual(&it, iter.peek()) {
            let waw = it.word().is_some_and(|w| w.waw);
            out.push(Item { range: it.range.clone(), kind: Kind::Num(Count::exact(2)), inner: false, waw });
            out.push(Item { inner: true, ..it });
        } else {
            out.push(it);
        }
    }
    out
}

/// One figure read from a sentence, before attribution.
#[derive(Debug, Clone)]
struct Hit {
    outcome: Outcome,
    count: Option<Count>,
    victims: Victims,
    /// Folded range of the evidence words.
    evidence: Range<usize>,
    /// Index of the count item (or the head word for unquantified figures).
    at: usize,
    /// Index of the last evidence item.
    end: usize,
    /// Read as the figure of a total (`عدد القتلى إلى 50`).
    total: bool,
    /// Index of the item naming the victims, for the side.
    victim_at: Option<usize>,
}

fn killed_wounded(a: Outcome, b: Outcome) -> bool {
    matches!((a, b), (Killed, Wounded) | (Wounded, Killed))
}

/// Index of the next item after `j`, skipping fillers.
fn next_skip(items: &[Item], mut j: usize) -> usize {
    loop {
        if items.get(j).is_some_and(|i| matches!(i.func(), Some(Func::Filler | Func::Others))) {
            j += 1;
        } else if at_least_at(items, j) {
            // `20 جنديا على الأقل قتلوا`
            j += 2;
        } else {
            return j;
        }
    }
}

/// `على الأقل` starts at `j`.
fn at_least_at(items: &[Item], j: usize) -> bool {
    items.get(j).is_some_and(|x| x.is(Func::On)) && items.get(j + 1).is_some_and(|x| x.is(Func::More))
}

/// Victims named right after `j`: `من المدنيين`, `بين المدنيين`, `مدنيين`.
fn victims_after(items: &[Item], j: usize) -> Option<(Victims, usize)> {
    let it = items.get(j)?;
    let w = it.word()?;
    if let Some(v) = w.entry.victim {
        return Some((v, j));
    }
    if matches!(w.entry.func, Some(Func::Of | Func::Among)) {
        let n = items.get(j + 1)?;
        let v = n.word()?.entry.victim?;
        return Some((v, j + 1));
    }
    None
}

/// `عناصر من الجيش`, `عناصر الجيش`, `عناصر من قوات النظام` are soldiers.
fn refine(items: &[Item], v: Victims, mut at: usize) -> Victims {
    if at_least_at(items, at + 1) {
        at += 2;
    }
    let is = |k: usize, f: Func| items.get(k).is_some_and(|i| i.is(f));
    let army = |k: usize| is(k, Func::Army) || (is(k, Func::Forces) && is(k + 1, Func::Army));
    if v == Fighters && (army(at + 1) || (is(at + 1, Func::Of) && army(at + 2))) {
        return Military;
    }
    v
}

/// `30 جنديا وشرطيا`, `جنود وعناصر أمن`, `مدنيين ومقاتلين وأطفال`: more
/// counted nouns joined by `و` to the one at `at` share its count. Returns
/// the victims of them all and the index of the last one. A singular or
/// dual noun (`5 جنود ومدني`), a definite one, or one with a count of its
/// own after it (`ومدنيين اثنين`) is another figure and ends the chain.
fn coordinated(items: &[Item], mut v: Victims, mut at: usize) -> (Victims, usize) {
    while let Some(x) = items.get(at + 1) {
        let Some(w) = x.word().filter(|w| w.waw && !w.definite && !x.inner) else { break };
        let Some(v2) = w.entry.victim.filter(|_| !w.entry.dual && w.entry.single.is_none()) else { break };
        if items.get(at + 2).is_some_and(|n| n.num().is_some()) {
            break;
        }
        v = mixed(v, refine(items, v2, at + 1));
        at += 1;
    }
    (v, at)
}

/// The victims of people of two kinds counted together: civilians with
/// children or women are civilians; any other mix is unspecified people.
fn mixed(a: Victims, b: Victims) -> Victims {
    let civil = |v: Victims| matches!(v, Civilians | Children | Women);
    match (a, b) {
        _ if a == b => a,
        _ if civil(a) && civil(b) => Civilians,
        _ => People,
    }
}

/// The previous figure of the sentence, for the counts that continue it.
#[derive(Debug, Clone, Copy)]
struct Last {
    outcome: Outcome,
    victims: Victims,
    /// Index of its last evidence item.
    end: usize,
}

fn read(items: &[Item], cl: &Clauses, i: usize, last: Option<Last>) -> Option<Hit> {
    let count = items[i].num()?;
    let a0 = i + 1;
    let get = |j: usize| items.get(j).and_then(Item::word).map(|w| w.entry);
    let start = items[i].range.start;
    let end_at = |j: usize| items.get(j).map_or(items[i].range.end, |x| x.range.end);
    if items.get(a0).is_some_and(|x| matches!(x.func(), Some(Func::Unit | Func::Month | Func::Disease))) {
        return None;
    }
    let (_, cb) = cl.around(i);
    // prisoners released or swapped: in the clause, or by a release verb
    // earlier in the sentence with no new capture since (`أفرجت الحركة،
    // مساء الجمعة، عن 13 محتجزا`)
    let released = cl.released[cb + 1] > cl.released[i + 1]
        || (i.saturating_sub(16)..i)
            .rev()
            .take_while(|&j| {
                items[j].word().is_none_or(|w| w.entry.trigger.is_none_or(|t| t.0 != Captured) && w.entry.on.is_none())
            })
            .any(|j| is_release(items, j));
    let hit = |mut outcome: Outcome, victims: Victims, s: usize, e: usize, victim_at: Option<usize>| {
        if released && outcome == Captured {
            return None;
        }
        // `فقد 5 أشخاص حياتهم`: lost their lives
        if outcome == Missing && items.get(e + 1).is_some_and(|x| x.is(Func::Life)) {
            outcome = Killed;
        }
        if (a0..=e + 2).any(|j| items.get(j).is_some_and(|x| x.is(Func::Disease))) {
            return None;
        }
        Some(Hit {
            outcome,
            count: Some(count),
            victims,
            evidence: s..end_at(e).max(items[i].range.end),
            at: i,
            end: e.max(i),
            total: false,
            victim_at,
        })
    };

    // 21 قتيلا، 60 قتيلا وجريحا، عشرات القتلى والجرحى
    let plain = items.get(a0).and_then(Item::word).is_some_and(|w| !w.waw);
    if let Some(o) = get(a0).and_then(|e| e.counted).filter(|_| plain) {
        // `توفي 3 جرحى`: the event before the count says what happened
        let before = i.checked_sub(1).and_then(get).and_then(|e| e.trigger).map(|t| t.0);
        let mut outcome = before.unwrap_or(o);
        let mut e = a0;
        if let Some(n) = items.get(a0 + 1).and_then(Item::word) {
            // `راح ضحيتها 7 شهداء وجرحى`: the pair says both
            if n.waw && n.entry.counted.is_some_and(|o2| killed_wounded(o, o2)) && !ordinal_at(items, a0 + 2) {
                outcome = KilledOrWounded;
                e = a0 + 1;
            }
        }
        let (victims, vat) = match victims_after(items, e + 1) {
            Some((v, at)) => (v, Some(at)),
            None => (People, None),
        };
        return hit(outcome, victims, start, vat.unwrap_or(e), vat);
    }

    // 8 من المدنيين الجرحى من الأطفال، 5 من الجرحى
    let mut of_victim = None;
    if items.get(a0).is_some_and(|x| x.is(Func::Of)) {
        let b = a0 + 1;
        if let Some(e) = get(b) {
            // (`وإصابة` after the people opens a figure of its own: `مقتل
            // ستة من جنوده وإصابة أربعة`)
            let joined = items.get(b + 1).and_then(Item::word).is_some_and(|w| w.waw);
            let (v, o, last_at) = if let Some(v) = e.victim {
                (Some(v), get(b + 1).filter(|_| !joined).and_then(|n| n.counted), b + 1)
            } else {
                (None, e.counted, b)
            };
            if let Some(o) = o {
                let (victims, vat) = match (items.get(last_at + 1).is_some_and(|x| x.is(Func::Of)), get(last_at + 2)) {
                    (true, Some(n)) if n.victim.is_some() => (n.victim.unwrap_or(People), Some(last_at + 2)),
                    _ => (v.unwrap_or(People), v.map(|_| b)),
                };
                return hit(o, victims, start, vat.unwrap_or(last_at), vat);
            }
            if let Some(v) = v {
                of_victim = Some((refine(items, v, b), b));
            }
        }
    }

    // what stands right after the count decides what it counts
    let after_victim = of_victim
        .or_else(|| get(a0).and_then(|e| e.victim).map(|v| (refine(items, v, a0), a0)))
        .or_else(|| unknown_people(items, a0).map(|at| (People, at)))
        .map(|(v, at)| coordinated(items, v, at));
    let a0_stop = match items.get(a0) {
        None => true,
        Some(x) => match &x.kind {
            Kind::Break => true,
            Kind::Num(_) => false,
            Kind::Word(w) => {
                w.entry.trigger.is_some()
                    || w.entry.after.is_some()
                    || matches!(
                        w.entry.func,
                        Some(
                            Func::Filler | Func::Others | Func::Of | Func::On | Func::Source | Func::Among | Func::Prep
                        )
                    )
            }
        },
    };

    // `مقتل جنود ثلاثة`, `مقتل صحفيين أجنبيين اثنين`: a numeral in words
    // after the counted noun (and its adjective)
    if let Some(h) = numeral_after_noun(items, i) {
        let (o, v, t, vat) = h;
        return hit(o, v, items[t].range.start, i, Some(vat));
    }

    // مقتل 21 جنديا، أصيب 11 شخصا، مقتل وإصابة 20 شخصا، القبض على 5
    if i > 0 {
        let p = i - 1;
        let mut trig = get(p).and_then(|e| e.trigger);
        let mut s = items[p].range.start;
        // `احتجاز تعسفي لآلاف المدنيين`: a nisba adjective on the event noun
        // stands before the count when the people follow it
        if trig.is_none() && after_victim.is_some() && nisba(items, p) {
            let agrees = |q: usize| items[q].word().map(|w| w.definite) == items[p].word().map(|w| w.definite);
            if let Some(t) = p.checked_sub(1).filter(|&q| agrees(q)).and_then(get).and_then(|e| e.trigger) {
                trig = Some(t);
                s = items[p - 1].range.start;
            }
        }
        if let Some(o) = p.checked_sub(1).filter(|_| trig.is_none() && items[p].is(Func::On)).and_then(|q| get(q)?.on) {
            trig = Some((o, Strength::Strong));
            s = items[p - 1].range.start;
        }
        if let Some((mut o, strength)) = trig {
            // `مقتل وإصابة 20`, but not `7 قتلوا وأصيب 15`: a verb the
            // previous figure used is not this figure's
            let waw = items[p].word().is_some_and(|w| w.waw) && last.is_none_or(|l| l.end + 1 < p);
            if waw && p > 0 {
                // `قتل وجرح 100`, not `27 نازحا قتلوا وأصيب العشرات`
                let o2 = get(p - 1).filter(|e| e.after.is_none()).and_then(|e| e.trigger);
                if let Some((o2, _)) = o2 {
                    if killed_wounded(o, o2) {
                        o = KilledOrWounded;
                        s = items[p - 1].range.start;
                    }
                }
            }
            if strength == Strength::Met {
                let (v, vat) = after_victim?;
                let mut d = next_skip(items, vat + 1);
                // past one adjective of the people (`لقي 17 جنديا نيجريا مصرعهم`)
                let adjective = items.get(d).is_some_and(|x| {
                    !x.inner && x.word().is_some_and(|w| !w.definite && (w.nisba || w.entry.victim.is_some()))
                });
                if adjective && !items.get(d).is_some_and(|x| x.is(Func::Death)) {
                    d = next_skip(items, d + 1);
                }
                if !items.get(d).is_some_and(|x| x.is(Func::Death)) {
                    return None;
                }
                return hit(o, v, s, d, Some(vat));
            }
            let theirs = |k: usize| items.get(k).and_then(Item::word).is_some_and(|w| w.theirs);
            let takes_object = get(p).is_some_and(|e| e.object);
            if let Some((v, vat)) = after_victim {
                if takes_object && theirs(next_skip(items, vat + 1)) {
                    return None;
                }
                return hit(o, v, s, vat, Some(vat));
            }
            // `مقتل 15 منهم`: some of the people named before in the sentence
            if matches!(strength, Strong | Active) && items.get(a0).is_some_and(|x| x.is(Func::Subset)) {
                // `مقتل 20 بينهم 5 أطفال` names its own people after it; a
                // counted noun before (`الجرحى`) says nothing of who they are
                let forward = items.get(a0 + 1).is_some_and(|x| {
                    x.num().is_some() || x.word().is_some_and(|w| w.entry.victim.is_some() || w.entry.single.is_some())
                });
                let antecedent = (p.saturating_sub(24)..p).rev().find_map(|m| {
                    let w = items[m].word()?;
                    match (w.entry.victim, w.entry.counted) {
                        (Some(v), _) => Some(refine(items, v, m)),
                        (None, Some(_)) => Some(People),
                        _ => None,
                    }
                });
                let v = if forward { People } else { antecedent.unwrap_or(People) };
                return hit(o, v, s, a0, None);
            }
            let unknown_ok = strength == Strength::Strong || strength == Strength::Active;
            if a0_stop || (unknown_ok && items.get(a0).is_some_and(|x| x.word().is_some_and(|w| !w.known))) {
                if strength == Strength::Weak && !a0_stop {
                    return None;
                }
                // `وأصيب ثلاثة آخرون`: more of the people counted before
                let others = items.get(a0).is_some_and(|x| x.is(Func::Others));
                let v = last.filter(|_| others).map_or(People, |l| l.victims);
                return hit(o, v, s, if others { a0 } else { i }, None);
            }
            return None;
        }
        // قتلت القوات 20 مسلحا: an active verb, its subject, the count
        if let Some((v, vat)) = after_victim {
            for k in 2..=5 {
                let Some(q) = i.checked_sub(k) else { break };
                let between_ok = (q + 1..i).all(|j| {
                    items[j].word().is_some_and(|w| {
                        let e = w.entry;
                        e.trigger.is_none() && e.after.is_none() && e.counted.is_none()
                    }) && !items[j].inner
                });
                if !between_ok {
                    break;
                }
                if let Some((o, Strength::Active)) = get(q).and_then(|e| e.trigger) {
                    return hit(o, v, items[q].range.start, vat, Some(vat));
                }
            }
        }
    }

    // `العشرات في عداد المفقودين`, `عشرات ما زالوا في عداد المفقودين`: a
    // count with no noun, then the tally of an outcome
    if after_victim.is_none() {
        let tally = (a0..(a0 + 5).min(items.len()))
            .take_while(|&m| matches!(items[m].kind, Kind::Word(_)) && !items[m].inner)
            .find(|&m| items[m].is(Func::Tally));
        if let Some((m, o)) = tally.and_then(|m| Some((m + 1, get(m + 1)?.counted?))) {
            return hit(o, People, start, m, None);
        }
    }

    // 4 من رجالها قتلوا
    if after_victim.is_none() && items.get(a0).is_some_and(|x| x.is(Func::Of)) {
        let n = next_skip(items, a0 + 2);
        if let Some(o) = get(a0 + 1).filter(|e| e.func.is_none()).and(get(n)).and_then(|e| e.after) {
            if !is_met(items, n) {
                return hit(o, People, start, n, None);
            }
        }
    }

    // 5 مدنيين قتلوا، مدنيين قتلا، 60 شخصا بين قتيل وجريح، 5 جنود قتلى
    if let Some((v, vat)) = after_victim {
        let n0 = after_verb(items, vat);
        // `21 مدنيا، بينهم امرأتان، قتلوا`: the verb past a subset set off
        // after the people; the figure ends before it, so that the subset
        // is read as a figure of its own
        let aside = past_aside(items, n0);
        let n = aside.unwrap_or(n0);
        let hit = |o: Outcome, v: Victims, s: usize, e: usize, vat: Option<usize>| {
            let h = hit(o, v, s, e, vat)?;
            Some(match aside {
                Some(_) => Hit { end: (n0 - 1).max(i), ..h },
                None => h,
            })
        };
        if let Some(e) = get(n) {
            if let Some(mut o) = e.after {
                if o == Missing {
                    // `فقدوا حياتهم` died; `فقدوا منازلهم` lost something else
                    match items.get(n + 1) {
                        Some(x) if x.is(Func::Life) => o = Killed,
                        Some(x) if x.word().is_some_and(|w| w.entry.func.is_none()) => return None,
                        _ => {}
                    }
                }
                // `قضوا ليلتهم`: spent their night
                if e.object && items.get(n + 1).and_then(Item::word).is_some_and(|w| w.theirs) {
                    return None;
                }
                let met = e.met || (e.after == Some(Killed) && is_met(items, n));
                if met {
                    let d = next_skip(items, n + 1);
                    if !items.get(d).is_some_and(|x| x.is(Func::Death)) {
                        return None;
                    }
                    return hit(o, v, start, d, Some(vat));
                }
                return hit(o, v, start, n, Some(vat));
            }
            if let Some(o) = e.counted {
                return hit(o, v, start, n, Some(vat));
            }
            if e.func == Some(Func::Among) {
                if let (Some(x), Some(y)) = (get(n + 1).and_then(|e| e.counted), get(n + 2).and_then(|e| e.counted)) {
                    if killed_wounded(x, y) {
                        return hit(KilledOrWounded, v, start, n + 2, Some(vat));
                    }
                }
            }
        }
        // 12 جنديا ما زالوا في عداد المفقودين
        let tally = (vat + 1..(vat + 6).min(items.len()))
            .take_while(|&m| matches!(items[m].kind, Kind::Word(_)) && !items[m].inner)
            .find(|&m| items[m].is(Func::Tally));
        if let Some(o) = tally.and_then(|m| get(m + 1)).and_then(|e| e.counted) {
            let m = tally.map_or(vat, |m| m + 1);
            return hit(o, v, start, m, Some(vat));
        }
        // من بين القتلى 3 صحفيين، بين المصابين ثلاثة أطفال
        if let Some(p) = i.checked_sub(2).filter(|&p| items[p].is(Func::Among)) {
            let o = items[p + 1].word().filter(|w| w.definite).and_then(|w| w.entry.counted);
            if let Some(o) = o {
                return hit(o, v, items[p].range.start, vat, Some(vat));
            }
        }
        // قتل 20 شخصا بينهم 5 أطفال
        if let (Some(l), Some(true)) = (last, i.checked_sub(1).map(|p| items[p].is(Func::Subset))) {
            return hit(l.outcome, v, items[i - 1].range.start, vat, Some(vat));
        }
        // a figure told by its outcome noun (`12 قتيلا`) hands its outcome to
        // no people after it: `خلف 12 قتيلا وآلاف النازحين`
        let goes_on = |l: &Last| items[l.end].word().is_none_or(|w| w.entry.counted.is_none());
        // مقتل 5 جنود و3 مدنيين: the same outcome goes on
        if let Some(l) = last.filter(|l| i >= 2 && l.end == i - 2 && items[i - 1].is(Func::And) && goes_on(l)) {
            return hit(l.outcome, v, items[i - 1].range.start, vat, Some(vat));
        }
        // بينهم 4 أطفال وامرأتان، 5 جنود وثلاثة مدنيين
        if let Some(l) = last.filter(|l| l.end + 1 == i && items[i].waw && goes_on(l)) {
            return hit(l.outcome, v, start, vat, Some(vat));
        }
        // `قتلت 47 جنديا ماليا و84 عنصرا`, `79 مسلحا من أبناء الطائفة و55
        // مدنيا`: past a few words that qualify the figure before, none of
        // them an outcome word or a mark, then `و` and the count
        let joined = |l: &Last| -> Option<usize> {
            let and = if items[i].waw { i } else { i.checked_sub(1).filter(|&a| items[a].is(Func::And))? };
            let between = l.end + 1..and;
            let qualifies = (1..=4).contains(&between.len())
                && between.clone().all(|m| {
                    !items[m].inner
                        && items[m].word().is_some_and(|w| {
                            w.entry.trigger.is_none()
                                && w.entry.after.is_none()
                                && w.entry.counted.is_none()
                                && !matches!(w.entry.func, Some(Func::And))
                        })
                });
            qualifies.then_some(and)
        };
        if let Some((l, and)) = last.filter(|l| goes_on(l)).and_then(|l| Some((l, joined(&l)?))) {
            return hit(l.outcome, v, items[and].range.start, vat, Some(vat));
        }
    }

    total(items, i, after_victim).and_then(|(o, v, s, e, vat)| hit(o, v, s, e, vat)).map(|h| Hit { total: true, ..h })
}

/// An unknown word ending in the nisba `ي` (`تعسفي`, `جماعي`): an adjective.
fn nisba(items: &[Item], k: usize) -> bool {
    items.get(k).is_some_and(|x| !x.inner && x.word().is_some_and(|w| w.nisba))
}

/// `مقتل جنود ثلاثة`, `مقتل مدنيين أجنبيين اثنين`: a small numeral after
/// the counted plural noun, with at most one adjective between, right after
/// an event word. Returns the outcome, victims, the trigger's and the noun's
/// items.
fn numeral_after_noun(items: &[Item], i: usize) -> Option<(Outcome, Victims, usize, usize)> {
    let c = items[i].num()?;
    if c.qualifier != Qualifier::Exact || !(2..=10).contains(&c.value) {
        return None;
    }
    // `مدنيين 3 منهم أطفال` is a subset, and `قتل المسلحون 6 جنود` counts
    // the noun after it: neither is a numeral on the noun before
    let next = items.get(i + 1).filter(|x| !x.inner).and_then(Item::word);
    if next.is_some_and(|w| {
        w.entry.victim.is_some() || matches!(w.entry.func, Some(Func::Subset | Func::Of | Func::Among))
    }) {
        return None;
    }
    // the counted noun is indefinite: `جنود أتراك ثلاثة`
    let noun = |k: usize| {
        let w = items.get(k).filter(|x| !x.inner).and_then(Item::word)?;
        (!w.entry.dual && !w.definite && w.entry.single.is_none()).then_some(w.entry.victim).flatten()
    };
    let trigger = |k: usize| {
        items[k].word().and_then(|w| w.entry.trigger).filter(|&(_, st)| matches!(st, Strong | Active)).map(|t| t.0)
    };
    let adjective = |k: usize| {
        items[k].word().is_some_and(|w| !w.definite && (w.nisba || w.entry.victim.is_some())) && !items[k].inner
    };
    // the noun with its adjective, else the noun alone
    let vat = [2, 1].into_iter().find_map(|d| {
        let vat = i.checked_sub(d)?;
        let t = vat.checked_sub(1)?;
        (noun(vat).is_some() && (d == 1 || adjective(i - 1)) && trigger(t).is_some()).then_some(vat)
    })?;
    let t = vat - 1;
    Some((trigger(t)?, refine(items, noun(vat)?, vat), t, vat))
}

/// Where the verb that says what happened to the counted people stands:
/// right after them (`5 مدنيين قتلوا`), past an unknown adjective (`9 آلاف
/// جندي أوكراني قتلوا`) or past a short `من` phrase (`7 مقاتلين من الفصائل
/// لقوا حتفهم`). Otherwise the item right after them.
fn after_verb(items: &[Item], vat: usize) -> usize {
    let n = next_skip(items, vat + 1);
    let says = |k: usize| items.get(k).and_then(Item::word).is_some_and(|w| w.entry.after.is_some());
    let plain = |k: usize| {
        items.get(k).is_some_and(|x| {
            !x.inner
                && x.word().is_some_and(|w| {
                    let e = w.entry;
                    e.trigger.is_none()
                        && e.after.is_none()
                        && e.counted.is_none()
                        && e.victim.is_none()
                        && matches!(e.func, None | Some(Func::Army | Func::Forces | Func::Body))
                })
        })
    };
    if says(n) {
        return n;
    }
    if plain(n) && items[n].word().is_some_and(|w| !w.known) && says(n + 1) {
        return n + 1;
    }
    // `عناصر قوات الأمن أصيبوا`, `مقاتلي الدعم السريع قتلوا`: the force or
    // body the people belong to, up to three plain words
    if plain(n) {
        for m in n + 1..(n + 4).min(items.len()) {
            if !plain(m - 1) {
                break;
            }
            if says(m) {
                return m;
            }
        }
    }
    if items.get(n).is_some_and(|x| x.is(Func::Of)) {
        for m in n + 2..(n + 5).min(items.len()) {
            if !plain(m - 1) {
                break;
            }
            if says(m) {
                return m;
            }
        }
    }
    n
}

/// `، بينهم امرأتان، قتلوا`, `(من بينهم 3 أطفال) قتلوا`, `- بينهم نساء -
/// أصيبوا`: a subset at `n`, set off after the counted people, then the
/// verb that says what happened to them all. Returns the verb's index. An
/// aside opened by punctuation must close with it; one in brackets (which
/// are no items) runs straight into the verb.
fn past_aside(items: &[Item], n: usize) -> Option<usize> {
    let opened = matches!(items.get(n)?.kind, Kind::Break);
    let mut m = n + usize::from(opened);
    if items.get(m)?.is(Func::Of) {
        m += 1;
    }
    if !items.get(m)?.is(Func::Subset) {
        return None;
    }
    let says = |k: usize| items.get(k).and_then(Item::word).is_some_and(|w| w.entry.after.is_some());
    // the subset: counts, people, `و`, `على الأقل`, and an adjective or two
    for (k, x) in items.iter().enumerate().take(m + 12).skip(m + 1) {
        match &x.kind {
            Kind::Break => return (opened && says(k + 1)).then_some(k + 1),
            Kind::Num(_) => {}
            Kind::Word(_) if x.inner => {}
            Kind::Word(w) if w.entry.after.is_some() => return (!opened).then_some(k),
            Kind::Word(w) => {
                let e = w.entry;
                let people = e.victim.is_some() || e.single.is_some();
                let small = matches!(e.func, Some(Func::And | Func::Filler | Func::Others | Func::On | Func::More));
                if !(people || small || !w.known) || e.trigger.is_some() || e.counted.is_some() {
                    return None;
                }
            }
        }
    }
    None
}

/// A word of release or exchange, but not in a name (`جبهة التحرير`) nor in
/// an exchange of fire (`تبادل لإطلاق النار`).
fn is_release(items: &[Item], j: usize) -> bool {
    let named = || j.checked_sub(1).is_some_and(|p| items[p].is(Func::Body));
    (items[j].is(Func::Release) || (items[j].is(Func::Freeing) && !named()))
        && !(j + 1..(j + 3).min(items.len())).any(|k| items[k].is(Func::Fire))
}

/// `لقوا حتفهم`: the after-verb is a form of `لقي`.
/// People the lexicon has no noun for, counted at `a0`: a nisba noun
/// (`35 طاجيكيا`), or any indefinite noun before `مصرعهم`/`حتفهم` or a form
/// of `لقي` with it (`لقي تسعة سياح مصرعهم`, `20 حاجا لقوا حتفهم`), which
/// only people meet.
fn unknown_people(items: &[Item], a0: usize) -> Option<usize> {
    let x = items.get(a0).filter(|x| !x.inner)?;
    let w = x.word().filter(|w| !w.known && !w.definite)?;
    if w.people {
        return Some(a0);
    }
    let d = next_skip(items, a0 + 1);
    (items.get(d).is_some_and(|x| x.is(Func::Death)) || is_met(items, d)).then_some(a0)
}

fn is_met(items: &[Item], n: usize) -> bool {
    items.get(n + 1).is_some_and(|x| x.is(Func::Death))
        || items.get(n).and_then(Item::word).is_some_and(|w| w.entry.after == Some(Killed) && w.entry.trigger.is_none())
            && items.get(n + 2).is_some_and(|x| x.is(Func::Death))
}

/// The figure at the end of a total: `ارتفع عدد القتلى إلى 244`,
/// `إجمالي عدد جنود الإقليم القتلى … إلى 244 جنديا`, `أعدادهم بـ12`.
fn total(
    items: &[Item],
    i: usize,
    after_victim: Option<(Victims, usize)>,
) -> Option<(Outcome, Victims, usize, usize, Option<usize>)> {
    let p = i.checked_sub(1)?;
    let pw = items[p].word()?;
    // `إلى 244`, `القتلى 50`; or any word when the total opens with a verb
    // of reaching: `بلغ عدد ضحايا القصف 45`
    let direct = matches!(pw.entry.func, Some(Func::To | Func::Exceed)) || (pw.entry.counted.is_some() && pw.definite);
    if !direct && matches!(pw.entry.func, Some(Func::Prep | Func::Of | Func::Among | Func::Since)) {
        return None;
    }
    let end = after_victim.map_or(i, |(_, at)| at);
    // back to the head of the total, within the clause
    let lo = i.saturating_sub(18);
    let mut j = i;
    while j > lo {
        j -= 1;
        let it = &items[j];
        if matches!(it.kind, Kind::Break) {
            break;
        }
        match it.func() {
            Some(Func::Total | Func::TotalCumul) => {
                let opened = j > 0
                    && matches!(items[j - 1].func(), Some(Func::To | Func::Exceed | Func::Cumul | Func::ClauseCumul))
                    && i - j <= 6;
                if !direct && !opened {
                    return None;
                }
                // the nearest outcome word before the figure: `عدد القتلى إلى 50 والجرحى إلى 100`
                let (o, oat) = (j + 1..i).rev().find_map(|k| {
                    items[k]
                        .word()
                        .and_then(|w| w.entry.counted.or(w.entry.after).or(w.entry.trigger.map(|t| t.0)))
                        .map(|o| (o, k))
                })?;
                let victim = after_victim.or_else(|| {
                    (j + 1..i)
                        .rev()
                        .take_while(|&k| items[k].num().is_none())
                        .find_map(|k| items[k].word().and_then(|w| w.entry.victim).map(|v| (v, k)))
                });
                let (v, vat) = victim.map_or((People, None), |(v, at)| (v, Some(at)));
                // the evidence starts at the head, or at the outcome word when
                // a figure stands between them
                let s = if (j + 1..oat).any(|k| items[k].num().is_some()) { oat } else { j };
                return Some((o, v, items[s].range.start, end, vat));
            }
            Some(Func::TotalOf) if j + 2 >= i => {
                // the outcome and victims come earlier in the sentence
                let mut outcome = None;
                let mut victim = after_victim;
                for k in (0..j).rev() {
                    if let Some(w) = items[k].word() {
                        if outcome.is_none() {
                            outcome = w.entry.after.or(w.entry.counted).or(w.entry.trigger.map(|t| t.0));
                            if outcome.is_some() && victim.is_none() {
                                // the victims are named before the verb
                                victim = (0..k)
                                    .rev()
                                    .take(12)
                                    .find_map(|m| items[m].word().and_then(|w| w.entry.victim).map(|v| (v, m)));
                            }
                        }
                    }
                }
                let o = outcome?;
                let (v, vat) = victim.map_or((People, None), |(v, at)| (v, Some(at)));
                return Some((o, v, items[j].range.start, end, vat));
            }
            _ => {}
        }
    }
    None
}

/// A singular person noun after a trigger counts one: `مقتل جندي`; so
/// does one after `بينهم` (`قتل 5 أشخاص بينهم طفل`).
fn read_single(items: &[Item], j: usize, last: Option<Last>) -> Option<Hit> {
    let w = items[j].word()?;
    if j == 0 || items[j].inner || w.definite || items.get(j + 1).is_some_and(|x| x.num().is_some()) {
        return None;
    }
    // one more of a figure told just before: `وإصابة ثالث`, `وجريح ثالث`,
    // `مقتل 12 مدنيا وجندي` (a bare singular noun joined to a count)
    let after_last = |from: usize| {
        last.filter(|l| {
            l.end < from
                && (l.end + 1..from).all(|m| matches!(items[m].func(), Some(Func::Filler | Func::Others | Func::And)))
        })
    };
    let one = |outcome: Outcome, victims: Victims, start: usize, end: usize| Hit {
        outcome,
        count: Some(Count::exact(1)),
        victims,
        evidence: items[start].range.start..items[end].range.end,
        at: end,
        end,
        total: false,
        victim_at: Some(end),
    };
    if w.entry.ordinal && !items[j].waw {
        let p = items[j - 1].word()?;
        let o = p.entry.trigger.map(|t| t.0).or(p.entry.counted)?;
        // (the ordinal says it goes on: `مقتل اثنين من أفراد الطاقم وإصابة ثالث`)
        let l = last.filter(|l| {
            p.waw
                && !p.definite
                && l.end < j - 1
                && (l.end + 1..j - 1)
                    .all(|m| items[m].num().is_none() && items[m].word().is_none_or(|w| !w.entry.cue()))
        })?;
        return Some(one(o, l.victims, j - 1, j));
    }
    let v = w.entry.single?;
    if w.waw && !ordinal_at(items, j + 1) {
        if let Some(l) = after_last(j) {
            return Some(one(l.outcome, v, j, j));
        }
    }
    let subset = last.filter(|l| {
        items[j - 1].is(Func::Subset)
            && l.end < j
            && (l.end + 1..j - 1).all(|m| {
                matches!(items[m].kind, Kind::Break) || matches!(items[m].func(), Some(Func::Filler | Func::Others))
            })
    });
    let (o, st) = match subset {
        Some(l) => (l.outcome, Strong),
        None => items[j - 1].word().and_then(|p| p.entry.trigger)?,
    };
    if !matches!(st, Strong | Active) {
        return None;
    }
    Some(Hit {
        outcome: o,
        count: Some(Count::exact(1)),
        victims: v,
        evidence: items[j - 1].range.start..items[j].range.end,
        at: j,
        end: j,
        total: false,
        victim_at: Some(j),
    })
}

/// Is the item at `k` an ordinal word?
fn ordinal_at(items: &[Item], k: usize) -> bool {
    items.get(k).and_then(Item::word).is_some_and(|w| w.entry.ordinal)
}

/// Unquantified figures: `سقوط قتلى وجرحى`, `خسائر بشرية`, `خسائر بين المدنيين`.
fn read_null(items: &[Item], j: usize) -> Option<Hit> {
    let f = items[j].func()?;
    let negated = (j.saturating_sub(5)..j)
        .rev()
        .take_while(|&k| !matches!(items[k].kind, Kind::Break))
        .any(|k| items[k].is(Func::Negation));
    if negated {
        return None;
    }
    let get = |k: usize| items.get(k).and_then(Item::word).map(|w| (w.entry, w.waw, w.definite));
    let civ_at = |from: usize| {
        (from..(from + 4).min(items.len()))
            .take_while(|&k| !matches!(items[k].kind, Kind::Break | Kind::Num(_)))
            .find(|&k| items[k].word().is_some_and(|w| w.entry.victim == Some(Civilians)))
    };
    match f {
        Func::NullHead => {
            let (e, _, def) = get(j + 1)?;
            let o = e.counted?;
            if def || !matches!(o, Killed | Wounded) {
                return None;
            }
            let mut outcome = o;
            let mut end = j + 1;
            if let Some((e2, waw, _)) = get(j + 2) {
                if waw && e2.counted.is_some_and(|o2| killed_wounded(o, o2)) && !ordinal_at(items, j + 3) {
                    outcome = KilledOrWounded;
                    end = j + 2;
                }
            }
            let civ = civ_at(end + 1);
            let victims = if civ.is_some() { Civilians } else { People };
            let e = civ.unwrap_or(end);
            Some(Hit {
                outcome,
                count: None,
                victims,
                evidence: items[j].range.start..items[e].range.end,
                at: j,
                end: e,
                total: false,
                victim_at: civ,
            })
        }
        // `وعلى صعيد الخسائر البشرية، …` heads the figures that follow
        Func::Losses if j > 0 && items[j - 1].is(Func::Heading) => None,
        Func::Losses => {
            let human = items.get(j + 1).is_some_and(|x| x.is(Func::Human))
                || (items.get(j + 1).is_some_and(|x| x.is(Func::Prep))
                    && items.get(j + 2).is_some_and(|x| x.is(Func::Human)));
            let civ = civ_at(j + 1).filter(|&k| k <= j + 3);
            if !human && civ.is_none() {
                return None;
            }
            let e = civ.unwrap_or(j + 1).min(items.len() - 1);
            Some(Hit {
                outcome: Killed,
                count: None,
                victims: if civ.is_some() { Civilians } else { People },
                evidence: items[j].range.start..items[e].range.end,
                at: j,
                end: e,
                total: false,
                victim_at: civ,
            })
        }
        _ => None,
    }
}

/// Clause bounds of every item of a sentence, and running counts of the
/// words asked about whole clauses, computed once so that each figure is
/// answered in constant time (a sentence with no punctuation can hold
/// thousands of figures).
#[derive(Default)]
struct Clauses {
    start: Vec<usize>,
    end: Vec<usize>,
    /// `released[k]`: release words among the first `k` items.
    released: Vec<usize>,
}

impl Clauses {
    /// Clauses run between breaks, and a clause-opening word (`ليرتفع`)
    /// starts a new one.
    /// The clauses of `items`, in the vectors of the last sentence's.
    fn fill(&mut self, items: &[Item]) {
        let n = items.len();
        let opens = |k: usize| items[k].is(Func::ClauseCumul);
        let brk = |k: usize| matches!(items[k].kind, Kind::Break);
        let start = &mut self.start;
        start.clear();
        start.resize(n, 0);
        for k in 1..n {
            start[k] = if brk(k - 1) || opens(k) { k } else { start[k - 1] };
        }
        let end = &mut self.end;
        end.clear();
        end.resize(n, n.saturating_sub(1));
        for k in (0..n.saturating_sub(1)).rev() {
            end[k] = if brk(k + 1) || opens(k + 1) { k } else { end[k + 1] };
        }
        self.released.clear();
        self.released.push(0);
        for k in 0..n {
            let r = self.released[k] + usize::from(is_release(items, k));
            self.released.push(r);
        }
    }

    fn around(&self, i: usize) -> (usize, usize) {
        (self.start[i], self.end[i])
    }
}

/// `out[k]`: how many of the first `k` indices satisfy `f`.
fn prefix(n: usize, f: impl Fn(usize) -> bool) -> Vec<usize> {
    let mut out = Vec::with_capacity(n + 1);
    out.push(0);
    for k in 0..n {
        out.push(out[k] + usize::from(f(k)));
    }
    out
}

/// Items that mark a running total: `حصيلة`, `ارتفع`, `منذ بدء`.
fn cumul_marks(text: &str, items: &[Item], dates: &[Range<usize>]) -> Vec<usize> {
    prefix(items.len(), |k| match items[k].func() {
        Some(Func::Cumul | Func::ClauseCumul | Func::TotalCumul) => true,
        Some(Func::Since | Func::Until | Func::Overall | Func::Period) => since_start(text, items, k, dates),
        _ => false,
    })
}

/// Days of the week: `منذ الأربعاء` counts from the day an offensive began.
const WEEKDAYS: &[&str] = &["السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"];

/// A time of a day before its name: `منذ صباح الأربعاء`, `منذ يوم الجمعة`.
const DAY_PARTS: &[&str] = &["يوم", "صباح", "مساء", "فجر", "ليلة", "ظهر", "منتصف"];

/// Superlatives before `منذ` compare an event with the past (`أكثر الأيام
/// دموية منذ الانقلاب`, `الهجوم الأعنف منذ 2019`): no running total.
const SUPERLATIVES: &[&str] =
    &["دموية", "الأكثر", "الأعنف", "أعنف", "الأسوأ", "أسوأ", "الأكبر", "الأشد", "الأول", "الأولى", "الأدمى", "أدمى"];

/// Words that date a figure to one day even with no reference date to read
/// them by: `المعارك التي اندلعت أمس`.
const DAY_WORDS: &[&str] = &["أمس", "اليوم", "الليلة", "البارحة", "فجر", "صباح", "مساء"];

static SINCE_WORDS: LazyLock<[Vec<String>; 4]> = LazyLock::new(|| {
    let f = |ws: &[&str]| ws.iter().map(|w| fold(w)).collect::<Vec<_>>();
    [f(WEEKDAYS), f(DAY_PARTS), f(SUPERLATIVES), f(DAY_WORDS).into_iter().chain(f(WEEKDAYS)).collect()]
});

/// Is the word of `it` (less a leading `و`) one of `set`?
fn word_in(text: &str, it: Option<&Item>, set: &[String]) -> bool {
    let Some(t) = it.filter(|x| x.word().is_some()).and_then(|x| text.get(x.range.clone())) else { return false };
    let t = t.strip_prefix('و').filter(|r| r.len() > 2).unwrap_or(t);
    set.iter().any(|w| w == t)
}

/// `منذ بدء الحرب`, `منذ أيلول`, `منذ 27 أيلول`, `منذ الأربعاء`, `منذ انقلاب
/// شباط 2021`, `حتى الآن`: counted from a start.
fn since_start(text: &str, items: &[Item], k: usize, dates: &[Range<usize>]) -> bool {
    let Some(next) = items.get(k + 1) else { return false };
    match items[k].func() {
        Some(Func::Since) => {
            let [weekdays, parts, superlatives, _] = &*SINCE_WORDS;
            let year = |x: Option<&Item>| x.and_then(Item::word).is_some_and(|w| w.year);
            let short = |x: Option<&Item>| x.and_then(Item::word).is_some_and(|w| w.entry.short);
            // a date, read or not (`7 أكتوبر` has no year to be read by
            // without a reference date)
            let month_at = |j: usize| {
                items.get(j).is_some_and(|x| {
                    x.is(Func::Month)
                        || year(Some(x))
                        || (x.num().is_some() && items.get(j + 1).is_some_and(|y| y.is(Func::Month)))
                })
            };
            let dated_at =
                |j: usize| month_at(j) || items.get(j).is_some_and(|x| dates.iter().any(|d| d.start == x.range.start));
            let compared = (k.saturating_sub(3)..k)
                .rev()
                .take_while(|&m| items[m].word().is_some())
                .any(|m| word_in(text, items.get(m), superlatives));
            if compared {
                return false;
            }
            let after = items.get(k + 2);
            (next.is(Func::Month) || (next.is(Func::Start) && !short(after)))
                || dated_at(k + 1)
                // `منذ عام 2015`
                || (next.is(Func::Unit) && year(after))
                || word_in(text, Some(next), weekdays)
                || (word_in(text, Some(next), parts) && word_in(text, after, weekdays))
                // an event and its date: `منذ انقلاب شباط 2021`, `منذ هجوم 7 أكتوبر`
                || (next.word().is_some_and(|w| matches!(w.entry.func, None | Some(Func::Unit)) && w.entry.victim.is_none())
                    // (a month: `منذ هجوم الأحد` is one attack's, no total's)
                    && month_at(k + 2))
        }
        Some(Func::Until) => next.is(Func::Now),
        // `في المجمل`, `إجمالا`
        Some(Func::Overall) => true,
        // a period between two dates: `في الفترة من 1 إلى 20 آذار`, `بين
        // الأول من مايو ونهاية يونيو`
        Some(Func::Period | Func::Among) => {
            let months = |from: usize| {
                (from..(from + 6).min(items.len()))
                    .take_while(|&m| !matches!(items[m].kind, Kind::Break))
                    .find(|&m| items[m].is(Func::Month) || dates.iter().any(|d| d.start == items[m].range.start))
            };
            let Some(m1) = months(k + 1) else { return false };
            // a period names one month; `بين` needs a second date after `و`
            let and =
                (m1 + 1..(m1 + 5).min(items.len())).take_while(|&j| !matches!(items[j].kind, Kind::Break)).find(|&j| {
                    items[j].word().is_some() && text.get(items[j].range.clone()).is_some_and(|t| t.starts_with('و'))
                        || items[j].waw
                });
            items[k].is(Func::Period) || and.is_some_and(|j| months(j).is_some())
        }
        _ => false,
    }
}

/// Where an actor belongs: a state or group stands for itself, a person or
/// institution for its state.
fn side_of(actors: &Actors, a: usize) -> Option<String> {
    let rec = actors.list.get(a)?;
    match rec.kind {
        ActorKind::State | ActorKind::Group => Some(rec.id.clone()),
        ActorKind::Institution | ActorKind::Person | ActorKind::Organization => {
            let aff = rec.affiliation.as_deref()?;
            let i = actors.by_id(aff)?;
            (!actors.list[i].ranges.is_empty()).then(|| aff.to_string())
        }
    }
}

fn mention_at(actors: &Actors, r: &Range<usize>) -> Option<usize> {
    actors.within(r.clone()).first().map(|m| m.actor)
}

pub(crate) fn extract(doc: &Doc, actors: &Actors, statements: &[Found]) -> Vec<Casualty> {
    let text = doc.text();
    let mut out: Vec<(Casualty, usize)> = Vec::new();
    let mut cursor = 0;
    // (most documents hold only a few sentences with a cue: the vectors
    // are kept per thread, from document to document)
    let mut bufs = BUFS.with(RefCell::take);
    // the items of the last sentence, their vector kept for the next one
    let mut spare = std::mem::take(&mut bufs.items);
    let mut clauses = std::mem::take(&mut bufs.clauses);
    for s in &doc.sentences {
        if !doc.is_body(s.line) || !has_cue(doc, s.range.clone(), &mut cursor) {
            continue;
        }
        let (items, dates) = items(doc, s.range.clone(), &mut bufs, std::mem::take(&mut spare));
        if items.is_empty() {
            spare = items;
            continue;
        }
        clauses.fill(&items);
        let mut hits: Vec<Hit> = Vec::new();
        let mut last: Option<Last> = None;
        for i in 0..items.len() {
            if hits.last().is_some_and(|h| h.end >= i) {
                continue;
            }
            let h = read(&items, &clauses, i, last)
                .or_else(|| read_single(&items, i, last))
                .or_else(|| read_null(&items, i));
            if let Some(h) = h {
                // `وأصيب 27 آخرون` after `بينهم 4 أطفال` are more of the
                // whole figure, not of its subset
                let subset = items
                    .get(items.partition_point(|x| x.range.start < h.evidence.start))
                    .is_some_and(|x| x.is(Func::Subset));
                let victims = match last {
                    Some(l) if subset => l.victims,
                    _ => h.victims,
                };
                last = Some(Last { outcome: h.outcome, victims, end: h.end });
                hits.push(h);
            }
        }
        if hits.is_empty() {
            spare = items;
            continue;
        }
        hits.sort_by_key(|h| h.evidence.start);
        let sentence_dates = dates.unwrap_or_else(|| sentence_dates(doc, s.range.clone()));
        let date: Option<NaiveDate> = sentence_dates.iter().find(|d| d.relative).map(|d| d.date);
        let rel_dates: Vec<Range<usize>> = sentence_dates
            .iter()
            .filter(|d| d.relative)
            .map(|d| d.range.start + s.range.start..d.range.end + s.range.start)
            .collect();
        let date_ranges: Vec<Range<usize>> =
            sentence_dates.iter().map(|d| d.range.start + s.range.start..d.range.end + s.range.start).collect();
        let reporter = reporter(doc, actors, statements, &items, s.range.clone());
        let first_item = |h: &Hit| items.partition_point(|x| x.range.start < h.evidence.start);
        // `ومنذ مارس 2015، …`: a start fronted before the first clause
        // scopes the whole sentence
        let marks = cumul_marks(text, &items, &date_ranges);
        let fronted_since = {
            let (_, b) = clauses.around(0);
            (0..=b.min(2)).any(|m| since_start(text, &items, m, &date_ranges))
        };
        let mut cumul: Vec<bool> = Vec::with_capacity(hits.len());
        // running totals told only by a start after them (`منذ الأربعاء`)
        let mut trailing: Vec<bool> = Vec::with_capacity(hits.len());
        // the war's victims named in the sentence (`ضحايا الحرب`, `عدد قتلى
        // النزاع`), with the running count of figures up to each item
        let war_victims = (1..items.len())
            .find(|&m| {
                items[m].is(Func::War)
                    && items[m - 1].word().is_some_and(|w| {
                        w.entry.counted.is_some() || matches!(w.entry.func, Some(Func::Total | Func::TotalCumul))
                    })
            })
            .map(|m| (m, prefix(items.len(), |k| items[k].num().is_some())));
        let first_out = out.len();
        for (k, h) in hits.iter().enumerate() {
            let cl = clauses.around(h.at);
            // two figures in one clause split it between them
            let split = |a: &Hit, b: &Hit| {
                // at the first `و…` between them, else where the second begins
                let b0 = first_item(b);
                (a.end + 1..b0)
                    .find(|&m| items[m].word().is_some() && text[items[m].range.clone()].starts_with('و'))
                    .unwrap_or(b0)
            };
            // (only a figure of the same clause splits it)
            let prev_end = k
                .checked_sub(1)
                .filter(|&p| hits[p].at >= cl.0)
                .map(|p| split(&hits[p], h))
                .filter(|&e| e > cl.0 && e <= first_item(h));
            let next_start =
                hits.get(k + 1).filter(|n| n.at <= cl.1).map(|n| split(h, n)).filter(|&n| n <= cl.1 && n > h.end);
            let lo = prev_end.unwrap_or(cl.0);
            let hi = next_start.map_or(cl.1, |n| n - 1);
            // a running total is marked before its figure, or by `منذ بدء` after it
            let marked_from = if h.total { cl.0 } else { lo };
            // a figure joined to a running total by `و` or `بينهم` is one too:
            // `إلى 34 ألفا و535 شهيدا و77 ألف مصاب`
            let joined = k > 0 && cumul[k - 1] && {
                let f = first_item(h);
                let p = hits[k - 1].end;
                let link = |m: usize| matches!(items[m].func(), Some(Func::And | Func::Subset | Func::Plus));
                f > p
                    && f <= p + 4
                    && (p + 1..f).all(|m| link(m) || matches!(items[m].kind, Kind::Break) || items[m].is(Func::To))
                    && ((p + 1..=f).any(link) || items[f].waw || text[items[p + 1].range.clone()].starts_with('و'))
            };
            // `… منذ اندلاع النزاع، بينهم نحو 84 ألف مدني`
            let subset_of_total = k > 0 && cumul[k - 1] && {
                let f = first_item(h);
                let p = hits[k - 1].end;
                f > p
                    && items[f].is(Func::Subset)
                    && (p + 1..f).all(|m| {
                        items[m].num().is_none()
                            && items[m].word().is_none_or(|w| {
                                w.entry.trigger.is_none() && w.entry.after.is_none() && w.entry.counted.is_none()
                            })
                    })
            };
            // `…منذ بدء الحرب، إضافة إلى 70 جنديا`, `…، وأصيب 15 ألفا آخرين`:
            // one more figure of the running total before it, with no date
            // of its own
            let more_of_total = k > 0 && cumul[k - 1] && {
                let f = first_item(h);
                let p = hits[k - 1].end;
                let plus = (f.saturating_sub(2)..f).any(|m| m > p && items[m].is(Func::Plus));
                // `وأصيب … آخرين` goes on; `فيما أصيب … آخرون` sets a new figure beside it
                let others = items.get(h.end).is_some_and(|x| x.is(Func::Others))
                    && items[f].word().is_some_and(|w| w.waw)
                    && items.get(f.wrapping_sub(1)).is_some_and(|x| matches!(x.kind, Kind::Break));
                // dates are in text order: the first one after the previous figure
                // (a date after `منذ` is where the total before starts: `منذ الأربعاء`)
                let dated = || {
                    let d = date_ranges.partition_point(|d| d.start < items[p].range.end);
                    date_ranges.get(d).is_some_and(|d| {
                        let q = items.partition_point(|x| x.range.start < d.start);
                        let since = (q.saturating_sub(2)..q).any(|m| items[m].is(Func::Since));
                        d.end <= h.evidence.start && !since
                    })
                };
                (plus || others) && (p + 1..f).all(|m| items[m].num().is_none()) && !dated()
            };
            // `حرب خلفت مئات آلاف القتلى`, `أودى النزاع بحياة 450 ألفا`: the
            // toll of a war is its whole toll, unless the sentence dates it to a day
            let war_toll = {
                let f = first_item(h);
                // the war is the subject of a verb of causing, before it (`خلفت
                // المعارك`) or after it (`التصعيد العسكري الذي خلف`); an
                // attribution may come between (`، وفق تقديرات الأمم المتحدة،`)
                // but no other figure or event
                let cause = |m: usize| items.get(m).and_then(Item::word).is_some_and(|w| w.entry.cause);
                let plain = |m: usize| {
                    items[m].num().is_none()
                        && items[m].word().is_none_or(|w| {
                            w.entry.trigger.is_none() && w.entry.after.is_none() && w.entry.counted.is_none()
                        })
                };
                let lo = f.saturating_sub(14);
                let war = (lo..f).rev().take_while(|&m| plain(m)).find(|&m| {
                    items[m].is(Func::War)
                        && ((m + 1..(m + 4).min(f)).any(cause) || m.checked_sub(1).is_some_and(cause))
                });
                // a day's date after the war's name makes it one day's toll
                // a clause between only as an attribution (`، بحسب …،`)
                let war = war.filter(|&m| {
                    (m..f).all(|j| !matches!(items[j].kind, Kind::Break)) || (m..f).any(|j| items[j].is(Func::Source))
                });
                war.is_some_and(|m| {
                    let from = items[m.saturating_sub(1)].range.start;
                    let days = &SINCE_WORDS[3];
                    !rel_dates.iter().any(|d| d.end > from && d.start < items[hi].range.end)
                        && !(m..=hi).any(|j| word_in(text, items.get(j), days))
                })
            };
            // `لا أرقام لضحايا الحرب، غير أن باحثين قدروا عدد القتلى بين …`:
            // a total told after the war's victims is the war's
            let war_total = h.total
                && date.is_none()
                && war_victims.as_ref().is_some_and(|(m, nums)| *m < first_item(h) && nums[first_item(h)] == nums[*m]);
            // `… منذ بدء الهجوم، في مقابل 75 قتيلا في الأحياء الغربية`: the
            // other side's figure set against a running total is one too
            let versus = k > 0 && cumul[k - 1] && {
                let f = first_item(h);
                let p = hits[k - 1].end + 1;
                (f.saturating_sub(3).max(p)..f).any(|m| items[m].is(Func::Versus))
                    && (p..f).all(|m| items[m].num().is_none())
            };
            let marked = joined
                || versus
                || more_of_total
                || war_toll
                || war_total
                || subset_of_total
                || fronted_since
                || marks[h.end + 1] > marks[marked_from];
            let since_after = (h.end + 1..=hi).any(|m| since_start(text, &items, m, &date_ranges));
            let cumulative = marked || since_after;
            cumul.push(cumulative);
            trailing.push(!marked && since_after);
            let mut count = h.count;
            if let Some(c) = count.as_mut() {
                at_least_after(&items, h.evidence.end, c);
                // `تجاوز عدد القتلى 1100`: a total that exceeds its figure
                let exceeds = |k: usize| items.get(k).is_some_and(|x| x.is(Func::Exceed));
                if h.total && c.qualifier == Qualifier::Exact {
                    let head = items.partition_point(|x| x.range.start < h.evidence.start);
                    if exceeds(h.at.wrapping_sub(1)) || exceeds(head.wrapping_sub(1)) {
                        c.qualifier = Qualifier::AtLeast;
                    }
                }
            }
            let span_range = items[lo].range.start.min(h.evidence.start)..items[hi].range.end.max(h.evidence.end);
            let mut side = h.victim_at.and_then(|v| {
                let n = next_skip(&items, v + 1);
                let direct = items.get(n).and_then(|x| mention_at(actors, &x.range));
                let via_of = if items.get(n).is_some_and(|x| x.is(Func::Of)) {
                    (n + 1..(n + 3).min(items.len())).find_map(|k| mention_at(actors, &items[k].range))
                } else {
                    None
                };
                direct.or(via_of).and_then(|a| side_of(actors, a))
            });
            if side.is_none() && h.victims == Military {
                side = reporter.as_ref().and_then(|r| actors.by_id(r)).and_then(|a| side_of(actors, a));
            }
            out.push((
                Casualty {
                    outcome: h.outcome,
                    count,
                    victims: h.victims,
                    side,
                    cumulative,
                    reported_by: reporter.clone(),
                    date,
                    span: doc.span(span_range),
                },
                s.line,
            ));
        }
        // `40 مدنيا قتلوا وأصيب 121 آخرون … منذ الأربعاء`: a start after
        // the last of figures told one after another scopes them all
        for k in (0..hits.len().saturating_sub(1)).rev() {
            let (a, b) = (&hits[k], &hits[k + 1]);
            let f = first_item(b);
            let next_to = f > a.end && f <= a.end + 2 && clauses.around(a.at) == clauses.around(b.at);
            if !cumul[k] && trailing[k + 1] && next_to {
                cumul[k] = true;
                trailing[k] = true;
                if let Some(c) = out.get_mut(first_out + k) {
                    c.0.cumulative = true;
                }
            }
        }
        spare = items;
    }
    bufs.items = spare;
    bufs.clauses = clauses;
    BUFS.with(|b| b.replace(bufs));
    dedupe_headline(doc, out)
}

/// `12 أو ما يزيد`, `20 جنديا على الأقل` when the numbers reader left them out.
fn at_least_after(items: &[Item], end: usize, c: &mut Count) {
    if c.qualifier != Qualifier::Exact {
        return;
    }
    // items are in text order: a binary search, not a scan per figure
    let k = items.partition_point(|x| x.range.start < end);
    if k >= items.len() {
        return;
    }
    let f = |j: usize| items.get(j).and_then(Item::func);
    let more = match f(k) {
        Some(Func::On) => f(k + 1) == Some(Func::More),
        Some(Func::Or) => f(k + 1) == Some(Func::More) || f(k + 2) == Some(Func::More),
        _ => false,
    };
    if more {
        c.qualifier = Qualifier::AtLeast;
    }
}

/// Who gives the figures of a sentence: the speaker of the statement around
/// it, else the actor named after an attribution word.
fn reporter(doc: &Doc, actors: &Actors, statements: &[Found], items: &[Item], range: Range<usize>) -> Option<String> {
    let _ = doc;
    if let Some(st) = statements.iter().find(|st| st.range.start <= range.start && range.end <= st.range.end) {
        return Some(st.item.speaker.clone());
    }
    for (k, it) in items.iter().enumerate() {
        if !it.is(Func::Source) {
            continue;
        }
        let hi = items.get((k + 4).min(items.len() - 1)).map_or(it.range.end, |x| x.range.end);
        if let Some(m) = actors.within(it.range.end..hi).first() {
            return Some(actors.id(m.actor).to_string());
        }
    }
    None
}

/// The same figure printed in the headline and the body is the body's.
fn dedupe_headline(doc: &Doc, found: Vec<(Casualty, usize)>) -> Vec<Casualty> {
    // the headline rounds what the body qualifies: `20 قتيلا` over `قتل 20 شخصا على الأقل`
    let same =
        |a: &Casualty, b: &Casualty| a.outcome == b.outcome && a.count.map(|c| c.value) == b.count.map(|c| c.value);
    let mut out: Vec<Casualty> = Vec::new();
    for (k, (c, line)) in found.iter().enumerate() {
        let in_head = doc.headline == Some(*line);
        if in_head && found.iter().enumerate().any(|(m, (d, l))| m != k && *l != *line && same(c, d)) {
            continue;
        }
        out.push(c.clone());
    }
    out.sort_by_key(|c| (c.span.start, c.span.end));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The tokens of every sentence of `s`, read off the word list and the
    /// long way.
    type Toks = Vec<(Range<usize>, bool)>;

    fn both(s: &str) -> Vec<(Toks, Toks)> {
        let doc = Doc::new(s, None);
        let text = doc.text();
        let mut ranges: Vec<Range<usize>> = doc.sentences.iter().map(|x| x.range.clone()).collect();
        ranges.push(0..text.len());
        ranges
            .into_iter()
            .filter_map(|r| Some((tokens_in(&doc, r.clone()), tokens(text.get(r.clone())?, r.start))))
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn tokens_in_agrees_with_tokens(s in crate::numbers::tests::mixed(), t in "\\PC*") {
            for (a, b) in both(&s).into_iter().chain(both(&t)) {
                prop_assert_eq!(a, b);
            }
        }
    }

    #[test]
    fn first_digit_finds_the_first_ascii_digit() {
        for t in ["", "a", "abc1", "قتل 20 شخصا", "1", "abcdefgh", "abcdefgh9", "abcdefg9", "ab\u{0663}c7d5"] {
            let want = t.bytes().position(|b| b.is_ascii_digit()).unwrap_or(t.len());
            assert_eq!(first_digit(t.as_bytes()), want, "{t}");
        }
    }

    #[test]
    fn tokens_in_joins_digit_groups() {
        for s in ["قتل 1,200 شخص و3.5 مليون - نزحوا 5% منهم، أمس.", "أ1,2,3ب 4.. 5,a -6- 7 -8", "x 12.5abc 3,"]
        {
            for (a, b) in both(s) {
                assert_eq!(a, b, "{s}");
            }
        }
    }

    /// Value and cumulative of every figure of a text.
    fn cumul_of(text: &str) -> Vec<(Option<u64>, bool)> {
        crate::parse(text)
            .map(|r| r.casualties.iter().map(|c| (c.count.map(|n| n.value), c.cumulative)).collect())
            .unwrap_or_default()
    }

    #[test]
    fn a_war_that_caused_a_toll_told_it_whole() {
        for t in [
            "وخلفت المعارك في محيط المدينة، بحسب تقديرات منظمات إغاثة، أكثر من ثلاثة آلاف قتيل.",
            "وأنهى الاتفاق أسابيع من التصعيد الذي خلف مئات القتلى في الإقليم.",
            "وأسفر العدوان على القطاع عن استشهاد 410 أشخاص.",
            "وأودى القتال بحياة 900 مدني وفق الأمم المتحدة.",
        ] {
            let got = cumul_of(t);
            assert!(!got.is_empty() && got.iter().all(|x| x.1), "{t}: {got:?}");
        }
        // a day's battle: its own toll
        for t in [
            "وخلفت المعارك التي اندلعت أمس 14 قتيلا.",
            "وخلفت المعارك دمارا واسعا، فيما قتل 5 أشخاص في غارة على سوق شعبي.",
        ] {
            let got = cumul_of(t);
            assert!(!got.is_empty() && got.iter().all(|x| !x.1), "{t}: {got:?}");
        }
    }

    #[test]
    fn a_start_by_a_maghreb_month_counts_from_it() {
        for t in [
            "وانتشلت فرق الإنقاذ 57 جثة منذ جوان الماضي.",
            "وقتل 230 شخصا بين مدني وعسكري منذ أفريل.",
            "وأصيب 90 شخصا بانفجار ألغام منذ ماي الماضي.",
        ] {
            let got = cumul_of(t);
            assert!(!got.is_empty() && got.iter().all(|x| x.1), "{t}: {got:?}");
        }
    }

    #[test]
    fn the_other_sides_figure_against_a_total_is_one_too() {
        let t = "وقتل 300 مدني في الأحياء الشرقية منذ بدء الحملة، في مقابل 75 مدنيا قتلوا بالقصف على الأحياء الغربية.";
        assert_eq!(cumul_of(t), vec![(Some(300), true), (Some(75), true)], "{t}");
        let t = "وقتل 300 مدني منذ بدء الحملة، في مقابل 75 قتيلا بين الجنود.";
        assert_eq!(cumul_of(t), vec![(Some(300), true), (Some(75), true)], "{t}");
        // against a single event's figure: a single event's
        let t = "وقتل 8 أشخاص في غارة على السوق، في مقابل جنديين قتلا في كمين.";
        assert!(cumul_of(t).iter().all(|x| !x.1), "{t}");
    }

    /// Outcome, value and victims of every figure of a text.
    fn figs(text: &str) -> Vec<(Outcome, Option<u64>, Victims)> {
        crate::parse(text)
            .map(|r| r.casualties.iter().map(|c| (c.outcome, c.count.map(|n| n.value), c.victims)).collect())
            .unwrap_or_default()
    }

    #[test]
    fn an_ordinal_after_a_figure_is_one_more_victim() {
        for (t, o) in [
            ("وأدى الانفجار إلى مقتل اثنين وإصابة ثالث.", Wounded),
            ("وأسفر الكمين عن مقتل جنديين من الدورية وإصابة ثالث بجروح.", Wounded),
            ("وخلف القصف قتيلين وجريحا ثالثا.", Wounded),
            ("وأسفر الهجوم عن ثلاثة جرحى ومقتل رابع.", Killed),
        ] {
            let got = figs(t);
            assert_eq!(got.len(), 2, "{t}: {got:?}");
            assert_eq!((got[1].0, got[1].1), (o, Some(1)), "{t}: {got:?}");
        }
        // an ordinal after a trigger with nothing counted before: no figure
        let t = "وأعلن الجيش مقتل ثاني قائد ميداني في الجماعة.";
        assert!(figs(t).iter().all(|x| x.1 != Some(1) || x.0 != Wounded), "{t}");
    }

    #[test]
    fn a_bare_noun_joined_to_a_count_is_one_more() {
        for (t, v) in [
            ("وقتل 7 مدنيين وجندي في القصف.", Military),
            ("وأصيب 4 مدنيين وطفل بشظايا.", Children),
            ("وقتل ثلاثة مسلحين وامرأة.", Women),
        ] {
            let got = figs(t);
            assert_eq!(got.len(), 2, "{t}: {got:?}");
            assert_eq!((got[1].1, got[1].2), (Some(1), v), "{t}: {got:?}");
            assert_eq!(got[1].0, got[0].0, "{t}: {got:?}");
        }
        // a noun with its own count or a plural is no single victim
        for t in ["وقتل 7 مدنيين وجنديان.", "وقتل 7 مدنيين و3 جنود.", "وقتل 7 مدنيين وجنود."]
        {
            assert!(figs(t).iter().all(|x| x.1 != Some(1)), "{t}: {:?}", figs(t));
        }
    }

    #[test]
    fn a_heading_over_the_losses_is_no_figure() {
        for t in ["وعلى صعيد الخسائر البشرية، قتل 9 أشخاص.", "وعلى مستوى الخسائر البشرية، أصيب 9 أشخاص."]
        {
            assert_eq!(figs(t).len(), 1, "{t}: {:?}", figs(t));
        }
        // losses that are reported are (optional, no count)
        assert_eq!(figs("وتكبدت القوات خسائر بشرية فادحة.").len(), 1);
    }
}
