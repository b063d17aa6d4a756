//! What the citizen can narrow a section to, and the order they see it in: typed choices,
//! applied here (tested natively) so that components only hold the chosen value.

use std::sync::Arc;

use crate::i18n::Lang;
pub use crate::rules::benefits::PaymentPeriod;
use crate::rules::claims::ClaimStatus;

use super::cards::{CaseCard, ClaimCard};

/// Which cases are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CaseFilter {
    #[default]
    All,
    Active,
    Closed,
}

/// The order of the cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CaseOrder {
    #[default]
    Newest,
    Oldest,
}

/// Which claims are shown: all, or those of one status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ClaimFilter {
    #[default]
    All,
    Only(ClaimStatus),
}

/// A choice with the words it is picked by.
pub type Labelled<T> = (T, String);

impl CaseFilter {
    pub fn choices(lang: Lang) -> Vec<Labelled<Self>> {
        let t = lang.texts();
        labelled::<Self>(|c| match c {
            Self::All => t.filter_all,
            Self::Active => t.filter_active,
            Self::Closed => t.filter_closed,
        })
    }

    fn keeps(self, case: &CaseCard) -> bool {
        match self {
            Self::All => true,
            Self::Active => case.active,
            Self::Closed => !case.active,
        }
    }
}

impl PaymentPeriod {
    pub fn choices(lang: Lang) -> Vec<Labelled<Self>> {
        let t = lang.texts();
        labelled::<Self>(|p| match p {
            Self::LastThreeMonths => t.period_three_months,
            Self::ThisYear => t.period_this_year,
            Self::LastYear => t.period_last_year,
            Self::All => t.period_all,
        })
    }
}

impl CaseOrder {
    pub fn choices(lang: Lang) -> Vec<Labelled<Self>> {
        let t = lang.texts();
        labelled::<Self>(|o| match o {
            Self::Newest => t.sort_newest,
            Self::Oldest => t.sort_oldest,
        })
    }
}

impl ClaimFilter {
    pub fn choices(lang: Lang) -> Vec<Labelled<Self>> {
        let t = lang.texts();
        labelled::<Self>(|f| match f {
            Self::All => t.filter_all,
            Self::Only(status) => t.claim_status(status),
        })
    }

    fn keeps(self, claim: &ClaimCard) -> bool {
        match self {
            Self::All => true,
            Self::Only(status) => claim.status == status,
        }
    }
}

/// Choices told apart by their position among the options offered (the drop-downs hold
/// positions, not values).
pub trait Positioned: Sized + Copy + PartialEq + Default {
    /// Every choice, in the order offered.
    fn all() -> Vec<Self>;

    /// The choice at `position`; the default for any other.
    fn nth(position: usize) -> Self {
        Self::all().get(position).copied().unwrap_or_default()
    }

    fn position(self) -> usize {
        Self::all().iter().position(|c| *c == self).unwrap_or_default()
    }
}

impl Positioned for CaseFilter {
    fn all() -> Vec<Self> {
        vec![Self::All, Self::Active, Self::Closed]
    }
}

impl Positioned for CaseOrder {
    fn all() -> Vec<Self> {
        vec![Self::Newest, Self::Oldest]
    }
}

impl Positioned for ClaimFilter {
    fn all() -> Vec<Self> {
        std::iter::once(Self::All).chain(ClaimStatus::ALL.map(Self::Only)).collect()
    }
}

impl Positioned for PaymentPeriod {
    fn all() -> Vec<Self> {
        Self::ALL.to_vec()
    }
}

/// The words of choices, in the order offered.
pub fn labels<T>(choices: Vec<Labelled<T>>) -> Vec<String> {
    choices.into_iter().map(|(_, words)| words).collect()
}

/// Every choice of a kind, in the order offered, with its words.
fn labelled<T: Positioned>(words: impl Fn(T) -> &'static str) -> Vec<Labelled<T>> {
    T::all().into_iter().map(|choice| (choice, words(choice).to_owned())).collect()
}

/// The cases to show. `all` is newest first; unfiltered and in that order it is shared, not
/// copied, so that the first render of a large overview copies nothing.
pub fn cases(all: &Arc<[CaseCard]>, filter: CaseFilter, order: CaseOrder) -> Arc<[CaseCard]> {
    if filter == CaseFilter::All && order == CaseOrder::Newest {
        return all.clone();
    }
    let mut kept: Vec<CaseCard> = all.iter().filter(|c| filter.keeps(c)).cloned().collect();
    if order == CaseOrder::Oldest {
        kept.reverse();
    }
    kept.into()
}

