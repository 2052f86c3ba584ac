//! Extract a report from each article and print JSON Lines.
//!
//! ```text
//! cargo run --release --example extract -- [--date YYYY-MM-DD] [--pretty] [--jobs N] PATH...
//! ```
//!
//! Each PATH is a file or a directory; a directory stands for every `.txt`
//! file below it, recursively, in sorted order. With no PATH, reads one
//! article from standard input. Each article prints one line
//! `{"file": …, "report": …}`, in the order the inputs were given, whatever
//! `--jobs` is (default: one worker per core). A file that cannot be read, is
//! not UTF-8, is empty or is not Arabic prints one line
//! `extract: <path>: <reason>` on stderr; the other files are still
//! processed, and the exit code is 1.

use std::io::{Read, Write};
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, PoisonError, mpsc};

use chrono::NaiveDate;
use rasad::Parser;

mod common;
use common::{Input, expand};

/// How far, in files per worker, the workers may run ahead of the output:
/// enough to keep every core busy across uneven file sizes, small enough
/// that a corpus never sits in memory whole.
const FILES_PER_WORKER: usize = 8;

fn usage() -> ExitCode {
    eprintln!(
        "usage: extract [--date YYYY-MM-DD] [--pretty] [--jobs N] [PATH...]\n\
         PATH: a file, or a directory (every .txt below it); stdin when no PATH"
    );
    ExitCode::from(2)
}

/// One output line for `--pretty`; a struct rather than `json!` so the
/// report's fields keep the order of `spec/REPORT.md`. The compact line is
/// the same JSON written by hand (see `compact_line`).
#[derive(serde::Serialize)]
struct Line<'a> {
    file: &'a str,
    report: &'a rasad::Report,
}

/// `{"file":…,"report":…}` and a newline into `line` (cleared first), the
/// bytes serde_json writes for a [`Line`], with the report written by
/// [`rasad::Report::write_json`]. `size_hint` is the article's size: the
/// line is about twice that, so reserving it up front writes the line with
/// no reallocation (a recycled buffer usually has the room already).
fn compact_line(
    line: &mut String,
    name: &str,
    report: &rasad::Report,
    size_hint: usize,
) -> Result<(), serde_json::Error> {
    let file = serde_json::to_string(name)?;
    line.clear();
    line.reserve(2 * size_hint + file.len() + 64);
    line.push_str("{\"file\":");
    line.push_str(&file);
    line.push_str(",\"report\":");
    report.write_json(line);
    line.push_str("}\n");
    Ok(())
}

/// What one input gives: its output line (newline included), or the reason
/// it gave none.
type Outcome = Result<String, String>;

/// How many printed lines wait in [`Recycled`] for reuse: one per worker
/// and a few more, so no line buffer is allocated in the steady state.
const RECYCLED_LINES: usize = 64;

/// A buffer that grew past this for one huge article is freed rather than
/// kept for the next.
const KEPT_CAPACITY: usize = 16 << 20;

/// Line buffers the output has printed, handed back to the workers: a line
/// is about twice its article, and allocating and freeing one per article
/// cost more than the writing of its first bytes.
struct Recycled(Mutex<Vec<String>>);

impl Recycled {
    fn take(&self) -> String {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).pop().unwrap_or_default()
    }

    fn give(&self, line: String) {
        let mut lines = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if lines.len() < RECYCLED_LINES && line.capacity() <= KEPT_CAPACITY {
            lines.push(line);
        }
    }
}

