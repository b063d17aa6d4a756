//! The widget presents a large overview a few items per task; what it shows must not depend
//! on where the slices fall.

use chrono::NaiveDate;
use mit_overblik::api::decode;
use mit_overblik::api::View;
use mit_overblik::i18n::Lang;
use mit_overblik::present::{present, Context, Presenting};

#[test]
fn presenting_in_slices_gives_what_presenting_at_once_gives() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/public/fixtures");
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
    for id in ["stor", "betalinger", "flere-myndigheder", "fjendtlig"] {
        let overview =
            decode(&std::fs::read_to_string(format!("{fixtures}/{id}.json")).expect("fixture")).expect("an overview");
        for (lang, view) in [(Lang::Da, View::Citizen), (Lang::En, View::Verification)] {
            let context = Context { lang, view, today };
            let at_once = present(&overview, context);
            for slice in [1, 3] {
                let mut presenting = Presenting::start(&overview, context);
                let mut steps = 0;
                while !presenting.step(slice) {
                    steps += 1;
                }
                assert_eq!(presenting.finish(), at_once, "{id}, slices of {slice}");
                let items = overview.cases.len() + overview.benefits.len() + overview.claims.len();
                assert!(steps * slice >= items, "{id}: every item had a step");
            }
        }
    }
}
