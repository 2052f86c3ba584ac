//! Actor recognition and resolution.

use std::collections::HashMap;
use std::ops::Range;

use crate::doc::Doc;
use crate::gazetteer::{Form, GAZETTEER};
use crate::{Actor, ActorKind, Span};

/// One resolved actor.
#[derive(Debug, Clone)]
pub(crate) struct ActorRec {
    pub id: String,
    pub kind: ActorKind,
    pub name: String,
    pub affiliation: Option<String>,
    pub role: Option<String>,
    /// Every folded range that refers to it, nested ones included.
    pub ranges: Vec<Range<usize>>,
}

/// How a mention names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MentionForm {
    Name,
    Adjective,
    Capital,
    Institution,
    Title,
    Surname,
}

/// A top-level mention: mentions never overlap; a longer one (an institution,
/// a titled person) hides the demonym inside it.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    pub range: Range<usize>,
    pub actor: usize,
    pub form: MentionForm,
}

/// The actors of one document and where the text names them.
#[derive(Debug, Default)]
pub(crate) struct Actors {
    pub list: Vec<ActorRec>,
    /// Sorted by position, non-overlapping.
    pub mentions: Vec<Mention>,
    index: HashMap<String, usize>,
}

fn is_letter(c: char) -> bool {
    c.is_alphanumeric()
}

/// Clitics that may stand before a name: و ف ب ل ك, alone or two together.
fn clitic_start(text: &str, start: usize) -> Option<usize> {
    let before = &text[..start];
    let mut at = start;
    for (n, c) in before.chars().rev().enumerate() {
        if !is_letter(c) {
            return Some(at);
        }
        if n >= 2 || !matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك') {
            return None;
        }
        at -= c.len_utf8();
    }
    Some(at)
}

fn at_word_end(text: &str, end: usize) -> bool {
    text[end..].chars().next().is_none_or(|c| !is_letter(c))
}

impl Actors {
    /// The actor's index for an id, adding the actor if new.
    pub fn intern(&mut self, rec: ActorRec) -> usize {
        if let Some(&i) = self.index.get(&rec.id) {
            return i;
        }
        let i = self.list.len();
        self.index.insert(rec.id.clone(), i);
        self.list.push(rec);
        i
    }

    /// The actor with this id.
    pub fn by_id(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// Mentions inside a folded range.
    pub fn within(&self, r: Range<usize>) -> &[Mention] {
        let a = self.mentions.partition_point(|m| m.range.start < r.start);
        let b = self.mentions.partition_point(|m| m.range.start < r.end);
        &self.mentions[a..b.max(a)]
    }

    /// The id of an actor.
    pub fn id(&self, actor: usize) -> &str {
        &self.list[actor].id
    }

    /// The report's actors, in order of first mention, each with every span.
    pub fn into_report(self, doc: &Doc) -> Vec<Actor> {
        let mut out: Vec<(usize, Actor)> = self
            .list
            .into_iter()
            .filter(|a| !a.ranges.is_empty())
            .map(|a| {
                let mut spans: Vec<Span> =
                    a.ranges.iter().map(|r| doc.span(r.clone())).filter(|s| !s.is_empty()).collect();
                spans.sort();
                spans.dedup();
                let first = spans.first().map_or(usize::MAX, |s| s.start);
                (
                    first,
                    Actor {
                        id: a.id,
                        kind: a.kind,
                        name: a.name,
                        affiliation: a.affiliation,
                        role: a.role,
                        mentions: spans,
                    },
                )
            })
            .collect();
        out.sort_by_key(|(first, _)| *first);
        out.into_iter().map(|(_, a)| a).collect()
    }
}

/// Find and resolve every actor in the article's body.
pub(crate) fn resolve(doc: &Doc) -> Actors {
    let g = &*GAZETTEER;
    let text = doc.text();
    let mut actors = Actors::default();
    for (li, line) in doc.lines.iter().enumerate() {
        if !doc.is_body(li) {
            continue;
        }
        let slice = &text[line.range.clone()];
        for m in g.automaton.find_iter(slice) {
            let (s, e) = (line.range.start + m.start(), line.range.start + m.end());
            if clitic_start(text, s).is_none() || !at_word_end(text, e) {
                continue;
            }
            let p = &g.patterns[m.pattern().as_usize()];
            let entry = &g.entries[p.entry];
            let a = actors.intern(ActorRec {
                id: entry.id.clone(),
                kind: entry.kind,
                name: entry.name.clone(),
                affiliation: entry.affiliation.clone(),
                role: entry.role.clone(),
                ranges: Vec::new(),
            });
            actors.list[a].ranges.push(s..e);
            let form = match p.form {
                Form::Name => MentionForm::Name,
                Form::Adjective => MentionForm::Adjective,
                Form::Capital => MentionForm::Capital,
            };
            actors.mentions.push(Mention { range: s..e, actor: a, form });
        }
    }
    actors
}
