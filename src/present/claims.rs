//! Claims: what the citizen owes, its status, and how to pay.

use crate::api::{Claim, ClaimType};
use crate::i18n::{fill, format};
use crate::rules::claims::{self, ClaimStatus};
use crate::rules::findings::{FindingKind, ItemRef};

use super::cards::{ClaimCard, Link, LinkKind};
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

    /// What the summary says of claims, from the claims in the order shown (those it counts
    /// come first in that order, overdue before soon due).
    pub(super) fn tally_claims(&mut self, claims: &[(&'a Claim, ClaimStatus)]) {
        let today = self.context.today;
        for &(claim, status) in claims {
            let (_, pay) = self.title_and_pay(claim, status);
            self.tally.claim(claim, status, pay.as_ref(), today);
        }
    }

    /// A claim's title (its type's name at its own authority, else "Betaling til
    /// {myndighed}") and its pay link where it is still to be paid.
    fn title_and_pay(&mut self, claim: &Claim, status: ClaimStatus) -> (String, Option<Link>) {
        let claim_type = self.claim_type(&claim.authority_id, &claim.claim_type_id);
        let title = claim_type
            .map(|ct| self.shared_text(&ct.name, claim_type_ref(ct), "name"))
            .filter(|name| !name.is_empty())
            .unwrap_or_else(|| {
                let authority = self.authority_name(&claim.authority_id);
                fill(self.lang().texts().claim_to, &authority)
            });
        let payable = matches!(status, ClaimStatus::Overdue | ClaimStatus::Upcoming | ClaimStatus::Unknown);
        let pay = claim_type.filter(|_| payable).and_then(|ct| self.pay_link(ct, &title));
        (title, pay)
    }

    /// A claim type's pay link (its self-service link), made once: it is the same for every
    /// claim of the type, and what is wrong with it is said once, of the type.
    fn pay_link(&mut self, claim_type: &'a ClaimType, title: &str) -> Option<Link> {
        let key = (claim_type.authority_id.as_str(), claim_type.id.trim().to_ascii_uppercase());
        if let Some(link) = self.pay_links.get(&key) {
            return link.clone();
        }
        let text = fill(self.lang().texts().pay, title);
        let link = self
            .self_service(&claim_type.self_service, None, None, text, &claim_type_ref(claim_type))
            .map(|link| Link { kind: LinkKind::Pay, ..link });
        self.pay_links.insert(key, link.clone());
        link
    }

    pub(super) fn claim(&mut self, claim: &Claim, status: ClaimStatus) -> ClaimCard {
        let item = ItemRef::Claim(claim.id.clone());
        let lang = self.lang();
        let t = lang.texts();
        self.check_authority(&claim.authority_id, &item);
        let authority = self.authority_name(&claim.authority_id);
        let claim_type = self.claim_type(&claim.authority_id, &claim.claim_type_id);
        if claim_type.is_none() {
            self.find(FindingKind::UnknownReference, &item, || format!("claimTypeId \"{}\"", claim.claim_type_id));
        }
        let (title, pay) = self.title_and_pay(claim, status);
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

fn claim_type_ref(claim_type: &ClaimType) -> ItemRef {
    ItemRef::ClaimType { authority_id: claim_type.authority_id.clone(), id: claim_type.id.clone() }
}

#[cfg(test)]
mod tests {

    use crate::api::decode;
    use crate::api::View;
    use crate::i18n::Lang;
    use crate::present::{present, Context};

    /// Two municipalities that both call a claim type `T1`, and a claim whose type exists only
    /// at the other municipality.
    const OVERVIEW: &str = r#"{"schemaVersion":"1.0",
        "authorities":[{"id":"0101","name":"Københavns Kommune","status":"ok"},
                       {"id":"0461","name":"Odense Kommune","status":"ok"}],
        "claimTypes":[
          {"authorityId":"0101","id":"T1","name":"Biblioteksgebyr","selfService":[{"url":"https://kk.dk/betal"}]},
          {"authorityId":"0461","id":"T1","name":"Parkeringsafgift","selfService":[{"url":"https://odense.dk/betal"}]},
          {"authorityId":"0101","id":"T2","name":"Tandpleje","selfService":[{"url":"https://kk.dk/tand"}],
           "contact":{"phone":"33663366"}}],
        "claims":[
          {"id":"k1","authorityId":"0101","claimTypeId":"T1","amountOre":100,"outstandingOre":100,"created":"2026-01-01","dueDate":"2026-12-01"},
          {"id":"o1","authorityId":"0461","claimTypeId":"T1","amountOre":100,"outstandingOre":100,"created":"2026-01-01","dueDate":"2026-12-02"},
          {"id":"o2","authorityId":"0461","claimTypeId":"T2","amountOre":100,"outstandingOre":100,"created":"2026-01-01","dueDate":"2026-12-03"}]}"#;

    #[test]
    fn a_claim_type_belongs_to_its_own_authority() {
        let overview = decode(OVERVIEW).expect("decodes");
        let today = crate::testing::fixtures_day();
        let p = present(&overview, Context { lang: Lang::Da, view: View::Citizen, today });
        let shown: Vec<(&str, &str, Option<&str>, bool)> = p
            .claims
            .iter()
            .map(|c| (c.id.as_str(), c.title.as_str(), c.pay.as_ref().map(|l| l.href.as_str()), c.contact.is_some()))
            .collect();
        assert_eq!(
            shown,
            [
                ("k1", "Biblioteksgebyr", Some("https://kk.dk/betal"), false),
                ("o1", "Parkeringsafgift", Some("https://odense.dk/betal"), false),
                // Its type is Copenhagen's, not Odense's: no name, pay link or contact borrowed.
                ("o2", "Betaling til Odense Kommune", None, false),
            ]
        );
    }
}
