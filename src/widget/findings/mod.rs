//! The findings of the rules, for staff in the preview: what was dropped, masked or missing,
//! each with the item it is about.

use leptos::prelude::*;

use crate::rules::findings::Finding;

use super::heading::Heading;

stylance::import_crate_style!(style, "src/widget/findings/findings.module.css");

#[component]
pub fn FindingList(findings: Vec<Finding>) -> impl IntoView {
    let lang = super::context::lang();
    let t = lang.texts();
    let mut findings = findings;
    findings.sort_by_key(|f| f.kind);
    view! {
        <section class=style::findings aria-label=t.findings data-findings="">
            <Heading class=style::heading>{format!("{} ({})", t.findings, findings.len())}</Heading>
            {if findings.is_empty() {
                view! { <p>{t.no_findings}</p> }.into_any()
            } else {
                view! {
                    <ul class=style::list>
                        {findings.into_iter().map(|f| view! {
                            <li data-finding=format!("{:?}", f.kind)>
                                <span class=style::kind>{t.finding_kind(f.kind)}</span>
                                <span class=style::item>
                                    {t.item(&f.item)}
                                    {(!f.detail.is_empty()).then(|| view! { ": "<span class=style::detail>{f.detail}</span> })}
                                </span>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
