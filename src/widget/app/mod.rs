//! The widget: its region and heading, the one live region, the verification banner, refresh
//! and print, and below them the overview, its loading state or why it failed.
//!
//! Its state is Leptos signals and effects, and its view is markup kept in step by those
//! effects (see `markup` for why), in an element `mount` gives it: one click handler and one
//! change handler for the whole widget, on that element (`routing.rs`), added by the widget
//! itself (`listeners.rs`). Here the widget is put together: the shell around the overview
//! (`shell.rs`) and the overview itself (`overview.rs`).

mod listeners;
mod overview;
mod routing;
mod shell;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::api::{Overview, View};
use crate::client::Options;

use super::contents::Contents;
use super::events::Host;
use super::markup::Element;
use super::requests::{Requests, Shown};
use super::transport::{Request, Transport};
use listeners::{listen, remove_on_cleanup};
use overview::show_overview;
use routing::{on_change, on_click};
use shell::Shell;

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
        // effects. The verification view is not printed at all (its banner, in `shell.rs`).
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
    let Some(Shell { status, freshness, failure, overview, staff: staff_box }) =
        Shell::new(&root, lang, level, view_kind)
    else {
        return;
    };
    shell::live_region(status, requests, announced, lang);
    shell::refresh_line(freshness, requests, lang, citizen);
    shell::failure(failure, requests, login_url, lang);
    show_overview(overview, requests, contents, lang, level, announced, printing);

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
