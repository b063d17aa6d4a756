//! A claim's status, derived from its facts and today's date, and the order that puts what
//! needs the citizen's action first.

use chrono::NaiveDate;
use std::cmp::{Ordering, Reverse};

use crate::api::Claim;

/// The four statuses of the contract, and `Unknown` where the facts cannot tell.
/// Declared in the order of how much they need the citizen's action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ClaimStatus {
    /// Betalingsdatoen er overskredet.
    Overdue,
    /// Kommende betaling.
    Upcoming,
    /// Unpaid with no due date: the citizen must not be told a guessed status.
    Unknown,
    /// Sendt til Gældsstyrelsen.
    SentToDebtCollection,
    /// Betalt.
    Paid,
}

impl ClaimStatus {
    pub const ALL: [ClaimStatus; 5] =
        [Self::Overdue, Self::Upcoming, Self::Unknown, Self::SentToDebtCollection, Self::Paid];
}

/// The status of a claim on `today`. A claim due today is still upcoming. A partly paid
/// claim is not paid: only nothing outstanding is.
pub fn status(claim: &Claim, today: NaiveDate) -> ClaimStatus {
    if claim.outstanding_ore <= 0 {
        return ClaimStatus::Paid;
    }
    if claim.sent_to_debt_collection {
        return ClaimStatus::SentToDebtCollection;
    }
    match claim.due_date {
        None => ClaimStatus::Unknown,
        Some(due) if due < today => ClaimStatus::Overdue,
        Some(_) => ClaimStatus::Upcoming,
    }
}

/// How many days ahead a due date counts as soon.
pub const DUE_SOON_DAYS: u64 = 14;

/// Whether an unpaid claim's due date is within [`DUE_SOON_DAYS`] from today (today included).
pub fn is_due_soon(claim: &Claim, today: NaiveDate) -> bool {
    let soon = today.checked_add_days(chrono::Days::new(DUE_SOON_DAYS));
    claim.due_date.zip(soon).is_some_and(|(due, soon)| today <= due && due <= soon)
}

/// Action first: overdue (longest overdue first), upcoming (soonest first), unknown, sent to
/// debt collection, paid (newest payment first). Ties fall back to the newest claim.
pub fn action_order(a: (&Claim, ClaimStatus), b: (&Claim, ClaimStatus)) -> Ordering {
    order_key(a.0, a.1).cmp(&order_key(b.0, b.1))
}

fn order_key(claim: &Claim, status: ClaimStatus) -> (ClaimStatus, Option<NaiveDate>, Reverse<NaiveDate>) {
    let due = matches!(status, ClaimStatus::Overdue | ClaimStatus::Upcoming).then_some(claim.due_date).flatten();
    let newest = claim.paid_date.filter(|_| status == ClaimStatus::Paid).unwrap_or(claim.created);
    (status, due, Reverse(newest))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testing::{claim, day};

    #[test]
    fn due_soon_is_today_to_fourteen_days_ahead() {
        let today = day("2026-11-23");
        let table = [
            (Some("2026-11-22"), false),
            (Some("2026-11-23"), true),
            (Some("2026-12-07"), true),
            (Some("2026-12-08"), false),
            (None, false),
        ];
        for (due, soon) in table {
            assert_eq!(is_due_soon(&claim("c", 100, due, None, false), today), soon, "{due:?}");
        }
    }

    #[test]
    fn statuses_from_facts_and_today() {
        use ClaimStatus::*;
        let today = day("2026-11-23");
        let table = [
            (claim("paid", 0, Some("2026-10-01"), Some("2026-09-30"), false), Paid),
            (claim("paid-no-date", 0, None, None, false), Paid),
            (claim("paid-after-debt", 0, Some("2026-01-01"), None, true), Paid),
            (claim("upcoming", 10_000, Some("2026-12-01"), None, false), Upcoming),
            (claim("due-today", 10_000, Some("2026-11-23"), None, false), Upcoming),
            (claim("overdue", 10_000, Some("2026-11-22"), None, false), Overdue),
            (claim("partly-paid-overdue", 5_000, Some("2026-11-01"), Some("2026-11-10"), false), Overdue),
            (claim("debt", 10_000, Some("2026-01-01"), None, true), SentToDebtCollection),
            (claim("no-due", 10_000, None, None, false), Unknown),
        ];
        for (c, expected) in table {
            assert_eq!(status(&c, today), expected, "{}", c.id);
        }
    }

    #[test]
    fn what_needs_action_comes_first() {
        let today = day("2026-11-23");
        let mut claims = [
            claim("paid-old", 0, None, Some("2025-01-01"), false),
            claim("upcoming-late", 1, Some("2027-01-01"), None, false),
            claim("debt", 1, None, None, true),
            claim("overdue-recent", 1, Some("2026-11-01"), None, false),
            claim("unknown", 1, None, None, false),
            claim("paid-new", 0, None, Some("2026-06-01"), false),
            claim("upcoming-soon", 1, Some("2026-12-01"), None, false),
            claim("overdue-old", 1, Some("2026-01-01"), None, false),
        ];
        claims.sort_by(|a, b| action_order((a, status(a, today)), (b, status(b, today))));
        let ids: Vec<&str> = claims.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "overdue-old",
                "overdue-recent",
                "upcoming-soon",
                "upcoming-late",
                "unknown",
                "debt",
                "paid-new",
                "paid-old"
            ]
        );
    }
}
