//! `mit-overblik-scan`: the preview's safety net for many responses at once. Reads saved
//! overview responses (folders of `.json` files, NDJSON files or standard input) as a stream,
//! scans them on every core with the preview's rules and the municipality's watch words, and
//! reports what it found: a summary, CSV, HTML.
//!
//! Here the command line: its commands, the setup of a scan (watch words, the day, the
//! outputs) and its reports once it is done. The scan itself runs in `pipeline`.

mod cli;
mod counts;
mod input;
mod kind;
mod pipeline;
mod report;
mod scan;
mod words;

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use mit_overblik::i18n::Lang;
use mit_overblik::rules::today::in_denmark;
use mit_overblik::rules::watch::WatchList;

use cli::{Args, Command};
use counts::Counts;
use kind::ScanKind;
use pipeline::pipeline;
use report::csv::Csv;
use scan::Setup;

// The scan allocates and frees many small strings on every core; mimalloc's per-thread heaps
// spare the threads one shared heap. On one core it measured within the noise of the
// system's allocator (docs/benchmarks.md, "The scanning command: throughput and memory").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match cli::parse(std::env::args().skip(1)) {
        Ok(Command::Help) => {
            println!("{}", cli::USAGE);
            ExitCode::SUCCESS
        }
        Ok(Command::Kinds) => {
            for kind in ScanKind::all() {
                println!("{}\t{}", kind.key(), kind.label(Lang::Da));
            }
            ExitCode::SUCCESS
        }
        Ok(Command::Scan(args)) => match run(&args) {
            Ok(failed) => ExitCode::from(u8::from(failed)),
            Err(message) => {
                eprintln!("mit-overblik-scan: {message}");
                ExitCode::from(2)
            }
        },
        Err(message) => {
            eprintln!("mit-overblik-scan: {message}\n\n{}", cli::USAGE);
            ExitCode::from(2)
        }
    }
}

/// Scans; `true` when a `--fail-on` kind was found.
fn run(args: &Args) -> Result<bool, String> {
    let started = Instant::now();
    let w = words::words(args.lang);
    let watch = match &args.watch {
        Some(path) => {
            let text =
                std::fs::read_to_string(path).map_err(|e| format!("{} ({}): {e}", path.display(), w.watch_words))?;
            let (list, unusable) = WatchList::parse(&text);
            for line in unusable {
                eprintln!("mit-overblik-scan: {}", w.unusable_watch_line.replace("{line}", &line.line.to_string()));
            }
            list
        }
        None => WatchList::default(),
    };
    let today = match args.today {
        Some(day) => day,
        None => {
            let now = SystemTime::now().duration_since(UNIX_EPOCH).map_err(|e| e.to_string())?;
            in_denmark(now.as_millis() as f64).ok_or("the clock is outside the calendar")?
        }
    };
    let setup = Setup { lang: args.lang, today, watch };
    let mut csv = match &args.csv {
        Some(path) => Some(Csv::new(output(path)?, args.lang).map_err(|e| e.to_string())?),
        None => None,
    };
    let mut counts = Counts::new(args.examples);
    let mut failed = false;
    let fails = |kind: ScanKind| args.fail_on.as_ref().is_some_and(|kinds| kinds.is_empty() || kinds.contains(&kind));
    let mut written: io::Result<()> = Ok(());

    pipeline(args, &setup, &mut |source, bytes, scanned| {
        counts.add(&source, bytes, &scanned);
        for row in &scanned.rows {
            failed |= fails(row.kind);
            if let (Some(csv), Ok(())) = (csv.as_mut(), &written) {
                written = csv.row(row);
            }
        }
    });
    written.map_err(|e| format!("CSV: {e}"))?;
    if let Some(csv) = csv {
        csv.finish().map_err(|e| format!("CSV: {e}"))?;
    }
    if let Some(path) = &args.html {
        output(path)
            .and_then(|mut out| {
                out.write_all(report::html::html(&counts, args.lang).as_bytes())
                    .and_then(|()| out.flush())
                    .map_err(|e| e.to_string())
            })
            .map_err(|e| format!("HTML: {e}"))?;
    }
    let summary = report::summary::summary(&counts, args.lang, started.elapsed());
    // The CSV may be on standard output; the summary then goes beside it.
    if args.csv.as_deref() == Some(Path::new("-")) || args.html.as_deref() == Some(Path::new("-")) {
        eprint!("{summary}");
    } else {
        print!("{summary}");
    }
    Ok(failed)
}

fn output(path: &Path) -> Result<BufWriter<Box<dyn Write>>, String> {
    let out: Box<dyn Write> = if path == Path::new("-") {
        Box::new(io::stdout().lock())
    } else {
        Box::new(File::create(path).map_err(|e| format!("{}: {e}", path.display()))?)
    };
    Ok(BufWriter::with_capacity(1 << 16, out))
}
