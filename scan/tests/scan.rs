//! The scanning command as its users run it: responses generated from the test citizens and
//! the corpus of bad data, watch words in Danish forms, reports read back.

// The widget's test support: the test citizens and the independent CPR-like check.
#[path = "../../tests/support/mod.rs"]
#[allow(unused_imports, unexpected_cfgs)]
mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};

/// Runs the command with `args`, `stdin` on standard input.
fn scan(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mit-overblik-scan"))
        .args(["--today", "2026-11-23"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command runs");
    {
        use std::io::Write;
        let mut input = child.stdin.take().expect("stdin");
        if let Some(bytes) = stdin {
            input.write_all(bytes).expect("input written");
        }
    }
    child.wait_with_output().expect("the command ends")
}

/// A fresh folder under the target dir for one test's files.
fn folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a folder");
    dir
}

fn fixture(id: &str) -> Value {
    serde_json::from_str(&support::fixture_body(id)).expect("a fixture is JSON")
}

/// The CSV's rows as maps of column → value (a minimal reader for what the command writes).
fn csv_rows(text: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut records = Vec::new();
    let (mut record, mut field, mut quoted, mut chars) = (Vec::new(), String::new(), false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => record.push(std::mem::take(&mut field)),
            ('\r', false) => {}
            ('\n', false) => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (c, _) => field.push(c),
        }
    }
    let header = records.remove(0);
    records.into_iter().map(|r| header.iter().cloned().zip(r).collect()).collect()
}

/// Scans `response` with the watch list `watch` (both written into the folder `name`); the
/// CSV's rows, and the run's output.
fn scan_watched(
    name: &str,
    watch: &str,
    response: &Value,
) -> (Vec<std::collections::BTreeMap<String, String>>, Output) {
    let dir = folder(name);
    std::fs::write(dir.join("watch.txt"), watch).expect("list written");
    std::fs::write(dir.join("r.json"), response.to_string()).expect("response written");
    let path = |file: &str| dir.join(file).to_str().unwrap_or_default().to_owned();
    let out = scan(&["--watch", &path("watch.txt"), "--csv", "-", &path("r.json")], None);
    (csv_rows(&String::from_utf8_lossy(&out.stdout)), out)
}

const WATCH: &str = "# kommunens liste\nmisbrug*\nsocialt bedrageri\nærgerlig\n";

/// A response with watch words where a citizen reads them, in the forms a list must catch and
/// must not: cases, at word edges, inside other words, split by a zero-width space.
fn response_with_words() -> Value {
    let mut r = fixture("kontanthjaelp");
    r["topics"][0]["titleSource"] = json!("caseTitle");
    r["cases"][0]["caseTitle"] = json!("Sag om MIS\u{200B}BRUG af ydelser");
    r["cases"][0]["documents"] = json!([
        {"title": "ÆRGERLIG fejl i afgørelsen", "date": "2023-12-15", "direction": "outgoing"},
        {"title": "Narkotikamisbrug og sortering", "date": "2023-12-14", "direction": "incoming"},
        {"title": "Misbrugets omfang (bilag)", "date": "2023-12-13", "direction": "incoming"},
    ]);
    // Titles only the verification view shows.
    r["topics"][1]["documentTitles"] = json!("verification");
    let kle = r["topics"][1]["kle"].clone();
    let case = r["cases"]
        .as_array()
        .and_then(|cases| cases.iter().position(|c| c["kle"] == kle))
        .expect("a case of the second topic");
    r["cases"][case]["documents"] =
        json!([{"title": "Mistanke om socialt   bedrageri", "date": "2023-12-01", "direction": "incoming"}]);
    r
}

