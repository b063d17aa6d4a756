//! One claim: what is owed, its status, the deadline and how to pay.

use leptos::prelude::*;

use crate::present::ClaimCard as Claim;
use crate::rules::claims::ClaimStatus;

use super::badge::Tone;
use super::card::{self, Card, CardLinks};
use super::contact::ContactDisclosure;
use super::context;

#[component]
pub fn ClaimCard(claim: Claim) -> impl IntoView {
    let t = context::texts();
    let tone = status_tone(claim.status);
    let mut facts = vec![(t.authority, claim.authority), (t.amount, claim.amount)];
    if claim.status != ClaimStatus::Paid {
        facts.push((t.outstanding, claim.outstanding));
    }
    facts.extend(claim.due_date.map(|d| (t.due_date, d)));
    facts.extend(claim.paid_date.map(|d| (t.paid_date, d)));
    view! {
        <Card title=claim.title badge=(tone, claim.status_label) facts=facts>
            {claim.note.map(|note| view! { <p class=card::style::note>{note}</p> })}
            <CardLinks links=claim.pay.into_iter().collect()/>
            <ContactDisclosure contact=claim.contact breach=claim.breach/>
        </Card>
    }
}

/// A claim status's colour: red for what is overdue, green for what is paid.
pub fn status_tone(status: ClaimStatus) -> Tone {
    match status {
        ClaimStatus::Overdue => Tone::Error,
        ClaimStatus::Upcoming => Tone::Info,
        ClaimStatus::SentToDebtCollection => Tone::Warning,
        ClaimStatus::Paid => Tone::Success,
        ClaimStatus::Unknown => Tone::Neutral,
    }
}
