//! The summary on the terminal: what was read and what was found, by kind.

use std::fmt::Write;
use std::time::Duration;

use mit_overblik::i18n::Lang;

use crate::tally::Tally;
use crate::words::words;

pub fn summary(tally: &Tally, lang: Lang, took: Duration) -> String {
    let w = words(lang);
    let mb = tally.bytes as f64 / 1e6;
    let seconds = took.as_secs_f64().max(1e-9);
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}", w.files, tally.files);
    let _ = writeln!(out, "{}: {}", w.responses, tally.responses);
    let _ = writeln!(out, "{}: {}", w.items, tally.items);
    let _ = writeln!(out, "{}: {mb:.1} MB, {seconds:.2} s ({:.1} MB/s)", w.read, mb / seconds);
    let _ = writeln!(out, "{}: {}", w.findings, tally.findings());
    for (kind, count) in &tally.by_kind {
        let _ = writeln!(out, "  {count:>8}  {} ({})", kind.label(lang), kind.key());
    }
    out
}
