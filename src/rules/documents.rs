//! Which document titles a view may show.

use crate::api::DocumentTitles;

/// The view the widget renders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ViewKind {
    #[default]
    Citizen,
    /// For the municipality's staff who check data quality.
    Verification,
}

impl ViewKind {
    pub fn parse(text: &str) -> Self {
        match text.trim() {
            "verification" => Self::Verification,
            _ => Self::Citizen,
        }
    }

    /// The API's `view` query value.
    pub fn wire(self) -> &'static str {
        match self {
            Self::Citizen => "citizen",
            Self::Verification => "verification",
        }
    }
}

/// Whether and how a topic's document titles are shown in a view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentVisibility {
    Hidden,
    Shown,
    /// Shown only because this is the verification view, and marked so.
    VerificationOnly,
}

/// An unknown setting hides the titles: showing too little is the safe mistake.
pub fn visibility(setting: &DocumentTitles, view: ViewKind) -> DocumentVisibility {
    match (setting, view) {
        (DocumentTitles::Citizen, _) => DocumentVisibility::Shown,
        (DocumentTitles::Verification, ViewKind::Verification) => DocumentVisibility::VerificationOnly,
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
            (DocumentTitles::Citizen, ViewKind::Citizen, Shown),
            (DocumentTitles::Citizen, ViewKind::Verification, Shown),
            (DocumentTitles::Verification, ViewKind::Citizen, Hidden),
            (DocumentTitles::Verification, ViewKind::Verification, VerificationOnly),
            (DocumentTitles::Hidden, ViewKind::Citizen, Hidden),
            (DocumentTitles::Hidden, ViewKind::Verification, Hidden),
            (DocumentTitles::Unknown("all".into()), ViewKind::Verification, Hidden),
        ];
        for (setting, view, expected) in table {
            assert_eq!(visibility(&setting, view), expected, "{setting:?} {view:?}");
        }
    }
}
