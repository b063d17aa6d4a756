//! The components page (preview build only): every component of the widget in each of its
//! states, on real test citizens, as GOV.UK Frontend shows its own. Designers and testers
//! review them here, and the axe test scans them all in one page.

use std::rc::Rc;
use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::api::{decode, View};
use crate::client::{Failure, HeadingLevel};
use crate::i18n::Lang;
use crate::present::filters::{labels, CaseFilter, CaseOrder, ClaimFilter};
use crate::present::{present, Card, CaseCard, Context, Presentation, SectionOutline, FIRST_PAGE};
use crate::rules::claims::ClaimStatus;
use crate::rules::url::SafeUrl;

use super::attention::attention;
use super::badge::badge;
use super::benefit_card::benefit_card;
use super::case_card::case_card;
use super::claim_card::{claim_card, status_tone};
use super::contents::{toggle, BENEFITS, CASES, CLAIMS};
use super::controls::choice;
use super::disclosure::{disclosure, Panel, Parts};
use super::findings::finding_list;
use super::markup::{el, heading, plain_list, Element};
use super::notice::{failure_notice, notice, paragraph, Kind};
use super::placeholder::skeleton;
use super::section::{CardList, Cards, PageSection, SectionTexts};
use super::style::{REGION, TITLE};

/// The test citizens the cards are shown for, built into the preview build.
const CITIZENS: [&str; 6] = [
    include_str!("../../../public/fixtures/opmaerksom.json"),
    include_str!("../../../public/fixtures/ydelser.json"),
    include_str!("../../../public/fixtures/kontanthjaelp.json"),
    include_str!("../../../public/fixtures/grundejer.json"),
    include_str!("../../../public/fixtures/betalinger.json"),
    include_str!("../../../public/fixtures/fjendtlig.json"),
];

