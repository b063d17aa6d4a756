//! Property tests: the decoder, the text filter, the URL check and the formatters never panic,
//! and keep their promises on arbitrary input.

use chrono::NaiveDate;
use mit_overblik::api::decode;
use mit_overblik::i18n::{format, Lang};
use mit_overblik::present::{present, Context};
use mit_overblik::rules::documents::ViewKind;
use mit_overblik::rules::text::{clean, mask_cpr};
use mit_overblik::rules::url::SafeUrl;
use mit_overblik::rules::links;
use proptest::prelude::*;

fn context() -> Context {
    Context { lang: Lang::Da, view: ViewKind::Verification, today: NaiveDate::from_ymd_opt(2026, 11, 23).expect("date") }
}

/// JSON-ish text: mostly the contract's own words, so the decoder gets past the envelope.
fn jsonish() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("{".to_owned()), Just("}".to_owned()), Just("[".to_owned()), Just("]".to_owned()),
        Just(",".to_owned()), Just(":".to_owned()), Just("\"schemaVersion\":\"1.0\"".to_owned()),
        Just("\"cases\"".to_owned()), Just("\"claims\"".to_owned()), Just("\"id\"".to_owned()),
        Just("\"progress\"".to_owned()), Just("null".to_owned()), Just("-1".to_owned()), Just("1e400".to_owned()),
        "\"[a-zA-Z0-9 .:<>-]{0,12}\"".prop_map(|s| s), any::<i64>().prop_map(|n| n.to_string()),
    ];
    prop::collection::vec(token, 0..60).prop_map(|t| t.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

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
            prop_assert!(!url.as_str().contains('@') && !url.as_str().contains(' '));
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
