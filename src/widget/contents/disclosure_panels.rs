//! A card's disclosures (documents, payments, contact): opened and closed, and what each
//! holds made from its card the first time it opens.

use crate::i18n::Lang;
use crate::present::filters::PaymentPeriod;
use crate::present::{BreachCard, ContactCard, Presentation};
use crate::widget::benefit_card::payments;
use crate::widget::case_card::documents;
use crate::widget::contact::contact_details;
use crate::widget::disclosure::{Panel, Parts};
use crate::widget::markup::Element;

use super::routing::section_of;
use super::{BENEFITS, CASES, CLAIMS};

/// Opens a closed disclosure of a card of `presentation`, closes an open one; whether it opened.
pub fn toggle(parts: &Parts, presentation: &Presentation, lang: Lang) -> bool {
    if parts.is_open() {
        parts.set_open(false);
        false
    } else {
        open(parts, presentation, lang);
        true
    }
}

/// Opens a disclosure, making what it holds the first time, from its card.
pub(super) fn open(parts: &Parts, presentation: &Presentation, lang: Lang) {
    if !parts.is_filled() {
        if let Some(content) = panel(parts, presentation, lang) {
            content.append_to(&parts.panel);
        }
    }
    parts.set_open(true);
}

/// What a disclosure holds, from the card it is in.
fn panel(parts: &Parts, p: &Presentation, lang: Lang) -> Option<Element> {
    let t = lang.texts();
    let key = parts.button.closest("[data-key]").ok()??.get_attribute("data-key")?;
    let section = section_of(&parts.button)?;
    let level = parts.inner_level()?;
    match (parts.kind, section) {
        (Panel::Documents, CASES) => p.cases.iter().find(|c| c.id == key).map(|c| documents(&c.documents, t)),
        (Panel::Payments, BENEFITS) => {
            p.benefits.iter().find(|b| b.id == key).map(|b| payments(b, PaymentPeriod::default(), lang))
        }
        (Panel::Contact, _) => {
            contact_of(p, section, &key).map(|(contact, breach)| contact_details(contact, breach, level, t))
        }
        _ => None,
    }
}

/// The contact details and the breach reporting of the card of `key` in section `index`:
/// every kind of card has both.
fn contact_of<'a>(
    p: &'a Presentation,
    index: usize,
    key: &str,
) -> Option<(&'a Option<ContactCard>, &'a Option<BreachCard>)> {
    match index {
        CASES => p.cases.iter().find(|c| c.id == key).map(|c| (&c.contact, &c.breach)),
        BENEFITS => p.benefits.iter().find(|b| b.id == key).map(|b| (&b.contact, &b.breach)),
        CLAIMS => p.claims.iter().find(|c| c.id == key).map(|c| (&c.contact, &c.breach)),
        _ => None,
    }
}
