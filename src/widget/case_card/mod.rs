//! One case: derived title, state, timeline, documents, links and contact.

use leptos::prelude::*;

use crate::i18n::fill_all;
use crate::present::{CaseCard as Case, DocumentLine, TimelineLine};
use crate::rules::progress::{State, Step, StepStatus};

use super::badge::{Badge, Tone};
use super::card::{Card, CardLinks};
use super::contact::ContactDisclosure;
use super::context;
use super::disclosure::Disclosure;

stylance::import_crate_style!(style, "src/widget/case_card/case_card.module.css");

#[component]
pub fn CaseCard(case: Case) -> impl IntoView {
    let t = context::texts();
    let tone = match case.state {
        State::At(Step::Afsluttet) | State::Unknown | State::Other => Tone::Neutral,
        State::At(Step::Afgjort) => Tone::Success,
        State::At(_) => Tone::Info,
    };
    let mut facts = vec![(t.authority, case.authority), (t.case_number, case.case_number), (t.created, case.created)];
    if let Some(property) = case.property {
        facts.push((t.property, property));
    }
    let links = case.self_service.into_iter().chain(case.access_to_records).collect();
    let documents = case.documents;
    view! {
        <Card title=case.title badge=(tone, case.state_label) facts=facts>
            <Timeline steps=case.timeline/>
            <p class=style::next><span class=style::next_term>{t.what_next}</span>" "{case.next}</p>
            <CardLinks links=links/>
            {(!documents.is_empty()).then(|| {
                let label = format!("{} ({})", t.documents, documents.len());
                view! { <Disclosure label=label><Documents documents=documents.clone()/></Disclosure> }
            })}
            <ContactDisclosure contact=case.contact breach=case.breach/>
        </Card>
    }
}

#[component]
fn Timeline(steps: Vec<TimelineLine>) -> impl IntoView {
    let t = context::texts();
    view! {
        <ol class=style::timeline aria-label=t.progress>
            {steps.into_iter().map(|step| {
                let class = match step.status {
                    StepStatus::Done => format!("{} {}", style::step, style::done),
                    StepStatus::Current => format!("{} {}", style::step, style::current),
                    StepStatus::Upcoming => style::step.to_owned(),
                };
                let current = (step.status == StepStatus::Current).then_some("step");
                view! {
                    <li class=class aria-current=current>
                        <span class=style::label>{step.label}</span>
                        <span class=super::VISUALLY_HIDDEN>{format!(", {}", step.status_text)}</span>
                        {step.date.map(|d| view! { <span class=style::date>{d}</span> })}
                        <span class=style::meaning>{step.meaning}</span>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

#[component]
fn Documents(documents: Vec<DocumentLine>) -> impl IntoView {
    let t = context::texts();
    view! {
        <ul class=style::documents>
            {documents.into_iter().map(|doc| {
                let meta = match doc.direction {
                    Some(direction) => fill_all("{}, {}", &[direction, &doc.date]),
                    None => doc.date,
                };
                view! {
                    <li>
                        {doc.title}
                        {doc.verification_only.then(|| view! {
                            <span class=style::marker><Badge tone=Tone::Warning text=t.verification_only/></span>
                        })}
                        <span class=style::document_meta>{meta}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