#[test]
fn watch_words_in_danish_forms_at_word_edges_across_hidden_characters_and_in_the_verification_view_only() {
    let (rows, out) = scan_watched("watch", WATCH, &response_with_words());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let watch: Vec<(String, String)> = rows
        .iter()
        .filter(|r| r["finding_kind"].starts_with("watch-word"))
        .map(|r| (r["finding_kind"].clone(), r["quote"].clone()))
        .collect();
    let has = |kind: &str, quote: &str| watch.iter().any(|(k, q)| k == kind && q.contains(quote));
    assert!(has("watch-word", "misbrug*: Sag om «MISBRUG» af ydelser"), "{watch:#?}");
    assert!(has("watch-word", "ærgerlig: «ÆRGERLIG» fejl"), "{watch:#?}");
    assert!(has("watch-word", "misbrug*: «Misbrugets» omfang"), "{watch:#?}");
    // (The text rules fold the run of spaces to one, as the citizen would see it.)
    assert!(has("watch-word-verification-only", "socialt bedrageri: Mistanke om «socialt bedrageri»"), "{watch:#?}");
    // Inside another word: not a match ("Narkotikamisbrug"), nor is the verification-only title
    // reported as shown to the citizen.
    assert!(!watch.iter().any(|(_, q)| q.contains("Narkotika")), "{watch:#?}");
    assert!(!has("watch-word", "bedrageri"), "{watch:#?}");
    // Each finding names its place: the case, its authority and emne.
    let row = rows.iter().find(|r| r["quote"].contains("«MISBRUG»")).expect("the row");
    assert_eq!((row["item_kind"].as_str(), row["authority"].as_str()), ("case", "0751"));
    assert_eq!(row["kle_emne"], "32.24.04");
}

#[test]
fn every_bad_input_is_a_finding_and_the_scan_goes_on() {
    let corpus: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/corpus/corpus.json"))
            .expect("the corpus"),
    )
    .expect("the corpus is JSON");
    // One response a line, as a supplier's pipeline would write them; raw bodies with a line
    // break cannot be one line and are left to the folder below.
    let mut ndjson = Vec::new();
    let mut lines = 0;
    for entry in &corpus {
        let line = match (&entry["body"], &entry["raw"]) {
            (Value::Null, Value::String(raw)) if !raw.contains('\n') => raw.clone(),
            (Value::Null, _) => continue,
            (body, _) => body.to_string(),
        };
        if line.trim().is_empty() {
            continue;
        }
        ndjson.extend_from_slice(line.as_bytes());
        ndjson.push(b'\n');
        lines += 1;
    }
    ndjson.extend_from_slice(b"\xff\xfe not UTF-8\n{\"cut\": \n[]\n\"x\"\n");
    ndjson.extend_from_slice(support::fixture_body("tom").replace('\n', " ").as_bytes());
    let out = scan(&["--csv", "-", "-"], Some(&ndjson));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let rows = csv_rows(&String::from_utf8_lossy(&out.stdout));
    let kinds = |kind: &str| rows.iter().filter(|r| r["finding_kind"] == kind).count();
    assert_eq!(kinds("unreadable-input"), 1, "the line that is not UTF-8");
    assert!(kinds("unreadable-response") >= 3, "the cut, the list and the string at least");
    // The last line, a good response after all the bad ones, was read.
    let summary = String::from_utf8_lossy(&out.stderr);
    assert!(summary.contains("Filer læst: 1\n"), "{summary}");
    let last = lines + 5;
    assert!(rows.iter().all(|r| r["line"].parse::<usize>().is_ok_and(|l| l <= last)));

    // Files: a folder with a file that is not UTF-8 and one that is empty, and a path that is
    // not there; each is a finding, and the good file is read.
    let dir = folder("bad-files");
    std::fs::write(dir.join("a.json"), b"\xff\xfe").expect("written");
    std::fs::write(dir.join("b.json"), b"").expect("written");
    std::fs::write(dir.join("c.json"), support::fixture_body("tom")).expect("written");
    let missing = dir.join("missing.ndjson");
    let out = scan(&["--csv", "-", dir.to_str().unwrap_or_default(), missing.to_str().unwrap_or_default()], None);
    assert!(out.status.success());
    let rows = csv_rows(&String::from_utf8_lossy(&out.stdout));
    let reported: Vec<(&str, &str)> = rows.iter().map(|r| (r["source"].as_str(), r["finding_kind"].as_str())).collect();
    assert!(reported.iter().any(|(s, k)| s.ends_with("a.json") && *k == "unreadable-input"), "{reported:?}");
    assert!(reported.iter().any(|(s, k)| s.ends_with("b.json") && *k == "unreadable-response"), "{reported:?}");
    assert!(reported.iter().any(|(s, k)| s.ends_with("missing.ndjson") && *k == "unreadable-input"), "{reported:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("Svar: 1\n"));
}

