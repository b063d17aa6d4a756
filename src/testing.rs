//! What the unit tests share: the test citizens' day and dates as text (one file with the
//! integration tests, `tests/support/day.rs`), and builders of the contract's types.

#[path = "../tests/support/day.rs"]
mod day;

pub use day::{day, fixtures_day};

use crate::api::{Claim, Payment};

/// A claim of 100 kr. at authority 0101 created on 1 January 2026: `outstanding` øre left,
/// due, paid, or sent to debt collection as given.
pub fn claim(id: &str, outstanding: i64, due: Option<&str>, paid: Option<&str>, debt: bool) -> Claim {
    Claim {
        id: id.into(),
        authority_id: "0101".into(),
        claim_type_id: "T".into(),
        amount_ore: 10_000,
        outstanding_ore: outstanding,
        created: day("2026-01-01"),
        due_date: due.map(day),
        paid_date: paid.map(day),
        sent_to_debt_collection: debt,
    }
}

/// A payment on `date` for that day alone.
pub fn payment(date: &str, gross: i64, paid: i64) -> Payment {
    let d = day(date);
    Payment { date: d, period_from: d, period_to: d, gross_ore: gross, net_ore: None, paid_ore: paid }
}
