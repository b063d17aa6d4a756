//! A section (cases, benefits or payments): heading with count, optional filters, the cards
//! in view grouped by authority, and "Vis flere".
//!
//! Each card is made once and kept by its item's id: growing the list, filtering it or
//! re-sorting it moves the cards that stay, with what the citizen opened in them. The section
//! knows its cards only through [`Cards`], so one copy of its code serves all three kinds.

use crate::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use web_sys::HtmlElement;

use crate::i18n::Texts;
use crate::present::{Card, SectionOutline};

use super::controls;
use super::markup::{el, heading, part, plain_list, Element};
use super::style::VISUALLY_HIDDEN;

stylance::import_crate_style!(pub style, "src/widget/section/section.module.css");

/// A section's cards in the order shown, whatever their kind.
pub trait Cards {
    fn len(&self) -> usize;
    /// The item's id of the card at `at` (unique among its kind).
    fn key(&self, at: usize) -> Option<&str>;
    fn authority(&self, at: usize) -> Option<&str>;
    /// The card at `at`, its title a heading of `level`.
    fn markup(&self, at: usize, t: &Texts, level: u8) -> Option<Element>;
}

/// The cards of one kind, with what makes one's markup.
pub struct CardList<T> {
    pub cards: Arc<[T]>,
    pub markup: fn(&T, &Texts, u8) -> Element,
}

impl<T: Card> Cards for CardList<T> {
    fn len(&self) -> usize {
        self.cards.len()
    }
    fn key(&self, at: usize) -> Option<&str> {
        self.cards.get(at).map(Card::id)
    }
    fn authority(&self, at: usize) -> Option<&str> {
        self.cards.get(at).map(Card::authority)
    }
    fn markup(&self, at: usize, t: &Texts, level: u8) -> Option<Element> {
        self.cards.get(at).map(|card| (self.markup)(card, t, level))
    }
}

/// The words of one section.
#[derive(Clone, Copy)]
pub struct SectionTexts {
    pub title: &'static str,
    pub empty: &'static str,
}

/// One section in the page, kept in step with the cards in view by [`PageSection::update`].
pub struct PageSection {
    texts: SectionTexts,
    outline: SectionOutline,
    /// The level of the section's heading.
    level: u8,
    list: HtmlElement,
    more: HtmlElement,
    controls: Option<HtmlElement>,
    /// Each card made, by key.
    made: HashMap<String, HtmlElement>,
    /// What is in view: the keys by authority, to leave the page alone when nothing moved.
    in_view: Vec<(String, Vec<String>)>,
    /// The cards last shown, in their order.
    cards: Option<Rc<dyn Cards>>,
}

impl PageSection {
    /// Makes the section (its heading of `level`, and `controls` where it has more than one
    /// card) and appends it to `parent`; `index` tells the click handler which section it is.
    pub fn new(
        parent: &HtmlElement,
        index: usize,
        texts: SectionTexts,
        outline: SectionOutline,
        level: u8,
        controls: Vec<Element>,
    ) -> Option<Self> {
        let document = parent.owner_document()?;
        // A plain section, not a landmark: the widget is one region, its sections are headed parts.
        let frame = el("section")
            .class(style::section)
            .attr("data-section", &index.to_string())
            .child(
                heading(level)
                    .class(style::heading)
                    .child(el("span").text(texts.title))
                    .child(el("span").class(style::count).text(&crate::i18n::count(outline.total))),
            )
            // A fieldset, so that its controls wait together while the rest of the cards are made;
            // its legend names the group for screen readers, which otherwise say only "group".
            .child_opt((outline.total > 1 && !controls.is_empty()).then(|| {
                el("fieldset")
                    .class(style::controls)
                    .child(el("legend").class(VISUALLY_HIDDEN).text(texts.title))
                    .children(controls)
            }))
            .child(el("div").attr("data-list", ""))
            .child(el("div").attr("data-more", ""))
            .render(&document)?;
        parent.append_child(&frame).ok()?;
        Some(Self {
            texts,
            outline,
            level,
            list: part(&frame, "[data-list]")?,
            more: part(&frame, "[data-more]")?,
            controls: part(&frame, "fieldset"),
            made: HashMap::default(),
            in_view: Vec::new(),
            cards: None,
        })
    }

    /// Shows the first `limit` of `cards` (all of them in the order shown), and what is
    /// left. Until `complete` only the section's first cards are made: its controls and "Vis
    /// flere" wait.
    pub fn update(&mut self, cards: &Rc<dyn Cards>, limit: usize, complete: bool, t: &Texts) {
        self.cards = Some(cards.clone());
        let Some(document) = self.list.owner_document() else { return };
        if let Some(controls) = &self.controls {
            let _ =
                if complete { controls.remove_attribute("disabled") } else { controls.set_attribute("disabled", "") };
        }
        let visible = cards.len().min(limit);
        let mut groups: Vec<(String, Vec<String>)> = Vec::new();
        for at in 0..visible {
            let (Some(authority), Some(key)) = (cards.authority(at), cards.key(at)) else { continue };
            match groups.iter_mut().find(|(a, _)| a == authority) {
                Some((_, keys)) => keys.push(key.to_owned()),
                None => groups.push((authority.to_owned(), vec![key.to_owned()])),
            }
        }
        if groups != self.in_view || groups.is_empty() {
            self.list.set_text_content(None);
            if groups.is_empty() {
                let text = if self.outline.total == 0 { self.texts.empty } else { t.no_match };
                el("p").class(style::empty).text(text).append_to(&self.list);
            }
            let card_level = self.level + if self.outline.grouped { 2 } else { 1 };
            for (authority, keys) in &groups {
                if self.outline.grouped {
                    heading(self.level + 1).class(style::group_heading).text(authority).append_to(&self.list);
                }
                let Some(list) = plain_list("ul").class(style::list).render(&document) else { continue };
                for key in keys {
                    let card = match self.made.get(key) {
                        Some(card) => Some(card.clone()),
                        None => (0..visible).find(|&at| cards.key(at) == Some(key)).and_then(|at| {
                            let markup = cards.markup(at, t, card_level)?;
                            let card =
                                el("li").class(style::item).attr("tabindex", "-1").attr("data-key", key).child(markup);
                            let card = card.render(&document)?;
                            self.made.insert(key.clone(), card.clone());
                            Some(card)
                        }),
                    };
                    if let Some(card) = card {
                        let _ = list.append_child(&card);
                    }
                }
                let _ = self.list.append_child(&list);
            }
            self.in_view = groups;
        }
        // Counted from the whole section while its first cards are all there is.
        let count = if complete { cards.len() } else { self.outline.total };
        self.more.set_text_content(None);
        if visible < count {
            let button = el("button")
                .attr("type", "button")
                .class(controls::style::secondary)
                .attr("data-show-more", "")
                .attr_opt("disabled", (!complete).then_some(""))
                .text(t.show_more);
            let showing = el("p").class(style::showing).text(&t.showing_of(visible, count));
            el("div").class(style::more).child(button).child(showing).append_to(&self.more);
        }
    }

    /// The key of the card shown at `at`.
    pub fn key(&self, at: usize) -> Option<String> {
        self.cards.as_ref()?.key(at).map(str::to_owned)
    }

    /// Focuses the card of `key`, if it is made.
    pub fn focus(&self, key: &str) {
        if let Some(card) = self.made.get(key) {
            let _ = card.focus();
        }
    }
}
