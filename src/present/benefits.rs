//! Benefits: who pays, the period, the status and the payment history.

use crate::api::{Benefit, BenefitStatus};
use crate::i18n::{fill, fill_all, format, Lang};
use crate::rules::benefits::{self, YearOfPayments};
use crate::rules::findings::{FindingKind, ItemRef};
use crate::rules::links;

use super::cards::{BenefitCard, Link, PaymentLine, PaymentYear};
use super::Builder;

impl Builder<'_> {
    /// Orders presented benefits: active first, then by newest payment.
    pub(super) fn order_benefits(cards: &mut Vec<BenefitCard>) {
        crate::sort::sort_by(cards, |a, b| b.active.cmp(&a.active).then(b.date.cmp(&a.date)));
    }

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
        // A benefit's self-service link is its topic's default; it has no case number to fill in.
        let self_service = benefit
            .kle
            .as_deref()
            .and_then(|kle| self.topic(&benefit.authority_id, kle))
            .and_then(|topic| links::choose_self_service(&topic.self_service, None))
            .and_then(|entry| self.url(links::deep_link(&entry.url, None), &entry.url, &item, "selfService.url"))
            .map(|href| Link { href, text: fill(t.benefit_self_service, &name) });
        let period = match benefits::period_end(benefit.to) {
            Some(to) => format!("{} – {}", format::long_date(lang, benefit.from), format::long_date(lang, to)),
            None => fill(t.period_from, &format::long_date(lang, benefit.from)),
        };
        let today = self.context.today;
        let years = benefits::by_year(&benefit.payments, today);
        let next_payment = benefits::next_payment(&benefit.payments, today)
            .map(|p| format!("{}, {}", format::long_date(lang, p.date), format::money(lang, p.paid_ore)));
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
            date: years.first().and_then(|y| y.payments.first()).map_or(benefit.from, |p| p.date),
            payment_count: years.iter().map(|y| y.payments.len()).sum(),
            years: years.iter().map(|year| payment_year(lang, year)).collect(),
            next_payment,
            self_service,
            name,
            authority,
        }
    }
}

fn payment_year(lang: Lang, year: &YearOfPayments) -> PaymentYear {
    let t = lang.texts();
    PaymentYear {
        year: year.year,
        total: fill(t.year_total, &format::money(lang, year.paid_ore)),
        payments: year
            .payments
            .iter()
            .map(|p| PaymentLine {
                date: format::long_date(lang, p.date),
                period: fill_all(
                    "{} – {}",
                    &[&format::short_date(lang, p.period_from), &format::short_date(lang, p.period_to)],
                ),
                gross: format::money(lang, p.gross_ore),
                net: p.net_ore.map(|net| format::money(lang, net)),
                paid: format::money(lang, p.paid_ore),
            })
            .collect(),
    }
}
