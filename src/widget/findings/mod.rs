//! The findings of the rules, for staff in the preview: what was dropped, masked or missing,
//! each with the item it is about.

use crate::i18n::Lang;
use crate::rules::findings::Finding;

use super::markup::{el, heading, Element};

stylance::import_crate_style!(style, "src/widget/findings/findings.module.css");

/// The findings under a heading of `level`, by kind.
pub fn finding_list(findings: &[Finding], lang: Lang, level: u8) -> Element {
    let t = lang.staff();
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by_key(|f| f.kind);
    let list = if sorted.is_empty() {
        el("p").text(t.no_findings)
    } else {
        el("ul").class(style::list).children(sorted.into_iter().map(|f| {
            let detail = (!f.detail.is_empty()).then(|| el("span").class(style::detail).text(&f.detail));
            let item = el("span").class(style::item).text(&t.item(&f.item));
            let item = match detail {
                Some(detail) => item.text(": ").child(detail),
                None => item,
            };
            el("li")
                .attr("data-finding", &format!("{:?}", f.kind))
                .child(el("span").class(style::kind).text(t.finding_kind(f.kind)))
                .child(item)
        }))
    };
    el("section")
        .class(style::findings)
        .attr("aria-label", t.findings)
        .attr("data-findings", "")
        .child(heading(level).class(style::heading).text(&format!("{} ({})", t.findings, findings.len())))
        .child(list)
}
