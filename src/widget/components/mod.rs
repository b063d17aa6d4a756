//! The components page (preview build only): every component of the widget in each of its
//! states, on real test citizens, as GOV.UK Frontend shows its own. Designers and testers
//! review them here, and the axe test scans them all in one page.

use leptos::prelude::*;
use std::sync::Arc;

use crate::api::{decode, View};
use crate::client::Failure;
use crate::present::filters::{CaseFilter, ClaimFilter};
use crate::present::{present, BenefitCard, CaseCard, ClaimCard, Context, Presentation};
use crate::rules::claims::ClaimStatus;
use crate::rules::url::SafeUrl;

use super::attention::Attention;
use super::badge::Badge;
use super::benefit_card::BenefitCard as BenefitView;
use super::case_card::CaseCard as CaseView;
use super::claim_card::{status_tone, ClaimCard as ClaimView};
use super::context::{self, Below};
use super::disclosure::Disclosure;
use super::findings::FindingList;
use super::heading::Heading;
use super::notice::{self, FailureNotice, Kind, Notice};
use super::placeholder::Skeleton;
use super::section::{Choice, Section, SectionTexts};

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
pub fn Components(view: View) -> impl IntoView {
    let lang = context::lang();
    let t = lang.texts();
    let today = super::browser::today();
    let shown: Vec<Presentation> = CITIZENS
        .iter()
        .filter_map(|body| decode(body).ok())
        .map(|overview| present(&overview, Context { lang, view, today }))
        .collect();
    let cases: Vec<CaseCard> = shown.iter().flat_map(|p| p.cases.iter().cloned()).collect();
    let benefits: Vec<BenefitCard> = shown.iter().flat_map(|p| p.benefits.iter().cloned()).collect();
    let claims: Vec<ClaimCard> = shown.iter().flat_map(|p| p.claims.iter().cloned()).collect();
    let findings = shown.last().map(|p| p.findings.clone()).unwrap_or_default();
    let attention = shown.first().map(|p| p.attention.clone()).unwrap_or_default();

    // The content is made inside `Below`, so that its headings sit under the part's.
    let part = |name: &'static str, content: Box<dyn FnOnce() -> AnyView + Send>| {
        view! {
            <section data-component=name>
                <Heading><span lang="en">{name}</span></Heading>
                <Below>{content()}</Below>
            </section>
        }
    };
    let badges =
        ClaimStatus::ALL.map(|status| view! { <Badge tone=status_tone(status) text=t.claim_status(status)/> " " });
    // Each failure as the widget shows it: with and without what was shown before, with the
    // log-in link for an expired session.
    let login = SafeUrl::web("https://www.borger.dk/log-ind").ok();
    let failures = [
        (Failure::Offline, false),
        (Failure::Timeout, true),
        (Failure::RateLimited { retry_after_s: Some(20) }, false),
        (Failure::Unauthorized, false),
    ]
    .map(|(failure, kept)| view! { <FailureNotice failure=failure kept=kept login_url=login.clone() retry=|| ()/> });
    let cards = Arc::<[CaseCard]>::from(cases.clone());
    let no_cards: Arc<[CaseCard]> = Arc::from(Vec::new());
    let claim_filter = RwSignal::new(ClaimFilter::default());
    let case_filter = RwSignal::new(CaseFilter::Closed);

    view! {
        <div class=super::placeholder::REGION role="region" aria-label=t.region>
            <Heading class=super::placeholder::TITLE><span lang="en">"Components"</span></Heading>
            <Below>
                {part("Attention", Box::new(move || view! {
                    <Attention lines=attention follow=Callback::new(|_| ())/>
                }.into_any()))}
                {part("Badge", Box::new(move || view! { <p>{badges}</p> }.into_any()))}
                {part("Notice", Box::new(move || view! {
                    <Notice kind=Kind::Info><p class=notice::style::body>{t.items_not_shown.of(2)}</p></Notice>
                    <Notice kind=Kind::Warning title=t.verification_banner_title>
                        <p class=notice::style::body>{t.verification_banner_body}</p>
                    </Notice>
                    {failures}
                }.into_any()))}
                {part("Disclosure", Box::new(move || view! {
                    <Disclosure label=t.contact_and_breach.to_owned()><p>{t.contact}</p></Disclosure>
                    <Disclosure label=t.documents.to_owned() open=true><p>{t.no_payments}</p></Disclosure>
                }.into_any()))}
                {part("Choice", Box::new(move || view! {
                    <Choice label=t.filter_claims value=claim_filter options=ClaimFilter::choices(lang)/>
                }.into_any()))}
                {part("Skeleton", Box::new(move || view! { <Skeleton/> }.into_any()))}
                {part("Section", Box::new(move || view! {
                    <Section texts=SectionTexts { title: t.cases, empty: t.no_cases } all=no_cards.clone()
                        items=Signal::stored(no_cards.clone()) render=|card: CaseCard| view! { <CaseView case=card/> }.into_any()/>
                    <Section texts=SectionTexts { title: t.cases, empty: t.no_cases } all=cards.clone()
                        items=Signal::stored(no_cards) render=|card: CaseCard| view! { <CaseView case=card/> }.into_any()
                        controls=view! { <Choice label=t.filter_cases value=case_filter options=CaseFilter::choices(lang)/> }.into_any()/>
                    <Section texts=SectionTexts { title: t.cases, empty: t.no_cases } all=cards.clone()
                        items=Signal::stored(cards) render=|card: CaseCard| view! { <CaseView case=card/> }.into_any()/>
                }.into_any()))}
                {part("CaseCard", Box::new(move || cards_of(cases, |card| view! { <CaseView case=card/> }.into_any())))}
                {part("BenefitCard", Box::new(move || cards_of(benefits, |card| view! { <BenefitView benefit=card/> }.into_any())))}
                {part("ClaimCard", Box::new(move || cards_of(claims, |card| view! { <ClaimView claim=card/> }.into_any())))}
                {part("FindingList", Box::new(move || view! { <FindingList findings=findings/> }.into_any()))}
            </Below>
        </div>
    }
}

/// Every card of a kind, one after the other.
fn cards_of<T>(cards: Vec<T>, render: impl Fn(T) -> AnyView) -> AnyView {
    view! { <ul class=super::section::style::list>{cards.into_iter().map(|card| view! { <li>{render(card)}</li> }).collect_view()}</ul> }
        .into_any()
}
