//! An alert box: unavailable authorities, items left out, failures, the verification warning;
//! and the failure notice itself.

use leptos::prelude::*;

use crate::client::{Failure, FailureView};
use crate::rules::url::SafeUrl;

use super::context;
use super::controls;

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

/// Why the overview could not be fetched, whether what was shown before is kept, and what the
/// citizen can do: try again, or log in again.
#[component]
pub fn FailureNotice<R>(failure: Failure, kept: bool, login_url: Option<SafeUrl>, retry: R) -> impl IntoView
where
    R: Fn() + Copy + Send + Sync + 'static,
{
    let t = context::texts();
    let view = FailureView::of(&failure, context::lang());
    let kept = kept.then_some(t.error_kept);
    let log_in = login_url.filter(|_| view.log_in);
    view! {
        <Notice kind=Kind::Error title=view.title focusable=true>
            <p class=style::body>{view.body}{kept.map(|k| format!(" {k}"))}</p>
            <div class=style::actions>
                {view.retry.then(|| view! {
                    <button type="button" class=controls::style::primary on:click=move |_| retry()>{t.retry}</button>
                })}
                {log_in.map(|url| view! { <a href=url.as_str().to_owned()>{t.log_in}</a> })}
            </div>
        </Notice>
    }
}
