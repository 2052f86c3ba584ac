//! The organization, group, institution and person tables: each name reaches
//! its own row, and common words that look like names reach none.

use std::collections::HashSet;

use rasad::{ActorKind, Report};

const ORGS: &str = include_str!("../src/gazetteer/orgs.tsv");
const PEOPLE: &str = include_str!("../src/gazetteer/people.tsv");

/// Data rows of a table, split on tabs.
fn rows(table: &str) -> Vec<Vec<&str>> {
    table
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
        .collect()
}

fn names(cell: &str) -> Vec<&str> {
    cell.split('|').map(str::trim).filter(|v| !v.is_empty() && *v != "-").collect()
}

fn parse(text: &str) -> Report {
    rasad::parse(text).unwrap_or_else(|e| panic!("parse failed on {text:?}: {e}"))
}

fn has(report: &Report, id: &str, kind: ActorKind) -> bool {
    report.actors.iter().any(|a| a.id == id && a.kind == kind)
}

#[track_caller]
fn assert_actor(text: &str, id: &str, kind: ActorKind) {
    let r = parse(text);
    assert!(
        has(&r, id, kind),
        "{text}\n  expected {id} ({kind:?}), got {:?}",
        r.actors.iter().map(|a| (&a.id, a.kind)).collect::<Vec<_>>()
    );
}

#[test]
fn groups_are_found_in_running_text() {
    assert_actor("وقال المتحدث باسم حركة حماس إن الحركة لن تقبل بالشروط.", "hamas", ActorKind::Group);
    assert_actor("وأعلنت كتائب القسام أنها استهدفت آلية عسكرية.", "hamas", ActorKind::Group);
    assert_actor("وتبنت سرايا القدس الهجوم في بيان.", "pij", ActorKind::Group);
    assert_actor("وقال الحوثيون إنهم أطلقوا صاروخا باتجاه سفينة.", "houthis", ActorKind::Group);
    assert_actor("واتهمت الحكومة جماعة أنصار الله بخرق الهدنة.", "houthis", ActorKind::Group);
    assert_actor("وسيطرت قوات الدعم السريع على البلدة بعد معارك.", "rsf", ActorKind::Group);
    assert_actor("وصدت القوة المشتركة لحركات الكفاح المسلح هجوما على المدينة.", "jointforce", ActorKind::Group);
    assert_actor("وتبنى تنظيم داعش التفجير.", "isis", ActorKind::Group);
    assert_actor("وقالت قسد إن مقاتليها صدوا الهجوم.", "sdf", ActorKind::Group);
    assert_actor("وهاجم مسلحون من حركة الشباب قاعدة للجيش.", "shabaab", ActorKind::Group);
    assert_actor("وأعلن الجيش الوطني الليبي التعبئة.", "lna", ActorKind::Group);
    assert_actor("ونفت جمهورية ناغورني قره باغ المعلنة من جانب واحد الاتهامات.", "artsakh", ActorKind::Group);
    assert_actor("وأعلن مرتزقة فاغنر انسحابهم من المدينة.", "wagner", ActorKind::Group);
}

#[test]
fn clitics_and_lil_spelling_reach_the_name() {
    assert_actor("وأكد أن لحماس دورا في المفاوضات.", "hamas", ActorKind::Group);
    assert_actor("وفي بيان للحشد الشعبي قال المتحدث إن العملية انتهت.", "pmf", ActorKind::Group);
    assert_actor("ووجهت رسالة لليونيفيل بشأن الحادث.", "UNIFIL", ActorKind::Organization);
    assert_actor("وبحسب مفوضية الأمم المتحدة لحقوق الإنسان فإن الوضع خطير.", "OHCHR", ActorKind::Organization);
}

#[test]
fn the_longest_name_wins_over_a_name_inside_it() {
    // an Iraqi group whose name contains the Lebanese party's
    let r = parse("وتبنت كتائب حزب الله الهجوم على القاعدة.");
    assert!(has(&r, "kataib_hezbollah", ActorKind::Group));
    assert!(!has(&r, "hezbollah", ActorKind::Group));
    // Pakistan's Taliban are not Afghanistan's
    let r = parse("وقالت حركة طالبان باكستان إنها نفذت الهجوم.");
    assert!(has(&r, "ttp", ActorKind::Group));
    assert!(!has(&r, "taliban", ActorKind::Group));
}

