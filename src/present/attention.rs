//! "Det skal du være opmærksom på": what needs the citizen, in a few lines at the top, each
//! leading to its card.

use chrono::NaiveDate;

use crate::api::{Claim, Payment};
use crate::i18n::{fill_named, format, Lang};
use crate::rules::claims::{self, ClaimStatus};

use super::cards::{AttentionLine, Link, LinkKind, Target};

/// What the lines are made of, gathered as the cards are made.
#[derive(Debug, Default)]
pub(super) struct Tally {
    overdue: Owed,
    due_soon: Owed,
    /// The earliest planned payment of any benefit: date, amount, benefit name and id.
    next_payment: Option<(NaiveDate, i64, String, String)>,
}

/// Claims of one kind: how many, what is outstanding, the first in the order shown.
#[derive(Debug, Default)]
struct Owed {
    count: usize,
    outstanding_ore: i64,
    first: Option<(String, Option<NaiveDate>)>,
    pay: Pay,
}

/// The pay link of the claims, when they all share one.
#[derive(Debug, Default)]
enum Pay {
    /// No claim counted yet.
    #[default]
    None,
    One(Link),
    /// Some have another link, or none: the cards show each.
    Several,
}

/// Whether the summary counts a claim: overdue, or to be paid within the next days.
pub(super) fn counts(claim: &Claim, status: ClaimStatus, today: NaiveDate) -> bool {
    status == ClaimStatus::Overdue || (status == ClaimStatus::Upcoming && claims::is_due_soon(claim, today))
}

impl Tally {
    /// Counts a claim, in the order the claims are shown.
    pub(super) fn claim(&mut self, claim: &Claim, status: ClaimStatus, pay: Option<&Link>, today: NaiveDate) {
        if !counts(claim, status, today) {
            return;
        }
        let owed = if status == ClaimStatus::Overdue { &mut self.overdue } else { &mut self.due_soon };
        owed.count += 1;
        owed.outstanding_ore = owed.outstanding_ore.saturating_add(claim.outstanding_ore);
        owed.first.get_or_insert_with(|| (claim.id.clone(), claim.due_date));
        owed.pay = match (std::mem::take(&mut owed.pay), pay) {
            (Pay::None, Some(link)) => Pay::One(link.clone()),
            (Pay::One(shared), Some(link)) if shared.href == link.href => Pay::One(shared),
            _ => Pay::Several,
        };
    }

    /// Notes a benefit's next planned payment, keeping the earliest of all.
    pub(super) fn planned(&mut self, id: &str, name: &str, payment: &Payment) {
        if self.next_payment.as_ref().is_none_or(|(date, ..)| payment.date < *date) {
            self.next_payment = Some((payment.date, payment.paid_ore, name.to_owned(), id.to_owned()));
        }
    }

