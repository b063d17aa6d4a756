//! A benefit's payments: those made, newest first, by year and period with their totals, and
//! those planned.

use chrono::{Datelike, NaiveDate};

use crate::api::Payment;

/// The year a supplier writes for "no end date" (`9999-12-31`).
const OPEN_END_YEAR: i32 = 9999;

/// The end of a benefit's period, or `None` when it is open-ended.
pub fn period_end(to: Option<NaiveDate>) -> Option<NaiveDate> {
    to.filter(|d| d.year() < OPEN_END_YEAR)
}

/// The payments made by `today`, newest first. A payment dated later is planned, not made
/// (contract 1.1): it is in no history and no total.
pub fn made(payments: &[Payment], today: NaiveDate) -> Vec<&Payment> {
    let mut made: Vec<&Payment> = payments.iter().filter(|p| p.date <= today).collect();
    crate::sort::sort_by(&mut made, |a, b| b.date.cmp(&a.date).then(b.period_from.cmp(&a.period_from)));
    made
}

/// The date of the newest payment made by `today`: the first of [`made`].
pub fn newest_made(payments: &[Payment], today: NaiveDate) -> Option<NaiveDate> {
    payments.iter().map(|p| p.date).filter(|date| *date <= today).max()
}

/// The periods a citizen can see payments for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PaymentPeriod {
    LastThreeMonths,
    ThisYear,
    LastYear,
    #[default]
    All,
}

impl PaymentPeriod {
    pub const ALL: [Self; 4] = [Self::LastThreeMonths, Self::ThisYear, Self::LastYear, Self::All];

    /// The first and last day of the period, both included; `None` has no first day.
    pub fn days(self, today: NaiveDate) -> (Option<NaiveDate>, NaiveDate) {
        let year_start = |year| NaiveDate::from_ymd_opt(year, 1, 1);
        match self {
            Self::LastThreeMonths => (today.checked_sub_months(chrono::Months::new(3)), today),
            Self::ThisYear => (year_start(today.year()), today),
            Self::LastYear => {
                let last = NaiveDate::from_ymd_opt(today.year() - 1, 12, 31).unwrap_or(today);
                (year_start(today.year() - 1), last)
            }
            Self::All => (None, today),
        }
    }

    pub fn contains(self, date: NaiveDate, today: NaiveDate) -> bool {
        let (first, last) = self.days(today);
        first.is_none_or(|first| first <= date) && date <= last
    }
}

/// What payments add up to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    pub paid_ore: i64,
    pub gross_ore: i64,
    /// `None` when a payment has no after-tax amount: a sum of some would mislead.
    pub net_ore: Option<i64>,
}

impl Totals {
    pub fn of<'a>(payments: impl IntoIterator<Item = &'a Payment>) -> Self {
        payments.into_iter().fold(Totals { net_ore: Some(0), ..Totals::default() }, |sum, p| Totals {
            paid_ore: sum.paid_ore.saturating_add(p.paid_ore),
            gross_ore: sum.gross_ore.saturating_add(p.gross_ore),
            net_ore: sum.net_ore.zip(p.net_ore).map(|(a, b)| a.saturating_add(b)),
        })
    }
}

/// Payments of one year within a list sorted newest first: the year and where they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearSpan {
    pub year: i32,
    pub range: std::ops::Range<usize>,
}

/// Splits a list sorted newest first into its years.
pub fn years(payments: &[&Payment]) -> Vec<YearSpan> {
    let mut spans: Vec<YearSpan> = Vec::new();
    for (i, payment) in payments.iter().enumerate() {
        let year = payment.date.year();
        match spans.last_mut() {
            Some(span) if span.year == year => span.range.end = i + 1,
            _ => spans.push(YearSpan { year, range: i..i + 1 }),
        }
    }
    spans
}

/// The next planned payment: the earliest dated after `today`.
pub fn next_payment(payments: &[Payment], today: NaiveDate) -> Option<&Payment> {
    payments.iter().filter(|p| p.date > today).min_by_key(|p| p.date)
}