#[test]
fn institutions_without_a_demonym() {
    assert_actor("أعلن الكرملين أن الرئيس سيلتقي نظيره الأسبوع المقبل.", "RUS_PRES", ActorKind::Institution);
    assert_actor("وقال البنتاجون إن القوات في حالة تأهب.", "USA_MOD", ActorKind::Institution);
    assert_actor("وصادق الكنيست على القانون بالقراءة الأولى.", "ISR_PARL", ActorKind::Institution);
    assert_actor("وأعلن الحرس الثوري إسقاط طائرة مسيرة.", "IRN_IRGC", ActorKind::Institution);
    assert_actor("وصدر بيان عن قصر بعبدا عقب اللقاء.", "LBN_PRES", ActorKind::Institution);
    assert_actor("وقرر مجلس السيادة تمديد حالة الطوارئ.", "SDN_GOV", ActorKind::Institution);
    let r = parse("أعلن الكرملين موقفه.");
    let a = r.actors.iter().find(|a| a.id == "RUS_PRES").expect("RUS_PRES");
    assert_eq!(a.affiliation.as_deref(), Some("RUS"));
}

#[test]
fn un_bodies_and_ngos() {
    assert_actor("قالت الأونروا إن مدارسها تؤوي آلاف النازحين.", "UNRWA", ActorKind::Organization);
    assert_actor("ودعت الجمعية العامة للأمم المتحدة إلى هدنة.", "UNGA", ActorKind::Organization);
    assert_actor("وقالت بعثة الأمم المتحدة للدعم في ليبيا إنها تتابع التطورات.", "UNSMIL", ActorKind::Organization);
    assert_actor("وأرسلت إيكواس وفدا إلى العاصمة.", "ECOWAS", ActorKind::Organization);
    assert_actor("وقالت الشبكة السورية لحقوق الإنسان إنها وثقت مقتل مدنيين.", "SNHR", ActorKind::Organization);
    assert_actor("وأفاد الهلال الأحمر الفلسطيني بإصابة مسعفين.", "PRCS", ActorKind::Organization);
}

#[test]
fn persons_by_full_name_and_unambiguous_surname() {
    assert_actor("وقال وزير الخارجية سيرجي لافروف إن الحوار ممكن.", "lavrov", ActorKind::Person);
    assert_actor("وأضاف لافروف أن بلاده مستعدة.", "lavrov", ActorKind::Person);
    assert_actor("وقال زعيم الجماعة عبد الملك الحوثي في خطاب متلفز إن المعركة مستمرة.", "am_houthi", ActorKind::Person);
    assert_actor("والتقى حميدتي وفدا من الوسطاء.", "hemedti", ActorKind::Person);
    assert_actor("وقال تشاووش أوغلو إن أنقرة تتابع الوضع.", "cavusoglu", ActorKind::Person);
    assert_actor("وصرح نتانياهو بأن العملية ستتواصل.", "netanyahu", ActorKind::Person);
    let r = parse("وقال إسماعيل هنية إن الحركة منفتحة على الاتفاق.");
    let a = r.actors.iter().find(|a| a.id == "haniyeh").expect("haniyeh");
    assert_eq!(a.affiliation.as_deref(), Some("hamas"));
}

