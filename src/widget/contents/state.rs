//! The contents' state: what the citizen chose, in signals, and the effects made with the
//! contents (owned by whoever makes them, and gone with it) that keep the page in step with it.
//!
//! The cards and sections are markup, made and moved by [`PageSection`]; each section's effect
//! keeps the cards it filtered until the presentation or a filter changes: no memo (each type
//! of memo is code of its own).

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlSelectElement};

use crate::i18n::Lang;
use crate::present::filters::{self, labels, CaseFilter, CaseOrder, ClaimFilter, Positioned};
use crate::present::{Presentation, FIRST_PAGE};
use crate::widget::attention::attention;
use crate::widget::benefit_card::benefit_card;
use crate::widget::case_card::case_card;
use crate::widget::claim_card::claim_card;
use crate::widget::controls::choice;
use crate::widget::disclosure::Parts;
use crate::widget::markup::el;
use crate::widget::notice::{notice, paragraph, Kind};
use crate::widget::section::{CardList, Cards, PageSection, SectionTexts};
use crate::widget::{browser, timing};

use super::current::Current;
use super::disclosure_panels::open;
use super::{BENEFITS, CASES, CASE_FILTER, CASE_ORDER, CLAIMS, CLAIM_FILTER};

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
    pub(super) presentation: Current,
    pub(super) lang: Lang,
    /// The live region's words of the citizen's last choice.
    pub(super) announced: RwSignal<Option<String>>,
    /// Each filter by its option's position.
    pub(super) case_filter: RwSignal<usize>,
    pub(super) claim_filter: RwSignal<usize>,
    pub(super) case_order: RwSignal<usize>,
    /// How many cards of each section are in view.
    pub(super) shown: [RwSignal<usize>; 3],
    /// A card the summary asked for, by section: its key. One signal per section, of the
    /// type `announced` has (each type of signal is code of its own).
    pub(super) reveal: [RwSignal<Option<String>>; 3],
    /// Counts the choices made in each section's filters: its cards are filtered again at
    /// each, even one that chose what was chosen (the summary's way to its cards).
    pub(super) chosen: [RwSignal<usize>; 3],
    pub(super) sections: Rc<RefCell<Vec<Option<PageSection>>>>,
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
            |(index, (texts, outline, controls))| PageSection::new(&root, index, texts, outline, level, controls),
        ));

        // When a full page of cases fills the first screen, the other sections' cards come a
        // frame later, below it: the first frame lays out a third as much.
        let later = RwSignal::new(first.cases.len() >= FIRST_PAGE);
        if later.get_untracked() {
            leptos::task::spawn_local(async move {
                browser::next_frame().await;
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

/// Focuses a section's card once it is in the page.
pub(super) fn focus_later(sections: &Rc<RefCell<Vec<Option<PageSection>>>>, index: usize, key: String) {
    let sections = sections.clone();
    request_animation_frame(move || {
        if let Some(Some(view)) = sections.borrow().get(index) {
            view.focus(&key);
        }
    });
}
