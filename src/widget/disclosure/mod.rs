//! A disclosure (accordion row): a button with `aria-expanded` and a panel that is only in
//! the DOM while open, so long histories cost nothing until asked for. Printing opens them all.

use leptos::prelude::*;
use std::sync::atomic::{AtomicU32, Ordering};

stylance::import_crate_style!(style, "src/widget/disclosure/disclosure.module.css");

/// Ids unique across every widget on the page (ids are per shadow root, but cheap to keep unique).
fn next_id() -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    format!("mo-panel-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

#[component]
pub fn Disclosure(label: String, #[prop(optional)] open: bool, children: ChildrenFn) -> impl IntoView {
    let chosen = RwSignal::new(open);
    // A printout shows what every disclosure holds; afterwards each is as the citizen left it.
    let printing = super::context::Printing::now();
    let open = Signal::derive(move || chosen.get() || printing.get());
    let panel_id = next_id();
    view! {
        <div class=move || if open.get() { style::open } else { "" }>
            <button
                type="button"
                class=style::toggle
                aria-expanded=move || open.get().to_string()
                aria-controls=panel_id.clone()
                on:click=move |_| chosen.update(|o| *o = !*o)
            >
                <span class=style::icon aria-hidden="true"></span>
                {label}
            </button>
            <div id=panel_id.clone() class=style::panel hidden=move || !open.get()>
                {move || open.get().then(|| children())}
            </div>
        </div>
    }
}
