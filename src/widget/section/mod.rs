//! A section (cases, benefits or payments): heading with count, optional filters, the first
//! few cards grouped by authority, and "Vis flere".
//!
//! The cards are keyed by their item's id: growing the list, filtering it or re-sorting it
//! keeps each card that stays, with what the citizen opened in it.

use leptos::html;
use leptos::prelude::*;
use std::sync::Arc;

use crate::i18n::fill_all;
use crate::present::filters::Labelled;
use crate::present::{by_authority, Card};

use super::context::{self, Announcer, Below};
use super::controls;
use super::heading::Heading;

stylance::import_crate_style!(pub style, "src/widget/section/section.module.css");

/// How many cards a section shows at first and adds per "Vis flere": enough to see the
/// newest at a glance, few enough that the DOM stays small on a large overview.
const PAGE: usize = 10;

/// The words of one section.
#[derive(Clone, Copy)]
pub struct SectionTexts {
    pub title: &'static str,
    pub empty: &'static str,
}

#[component]
pub fn Section<T, R>(
    texts: SectionTexts,
    /// Every card of the section, before filtering.
    all: Arc<[T]>,
    /// The cards to show, filtered and sorted.
    items: Signal<Arc<[T]>>,
    render: R,
    #[prop(optional)] controls: Option<AnyView>,
    /// Set to a card's id to bring that card into view and focus it (from the summary).
    #[prop(optional)]
    reveal: Option<RwSignal<Option<String>>>,
) -> impl IntoView
where
    T: Card + Clone + Send + Sync + 'static,
    R: Fn(T) -> AnyView + Copy + Send + Sync + 'static,
{
    let t = context::texts();
    let total = all.len();
    // Decided by the whole section, not the cards in view, so that headings do not change
    // level (and cards are not re-made) as the citizen filters or shows more.
    let grouped = all.first().is_some_and(|first| all.iter().any(|c| c.authority() != first.authority()));
    let shown = RwSignal::new(PAGE);
    let root = NodeRef::<html::Section>::new();
    let announcer = Announcer::here();
    // One effect for both (one copy of its code per kind of card): a new filter starts from
    // the top again and the live region says what it left; a card asked for by the summary
    // is brought into view, after the filter the summary set with it.
    Effect::watch(
        move || (items.with(Arc::as_ptr), reveal.and_then(|r| r.get())),
        move |(list, key), before, _| {
            if before.is_none_or(|(old, _)| !std::ptr::eq(*old, *list)) {
                shown.set(PAGE);
                if let Some(announcer) = announcer {
                    let count = items.with_untracked(|i| i.len());
                    announcer.say(match count {
                        0 => format!("{}: {}", texts.title, t.no_match),
                        _ => fill_all(t.matching, &[texts.title, &count.to_string(), &total.to_string()]),
                    });
                }
            }
            let Some(key) = key.clone() else { return };
            if let Some(reveal) = reveal {
                reveal.set(None);
            }
            let Some(at) = items.with_untracked(|items| items.iter().position(|c| c.id() == key)) else { return };
            if at >= shown.get_untracked() {
                shown.set((at / PAGE + 1) * PAGE);
            }
            request_animation_frame(move || focus_card(root, &key));
        },
        false,
    );
    // A printout has every chosen card, not only the first pages.
    let printing = context::Printing::now();
    let limit = move || if printing.get() { usize::MAX } else { shown.get() };

    // The keys of the cards in view, by authority in order of first appearance.
    let groups = Memo::new(move |_| {
        items.with(|items| {
            let visible = &items[..items.len().min(limit())];
            by_authority(visible)
                .into_iter()
                .map(|g| (g.authority.to_owned(), g.cards.into_iter().map(|c| c.id().to_owned()).collect()))
                .collect::<Vec<Group>>()
        })
    });
    // Only for cards new to the view: a kept card is not rendered again.
    let render_key: RenderKey = Arc::new(move |key: String| {
        let card = items.with_untracked(|items| items.iter().find(|c| c.id() == key).cloned()).map(render);
        view! { <li class=style::item tabindex="-1" data-key=key>{card}</li> }.into_any()
    });

    let show_more = move |_| {
        let first_new = shown.get_untracked();
        let Some(key) = items.with_untracked(|items| items.get(first_new).map(|card| card.id().to_owned())) else {
            return;
        };
        shown.update(|n| *n += PAGE);
        // Focus the first new card once it is rendered, so keyboard and screen-reader users
        // continue where the list grew.
        request_animation_frame(move || focus_card(root, &key));
    };

    // Re-made only when the list empties or fills, not on every change of the cards in it.
    let empty = Memo::new(move |_| items.with(|items| items.is_empty()));
    let list = move || {
        if empty.get() {
            let text = if total == 0 { texts.empty } else { t.no_match };
            return view! { <p class=style::empty>{text}</p> }.into_any();
        }
        grouped_cards(groups, grouped, render_key.clone())
    };

    let more = move || {
        let count = items.with(|i| i.len());
        let visible = count.min(limit());
        (visible < count).then(|| {
            view! {
                <div class=style::more>
                    <button type="button" class=controls::style::secondary on:click=show_more>{t.show_more}</button>
                    <p class=style::showing>{fill_all(t.showing, &[&visible.to_string(), &count.to_string()])}</p>
                </div>
            }
        })
    };

    // A plain section, not a landmark: the widget is one region, its sections are headed parts.
    view! {
        <section class=style::section node_ref=root>
            <Heading class=style::heading>
                <span>{texts.title}</span>
                <span class=style::count>{format!("({total})")}</span>
            </Heading>
            {controls.filter(|_| total > 1).map(|c| view! { <div class=style::controls>{c}</div> })}
            {list}
            {more}
        </section>
    }
}