/// The first payment planned more than a year after `today`: most likely a wrong date, for
/// staff to check.
pub fn far_planned(payments: &[Payment], today: NaiveDate) -> Option<&Payment> {
    let year_ahead = today.checked_add_months(chrono::Months::new(12))?;
    payments.iter().filter(|p| p.date > year_ahead).min_by_key(|p| p.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testing::payment;

    fn dates(payments: &[&Payment]) -> Vec<String> {
        payments.iter().map(|p| p.date.to_string()).collect()
    }

    #[test]
    fn made_payments_newest_first_by_year() {
        let payments = [
            payment("2025-12-30", 100, 60),
            payment("2026-02-27", 300, 200),
            payment("2026-01-30", 200, 150),
            payment("2026-01-15", 50, 50),
            payment("2024-06-28", 10, 10),
            // Planned: after today, so in no history and no total.
            payment("2026-03-31", 999, 999),
            payment("2027-01-29", 999, 999),
        ];
        let today = "2026-03-01".parse().expect("valid test date");
        let made = made(&payments, today);
        assert_eq!(dates(&made), ["2026-02-27", "2026-01-30", "2026-01-15", "2025-12-30", "2024-06-28"]);
        assert_eq!(newest_made(&payments, today), made.first().map(|p| p.date), "the newest made, not the planned");
        assert_eq!(newest_made(&[], today), None);
        let spans: Vec<(i32, std::ops::Range<usize>)> = years(&made).into_iter().map(|y| (y.year, y.range)).collect();
        assert_eq!(spans, [(2026, 0..3), (2025, 3..4), (2024, 4..5)]);
        assert_eq!(Totals::of(made.iter().copied()), Totals { paid_ore: 470, gross_ore: 660, net_ore: None });
        assert_eq!(next_payment(&payments, today).map(|p| p.date.to_string()).as_deref(), Some("2026-03-31"));
        let on_the_day = super::made(&payments, "2026-03-31".parse().expect("date"));
        assert_eq!(on_the_day[0].date.to_string(), "2026-03-31", "paid on the day");
        assert_eq!(next_payment(&payments, "2027-01-29".parse().expect("date")), None);
        assert_eq!(far_planned(&payments, today), None, "10 months ahead is not far");
        let far = far_planned(&payments, "2025-12-31".parse().expect("date")).map(|p| p.date.to_string());
        assert_eq!(far.as_deref(), Some("2027-01-29"), "more than a year ahead");
        let exactly_a_year = far_planned(&payments, "2026-01-29".parse().expect("date"));
        assert_eq!(exactly_a_year, None, "a year ahead to the day is not more than a year");
    }

    #[test]
    fn periods_at_their_edges() {
        let d = |s: &str| s.parse::<NaiveDate>().expect("valid test date");
        let today = d("2026-11-23");
        use PaymentPeriod::*;
        let table = [
            ("2026-08-22", [false, true, false, true]),
            ("2026-08-23", [true, true, false, true]),
            ("2026-11-23", [true, true, false, true]),
            ("2026-11-24", [false, false, false, false]),
            ("2026-01-01", [false, true, false, true]),
            ("2025-12-31", [false, false, true, true]),
            ("2025-01-01", [false, false, true, true]),
            ("2024-12-31", [false, false, false, true]),
        ];
        for (date, expected) in table {
            let got = [LastThreeMonths, ThisYear, LastYear, All].map(|p| p.contains(d(date), today));
            assert_eq!(got, expected, "{date}");
        }
        // Three months back from the last of a month ends on the shorter month's last day.
        assert_eq!(LastThreeMonths.days(d("2026-05-31")), (Some(d("2026-02-28")), d("2026-05-31")));
        let with_net = |net| Payment { net_ore: net, ..payment("2026-01-01", 100, 80) };
        assert_eq!(Totals::of(&[with_net(Some(80)), with_net(Some(70))]).net_ore, Some(150));
        assert_eq!(Totals::of(&[with_net(Some(80)), with_net(None)]).net_ore, None);
        assert_eq!(Totals::of(&[]), Totals { paid_ore: 0, gross_ore: 0, net_ore: Some(0) });
    }

    #[test]
    fn open_ended_periods() {
        let d = |s: &str| s.parse::<NaiveDate>().expect("valid test date");
        assert_eq!(period_end(None), None);
        assert_eq!(period_end(Some(d("9999-12-31"))), None);
        assert_eq!(period_end(Some(d("2026-12-31"))), Some(d("2026-12-31")));
    }
}
