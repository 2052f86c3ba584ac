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
