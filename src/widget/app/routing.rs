//! Every click and choice in the widget, from the one listener of each on its element: a
//! link followed is told to the host, the shell's buttons act here, and the rest goes to the
//! overview's contents.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Event;

use crate::client::events::{self as host, ItemTag, Section};
use crate::present::LinkKind;
use crate::widget::contents::{section_of, Contents, SECTIONS};
use crate::widget::events::Host;
use crate::widget::notice;
use crate::widget::requests::Shown;

use super::{PRINT, REFRESH};

/// Every click in the widget: the shell's buttons, else the overview's.
pub(super) fn on_click(
    contents: Rc<RefCell<Option<Contents>>>,
    retry: impl Fn() + 'static,
    printing: RwSignal<bool>,
    host: Host,
    shown: RwSignal<Option<Shown>>,
) -> Box<dyn FnMut(Event)> {
    Box::new(move |event| {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        if let Some(link) = target.closest("a[data-link]").ok().flatten() {
            if let Some(event) = followed(&link, shown) {
                host.tell(&event);
            }
            return;
        }
        let action = target.closest("[data-action]").ok().flatten().and_then(|a| a.get_attribute("data-action"));
        match action.as_deref() {
            Some(REFRESH) | Some(notice::RETRY) => retry(),
            Some(PRINT) => print(printing),
            _ => {
                let opened = contents.borrow().as_ref().and_then(|contents| contents.click(&target));
                if let Some(event) = opened {
                    host.tell(&event);
                }
            }
        }
    })
}

/// The event of a link followed: its kind, where it is, and what its card may tell.
fn followed(link: &web_sys::Element, shown: RwSignal<Option<Shown>>) -> Option<host::Event> {
    let kind = LinkKind::of_wire(&link.get_attribute("data-link")?)?;
    let near = |selector: &str| link.closest(selector).ok().flatten();
    let card = near("[data-section]").zip(near("[data-key]"));
    let (section, item) = match card {
        Some((_, card)) => {
            let section = *SECTIONS.get(section_of(link)?)?;
            let key = card.get_attribute("data-key")?;
            let item = shown.with_untracked(|s| s.as_ref().map(|s| ItemTag::of(&s.overview, section, &key)));
            (section, item.unwrap_or_default())
        }
        None if near("[data-failure]").is_some() => (Section::Notice, ItemTag::default()),
        None => (Section::Summary, ItemTag::default()),
    };
    Some(host::Event::Link { kind, section, item })
}

/// Every choice in the widget.
pub(super) fn on_change(contents: Rc<RefCell<Option<Contents>>>) -> Box<dyn FnMut(Event)> {
    Box::new(move |event| {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        if let Some(contents) = contents.borrow().as_ref() {
            contents.change(&target);
        }
    })
}

/// Opens the browser's print dialogue once the page is whole (every disclosure open, every
/// chosen card in view).
fn print(printing: RwSignal<bool>) {
    printing.set(true);
    request_animation_frame(move || {
        if let Some(window) = web_sys::window() {
            // Blocks until the dialogue closes; `afterprint` then puts the page back.
            let _ = window.print();
        }
    });
}
