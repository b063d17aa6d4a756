//! Which document titles a view may show.

use crate::api::{Direction, DocumentTitles, View};

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

/// Whether a document's title may be shown in a view at all (contract 1.1): citizens see the
/// titles of incoming and outgoing documents only, whatever the topic says; internal notes and
/// documents of an unknown direction only the verification view shows.
pub fn shows_direction(direction: &Direction, view: View) -> bool {
    view == View::Verification || matches!(direction, Direction::Incoming | Direction::Outgoing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citizens_see_incoming_and_outgoing_titles_only() {
        let table = [
            (Direction::Incoming, true, true),
            (Direction::Outgoing, true, true),
            (Direction::Internal, false, true),
            (Direction::Unknown("memo".into()), false, true),
        ];
        for (direction, citizen, verification) in table {
            assert_eq!(shows_direction(&direction, View::Citizen), citizen, "{direction:?}");
            assert_eq!(shows_direction(&direction, View::Verification), verification, "{direction:?}");
        }
    }

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