/// CPR-like numbers everywhere a report could quote from: ids, the authority, KLE, titles,
/// documents, the file's name, beside a watch word, and an undecodable line.
#[test]
fn no_report_carries_an_unmasked_cpr_like_number() {
    let cprs = ["010190-1234", "0101901234", "311299 4321", "150505\u{2013}1111"];
    let mut r = fixture("kontanthjaelp");
    r["topics"][0]["titleSource"] = json!("caseTitle");
    r["cases"][0]["id"] = json!(format!("case-{}", cprs[0]));
    r["cases"][0]["caseTitle"] = json!(format!("Misbrug {} i sagen", cprs[1]));
    r["cases"][0]["caseNumber"] = json!(cprs[2]);
    r["cases"][0]["documents"] =
        json!([{"title": format!("Notat om {} og misbrug", cprs[3]), "date": "2023-12-15", "direction": "outgoing"}]);
    r["benefits"][0]["name"] = json!(format!("<b>Kontanthjælp</b> {}", cprs[0]));
    r["authorities"][0]["name"] = json!(format!("Kommune {}", cprs[1]));
    r["cases"][1]["kle"] = json!(cprs[1]);
    r["benefits"][0]["payments"][0]["date"] = json!(cprs[0]);
    let dir = folder("cpr");
    std::fs::write(dir.join("watch.txt"), "misbrug\n").expect("written");
    let responses = dir.join(format!("borger-{}.ndjson", cprs[1]));
    std::fs::write(&responses, format!("{}\n{{\"not\": \"{}\"\n", r, cprs[0])).expect("written");
    let (csv, html) = (dir.join("out.csv"), dir.join("out.html"));
    let path = |p: &Path| p.to_str().unwrap_or_default().to_owned();
    let out = scan(
        &["--watch", &path(&dir.join("watch.txt")), "--csv", &path(&csv), "--html", &path(&html), &path(&responses)],
        None,
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for (name, text) in [
        ("CSV", std::fs::read_to_string(&csv).expect("the CSV")),
        ("HTML", std::fs::read_to_string(&html).expect("the HTML")),
        ("summary", String::from_utf8_lossy(&out.stdout).into_owned()),
    ] {
        assert!(text.contains("misbrug") || name == "summary", "{name} has the watch words' findings");
        let text = text.replace("&amp;", "&");
        assert_eq!(support::cpr_like(&text), None, "{name} quotes a CPR-like number");
    }
    assert!(std::fs::read_to_string(&csv).is_ok_and(|t| t.contains("masked-cpr")));
}

#[test]
fn the_reports_say_what_was_found_in_the_inputs_order_whatever_the_threads() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/fixtures");
    let dir = folder("reports");
    std::fs::write(dir.join("watch.txt"), "kontanthjælp\n").expect("written");
    let watch = dir.join("watch.txt");
    let run = |jobs: &str, html: &Path| {
        scan(
            &[
                "--jobs",
                jobs,
                "--watch",
                watch.to_str().unwrap_or_default(),
                "--csv",
                "-",
                "--html",
                html.to_str().unwrap_or_default(),
                "--examples",
                "2",
                fixtures,
            ],
            None,
        )
    };
    let (one, four) = (run("1", &dir.join("1.html")), run("4", &dir.join("4.html")));
    assert!(one.status.success());
    assert_eq!(one.stdout, four.stdout, "the CSV does not depend on the threads");
    let csv = String::from_utf8_lossy(&one.stdout);
    assert!(csv.starts_with("source,line,authority,kle_emne,item_kind,item_id,finding_kind,finding,quote\r\n"));
    let rows = csv_rows(&csv);
    // The summary's count of each kind is the CSV's.
    let summary = String::from_utf8_lossy(&one.stderr);
    for kind in ["masked-cpr", "unsafe-url", "watch-word", "unreadable-response"] {
        let count = rows.iter().filter(|r| r["finding_kind"] == kind).count();
        assert!(count > 0, "{kind} found in the fixtures");
        assert!(
            summary
                .lines()
                .any(|l| l.trim_start().starts_with(&format!("{count} ")) && l.ends_with(&format!("({kind})"))),
            "{kind}: {count}\n{summary}"
        );
    }
    assert!(summary.contains("Svar: 10\n") && summary.contains("Filer læst: 11\n"), "{summary}");
    let html = std::fs::read_to_string(dir.join("1.html")).expect("the HTML");
    assert!(html.starts_with("<!doctype html>\n<html lang=\"da\">"));
    assert!(html.contains("<svg role=\"img\"") && html.contains("<table>"));
    // Self-contained: nothing loaded from elsewhere.
    for outside in ["src=", "<link", "url(", "@import", "<script"] {
        assert!(!html.contains(outside), "the report loads {outside}");
    }
    // Each table counts every finding once: by kind, and by kind, authority and emne.
    let counted: usize =
        html.split("<td class=\"n\">").skip(1).filter_map(|c| c.split('<').next()?.parse::<usize>().ok()).sum();
    assert_eq!(counted, 2 * rows.len());
    // Up to two examples per cell.
    assert!(html
        .split("<ul>")
        .skip(1)
        .all(|cell| cell[..cell.find("</ul>").unwrap_or(0)].matches("<li>").count() <= 2));
}

