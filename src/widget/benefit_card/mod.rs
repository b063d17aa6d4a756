//! One benefit: who pays it, the period, the status and the payment history by year.

use leptos::prelude::*;

use std::sync::Arc;

use crate::present::filters::PaymentPeriod;
use crate::present::{BenefitCard as Benefit, PaymentLine};

use super::badge::Tone;
use super::card::{self, Card, CardLinks};
use super::contact::ContactDisclosure;
use super::context::{self, Announcer};
use super::disclosure::Disclosure;
use super::section::Choice;

stylance::import_crate_style!(style, "src/widget/benefit_card/benefit_card.module.css");

#[component]
pub fn BenefitCard(benefit: Benefit) -> impl IntoView {
    let t = context::texts();
    let tone = if benefit.active { Tone::Success } else { Tone::Neutral };
    let mut facts = vec![(t.paid_by, benefit.authority.clone())];
    facts.extend(benefit.case_number.clone().map(|n| (t.case_number, n)));
    facts.push((t.period, benefit.period.clone()));
    // Planned, not paid: a fact of the card, never a row of the history.
    facts.extend(benefit.next_payment.clone().map(|next| (t.next_payment, next)));
    let payments_label = format!("{} ({})", t.payments, benefit.payments.len());
    let links = benefit.self_service.clone().into_iter().collect();
    let (contact, breach) = (benefit.contact.clone(), benefit.breach.clone());
    let repayable = benefit.repayable;
    // Held by the card, not the history: closing and opening the history keeps the choice.
    let period = RwSignal::new(PaymentPeriod::default());
    let benefit = Arc::new(benefit);
    view! {
        <Card title=benefit.name.clone() badge=(tone, benefit.status_label) facts=facts>
            {repayable.map(|note| view! { <p class=card::style::note>{note}</p> })}
            <CardLinks links=links/>
            <Disclosure label=payments_label>
                {if benefit.payments.is_empty() {
                    view! { <p>{t.no_payments}</p> }.into_any()
                } else {
                    view! { <Payments benefit=benefit.clone() period=period/> }.into_any()
                }}
            </Disclosure>
            <ContactDisclosure contact=contact breach=breach/>
        </Card>
    }
}

/// The payment history for a period the citizen chooses, with its totals.
#[component]
fn Payments(benefit: Arc<Benefit>, period: RwSignal<PaymentPeriod>) -> impl IntoView {
    let t = context::texts();
    let count = {
        let benefit = benefit.clone();
        move |period| benefit.history(period).map_or(0, |h| h.count)
    };
    // Say what the new period holds: the table changes out of a screen reader's sight.
    if let Some(announcer) = Announcer::here() {
        Effect::watch(
            move || period.get(),
            move |period, _, _| announcer.say(t.payments_in_period.of(count(*period))),
            false,
        );
    }
    let history = move || {
        let Some(history) = benefit.history(period.get()) else { return ().into_any() };
        if history.count == 0 {
            return view! { <p>{t.no_payments_in_period}</p> }.into_any();
        }
        view! {
            <dl class=style::totals>
                {history.totals.iter().map(|(term, value)| view! {
                    <div><dt>{*term}</dt><dd>{value.clone()}</dd></div>
                }).collect_view()}
            </dl>
            {history.years.iter().map(|year| {
                let caption = format!("{}: {}", year.year, year.total);
                view! { <Year caption=caption payments=benefit.lines(year).to_vec()/> }
            }).collect_view()}
        }
        .into_any()
    };
    view! {
        <div class=style::period>
            <Choice label=t.payments_from value=period options=PaymentPeriod::choices(context::lang())/>
        </div>
        {history}
    }
}

#[component]
fn Year(caption: String, payments: Vec<PaymentLine>) -> impl IntoView {
    let t = context::texts();
    let region_label = caption.clone();
    view! {
        <div class=style::year>
            <div class=style::scroll tabindex="0" role="group" aria-label=region_label>
                // The roles are the elements' own, given again: on a narrow card the rows are
                // laid out as blocks, and a browser may then stop telling it is a table.
                <table class=style::table role="table">
                    <caption>{caption}</caption>
                    <thead role="rowgroup">
                        <tr role="row">
                            <th scope="col" role="columnheader">{t.payment_date}</th>
                            <th scope="col" role="columnheader">{t.period}</th>
                            <th scope="col" role="columnheader" class=style::amount>{t.gross}</th>
                            <th scope="col" role="columnheader" class=style::amount>{t.net}</th>
                            <th scope="col" role="columnheader" class=style::amount>{t.paid_out}</th>
                        </tr>
                    </thead>
                    <tbody role="rowgroup">
                        {payments.into_iter().map(|p| view! {
                            <tr role="row">
                                <th scope="row" role="rowheader">{p.date}</th>
                                <td role="cell" data-label=t.period>{p.period}</td>
                                <td role="cell" data-label=t.gross class=style::amount>{p.gross}</td>
                                <td role="cell" data-label=t.net class=style::amount>{p.net.unwrap_or_default()}</td>
                                <td role="cell" data-label=t.paid_out class=style::amount>{p.paid}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </div>
    }
}
