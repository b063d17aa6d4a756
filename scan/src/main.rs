//! `mit-overblik-scan`: the preview's safety net for many responses at once. Reads saved
//! overview responses (folders of `.json` files, NDJSON files or standard input) as a stream,
//! scans them on every core with the preview's rules and the municipality's watch words, and
//! reports what it found: a summary, CSV, HTML.
//!
//! The reader, the workers and the reporting run side by side with bounded queues and a
//! bound on the response bytes held, so memory does not grow with the input; results are
//! reported in the input's order.

mod cli;
mod input;
mod kind;
mod report;
mod scan;
mod tally;
mod words;

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::mpsc::sync_channel;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use mit_overblik::i18n::Lang;
use mit_overblik::rules::today::in_denmark;
use mit_overblik::rules::watch::WatchList;

use cli::{Args, Command};

// The scan allocates and frees many small strings on every core; mimalloc's per-thread heaps
// do that about a third faster than the system's allocator (docs/benchmarks.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use kind::Kind;
use report::csv::Csv;
use scan::{Scanned, Setup};
use tally::Tally;

fn main() -> ExitCode {
    match cli::parse(std::env::args().skip(1)) {
        Ok(Command::Help) => {
            println!("{}", cli::USAGE);
            ExitCode::SUCCESS
        }
        Ok(Command::Kinds) => {
            for kind in Kind::all() {
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

/// Response bytes held at once, read but not yet scanned (one larger response still goes).
const BYTES_IN_FLIGHT: usize = 32 << 20;

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
    let mut tally = Tally::new(args.examples);
    let mut failed = false;
    let fails = |kind: Kind| args.fail_on.as_ref().is_some_and(|kinds| kinds.is_empty() || kinds.contains(&kind));
    let mut written: io::Result<()> = Ok(());

    pipeline(args, &setup, &mut |source, bytes, scanned| {
        tally.add(&source, bytes, &scanned);
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
                out.write_all(report::html::html(&tally, args.lang).as_bytes())
                    .and_then(|()| out.flush())
                    .map_err(|e| e.to_string())
            })
            .map_err(|e| format!("HTML: {e}"))?;
    }
    let summary = report::summary::summary(&tally, args.lang, started.elapsed());
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

/// Units travel in batches of about this many bytes: a thread hand-off per small response
/// would cost more than scanning it.
const BATCH_BYTES: usize = 1 << 20;
const BATCH_UNITS: usize = 512;

/// Reads, scans on `--jobs` threads, and hands each unit's result to `report` in the input's
/// order.
fn pipeline(args: &Args, setup: &Setup, report: &mut dyn FnMut(Arc<str>, usize, Scanned)) {
    let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from));
    let budget = Budget::new(BYTES_IN_FLIGHT);
    let (work, queue) = sync_channel::<(u64, Vec<input::Unit>, usize)>(jobs * 2);
    let queue = Mutex::new(queue);
    let (done, results) = sync_channel::<(u64, Vec<(Arc<str>, usize, Scanned)>)>(jobs * 2);
    std::thread::scope(|s| {
        s.spawn(|| {
            let mut seq = 0;
            let mut batch = Vec::new();
            let mut batch_bytes = 0;
            let mut send = |batch: &mut Vec<input::Unit>, bytes: &mut usize| {
                budget.take(*bytes);
                if work.send((seq, std::mem::take(batch), *bytes)).is_ok() {
                    seq += 1;
                }
                *bytes = 0;
            };
            input::read(&args.inputs, &mut |unit| {
                batch_bytes += unit.body.as_ref().map_or(0, String::len);
                batch.push(unit);
                if batch_bytes >= BATCH_BYTES || batch.len() >= BATCH_UNITS {
                    send(&mut batch, &mut batch_bytes);
                }
            });
            if !batch.is_empty() {
                send(&mut batch, &mut batch_bytes);
            }
            drop(work);
        });
        for _ in 0..jobs {
            let done = done.clone();
            let (queue, budget) = (&queue, &budget);
            s.spawn(move || loop {
                let job = queue.lock().map(|q| q.recv());
                let Ok(Ok((seq, units, bytes))) = job else { return };
                let scanned = units
                    .into_iter()
                    .map(|unit| {
                        let (source, size) = (unit.source.clone(), unit.body.as_ref().map_or(0, String::len));
                        (source, size, scan::scan(unit, setup))
                    })
                    .collect();
                budget.give(bytes);
                if done.send((seq, scanned)).is_err() {
                    return;
                }
            });
        }
        drop(done);
        // In the input's order: a batch waits for those before it.
        let mut next = 0;
        let mut waiting = BTreeMap::new();
        for (seq, scanned) in results {
            waiting.insert(seq, scanned);
            while let Some(batch) = waiting.remove(&next) {
                for (source, bytes, scanned) in batch {
                    report(source, bytes, scanned);
                }
                next += 1;
            }
        }
    });
}

/// A bound on the bytes read and not yet scanned.
struct Budget {
    used: Mutex<usize>,
    freed: Condvar,
    limit: usize,
}

impl Budget {
    fn new(limit: usize) -> Self {
        Self { used: Mutex::new(0), freed: Condvar::new(), limit }
    }

    /// Waits until `bytes` more fit (or nothing is held: one larger response goes alone).
    fn take(&self, bytes: usize) {
        let Ok(mut used) = self.used.lock() else { return };
        while *used > 0 && *used + bytes > self.limit {
            match self.freed.wait(used) {
                Ok(guard) => used = guard,
                Err(_) => return,
            }
        }
        *used += bytes;
    }

    fn give(&self, bytes: usize) {
        if let Ok(mut used) = self.used.lock() {
            *used = used.saturating_sub(bytes);
        }
        self.freed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::Budget;
    use std::sync::mpsc::channel;
    use std::time::Duration;

    #[test]
    fn the_budget_holds_the_reader_until_bytes_are_given_back_but_lets_one_large_unit_go_alone() {
        let budget = Budget::new(10);
        budget.take(6);
        let (done, taken) = channel();
        std::thread::scope(|s| {
            s.spawn(|| {
                budget.take(6);
                let _ = done.send(());
            });
            assert!(taken.recv_timeout(Duration::from_millis(200)).is_err(), "6 + 6 is over 10: it waits");
            budget.give(6);
            assert!(taken.recv_timeout(Duration::from_secs(5)).is_ok(), "given back: it goes");
        });
        budget.give(6);
        // Nothing held: a unit larger than the whole budget still goes.
        budget.take(50);
        budget.give(50);
        budget.take(4);
        budget.take(6);
    }
}
