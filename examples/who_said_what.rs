//! Who said what: the statements of many articles, grouped by speaker.
//!
//! ```text
//! cargo run --release --example who_said_what -- [--date YYYY-MM-DD] PATH...
//! ```
//!
//! Each PATH is a file or a directory (every `.txt` below it, sorted); with
//! no PATH, one article is read from standard input. Speakers are grouped
//! across articles by actor id and name (gazetteer ids such as `lavrov` or
//! `RUS` are stable across articles; an id the crate makes up for an unknown
//! person is only trusted together with the same name), most statements
//! first. Each speaker prints as
//!
//! ```text
//! سيرغي لافروف — person, وزير الخارجية, روسيا [lavrov] — 2 statements
//!   1. appeal, indirect, 2020-10-02 (article.txt)
//!      «إلى وقف فوري لإطلاق النار»
//! ```
//!
//! with the kind (`assertion`, `appeal`, `condemnation`, `concern`,
//! `denial`, `accusation`, `warning`, `support`), the mode (`direct`: the
//! quoted words; `indirect`: the reported clause), the day it was said when
//! the text gives one, whom it targets, and the text.
//!
//! A file that cannot be read, is not UTF-8, is empty or is not Arabic prints
//! one line `who_said_what: <path>: <reason>` on stderr; the other files are
//! still processed, and the exit code is 1.

mod common;

use std::collections::HashMap;
use std::io::Write;
use std::process::ExitCode;

/// One speaker over all articles.
struct Speaker {
    /// How the speaker is introduced: name, kind, role, affiliation, id.
    heading: String,
    /// The speaker's statements, in input order.
    lines: Vec<Said>,
}

/// One statement, ready to print.
struct Said {
    what: String,
    text: String,
}

fn main() -> ExitCode {
    let (parser, paths) = match common::args("who_said_what [--date YYYY-MM-DD] [PATH...]") {
        Ok(a) => a,
        Err(code) => return code,
    };
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut index: HashMap<(String, String), usize> = HashMap::new();
    let code = common::run("who_said_what", &parser, &paths, |article| {
        let report = &article.report;
        for st in &report.statements {
            let actor = report.actor(&st.speaker);
            let name = actor.map_or(st.speaker.as_str(), |a| a.name.as_str());
            let key = (st.speaker.clone(), name.to_string());
            let i = *index.entry(key).or_insert_with(|| {
                speakers.push(Speaker { heading: heading(report, &st.speaker), lines: Vec::new() });
                speakers.len() - 1
            });
            let mut what = format!("{}, {}", common::name(&st.kind), common::name(&st.mode));
            if let Some(d) = st.date {
                what.push_str(&format!(", {d}"));
            }
            if !st.targets.is_empty() {
                what.push_str(&format!(", to/about {}", common::actor_names(report, &st.targets)));
            }
            what.push_str(&format!(" ({})", article.file));
            let text = one_line(&st.text);
            speakers[i].lines.push(Said { what, text });
        }
        Ok(())
    });
    // Most statements first; ties keep the order speakers first spoke in.
    let mut order: Vec<usize> = (0..speakers.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(speakers[i].lines.len()));

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = (|| -> std::io::Result<()> {
        for (n, &i) in order.iter().enumerate() {
            let s = &speakers[i];
            if n > 0 {
                writeln!(out)?;
            }
            let plural = if s.lines.len() == 1 { "" } else { "s" };
            writeln!(out, "{} — {} statement{plural}", s.heading, s.lines.len())?;
            for (k, said) in s.lines.iter().enumerate() {
                writeln!(out, "  {}. {}", k + 1, said.what)?;
                writeln!(out, "     «{}»", said.text)?;
            }
        }
        out.flush()
    })();
    match written {
        Ok(()) => code,
        Err(e) => common::write_failed("who_said_what", &e),
    }
}

/// `name — kind, role, affiliation [id]`, from the report's actors.
fn heading(report: &rasad::Report, id: &str) -> String {
    let Some(actor) = report.actor(id) else { return format!("[{id}]") };
    let mut parts = vec![common::name(&actor.kind)];
    if let Some(role) = &actor.role {
        parts.push(role.clone());
    }
    if let Some(aff) = &actor.affiliation {
        parts.push(report.actor(aff).map_or_else(|| aff.clone(), |a| a.name.clone()));
    }
    format!("{} — {} [{}]", actor.name, parts.join(", "), actor.id)
}

/// Quoted text may run over lines: print it on one.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
