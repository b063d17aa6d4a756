//! The summary on the terminal: what was read and what was found, by kind.

use std::fmt::Write;
use std::time::Duration;

use mit_overblik::i18n::Lang;

use crate::counts::Counts;
use crate::words::words;

pub fn summary(counts: &Counts, lang: Lang, took: Duration) -> String {
    let w = words(lang);
    let mb = counts.bytes as f64 / 1e6;
    let seconds = took.as_secs_f64().max(1e-9);
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}", w.files, counts.files);
    let _ = writeln!(out, "{}: {}", w.responses, counts.responses);
    let _ = writeln!(out, "{}: {}", w.items, counts.items);
    let _ = writeln!(out, "{}: {mb:.1} MB, {seconds:.2} s ({:.1} MB/s)", w.read, mb / seconds);
    let _ = writeln!(out, "{}: {}", w.findings, counts.findings());
    for (kind, count) in &counts.by_kind {
        let _ = writeln!(out, "  {count:>8}  {} ({})", kind.label(lang), kind.key());
    }
    out
}
