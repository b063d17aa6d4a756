//! A section (cases, benefits or payments): heading with count, optional filters, the newest
//! few cards grouped by authority, and "Vis flere".

use leptos::html;
use leptos::prelude::*;
use std::sync::Arc;

use crate::client::HeadingLevel;
use crate::i18n::{fill_all, Lang};
use crate::present::{by_authority, Card};

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
    lang: Lang,
    level: HeadingLevel,
    texts: SectionTexts,
    /// Every card of the section, before filtering.
    total: usize,
    /// The cards to show, filtered and sorted.
    items: Signal<Arc<[T]>>,
    render: R,
    #[prop(optional)] controls: Option<AnyView>,
) -> impl IntoView
where
    T: Card + Clone + Send + Sync + 'static,
    R: Fn(T, HeadingLevel) -> AnyView + Copy + Send + Sync + 'static,
{
    let t = lang.texts();
    let shown = RwSignal::new(PAGE);
    // A new filter starts from the top again.
    Effect::watch(move || items.with(Arc::as_ptr), move |_, _, _| shown.set(PAGE), false);
    let root = NodeRef::<html::Section>::new();

    let show_more = move |_| {
        let first_new = shown.get_untracked();
        shown.update(|n| *n += PAGE);
        // Focus the first new card once it is rendered, so keyboard and screen-reader users
        // continue where the list grew.
        request_animation_frame(move || {
            let selector = format!("[data-index=\"{first_new}\"]");
            if let Some(item) = root.get_untracked().and_then(|r| r.query_selector(&selector).ok().flatten()) {
                if let Ok(item) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(item) {
                    let _ = item.focus();
                }
            }
        });
    };

    let list = move || {
        let items = items.get();
        if items.is_empty() {
            let text = if total == 0 { texts.empty } else { t.no_match };
            return view! { <p class=style::empty>{text}</p> }.into_any();
        }
        let visible = &items[..items.len().min(shown.get())];
        let groups = by_authority(visible);
        let grouped = groups.len() > 1;
        let card_level = level.below(if grouped { 2 } else { 1 });
        let mut index = 0;
        groups
            .into_iter()
            .map(|group| {
                let cards = group
                    .cards
                    .into_iter()
                    .map(|card| {
                        let i = index;
                        index += 1;
                        view! { <li class=style::item tabindex="-1" data-index=i>{render(card.clone(), card_level)}</li> }
                    })
                    .collect_view();
                let authority = group.authority.to_owned();
                let heading = grouped.then(|| {
                    view! { <Heading level=level.below(1) class=style::group_heading>{authority}</Heading> }
                });
                view! { {heading}<ul class=style::list>{cards}</ul> }
            })
            .collect_view()
            .into_any()
    };

    let more = move || {
        let count = items.with(|i| i.len());
        let visible = count.min(shown.get());
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
            <Heading level=level class=style::heading>
                <span>{texts.title}</span>
                <span class=style::count>{format!("({total})")}</span>
            </Heading>
            {controls.filter(|_| total > 1).map(|c| view! { <div class=style::controls>{c}</div> })}
            {list}
            {more}
        </section>
    }
}

/// A labelled drop-down for a section's filters and sorting.
#[component]
pub fn Choice(
    label: &'static str,
    options: Vec<(&'static str, &'static str)>,
    value: RwSignal<&'static str>,
) -> impl IntoView {
    let keys: Vec<&'static str> = options.iter().map(|(key, _)| *key).collect();
    view! {
        <label class=controls::style::field>
            {label}
            <select on:change=move |ev| {
                let chosen = event_target_value(&ev);
                if let Some(key) = keys.iter().find(|key| **key == chosen) {
                    value.set(key);
                }
            }>
                {options.into_iter().map(|(key, text)| view! {
                    <option value=key selected=move || value.get() == key>{text}</option>
                }).collect_view()}
            </select>
        </label>
    }
}
