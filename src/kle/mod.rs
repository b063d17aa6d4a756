//! KLE, KL's subject classification: numbers and the built-in catalogue of titles.
//!
//! The catalogue is compiled in from `data/kle-titles.csv` as one text, a line per number
//! sorted by key, searched by binary search over its bytes: no parsing at start-up, no
//! allocation, and a text compresses better than a table of pointers.

mod number;

pub use number::KleNumber;

include!(concat!(env!("OUT_DIR"), "/kle_titles.rs"));

/// The catalogue's title for exactly this number.
pub fn title(number: KleNumber) -> Option<&'static str> {
    let want = number.key();
    let bytes = TITLES.as_bytes();
    // `low` is always at the start of a line, `high` at the end of one.
    let (mut low, mut high) = (0, bytes.len());
    while low < high {
        let middle = low + (high - low) / 2;
        let start = bytes[..middle].iter().rposition(|&b| b == b'\n').map_or(0, |at| at + 1);
        let end = bytes[middle..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |at| middle + at);
        // Every line is `number;title` (build.rs checks each number).
        let (line_number, title) = TITLES.get(start..end)?.split_once(';')?;
        match KleNumber::parse(line_number)?.key().cmp(&want) {
            std::cmp::Ordering::Equal => return Some(title),
            std::cmp::Ordering::Less => low = end + 1,
            std::cmp::Ordering::Greater => high = start,
        }
    }
    None
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_number_of_the_catalogue_finds_its_title() {
        let csv = include_str!("../../data/kle-titles.csv");
        let mut rows = 0;
        for line in csv.lines().skip(1).filter(|l| !l.trim().is_empty()) {
            let (number, expected) = line.split_once(';').expect("number;title");
            let number = KleNumber::parse(number).expect("a KLE number");
            assert_eq!(title(number), Some(expected.trim()), "{number}");
            rows += 1;
        }
        assert!(rows > 700, "{rows} rows");
    }

    #[test]
    fn numbers_not_in_the_catalogue_find_nothing() {
        for absent in ["00.00.00", "99", "00.99", "00.01.99", "32.99.99"] {
            let number = KleNumber::parse(absent).expect("a KLE number");
            assert_eq!(title(number), None, "{absent}");
        }
        let found = lookup(KleNumber::parse("00.01.99").expect("a KLE number")).expect("its group's title");
        assert_eq!(found.number, KleNumber::parse("00.01").expect("a KLE number"));
    }
}
