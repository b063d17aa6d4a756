//! "Det skal du være opmærksom på": a few lines at the top of the overview, each a button
//! that brings its card into view (the cards live in a shadow root, where `#fragment` links
//! cannot reach them, and may be past "Vis flere" or hidden by a filter).

use crate::i18n::Texts;
use crate::present::AttentionLine;

use super::link::safe_link;
use super::markup::{el, heading, Element};

stylance::import_crate_style!(style, "src/widget/attention/attention.module.css");

/// The summary, its heading of `level`; each line's button carries its position among the
/// lines (`data-line`) for the overview's click handler. Nothing when there is nothing to say.
pub fn attention(lines: &[AttentionLine], t: &Texts, level: u8) -> Option<Element> {
    (!lines.is_empty()).then(|| {
        el("section").class(style::attention).child(heading(level).class(style::heading).text(t.attention)).child(
            el("ul").class(style::lines).children(lines.iter().enumerate().map(|(i, line)| {
                let pay = line.pay.as_ref().map(|link| el("span").class(style::pay).child(safe_link(link)));
                let li = el("li").child(
                    el("button")
                        .attr("type", "button")
                        .class(style::line)
                        .attr("data-line", &i.to_string())
                        .text(&line.text),
                );
                match pay {
                    Some(pay) => li.text(" ").child(pay),
                    None => li,
                }
            })),
        )
    })
}
