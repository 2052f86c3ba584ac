//! What rasad's number and date readers make of an expression.
//!
//! ```text
//! cargo run --example readers -- [--date YYYY-MM-DD] EXPRESSION...
//! printf '%s\n' "عشرات القتلى" "أمس" | cargo run --example readers -- --date 2020-09-29
//! ```
//!
//! Each EXPRESSION (or, with none, each non-empty line of standard input) is
//! given to
//!
//! - [`rasad::numbers::parse`]: the whole expression as one count;
//! - [`rasad::numbers::find`]: every count inside it, with its text;
//! - [`rasad::numbers::ordinal`]: the whole expression as an ordinal word;
//! - [`rasad::dates::parse`]: the whole expression as one day;
//! - [`rasad::dates::find`]: every day inside it, with its text;
//!
//! and what each reads is printed, `-` for nothing. `--date` sets the
//! reference date that relative words (`أمس`, `الثلاثاء`) and dates without
//! a year resolve against; without it they read as nothing, because rasad
//! never looks at the clock.
//!
//! ```text
//! ٢١ جنديا
//!   numbers::parse    -
//!   numbers::find     «٢١» 21 exact
//!   numbers::ordinal  -
//!   dates::parse      -
//!   dates::find       -
//! ```
//!
//! Each expression's block ends with an empty line.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use chrono::NaiveDate;
use rasad::{Count, Qualifier};

fn main() -> ExitCode {
    let mut reference = None;
    let mut exprs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--date" => match args.next().and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()) {
                Some(d) => reference = Some(d),
                None => return usage(),
            },
            "-h" | "--help" => return usage(),
            _ => exprs.push(a),
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = if exprs.is_empty() {
        std::io::stdin().lock().lines().try_for_each(|line| {
            let line = line?;
            if line.trim().is_empty() { Ok(()) } else { show(&mut out, &line, reference) }
        })
    } else {
        exprs.iter().try_for_each(|e| show(&mut out, e, reference))
    };
    match result.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("readers: {e}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("usage: readers [--date YYYY-MM-DD] [EXPRESSION...]\nwith no EXPRESSION, reads one per line from stdin");
    ExitCode::from(2)
}

/// Print what every reader makes of `expr`.
fn show(out: &mut impl Write, expr: &str, reference: Option<NaiveDate>) -> std::io::Result<()> {
    use rasad::{dates, numbers};
    let none = || "-".to_string();
    writeln!(out, "{expr}")?;
    writeln!(out, "  numbers::parse    {}", numbers::parse(expr).map_or_else(none, |c| count(&c)))?;
    let found: Vec<String> = numbers::find(expr)
        .iter()
        .map(|m| format!("«{}» {}", m.span.text(expr).unwrap_or("?"), count(&m.count)))
        .collect();
    writeln!(out, "  numbers::find     {}", if found.is_empty() { none() } else { found.join("; ") })?;
    writeln!(out, "  numbers::ordinal  {}", numbers::ordinal(expr).map_or_else(none, |n| n.to_string()))?;
    writeln!(out, "  dates::parse      {}", dates::parse(expr, reference).map_or_else(none, |d| d.to_string()))?;
    let found: Vec<String> = dates::find(expr, reference)
        .iter()
        .map(|m| format!("«{}» {}", m.span.text(expr).unwrap_or("?"), m.date))
        .collect();
    writeln!(out, "  dates::find       {}", if found.is_empty() { none() } else { found.join("; ") })?;
    writeln!(out)
}

/// `21 exact`, `20 at_least`, `10-15 range`.
fn count(c: &Count) -> String {
    let q = match c.qualifier {
        Qualifier::Exact => "exact",
        Qualifier::AtLeast => "at_least",
        Qualifier::AtMost => "at_most",
        Qualifier::Approximate => "approximate",
        Qualifier::Range => "range",
    };
    match c.upper {
        Some(u) => format!("{}-{u} {q}", c.value),
        None => format!("{} {q}", c.value),
    }
}