#[test]
fn common_words_are_not_names() {
    let none = |text: &str| {
        let r = parse(text);
        assert!(
            r.actors.iter().all(|a| a.kind == ActorKind::State),
            "{text}: {:?}",
            r.actors.iter().map(|a| &a.id).collect::<Vec<_>>()
        );
    };
    none("خرج الشباب إلى الشارع للاحتفال.");
    none("وصلت التعزيزات إلى القاعدة الجوية مساء أمس.");
    none("فتح المعبر أمام الشاحنات صباح اليوم.");
    none("هذا هو البرهان على صحة الرواية.");
    none("وتعتمد البلاد بشكل رئيسي على النفط.");
    none("وشوهد الأسد في حديقة الحيوان.");
    none("وعاد من المنفى بعد سنوات.");
    none("استقبلت الجماهير الفريق بحماسة كبيرة.");
    // a town, and the name of a liberation war army, not an agency or a group
    none("رست السفينة في ميناء الفاو جنوبي البلاد.");
    none("وكرمت الدولة قدامى جيش التحرير الوطني.");
    // a body whose name begins like the Security Council's
    let r = parse("واجتمع مجلس الأمن الجماعي في العاصمة.");
    assert!(!r.actors.iter().any(|a| a.id == "UNSC"));
}

#[test]
fn every_row_is_well_formed() {
    let orgs = rows(ORGS);
    let people = rows(PEOPLE);
    let org_ids: HashSet<&str> = orgs.iter().map(|r| r[0]).collect();
    assert_eq!(org_ids.len(), orgs.len(), "duplicate id in orgs.tsv");
    for r in &orgs {
        assert_eq!(r.len(), 4, "orgs.tsv row {r:?}");
        assert!(matches!(r[1], "organization" | "group" | "institution"), "kind of {r:?}");
        assert!(!names(r[2]).is_empty(), "no name in {r:?}");
    }
    let person_ids: HashSet<&str> = people.iter().map(|r| r[0]).collect();
    assert_eq!(person_ids.len(), people.len(), "duplicate id in people.tsv");
    assert!(people.len() >= 250, "only {} persons", people.len());
    for r in &people {
        assert_eq!(r.len(), 4, "people.tsv row {r:?}");
        assert!(!names(r[1]).is_empty(), "no name in {r:?}");
        let aff = r[3];
        // an affiliation is a state code or a row of orgs.tsv
        let state_like = aff.len() == 3 && aff.chars().all(|c| c.is_ascii_uppercase());
        assert!(state_like || org_ids.contains(aff), "{}: unknown affiliation {aff}", r[0]);
    }
    for r in &orgs {
        let aff = r[3];
        let state_like = aff.len() == 3 && aff.chars().all(|c| c.is_ascii_uppercase());
        assert!(aff == "-" || state_like || org_ids.contains(aff), "{}: unknown affiliation {aff}", r[0]);
    }
    for id in ["UN", "UNSC", "EU", "EUCO", "OSCE", "OSCE_MINSK", "CSTO", "NATO", "RUS_PRES", "USA_MOD", "USA_PRES"] {
        assert!(org_ids.contains(id), "{id} lost");
    }
    for id in ["guterres", "lavrov", "putin", "erdogan", "aliyev", "pashinyan", "macron"] {
        assert!(person_ids.contains(id), "{id} lost");
    }
}

/// Every name of every row, alone in a sentence, resolves to its own row: a
/// failure is a name claimed by two rows, or hidden by a longer pattern.
#[test]
fn every_name_resolves_to_its_row() {
    let mut failures = Vec::new();
    let tables = [(ORGS, 2usize, true), (PEOPLE, 1usize, false)];
    for (table, col, is_org) in tables {
        for r in rows(table) {
            let kind = if is_org {
                match r[1] {
                    "group" => ActorKind::Group,
                    "institution" => ActorKind::Institution,
                    _ => ActorKind::Organization,
                }
            } else {
                ActorKind::Person
            };
            for name in names(r[col]) {
                let text = format!("قال مسؤول إن {name} ترفض.");
                let report = parse(&text);
                let hit = report.actors.iter().find(|a| a.id == r[0]);
                match hit {
                    Some(a) if a.kind == kind => {
                        // the mention covers the whole name
                        let whole = a.mentions.iter().any(|m| &text[m.start..m.end] == name);
                        if !whole {
                            failures.push(format!("{}: {name} only partly matched", r[0]));
                        }
                    }
                    _ => failures.push(format!(
                        "{}: {name} -> {:?}",
                        r[0],
                        report.actors.iter().map(|a| a.id.as_str()).collect::<Vec<_>>()
                    )),
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} names do not resolve:\n{}", failures.len(), failures.join("\n"));
}
