//! The overview's contents: notices, "Det skal du være opmærksom på" and the three sections,
//! with their filters, "Vis flere", the disclosures and the summary's way to its cards. Made
//! once for an overview and kept while its first pages grow into the whole.
//!
//! The cards and sections are markup, made and moved by [`SectionView`]; what the citizen
//! chooses lives in signals here, and the effects made with the contents (owned by whoever
//! makes them, and gone with it) keep the sections in step. Each section's effect keeps the
//! cards it filtered until the presentation or a filter changes: no memo (each type of memo
//! is code of its own).

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlSelectElement};

use crate::client::events::{Event, Part, Section};
use crate::i18n::Lang;
use crate::present::filters::{self, labels, CaseFilter, CaseOrder, ClaimFilter, PaymentPeriod, Positioned};
use crate::present::{Presentation, Target, FIRST_PAGE};

use super::attention::attention;
use super::benefit_card::{benefit_card, history, payments, PERIOD_CHOICE};
use super::case_card::{case_card, documents};
use super::claim_card::claim_card;
use super::contact::contact_details;
use super::controls::choice;
use super::disclosure::{Panel, Parts};
use super::markup::{el, Element};
use super::notice::{notice, paragraph, Kind};
use super::requests::Shown;
use super::section::{CardList, Cards, SectionTexts, SectionView};
use super::timing;

/// Each section's place for the host's events, by index.
pub(super) const SECTIONS: [Section; 3] = [Section::Cases, Section::Benefits, Section::Claims];
pub(super) const CASES: usize = 0;
pub(super) const BENEFITS: usize = 1;
pub(super) const CLAIMS: usize = 2;
/// The `data-choice` of each filter.
const CASE_FILTER: &str = "case-filter";
const CASE_ORDER: &str = "case-order";
const CLAIM_FILTER: &str = "claim-filter";

/// A section's cards, as its effect and its view share them.
type SharedCards = Rc<dyn Cards>;

/// A section's cards as its effect filtered them: for which presentation and choices.
struct Filtered {
    cards: SharedCards,
    of: Arc<Presentation>,
    chosen: usize,
}

/// The contents of one overview in the page, and what the citizen chose in them.
pub struct Contents {
    presentation: Current,
    lang: Lang,
    /// The live region's words of the citizen's last choice.
    announced: RwSignal<Option<String>>,
    /// Each filter by its option's position.
    case_filter: RwSignal<usize>,
    claim_filter: RwSignal<usize>,
    case_order: RwSignal<usize>,
    /// How many cards of each section are in view.
    shown: [RwSignal<usize>; 3],
    /// A card the summary asked for, by section: its key. One signal per section, of the
    /// type `announced` has (each type of signal is code of its own).
    reveal: [RwSignal<Option<String>>; 3],
    /// Counts the choices made in each section's filters: its cards are filtered again at
    /// each, even one that chose what was chosen (the summary's way to its cards).
    chosen: [RwSignal<usize>; 3],
    sections: Rc<RefCell<Vec<Option<SectionView>>>>,
}

