//! The overview presented for staff in both views (the preview build and the scanning
//! command): the second presentation made only where the two differ, and the watch words'
//! findings in both.

use std::borrow::Cow;

use crate::api::{Overview, View};
use crate::rules::findings::Finding;
use crate::rules::watch::WatchList;

use super::presentation::{Context, Presentation};
use super::slices::present;
use super::watch;

/// An overview presented in the citizen view and, where the two differ, the verification view.
pub struct BothViews<'a> {
    pub citizen: Cow<'a, Presentation>,
    /// `None` where the overview is presented alike in both ([`alike_in_both_views`]): then
    /// nothing is shown in that view only.
    pub verification: Option<Cow<'a, Presentation>>,
}

impl<'a> BothViews<'a> {
    /// Presents `overview` in both views in `context`'s language and day. `shown`, when given,
    /// is its presentation in `context.view`, made already: only the other view is made.
    pub fn present(overview: &Overview, context: Context, shown: Option<&'a Presentation>) -> Self {
        let in_view = |view| present(overview, Context { view, ..context });
        let shown = shown.map_or_else(|| Cow::Owned(in_view(context.view)), Cow::Borrowed);
        if alike_in_both_views(overview) {
            return Self { citizen: shown, verification: None };
        }
        match context.view {
            View::Citizen => Self { citizen: shown, verification: Some(Cow::Owned(in_view(View::Verification))) },
            View::Verification => Self { citizen: Cow::Owned(in_view(View::Citizen)), verification: Some(shown) },
        }
    }

    /// The watch words' findings in both views (`watch::findings`).
    pub fn watch_findings(&self, list: &WatchList) -> Vec<Finding> {
        watch::findings(list, &self.citizen, self.verification.as_deref())
    }
}

/// Whether `overview` is presented alike in the citizen view and the verification view, so
/// that what is found in one is all there is in the other (the scanning command and the
/// preview present it once). The view decides only which document titles a case shows
/// (`rules::documents`); `tests/properties.rs` holds this to the whole presentation.
pub fn alike_in_both_views(overview: &Overview) -> bool {
    use crate::rules::documents::{shows_direction, visibility};
    fn alike<T: PartialEq>(rule: impl Fn(View) -> T) -> bool {
        rule(View::Citizen) == rule(View::Verification)
    }
    overview.topics.iter().all(|t| alike(|view| visibility(&t.document_titles, view)))
        && overview
            .cases
            .iter()
            .flat_map(|c| c.documents.iter())
            .all(|d| alike(|view| shows_direction(&d.direction, view)))
}