/// An authority and the keys of its cards in view.
type Group = (String, Vec<String>);
/// Renders what a key stands for.
type RenderKey = Arc<dyn Fn(String) -> AnyView + Send + Sync>;

/// The cards in view, under their authorities' headings when `grouped`. Both levels are the
/// same keyed list (one copy of its code in the bundle, whatever the kind of card).
fn grouped_cards(groups: Memo<Vec<Group>>, grouped: bool, card: RenderKey) -> AnyView {
    let authorities = Signal::derive(move || groups.with(|gs| gs.iter().map(|(a, _)| a.clone()).collect()));
    let group: RenderKey = Arc::new(move |authority: String| {
        let heading = grouped.then(|| {
            let name = authority.clone();
            view! { <Below><Heading class=style::group_heading>{name}</Heading></Below> }
        });
        let keys = Signal::derive(move || {
            groups.with(|gs| gs.iter().find(|(a, _)| *a == authority).map(|(_, keys)| keys.clone()).unwrap_or_default())
        });
        let card = card.clone();
        // Made inside `Below`, so that the cards' headings take its level.
        view! { {heading}<Below steps=if grouped { 2 } else { 1 }><ul class=style::list>{keyed(keys, card)}</ul></Below> }
            .into_any()
    });
    keyed(authorities, group)
}

/// A list keyed by `keys`: a key's view is made when the key comes and kept while it stays.
fn keyed(keys: Signal<Vec<String>>, render: RenderKey) -> AnyView {
    view! { <For each=move || keys.get() key=String::clone children=move |key| render(key)/> }.into_any()
}

/// Focuses the card of `key` in the section (compared as text, never put in a selector).
fn focus_card(root: NodeRef<html::Section>, key: &str) {
    let Some(cards) = root.get_untracked().and_then(|r| r.query_selector_all("li[data-key]").ok()) else { return };
    for i in 0..cards.length() {
        let Some(card) = cards.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(n).ok())
        else {
            continue;
        };
        if card.get_attribute("data-key").as_deref() == Some(key) {
            let _ = card.focus();
            return;
        }
    }
}

/// A labelled drop-down over a typed choice: a section's filters and sorting, and the
/// preview's switches. Options are told apart by their position, so no value is turned into
/// text and back. `option_lang` marks options written in another language (the language
/// picker's autonyms).
#[component]
pub fn Choice<T>(
    label: &'static str,
    options: Vec<Labelled<T>>,
    value: RwSignal<T>,
    #[prop(optional)] option_lang: Option<fn(&T) -> &'static str>,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let langs: Vec<Option<&'static str>> = options.iter().map(|(v, _)| option_lang.map(|of| of(v))).collect();
    let (values, texts): (Vec<T>, Vec<String>) = options.into_iter().unzip();
    let values = Arc::new(values);
    let first = value.with_untracked(|v| values.iter().position(|x| x == v));
    // The value may also be set from outside (the summary sets a filter), so each option
    // follows it; `selected` gives the first, the property every later change.
    let is_chosen = {
        let values = values.clone();
        move |i: usize| {
            let values = values.clone();
            move || value.with(|v| values.get(i) == Some(v))
        }
    };
    view! {
        <label class=controls::style::field>
            <span class=controls::style::name>{label}</span>
            <select on:change=move |ev| {
                if let Some(v) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| values.get(i)) {
                    value.set(v.clone());
                }
            }>
                {texts.into_iter().zip(langs).enumerate().map(|(i, (text, lang))| view! {
                    <option value=i lang=lang selected=first == Some(i) prop:selected=is_chosen(i)>{text}</option>
                }).collect_view()}
            </select>
        </label>
    }
}
