//! One claim: what is owed, its status, the deadline and how to pay.

use crate::i18n::Texts;
use crate::present::ClaimCard;
use crate::rules::claims::ClaimStatus;

use super::badge::Tone;
use super::card::{card, card_links, note};
use super::contact::contact_disclosure;
use super::markup::Element;

/// A claim's card, its title a heading of `level`.
pub fn claim_card(claim: &ClaimCard, t: &Texts, level: u8) -> Element {
    let mut facts = vec![(t.authority, claim.authority.as_str()), (t.amount, &claim.amount)];
    if claim.status != ClaimStatus::Paid {
        facts.push((t.outstanding, &claim.outstanding));
    }
    facts.extend(claim.due_date.as_deref().map(|d| (t.due_date, d)));
    facts.extend(claim.paid_date.as_deref().map(|d| (t.paid_date, d)));
    card(&claim.title, level, (status_tone(claim.status), claim.status_label), &facts)
        .child_opt(claim.note.as_deref().map(note))
        .child_opt(card_links(&claim.pay))
        .child_opt(contact_disclosure(claim.contact.is_some() || claim.breach.is_some(), t))
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
