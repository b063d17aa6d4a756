//! The corpus of bad and hostile responses (`tests/corpus/corpus.json`): each must give its
//! written outcome, decoded and presented, without a panic. What is looked for in what is
//! shown is looked for in the presented texts themselves.

mod support;

use mit_overblik::api::View;
use mit_overblik::api::{decode, DecodeError};
use mit_overblik::i18n::Lang;
use mit_overblik::present::{present, Context};
use serde::Deserialize;

#[derive(Deserialize)]
struct Entry {
    name: String,
    #[serde(default)]
    body: Option<serde_json::Value>,
    #[serde(default)]
    raw: Option<String>,
    expect: Expect,
}

#[derive(Deserialize, Default)]
struct Expect {
    error: Option<String>,
    cases: Option<usize>,
    benefits: Option<usize>,
    claims: Option<usize>,
    dropped: Option<usize>,
    #[serde(default)]
    findings: Vec<String>,
    #[serde(default)]
    absent: Vec<String>,
    #[serde(default)]
    present: Vec<String>,
}

fn error_name(e: &DecodeError) -> &'static str {
    match e {
        DecodeError::NotJson => "NotJson",
        DecodeError::Truncated => "Truncated",
        DecodeError::NotContract(_) => "NotContract",
        DecodeError::UnsupportedVersion(_) => "UnsupportedVersion",
    }
}

#[test]
fn every_bad_response_gives_its_outcome() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/corpus.json")).expect("corpus");
    let corpus: Vec<Entry> = serde_json::from_str(&text).expect("corpus is JSON");
    assert!(corpus.len() >= 60, "at least 60 bad responses");
    let context = Context { lang: Lang::Da, view: View::Citizen, today: support::fixtures_day() };
    let mut failures = Vec::new();
    for entry in &corpus {
        let body = entry.raw.clone().unwrap_or_else(|| entry.body.as_ref().map(|b| b.to_string()).unwrap_or_default());
        let e = &entry.expect;
        let mut fail = |why: String| failures.push(format!("{}: {why}", entry.name));
        match (decode(&body), &e.error) {
            (Err(got), Some(want)) if error_name(&got) == want => {}
            (Err(got), want) => fail(format!("error {got:?}, expected {want:?}")),
            (Ok(_), Some(want)) => fail(format!("decoded, expected error {want}")),
            (Ok(overview), None) => {
                let counts =
                    (overview.cases.len(), overview.benefits.len(), overview.claims.len(), overview.dropped.len());
                let want =
                    (e.cases.unwrap_or(1), e.benefits.unwrap_or(1), e.claims.unwrap_or(1), e.dropped.unwrap_or(0));
                if counts != want {
                    fail(format!("(cases, benefits, claims, dropped) = {counts:?}, expected {want:?}"));
                }
                let p = present(&overview, context);
                let shown = support::shown(&p);
                let findings = support::findings(&p, context.lang);
                let kinds: Vec<String> = p.findings.iter().map(|f| format!("{:?}", f.kind)).collect();
                for kind in &e.findings {
                    if !kinds.contains(kind) {
                        fail(format!("no {kind} finding among {kinds:?}"));
                    }
                }
                for text in &e.absent {
                    // Staff may see refused values quoted in findings; a CPR-like number never.
                    let cpr_like = text.as_bytes().windows(6).any(|w| w.iter().all(u8::is_ascii_digit));
                    if shown.contains(text) || (cpr_like && findings.iter().any(|f| f.contains(text.as_str()))) {
                        fail(format!("{text:?} is shown"));
                    }
                }
                for text in &e.present {
                    if !shown.contains(text) {
                        fail(format!("{text:?} is not shown"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), corpus.len(), failures.join("\n"));
}
