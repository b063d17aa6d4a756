//! The widget: its region and heading, the one live region, the verification banner, refresh
//! and print, and below them the overview, its loading state or why it failed.
//!
//! Its state is Leptos signals and effects, and its view is markup kept in step by those
//! effects (see `markup` for why), in an element `mount` gives it: one click handler and one
//! change handler for the whole widget, on that element. The widget adds its event listeners itself ([`listen`]):
//! Leptos's typed `on:` handlers and window listeners are generic code for each handler.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Event, EventTarget, HtmlElement};

use crate::api::{Overview, View};
use crate::client::events::{self as host, ItemTag, Section};
use crate::client::{Options, Status};
use crate::present::LinkKind;

use super::contents::{Contents, Current, SECTIONS};
use super::controls;
use super::events::Host;
use super::markup::{el, heading, part, Element};
use super::notice::{self, failure_notice, notice, paragraph, Kind};
use super::placeholder::skeleton;
use super::requests::{Requests, Shown};
use super::style::{REGION, TITLE, VISUALLY_HIDDEN};
use super::transport::{Request, Transport};

stylance::import_crate_style!(style, "src/widget/app/app.module.css");

/// What the preview adds below the overview for staff (the rules' findings).
pub type StaffView = Arc<dyn Fn(&Shown) -> Element + Send + Sync>;

/// The `data-action`s of the shell's buttons.
const REFRESH: &str = "refresh";
const PRINT: &str = "print";

/// The widget, made in `root` (an element of its own in the shadow root) under the current
/// reactive owner, whose cleanup removes it. `transport` makes its requests; `early` is the
/// loader's request for the overview, already under way; `given` renders that overview
/// instead of fetching one; `staff` renders more of the presentation below it (the preview's
/// findings); `host` is told of the citizen's use (the loader's `tell`; nobody on the
/// preview's pages). Not a `view!`: the widget's markup is its own (`super::markup`), and a
/// view of one empty element to hold it cost 2 KB of the bundle (`docs/benchmarks.md`).
pub fn app(
    root: HtmlElement,
    options: Options,
    transport: Transport,
    early: Option<Request>,
    given: Option<Arc<Overview>>,
    staff: Option<StaffView>,
    host: Host,
) {
    let lang = options.lang;
    let level = options.heading_level.get();
    let view_kind = options.view;
    let login_url = options.login_url.clone();
    let t = lang.texts();
    // What the live region says of the citizen's last choice (what a filter left in view).
    let announced = RwSignal::new(None::<String>);
    // Whether the widget is being printed: every disclosure open, every chosen card in view.
    let printing = RwSignal::new(false);
    let requests = Requests::new(options, transport, early, given, host.clone());
    requests.load(Box::new(|| ()));

    let contents: Rc<RefCell<Option<Contents>>> = Rc::default();
    // After a retry by hand the button that was pressed is gone: focus goes to what happened.
    let retry = {
        let root = root.clone();
        move || {
            let root = root.clone();
            requests.retry_now(Box::new(move || request_animation_frame(move || focus_outcome(&root))));
        }
    };

    let complete = move || requests.shown.with(|s| s.as_ref().is_some_and(|s| s.presentation.complete));

    let citizen = view_kind == View::Citizen;
    if let Some(window) = web_sys::window() {
        // Back online after a failure: try again by itself.
        let retry = retry.clone();
        let online = listen(
            &window,
            "online",
            Box::new(move |_| {
                if requests.failure.with_untracked(Option::is_some) {
                    retry();
                }
            }),
        );
        // However printing starts (the button, the browser's menu, Ctrl+P), the page is made
        // whole first; the browser lays out the printout after these handlers and their
        // effects. The verification view is not printed at all (see below).
        let before_print = listen(&window, "beforeprint", Box::new(move |_| printing.set(citizen)));
        let after_print = listen(&window, "afterprint", Box::new(move |_| printing.set(false)));
        remove_on_cleanup(vec![online, before_print, after_print]);
    }
    on_cleanup(move || requests.stop());

    // A widget made again in the same place (the preview's switches) may be given the
    // element the last one had.
    root.set_text_content(None);
    remove_on_cleanup(vec![
        listen(&root, "click", on_click(contents.clone(), retry, printing, host.clone(), requests.shown)),
        listen(&root, "change", on_change(contents.clone())),
    ]);
    // Real citizens' data may not be copied: on paper the verification view is its
    // banner alone. No box of its own, so the loading state's swap for the overview
    // moves nothing.
    let banner = (view_kind == View::Verification).then(|| {
        notice(
            Kind::Warning,
            Some(t.verification_banner_title),
            [
                paragraph(t.verification_banner_body),
                paragraph(t.verification_no_print).class(&format!("{} {}", notice::style::body, style::paper_only)),
            ],
        )
    });
    let frame = el("div")
        .class(REGION)
        .attr("role", "region")
        .attr("aria-label", t.region)
        .attr("lang", lang.code())
        .attr("tabindex", "-1")
        .child(heading(level).class(TITLE).text(t.region))
        .child(el("p").class(VISUALLY_HIDDEN).attr("role", "status"))
        .child_opt(banner)
        .child(
            el("div")
                .class(if citizen { style::body } else { style::not_on_paper })
                .child(el("div").attr("data-part", "freshness"))
                .child(el("div").attr("data-part", "failure"))
                .child(el("div").attr("data-part", "overview"))
                .child(el("div").attr("data-part", "staff")),
        );
    let Some(frame) = frame.append_to(&root) else { return };
    let (Some(status), Some(freshness), Some(failure_box), Some(overview), Some(staff_box)) = (
        part(&frame, "[role=status]"),
        part(&frame, "[data-part=freshness]"),
        part(&frame, "[data-part=failure]"),
        part(&frame, "[data-part=overview]"),
        part(&frame, "[data-part=staff]"),
    ) else {
        return;
    };

    // The one live region: the load's state, then what a filter left in view.
    Effect::new(move |_| {
        let failure = requests.failure.get();
        let choice = announced.get();
        let words = requests.shown.with(|shown| {
            let status = if requests.loading.get() {
                Status::Loading
            } else if let Some(failure) = &failure {
                Status::Failed { failure, kept: shown.is_some() }
            } else {
                let updated = shown.as_ref().and_then(|s| s.presentation.updated.as_deref());
                Status::Shown { updated, choice: choice.as_deref() }
            };
            status.words(lang)
        });
        status.set_text_content(Some(&words));
    });

    // Refresh (and print, for a citizen) whenever an overview is shown, with its date
    // when it has one; printing waits for every card.
    Effect::new(move |_| {
        let updated = requests.shown.with(|s| s.as_ref().map(|s| s.presentation.updated.clone()));
        let (loading, complete) = (requests.loading.get(), complete());
        freshness.set_text_content(None);
        let Some(updated) = updated else { return };
        let button = |action: &str, text: &str, disabled: bool| {
            el("button")
                .attr("type", "button")
                .class(controls::style::secondary)
                .attr("data-action", action)
                .attr_opt("disabled", disabled.then_some(""))
                .text(text)
        };
        let line = el("div")
            .class(style::freshness)
            .child_opt(updated.map(|updated| el("p").class(style::updated).text(&t.updated_and_freshness(&updated))))
            .child(
                el("div")
                    .class(style::actions)
                    .child(button(REFRESH, t.refresh, loading))
                    .child_opt(citizen.then(|| button(PRINT, t.print, !complete))),
            );
        line.append_to(&freshness);
    });

    // Why the last load brought no overview.
    Effect::new(move |_| {
        let failure = requests.failure.get();
        failure_box.set_text_content(None);
        if let Some(failure) = failure {
            let kept = requests.shown.with_untracked(Option::is_some);
            failure_notice(&failure, kept, login_url.as_ref(), lang).append_to(&failure_box);
        }
    });

    // The overview, made again for each new one (not when its first pages grow into
    // the whole), or the loading state while there is none and nothing failed. Each
    // in a box of its own: the loading state's box does not move when the refresh line
    // comes above the overview, it goes. The contents' signals and effects live under an
    // owner of their own, made and cleaned up with them: this effect runs whenever the
    // requests' signals change (with no memo in between: each type of memo is code of
    // its own), and only the load shown and whether the last one failed matter here.
    let mut overview = overview;
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

    // What the preview shows staff below the overview (only the preview build gives it).
    #[cfg(not(feature = "preview"))]
    let _ = (staff_box, &staff);
    #[cfg(feature = "preview")]
    if let Some(staff) = staff.clone() {
        Effect::new(move |_| {
            staff_box.set_text_content(None);
            if let Some(markup) = requests.shown.with(|s| s.as_ref().map(|s| staff(s))) {
                markup.append_to(&staff_box);
            }
        });
    }
}

