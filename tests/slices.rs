//! The widget presents a large overview a few items per task, the first page of each section
//! first; what it shows must not depend on where the slices fall, and what it shows first
//! must be the start of what it shows in the end.

mod support;

use mit_overblik::api::View;
use mit_overblik::i18n::Lang;
use mit_overblik::present::{present, Context, Presenting, FIRST_PAGE};

#[test]
fn presenting_in_slices_gives_what_presenting_at_once_gives_first_pages_first() {
    let today = support::fixtures_day();
    for id in ["stor", "betalinger", "flere-myndigheder", "fjendtlig", "opmaerksom", "ydelser"] {
        let overview = support::fixture(id);
        let items = overview.cases.len() + overview.benefits.len() + overview.claims.len();
        for (lang, view) in [(Lang::Da, View::Citizen), (Lang::En, View::Verification)] {
            let context = Context { lang, view, today };
            let at_once = present(&overview, context);
            for slice in [1, 3] {
                let mut presenting = Presenting::start(&overview, context);
                let (mut steps, mut first) = (0, None);
                loop {
                    steps += 1;
                    let done = presenting.step(slice);
                    if first.is_none() {
                        first = presenting.first_pages();
                        if first.is_some() {
                            // Made before the rest: at most the first pages, the summary's claims
                            // and the summary's benefit.
                            let firsts = [&overview.cases.len(), &overview.benefits.len(), &overview.claims.len()]
                                .map(|n| (*n).min(FIRST_PAGE));
                            assert!(
                                steps * slice <= firsts.iter().sum::<usize>() + overview.claims.len() + slice + 1,
                                "{id}: the first pages waited for more"
                            );
                        }
                    }
                    if done {
                        break;
                    }
                }
                let first = first.unwrap_or_else(|| panic!("{id}: the first pages were never ready"));
                let whole = presenting.finish();
                assert_eq!(whole, at_once, "{id}, slices of {slice}");
                if let Some(difference) = support::first_pages_differ(&first, &whole) {
                    panic!("{id} {lang:?} {view:?}, slices of {slice}: {difference}");
                }
                assert!(steps * slice >= items, "{id}: every card had a step");
            }
        }
    }
}

#[test]
fn on_the_large_citizen_the_first_pages_are_a_small_part() {
    let overview = support::fixture("stor");
    let context = Context { lang: Lang::Da, view: View::Citizen, today: support::fixtures_day() };
    let mut presenting = Presenting::start(&overview, context);
    let mut made = 0;
    while presenting.first_pages().is_none() {
        assert!(!presenting.step(1), "the first pages come before the end");
        made += 1;
    }
    let first = presenting.first_pages().expect("ready");
    assert_eq!((first.cases.len(), first.benefits.len()), (FIRST_PAGE, FIRST_PAGE));
    assert_eq!(first.outline.cases.total, overview.cases.len());
    assert!(made < 60, "{made} cards made before the first paint, of 860");
}

#[test]
fn a_section_is_grouped_by_authority_when_its_items_come_from_more_than_one() {
    let today = support::fixtures_day();
    let (mut grouped, mut single) = (0, 0);
    for id in ["stor", "betalinger", "flere-myndigheder", "fjendtlig", "opmaerksom", "ydelser", "kontanthjaelp"] {
        let overview = support::fixture(id);
        let presentation = present(&overview, Context { lang: Lang::Da, view: View::Citizen, today });
        let authorities = |ids: Vec<&str>| {
            let mut ids = ids;
            ids.sort_unstable();
            ids.dedup();
            ids.len()
        };
        for (section, outline, count) in [
            (
                "cases",
                presentation.outline.cases,
                authorities(overview.cases.iter().map(|c| c.authority_id.as_str()).collect()),
            ),
            (
                "benefits",
                presentation.outline.benefits,
                authorities(overview.benefits.iter().map(|b| b.authority_id.as_str()).collect()),
            ),
            (
                "claims",
                presentation.outline.claims,
                authorities(overview.claims.iter().map(|c| c.authority_id.as_str()).collect()),
            ),
        ] {
            assert_eq!(outline.grouped, count > 1, "{id}: {section} from {count} authorities");
            if count == 1 {
                single += 1;
            } else if count > 1 {
                grouped += 1;
            }
        }
    }
    assert!(grouped > 0 && single > 0, "the fixtures have sections of one authority and of several");
}

/// Staff see what is found in the first pages with them, and the rest when it is made: the
/// first pages' findings are the start of the whole presentation's.
#[cfg(feature = "preview")]
#[test]
fn the_first_pages_come_with_their_findings() {
    let overview = support::fixture("fjendtlig");
    let context = Context { lang: Lang::Da, view: View::Verification, today: support::fixtures_day() };
    let mut presenting = Presenting::start(&overview, context);
    while presenting.first_pages().is_none() {
        presenting.step(1);
    }
    let first = presenting.first_pages().expect("ready");
    assert!(!first.complete);
    let whole = presenting.finish();
    assert!(whole.complete);
    assert!(!first.findings.is_empty(), "the first pages' own findings");
    assert!(whole.findings.starts_with(&first.findings));
}