    /// The lines, most urgent first; none when there is nothing to say. `active`: the first
    /// active case shown and how many there are.
    pub(super) fn lines(&self, lang: Lang, active: Option<&(String, usize)>) -> Vec<AttentionLine> {
        let t = lang.texts();
        let money = |ore| format::money(lang, ore);
        let mut lines = Vec::new();
        let owed = [
            (&self.overdue, ClaimStatus::Overdue, &t.attention_overdue),
            (&self.due_soon, ClaimStatus::Upcoming, &t.attention_due_soon),
        ];
        for (owed, status, words) in owed {
            let Some((first, due)) = owed.first.clone() else { continue };
            let date = due.map(|d| format::long_date(lang, d)).unwrap_or_default();
            let count = owed.count.to_string();
            let days = claims::DUE_SOON_DAYS.to_string();
            let text = fill_named(
                words.pick(owed.count),
                &[("n", &count), ("amount", &money(owed.outstanding_ore)), ("date", &date), ("days", &days)],
            );
            let pay = match &owed.pay {
                // One claim: its own link says what it pays. Several sharing one: a general one.
                Pay::One(link) if owed.count == 1 => Some(link.clone()),
                Pay::One(link) => {
                    Some(Link { href: link.href.clone(), text: t.attention_pay.to_owned(), kind: LinkKind::Pay })
                }
                Pay::None | Pay::Several => None,
            };
            lines.push(AttentionLine { text, target: Target::Claims { status, first }, pay });
        }
        if let Some((date, amount, name, id)) = &self.next_payment {
            let text = fill_named(
                t.attention_next_payment,
                &[("benefit", name), ("date", &format::long_date(lang, *date)), ("amount", &money(*amount))],
            );
            lines.push(AttentionLine { text, target: Target::Benefit(id.clone()), pay: None });
        }
        if let Some((first, count)) = active {
            let text = fill_named(t.attention_active_cases.pick(*count), &[("n", &count.to_string())]);
            lines.push(AttentionLine { text, target: Target::ActiveCases { first: first.clone() }, pay: None });
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::url::SafeUrl;

    use crate::testing::{claim, day};

    /// A claim due on 1 February 2026 with `ore` outstanding.
    fn overdue(id: &str, ore: i64) -> Claim {
        claim(id, ore, Some("2026-02-01"), None, false)
    }

    fn pay(url: &str, text: &str) -> Link {
        Link { href: SafeUrl::web(url).expect("a safe test URL"), text: text.into(), kind: LinkKind::Pay }
    }

    /// The overdue line's pay link, after claims with these links.
    fn overdue_pay(links: &[Option<Link>]) -> Option<(String, String)> {
        let mut tally = Tally::default();
        for (i, link) in links.iter().enumerate() {
            tally.claim(&overdue(&format!("k{i}"), 100), ClaimStatus::Overdue, link.as_ref(), day("2026-11-23"));
        }
        let lines = tally.lines(Lang::Da, None);
        lines[0].pay.as_ref().map(|l| (l.href.as_str().to_owned(), l.text.clone()))
    }

    #[test]
    fn a_pay_link_only_when_the_claims_share_one() {
        let kk = || Some(pay("https://kk.dk/betal", "Betal Biblioteksgebyr"));
        let other = || Some(pay("https://odense.dk/betal", "Betal Parkering"));
        let own = Some(("https://kk.dk/betal".to_owned(), "Betal Biblioteksgebyr".to_owned()));
        let shared = Some(("https://kk.dk/betal".to_owned(), "Gå til betaling".to_owned()));
        assert_eq!(overdue_pay(&[kk()]), own, "one claim: its own link");
        assert_eq!(overdue_pay(&[kk(), kk()]), shared, "two sharing one: a general text");
        assert_eq!(overdue_pay(&[kk(), other()]), None, "two places to pay: the cards say which");
        assert_eq!(overdue_pay(&[kk(), None]), None, "one without a link");
        assert_eq!(overdue_pay(&[None, kk()]), None);
    }

    #[test]
    fn claims_due_soon_say_within_how_many_days_the_rule_counts() {
        let today = day("2026-11-23");
        let mut tally = Tally::default();
        for (i, due) in ["2026-11-25", "2026-12-01"].iter().enumerate() {
            let claim = Claim { due_date: Some(day(due)), ..overdue(&format!("s{i}"), 100) };
            tally.claim(&claim, ClaimStatus::Upcoming, None, today);
        }
        let days = claims::DUE_SOON_DAYS;
        let texts: Vec<String> = [Lang::Da, Lang::En].map(|lang| tally.lines(lang, None)[0].text.clone()).into();
        assert_eq!(
            texts,
            [
                format!("2 betalinger på 2,00 kr. i alt skal betales inden for {days} dage, den første senest 25. november 2026."),
                format!("2 payments of DKK 2.00 in total are due within {days} days, the first by 25 November 2026."),
            ]
        );
    }

    #[test]
    fn the_earliest_planned_payment_and_nothing_when_nothing() {
        assert!(Tally::default().lines(Lang::Da, None).is_empty());
        let payment = |date: &str, ore| crate::api::Payment {
            date: day(date),
            period_from: day(date),
            period_to: day(date),
            gross_ore: ore,
            net_ore: None,
            paid_ore: ore,
        };
        let mut tally = Tally::default();
        tally.planned("b1", "Boligstøtte", &payment("2026-12-30", 100));
        tally.planned("b2", "Folkepension", &payment("2026-11-30", 200));
        tally.planned("b3", "Kontanthjælp", &payment("2026-12-01", 300));
        let lines = tally.lines(Lang::Da, None);
        assert_eq!(lines[0].text, "Din næste udbetaling er Folkepension på 2,00 kr. den 30. november 2026.");
        assert_eq!(lines[0].target, Target::Benefit("b2".into()));
    }
}
