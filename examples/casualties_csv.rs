//! One CSV row per casualty figure over many articles, ready for pandas or R.
//!
//! ```text
//! cargo run --release --example casualties_csv -- [--date YYYY-MM-DD] PATH... > casualties.csv
//! ```
//!
//! Each PATH is a file or a directory (every `.txt` below it, sorted); with
//! no PATH, one article is read from standard input. The output is UTF-8
//! CSV as RFC 4180 writes it: a header row, records ending in CRLF, and a
//! field quoted when it holds a comma, a double quote, CR or LF, with inner
//! quotes doubled. Columns:
//!
//! | column | what |
//! |---|---|
//! | `file` | the article's path |
//! | `published` | its publication date (`YYYY-MM-DD`), if printed |
//! | `outlet` | its publisher, if named |
//! | `outcome` | `killed`, `wounded`, `killed_or_wounded`, `missing`, `captured` |
//! | `value` | the number (lower bound of a range); empty when no number is given |
//! | `qualifier` | `exact`, `at_least`, `at_most`, `approximate`, `range` |
//! | `upper` | the upper bound of a range |
//! | `victims` | `civilians`, `military`, `fighters`, `children`, `women`, `people` |
//! | `side` | actor id of the victims' side |
//! | `cumulative` | `true` for a running total, `false` for one incident |
//! | `reported_by` | actor id of who gives the figure |
//! | `date` | the day of the incident or report |
//! | `evidence` | the sentence that states it, on one line |
//!
//! ```python
//! import pandas as pd
//! df = pd.read_csv("casualties.csv", parse_dates=["published", "date"])
//! df[(df.outcome == "killed") & ~df.cumulative].groupby("victims").value.sum()
//! ```
//!
//! A file that cannot be read, is not UTF-8, is empty or is not Arabic prints
//! one line `casualties_csv: <path>: <reason>` on stderr; the other files are
//! still processed, and the exit code is 1.

mod common;

use std::io::Write;
use std::process::ExitCode;

const HEADER: [&str; 13] = [
    "file",
    "published",
    "outlet",
    "outcome",
    "value",
    "qualifier",
    "upper",
    "victims",
    "side",
    "cumulative",
    "reported_by",
    "date",
    "evidence",
];

fn main() -> ExitCode {
    let (parser, paths) = match common::args("casualties_csv [--date YYYY-MM-DD] [PATH...]") {
        Ok(a) => a,
        Err(code) => return code,
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if let Err(e) = write_record(&mut out, HEADER) {
        return common::write_failed("casualties_csv", &e);
    }
    common::run("casualties_csv", &parser, &paths, |article| {
        let src = &article.report.source;
        let published = src.published.map(|d| d.to_string()).unwrap_or_default();
        let outlet = src.outlet.clone().unwrap_or_default();
        for c in &article.report.casualties {
            let count = c.count.as_ref();
            write_record(
                &mut out,
                [
                    article.file.clone(),
                    published.clone(),
                    outlet.clone(),
                    common::name(&c.outcome),
                    count.map(|n| n.value.to_string()).unwrap_or_default(),
                    count.map(|n| common::name(&n.qualifier)).unwrap_or_default(),
                    count.and_then(|n| n.upper).map(|u| u.to_string()).unwrap_or_default(),
                    common::name(&c.victims),
                    c.side.clone().unwrap_or_default(),
                    c.cumulative.to_string(),
                    c.reported_by.clone().unwrap_or_default(),
                    c.date.map(|d| d.to_string()).unwrap_or_default(),
                    common::evidence(&article.text, c.span),
                ],
            )?;
        }
        out.flush()
    })
}

/// Write one CSV record (RFC 4180): fields joined by commas, CRLF at the end.
fn write_record<S: AsRef<str>>(out: &mut impl Write, fields: impl IntoIterator<Item = S>) -> std::io::Result<()> {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        write_field(out, field.as_ref())?;
    }
    out.write_all(b"\r\n")
}

/// One field: as is, or in double quotes with inner quotes doubled when it
/// holds a comma, a quote, CR or LF (RFC 4180, section 2). A field with
/// leading or trailing spaces is quoted too, so no reader trims it.
fn write_field(out: &mut impl Write, field: &str) -> std::io::Result<()> {
    let needs_quotes = field.contains([',', '"', '\r', '\n']) || field.trim() != field;
    if !needs_quotes {
        return out.write_all(field.as_bytes());
    }
    out.write_all(b"\"")?;
    out.write_all(field.replace('"', "\"\"").as_bytes())?;
    out.write_all(b"\"")
}
