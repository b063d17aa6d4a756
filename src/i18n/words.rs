//! The words for what the rules decide: the rules return data (a status, a facet and a
//! subject, a finding), and only here do they become text.

use crate::rules::claims::ClaimStatus;
#[cfg(feature = "preview")]
use crate::rules::findings::{FindingKind, ItemRef};
use crate::rules::title::{Facet, Subject};

#[cfg(feature = "preview")]
use super::StaffTexts;
use super::{fill, fill_all, Texts};

impl Texts {
    /// The words for a claim's status, as its badge and the status filter show them.
    pub fn claim_status(&self, status: ClaimStatus) -> &'static str {
        match status {
            ClaimStatus::Overdue => self.claim_overdue,
            ClaimStatus::Upcoming => self.claim_upcoming,
            ClaimStatus::Unknown => self.claim_unknown,
            ClaimStatus::SentToDebtCollection => self.claim_debt_collection,
            ClaimStatus::Paid => self.claim_paid,
        }
    }

    /// The title a citizen reads, from what [`crate::rules::title`] derived.
    pub fn case_title(
        &self,
        facet: Facet,
        subject: &Subject,
        property: Option<&str>,
        authority: Option<&str>,
    ) -> String {
        let t = self;
        let subject = match subject {
            Subject::CaseTitle(title) | Subject::Kle { title, .. } => Some(title.as_str()),
            Subject::NotForCitizens | Subject::None => None,
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
}

/// A section heading's count, the same in every language: "(3)".
pub fn count(count: usize) -> String {
    format!("({count})")
}

/// The words the views put together from parts: made here, so that the views only render
/// them and each can be tested natively.
impl Texts {
    /// A label with how many it holds: "Dokumenter (3)", "Udbetalinger (35)".
    pub fn counted(&self, label: &str, count: usize) -> String {
        format!("{label} ({count})")
    }

    /// "Viser 10 af 500" under a section's cards.
    pub fn showing_of(&self, shown: usize, total: usize) -> String {
        fill_all(self.showing, &[&shown.to_string(), &total.to_string()])
    }

    /// A payment year's caption: "2026: I alt 1.234,00 kr.".
    pub fn year_caption(&self, year: i32, total: &str) -> String {
        format!("{year}: {total}")
    }

    /// A document's direction and date, or its date alone: "Indgående, 20. oktober 2026".
    pub fn document_meta(&self, direction: Option<&str>, date: &str) -> String {
        direction.map_or_else(|| date.to_owned(), |direction| fill_all("{}, {}", &[direction, date]))
    }

    /// A timeline step's state as a screen reader hears it after the step: " (nuværende trin)".
    /// In brackets, not after a comma: Firefox reads the hidden text as a separate block, with
    /// a space before it, which before a comma was heard as "Oplyst , nuværende trin".
    pub fn step_state(&self, state: &str) -> String {
        format!(" ({state})")
    }

    /// When the overview was fetched, and how fresh it is: "Opdateret … kl. 09.14. Ændringer …".
    pub fn updated_and_freshness(&self, updated: &str) -> String {
        format!("{updated}. {}", self.freshness)
    }

    /// A failure's explanation, and that what was shown before is still there when it is.
    pub fn failure_body(&self, body: &str, kept: bool) -> String {
        if kept {
            format!("{body} {}", self.error_kept)
        } else {
            body.to_owned()
        }
    }

    /// What a filter left in a section: "Sager: 1 af 3 passer til dit valg.", or none.
    pub fn filter_result(&self, section: &str, matching: usize, total: usize) -> String {
        match matching {
            0 => format!("{section}: {}", self.no_match),
            n => fill_all(self.matching, &[section, &n.to_string(), &total.to_string()]),
        }
    }
}

#[cfg(feature = "preview")]
impl StaffTexts {
    /// What a kind of finding is called, for staff.
    pub fn finding_kind(&self, kind: FindingKind) -> &'static str {
        self.finding_kinds[kind as usize]
    }

    /// Where a finding's item is, in words staff can find it by. Its ids come from the API,
    /// so they are quoted as [`crate::rules::text::for_staff`] quotes any value.
    pub fn item(&self, item: &ItemRef) -> String {
        let quote = crate::rules::text::for_staff;
        match item {
            ItemRef::Authority(id) => fill(self.item_authority, &quote(id)),
            ItemRef::Topic { authority_id, kle } => fill(self.item_topic, &quote(&format!("{authority_id}/{kle}"))),
            ItemRef::ClaimType { authority_id, id } => {
                fill(self.item_claim_type, &quote(&format!("{authority_id}/{id}")))
            }
            ItemRef::Case(id) => fill(self.item_case, &quote(id)),
            ItemRef::Benefit(id) => fill(self.item_benefit, &quote(id)),
            ItemRef::Claim(id) => fill(self.item_claim, &quote(id)),
            ItemRef::Top => self.item_overview.to_owned(),
            ItemRef::Position { collection, index, id } => {
                let place = index.map_or_else(String::new, |i| i.to_string());
                let base = fill_all(self.item_position, &[collection.key(), &place]);
                match id {
                    Some(id) => format!("{base} (id {})", quote(id)),
                    None => base,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[cfg(feature = "preview")]
    use crate::api::Collection;
    use crate::api::TitleSource;
    use crate::i18n::Lang;
    #[cfg(feature = "preview")]
    use crate::rules::findings::{FindingKind, ItemRef};
    use crate::rules::title::{self, Facet, Subject};

    #[test]
    fn the_words_the_views_put_together() {
        let (da, en) = (Lang::Da.texts(), Lang::En.texts());
        assert_eq!(da.counted(da.documents, 3), "Dokumenter (3)");
        assert_eq!(en.counted(en.payments, 35), "Payments received (35)");
        assert_eq!(super::count(500), "(500)");
        assert_eq!(da.showing_of(10, 500), "Viser 10 af 500");
        assert_eq!(en.showing_of(20, 500), "Showing 20 of 500");
        assert_eq!(da.year_caption(2026, "I alt 1.234,00 kr."), "2026: I alt 1.234,00 kr.");
        assert_eq!(da.document_meta(Some("Indgående"), "20. oktober 2026"), "Indgående, 20. oktober 2026");
        assert_eq!(da.document_meta(None, "20. oktober 2026"), "20. oktober 2026");
        assert_eq!(da.step_state("nuværende trin"), " (nuværende trin)");
        assert_eq!(
            da.updated_and_freshness("Opdateret 23. november 2026 kl. 09.14"),
            "Opdateret 23. november 2026 kl. 09.14. Ændringer kan tage op til 10 minutter om at blive vist her."
        );
        assert_eq!(da.failure_body("Der er en fejl hos os.", false), "Der er en fejl hos os.");
        assert_eq!(
            da.failure_body("Der er en fejl hos os.", true),
            "Der er en fejl hos os. Du ser de oplysninger, vi hentede sidst."
        );
        assert_eq!(da.filter_result("Sager", 1, 3), "Sager: 1 af 3 passer til dit valg.");
        assert_eq!(en.filter_result("Cases", 0, 3), format!("Cases: {}", en.no_match));
    }

    /// A topic as far as titles care: its title source and its `kleTitle`.
    struct Topic {
        source: TitleSource,
        kle_title: Option<&'static str>,
    }

    fn topic(kle_title: Option<&'static str>, source: TitleSource) -> Topic {
        Topic { source, kle_title }
    }

    type Row<'a> = (&'a str, &'a str, Option<&'a Topic>, Option<&'a str>, Option<&'a str>, Lang, &'a str);

    #[test]
    fn titles_by_source_facet_and_property() {
        let kle_topic = topic(None, TitleSource::Kle);
        let api_titled = topic(Some("Tilladelse til byggeri"), TitleSource::Kle);
        let own_title = topic(None, TitleSource::CaseTitle);
        let own = Some("Ansøgning om tilbygning, Vestergade 1");
        // KLE, facet, topic, the case's own title, property, language: the title.
        let table: [Row; 10] = [
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
            let subject =
                title::subject(topic.map(|t| &t.source), kle, case_title_text, topic.and_then(|t| t.kle_title));
            let title = lang.texts().case_title(Facet::parse(facet), &subject, property, Some("Aarhus Kommune"));
            assert_eq!(title, expected, "{kle} {facet}");
        }
    }

    #[test]
    fn no_authority_gives_a_plain_generic_title() {
        assert_eq!(Lang::En.texts().case_title(Facet::General, &Subject::None, None, None), "Case");
    }

    #[test]
    #[cfg(feature = "preview")]
    fn every_finding_kind_has_its_own_words_in_both_languages() {
        for lang in [Lang::Da, Lang::En] {
            let labels: Vec<&str> = FindingKind::ALL.iter().map(|k| lang.staff().finding_kind(*k)).collect();
            let mut unique = labels.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), FindingKind::COUNT, "{lang:?}");
        }
        assert_eq!(FindingKind::ALL.iter().enumerate().filter(|(i, k)| **k as usize != *i).count(), 0);
    }

    #[test]
    #[cfg(feature = "preview")]
    fn item_references() {
        let item = ItemRef::Position { collection: Collection::Cases, index: Some(4), id: Some("h-1".into()) };
        assert_eq!(Lang::Da.staff().item(&item), "cases nr. 4 (id h-1)");
        assert_eq!(Lang::En.staff().item(&ItemRef::Case("c1".into())), "Case c1");
        let claim_type = ItemRef::ClaimType { authority_id: "0101".into(), id: "T1".into() };
        assert_eq!(Lang::Da.staff().item(&claim_type), "Fordringstype 0101/T1");
    }
}
