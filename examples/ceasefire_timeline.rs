//! Ceasefire calls, offers, agreements, violations and failures across many
//! articles, on one timeline.
//!
//! ```text
//! cargo run --release --example ceasefire_timeline -- [--date YYYY-MM-DD] PATH...
//! ```
//!
//! Each PATH is a file or a directory (every `.txt` below it, sorted); with
//! no PATH, one article is read from standard input. Every ceasefire item is
//! placed on the day that best dates it, in this order of trust:
//!
//! 1. `effective`: the day the ceasefire takes or took effect, when stated;
//! 2. `said`: the date of the statement whose span contains the item (a call
//!    made in a dated statement);
//! 3. `published`: the article's publication date;
//! 4. undated items come last.
//!
//! Items on the same day keep input order (file, then position in the text).
//! Each prints as
//!
//! ```text
//! 2020-10-10 effective  agreement [immediate]  (article.txt)
//!     initiators: روسيا   parties: أذربيجان، أرمينيا   mediators: روسيا
//!     …the sentence…
//! ```
//!
//! A file that cannot be read, is not UTF-8, is empty or is not Arabic prints
//! one line `ceasefire_timeline: <path>: <reason>` on stderr; the other files
//! are still processed, and the exit code is 1.

mod common;

use std::io::Write;
use std::process::ExitCode;

use chrono::NaiveDate;
use rasad::{Ceasefire, Report};

/// One item on the timeline.
struct Entry {
    /// The day and where it comes from; `None` sorts last.
    when: Option<(NaiveDate, &'static str)>,
    /// What to print.
    lines: [String; 3],
}

fn main() -> ExitCode {
    let (parser, paths) = match common::args("ceasefire_timeline [--date YYYY-MM-DD] [PATH...]") {
        Ok(a) => a,
        Err(code) => return code,
    };
    let mut entries = Vec::new();
    let code = common::run("ceasefire_timeline", &parser, &paths, |article| {
        let report = &article.report;
        for cf in &report.ceasefires {
            let mut head = common::name(&cf.kind);
            let flags: Vec<&str> = [(cf.immediate, "immediate"), (cf.humanitarian, "humanitarian")]
                .into_iter()
                .filter_map(|(on, f)| on.then_some(f))
                .collect();
            if !flags.is_empty() {
                head.push_str(&format!(" [{}]", flags.join(", ")));
            }
            if let Some(n) = cf.ordinal {
                head.push_str(&format!(" (no. {n})"));
            }
            head.push_str(&format!("  ({})", article.file));
            let who = [("initiators", &cf.initiators), ("parties", &cf.parties), ("mediators", &cf.mediators)]
                .into_iter()
                .map(|(label, ids)| {
                    let names = common::actor_names(report, ids);
                    format!("{label}: {}", if names.is_empty() { "—" } else { &names })
                })
                .collect::<Vec<_>>()
                .join("   ");
            entries
                .push(Entry { when: when(report, cf), lines: [head, who, common::evidence(&article.text, cf.span)] });
        }
        Ok(())
    });
    // Stable sort: same-day items keep input order; undated items go last.
    entries.sort_by_key(|e| (e.when.is_none(), e.when.map(|(d, _)| d)));

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = (|| -> std::io::Result<()> {
        for e in &entries {
            match e.when {
                Some((d, from)) => write!(out, "{d} {from:<10}")?,
                None => write!(out, "{:<21}", "undated")?,
            }
            writeln!(out, " {}", e.lines[0])?;
            writeln!(out, "    {}", e.lines[1])?;
            writeln!(out, "    {}", e.lines[2])?;
        }
        out.flush()
    })();
    match written {
        Ok(()) => code,
        Err(e) => common::write_failed("ceasefire_timeline", &e),
    }
}

/// The day that dates `cf`: effective, else said, else published.
fn when(report: &Report, cf: &Ceasefire) -> Option<(NaiveDate, &'static str)> {
    if let Some(d) = cf.effective {
        return Some((d, "effective"));
    }
    let said = report
        .statements
        .iter()
        .filter(|st| st.span.start <= cf.span.start && cf.span.end <= st.span.end)
        .find_map(|st| st.date);
    if let Some(d) = said {
        return Some((d, "said"));
    }
    report.source.published.map(|d| (d, "published"))
}
