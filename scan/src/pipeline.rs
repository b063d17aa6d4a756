//! The reader, the workers and the reporting side by side: bounded queues and a bound on the
//! response bytes held, so memory does not grow with the input; results in the input's order.

use std::collections::BTreeMap;
use std::sync::mpsc::sync_channel;
use std::sync::{Arc, Condvar, Mutex};

use crate::cli::Args;
use crate::input;
use crate::scan::{self, Scanned, Setup};

/// Response bytes held at once, read but not yet scanned (one larger response still goes).
const BYTES_IN_FLIGHT: usize = 32 << 20;

/// Units travel in batches of about this many bytes: a thread hand-off per small response
/// would cost more than scanning it.
const BATCH_BYTES: usize = 1 << 20;
const BATCH_UNITS: usize = 512;

/// Reads, scans on `--jobs` threads, and hands each unit's result to `report` in the input's
/// order.
pub fn pipeline(args: &Args, setup: &Setup, report: &mut dyn FnMut(Arc<str>, usize, Scanned)) {
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
