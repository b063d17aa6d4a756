//! The two views of the overview: the citizen's own, and the verification view in which
//! the municipality's staff check their data. The widget asks the API for one and renders
//! for it.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Citizen,
    /// For the municipality's staff who check data quality.
    Verification,
}

impl View {
    /// Reads the `view` option; anything else is the citizen's view.
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
