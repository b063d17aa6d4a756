//! Property tests: the decoder, the text filter, the URL check and the formatters never panic
//! and keep their promises on arbitrary input; the whole presentation keeps the safety promise
//! on real responses mutated with hostile values.

mod support;

use chrono::{DateTime, Datelike, NaiveDate};
use mit_overblik::api::decode;
use mit_overblik::api::{Overview, View};
use mit_overblik::i18n::{format, Lang};
use mit_overblik::present::{present, Context, Presenting};
use mit_overblik::rules::links;
use mit_overblik::rules::text::{clean, mask_cpr};
use mit_overblik::rules::url::SafeUrl;
use proptest::prelude::*;
use serde_json::{json, Value};
use support::{allowed_href, cpr_like, is_hidden, markup, shown, unsafe_in, CPR_SEPARATORS, LANGS};

fn today() -> NaiveDate {
    support::fixtures_day()
}

fn context() -> Context {
    Context { lang: Lang::Da, view: View::Verification, today: today() }
}

/// 2,000 cases each in `cargo test`; `PROPTEST_CASES=1000000 cargo test --release --test
/// properties` runs a million (`docs/security.md`, "Fuzzing and the safety promise", records
/// what ran).
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000);
    ProptestConfig { cases, ..ProptestConfig::default() }
}

// ---------------------------------------------------------------------------------------------
// Generators that reach the edge. Proptest's own `String` strategy almost never makes a CPR
// number, a bidi override, a tag or a URL, so the safety checks need these to be able to fail.

/// Invisible characters that reorder, hide or split text, and controls.
fn hidden_char() -> impl Strategy<Value = char> {
    prop::sample::select(vec![
        '\u{0000}', '\u{0007}', '\u{001B}', '\u{007F}', '\u{0085}', '\u{00AD}', '\u{061C}', '\u{180E}', '\u{200B}',
        '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}',
        '\u{2060}', '\u{2063}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{FEFF}', '\u{FFF9}', '\u{FFFB}',
    ])
}

/// A CPR number as a caseworker might type it, or as a hostile system might disguise it: any
/// real-looking `ddmmyy`, with or without a separator of any kind, and invisible characters
/// between its digits.
fn cpr_shaped() -> impl Strategy<Value = String> {
    (
        (1u32..=31, 1u32..=12, 0u32..=99, 0u32..=9999),
        prop::option::of(prop::sample::select(CPR_SEPARATORS.to_vec())),
        prop::collection::vec(prop::option::weighted(0.2, hidden_char()), 11),
    )
        .prop_map(|((day, month, year, serial), separator, hidden)| {
            let digits = format!("{day:02}{month:02}{year:02}{serial:04}");
            let mut out = String::new();
            for (i, (digit, hide)) in digits.chars().zip(hidden).enumerate() {
                if i == 6 {
                    out.extend(separator);
                }
                out.push(digit);
                out.extend(hide);
            }
            out
        })
}

/// Tags, comments and entity-looking text.
fn markup_shaped() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<script>alert(1)</script>".to_owned()),
        Just("<img src=x onerror=alert(1)>".to_owned()),
        Just("<!-- x -->".to_owned()),
        Just("<b>fed</b>".to_owned()),
        Just("</p><p>".to_owned()),
        Just("<?xml?>".to_owned()),
        Just("&lt;b&gt;".to_owned()),
        Just("<a href=\"javascript:x\">".to_owned()),
        "<[a-zA-Z/!?][a-zA-Z0-9 =\"']{0,10}>?".prop_map(|s| s),
    ]
}

/// Web addresses good and bad, including look-alikes of the loopback exception.
fn url_shaped() -> impl Strategy<Value = String> {
    let scheme = prop::sample::select(vec![
        "https://",
        "http://",
        "HTTPS://",
        "javascript:",
        "data:text/html,",
        "ftp://",
        "//",
        "https:",
        "mailto:",
        "tel:",
        "",
    ]);
    let host = prop::sample::select(vec![
        "kk.dk",
        "selvbetjening.aarhus.dk",
        "localhost",
        "localhost.evil",
        "localhost.evil.dk",
        "127.0.0.1",
        "127.0.0.1.nip.io",
        "[::1]",
        "[::1].evil",
        "evil@kk.dk",
        "kk.dk@evil.dk",
        "xn--bcher-kva.dk",
        "kk",
        "-kk.dk",
        "kk.dk:8443",
        "kk.dk:99999",
        "localhost:8080",
    ]);
    (scheme, host, "(/[a-zA-Z0-9{}%.?#=&-]{0,12}){0,3}").prop_map(|(s, h, p)| format!("{s}{h}{p}"))
}

