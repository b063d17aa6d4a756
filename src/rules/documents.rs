//! Which document titles a view may show.

use crate::api::{DocumentTitles, View};

/// Whether and how a topic's document titles are shown in a view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentVisibility {
    Hidden,
    Shown,
    /// Shown only because this is the verification view, and marked so.
    VerificationOnly,
}

/// An unknown setting hides the titles: showing too little is the safe mistake.
pub fn visibility(setting: &DocumentTitles, view: View) -> DocumentVisibility {
    match (setting, view) {
        (DocumentTitles::Citizen, _) => DocumentVisibility::Shown,
        (DocumentTitles::Verification, View::Verification) => DocumentVisibility::VerificationOnly,
        _ => DocumentVisibility::Hidden,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_view() {
        use DocumentVisibility::*;
        let table = [
            (DocumentTitles::Citizen, View::Citizen, Shown),
            (DocumentTitles::Citizen, View::Verification, Shown),
            (DocumentTitles::Verification, View::Citizen, Hidden),
            (DocumentTitles::Verification, View::Verification, VerificationOnly),
            (DocumentTitles::Hidden, View::Citizen, Hidden),
            (DocumentTitles::Hidden, View::Verification, Hidden),
            (DocumentTitles::Unknown("all".into()), View::Verification, Hidden),
        ];
        for (setting, view, expected) in table {
            assert_eq!(visibility(&setting, view), expected, "{setting:?} {view:?}");
        }
    }
}