impl Contents {
    /// Makes the contents of `presentation` in `parent`, headings from `level` down.
    pub fn new(
        parent: &HtmlElement,
        presentation: Current,
        lang: Lang,
        level: u8,
        announced: RwSignal<Option<String>>,
        printing: RwSignal<bool>,
    ) -> Option<Self> {
        let t = lang.texts();
        // The notices, the summary and the counts are known with the first pages and stay.
        let first = presentation.get_untracked();
        let complete = move || presentation.with(|p| p.complete);
        let case_filter = RwSignal::new(0usize);
        let case_order = RwSignal::new(0usize);
        let claim_filter = RwSignal::new(0usize);
        let contents = Self {
            presentation,
            lang,
            announced,
            case_filter,
            claim_filter,
            case_order,
            shown: [RwSignal::new(FIRST_PAGE), RwSignal::new(FIRST_PAGE), RwSignal::new(FIRST_PAGE)],
            reveal: [RwSignal::new(None), RwSignal::new(None), RwSignal::new(None)],
            chosen: [RwSignal::new(0), RwSignal::new(0), RwSignal::new(0)],
            sections: Rc::default(),
        };

        let notices = first.unavailable.iter().map(|text| notice(Kind::Warning, None, [paragraph(text)]));
        let not_shown = first.not_shown.as_deref().map(|text| notice(Kind::Info, None, [paragraph(text)]));
        let root = el("div").children(notices).child_opt(not_shown).child_opt(attention(&first.attention, t, level));
        let root = root.append_to(parent)?;
        let case_controls = vec![
            choice(t.filter_cases, CASE_FILTER, &labels(CaseFilter::choices(lang)), 0),
            choice(t.sort, CASE_ORDER, &labels(CaseOrder::choices(lang)), 0),
        ];
        let claim_controls = vec![choice(t.filter_claims, CLAIM_FILTER, &labels(ClaimFilter::choices(lang)), 0)];
        let made = [
            (SectionTexts { title: t.cases, empty: t.no_cases }, first.outline.cases, case_controls),
            (SectionTexts { title: t.benefits, empty: t.no_benefits }, first.outline.benefits, Vec::new()),
            (SectionTexts { title: t.claims, empty: t.no_claims }, first.outline.claims, claim_controls),
        ];
        contents.sections.borrow_mut().extend(made.into_iter().enumerate().map(
            |(index, (texts, outline, controls))| SectionView::new(&root, index, texts, outline, level, controls),
        ));

        // When a full page of cases fills the first screen, the other sections' cards come a
        // frame later, below it: the first frame lays out a third as much.
        let later = RwSignal::new(first.cases.len() >= FIRST_PAGE);
        if later.get_untracked() {
            leptos::task::spawn_local(async move {
                super::browser::next_frame().await;
                later.try_set(false);
            });
        }

        // Each section in step with its cards, what is in view and whether all are made.
        let first_card = Rc::new(Cell::new(false));
        for index in [CASES, BENEFITS, CLAIMS] {
            let (chosen, shown, reveal, sections) =
                (contents.chosen[index], contents.shown, contents.reveal[index], contents.sections.clone());
            let first_card = first_card.clone();
            let title = [t.cases, t.benefits, t.claims][index];
            Effect::watch(
                move || (chosen.get(), shown[index].get(), printing.get(), complete(), reveal.get(), later.get()),
                move |&(chosen, shown_now, printing, complete, _, later), before, kept: Option<Filtered>| {
                    // The cards of this presentation as these choices filter them, kept while
                    // neither changes.
                    let of = presentation.get_untracked();
                    let remade = !kept.as_ref().is_some_and(|k| k.chosen == chosen && Arc::ptr_eq(&k.of, &of));
                    let filtered = match kept {
                        Some(kept) if !remade => kept,
                        _ => {
                            let choices = [case_filter, case_order, claim_filter].map(|c| c.get_untracked());
                            Filtered { cards: cards_of(&of, index, choices), of, chosen }
                        }
                    };
                    let cards = &filtered.cards;
                    'show: {
                        if index != CASES && later {
                            break 'show;
                        }
                        // A new filter starts from the top again and says what it left (not
                        // the list growing from its first page into the whole).
                        let refiltered = remade && before.is_some_and(|(_, _, _, was_complete, ..)| *was_complete);
                        if refiltered {
                            let of = &filtered.of;
                            let total = [of.cases.len(), of.benefits.len(), of.claims.len()][index];
                            announced.set(Some(t.filter_result(title, cards.len(), total)));
                            if shown_now != FIRST_PAGE {
                                // This runs again with it.
                                shown[index].set(FIRST_PAGE);
                                break 'show;
                            }
                        }
                        // A printout has every chosen card, not only the first pages.
                        let limit = if printing { usize::MAX } else { shown_now };
                        if let Some(Some(view)) = sections.borrow_mut().get_mut(index) {
                            view.update(cards, limit, complete, t);
                        }
                        if !first_card.get() && limit > 0 && cards.len() > 0 {
                            first_card.set(true);
                            timing::first_card();
                        }
                        // A card asked for by the summary: shown, then focused.
                        let Some(key) = reveal.get_untracked() else { break 'show };
                        let Some(at) = (0..cards.len()).find(|&at| cards.key(at) == Some(&key)) else { break 'show };
                        if at >= shown_now {
                            shown[index].set((at / FIRST_PAGE + 1) * FIRST_PAGE);
                            break 'show;
                        }
                        reveal.set(None);
                        focus_later(&sections, index, key);
                    }
                    filtered
                },
                true,
            );
        }

        // While printing every disclosure is open; afterwards each is as the citizen left it.
        let print_root = root.clone();
        Effect::watch(
            move || printing.get(),
            move |printing, _, _| {
                let Ok(buttons) = print_root.query_selector_all("button[data-panel]") else { return };
                for i in 0..buttons.length() {
                    let button = buttons.item(i).and_then(|b| b.dyn_into::<web_sys::Element>().ok());
                    let Some(parts) = button.and_then(|b| Parts::of(&b)) else { continue };
                    if *printing && !parts.is_open() {
                        presentation.with_untracked(|p| open(&parts, p, lang));
                        let _ = parts.button.set_attribute("data-printed", "");
                    } else if !*printing && parts.button.has_attribute("data-printed") {
                        parts.set_open(false);
                        let _ = parts.button.remove_attribute("data-printed");
                    }
                }
            },
            false,
        );

        // A filter set from outside (the summary) shows in its drop-down.
        for (name, value) in [(CASE_FILTER, case_filter), (CLAIM_FILTER, claim_filter)] {
            let root = root.clone();
            Effect::watch(
                move || value.get(),
                move |chosen, _, _| {
                    let select = root.query_selector(&format!("select[data-choice=\"{name}\"]")).ok().flatten();
                    if let Some(select) = select.and_then(|s| s.dyn_into::<HtmlSelectElement>().ok()) {
                        if usize::try_from(select.selected_index()).ok() != Some(*chosen) {
                            select.set_selected_index(i32::try_from(*chosen).unwrap_or_default());
                        }
                    }
                },
                false,
            );
        }
        Some(contents)
    }

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
            return opened.then_some(Event::Opened { part, section: SECTIONS[section] });
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
            return Some(Event::Opened { part: Part::More, section: SECTIONS[index] });
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

/// The presentation in view, read from the requests' signal (an empty one while it holds
/// none). A reader of its own rather than a `Signal::derive`, whose reading is generic code
/// for every kind of signal it could be.
#[derive(Clone, Copy)]
pub struct Current(pub RwSignal<Option<Shown>>);

impl Current {
    fn with<R>(self, f: impl FnOnce(&Presentation) -> R) -> R {
        self.0.with(|shown| read(shown.as_ref(), f))
    }

    fn with_untracked<R>(self, f: impl FnOnce(&Presentation) -> R) -> R {
        self.0.with_untracked(|shown| read(shown.as_ref(), f))
    }

    fn get_untracked(self) -> Arc<Presentation> {
        self.0.with_untracked(|shown| shown.as_ref().map(|s| s.presentation.clone())).unwrap_or_default()
    }
}

fn read<R>(shown: Option<&Shown>, f: impl FnOnce(&Presentation) -> R) -> R {
    match shown {
        Some(shown) => f(&shown.presentation),
        None => f(&Presentation::default()),
    }
}

/// The cards of section `index` of `p`, filtered and sorted by the choices (the case filter,
/// the case order and the claim filter, by position).
fn cards_of(p: &Presentation, index: usize, [case_filter, case_order, claim_filter]: [usize; 3]) -> SharedCards {
    match index {
        CASES => {
            let cards = filters::cases(&p.cases, CaseFilter::nth(case_filter), CaseOrder::nth(case_order));
            Rc::new(CardList { cards, markup: case_card })
        }
        BENEFITS => Rc::new(CardList { cards: p.benefits.clone(), markup: benefit_card }),
        _ => {
            Rc::new(CardList { cards: filters::claims(&p.claims, ClaimFilter::nth(claim_filter)), markup: claim_card })
        }
    }
}

/// The section `element` is in, when it is (or is inside) an element that matches `selector`.
fn within(element: &web_sys::Element, selector: &str) -> Option<usize> {
    element.closest(selector).ok()??;
    element.closest("[data-section]").ok()??.get_attribute("data-section")?.parse().ok()
}

/// Focuses a section's card once it is in the page.
fn focus_later(sections: &Rc<RefCell<Vec<Option<SectionView>>>>, index: usize, key: String) {
    let sections = sections.clone();
    request_animation_frame(move || {
        if let Some(Some(view)) = sections.borrow().get(index) {
            view.focus(&key);
        }
    });
}

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
fn open(parts: &Parts, presentation: &Presentation, lang: Lang) {
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
    let section: usize = parts.button.closest("[data-section]").ok()??.get_attribute("data-section")?.parse().ok()?;
    let level = parts.inner_level()?;
    match (parts.kind, section) {
        (Panel::Documents, CASES) => p.cases.iter().find(|c| c.id == key).map(|c| documents(&c.documents, t)),
        (Panel::Payments, BENEFITS) => {
            p.benefits.iter().find(|b| b.id == key).map(|b| payments(b, PaymentPeriod::default(), lang))
        }
        (Panel::Contact, CASES) => {
            p.cases.iter().find(|c| c.id == key).map(|c| contact_details(&c.contact, &c.breach, level, t))
        }
        (Panel::Contact, BENEFITS) => {
            p.benefits.iter().find(|b| b.id == key).map(|b| contact_details(&b.contact, &b.breach, level, t))
        }
        (Panel::Contact, CLAIMS) => {
            p.claims.iter().find(|c| c.id == key).map(|c| contact_details(&c.contact, &c.breach, level, t))
        }
        _ => None,
    }
}
