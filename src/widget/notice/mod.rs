//! An alert box: unavailable authorities, items left out, failures, the verification warning.

use leptos::prelude::*;

stylance::import_crate_style!(pub style, "src/widget/notice/notice.module.css");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Info,
    Warning,
    Error,
}

/// `focusable`: a failure the widget moves focus to after a retry.
#[component]
pub fn Notice(
    kind: Kind,
    #[prop(optional, into)] title: Option<String>,
    #[prop(optional)] focusable: bool,
    children: Children,
) -> impl IntoView {
    let kind_class = match kind {
        Kind::Info => style::info,
        Kind::Warning => style::warning,
        Kind::Error => style::error,
    };
    view! {
        <div
            class=format!("{} {}", style::notice, kind_class)
            tabindex=focusable.then_some("-1")
            data-failure=focusable.then_some("")
        >
            {title.map(|t| view! { <strong class=style::title>{t}</strong> })}
            {children()}
        </div>
    }
}
