//! The citizen-facing title of a case.
//!
//! A case's title is derived, not taken: by default from its KLE emne (the municipality's
//! `kleTitle`, else the built-in catalogue), or from the case's own title where the topic
//! says `titleSource: caseTitle`. The handlingsfacet shapes the wording, and a building case
//! shown to a property owner says which property.

use crate::api::TitleSource;
use crate::i18n::{fill, fill_all, Lang};
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
    None,
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
    if let Some(title) = api_title.map(str::trim).filter(|t| !t.is_empty()) {
        return Subject::Kle { title: title.to_owned(), exact: true };
    }
    KleNumber::parse(emne).and_then(kle::lookup).map_or(Subject::None, |found| Subject::Kle {
        title: found.title.to_owned(),
        exact: KleNumber::parse(emne) == Some(found.number),
    })
}

/// The title a citizen reads.
pub fn case_title(
    lang: Lang,
    facet: Facet,
    subject: &Subject,
    property: Option<&str>,
    authority: Option<&str>,
) -> String {
    let t = lang.texts();
    let subject = match subject {
        Subject::CaseTitle(title) | Subject::Kle { title, .. } => Some(title.as_str()),
        Subject::None => None,
    };
    let title = match (facet, subject) {
        (Facet::AccessRequest, Some(s)) => fill(t.title_access_request, s),
        (Facet::AccessRequest, None) => t.title_access_request_plain.to_owned(),
        (Facet::Complaint, Some(s)) => fill(t.title_complaint, s),
        (Facet::Complaint, None) => t.title_complaint_plain.to_owned(),
        (_, Some(s)) => s.to_owned(),
        (_, None) => authority.map_or_else(|| t.title_case.to_owned(), |a| fill(t.title_case_at, a)),
    };
    match property.map(str::trim).filter(|p| !p.is_empty()) {
        Some(address) => fill_all(t.title_property, &[&title, address]),
        None => title,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A topic as far as titles care: its title source and its `kleTitle`.
    struct Topic {
        source: TitleSource,
        kle_title: Option<&'static str>,
    }

    fn topic(kle_title: Option<&'static str>, source: TitleSource) -> Topic {
        Topic { source, kle_title }
    }

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
    fn titles_by_source_facet_and_property() {
        let kle_topic = topic(None, TitleSource::Kle);
        let api_titled = topic(Some("Tilladelse til byggeri"), TitleSource::Kle);
        let own_title = topic(None, TitleSource::CaseTitle);
        let own = Some("Ansøgning om tilbygning, Vestergade 1");
        let table: [(&str, &str, Option<&Topic>, Option<&str>, Option<&str>, Lang, &str); 10] = [
            ("32.24.04", "G01", None, own, None, Lang::Da, "Hjælp til forsørgelse (kontanthjælp mv.)"),
            (
                "32.24.04",
                "A53",
                None,
                own,
                None,
                Lang::Da,
                "Anmodning om aktindsigt: Hjælp til forsørgelse (kontanthjælp mv.)",
            ),
            ("32.24.04", "K07", None, own, None, Lang::En, "Complaint: Hjælp til forsørgelse (kontanthjælp mv.)"),
            ("02.34.02", "G01", Some(&api_titled), own, None, Lang::Da, "Tilladelse til byggeri"),
            ("02.34.02", "G01", Some(&own_title), own, None, Lang::Da, "Ansøgning om tilbygning, Vestergade 1"),
            ("02.34.02", "G01", Some(&own_title), Some(""), None, Lang::Da, "Byggetilladelse"),
            (
                "02.34.02",
                "G01",
                Some(&kle_topic),
                own,
                Some("Vestergade 12, 8000 Aarhus C"),
                Lang::Da,
                "Byggetilladelse, Vestergade 12, 8000 Aarhus C",
            ),
            ("99.99.99", "G01", None, own, None, Lang::Da, "Sag hos Aarhus Kommune"),
            ("garbage", "A53", None, own, None, Lang::Da, "Anmodning om aktindsigt"),
            ("32.99.99", "G01", None, own, None, Lang::Da, "Kontante ydelser"),
        ];
        for (kle, facet, topic, case_title_text, property, lang, expected) in table {
            let subject = subject(topic.map(|t| &t.source), kle, case_title_text, topic.and_then(|t| t.kle_title));
            let title = case_title(lang, Facet::parse(facet), &subject, property, Some("Aarhus Kommune"));
            assert_eq!(title, expected, "{kle} {facet}");
        }
    }

    #[test]
    fn no_authority_gives_a_plain_generic_title() {
        assert_eq!(case_title(Lang::En, Facet::General, &Subject::None, None, None), "Case");
    }
}
