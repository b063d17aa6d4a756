//! Whether an overview is presented alike in both views (the preview build and the scanning
//! command), so that it is presented once.

use crate::api::{Overview, View};

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
