//! One benefit: who pays it, the period, the status and the payment history by year.

use leptos::prelude::*;

use crate::present::{BenefitCard as Benefit, PaymentYear};

use super::badge::Tone;
use super::card::{self, Card, CardLinks};
use super::context;
use super::disclosure::Disclosure;

stylance::import_crate_style!(style, "src/widget/benefit_card/benefit_card.module.css");

#[component]
pub fn BenefitCard(benefit: Benefit) -> impl IntoView {
    let t = context::texts();
    let tone = if benefit.active { Tone::Success } else { Tone::Neutral };
    let mut facts = vec![(t.paid_by, benefit.authority), (t.period, benefit.period)];
    // Planned, not paid: a fact of the card, never a row of the history.
    if let Some(next) = benefit.next_payment {
        facts.push((t.next_payment, next));
    }
    let years = benefit.years;
    let payments_label = format!("{} ({})", t.payments, benefit.payment_count);
    view! {
        <Card title=benefit.name badge=(tone, benefit.status_label) facts=facts>
            {benefit.repayable.map(|note| view! { <p class=card::style::note>{note}</p> })}
            <CardLinks links=benefit.self_service.into_iter().collect()/>
            <Disclosure label=payments_label>
                {if years.is_empty() {
                    view! { <p>{t.no_payments}</p> }.into_any()
                } else {
                    years.iter().cloned().map(|year| view! { <Year year=year/> }).collect_view().into_any()
                }}
            </Disclosure>
        </Card>
    }
}

#[component]
fn Year(year: PaymentYear) -> impl IntoView {
    let t = context::texts();
    let caption = format!("{}: {}", year.year, year.total);
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
                        {year.payments.into_iter().map(|p| view! {
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
