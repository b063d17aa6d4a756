//! The frame of one case, benefit or claim: title, status badge, key facts; the body follows.

use std::sync::atomic::{AtomicU32, Ordering};

use crate::present::Link;

use super::badge::{badge, Tone};
use super::link::safe_link;
use super::markup::{el, heading, plain_list, Element};

stylance::import_crate_style!(pub style, "src/widget/card/card.module.css");

/// A term and its value among a card's key facts.
pub type Fact<'a> = (&'a str, &'a str);

/// The card's `<article>` with its title (a heading of `level`), badge and facts.
pub fn card(title: &str, level: u8, status: (Tone, &str), facts: &[Fact]) -> Element {
    // Named by its title: Firefox gives an article no name of its own, and a screen reader's
    // list of articles would be a list of blanks. Ids unique across every widget on the page.
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let id = format!("mo-title-{}", NEXT.fetch_add(1, Ordering::Relaxed));
    el("article")
        .class(style::card)
        .attr("aria-labelledby", &id)
        .child(
            el("div")
                .class(style::top)
                .child(heading(level).class(style::title).attr("id", &id).text(title))
                .child(badge(status.0, status.1)),
        )
        .child(el("dl").class(style::facts).children(
            facts.iter().map(|(term, value)| el("div").child(el("dt").text(term)).child(el("dd").text(value))),
        ))
}

/// The links a card offers, where it has any.
pub fn card_links<'a>(links: impl IntoIterator<Item = &'a Link>) -> Option<Element> {
    let items: Vec<Element> = links.into_iter().map(|link| el("li").child(safe_link(link))).collect();
    (!items.is_empty()).then(|| plain_list("ul").class(style::links).children(items))
}

/// A note under the facts.
pub fn note(text: &str) -> Element {
    el("p").class(style::note).text(text)
}
