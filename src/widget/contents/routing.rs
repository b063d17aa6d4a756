//! The citizen's clicks and choices in the contents, routed to the signals they set.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;

use crate::client::events::{Event, Part};
use crate::present::filters::{CaseFilter, ClaimFilter, PaymentPeriod, Positioned};
use crate::present::{Target, FIRST_PAGE};
use crate::widget::benefit_card::{history, PERIOD_CHOICE};
use crate::widget::disclosure::{Panel, Parts};

use super::disclosure_panels::toggle;
use super::state::{focus_later, Contents};
use super::{BENEFITS, CASES, CASE_FILTER, CASE_ORDER, CLAIMS, CLAIM_FILTER, SECTIONS};

impl Contents {
    /// A click in the widget: a disclosure, "Vis flere", or a line of the summary. What the
    /// citizen opened, for the host.
    pub fn click(&self, target: &web_sys::Element) -> Option<Event> {
        if let Some(parts) = Parts::of(target) {
            let opened = self.presentation.with_untracked(|p| toggle(&parts, p, self.lang));
            let section = within(target, "[data-section]")?;
            let part = match parts.kind {
                Panel::Documents => Part::Documents,
                Panel::Payments => Part::Payments,
                Panel::Contact => Part::Contact,
            };
            return opened.then_some(Event::Opened { part, section: *SECTIONS.get(section)? });
        } else if let Some(index) = within(target, "[data-show-more]") {
            // Focus the first new card once it is in view, so keyboard and screen-reader
            // users continue where the list grew.
            let shown = self.shown.get(index)?;
            let first_new = shown.get_untracked();
            let key = self.sections.borrow().get(index).and_then(|view| view.as_ref()?.key(first_new));
            shown.update(|n| *n += FIRST_PAGE);
            if let Some(key) = key {
                focus_later(&self.sections, index, key);
            }
            return Some(Event::Opened { part: Part::More, section: *SECTIONS.get(index)? });
        } else if let Some(line) = target.closest("button[data-line]").ok().flatten() {
            let at = line.get_attribute("data-line").and_then(|n| n.parse::<usize>().ok());
            if let Some(target) =
                self.presentation.with_untracked(|p| at.and_then(|at| p.attention.get(at)).map(|l| l.target.clone()))
            {
                self.follow(&target);
            }
        }
        None
    }

    /// A choice in the widget: a filter, the order, or a benefit's payment period.
    pub fn change(&self, target: &web_sys::Element) {
        let Some(select) = target.dyn_ref::<HtmlSelectElement>() else { return };
        let chosen = usize::try_from(select.selected_index()).unwrap_or_default();
        match select.get_attribute("data-choice").as_deref() {
            Some(CASE_FILTER) => self.choose(CASES, self.case_filter, chosen),
            Some(CASE_ORDER) => self.choose(CASES, self.case_order, chosen),
            Some(CLAIM_FILTER) => self.choose(CLAIMS, self.claim_filter, chosen),
            Some(PERIOD_CHOICE) => self.period_chosen(select, chosen),
            _ => {}
        }
    }

    /// Sets a filter of section `index` to the option at `position`.
    fn choose(&self, index: usize, filter: RwSignal<usize>, position: usize) {
        filter.set(position);
        if let Some(chosen) = self.chosen.get(index) {
            chosen.update(|n| *n += 1);
        }
    }

    /// A summary line's way to its card: the filter that shows what it counts, then the card.
    fn follow(&self, target: &Target) {
        match target {
            Target::ActiveCases { first } => {
                self.choose(CASES, self.case_filter, CaseFilter::Active.position());
                self.reveal[CASES].set(Some(first.clone()));
            }
            Target::Benefit(id) => self.reveal[BENEFITS].set(Some(id.clone())),
            Target::Claims { status, first } => {
                self.choose(CLAIMS, self.claim_filter, ClaimFilter::Only(*status).position());
                self.reveal[CLAIMS].set(Some(first.clone()));
            }
        }
    }

    /// A benefit's payment period chosen: its history shows that period, and the live
    /// region says what it holds (the table changes out of a screen reader's sight).
    fn period_chosen(&self, select: &HtmlSelectElement, chosen: usize) {
        let Some(period) = PaymentPeriod::ALL.get(chosen).copied() else { return };
        let Some(key) = select.closest("[data-key]").ok().flatten().and_then(|card| card.get_attribute("data-key"))
        else {
            return;
        };
        // The choice's box, and after it the history it chooses.
        let Some(old) = select.closest("div").ok().flatten().and_then(|choice| choice.next_element_sibling()) else {
            return;
        };
        let Some(document) = select.owner_document() else { return };
        let t = self.lang.texts();
        let count = self.presentation.with_untracked(|p| {
            let benefit = p.benefits.iter().find(|b| b.id == key)?;
            let new = history(benefit, period, t).render(&document)?;
            let _ = old.replace_with_with_node_1(&new);
            Some(benefit.history(period).map_or(0, |h| h.count))
        });
        if let Some(count) = count {
            self.announced.set(Some(t.payments_in_period.of(count)));
        }
    }
}

/// The section `element` is in, when it is (or is inside) an element that matches `selector`.
fn within(element: &web_sys::Element, selector: &str) -> Option<usize> {
    element.closest(selector).ok()??;
    section_of(element)
}

/// The section `element` is in, by its index: none when the attribute names no section (the
/// shadow root is open, and a host's script may have rewritten it).
pub fn section_of(element: &web_sys::Element) -> Option<usize> {
    let index = element.closest("[data-section]").ok()??.get_attribute("data-section")?.parse().ok()?;
    (index < SECTIONS.len()).then_some(index)
}
