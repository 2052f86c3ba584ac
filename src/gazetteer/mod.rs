//! The gazetteer: states, organizations, groups, institutions and persons,
//! from the tab-separated tables beside this file, indexed once by the first
//! word of each folded pattern.
//!
//! Adding an entity is one line in a table: `states.tsv` (with its
//! adjectives, from which every demonym form is generated), `orgs.tsv`, or
//! `people.tsv`.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::ActorKind;
use crate::text::fold;

/// How a pattern names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Form {
    /// The entity's name (`أذربيجان`, `الأمم المتحدة`, `سيرغي لافروف`).
    Name,
    /// A demonym or adjective (`الأذري`, `الأذربيجانية`, `الأرمن`).
    Adjective,
    /// A capital standing for the government (`باكو`).
    Capital,
    /// A phrase that hides an actor's name but names none (`أمريكا اللاتينية`).
    NotActor,
}

/// One gazetteer entity.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub id: String,
    pub kind: ActorKind,
    pub name: String,
    pub affiliation: Option<String>,
    pub role: Option<String>,
}

/// One folded pattern and what it names.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    pub text: String,
    pub entry: usize,
    pub form: Form,
}

pub(crate) struct Gazetteer {
    pub entries: Vec<Entry>,
    pub patterns: Vec<Pattern>,
    pub by_id: crate::text::WordMap<usize>,
}

const STATES: &str = include_str!("states.tsv");
const ORGS: &str = include_str!("orgs.tsv");
const PEOPLE: &str = include_str!("people.tsv");
const NOT_ACTORS: &str = include_str!("not_actors.tsv");

pub(crate) static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::build);

/// Rows of a table: tab-separated, `#` comments and blank lines skipped.
fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn variants(cell: &str) -> impl Iterator<Item = &str> {
    cell.split('|').map(str::trim).filter(|v| !v.is_empty() && *v != "-")
}

fn opt(cell: Option<&&str>) -> Option<String> {
    cell.map(|s| s.trim()).filter(|s| !s.is_empty() && *s != "-").map(str::to_string)
}

/// Every form of a nisba adjective (`أذري` → `الأذري، الأذرية، الأذريون،
/// الأذريين، أذريات…`). Multi-word adjectives inflect each word alike.
pub(crate) fn adjective_forms(adj: &str) -> Vec<String> {
    const ENDINGS: &[&str] = &["", "ة", "ون", "ين", "ان", "تان", "تين", "ات"];
    let words: Vec<&str> = adj.split_whitespace().collect();
    let mut out = Vec::new();
    for end in ENDINGS {
        for def in [false, true] {
            let form: Vec<String> =
                words.iter().map(|w| format!("{}{}{}", if def { "ال" } else { "" }, w, end)).collect();
            out.push(form.join(" "));
        }
    }
    out
}

impl Gazetteer {
    fn build() -> Self {
        let mut entries = Vec::new();
        let mut patterns = Vec::new();
        let add = |patterns: &mut Vec<Pattern>, text: &str, entry: usize, form: Form| {
            let text = fold(text);
            if text.chars().count() >= 2 {
                patterns.push(Pattern { text, entry, form });
            }
        };
        for r in rows(STATES) {
            let e = entries.len();
            let names: Vec<&str> = variants(r[1]).collect();
            entries.push(Entry {
                id: r[0].to_string(),
                kind: ActorKind::State,
                name: names[0].to_string(),
                affiliation: None,
                role: None,
            });
            for n in names {
                add(&mut patterns, n, e, Form::Name);
            }
            for a in r.get(2).into_iter().flat_map(|c| variants(c)) {
                for f in adjective_forms(a) {
                    add(&mut patterns, &f, e, Form::Adjective);
                }
            }
            for a in r.get(3).into_iter().flat_map(|c| variants(c)) {
                add(&mut patterns, a, e, Form::Adjective);
            }
            for c in r.get(4).into_iter().flat_map(|c| variants(c)) {
                add(&mut patterns, c, e, Form::Capital);
            }
        }
        for r in rows(ORGS) {
            let e = entries.len();
            let names: Vec<&str> = variants(r[2]).collect();
            let kind = match r[1] {
                "group" => ActorKind::Group,
                "institution" => ActorKind::Institution,
                _ => ActorKind::Organization,
            };
            entries.push(Entry {
                id: r[0].to_string(),
                kind,
                name: names[0].to_string(),
                affiliation: opt(r.get(3)),
                role: None,
            });
            for n in names {
                add(&mut patterns, n, e, Form::Name);
            }
        }
        for r in rows(PEOPLE) {
            let e = entries.len();
            let names: Vec<&str> = variants(r[1]).collect();
            entries.push(Entry {
                id: r[0].to_string(),
                kind: ActorKind::Person,
                name: names[0].to_string(),
                affiliation: opt(r.get(3)),
                role: opt(r.get(2)),
            });
            for n in names {
                add(&mut patterns, n, e, Form::Name);
            }
        }
        // phrases that name no actor point at a placeholder entry
        let none = entries.len();
        entries.push(Entry {
            id: String::new(),
            kind: ActorKind::Organization,
            name: String::new(),
            affiliation: None,
            role: None,
        });
        for line in NOT_ACTORS.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            add(&mut patterns, line, none, Form::NotActor);
        }
        // one pattern text, one meaning: the first table line that claims it wins
        let mut seen = HashMap::new();
        patterns.retain(|p| seen.insert(p.text.clone(), p.entry).is_none());
        // the "لل" spelling of "ال" words after the preposition لـ (للأمم المتحدة)
        let extra: Vec<Pattern> = patterns
            .iter()
            .filter_map(|p| p.text.strip_prefix("ال").map(|rest| Pattern { text: format!("لل{rest}"), ..p.clone() }))
            .filter(|p| !seen.contains_key(&p.text))
            .collect();
        patterns.extend(extra);
        let by_id =
            entries.iter().enumerate().filter(|(_, e)| !e.id.is_empty()).map(|(i, e)| (e.id.clone(), i)).collect();
        Gazetteer { entries, patterns, by_id }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjective_forms_cover_gender_number_article() {
        let f = adjective_forms("أذري");
        for want in ["أذري", "الأذرية", "الأذريين", "أذريون", "الأذريات"] {
            assert!(f.iter().any(|x| fold(x) == fold(want)), "{want}");
        }
        assert!(adjective_forms("كوري شمالي").contains(&"الكوريين الشماليين".to_string()));
    }

    #[test]
    fn tables_load_with_unique_ids() {
        let g = &*GAZETTEER;
        assert_eq!(g.by_id.len() + 1, g.entries.len(), "duplicate id in a table");
        assert!(g.by_id.contains_key("AZE"));
    }
}