/// One piece of a hostile text.
fn hostile_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => cpr_shaped(),
        2 => hidden_char().prop_map(String::from),
        2 => markup_shaped(),
        2 => url_shaped(),
        2 => "[a-zA-ZæøåÆØÅ0-9 .,:;/()-]{0,10}".prop_map(|s| s),
        1 => prop::sample::select(vec![" ", "\n", "\t", "\u{00A0}", "\u{3000}", "  "]).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
        1 => "[0-9]{1,12}".prop_map(|s| s),
    ]
}

/// A text made of hostile pieces.
fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(hostile_piece(), 0..6).prop_map(|pieces| pieces.concat())
}

/// Any JSON value, a few levels deep, biased towards what breaks things.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        hostile_text().prop_map(Value::String),
        prop::sample::select(vec![
            "https://kk.dk/{caseNumber}",
            "2026-02-30",
            "9999-12-31",
            "0000-01-01",
            "Afsluttet",
            "verification",
            "internal",
            "02.34.02",
            "",
        ])
        .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-zA-Z]{1,10}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

// ---------------------------------------------------------------------------------------------
// Real responses, and what can be done to them.

/// The caseworker every case of a mutated response carries, and that must never be shown.
const CASEWORKER: &str = "Karin Sagsbehandlersen";

/// The test citizens with something in them, read once, each case given the caseworker.
fn citizens() -> &'static [Value] {
    static ONCE: std::sync::OnceLock<Vec<Value>> = std::sync::OnceLock::new();
    ONCE.get_or_init(|| {
        ["kontanthjaelp", "grundejer", "betalinger", "flere-myndigheder", "dokumenter", "fjendtlig"]
            .iter()
            .map(|id| {
                let mut value: Value = serde_json::from_str(&support::fixture_body(id)).expect("fixture is JSON");
                for case in value["cases"].as_array_mut().expect("cases").iter_mut().filter_map(Value::as_object_mut) {
                    case.insert("caseworker".to_owned(), json!(CASEWORKER));
                }
                value
            })
            .collect()
    })
}

/// A response with each case, benefit and claim there `1 + copies` times, under new ids: long
/// enough for "Vis flere". Each copy's dates are moved back some weeks and its payments on,
/// so that the order mixes the copies and the earliest planned payment is the original's,
/// whose card comes last.
fn grown(citizen: &Value, copies: usize) -> Value {
    fn moved(date: &Value, days: i64) -> Option<Value> {
        let date = date.as_str()?.parse::<NaiveDate>().ok()?;
        Some(json!((date + chrono::TimeDelta::days(days)).to_string()))
    }
    let mut value = citizen.clone();
    for list in ["cases", "benefits", "claims"] {
        let Some(items) = value[list].as_array().cloned() else { continue };
        let mut all = items.clone();
        for copy in 1..=copies {
            for item in &items {
                let mut item = item.clone();
                if let Some(id) = item["id"].as_str() {
                    item["id"] = json!(format!("{id}-{copy}"));
                }
                for field in ["created", "dueDate", "from"] {
                    if let Some(date) = moved(&item[field], -37 * copy as i64) {
                        item[field] = date;
                    }
                }
                for payment in item.get_mut("payments").and_then(Value::as_array_mut).into_iter().flatten() {
                    for field in ["date", "periodFrom", "periodTo"] {
                        if let Some(date) = moved(&payment[field], 37 * copy as i64) {
                            payment[field] = date;
                        }
                    }
                }
                all.push(item);
            }
        }
        value[list] = Value::Array(all);
    }
    value
}

#[derive(Clone, Debug, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

/// Every path to a value inside `value`, the root (the empty path) first.
fn paths(value: &Value) -> Vec<Vec<Step>> {
    fn walk(value: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
        out.push(here.clone());
        match value {
            Value::Object(map) => map.iter().for_each(|(k, v)| {
                here.push(Step::Key(k.clone()));
                walk(v, here, out);
                here.pop();
            }),
            Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| {
                here.push(Step::Index(i));
                walk(v, here, out);
                here.pop();
            }),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, &mut Vec::new(), &mut out);
    out
}

fn at<'a>(value: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |v, step| match step {
        Step::Key(k) => v.get_mut(k.as_str()),
        Step::Index(i) => v.get_mut(*i),
    })
}

