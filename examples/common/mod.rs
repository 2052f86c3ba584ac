//! What the corpus examples share: arguments, walking files and
//! directories, reading and parsing each article, reporting bad files.
//!
//! Each example includes this file with `mod common;` (an example is its own
//! crate, so this is the simplest way to share code between examples).

// Not every example uses every helper.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use rasad::{Parser, Report};

/// One article read and parsed.
pub struct Article {
    /// The path as given (or `-` for standard input).
    pub file: String,
    /// The article's text: spans in `report` index into it.
    pub text: String,
    /// What rasad extracted.
    pub report: Report,
}

/// Read `[--date YYYY-MM-DD] [PATH...]`: the parser to use and the paths.
/// `Err` holds the exit code after printing `usage` (for `-h` or a bad
/// argument).
pub fn args(usage: &str) -> Result<(Parser, Vec<PathBuf>), ExitCode> {
    let mut parser = Parser::new();
    let mut paths = Vec::new();
    let mut args = std::env::args_os().skip(1);
    while let Some(a) = args.next() {
        match a.to_str() {
            Some("--date") => match args.next().and_then(|d| NaiveDate::parse_from_str(d.to_str()?, "%Y-%m-%d").ok()) {
                Some(d) => parser = parser.reference_date(d),
                None => return Err(bad_usage(usage)),
            },
            Some("-h" | "--help") => return Err(bad_usage(usage)),
            _ => paths.push(PathBuf::from(a)),
        }
    }
    Ok((parser, paths))
}

fn bad_usage(usage: &str) -> ExitCode {
    eprintln!("usage: {usage}\nPATH: a file, or a directory (every .txt below it, sorted); stdin when no PATH");
    ExitCode::from(2)
}

/// Parse every article the paths stand for, in order, and hand each to
/// `each`. A file that cannot be read, is not UTF-8, is empty or is not
/// Arabic prints `PROG: <path>: <reason>` on stderr and is skipped.
/// Returns the exit code: 0 when every input gave an article, 1 otherwise;
/// an output error other than a closed pipe also gives 1.
pub fn run(
    prog: &str,
    parser: &Parser,
    paths: &[PathBuf],
    mut each: impl FnMut(Article) -> std::io::Result<()>,
) -> ExitCode {
    let mut inputs = Vec::new();
    if paths.is_empty() {
        inputs.push(Input::Stdin);
    }
    for p in paths {
        expand(p, &mut inputs);
    }
    let mut failed = false;
    for input in inputs {
        let (name, bytes) = match input {
            Input::Stdin => {
                let mut buf = Vec::new();
                ("-".to_string(), std::io::stdin().read_to_end(&mut buf).map(|_| buf))
            }
            Input::File(p) => (p.to_string_lossy().into_owned(), std::fs::read(&p)),
            Input::Bad(p, reason) => {
                eprintln!("{prog}: {}: {reason}", p.to_string_lossy());
                failed = true;
                continue;
            }
        };
        let parsed = bytes.map_err(|e| format!("cannot read: {e}")).and_then(|b| {
            let report = parser.parse_bytes(&b).map_err(|e| e.to_string())?;
            // parse_bytes checked the bytes are UTF-8.
            let text = String::from_utf8(b).map_err(|e| e.to_string())?;
            Ok((text, report))
        });
        match parsed {
            Ok((text, report)) => {
                if let Err(e) = each(Article { file: name, text, report }) {
                    return write_failed(prog, &e);
                }
            }
            Err(reason) => {
                eprintln!("{prog}: {name}: {reason}");
                failed = true;
            }
        }
    }
    if let Err(e) = std::io::stdout().flush() {
        return write_failed(prog, &e);
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

/// A closed pipe (`… | head`) is a normal end; any other write error is not.
pub fn write_failed(prog: &str, e: &std::io::Error) -> ExitCode {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return ExitCode::SUCCESS;
    }
    eprintln!("{prog}: cannot write output: {e}");
    ExitCode::FAILURE
}

/// The serde name of an enum value (`Outcome::KilledOrWounded` →
/// `killed_or_wounded`): the same words as the JSON output.
pub fn name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::from("?"),
    }
}

/// The text of `span` in `text` on one line (newlines and tabs as spaces).
pub fn evidence(text: &str, span: rasad::Span) -> String {
    let s = span.text(text).unwrap_or("");
    s.split(['\r', '\n', '\t']).filter(|p| !p.trim().is_empty()).map(str::trim).collect::<Vec<_>>().join(" ")
}

/// Names of actor ids, `، `-separated; an id the report does not know (never
/// the case in a valid report) is printed as is.
pub fn actor_names(report: &Report, ids: &[String]) -> String {
    ids.iter().map(|id| report.actor(id).map_or(id.as_str(), |a| a.name.as_str())).collect::<Vec<_>>().join("، ")
}

/// One thing to read, in output order.
/// One input, in output order.
pub enum Input {
    /// Standard input.
    Stdin,
    /// A file to read and parse.
    File(PathBuf),
    /// A directory that gave no files, and why.
    Bad(PathBuf, String),
}

/// Push `p` (a file) or every `.txt` below it (a directory, sorted) onto
/// `inputs`, as `examples/extract.rs` does. A path that does not exist is
/// pushed as a file, so reading it reports the error in its place.
pub fn expand(p: &Path, inputs: &mut Vec<Input>) {
    if !p.is_dir() {
        inputs.push(Input::File(p.to_path_buf()));
        return;
    }
    let mut files = Vec::new();
    let mut stack = vec![p.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                inputs.push(Input::Bad(dir, format!("cannot list directory: {e}")));
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            // Symlinked directories are not followed: no cycles.
            let Ok(ty) = entry.file_type() else { continue };
            if ty.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") && (ty.is_file() || path.is_file()) {
                files.push(path);
            }
        }
    }
    if files.is_empty() {
        inputs.push(Input::Bad(p.to_path_buf(), "no .txt files in this directory".into()));
    }
    files.sort();
    inputs.extend(files.into_iter().map(Input::File));
}
