//! An alert box (unavailable authorities, items left out, the verification warning), and the
//! failure notice: why the overview could not be fetched and what the citizen can do.

use crate::client::{Failure, FailureMessage};
use crate::i18n::Lang;
use crate::present::LinkKind;
use crate::rules::url::SafeUrl;

use super::controls;
use super::markup::{el, Element};

stylance::import_crate_style!(pub style, "src/widget/notice/notice.module.css");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Info,
    Warning,
    Error,
}

/// A notice of `kind`, with a title where given, holding `body`.
pub fn notice(kind: Kind, title: Option<&str>, body: impl IntoIterator<Item = Element>) -> Element {
    let kind_class = match kind {
        Kind::Info => style::info,
        Kind::Warning => style::warning,
        Kind::Error => style::error,
    };
    el("div")
        .class(&format!("{} {}", style::notice, kind_class))
        .child_opt(title.map(|title| el("strong").class(style::title).text(title)))
        .children(body)
}

/// A paragraph of a notice.
pub fn paragraph(text: &str) -> Element {
    el("p").class(style::body).text(text)
}

/// The `data-action` of the failure notice's "Prøv igen".
pub const RETRY: &str = "retry";

/// Why there is no (new) overview, whether what was shown before is kept, and what the
/// citizen can do: try again, or log in again. The widget moves focus to it after a retry
/// (`data-failure`).
pub fn failure_notice(failure: &Failure, kept: bool, login_url: Option<&SafeUrl>, lang: Lang) -> Element {
    let t = lang.texts();
    let view = FailureMessage::of(failure, lang);
    let body = t.failure_body(&view.body, kept);
    let actions = el("div")
        .class(style::actions)
        .child_opt(view.retry.then(|| {
            el("button").attr("type", "button").class(controls::style::primary).attr("data-action", RETRY).text(t.retry)
        }))
        .child_opt(
            login_url
                .filter(|_| view.log_in)
                .map(|url| el("a").attr("href", url.as_str()).attr("data-link", LinkKind::LogIn.wire()).text(t.log_in)),
        );
    notice(Kind::Error, Some(view.title), [paragraph(&body), actions]).attr("tabindex", "-1").attr("data-failure", "")
}
