//! What the rules dropped, masked or could not do, for the preview and verification views.
//!
//! A finding never carries the personal data it is about: a masked CPR-like number is
//! counted, not quoted.

use crate::api::Collection;
use crate::i18n::{fill, fill_all, Lang};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(usize)]
pub enum FindingKind {
    /// An item that did not decode, or broke a rule of the contract; not shown.
    MalformedItem,
    /// Entries inside an item (payments, documents, progress) that did not decode.
    MalformedEntries,
    /// A URL that was not `https:` or not well-formed; the link is not shown.
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
}

impl FindingKind {
    pub const COUNT: usize = 15;
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
    ];

    /// What the kind is called, for staff.
    pub fn label(self, lang: Lang) -> &'static str {
        lang.texts().finding_kinds[self as usize]
    }
}

/// The item a finding is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ItemRef {
    Response,
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
    /// An item that did not decode, by its place in the response.
    Position {
        collection: Collection,
        index: Option<usize>,
        id: Option<String>,
    },
}

impl ItemRef {
    /// Where the item is, in words staff can find it by.
    pub fn describe(&self, lang: Lang) -> String {
        let t = lang.texts();
        match self {
            Self::Response => t.item_response.to_owned(),
            Self::Authority(id) => fill(t.item_authority, id),
            Self::Topic { authority_id, kle } => fill(t.item_topic, &format!("{authority_id}/{kle}")),
            Self::ClaimType { authority_id, id } => fill(t.item_claim_type, &format!("{authority_id}/{id}")),
            Self::Case(id) => fill(t.item_case, id),
            Self::Benefit(id) => fill(t.item_benefit, id),
            Self::Claim(id) => fill(t.item_claim, id),
            Self::Position { collection, index, id } => {
                let place = index.map_or_else(String::new, |i| i.to_string());
                let base = fill_all(t.item_position, &[collection.key(), &place]);
                match id {
                    Some(id) => format!("{base} (id {id})"),
                    None => base,
                }
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub kind: FindingKind,
    pub item: ItemRef,
    /// Technical detail for staff (a field name, a refused URL); never personal data.
    pub detail: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_text_in_both_languages() {
        for lang in [Lang::Da, Lang::En] {
            let labels: Vec<&str> = FindingKind::ALL.iter().map(|k| k.label(lang)).collect();
            let mut unique = labels.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), FindingKind::COUNT, "{lang:?}");
        }
        assert_eq!(FindingKind::ALL.iter().enumerate().filter(|(i, k)| **k as usize != *i).count(), 0);
    }

    #[test]
    fn item_references() {
        let item = ItemRef::Position { collection: Collection::Cases, index: Some(4), id: Some("h-1".into()) };
        assert_eq!(item.describe(Lang::Da), "cases nr. 4 (id h-1)");
        assert_eq!(ItemRef::Case("c1".into()).describe(Lang::En), "Case c1");
    }
}
