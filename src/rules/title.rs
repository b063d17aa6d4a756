//! The citizen-facing title of a case.
//!
//! A case's title is derived, not taken: by default from its KLE emne (the municipality's
//! `kleTitle`, else the built-in catalogue), or from the case's own title where the topic
//! says `titleSource: caseTitle`. The handlingsfacet shapes the wording, and a building case
//! shown to a property owner says which property.

use crate::api::TitleSource;
use crate::kle::{self, KleNumber};

/// What is done in the case (handlingsfacet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    /// G-facets, G01 above all: the plain subject.
    General,
    /// A53: a request for access to records.
    AccessRequest,
    /// K-facets: a complaint.
    Complaint,
    /// Anything else: shown as the plain subject.
    Other,
}

impl Facet {
    pub fn parse(code: &str) -> Self {
        let code = code.trim().to_ascii_uppercase();
        match code.as_bytes() {
            [b'A', b'5', b'3'] => Self::AccessRequest,
            [b'K', b'0'..=b'9', b'0'..=b'9'] => Self::Complaint,
            [b'G', b'0'..=b'9', b'0'..=b'9'] => Self::General,
            _ => Self::Other,
        }
    }
}

/// Where the subject of a title came from; `None` when nothing was known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    CaseTitle(String),
    /// The KLE title, and whether it was the emne's own (not a group's or main group's).
    Kle {
        title: String,
        exact: bool,
    },
    /// An emne whose title means nothing to a citizen (a fagsystememne, kept for IT systems):
    /// the case is titled as if it had none.
    NotForCitizens,
    None,
}

/// KL's mark on emner that exist for IT systems, not for what a case is about.
const IT_SYSTEM_MARK: &str = "fagsystememne";

/// Whether a KLE title is one a citizen can read as what their case is about.
pub fn is_for_citizens(title: &str) -> bool {
    // The mark is ASCII: compared byte-wise, without Unicode case tables in the bundle.
    !title.as_bytes().windows(IT_SYSTEM_MARK.len()).any(|w| w.eq_ignore_ascii_case(IT_SYSTEM_MARK.as_bytes()))
}

/// The subject of a case: its own title where the topic's `titleSource` asks for it and the
/// case has one, else the KLE title. Texts come in already cleaned.
pub fn subject(source: Option<&TitleSource>, emne: &str, own_title: Option<&str>, kle_title: Option<&str>) -> Subject {
    match own_title.map(str::trim) {
        Some(own) if source == Some(&TitleSource::CaseTitle) && !own.is_empty() => Subject::CaseTitle(own.to_owned()),
        _ => kle_subject(emne, kle_title),
    }
}

/// The KLE title for an emne: the API's `kleTitle` wins over the catalogue, which falls back
/// emne → group → main group.
pub fn kle_subject(emne: &str, api_title: Option<&str>) -> Subject {
    let subject = match api_title.map(str::trim).filter(|t| !t.is_empty()) {
        Some(title) => Subject::Kle { title: title.to_owned(), exact: true },
        None => KleNumber::parse(emne).and_then(kle::lookup).map_or(Subject::None, |found| Subject::Kle {
            title: found.title.to_owned(),
            exact: KleNumber::parse(emne) == Some(found.number),
        }),
    };
    match subject {
        Subject::Kle { title, .. } if !is_for_citizens(&title) => Subject::NotForCitizens,
        subject => subject,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facets() {
        let table = [
            ("G01", Facet::General),
            ("g02", Facet::General),
            ("A53", Facet::AccessRequest),
            ("K07", Facet::Complaint),
            ("K", Facet::Other),
            ("A52", Facet::Other),
            ("", Facet::Other),
            ("G01X", Facet::Other),
        ];
        for (code, facet) in table {
            assert_eq!(Facet::parse(code), facet, "{code:?}");
        }
    }

    #[test]
    fn it_system_emner_have_no_citizen_title() {
        let kle = |title: &str, exact| Subject::Kle { title: title.to_owned(), exact };
        let table = [
            ("00.75.10", None, Subject::NotForCitizens),
            ("00.75.10", Some("Social, sundhed og omsorg (Fagsystememne)"), Subject::NotForCitizens),
            // The municipality's own title for it wins, as any `kleTitle` does.
            ("00.75.10", Some("Hjælp i hjemmet"), kle("Hjælp i hjemmet", true)),
            ("02.34.02", None, kle("Byggetilladelse", true)),
            ("99.99.99", None, Subject::None),
        ];
        for (emne, api_title, expected) in table {
            assert_eq!(kle_subject(emne, api_title), expected, "{emne} {api_title:?}");
        }
    }
}