/// One change to a response; the indices pick a path among the response's at that moment.
#[derive(Clone, Debug)]
enum Mutation {
    /// Any value anywhere replaced by any JSON.
    Replace(prop::sample::Index, Value),
    /// A string replaced by a hostile one.
    Hostile(prop::sample::Index, String),
    /// A field or list entry removed.
    Remove(prop::sample::Index),
    /// A list entry duplicated in place.
    Duplicate(prop::sample::Index),
    /// A value put where another one was (a case's object as a title, a date as an amount …).
    Move(prop::sample::Index, prop::sample::Index),
}

/// A test citizen with `mutations` applied, decoded; `None` when it no longer decodes.
fn mutated(citizen: prop::sample::Index, mutations: &[Mutation]) -> Option<Overview> {
    let citizens = citizens();
    let mut value = citizens[citizen.index(citizens.len())].clone();
    for m in mutations {
        m.apply(&mut value);
    }
    decode(&value.to_string()).ok()
}

fn mutation() -> impl Strategy<Value = Mutation> {
    use prop::sample::Index;
    prop_oneof![
        1 => (any::<Index>(), any_json()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        3 => (any::<Index>(), hostile_text()).prop_map(|(i, s)| Mutation::Hostile(i, s)),
        1 => any::<Index>().prop_map(Mutation::Remove),
        1 => any::<Index>().prop_map(Mutation::Duplicate),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Move(a, b)),
    ]
}

impl Mutation {
    fn apply(&self, value: &mut Value) {
        let all = paths(value);
        let pick = |i: &prop::sample::Index| all[i.index(all.len())].clone();
        match self {
            Mutation::Replace(i, replacement) => {
                if let Some(slot) = at(value, &pick(i)) {
                    *slot = replacement.clone();
                }
            }
            Mutation::Hostile(i, text) => {
                let strings: Vec<_> =
                    all.iter().filter(|p| value.pointer(&pointer(p)).is_some_and(Value::is_string)).collect();
                if let Some(path) = (!strings.is_empty()).then(|| strings[i.index(strings.len())].clone()) {
                    if !is_caseworker(&path) {
                        if let Some(slot) = at(value, &path) {
                            *slot = json!(text);
                        }
                    }
                }
            }
            Mutation::Remove(i) => {
                if let Some((last, parent)) = pick(i).split_last() {
                    match (at(value, parent), last) {
                        (Some(Value::Object(map)), Step::Key(k)) => drop(map.remove(k)),
                        (Some(Value::Array(items)), Step::Index(n)) => drop(items.remove(*n)),
                        _ => {}
                    }
                }
            }
            Mutation::Duplicate(i) => {
                if let Some((Step::Index(n), parent)) = pick(i).split_last() {
                    if let Some(Value::Array(items)) = at(value, parent) {
                        let copy = items[*n].clone();
                        items.insert(*n, copy);
                    }
                }
            }
            Mutation::Move(from, to) => {
                let from = pick(from);
                // The caseworker stays where it is: put in a title, it would rightly be shown.
                if is_caseworker(&from) {
                    return;
                }
                if let Some(moved) = at(value, &from).map(|v| v.clone()) {
                    if let Some(slot) = at(value, &pick(to)) {
                        *slot = moved;
                    }
                }
            }
        }
    }
}

/// The path as a JSON pointer (`/cases/0/title`).
fn pointer(path: &[Step]) -> String {
    path.iter()
        .map(|step| match step {
            Step::Key(k) => format!("/{}", k.replace('~', "~0").replace('/', "~1")),
            Step::Index(i) => format!("/{i}"),
        })
        .collect()
}

fn is_caseworker(path: &[Step]) -> bool {
    path.last() == Some(&Step::Key("caseworker".to_owned()))
}

