//! Throughput of `rasad::parse` and of its text stages, on the sample articles
//! in `../shared/seeds` (read at run time, never embedded; skipped when absent).
//!
//! ```text
//! cargo bench --bench parse                 # everything, a few minutes on 2 cores
//! cargo bench --bench parse -- corpus       # only the ≥10 MB corpus throughput
//! cargo bench --bench parse -- stage        # each stage alone, to locate a slowdown
//! cargo bench --bench parse -- scaling      # one article at 1×, 10×, 100×
//! ```

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput, black_box};

/// The corpus throughput bench parses at least this many bytes per iteration.
const CORPUS_BYTES: usize = 10 * 1000 * 1000;

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds")
}

/// `(file stem, text)` of every readable `.txt` seed, sorted by name.
fn load_articles(dir: &Path) -> Vec<(String, String)> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut paths: Vec<PathBuf> =
        entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            let stem = p.file_stem()?.to_string_lossy().into_owned();
            Some((stem, text))
        })
        .collect()
}

fn main() {
    let dir = seeds_dir();
    let articles = load_articles(&dir);
    if articles.is_empty() {
        eprintln!("note: no seed articles in {}; skipping the parse benches", dir.display());
        return;
    }
    // `cargo test --all-targets` runs this binary without `--bench` to check
    // it works; a one-pass corpus keeps that quick in debug builds.
    let benching = std::env::args().any(|a| a == "--bench");

    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();

    corpus(&mut c, &articles, if benching { CORPUS_BYTES } else { 1 });
    per_article(&mut c, &articles);
    stages(&mut c, &articles);
    scaling(&mut c, &articles);
    c.final_summary();
}

/// Whole-corpus throughput: the articles repeated until they reach `min_bytes`,
/// each parsed as its own input (as a pipeline would).
fn corpus(c: &mut Criterion, articles: &[(String, String)], min_bytes: usize) {
    let mut corpus: Vec<&str> = Vec::new();
    let mut bytes = 0;
    while bytes < min_bytes {
        for (_, text) in articles {
            corpus.push(text);
            bytes += text.len();
        }
    }
    eprintln!("corpus: {} articles, {bytes} bytes per iteration", corpus.len());
    let mut g = c.benchmark_group("corpus");
    g.sampling_mode(SamplingMode::Flat).throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("parse", |b| {
        b.iter(|| {
            for text in &corpus {
                let _ = black_box(rasad::parse(black_box(text)));
            }
        })
    });
    g.finish();
}

/// One `parse` call per article.
fn per_article(c: &mut Criterion, articles: &[(String, String)]) {
    let mut g = c.benchmark_group("article");
    for (name, text) in articles {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("parse", name), text.as_str(), |b, t| {
            b.iter(|| rasad::parse(black_box(t)))
        });
    }
    g.finish();
}

/// Every stage on its own, each over all articles joined (the text stages
/// and readers) or over each article (the extractors, which need the stages
/// before them: those run once, outside the timing), so a slowdown can be
/// located.
fn stages(c: &mut Criterion, articles: &[(String, String)]) {
    use rasad::__stages::{self as st, Staged};
    let all: String = articles.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n\n");
    let folded = rasad::text::fold(&all);
    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(all.len() as u64));
    g.bench_function("normalize", |b| b.iter(|| st::normalize(black_box(&all))));
    g.bench_function("segment", |b| b.iter(|| st::segment(black_box(&folded))));
    g.bench_function("numbers::find", |b| b.iter(|| rasad::numbers::find(black_box(&all))));
    g.bench_function("dates::find", |b| b.iter(|| rasad::dates::find(black_box(&all), None)));
    let staged: Vec<Staged> = articles.iter().map(|(_, t)| Staged::new(t)).collect();
    let bytes: usize = articles.iter().map(|(_, t)| t.len()).sum();
    g.throughput(Throughput::Bytes(bytes as u64));
    type Stage = for<'a, 'b> fn(&'a Staged<'b>) -> usize;
    let extractors: [(&str, Stage); 7] = [
        ("doc", |s| s.doc()),
        ("source", |s| s.source()),
        ("gazetteer", |s| s.gazetteer()),
        ("actors", |s| s.actors()),
        ("statements", |s| s.statements()),
        ("ceasefires", |s| s.ceasefires()),
        ("casualties", |s| s.casualties()),
    ];
    for (name, stage) in extractors {
        g.bench_function(name, |b| b.iter(|| staged.iter().map(|s| stage(black_box(s))).sum::<usize>()));
    }
    g.finish();
}

/// Linear scaling: the prose of the longest article (its lines of twelve
/// words or more) repeated 1, 10 and 100 times as a single input; the time
/// per byte should stay flat. Page furniture is left out because a page's
/// text after its footer is not read as article text, and each copy's lines
/// get the copy number, so none is set aside as a repeated page line: every
/// copy is read in full, which the bench checks before timing.
fn scaling(c: &mut Criterion, articles: &[(String, String)]) {
    let Some((_, base)) = articles.iter().max_by_key(|(_, t)| t.len()) else { return };
    let prose: Vec<&str> = base.lines().filter(|l| l.split_whitespace().count() >= 12).collect();
    let copies = |times: usize| {
        (0..times).map(|k| prose.iter().map(|l| format!("{l} ({k})\n\n")).collect::<String>()).collect::<String>()
    };
    let once = rasad::parse(&copies(1)).map_or(0, |r| r.statements.len());
    let mut g = c.benchmark_group("scaling");
    g.sampling_mode(SamplingMode::Flat);
    for times in [1, 10, 100] {
        let text = copies(times);
        let found = rasad::parse(&text).map_or(0, |r| r.statements.len());
        assert!(found >= times * once, "{times}x: {found} statements, want {}", times * once);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("parse", format!("{times}x")), text.as_str(), |b, t| {
            b.iter(|| rasad::parse(black_box(t)))
        });
    }
    g.finish();
}