/// The claims to show, in the order of `all` (what needs action first).
pub fn claims(all: &Arc<[ClaimCard]>, filter: ClaimFilter) -> Arc<[ClaimCard]> {
    match filter {
        ClaimFilter::All => all.clone(),
        ClaimFilter::Only(_) => all.iter().filter(|c| filter.keeps(c)).cloned().collect::<Vec<_>>().into(),
    }
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::api::decode;
    use crate::api::View;
    use crate::present::{present, Context};

    fn presented() -> crate::present::Presentation {
        let case = |id: &str, created: &str, step: &str| {
            format!(
                r#"{{"id":"{id}","authorityId":"0101","kle":"32.24.04","facet":"G01","caseNumber":"{id}","created":"{created}",
                   "progress":[{{"code":"{step}","at":"{created}T10:00:00+01:00"}}]}}"#
            )
        };
        let claim = |id: &str, outstanding: u32, due: &str| {
            format!(
                r#"{{"id":"{id}","authorityId":"0101","claimTypeId":"T","amountOre":100,"outstandingOre":{outstanding},"created":"2026-01-01","dueDate":"{due}"}}"#
            )
        };
        let body = format!(
            r#"{{"schemaVersion":"1.0","authorities":[{{"id":"0101","name":"K","status":"ok"}}],"cases":[{}],"claims":[{}]}}"#,
            [
                case("old", "2024-01-01", "Afsluttet"),
                case("mid", "2025-01-01", "Oplyst"),
                case("new", "2026-01-01", "Opstaaet")
            ]
            .join(","),
            [claim("paid", 0, "2026-01-01"), claim("late", 100, "2026-01-01"), claim("soon", 100, "2026-12-01")]
                .join(","),
        );
        let overview = decode(&body).expect("decodes");
        let today = crate::testing::fixtures_day();
        present(&overview, Context { lang: Lang::Da, view: View::Citizen, today })
    }

    fn ids<T>(cards: &[T], id: impl Fn(&T) -> &str) -> Vec<String> {
        cards.iter().map(|c| id(c).to_owned()).collect()
    }

    #[test]
    fn cases_by_state_and_order() {
        let p = presented();
        let table = [
            (CaseFilter::All, CaseOrder::Newest, vec!["new", "mid", "old"]),
            (CaseFilter::All, CaseOrder::Oldest, vec!["old", "mid", "new"]),
            (CaseFilter::Active, CaseOrder::Newest, vec!["new", "mid"]),
            (CaseFilter::Active, CaseOrder::Oldest, vec!["mid", "new"]),
            (CaseFilter::Closed, CaseOrder::Newest, vec!["old"]),
        ];
        for (filter, order, expected) in table {
            assert_eq!(ids(&cases(&p.cases, filter, order), |c| &c.id), expected, "{filter:?} {order:?}");
        }
        assert!(Arc::ptr_eq(&cases(&p.cases, CaseFilter::All, CaseOrder::Newest), &p.cases), "shared, not copied");
    }

    #[test]
    fn claims_by_status() {
        let p = presented();
        let table = [
            (ClaimFilter::All, vec!["late", "soon", "paid"]),
            (ClaimFilter::Only(ClaimStatus::Overdue), vec!["late"]),
            (ClaimFilter::Only(ClaimStatus::Paid), vec!["paid"]),
            (ClaimFilter::Only(ClaimStatus::Unknown), vec![]),
        ];
        for (filter, expected) in table {
            assert_eq!(ids(&claims(&p.claims, filter), |c| &c.id), expected, "{filter:?}");
        }
    }

    #[test]
    fn every_choice_has_its_own_words() {
        for lang in [Lang::Da, Lang::En] {
            let claim_words: Vec<String> = ClaimFilter::choices(lang).into_iter().map(|(_, w)| w).collect();
            assert_eq!(claim_words.len(), 1 + ClaimStatus::ALL.len());
            let mut unique = claim_words.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), claim_words.len(), "{lang:?}");
            assert_eq!(CaseFilter::choices(lang)[0].0, CaseFilter::default());
            assert_eq!(CaseOrder::choices(lang)[0].0, CaseOrder::default());
            assert_eq!(ClaimFilter::choices(lang)[0].0, ClaimFilter::default());
        }
    }

    #[test]
    fn the_choices_offered_in_order_in_both_languages() {
        assert_eq!(labels(CaseFilter::choices(Lang::Da)), ["Alle", "Aktive", "Afsluttede"]);
        assert_eq!(labels(CaseFilter::choices(Lang::En)), ["All", "Active", "Closed"]);
        assert_eq!(labels(CaseOrder::choices(Lang::Da)), ["Nyeste først", "Ældste først"]);
        assert_eq!(labels(CaseOrder::choices(Lang::En)), ["Newest first", "Oldest first"]);
        assert_eq!(
            labels(PaymentPeriod::choices(Lang::Da)),
            ["De seneste 3 måneder", "I år", "Sidste år", "Hele perioden"]
        );
        assert_eq!(
            labels(PaymentPeriod::choices(Lang::En)),
            ["The last 3 months", "This year", "Last year", "All time"]
        );
        assert_eq!(CaseFilter::all(), [CaseFilter::All, CaseFilter::Active, CaseFilter::Closed]);
        assert_eq!(CaseOrder::all(), [CaseOrder::Newest, CaseOrder::Oldest]);
        assert_eq!(PaymentPeriod::all(), PaymentPeriod::ALL);
    }

    #[test]
    fn a_choice_and_its_position_agree() {
        fn round_trip<T: Positioned + std::fmt::Debug>() {
            for (at, choice) in T::all().into_iter().enumerate() {
                assert_eq!((T::nth(at), choice.position()), (choice, at), "{choice:?}");
            }
            assert_eq!(T::nth(T::all().len()), T::default(), "past the end: the default");
        }
        round_trip::<CaseFilter>();
        round_trip::<CaseOrder>();
        round_trip::<ClaimFilter>();
        round_trip::<PaymentPeriod>();
    }
}
