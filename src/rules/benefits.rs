//! A benefit's payment history: newest first, grouped by year and month, totals per year.

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
    pub gross_ore: i64,
    pub paid_ore: i64,
    /// Newest month first.
    pub months: Vec<MonthOfPayments<'a>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MonthOfPayments<'a> {
    pub month: u32,
    /// Newest first.
    pub payments: Vec<&'a Payment>,
}

/// Groups payments by the year and month they were paid, newest first.
pub fn by_year(payments: &[Payment]) -> Vec<YearOfPayments<'_>> {
    let mut sorted: Vec<&Payment> = payments.iter().collect();
    crate::sort::sort_by(&mut sorted, |a, b| b.date.cmp(&a.date).then(b.period_from.cmp(&a.period_from)));
    let mut years: Vec<YearOfPayments> = Vec::new();
    for payment in sorted {
        let (year, month) = (payment.date.year(), payment.date.month());
        if years.last().is_none_or(|y| y.year != year) {
            years.push(YearOfPayments { year, gross_ore: 0, paid_ore: 0, months: Vec::new() });
        }
        let Some(current) = years.last_mut() else { continue };
        current.gross_ore = current.gross_ore.saturating_add(payment.gross_ore);
        current.paid_ore = current.paid_ore.saturating_add(payment.paid_ore);
        match current.months.last_mut() {
            Some(m) if m.month == month => m.payments.push(payment),
            _ => current.months.push(MonthOfPayments { month, payments: vec![payment] }),
        }
    }
    years
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
        ];
        let years = by_year(&payments);
        let shape: Vec<(i32, i64, i64, Vec<(u32, usize)>)> = years
            .iter()
            .map(|y| (y.year, y.gross_ore, y.paid_ore, y.months.iter().map(|m| (m.month, m.payments.len())).collect()))
            .collect();
        assert_eq!(
            shape,
            vec![(2026, 550, 400, vec![(2, 1), (1, 2)]), (2025, 100, 60, vec![(12, 1)]), (2024, 10, 10, vec![(6, 1)])]
        );
        assert_eq!(years[0].months[1].payments[0].date.to_string(), "2026-01-30");
    }

    #[test]
    fn open_ended_periods() {
        let d = |s: &str| s.parse::<NaiveDate>().expect("valid test date");
        assert_eq!(period_end(None), None);
        assert_eq!(period_end(Some(d("9999-12-31"))), None);
        assert_eq!(period_end(Some(d("2026-12-31"))), Some(d("2026-12-31")));
    }
}
