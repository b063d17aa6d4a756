//! One benefit: who pays it, the period, the status and the payment history by year.

use crate::i18n::{Lang, Texts};
use crate::present::filters::PaymentPeriod;
use crate::present::{BenefitCard, PaymentLine};

use super::badge::Tone;
use super::card::{card, card_links, note};
use super::contact::contact_disclosure;
use super::controls::choice;
use super::disclosure::{disclosure, Panel};
use super::markup::{el, Element};

stylance::import_crate_style!(style, "src/widget/benefit_card/benefit_card.module.css");

/// The `data-choice` of a benefit's payment period.
pub const PERIOD_CHOICE: &str = "period";

/// A benefit's card, its title a heading of `level`.
pub fn benefit_card(benefit: &BenefitCard, t: &Texts, level: u8) -> Element {
    let tone = if benefit.active { Tone::Success } else { Tone::Neutral };
    let mut facts = vec![(t.paid_by, benefit.authority.as_str())];
    facts.extend(benefit.case_number.as_deref().map(|n| (t.case_number, n)));
    facts.push((t.period, &benefit.period));
    // Planned, not paid: a fact of the card, never a row of the history.
    facts.extend(benefit.next_payment.as_deref().map(|next| (t.next_payment, next)));
    card(&benefit.name, level, (tone, benefit.status_label), &facts)
        .child_opt(benefit.repayable.map(note))
        .child_opt(card_links(&benefit.self_service))
        .child(disclosure(&t.counted(t.payments, benefit.payments.len()), Panel::Payments))
        .child_opt(contact_disclosure(benefit.contact.is_some() || benefit.breach.is_some(), t))
}

/// What the payments disclosure holds: the period choice and the history for `period`.
pub fn payments(benefit: &BenefitCard, period: PaymentPeriod, lang: Lang) -> Element {
    let t = lang.texts();
    if benefit.payments.is_empty() {
        return el("p").text(t.no_payments);
    }
    let options: Vec<String> = PaymentPeriod::choices(lang).into_iter().map(|(_, words)| words).collect();
    let chosen = PaymentPeriod::ALL.iter().position(|p| *p == period).unwrap_or_default();
    el("div")
        .child(el("div").class(style::period).child(choice(t.payments_from, PERIOD_CHOICE, &options, chosen)))
        .child(history(benefit, period, t))
}

/// The payments of one period, with its totals; replaced when the period changes.
pub fn history(benefit: &BenefitCard, period: PaymentPeriod, t: &Texts) -> Element {
    let out = el("div").attr("data-history", "");
    let Some(history) = benefit.history(period) else { return out };
    if history.count == 0 {
        return out.child(el("p").text(t.no_payments_in_period));
    }
    out.child(el("dl").class(style::totals).children(
        history.totals.iter().map(|(term, value)| el("div").child(el("dt").text(term)).child(el("dd").text(value))),
    ))
    .children(
        history.years.iter().map(|year| self::year(&t.year_caption(year.year, &year.total), benefit.lines(year), t)),
    )
}

fn year(caption: &str, payments: &[PaymentLine], t: &Texts) -> Element {
    let amount = |amount: bool| amount.then_some(style::amount);
    let head = |text: &str, is_amount: bool| {
        el("th").attr("scope", "col").attr("role", "columnheader").attr_opt("class", amount(is_amount)).text(text)
    };
    let cell = |label: &str, text: &str, is_amount: bool| {
        el("td").attr("role", "cell").attr("data-label", label).attr_opt("class", amount(is_amount)).text(text)
    };
    el("div").class(style::year).child(
        el("div").class(style::scroll).attr("tabindex", "0").attr("role", "group").attr("aria-label", caption).child(
            // The roles are the elements' own, given again: on a narrow card the rows are laid
            // out as blocks, and a browser may then stop telling it is a table.
            el("table")
                .class(style::table)
                .attr("role", "table")
                .child(el("caption").text(caption))
                .child(el("thead").attr("role", "rowgroup").child(el("tr").attr("role", "row").children([
                    head(t.payment_date, false),
                    head(t.period, false),
                    head(t.gross, true),
                    head(t.net, true),
                    head(t.paid_out, true),
                ])))
                .child(el("tbody").attr("role", "rowgroup").children(payments.iter().map(|p| {
                    el("tr").attr("role", "row").children([
                        el("th").attr("scope", "row").attr("role", "rowheader").text(&p.date),
                        cell(t.period, &p.period, false),
                        cell(t.gross, &p.gross, true),
                        cell(t.net, p.net.as_deref().unwrap_or_default(), true),
                        cell(t.paid_out, &p.paid, true),
                    ])
                }))),
        ),
    )
}
