//! What the rules dropped, masked or could not do, for staff: the preview lists them (in
//! either view), and the scanning command reports them.
//!
//! A finding never carries the personal data it is about: a masked CPR-like number is
//! counted, not quoted.

use crate::api::Collection;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(usize)]
pub enum FindingKind {
    /// An item that did not decode, or broke a rule of the contract; not shown.
    MalformedItem,
    /// Entries inside an item (payments, documents, progress) that did not decode.
    MalformedEntries,
    /// A URL that was not `https:`, not well-formed or carried a CPR-like number; the link is
    /// not shown.
    UnsafeUrl,
    /// A CPR-like number masked in a text.
    MaskedCpr,
    /// Markup removed from a text.
    RemovedMarkup,
    /// Control, bidi or zero-width characters removed from a text.
    RemovedHiddenCharacters,
    /// A KLE emne the catalogue does not know and the topic gives no title for.
    UnknownKle,
    /// A case with no progress history.
    MissingProgress,
    /// A topic or claim type with no contact details.
    NoContact,
    /// A topic or claim type with no way to report a data breach.
    NoBreachReporting,
    /// An item pointing to an authority, topic or claim type the response does not have.
    UnknownReference,
    /// A value the contract does not name, shown neutrally.
    UnknownValue,
    /// A phone number or e-mail address that cannot be used; not shown.
    UnusableContact,
    /// A building case that came to its primary party instead of to the property owner.
    BuildingCaseBasis,
    /// An authority whose data could not be read now.
    AuthorityUnavailable,
    /// A self-service link that needs a case number the item does not have; not shown.
    MissingCaseNumber,
    /// A KLE emne whose title means nothing to a citizen (a fagsystememne); the case is
    /// titled by its authority instead.
    KleNotForCitizens,
    /// A payment planned more than a year ahead: most likely a wrong date.
    FarPlannedPayment,
    /// A watch word (the municipality's list) in what the citizen view shows.
    #[cfg(feature = "preview")]
    WatchWord,
    /// A watch word in what only the verification view shows: to be seen to before the
    /// topic is opened to citizens.
    #[cfg(feature = "preview")]
    WatchWordVerificationOnly,
}

impl FindingKind {
    /// The watch words' kinds are the preview build's (its field, the scanning command).
    pub const COUNT: usize = if cfg!(feature = "preview") { 20 } else { 18 };
    /// Every kind, in declaration order (the order of their texts in `i18n`).
    pub const ALL: [FindingKind; Self::COUNT] = [
        Self::MalformedItem,
        Self::MalformedEntries,
        Self::UnsafeUrl,
        Self::MaskedCpr,
        Self::RemovedMarkup,
        Self::RemovedHiddenCharacters,
        Self::UnknownKle,
        Self::MissingProgress,
        Self::NoContact,
        Self::NoBreachReporting,
        Self::UnknownReference,
        Self::UnknownValue,
        Self::UnusableContact,
        Self::BuildingCaseBasis,
        Self::AuthorityUnavailable,
        Self::MissingCaseNumber,
        Self::KleNotForCitizens,
        Self::FarPlannedPayment,
        #[cfg(feature = "preview")]
        Self::WatchWord,
        #[cfg(feature = "preview")]
        Self::WatchWordVerificationOnly,
    ];
}

/// The item a finding is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ItemRef {
    Authority(String),
    Topic {
        authority_id: String,
        kle: String,
    },
    /// Claim type ids are the authority's own: two authorities may use the same.
    ClaimType {
        authority_id: String,
        id: String,
    },
    Case(String),
    Benefit(String),
    Claim(String),
    /// The lines above the sections (the summary, the authorities that could not answer),
    /// where a watch word may stand (`crate::present::shown::Place::Top`).
    #[cfg(feature = "preview")]
    Top,
    /// An item that did not decode, by its place in the response.
    Position {
        collection: Collection,
        index: Option<usize>,
        id: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub kind: FindingKind,
    pub item: ItemRef,
    /// Technical detail for staff (a field name, a refused URL); never personal data.
    pub detail: String,
}

#[cfg(feature = "preview")]
impl Finding {
    /// A finding whose detail, which may quote the API's values, is made safe to show.
    pub fn new(kind: FindingKind, item: ItemRef, detail: &str) -> Self {
        Self { kind, item, detail: super::text::for_staff(detail) }
    }
}
