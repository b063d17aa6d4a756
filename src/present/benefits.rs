//! Benefits: who pays, the period, the status and the payment history.

use chrono::NaiveDate;

use crate::api::{Benefit, BenefitStatus, Payment};
use crate::i18n::{fill, fill_all, format, Lang};
use crate::rules::benefits::{self, PaymentPeriod, Totals};
use crate::rules::findings::{FindingKind, ItemRef};

use super::cards::{BenefitCard, PaymentHistory, PaymentLine, PaymentYear};
use super::Builder;

impl Builder<'_> {
    pub(super) fn benefit(&mut self, benefit: &Benefit) -> BenefitCard {
        let item = ItemRef::Benefit(benefit.id.clone());
        let lang = self.lang();
        let t = lang.texts();
        self.check_authority(&benefit.authority_id, &item);
        let authority = self.authority_name(&benefit.authority_id);
        let mut name = self.text(&benefit.name, &item, "name");
        if name.is_empty() {
            name = t.benefits.to_owned();
        }
        if let BenefitStatus::Unknown(value) = &benefit.status {
            self.unknown_value(&item, "status", value);
        }
        if benefit.payments.skipped > 0 {
            self.find(FindingKind::MalformedEntries, &item, || format!("payments: {}", benefit.payments.skipped));
        }
        // A benefit belongs to its topic as a case does (contract 1.1).
        let topic = benefit.kle.as_deref().and_then(|kle| {
            let topic = self.topic(&benefit.authority_id, kle);
            if topic.is_none() {
                self.find(FindingKind::UnknownReference, &item, || format!("topic {}/{kle}", benefit.authority_id));
            }
            topic
        });
        let case_number = benefit.case_number.as_deref().map(|raw| self.text(raw, &item, "caseNumber"));
        let self_service = topic.and_then(|topic| {
            let text = fill(t.benefit_self_service, &name);
            let (system, number) = (benefit.it_system.as_deref(), benefit.case_number.as_deref());
            self.self_service(&topic.self_service, system, number, text, &item)
        });
        let contact = self.contact(topic.and_then(|t| t.contact.as_ref()), &authority, &item);
        let breach = self.breach(topic.and_then(|t| t.breach_reporting.as_ref()), &authority, &item);
        let period = match benefits::period_end(benefit.to) {
            Some(to) => format!("{} – {}", format::long_date(lang, benefit.from), format::long_date(lang, to)),
            None => fill(t.period_from, &format::long_date(lang, benefit.from)),
        };
        let today = self.context.today;
        if let Some(far) = benefits::far_planned(&benefit.payments, today) {
            self.find(FindingKind::FarPlannedPayment, &item, || far.date.to_string());
        }
        let made = benefits::made(&benefit.payments, today);
        let next = benefits::next_payment(&benefit.payments, today);
        if let Some(payment) = next {
            self.tally.planned(&benefit.id, &name, payment);
        }
        let next_payment =
            next.map(|p| format!("{}, {}", format::long_date(lang, p.date), format::money(lang, p.paid_ore)));
        BenefitCard {
            id: benefit.id.clone(),
            period,
            active: benefit.status == BenefitStatus::Aktiv,
            status_label: match benefit.status {
                BenefitStatus::Aktiv => t.benefit_active,
                BenefitStatus::Inaktiv => t.benefit_inactive,
                BenefitStatus::Passiv => t.benefit_passive,
                BenefitStatus::Unknown(_) => t.benefit_other,
            },
            repayable: benefit.repayable.then_some(t.repayable),
            date: benefits::newest_made(&benefit.payments, today).unwrap_or(benefit.from),
            payments: made.iter().map(|p| payment_line(lang, p)).collect(),
            histories: PaymentPeriod::ALL.iter().map(|&period| history(lang, period, &made, today)).collect(),
            next_payment,
            case_number: case_number.filter(|n| !n.is_empty()),
            self_service,
            contact,
            breach,
            name,
            authority,
        }
    }
}

fn payment_line(lang: Lang, p: &Payment) -> PaymentLine {
    PaymentLine {
        date: format::long_date(lang, p.date),
        period: fill_all(
            "{} – {}",
            &[&format::short_date(lang, p.period_from), &format::short_date(lang, p.period_to)],
        ),
        gross: format::money(lang, p.gross_ore),
        net: p.net_ore.map(|net| format::money(lang, net)),
        paid: format::money(lang, p.paid_ore),
    }
}

/// The payments of `made` (newest first) in a period: one stretch of the list, by year.
fn history(lang: Lang, period: PaymentPeriod, made: &[&Payment], today: NaiveDate) -> PaymentHistory {
    let t = lang.texts();
    let within = |p: &&Payment| period.contains(p.date, today);
    let start = made.iter().position(within).unwrap_or(made.len());
    let end = made.iter().rposition(within).map_or(start, |last| last + 1);
    let in_period = made.get(start..end).unwrap_or_default();
    let sum = Totals::of(in_period.iter().copied());
    let totals = (!in_period.is_empty()).then(|| {
        vec![
            (t.total_paid, format::money(lang, sum.paid_ore)),
            (t.total_gross, format::money(lang, sum.gross_ore)),
            (t.total_net, sum.net_ore.map_or_else(|| t.net_unknown.to_owned(), |net| format::money(lang, net))),
        ]
    });
    PaymentHistory {
        period,
        count: in_period.len(),
        totals: totals.unwrap_or_default(),
        years: benefits::years(in_period)
            .into_iter()
            .map(|span| {
                let paid = Totals::of(in_period.get(span.range.clone()).unwrap_or_default().iter().copied()).paid_ore;
                PaymentYear {
                    year: span.year,
                    total: fill(t.year_total, &format::money(lang, paid)),
                    lines: start + span.range.start..start + span.range.end,
                }
            })
            .collect(),
    }
}