#[test]
fn fail_on_fails_the_run_for_a_pipeline() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/fixtures/kontanthjaelp.json");
    assert_eq!(scan(&["--fail-on", "masked-cpr", fixtures], None).status.code(), Some(0), "no CPR in kontanthjaelp");
    let hostile = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/fixtures/fjendtlig.json");
    assert_eq!(scan(&["--fail-on", "unknown-kle,masked-cpr", hostile], None).status.code(), Some(1));
    assert_eq!(scan(&["--fail-on", "any", fixtures], None).status.code(), Some(0), "kontanthjaelp has no finding");
    assert_eq!(scan(&["--fail-on", "any", hostile], None).status.code(), Some(1), "any finding");
    assert_eq!(scan(&[hostile], None).status.code(), Some(0), "nothing fails without --fail-on");
    // Wrong use: told, status 2.
    let wrong = scan(&["--fail-on", "nonsense", fixtures], None);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("unknown finding kind \"nonsense\""));
    assert_eq!(scan(&["--watch", "/no/such/list.txt", fixtures], None).status.code(), Some(2));
}

#[test]
fn the_summary_counts_what_was_read_and_found() {
    let dir = folder("summary");
    // The large citizen too, so that the megabytes read show in the summary's one decimal.
    let ids = ["kontanthjaelp", "fjendtlig", "stor"];
    let mut bytes = 0;
    let mut items = 0;
    for id in ids {
        let body = support::fixture_body(id);
        bytes += body.len();
        let r: Value = serde_json::from_str(&body).expect("JSON");
        // Every item of the three lists, those that do not decode included.
        items += ["cases", "benefits", "claims"].iter().map(|k| r[k].as_array().map_or(0, Vec::len)).sum::<usize>();
        std::fs::write(dir.join(format!("{id}.json")), body).expect("written");
    }
    let out =
        scan(&["--csv", dir.join("out.csv").to_str().unwrap_or_default(), dir.to_str().unwrap_or_default()], None);
    let summary = String::from_utf8_lossy(&out.stdout);
    let rows = csv_rows(&std::fs::read_to_string(dir.join("out.csv")).expect("the CSV"));
    assert!(summary.contains("Filer læst: 3\n") && summary.contains("Svar: 3\n"), "{summary}");
    assert!(summary.contains(&format!("Elementer: {items}\n")), "{items} items\n{summary}");
    assert!(summary.contains(&format!("Læst: {:.1} MB,", bytes as f64 / 1e6)), "{bytes} B\n{summary}");
    assert!(summary.contains(&format!("Fund: {}\n", rows.len())), "{} rows\n{summary}", rows.len());
    // The summary is beside the CSV, not in it: on standard error when the CSV is on standard
    // output, and on standard output otherwise.
    let to_stdout = scan(&["--csv", "-", dir.to_str().unwrap_or_default()], None);
    assert!(!String::from_utf8_lossy(&to_stdout.stdout).contains("Fund:"));
    assert!(String::from_utf8_lossy(&to_stdout.stderr).contains("Fund:"));
    assert!(String::from_utf8_lossy(&out.stderr).is_empty());
}