thread_local! {
    /// Each worker reads every file into the same buffer, not a fresh one.
    static READ_BUF: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Read the file at `path` into `buf` (cleared first): `std::fs::read`
/// without a new allocation per file.
fn read_into(path: &std::path::Path, buf: &mut Vec<u8>) -> std::io::Result<()> {
    if buf.capacity() > KEPT_CAPACITY {
        *buf = Vec::new();
    }
    buf.clear();
    std::fs::File::open(path)?.read_to_end(buf).map(|_| ())
}

fn main() -> ExitCode {
    let mut parser = Parser::new();
    let mut pretty = false;
    let mut jobs = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
    let mut paths = Vec::new();
    let mut args = std::env::args_os().skip(1);
    while let Some(a) = args.next() {
        match a.to_str() {
            Some("--date") => match args.next().and_then(|d| NaiveDate::parse_from_str(d.to_str()?, "%Y-%m-%d").ok()) {
                Some(d) => parser = parser.reference_date(d),
                None => return usage(),
            },
            Some("--jobs" | "-j") => match args.next().and_then(|n| n.to_str()?.parse::<usize>().ok()) {
                Some(n) if n > 0 => jobs = n,
                _ => return usage(),
            },
            Some("--pretty") => pretty = true,
            Some("-h" | "--help") => return usage(),
            _ => paths.push(PathBuf::from(a)),
        }
    }

    let recycled = Recycled(Mutex::new(Vec::new()));
    let render = |name: &str, bytes: std::io::Result<&[u8]>| -> Outcome {
        let bytes = bytes.map_err(|e| format!("cannot read: {e}"))?;
        let report = parser.parse_bytes(bytes).map_err(|e| e.to_string())?;
        let s = if pretty {
            serde_json::to_string_pretty(&Line { file: name, report: &report }).map(|s| s + "\n")
        } else {
            let mut line = recycled.take();
            compact_line(&mut line, name, &report, bytes.len()).map(|()| line)
        };
        s.map_err(|e| format!("cannot serialize the report: {e}"))
    };
    let from_stdin = || {
        let mut buf = Vec::new();
        match std::io::stdin().read_to_end(&mut buf) {
            Ok(_) => render("-", Ok(&buf)),
            Err(e) => render("-", Err(e)),
        }
    };

    // Not a `BufWriter`: a line is larger than stdout's own buffer, so
    // stdout writes it straight out, where a `BufWriter` would copy it first
    // (more instructions than the write calls it saves).
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if paths.is_empty() {
        let r = emit(&mut out, "-", from_stdin(), &recycled);
        return match r {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::FAILURE,
            Err(e) => write_failed(e),
        };
    }

    let mut inputs = Vec::new();
    for p in &paths {
        expand(p, &mut inputs);
    }

    let mut failed = false;
    let mut write_error = None;
    let work = |input: &Input| match input {
        Input::File(f) => READ_BUF.with_borrow_mut(|buf| {
            let r = read_into(f, buf);
            render(&f.to_string_lossy(), r.map(|()| buf.as_slice()))
        }),
        Input::Bad(_, reason) => Err(reason.clone()),
        Input::Stdin => from_stdin(),
    };
    run_ordered(&inputs, jobs, work, |i, r| {
        let name = match &inputs[i] {
            Input::File(p) | Input::Bad(p, _) => p.to_string_lossy(),
            Input::Stdin => "-".into(),
        };
        match emit(&mut out, &name, r, &recycled) {
            Ok(ok) => {
                failed |= !ok;
                true
            }
            Err(e) => {
                write_error = Some(e);
                false
            }
        }
    });
    if let Some(e) = write_error {
        return write_failed(e);
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

/// Print one outcome; `Ok(false)` when it was an error line. A printed
/// line's buffer goes back to `recycled`.
fn emit(out: &mut impl Write, name: &str, r: Outcome, recycled: &Recycled) -> std::io::Result<bool> {
    match r {
        Ok(s) => {
            out.write_all(s.as_bytes())?;
            recycled.give(s);
            Ok(true)
        }
        Err(reason) => {
            eprintln!("extract: {name}: {reason}");
            Ok(false)
        }
    }
}

fn write_failed(e: std::io::Error) -> ExitCode {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return ExitCode::SUCCESS; // `extract … | head` is fine
    }
    eprintln!("extract: cannot write output: {e}");
    ExitCode::FAILURE
}

/// `work` applied to every item on up to `jobs` threads, each result handed
/// to `sink` in input order as soon as it and all before it are done. `sink`
/// returns `false` to stop early (the output was closed).
///
/// The workers live for the whole run (no barrier between batches), and none
/// runs more than `jobs * FILES_PER_WORKER` items ahead of the last one
/// printed, so memory stays bounded by a few articles whatever the corpus.
fn run_ordered<T: Sync, R: Send>(
    items: &[T],
    jobs: usize,
    work: impl Fn(&T) -> R + Sync,
    mut sink: impl FnMut(usize, R) -> bool,
) {
    if jobs <= 1 || items.len() <= 1 {
        for (i, item) in items.iter().enumerate() {
            if !sink(i, work(item)) {
                return;
            }
        }
        return;
    }
    let window = jobs * FILES_PER_WORKER;
    let next = AtomicUsize::new(0);
    // how many results the sink has taken, and whether to stop
    let progress = Mutex::new((0usize, false));
    let moved = Condvar::new();
    let (tx, rx) = mpsc::channel::<(usize, R)>();
    std::thread::scope(|s| {
        for _ in 0..jobs.min(items.len()) {
            let tx = tx.clone();
            let (next, progress, moved, work) = (&next, &progress, &moved, &work);
            s.spawn(move || {
                // a panicking worker stops the others, so the panic reaches the caller
                let _bail = Bail(progress, moved);
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= items.len() {
                        break;
                    }
                    let mut p = progress.lock().unwrap_or_else(PoisonError::into_inner);
                    while !p.1 && i >= p.0 + window {
                        p = moved.wait(p).unwrap_or_else(PoisonError::into_inner);
                    }
                    if p.1 {
                        break;
                    }
                    drop(p);
                    if tx.send((i, work(&items[i]))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        // results that came early wait in a ring indexed by position
        let mut ready: Vec<Option<R>> = (0..window).map(|_| None).collect();
        let mut taken = 0;
        let mut stop = false;
        while taken < items.len() && !stop {
            let Ok((i, r)) = rx.recv() else { break };
            ready[i % window] = Some(r);
            while let Some(r) = ready[taken % window].take() {
                if !sink(taken, r) {
                    stop = true;
                    break;
                }
                taken += 1;
            }
            let mut p = progress.lock().unwrap_or_else(PoisonError::into_inner);
            *p = (taken, p.1 || stop);
            moved.notify_all();
        }
        if stop {
            drop(rx);
        }
    });
}

/// Tells the other workers to stop when a worker unwinds.
struct Bail<'a>(&'a Mutex<(usize, bool)>, &'a Condvar);

impl Drop for Bail<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.lock().unwrap_or_else(PoisonError::into_inner).1 = true;
            self.1.notify_all();
        }
    }
}