proptest! {
    #![proptest_config(config())]

    /// The safety promise: whatever a response holds, in either view and language, nothing
    /// shown has an unmasked CPR-like number, markup, a hidden character, a link that is not
    /// allowed, or the caseworker; and the staff's findings quote no CPR-like number or
    /// hidden character either.
    #[test]
    fn a_mutated_real_response_is_shown_safely(
        citizen in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let Some(overview) = mutated(citizen, &mutations) else { return Ok(()) };
        for view in [View::Citizen, View::Verification] {
            for lang in LANGS {
                let p = present(&overview, Context { lang, view, today: today() });
                if let Some(problem) = unsafe_in(&shown(&p), CASEWORKER) {
                    prop_assert!(false, "{view:?} {lang:?}: {problem}");
                }
                #[cfg(feature = "preview")]
                for finding in support::findings(&p, lang) {
                    let problem = cpr_like(&finding).map(|c| format!("CPR-like {c:?}"))
                        .or_else(|| finding.chars().any(is_hidden).then(|| "a hidden character".to_owned()))
                        .or_else(|| finding.contains(CASEWORKER).then(|| "the caseworker".to_owned()));
                    prop_assert!(problem.is_none(), "{view:?} {lang:?}: {problem:?} in the finding {finding:?}");
                }
            }
        }
    }

    /// Where `alike_in_both_views` says an overview is presented alike in both views, it is
    /// (findings included): the scanning command and the preview then present it once.
    #[cfg(feature = "preview")]
    #[test]
    fn alike_in_both_views_only_where_they_are(
        citizen in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 0..6),
    ) {
        let Some(overview) = mutated(citizen, &mutations) else { return Ok(()) };
        if mit_overblik::present::alike_in_both_views(&overview) {
            for lang in LANGS {
                let view = |view| present(&overview, Context { lang, view, today: today() });
                prop_assert_eq!(view(View::Citizen), view(View::Verification), "{:?}", lang);
            }
        }
    }

    /// What is shown first (the first page of each section and the summary) is the start of
    /// what is shown in the end, on responses grown past a page and mutated.
    #[test]
    fn the_first_pages_are_the_start_of_the_whole(
        citizen in any::<prop::sample::Index>(),
        copies in 1usize..13,
        mutations in prop::collection::vec(mutation(), 0..4),
    ) {
        let citizens = citizens();
        let mut value = grown(&citizens[citizen.index(citizens.len())], copies);
        for m in &mutations {
            m.apply(&mut value);
        }
        let Ok(overview) = decode(&value.to_string()) else { return Ok(()) };
        let context = Context { lang: Lang::Da, view: View::Citizen, today: today() };
        let mut presenting = Presenting::start(&overview, context);
        while presenting.first_pages().is_none() && !presenting.step(1) {}
        let first = presenting.first_pages();
        prop_assert!(first.is_some(), "the first pages are made, at the latest with the last card");
        let first = first.expect("checked");
        let whole = presenting.finish();
        prop_assert_eq!(&whole, &present(&overview, context));
        if let Some(difference) = support::first_pages_differ(&first, &whole) {
            prop_assert!(false, "{}", difference);
        }
    }

    #[test]
    fn decoder_and_presentation_never_panic(input in jsonish()) {
        if let Ok(overview) = decode(&input) {
            present(&overview, context());
        }
    }

    #[test]
    fn decoder_never_panics_on_any_text(input in any::<String>()) {
        let _ = decode(&input);
    }

    #[test]
    fn cleaned_text_has_no_tags_hidden_characters_or_cpr(input in hostile_text()) {
        let cleaned = clean(&input).text;
        prop_assert!(!cleaned.chars().any(is_hidden), "hidden characters left in {:?}", cleaned);
        prop_assert!(!markup(&cleaned), "markup left in {:?}", cleaned);
        prop_assert_eq!(cpr_like(&cleaned), None, "from {:?}", input);
        prop_assert_eq!(mask_cpr(&cleaned).1, 0, "masking twice finds nothing new: {:?}", cleaned);
        prop_assert!(!cleaned.starts_with(' ') && !cleaned.ends_with(' '));
    }

    #[test]
    fn cpr_is_always_masked(cpr in cpr_shaped(), before in "[a-zæ .,:(]{0,5}", after in "[a-zæ .,:)]{0,5}") {
        // Only a real day is a CPR number's date.
        prop_assume!(cpr_like(&cpr.chars().filter(|c| !is_hidden(*c)).collect::<String>()).is_some());
        let text = format!("{before}{cpr}{after}");
        let cleaned = clean(&text);
        prop_assert_eq!(cleaned.masked_cpr, 1, "{:?} gave {:?}", text, cleaned.text);
        prop_assert_eq!(cpr_like(&cleaned.text), None);
    }

    #[test]
    fn url_check_passes_only_allowed_addresses(input in prop_oneof![url_shaped(), hostile_text(), any::<String>()]) {
        if let Ok(url) = SafeUrl::web(&input) {
            prop_assert!(allowed_href(url.as_str()), "{:?} became the link {:?}", input, url.as_str());
        }
    }

    #[test]
    fn url_check_on_url_shaped_input(scheme in "(https?|javascript|data|ftp|HTTPS|)", sep in "(://|:|//|)", rest in "[a-zA-Z0-9@:/?#.%{}\\[\\] -]{0,30}") {
        let input = format!("{scheme}{sep}{rest}");
        if let Ok(url) = SafeUrl::web(&input) {
            prop_assert!(allowed_href(url.as_str()), "{:?} became the link {:?}", input, url.as_str());
        }
    }

    #[test]
    fn deep_links_phones_and_emails_give_only_allowed_links(template in url_shaped(), number in hostile_text(), phone in hostile_text()) {
        if let Ok(url) = links::deep_link(&template, Some(&number)) {
            prop_assert!(allowed_href(url.as_str()), "{:?}", url.as_str());
            prop_assert_eq!(cpr_like(url.as_str()), None);
        }
        if let Some(p) = links::phone(&phone) {
            prop_assert!(allowed_href(p.href.as_str()), "{:?}", p.href.as_str());
        }
        if let Some((_, href)) = links::email(&phone) {
            prop_assert!(allowed_href(href.as_str()), "{:?}", href.as_str());
        }
    }

    /// Every amount reads back as exactly the øre it was made from.
    #[test]
    fn money_reads_back_exactly(ore in prop_oneof![any::<i64>(), -1_000i64..1_000, Just(i64::MIN), Just(i64::MAX)]) {
        for lang in LANGS {
            let shown = format::money(lang, ore);
            prop_assert_eq!(read_money(lang, &shown), Some(i128::from(ore)), "{}", shown);
        }
    }

    /// Every date the contract can carry reads back as exactly itself.
    #[test]
    fn dates_read_back_exactly(days in 0i32..3_652_059) {
        let date = NaiveDate::from_ymd_opt(1, 1, 1).expect("date") + chrono::Days::new(u64::try_from(days).unwrap_or(0));
        for lang in LANGS {
            prop_assert_eq!(read_long_date(lang, &format::long_date(lang, date)), Some(date));
            prop_assert_eq!(read_short_date(lang, &format::short_date(lang, date)), Some(date));
        }
    }
}

