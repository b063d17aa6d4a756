//! The overview below the shell: the contents made again for each new overview, or the
//! loading state while there is none and nothing failed.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use web_sys::HtmlElement;

use crate::i18n::Lang;
use crate::widget::contents::{Contents, Current};
use crate::widget::markup::el;
use crate::widget::placeholder::skeleton;
use crate::widget::requests::Requests;

/// Keeps `overview` in step with the requests: the overview, made again for each new one (not
/// when its first pages grow into the whole), or the loading state while there is none and
/// nothing failed. Each in a box of its own: the loading state's box does not move when the
/// refresh line comes above the overview, it goes. The contents' signals and effects live
/// under an owner of their own, made and cleaned up with them: this effect runs whenever the
/// requests' signals change (with no memo in between: each type of memo is code of its own),
/// and only the load shown and whether the last one failed matter here.
pub(super) fn show_overview(
    mut overview: HtmlElement,
    requests: Requests,
    contents: Rc<RefCell<Option<Contents>>>,
    lang: Lang,
    level: u8,
    announced: RwSignal<Option<String>>,
    printing: RwSignal<bool>,
) {
    let parent = Owner::current();
    let mut owner: Option<Owner> = None;
    Effect::watch(
        move || (requests.shown.with(|s| s.as_ref().map(|s| s.load)), requests.failure.with(Option::is_some)),
        move |&(shown, failed), before, _| {
            if before == Some(&(shown, failed)) {
                return;
            }
            // A new overview: what a filter left in view of the last one is no longer said.
            if before.is_some_and(|&(load, _)| load != shown) {
                announced.set(None);
            }
            contents.replace(None);
            if let Some(old) = owner.take() {
                old.cleanup();
            }
            let Some(fresh) =
                overview.owner_document().and_then(|d| el("div").attr("data-part", "overview").render(&d))
            else {
                return;
            };
            let _ = overview.replace_with_with_node_1(&fresh);
            overview = fresh;
            match shown {
                Some(_) => {
                    let made = parent.as_ref().map_or_else(Owner::new, Owner::child);
                    let presentation = Current(requests.shown);
                    contents.replace(
                        made.with(|| Contents::new(&overview, presentation, lang, level + 1, announced, printing)),
                    );
                    owner = Some(made);
                }
                None if !failed => {
                    skeleton().append_to(&overview);
                }
                None => {}
            }
        },
        true,
    );
}
