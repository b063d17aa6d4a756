//! The shell around the overview: the region and its heading, the one live region, the
//! verification banner, the refresh line and why the last load failed.

use leptos::prelude::*;
use web_sys::HtmlElement;

use crate::api::View;
use crate::client::Status;
use crate::i18n::Lang;
use crate::rules::url::SafeUrl;
use crate::widget::controls;
use crate::widget::markup::{el, heading, part};
use crate::widget::notice::{self, failure_notice, notice, paragraph, Kind};
use crate::widget::requests::Requests;
use crate::widget::style::{REGION, TITLE, VISUALLY_HIDDEN};

use super::{style, PRINT, REFRESH};

/// The shell's boxes, each filled by an effect of its own.
pub(super) struct Shell {
    /// The live region.
    pub status: HtmlElement,
    pub freshness: HtmlElement,
    pub failure: HtmlElement,
    pub overview: HtmlElement,
    /// What the preview shows staff below the overview.
    pub staff: HtmlElement,
}

impl Shell {
    /// Makes the shell in `root`, its heading of `level`, for `view`.
    pub fn new(root: &HtmlElement, lang: Lang, level: u8, view: View) -> Option<Self> {
        let t = lang.texts();
        // Real citizens' data may not be copied: on paper the verification view is its
        // banner alone. No box of its own, so the loading state's swap for the overview
        // moves nothing.
        let banner = (view == View::Verification).then(|| {
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
                    .class(if view == View::Citizen { style::body } else { style::not_on_paper })
                    .child(el("div").attr("data-part", "freshness"))
                    .child(el("div").attr("data-part", "failure"))
                    .child(el("div").attr("data-part", "overview"))
                    .child(el("div").attr("data-part", "staff")),
            );
        let frame = frame.append_to(root)?;
        Some(Self {
            status: part(&frame, "[role=status]")?,
            freshness: part(&frame, "[data-part=freshness]")?,
            failure: part(&frame, "[data-part=failure]")?,
            overview: part(&frame, "[data-part=overview]")?,
            staff: part(&frame, "[data-part=staff]")?,
        })
    }
}

/// The one live region: the load's state, then what a filter left in view (`announced`).
pub(super) fn live_region(status: HtmlElement, requests: Requests, announced: RwSignal<Option<String>>, lang: Lang) {
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
}

/// Refresh (and print, for a `citizen`) whenever an overview is shown, with its date when it
/// has one; printing waits for every card.
pub(super) fn refresh_line(freshness: HtmlElement, requests: Requests, lang: Lang, citizen: bool) {
    let t = lang.texts();
    let complete = move || requests.shown.with(|s| s.as_ref().is_some_and(|s| s.presentation.complete));
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
}

/// Why the last load brought no overview.
pub(super) fn failure(failure_box: HtmlElement, requests: Requests, login_url: Option<SafeUrl>, lang: Lang) {
    Effect::new(move |_| {
        let failure = requests.failure.get();
        failure_box.set_text_content(None);
        if let Some(failure) = failure {
            let kept = requests.shown.with_untracked(Option::is_some);
            failure_notice(&failure, kept, login_url.as_ref(), lang).append_to(&failure_box);
        }
    });
}