#[test]
fn many_responses_in_many_batches_keep_their_order_and_count() {
    // More lines than a batch holds (512), each a finding with its line number.
    let lines = 1500;
    let input: String = (0..lines).map(|_| "[]\n").collect();
    let out = scan(&["--jobs", "3", "--csv", "-", "-"], Some(input.as_bytes()));
    let rows = csv_rows(&String::from_utf8_lossy(&out.stdout));
    let numbers: Vec<usize> = rows.iter().filter_map(|r| r["line"].parse().ok()).collect();
    assert_eq!(numbers, (1..=lines).collect::<Vec<_>>());
}

#[test]
fn kinds_are_listed_and_folders_hold_json_files_only() {
    let out = scan(&["--kinds"], None);
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(listed.lines().any(|l| l == "masked-cpr\tCPR-lignende nummer skjult"), "{listed}");
    assert_eq!(listed.lines().count(), 22);

    let dir = folder("only-json");
    std::fs::write(dir.join("a.json"), support::fixture_body("tom")).expect("written");
    std::fs::write(dir.join("notes.txt"), "not a response").expect("written");
    std::fs::create_dir_all(dir.join("sub.json")).expect("a folder named like a file");
    let out = scan(&[dir.to_str().unwrap_or_default()], None);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Filer læst: 1\n"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn a_file_is_read_up_to_the_limit_and_no_further() {
    const LIMIT: usize = 64 << 20;
    let dir = folder("limit");
    // Exactly at the limit: read (and not an overview); one byte more: not read.
    std::fs::write(dir.join("a.json"), vec![b' '; LIMIT]).expect("written");
    std::fs::write(dir.join("b.json"), vec![b' '; LIMIT + 1]).expect("written");
    let out = scan(&["--csv", "-", dir.to_str().unwrap_or_default()], None);
    let rows = csv_rows(&String::from_utf8_lossy(&out.stdout));
    let kinds: Vec<(&str, &str)> =
        rows.iter().map(|r| (r["source"].rsplit('/').next().unwrap_or_default(), r["finding_kind"].as_str())).collect();
    assert_eq!(kinds, vec![("a.json", "unreadable-response"), ("b.json", "unreadable-input")]);
    // A line at the limit fits too.
    let mut line = vec![b'x'; LIMIT];
    line.extend_from_slice(b"\n[]\n");
    let out = scan(&["--csv", "-", "-"], Some(&line));
    let rows = csv_rows(&String::from_utf8_lossy(&out.stdout));
    assert!(rows.iter().all(|r| r["finding_kind"] == "unreadable-response"), "{rows:?}");
    assert_eq!(rows.len(), 2);
}

#[test]
fn a_long_text_that_stands_on_two_cards_is_found_on_both() {
    // The same title of more than 32 bytes on two cases (a text read once per overview must
    // still give each card its finding), and a long text without the word beside it.
    let mut r = fixture("kontanthjaelp");
    r["topics"][0]["titleSource"] = json!("caseTitle");
    let title = "Opfølgning på mistanke om misbrug af ydelser i perioden";
    let kle = r["topics"][0]["kle"].clone();
    let mut same_topic = 0;
    for case in r["cases"].as_array_mut().into_iter().flatten() {
        if case["kle"] == kle {
            case["caseTitle"] = json!(title);
            // The same kind of case, so that its title reads the same (a complaint's would not).
            case["facet"] = json!("G01");
            same_topic += 1;
        }
    }
    assert!(same_topic >= 2, "two cases of the first topic");
    let (rows, _) = scan_watched("twice", "misbrug\n", &r);
    let cases: std::collections::BTreeSet<&str> = rows
        .iter()
        .filter(|r| r["finding_kind"] == "watch-word" && r["quote"].contains("«misbrug» af ydelser i perioden"))
        .map(|r| r["item_id"].as_str())
        .collect();
    assert_eq!(cases.len(), same_topic, "{rows:#?}");
}