/// JSON-ish text: mostly the contract's own words, so the decoder gets past the envelope.
fn jsonish() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just(",".to_owned()),
        Just(":".to_owned()),
        Just("\"schemaVersion\":\"1.0\"".to_owned()),
        Just("\"cases\"".to_owned()),
        Just("\"claims\"".to_owned()),
        Just("\"id\"".to_owned()),
        Just("\"progress\"".to_owned()),
        Just("null".to_owned()),
        Just("-1".to_owned()),
        Just("1e400".to_owned()),
        "\"[a-zA-Z0-9 .:<>-]{0,12}\"".prop_map(|s| s),
        any::<i64>().prop_map(|n| n.to_string()),
    ];
    prop::collection::vec(token, 0..60).prop_map(|t| t.concat())
}

/// `-1.234,50 kr.` / `DKK -1,234.50` back to øre, by the reader's own rules.
fn read_money(lang: Lang, shown: &str) -> Option<i128> {
    let (number, thousands, decimal) = match lang {
        Lang::Da => (shown.strip_suffix(" kr.")?, '.', ','),
        Lang::En => (shown.strip_prefix("DKK ")?, ',', '.'),
    };
    let (sign, number) = number.strip_prefix('-').map_or((1, number), |n| (-1, n));
    let (kroner, ore) = number.split_once(decimal)?;
    let groups: Vec<&str> = kroner.split(thousands).collect();
    let well_grouped = groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3) && !groups[0].is_empty();
    if !well_grouped || ore.len() != 2 || (groups[0].starts_with('0') && kroner != "0") {
        return None;
    }
    let kroner: i128 = groups.concat().parse().ok()?;
    Some(sign * (kroner * 100 + ore.parse::<i128>().ok()?))
}

fn read_long_date(lang: Lang, shown: &str) -> Option<NaiveDate> {
    let months = lang.texts().months;
    let (day, rest) = match lang {
        Lang::Da => shown.split_once(". ")?,
        Lang::En => shown.split_once(' ')?,
    };
    let (month, year) = rest.rsplit_once(' ')?;
    let month = months.iter().position(|m| *m == month)?;
    NaiveDate::from_ymd_opt(year.parse().ok()?, u32::try_from(month).ok()? + 1, day.parse().ok()?)
}