/// Every click in the widget: the shell's buttons, else the overview's.
fn on_click(
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
        Some((section, card)) => {
            let index = section.get_attribute("data-section")?.parse::<usize>().ok()?;
            let key = card.get_attribute("data-key")?;
            let section = *SECTIONS.get(index)?;
            let item = shown.with_untracked(|s| s.as_ref().map(|s| ItemTag::of(&s.overview, section, &key)));
            (section, item.unwrap_or_default())
        }
        None if near("[data-failure]").is_some() => (Section::Notice, ItemTag::default()),
        None => (Section::Summary, ItemTag::default()),
    };
    Some(host::Event::Link { kind, section, item })
}

/// Every choice in the widget.
fn on_change(contents: Rc<RefCell<Option<Contents>>>) -> Box<dyn FnMut(Event)> {
    Box::new(move |event| {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        if let Some(contents) = contents.borrow().as_ref() {
            contents.change(&target);
        }
    })
}

/// An event listener the widget added; dropping it removes it and frees its handler (with the
/// elements the handler holds) at once, not when the browser collects the function.
struct Listener {
    target: EventTarget,
    kind: &'static str,
    handler: Closure<dyn FnMut(Event)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(self.kind, self.handler.as_ref().unchecked_ref());
    }
}

/// Calls `handler` with each `kind` event on `target` until the listener is dropped.
fn listen(target: &EventTarget, kind: &'static str, handler: Box<dyn FnMut(Event)>) -> Listener {
    let handler = Closure::wrap(handler);
    let _ = target.add_event_listener_with_callback(kind, handler.as_ref().unchecked_ref());
    Listener { target: target.clone(), kind, handler }
}

/// Removes the listeners when the reactive owner is cleaned up (the widget unmounted). They
/// are used on the browser's one thread only, which is what `SendWrapper` asserts.
fn remove_on_cleanup(listeners: Vec<Listener>) {
    let listeners = SendWrapper::new(listeners);
    on_cleanup(move || drop(listeners));
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

/// Focuses the failure message, or the widget itself when the overview arrived, so that
/// keyboard and screen-reader users land on what happened.
fn focus_outcome(root: &HtmlElement) {
    let target = root
        .query_selector("[data-failure]")
        .ok()
        .flatten()
        .or_else(|| root.query_selector("[role=region]").ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(target) = target {
        let _ = target.focus();
    }
}
