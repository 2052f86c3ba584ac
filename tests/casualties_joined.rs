//! Casualty figures whose counted people are told by more than one noun
//! (`30 جنديا وشرطيا`), whose count stands apart from its verb by a
//! subset (`21 مدنيا، بينهم امرأتان، قتلوا`), and running totals told by
//! a start after the figures. All sentences are written for these tests.

use rasad::{Outcome, Qualifier, Victims};

use Outcome::*;
use Victims::*;

/// Outcome, value, qualifier, victims and cumulative of each casualty.
type Figure = (Outcome, u64, Qualifier, Victims, bool);

fn figures(text: &str) -> Vec<Figure> {
    // a title line, so that the sentence is read as body text
    let doc = format!("خبر عاجل\n{text}");
    rasad::parse(&doc)
        .expect("parse")
        .casualties
        .into_iter()
        .filter_map(|c| c.count.map(|n| (c.outcome, n.value, n.qualifier, c.victims, c.cumulative)))
        .collect()
}

/// Outcome, value and victims of each casualty.
fn ovv(text: &str) -> Vec<(Outcome, u64, Victims)> {
    figures(text).into_iter().map(|f| (f.0, f.1, f.3)).collect()
}

#[test]
fn two_nouns_of_one_kind_share_the_count() {
    let f = figures("وقال مسؤول عسكري إن ما لا يقل عن 25 جنديا وشرطيا قتلوا في الاشتباكات.");
    assert_eq!(f, vec![(Killed, 25, Qualifier::AtLeast, Military, false)]);
    assert_eq!(ovv("وأفاد مصدر طبي بأن 14 جنديا وعناصر أمن أصيبوا في الكمين."), vec![(Wounded, 14, Military)]);
    assert_eq!(ovv("وأفاد مصدر بأن 8 جنود وعناصر شرطة اختطفوا على الطريق."), vec![(Captured, 8, Military)]);
    // the verb before the count
    assert_eq!(ovv("وقتل المسلحون 12 جنديا وشرطيا في هجوم على نقطة تفتيش."), vec![(Killed, 12, Military)]);
    assert_eq!(ovv("وأعلنت الوزارة مقتل 7 ضباط وجنود في الهجوم."), vec![(Killed, 7, Military)]);
}

#[test]
fn nouns_of_two_kinds_are_people() {
    assert_eq!(ovv("وأكد الناشطون أن 40 مدنيين ومقاتلين قتلوا في القصف على البلدة."), vec![(Killed, 40, People)]);
    assert_eq!(ovv("وقتل 17 جنديا ومسلحا في المواجهات."), vec![(Killed, 17, People)]);
    // children and women are civilians
    assert_eq!(ovv("وقالت المنظمة إن 9 نساء وأطفال ومسنين لقوا حتفهم في الغارة."), vec![(Killed, 9, Civilians)]);
    assert_eq!(ovv("وأصيب 30 طفلا ونساء في القصف."), vec![(Wounded, 30, Civilians)]);
    // three nouns
    assert_eq!(ovv("وذكرت المصادر أن 60 جنديا ومسلحين ومدنيين قتلوا منذ الفجر."), vec![(Killed, 60, People)]);
}

#[test]
fn a_noun_with_a_count_of_its_own_is_another_figure() {
    // a singular after `و` is one more person, not more of the count
    let f = ovv("وأعلن الجيش مقتل 5 جنود ومدني في انفجار عبوة ناسفة.");
    assert_eq!(f.first(), Some(&(Killed, 5, Military)), "{f:?}");
    let f = ovv("وقتل 4 جنود و3 مدنيين في القصف.");
    assert_eq!(f, vec![(Killed, 4, Military), (Killed, 3, Civilians)]);
    // a definite noun after `و` is no more of the counted people
    let f = ovv("وقتل 6 جنود والمسلحون يطلقون النار.");
    assert_eq!(f, vec![(Killed, 6, Military)]);
}

#[test]
fn a_subset_between_the_count_and_its_verb() {
    let f = figures("ونقلت الوكالة عن مسؤولين في المستشفى أن 21 مدنيا على الأقل، بينهم امرأتان، قتلوا جراء القصف.");
    assert_eq!(
        f,
        vec![(Killed, 21, Qualifier::AtLeast, Civilians, false), (Killed, 2, Qualifier::Exact, Women, false)]
    );
    assert_eq!(
        ovv("وقال الطبيب إن 15 شخصا، بينهم ثلاثة أطفال، أصيبوا في الانفجار."),
        vec![(Wounded, 15, People), (Wounded, 3, Children)]
    );
    // in brackets, with two sub-counts
    assert_eq!(
        ovv("وأفادت مصادر بأن 30 مدنيا (بينهم 8 نساء و5 أطفال) قتلوا في الغارة."),
        vec![(Killed, 30, Civilians), (Killed, 8, Women), (Killed, 5, Children)]
    );
    // between dashes, with `من بينهم`
    assert_eq!(ovv("وذكر المرصد أن 12 مقاتلا - من بينهم قياديان - قتلوا في الكمين."), vec![(Killed, 12, Fighters)]);
    // a singular in the subset counts one
    assert_eq!(
        ovv("وقال الشهود إن 9 أشخاص، بينهم طفل، قتلوا في القصف."),
        vec![(Killed, 9, People), (Killed, 1, Children)]
    );
    assert_eq!(ovv("وقالت الشرطة إن 40 جنديا، بينهم ضباط، أسروا في المعركة."), vec![(Captured, 40, Military)]);
}

