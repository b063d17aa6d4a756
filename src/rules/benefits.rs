//! A benefit's payment history: newest first, grouped by year, with what was paid out each year.

use chrono::{Datelike, NaiveDate};

use crate::api::Payment;

/// The year a supplier writes for "no end date" (`9999-12-31`).
const OPEN_END_YEAR: i32 = 9999;

/// The end of a benefit's period, or `None` when it is open-ended.
pub fn period_end(to: Option<NaiveDate>) -> Option<NaiveDate> {
    to.filter(|d| d.year() < OPEN_END_YEAR)
}

#[derive(Debug, Clone, PartialEq)]
pub struct YearOfPayments<'a> {
    pub year: i32,
    pub paid_ore: i64,
    /// Newest first.
    pub payments: Vec<&'a Payment>,
}

/// Groups the payments made by `today` by the year they were paid, newest first. A payment
/// dated later is planned, not made (contract 1.1): it is in no year and no total.
pub fn by_year(payments: &[Payment], today: NaiveDate) -> Vec<YearOfPayments<'_>> {
    let mut sorted: Vec<&Payment> = payments.iter().filter(|p| p.date <= today).collect();
    crate::sort::sort_by(&mut sorted, |a, b| b.date.cmp(&a.date).then(b.period_from.cmp(&a.period_from)));
    let mut years: Vec<YearOfPayments> = Vec::new();
    for payment in sorted {
        let year = payment.date.year();
        if years.last().is_none_or(|y| y.year != year) {
            years.push(YearOfPayments { year, paid_ore: 0, payments: Vec::new() });
        }
        let Some(current) = years.last_mut() else { continue };
        current.paid_ore = current.paid_ore.saturating_add(payment.paid_ore);
        current.payments.push(payment);
    }
    years
}

/// The next planned payment: the earliest dated after `today`.
pub fn next_payment(payments: &[Payment], today: NaiveDate) -> Option<&Payment> {
    payments.iter().filter(|p| p.date > today).min_by_key(|p| p.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pay(date: &str, gross: i64, paid: i64) -> Payment {
        let d: NaiveDate = date.parse().expect("valid test date");
        Payment { date: d, period_from: d, period_to: d, gross_ore: gross, net_ore: None, paid_ore: paid }
    }

    #[test]
    fn groups_newest_first_with_year_totals() {
        let payments = [
            pay("2025-12-30", 100, 60),
            pay("2026-02-27", 300, 200),
            pay("2026-01-30", 200, 150),
            pay("2026-01-15", 50, 50),
            pay("2024-06-28", 10, 10),
            // Planned: after today, so in no year and no total.
            pay("2026-03-31", 999, 999),
            pay("2027-01-29", 999, 999),
        ];
        let today = "2026-03-01".parse().expect("valid test date");
        let years = by_year(&payments, today);
        let shape: Vec<(i32, i64, Vec<String>)> = years
            .iter()
            .map(|y| (y.year, y.paid_ore, y.payments.iter().map(|p| p.date.to_string()).collect()))
            .collect();
        let dates = |ds: &[&str]| ds.iter().map(|d| d.to_string()).collect::<Vec<_>>();
        assert_eq!(
            shape,
            vec![
                (2026, 400, dates(&["2026-02-27", "2026-01-30", "2026-01-15"])),
                (2025, 60, dates(&["2025-12-30"])),
                (2024, 10, dates(&["2024-06-28"]))
            ]
        );
        assert_eq!(next_payment(&payments, today).map(|p| p.date.to_string()).as_deref(), Some("2026-03-31"));
        assert_eq!(by_year(&payments, "2026-03-31".parse().expect("date"))[0].paid_ore, 400 + 999, "paid on the day");
        assert_eq!(next_payment(&payments, "2027-01-29".parse().expect("date")), None);
    }

    #[test]
    fn open_ended_periods() {
        let d = |s: &str| s.parse::<NaiveDate>().expect("valid test date");
        assert_eq!(period_end(None), None);
        assert_eq!(period_end(Some(d("9999-12-31"))), None);
        assert_eq!(period_end(Some(d("2026-12-31"))), Some(d("2026-12-31")));
    }
}
