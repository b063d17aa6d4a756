//! Contact and data-breach details of a topic or claim type.

use crate::i18n::Texts;
use crate::present::{BreachCard, ContactCard, Link};

use super::disclosure::{disclosure, Panel};
use super::link::safe_link;
use super::markup::{el, heading, Element};

stylance::import_crate_style!(style, "src/widget/contact/contact.module.css");

/// "Kontakt og sikkerhedsbrud", closed until asked for; nothing when there is neither.
pub fn contact_disclosure(any: bool, t: &Texts) -> Option<Element> {
    any.then(|| disclosure(t.contact_and_breach, Panel::Contact))
}

/// What the contact disclosure holds, its two parts headed by headings of `level`.
pub fn contact_details(contact: &Option<ContactCard>, breach: &Option<BreachCard>, level: u8, t: &Texts) -> Element {
    let link =
        |term: &str, link: &Option<Link>| link.as_ref().map(|l| [el("dt").text(term), el("dd").child(safe_link(l))]);
    let mut out = el("div");
    if let Some(c) = contact {
        let rows = [
            link(t.phone, &c.phone),
            c.opening_hours.as_deref().map(|h| [el("dt").text(t.opening_hours), el("dd").text(h)]),
            link(t.email, &c.email),
            link(t.website, &c.website),
        ];
        out = out
            .child(heading(level).class(style::heading).text(t.contact))
            .child(el("dl").class(style::details).children(rows.into_iter().flatten().flatten()));
    }
    if let Some(b) = breach {
        let rows = [link(t.phone, &b.phone), link(t.digital_post, &b.digital_post)];
        out = out
            .child(heading(level).class(style::heading).text(t.breach))
            .child(el("p").class(style::text).text(&b.intro))
            .child(el("dl").class(style::details).children(rows.into_iter().flatten().flatten()));
    }
    out
}