#[test]
fn a_subset_with_no_verb_after_it_is_no_figure() {
    assert!(figures("وقال إن 20 شخصا، بينهم مسؤولون، وصلوا إلى المدينة.").is_empty());
    assert!(figures("وقال إن 20 شخصا، بينهم 5 أطفال، في المستشفى الميداني.").is_empty());
}

/// Value and cumulative of each casualty.
fn cum(text: &str) -> Vec<(u64, bool)> {
    figures(text).into_iter().map(|f| (f.1, f.4)).collect()
}

#[test]
fn a_start_after_figures_told_one_after_another_scopes_them_all() {
    assert_eq!(
        cum("وقال المتحدث إن 52 مدنيا قتلوا وأصيب 130 آخرون في القصف عبر الحدود منذ الخميس، إضافة إلى مقتل 9 عسكريين."),
        vec![(52, true), (130, true), (9, true)]
    );
    assert_eq!(
        cum("وبحسب الأمم المتحدة، قتل أكثر من 900 شخص وأصيب 400 آخرون وخطف 120 في أعمال العنف منذ بداية آذار/مارس."),
        vec![(900, true), (400, true), (120, true)]
    );
    assert_eq!(cum("وأصيب 14 شرطيا منذ صباح السبت في المواجهات."), vec![(14, true)]);
}

#[test]
fn a_start_told_by_an_event_and_its_date() {
    assert_eq!(
        cum("وتقول الجمعية إن أكثر من 3000 مدني قتلوا على أيدي قوات الأمن منذ انقلاب شباط/فبراير 2021."),
        vec![(3000, true)]
    );
    assert_eq!(cum("وقتل أكثر من 600 جندي منذ هجوم 7 أكتوبر."), vec![(600, true)]);
}

#[test]
fn a_war_toll_told_after_the_wars_victims() {
    let f = cum("ولا توجد أرقام رسمية لقتلى النزاع، غير أن باحثين قدروا عدد القتلى بين 200 ألف و300 ألف مدني.");
    assert_eq!(f, vec![(200_000, true)]);
}

#[test]
fn no_running_total() {
    // a superlative compares an event with the past
    assert_eq!(cum("وقتل 38 شخصا في أكثر الأيام دموية منذ الانقلاب في شباط 2021."), vec![(38, false)]);
    assert_eq!(cum("وقتل 30 شخصا في الهجوم الأعنف منذ عام 2019."), vec![(30, false)]);
    // the start is the second clause's, set apart by a comma
    assert_eq!(cum("وقتل 5 أشخاص في غارة على السوق، وأصيب 300 آخرون منذ بداية الحرب."), vec![(5, false), (300, true)]);
    // since one attack on a day: that attack's figure
    assert_eq!(cum("ولا يزال 5 جنود في عداد المفقودين منذ هجوم الأحد."), vec![(5, false)]);
    // a short period stays no running total
    assert_eq!(cum("وقتل 6 أشخاص وأصيب 10 آخرون منذ صباح اليوم."), vec![(6, false), (10, false)]);
    // a rise marked before its own figure does not reach back
    assert_eq!(cum("وقتل 4 جنود وارتفع عدد القتلى منذ بدء الحرب إلى 400 قتيل."), vec![(4, false), (400, true)]);
}

#[test]
fn a_figure_in_all_or_over_a_period_is_a_total() {
    assert_eq!(cum("وفي المجمل، قتل 450 شخصا في المعارك."), vec![(450, true)]);
    assert_eq!(cum("وقتل 230 مدنيا في المجمل خلال الأشهر الماضية."), vec![(230, true)]);
    assert_eq!(cum("وقتل إجمالا 310 أشخاص في الإقليم."), vec![(310, true)]);
    assert_eq!(cum("وقتل 120 شخصا في الفترة من 1 إلى 20 آذار."), vec![(120, true)]);
    assert_eq!(cum("وقتل 75 مدنيا بين الأول من مايو ونهاية يونيو."), vec![(75, true)]);
    assert_eq!(cum("وقتل 76 مدنيا بين مايو ويونيو."), vec![(76, true)]);
}

#[test]
fn one_date_or_a_place_between_is_no_period() {
    // one date after `بين` is no period, nor are places between
    assert_eq!(cum("وقتل 8 مدنيين بين القريتين في 3 مايو."), vec![(8, false)]);
    assert_eq!(cum("وقتل 9 جنود في اشتباكات بين الجيش والمسلحين."), vec![(9, false)]);
    assert_eq!(cum("وقتل 6 أشخاص في فترة الظهيرة."), vec![(6, false)]);
}