fn read_short_date(lang: Lang, shown: &str) -> Option<NaiveDate> {
    let separator = if lang == Lang::Da { '.' } else { '/' };
    let parts: Vec<&str> = shown.split(separator).collect();
    let [day, month, year] = parts[..] else { return None };
    (day.len() == 2 && month.len() == 2 && year.len() == 4).then_some(())?;
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// The boundaries, each exactly as a reader sees it.
#[test]
fn formatters_at_the_boundaries() {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("date");
    let money = [
        (0, "0,00 kr.", "DKK 0.00"),
        (1, "0,01 kr.", "DKK 0.01"),
        (-1, "-0,01 kr.", "DKK -0.01"),
        (-100, "-1,00 kr.", "DKK -1.00"),
        (99_999, "999,99 kr.", "DKK 999.99"),
        (100_000, "1.000,00 kr.", "DKK 1,000.00"),
        (-123_456_789, "-1.234.567,89 kr.", "DKK -1,234,567.89"),
        (i64::MAX, "92.233.720.368.547.758,07 kr.", "DKK 92,233,720,368,547,758.07"),
        (i64::MIN, "-92.233.720.368.547.758,08 kr.", "DKK -92,233,720,368,547,758.08"),
    ];
    for (ore, da, en) in money {
        assert_eq!((format::money(Lang::Da, ore).as_str(), format::money(Lang::En, ore).as_str()), (da, en), "{ore}");
    }
    let dates = [
        (day(2026, 12, 31), "31. december 2026", "31.12.2026", "31 December 2026", "31/12/2026"),
        (day(2027, 1, 1), "1. januar 2027", "01.01.2027", "1 January 2027", "01/01/2027"),
        (day(2024, 2, 29), "29. februar 2024", "29.02.2024", "29 February 2024", "29/02/2024"),
        (day(2000, 2, 29), "29. februar 2000", "29.02.2000", "29 February 2000", "29/02/2000"),
        (day(2026, 2, 28), "28. februar 2026", "28.02.2026", "28 February 2026", "28/02/2026"),
        (day(9999, 12, 31), "31. december 9999", "31.12.9999", "31 December 9999", "31/12/9999"),
        (day(1, 1, 1), "1. januar 0001", "01.01.0001", "1 January 0001", "01/01/0001"),
    ];
    for (date, da_long, da_short, en_long, en_short) in dates {
        assert_eq!(format::long_date(Lang::Da, date), da_long);
        assert_eq!(format::short_date(Lang::Da, date), da_short);
        assert_eq!(format::long_date(Lang::En, date), en_long);
        assert_eq!(format::short_date(Lang::En, date), en_short);
    }
    let instants = [
        ("2026-12-31T23:59:59+01:00", "Opdateret 31. december 2026 kl. 23.59", "Updated 31 December 2026 at 23:59"),
        ("2027-01-01T00:00:00+01:00", "Opdateret 1. januar 2027 kl. 00.00", "Updated 1 January 2027 at 00:00"),
        // In the API's own offset: the citizen is told the time the authority wrote.
        ("2024-02-29T23:30:00-02:00", "Opdateret 29. februar 2024 kl. 23.30", "Updated 29 February 2024 at 23:30"),
    ];
    for (at, da, en) in instants {
        let at = DateTime::parse_from_rfc3339(at).expect("instant");
        assert_eq!((format::updated(Lang::Da, at).as_str(), format::updated(Lang::En, at).as_str()), (da, en));
    }
    assert_eq!(day(2024, 2, 29).year(), 2024);
}

/// The loopback exception is for this machine only, compared by whole host.
#[test]
fn loopback_look_alikes_are_refused() {
    for url in [
        "http://localhost.evil/",
        "http://localhost.evil.dk/x",
        "http://127.0.0.1.nip.io/",
        "http://[::1].evil/",
        "http://localhost@evil.dk/",
        "http://evil.dk#@localhost",
    ] {
        assert!(SafeUrl::web(url).is_err(), "{url}");
        assert!(!allowed_href(url), "the check itself refuses {url}");
    }
    for url in ["http://localhost:8080/api", "http://127.0.0.1/", "http://[::1]:3000/", "https://localhost/"] {
        assert_eq!(SafeUrl::web(url).map(|u| u.as_str().to_owned()).as_deref(), Ok(url));
        assert!(allowed_href(url), "{url}");
    }
}