#[component]
pub fn Components(view: View, lang: Lang, level: HeadingLevel) -> impl IntoView {
    let t = lang.texts();
    let level = level.get();
    let today = super::browser::today();
    let shown: Vec<Presentation> = CITIZENS
        .iter()
        .filter_map(|body| decode(body).ok())
        .map(|overview| present(&overview, Context { lang, view, today }))
        .collect();
    // Every card of the test citizens, as one presentation (the disclosures open from it).
    let all = Arc::new(Presentation {
        cases: shown.iter().flat_map(|p| p.cases.iter().cloned()).collect(),
        benefits: shown.iter().flat_map(|p| p.benefits.iter().cloned()).collect(),
        claims: shown.iter().flat_map(|p| p.claims.iter().cloned()).collect(),
        ..Presentation::default()
    });
    let findings = shown.last().map(|p| p.findings.clone()).unwrap_or_default();
    let summary = shown.first().map(|p| p.attention.clone()).unwrap_or_default();

    let root = NodeRef::<html::Div>::new();
    let page = all.clone();
    root.on_load(move |root| {
        let root: HtmlElement = root.unchecked_into();
        root.set_text_content(None);
        let (part_level, inner) = (level + 1, level + 2);
        let part = |name: &str, content: Vec<Element>| {
            el("section")
                .attr("data-component", name)
                .child(heading(part_level).child(el("span").attr("lang", "en").text(name)))
                .children(content)
        };
        let login = SafeUrl::web("https://www.borger.dk/log-ind").ok();
        let failures = [
            (Failure::Offline, false),
            (Failure::Timeout, true),
            (Failure::RateLimited { retry_after_s: Some(20) }, false),
            (Failure::Unauthorized, false),
        ]
        .map(|(failure, kept)| failure_notice(&failure, kept, login.as_ref(), lang));
        // Cards of a kind, each where the page's click handler finds its card.
        let cards = |section: usize, markup: Vec<(String, Element)>| {
            el("div").attr("data-section", &section.to_string()).child(
                plain_list("ul")
                    .class(super::section::style::list)
                    .children(markup.into_iter().map(|(key, card)| el("li").attr("data-key", &key).child(card))),
            )
        };
        let open = disclosure(t.documents, Panel::Documents);
        let frame = el("div")
            .class(REGION)
            .attr("role", "region")
            .attr("aria-label", t.region)
            .child(heading(level).class(TITLE).child(el("span").attr("lang", "en").text("Components")))
            .child(part("Attention", attention(&summary, t, inner).into_iter().collect()))
            .child(part(
                "Badge",
                vec![el("p").children(ClaimStatus::ALL.map(|s| badge(status_tone(s), t.claim_status(s))))],
            ))
            .child(part(
                "Notice",
                [
                    notice(Kind::Info, None, [paragraph(&t.items_not_shown.of(2))]),
                    notice(Kind::Warning, Some(t.verification_banner_title), [paragraph(t.verification_banner_body)]),
                ]
                .into_iter()
                .chain(failures)
                .collect(),
            ))
            .child(part("Disclosure", vec![disclosure(t.contact_and_breach, Panel::Contact), open]))
            .child(part("Choice", vec![choice(t.filter_claims, "claims", &labels(ClaimFilter::choices(lang)), 0)]))
            .child(part("Skeleton", vec![skeleton()]))
            .child(part("Section", Vec::new()))
            .child(part(
                "CaseCard",
                vec![cards(CASES, all.cases.iter().map(|c| (c.id.clone(), case_card(c, t, inner))).collect())],
            ))
            .child(part(
                "BenefitCard",
                vec![cards(BENEFITS, all.benefits.iter().map(|b| (b.id.clone(), benefit_card(b, t, inner))).collect())],
            ))
            .child(part(
                "ClaimCard",
                vec![cards(CLAIMS, all.claims.iter().map(|c| (c.id.clone(), claim_card(c, t, inner))).collect())],
            ))
            .child(part("FindingList", vec![finding_list(&findings, lang, inner)]));
        let Some(frame) = frame.append_to(&root) else { return };

        // The second disclosure is shown open, holding a sentence.
        if let Some(parts) = frame
            .query_selector("[data-component=Disclosure] button:last-of-type")
            .ok()
            .flatten()
            .and_then(|b| Parts::of(&b))
        {
            paragraph(t.no_payments).append_to(&parts.panel);
            parts.set_open(true);
        }
        // Sections: empty; all filtered out; every card; the first page while the rest is made.
        let Some(sections) = super::markup::part(&frame, "[data-component=Section]") else { return };
        let texts = SectionTexts { title: t.cases, empty: t.no_cases };
        let cases: Arc<[CaseCard]> = all.cases.clone();
        let none: Arc<[CaseCard]> = Arc::from(Vec::new());
        let first: Arc<[CaseCard]> = cases.get(..FIRST_PAGE.min(cases.len())).unwrap_or_default().into();
        let whole = outline(&cases);
        let filter = |chosen| vec![choice(t.filter_cases, "cases", &labels(CaseFilter::choices(lang)), chosen)];
        let order = vec![choice(t.sort, "order", &labels(CaseOrder::choices(lang)), 0)];
        let states = [
            (SectionOutline::default(), none.clone(), Vec::new(), true),
            (whole, none, filter(2), true),
            (whole, cases, Vec::new(), true),
            (SectionOutline { total: whole.total + FIRST_PAGE, ..whole }, first, order, false),
        ];
        for (outline, list, controls, complete) in states {
            if let Some(mut section) = PageSection::new(&sections, CASES, texts, outline, inner, controls) {
                let cards: Rc<dyn Cards> = Rc::new(CardList { cards: list, markup: case_card });
                section.update(&cards, FIRST_PAGE, complete, t);
            }
        }
    });
    let on_click = move |event: leptos::ev::MouseEvent| {
        let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if let Some(parts) = target.and_then(|t| Parts::of(&t)) {
            toggle(&parts, &page, lang);
        }
    };
    view! { <div node_ref=root on:click=on_click></div> }
}

/// A section's count and grouping, from all its cards.
fn outline(cards: &[CaseCard]) -> SectionOutline {
    let grouped = cards.first().is_some_and(|first| cards.iter().any(|c| c.authority() != first.authority()));
    SectionOutline { total: cards.len(), grouped }
}
