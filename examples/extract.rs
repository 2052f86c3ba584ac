//! Extract a report from each article and print JSON Lines.
//!
//! ```text
//! cargo run --release --example extract -- [--date YYYY-MM-DD] [--pretty] FILE...
//! ```
//!
//! With no file, reads one article from standard input. Each file prints one
//! line `{"file": …, "report": …}`. A file that cannot be read, is not UTF-8,
//! is empty or is not Arabic prints one line on stderr naming it and the
//! reason; the other files are still processed, and the exit code is 1.

use std::io::{Read, Write};
use std::process::ExitCode;

use chrono::NaiveDate;
use rasad::Parser;

fn usage() -> ExitCode {
    eprintln!("usage: extract [--date YYYY-MM-DD] [--pretty] [FILE...]   (stdin when no FILE)");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut parser = Parser::new();
    let mut pretty = false;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--date" => match args.next().map(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d")) {
                Some(Ok(d)) => parser = parser.reference_date(d),
                _ => return usage(),
            },
            "--pretty" => pretty = true,
            "-h" | "--help" => return usage(),
            _ => files.push(a),
        }
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    let mut emit = |name: &str, bytes: std::io::Result<Vec<u8>>| -> bool {
        let bytes = match bytes {
            Ok(b) => b,
            Err(e) => {
                eprintln!("extract: {name}: cannot read: {e}");
                return false;
            }
        };
        match parser.parse_bytes(&bytes) {
            Ok(report) => {
                let line = serde_json::json!({ "file": name, "report": report });
                let s = if pretty { serde_json::to_string_pretty(&line) } else { serde_json::to_string(&line) };
                let _ = writeln!(out, "{}", s.expect("a report serializes"));
                true
            }
            Err(e) => {
                eprintln!("extract: {name}: {e}");
                false
            }
        }
    };
    if files.is_empty() {
        let mut buf = Vec::new();
        let r = std::io::stdin().read_to_end(&mut buf).map(|_| buf);
        failed |= !emit("-", r);
    } else {
        for f in &files {
            failed |= !emit(f, std::fs::read(f));
        }
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
