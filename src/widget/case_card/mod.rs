//! One case: derived title, state, timeline, documents, links and contact.

use crate::i18n::Texts;
use crate::present::{CaseCard, DocumentLine, TimelineLine};
use crate::rules::progress::{State, Step, StepStatus};

use super::badge::{badge, Tone};
use super::card::{card, card_links};
use super::contact::contact_disclosure;
use super::disclosure::{disclosure, Panel};
use super::markup::{el, plain_list, Element};
use super::style::VISUALLY_HIDDEN;

stylance::import_crate_style!(style, "src/widget/case_card/case_card.module.css");

/// A case's card, its title a heading of `level`.
pub fn case_card(case: &CaseCard, t: &Texts, level: u8) -> Element {
    let tone = match case.state {
        State::At(Step::Afsluttet) | State::Unknown | State::Other => Tone::Neutral,
        State::At(Step::Afgjort) => Tone::Success,
        State::At(_) => Tone::Info,
    };
    let mut facts =
        vec![(t.authority, case.authority.as_str()), (t.case_number, &case.case_number), (t.created, &case.created)];
    facts.extend(case.property.as_deref().map(|property| (t.property, property)));
    card(&case.title, level, (tone, case.state_label), &facts)
        .child(timeline(&case.timeline, t))
        .child(
            el("p")
                .class(style::next)
                .child(el("span").class(style::next_term).text(t.what_next))
                .text(" ")
                .text(&case.next),
        )
        .child_opt(card_links(case.self_service.iter().chain(&case.access_to_records)))
        .child_opt(
            (!case.documents.is_empty())
                .then(|| disclosure(&t.counted(t.documents, case.documents.len()), Panel::Documents)),
        )
        .child_opt(contact_disclosure(case.contact.is_some() || case.breach.is_some(), t))
}

fn timeline(steps: &[TimelineLine], t: &Texts) -> Element {
    el("ol").class(style::timeline).attr("aria-label", t.progress).children(steps.iter().map(|step| {
        let class = match step.status {
            StepStatus::Done => format!("{} {}", style::step, style::done),
            StepStatus::Current => format!("{} {}", style::step, style::current),
            StepStatus::Upcoming => style::step.to_owned(),
        };
        el("li")
            .class(&class)
            .attr_opt("aria-current", (step.status == StepStatus::Current).then_some("step"))
            .child(el("span").class(style::label).text(step.label))
            .child(el("span").class(VISUALLY_HIDDEN).text(&t.step_state(step.status_text)))
            .child_opt(step.date.as_deref().map(|d| el("span").class(style::date).text(d)))
            .child(el("span").class(style::meaning).text(step.meaning))
    }))
}

/// What the documents disclosure holds.
pub fn documents(documents: &[DocumentLine], t: &Texts) -> Element {
    plain_list("ul").class(style::documents).children(documents.iter().map(|doc| {
        let meta = t.document_meta(doc.direction, &doc.date);
        el("li")
            .text(&doc.title)
            .child_opt(
                doc.verification_only
                    .then(|| el("span").class(style::marker).child(badge(Tone::Warning, t.verification_only))),
            )
            .child(el("span").class(style::document_meta).text(&meta))
    }))
}
