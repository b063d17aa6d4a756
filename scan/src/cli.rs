//! The command line: what to read, what to write, what fails the run.

use std::path::PathBuf;

use chrono::NaiveDate;
use mit_overblik::i18n::Lang;

use crate::kind::ScanKind;

pub const USAGE: &str = "\
mit-overblik-scan: scans saved overview responses for what must not be shown

Usage: mit-overblik-scan [OPTIONS] INPUT...

INPUT is a folder (its .json files, one response each), a .json file (one response), any
other file (NDJSON: one response a line) or - (NDJSON on standard input).

Options:
  --watch FILE        watch words: one word or phrase a line, # for comments, a trailing *
                      for a prefix (misbrug*); matched in what each view shows
  --csv FILE          one row per finding (- for standard output)
  --html FILE         a self-contained report: counts by kind, authority and KLE emne, examples
  --examples N        examples per kind, authority and emne in the HTML report (default 5)
  --fail-on KIND,...  exit with 1 when any finding is of these kinds (or `any`)
  --lang da|en        the language of the views and the reports (default da)
  --today YYYY-MM-DD  the day the rules judge by (default: today in Denmark)
  --jobs N            worker threads (default: the machine's cores)
  --kinds             lists the finding kinds and exits
  -h, --help          this text

Exit status: 0 done, 1 a --fail-on kind was found, 2 wrong use or an unreadable list or output.";

/// What the command was asked to do.
#[derive(Debug, Clone, PartialEq)]
pub struct Args {
    pub inputs: Vec<PathBuf>,
    pub watch: Option<PathBuf>,
    pub csv: Option<PathBuf>,
    pub html: Option<PathBuf>,
    pub examples: usize,
    /// `None`: nothing fails the run; `Some(empty)`: any finding does.
    pub fail_on: Option<Vec<ScanKind>>,
    pub lang: Lang,
    pub today: Option<NaiveDate>,
    pub jobs: Option<usize>,
}

/// What the command line asks for: a scan, this help, or the list of kinds.
#[derive(Debug, PartialEq)]
pub enum Command {
    Scan(Args),
    Help,
    Kinds,
}

/// Reads the command line (without the program's name); a message on wrong use.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut out = Args {
        inputs: Vec::new(),
        watch: None,
        csv: None,
        html: None,
        examples: 5,
        fail_on: None,
        lang: Lang::Da,
        today: None,
        jobs: None,
    };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--kinds" => return Ok(Command::Kinds),
            "--watch" => out.watch = Some(value("--watch")?.into()),
            "--csv" => out.csv = Some(value("--csv")?.into()),
            "--html" => out.html = Some(value("--html")?.into()),
            "--examples" => out.examples = number(&value("--examples")?, "--examples")?,
            "--jobs" => out.jobs = Some(number(&value("--jobs")?, "--jobs")?.max(1)),
            "--fail-on" => out.fail_on = Some(kinds(&value("--fail-on")?)?),
            "--lang" => {
                out.lang = match value("--lang")?.as_str() {
                    "da" => Lang::Da,
                    "en" => Lang::En,
                    other => return Err(format!("--lang is da or en, not {other:?}")),
                }
            }
            "--today" => {
                let day = value("--today")?;
                out.today = Some(
                    NaiveDate::parse_from_str(&day, "%Y-%m-%d")
                        .map_err(|_| format!("--today is a day as YYYY-MM-DD, not {day:?}"))?,
                );
            }
            "-" => out.inputs.push(arg.into()),
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            _ => out.inputs.push(arg.into()),
        }
    }
    if out.inputs.is_empty() {
        return Err("no INPUT: give a folder, a file, or - for standard input".into());
    }
    Ok(Command::Scan(out))
}

fn number(text: &str, name: &str) -> Result<usize, String> {
    text.parse().map_err(|_| format!("{name} is a whole number, not {text:?}"))
}

/// `masked-cpr,watch-word` or `any` (every kind: an empty list).
fn kinds(text: &str) -> Result<Vec<ScanKind>, String> {
    if text.trim() == "any" {
        return Ok(Vec::new());
    }
    text.split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(|k| ScanKind::from_key(k).ok_or_else(|| format!("unknown finding kind {k:?} (see --kinds)")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use mit_overblik::rules::findings::FindingKind;

    fn parse_words(line: &str) -> Result<Command, String> {
        parse(line.split_whitespace().map(str::to_owned))
    }

    #[test]
    fn reads_every_option() {
        let Ok(Command::Scan(args)) = parse_words(
            "--watch w.txt --csv out.csv --html out.html --examples 3 --fail-on masked-cpr,watch-word \
             --lang en --today 2026-11-23 --jobs 4 a b.ndjson -",
        ) else {
            panic!("a scan");
        };
        assert_eq!(args.inputs, vec![PathBuf::from("a"), "b.ndjson".into(), "-".into()]);
        assert_eq!(args.watch, Some("w.txt".into()));
        assert_eq!(args.examples, 3);
        assert_eq!(
            args.fail_on,
            Some(vec![ScanKind::Rule(FindingKind::MaskedCpr), ScanKind::Rule(FindingKind::WatchWord)])
        );
        assert_eq!(args.lang, Lang::En);
        assert_eq!(args.today, NaiveDate::from_ymd_opt(2026, 11, 23));
        assert_eq!(args.jobs, Some(4));
    }

    #[test]
    fn wrong_use_is_told_not_guessed() {
        for (line, says) in [
            ("", "no INPUT"),
            ("--csv", "needs a value"),
            ("--fail-on nonsense a", "unknown finding kind"),
            ("--lang de a", "da or en"),
            ("--today 23-11-2026 a", "YYYY-MM-DD"),
            ("--examples many a", "whole number"),
            ("--frobnicate a", "unknown option"),
        ] {
            let error = parse_words(line).expect_err(line);
            assert!(error.contains(says), "{line}: {error}");
        }
        assert_eq!(parse_words("--help"), Ok(Command::Help));
        assert_eq!(
            parse_words("--fail-on any a").map(|c| matches!(c, Command::Scan(a) if a.fail_on == Some(vec![]))),
            Ok(true)
        );
    }
}
