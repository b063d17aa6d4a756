//! Property tests: the decoder, the text filter, the URL check and the formatters never panic,
//! and keep their promises on arbitrary input.

use chrono::NaiveDate;
use mit_overblik::api::decode;
use mit_overblik::api::View;
use mit_overblik::i18n::{format, Lang};
use mit_overblik::present::{present, Context};
use mit_overblik::rules::links;
use mit_overblik::rules::text::{clean, mask_cpr};
use mit_overblik::rules::url::SafeUrl;
use proptest::prelude::*;

fn context() -> Context {
    Context { lang: Lang::Da, view: View::Verification, today: NaiveDate::from_ymd_opt(2026, 11, 23).expect("date") }
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

/// 2,000 cases each in `cargo test`; `PROPTEST_CASES=1000000 cargo test --release --test
/// properties` runs a million (the README records what ran).
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000);
    ProptestConfig { cases, ..ProptestConfig::default() }
}

/// A real response as a JSON value, and every path to a value inside it (read once).
fn fixture_and_paths() -> (serde_json::Value, &'static [Vec<PathStep>]) {
    static ONCE: std::sync::OnceLock<(serde_json::Value, Vec<Vec<PathStep>>)> = std::sync::OnceLock::new();
    let (value, paths) = ONCE.get_or_init(read_fixture);
    (value.clone(), paths)
}

fn read_fixture() -> (serde_json::Value, Vec<Vec<PathStep>>) {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/fixtures/grundejer.json"))
        .expect("fixture");
    let value: serde_json::Value = serde_json::from_str(&text).expect("fixture is JSON");
    let mut paths = Vec::new();
    collect_paths(&value, &mut Vec::new(), &mut paths);
    (value, paths)
}

#[derive(Clone, Debug)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn collect_paths(value: &serde_json::Value, here: &mut Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
    out.push(here.clone());
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                here.push(PathStep::Key(k.clone()));
                collect_paths(v, here, out);
                here.pop();
            }
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                here.push(PathStep::Index(i));
                collect_paths(v, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn at_mut<'a>(value: &'a mut serde_json::Value, path: &[PathStep]) -> Option<&'a mut serde_json::Value> {
    path.iter().try_fold(value, |v, step| match step {
        PathStep::Key(k) => v.get_mut(k.as_str()),
        PathStep::Index(i) => v.get_mut(*i),
    })
}

/// Any JSON value, a few levels deep, biased towards what breaks things.
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::{json, Value};
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        any::<String>().prop_map(Value::String),
        prop::sample::select(vec![
            "javascript:alert(1)",
            "https://kk.dk/{caseNumber}",
            "010190-1234",
            "<script>x</script>",
            "2026-02-30",
            "9999-12-31",
            "1900-01-01",
            "Afsluttet",
            "verification",
            "caseTitle",
            "\u{202E}",
            "",
            "0101",
            "02.34.02",
        ])
        .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            prop::collection::btree_map("[a-zA-Z]{1,10}", inner, 0..4)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(config())]

    /// Fuzzing every field: one value anywhere in a real response replaced by anything.
    #[test]
    fn any_field_replaced_by_anything_never_panics(pick in any::<prop::sample::Index>(), replacement in any_json(), delete in any::<bool>()) {
        let (mut value, paths) = fixture_and_paths();
        let path = &paths[pick.index(paths.len())];
        if delete && !path.is_empty() {
            let (last, parent) = path.split_last().expect("non-empty path");
            if let (Some(parent), PathStep::Key(k)) = (at_mut(&mut value, parent), last) {
                if let Some(map) = parent.as_object_mut() {
                    map.remove(k);
                }
            }
        } else if let Some(slot) = at_mut(&mut value, path) {
            *slot = replacement;
        }
        if let Ok(overview) = decode(&value.to_string()) {
            for view in [View::Citizen, View::Verification] {
                present(&overview, Context { view, ..context() });
            }
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
    fn cleaned_text_has_no_tags_hidden_characters_or_cpr(input in any::<String>()) {
        let cleaned = clean(&input).text;
        let hidden = |c: char| c.is_control() || ('\u{202A}'..='\u{202E}').contains(&c) || c == '\u{200B}';
        prop_assert!(!cleaned.chars().any(hidden), "hidden characters left in {:?}", cleaned);
        prop_assert_eq!(mask_cpr(&cleaned).1, 0, "masking twice finds nothing new: {:?}", cleaned);
        prop_assert!(!cleaned.starts_with(' ') && !cleaned.ends_with(' '));
    }

    #[test]
    fn cpr_is_always_masked(day in 1u32..=28, month in 1u32..=12, year in 0u32..=99, serial in 0u32..=9999, dash in any::<bool>(), before in "[a-z ]{0,5}", after in "[a-z ]{0,5}") {
        let cpr = format!("{day:02}{month:02}{year:02}{}{serial:04}", if dash { "-" } else { "" });
        let text = format!("{before}{cpr}{after}");
        let (masked, count) = mask_cpr(&text);
        prop_assert_eq!(count, 1);
        prop_assert!(!masked.contains(&cpr));
    }

    #[test]
    fn url_check_never_panics_and_only_passes_https_or_local(input in any::<String>()) {
        if let Ok(url) = SafeUrl::web(&input) {
            let s = url.as_str();
            prop_assert!(s.starts_with("https://") || s.starts_with("http://localhost") || s.starts_with("http://127.0.0.1") || s.starts_with("http://[::1]"), "{}", s);
        }
    }

    #[test]
    fn url_check_on_url_shaped_input(scheme in "(https?|javascript|data|ftp|HTTPS|)", sep in "(://|:|//|)", rest in "[a-zA-Z0-9@:/?#.%{}\\[\\] -]{0,30}") {
        let input = format!("{scheme}{sep}{rest}");
        if let Ok(url) = SafeUrl::web(&input) {
            // No user name in the authority ('@' further on, in the path, is harmless), no spaces.
            let after_scheme = url.as_str().split_once("://").map_or("", |(_, rest)| rest);
            let authority = after_scheme.split(['/', '?', '#']).next().unwrap_or_default();
            prop_assert!(!authority.contains('@') && !authority.is_empty() && !url.as_str().contains(' '), "{}", url.as_str());
        }
    }

    #[test]
    fn deep_links_and_phones_never_panic(template in any::<String>(), number in any::<String>(), phone in any::<String>()) {
        let _ = links::deep_link(&template, Some(&number));
        let _ = links::phone(&phone);
        let _ = links::email(&phone);
    }

    #[test]
    fn formatters_never_panic(ore in any::<i64>(), days in -100_000i32..3_000_000) {
        for lang in [Lang::Da, Lang::En] {
            let money = format::money(lang, ore);
            prop_assert!(!money.is_empty());
            if let Some(date) = NaiveDate::from_num_days_from_ce_opt(days) {
                prop_assert!(!format::long_date(lang, date).is_empty());
                prop_assert!(!format::short_date(lang, date).is_empty());
            }
        }
    }
}
