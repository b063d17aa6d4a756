//! KLE, KL's subject classification: numbers and the built-in catalogue of titles.
//!
//! The catalogue is compiled in from `data/kle-titles.csv` as a sorted table searched by
//! binary search: no parsing at start-up, no allocation.

mod number;

pub use number::KleNumber;

include!(concat!(env!("OUT_DIR"), "/kle_titles.rs"));

/// The catalogue's title for exactly this number.
pub fn title(number: KleNumber) -> Option<&'static str> {
    TITLES.binary_search_by_key(&number.key(), |&(key, _)| key).ok().map(|i| TITLES[i].1)
}

/// A title found for a number, perhaps at a broader level than asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub title: &'static str,
    /// The number the title belongs to: the one asked for, its group or its main group.
    pub number: KleNumber,
}

/// The title of an emne, falling back to its group and then its main group.
pub fn lookup(number: KleNumber) -> Option<Found> {
    std::iter::successors(Some(number), |n| n.parent()).find_map(|n| title(n).map(|title| Found { title, number: n }))
}

/// Building-case emner shown to the property's owners, never to the primary party
/// (`docs/api.md`, "Cases").
pub const PROPERTY_OWNER_EMNER: [&str; 17] = [
    "01.03.03", "02.00.00", "02.00.05", "02.00.06", "02.00.08", "02.00.11", "02.00.14", "02.00.20", "02.25.00",
    "02.34.00", "02.34.02", "02.34.18", "02.34.24", "02.34.30", "03.01.02", "03.01.03", "13.00.01",
];

/// Whether a case on this emne is a building case shown to property owners.
pub fn is_property_owner_emne(number: KleNumber) -> bool {
    PROPERTY_OWNER_EMNER.iter().any(|e| KleNumber::parse(e) == Some(number))
}
