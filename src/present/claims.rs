//! Claims: what the citizen owes, its status, and how to pay.

use crate::api::Claim;
use crate::i18n::{fill, format};
use crate::rules::claims::{self, ClaimStatus};
use crate::rules::findings::{FindingKind, ItemRef};

use super::cards::ClaimCard;
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
            self.find(FindingKind::UnknownReference, &item, || format!("claimTypeId \"{}\"", claim.claim_type_id));
        }
        let title = claim_type
            .map(|ct| {
                let item = ItemRef::ClaimType { authority_id: ct.authority_id.clone(), id: ct.id.clone() };
                self.shared_text(&ct.name, item, "name")
            })
            .filter(|name| !name.is_empty())
            .unwrap_or_else(|| fill(t.claim_to, &authority));
        let pay = claim_type
            .filter(|_| matches!(status, ClaimStatus::Overdue | ClaimStatus::Upcoming | ClaimStatus::Unknown))
            .and_then(|ct| self.self_service(&ct.self_service, None, None, fill(t.pay, &title), &item));
        self.tally.claim(claim, status, pay.as_ref(), self.context.today);
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

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

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
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
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
