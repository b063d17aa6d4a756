//! Claims: what the citizen owes, its status, and how to pay.

use crate::api::Claim;
use crate::i18n::{fill, format};
use crate::rules::claims::{self, ClaimStatus};
use crate::rules::findings::{FindingKind, ItemRef};
use crate::rules::links;

use super::cards::{ClaimCard, Link};
use super::Builder;

impl<'a> Builder<'a> {
    /// The claims with their statuses, what needs action first: the order they are shown in.
    pub(super) fn claims_in_order(&self) -> Vec<(&'a Claim, ClaimStatus)> {
        let today = self.context.today;
        let mut sorted: Vec<(&Claim, ClaimStatus)> =
            self.overview.claims.iter().map(|c| (c, claims::status(c, today))).collect();
        crate::sort::sort_by(&mut sorted, |a, b| claims::action_order(*a, *b));
        sorted
    }

    pub(super) fn claim(&mut self, claim: &Claim, status: ClaimStatus) -> ClaimCard {
        let item = ItemRef::Claim(claim.id.clone());
        let lang = self.lang();
        let t = lang.texts();
        self.check_authority(&claim.authority_id, &item);
        let authority = self.authority_name(&claim.authority_id);
        let claim_type = self.claim_type(&claim.authority_id, &claim.claim_type_id);
        if claim_type.is_none() {
            self.find(FindingKind::UnknownReference, &item, || format!("claimTypeId {:?}", claim.claim_type_id));
        }
        let title = claim_type
            .map(|ct| self.shared_text(&ct.name, ItemRef::ClaimType(ct.id.clone()), "name"))
            .filter(|name| !name.is_empty())
            .unwrap_or_else(|| fill(t.claim_to, &authority));
        let pay = claim_type
            .filter(|_| matches!(status, ClaimStatus::Overdue | ClaimStatus::Upcoming | ClaimStatus::Unknown))
            .and_then(|ct| links::choose_self_service(&ct.self_service, None))
            .and_then(|entry| self.url(links::deep_link(&entry.url, None), &entry.url, &item, "selfService.url"))
            .map(|href| Link { href, text: fill(t.pay, &title) });
        let note = match status {
            ClaimStatus::Unknown => Some(fill(t.claim_unknown_note, &authority)),
            ClaimStatus::SentToDebtCollection => Some(t.claim_debt_collection_note.to_owned()),
            _ => None,
        };
        ClaimCard {
            id: claim.id.clone(),
            status,
            status_label: t.claim_status(status),
            amount: format::money(lang, claim.amount_ore),
            outstanding: format::money(lang, claim.outstanding_ore),
            due_date: claim.due_date.map(|d| format::long_date(lang, d)),
            paid_date: claim.paid_date.map(|d| format::long_date(lang, d)),
            note,
            pay,
            contact: self.contact(claim_type.and_then(|ct| ct.contact.as_ref()), &authority, &item),
            breach: self.breach(claim_type.and_then(|ct| ct.breach_reporting.as_ref()), &authority, &item),
            date: claim.due_date.unwrap_or(claim.created),
            title,
            authority,
        }
    }
}
