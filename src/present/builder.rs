//! The builder: lookups over one overview, the cleaning of its texts and links, and the
//! findings gathered while presenting it. Each kind of card is made in a module of its own
//! (`super::cases`, `super::benefits`, `super::claims`, `super::contact`).

use crate::HashMap;

use crate::api::{Authority, ClaimType, Overview, Topic};
#[cfg(feature = "preview")]
use crate::api::{AuthorityStatus, DropReason};
use crate::i18n::Lang;
#[cfg(feature = "preview")]
use crate::rules::findings::Finding;
use crate::rules::findings::{FindingKind, ItemRef};
use crate::rules::text;
use crate::rules::url::{SafeUrl, UrlProblem};

use super::attention;
use super::cards::Link;
use super::presentation::Context;

/// Lookups over one overview, and the findings gathered while presenting it.
pub(super) struct Builder<'a> {
    pub(super) overview: &'a Overview,
    pub(super) context: Context,
    pub(super) authorities: HashMap<&'a str, &'a Authority>,
    pub(super) topics: HashMap<(&'a str, &'a str), &'a Topic>,
    pub(super) claim_types: HashMap<(&'a str, String), &'a ClaimType>,
    /// Texts of shared items (authority and claim type names, KLE titles), cleaned once so
    /// that their findings are reported once, not once per case or claim.
    pub(super) shared_texts: HashMap<(ItemRef, &'static str), String>,
    /// Each claim type's pay link, made once for the same reason.
    pub(super) pay_links: HashMap<(&'a str, String), Option<Link>>,
    /// What "Det skal du være opmærksom på" will say.
    pub(super) tally: attention::Tally,
    /// Texts in which a CPR-like number was masked.
    pub(super) masked: usize,
    #[cfg(feature = "preview")]
    pub(super) findings: Vec<Finding>,
}

impl<'a> Builder<'a> {
    pub(super) fn new(overview: &'a Overview, context: Context) -> Self {
        Self {
            overview,
            context,
            authorities: overview.authorities.iter().map(|a| (a.id.as_str(), a)).collect(),
            topics: overview.topics.iter().map(|t| ((t.authority_id.as_str(), t.kle.trim()), t)).collect(),
            claim_types: overview
                .claim_types
                .iter()
                .map(|c| ((c.authority_id.as_str(), c.id.trim().to_ascii_uppercase()), c))
                .collect(),
            shared_texts: HashMap::default(),
            pay_links: HashMap::default(),
            tally: attention::Tally::default(),
            masked: 0,
            #[cfg(feature = "preview")]
            findings: Vec::new(),
        }
    }

    pub(super) fn lang(&self) -> Lang {
        self.context.lang
    }

    /// Notes a finding. The detail is a closure so that the citizen build, which keeps no
    /// findings, never formats one.
    #[cfg(feature = "preview")]
    pub(super) fn find<D: Into<String>>(&mut self, kind: FindingKind, item: &ItemRef, detail: impl FnOnce() -> D) {
        self.findings.push(Finding::new(kind, item.clone(), &detail().into()));
    }

    #[cfg(not(feature = "preview"))]
    pub(super) fn find<D: Into<String>>(&mut self, _: FindingKind, _: &ItemRef, _: impl FnOnce() -> D) {}

    /// Notes a value the contract does not name (shortened: it may be anything).
    pub(super) fn unknown_value(&mut self, item: &ItemRef, field: &str, value: &str) {
        self.find(FindingKind::UnknownValue, item, || format!("{field} {value}"));
    }

    /// Cleans a text from the API for a citizen to read, noting what it took.
    pub(super) fn text(&mut self, raw: &str, item: &ItemRef, field: &str) -> String {
        let cleaned = text::clean(raw);
        if cleaned.masked_cpr > 0 {
            self.masked += 1;
            self.find(FindingKind::MaskedCpr, item, || format!("{field}: {}", cleaned.masked_cpr));
        }
        if cleaned.removed_markup {
            self.find(FindingKind::RemovedMarkup, item, || field);
        }
        if cleaned.removed_hidden {
            self.find(FindingKind::RemovedHiddenCharacters, item, || field);
        }
        cleaned.text
    }

    /// Keeps a checked URL; a refused one becomes a finding.
    pub(super) fn url(
        &mut self,
        checked: Result<SafeUrl, UrlProblem>,
        raw: &str,
        item: &ItemRef,
        field: &str,
    ) -> Option<SafeUrl> {
        match checked {
            Ok(url) => Some(url),
            Err(UrlProblem::Empty) => None,
            Err(UrlProblem::NeedsCaseNumber) => {
                self.find(FindingKind::MissingCaseNumber, item, || format!("{field}: {raw}"));
                None
            }
            Err(problem) => {
                self.find(FindingKind::UnsafeUrl, item, || format!("{field}: {problem:?}: {raw}"));
                None
            }
        }
    }

    /// The authority's name for a citizen; an unknown one is said to be unknown.
    pub(super) fn authority_name(&mut self, id: &str) -> String {
        let Some(authority) = self.authorities.get(id).copied() else {
            return self.lang().texts().unknown_authority.to_owned();
        };
        let name = self.shared_text(&authority.name, ItemRef::Authority(id.to_owned()), "name");
        if name.is_empty() {
            return self.lang().texts().unknown_authority.to_owned();
        }
        name
    }

    /// [`Self::text`] for a text of an item many others refer to.
    pub(super) fn shared_text(&mut self, raw: &str, item: ItemRef, field: &'static str) -> String {
        if let Some(text) = self.shared_texts.get(&(item.clone(), field)) {
            return text.clone();
        }
        let text = self.text(raw, &item, field);
        self.shared_texts.insert((item, field), text.clone());
        text
    }

    /// Notes an item that points to an authority the response does not have.
    pub(super) fn check_authority(&mut self, id: &str, item: &ItemRef) {
        if !self.authorities.contains_key(id) {
            self.find(FindingKind::UnknownReference, item, || format!("authorityId \"{id}\""));
        }
    }

    pub(super) fn topic(&self, authority_id: &str, kle: &str) -> Option<&'a Topic> {
        self.topics.get(&(authority_id, kle.trim())).copied()
    }

    /// The claim's type at its own authority. Another authority's type of the same id is
    /// not it: its name, pay link and contact would send the citizen to the wrong place.
    pub(super) fn claim_type(&self, authority_id: &str, id: &str) -> Option<&'a ClaimType> {
        self.claim_types.get(&(authority_id, id.trim().to_ascii_uppercase())).copied()
    }

    /// Findings on the municipalities' configuration itself, once per topic or claim type.
    #[cfg(feature = "preview")]
    pub(super) fn configuration_findings(&mut self) {
        let overview = self.overview;
        for topic in &overview.topics {
            let item = ItemRef::Topic { authority_id: topic.authority_id.clone(), kle: topic.kle.clone() };
            if topic.title_source.is_unknown() {
                self.unknown_value(&item, "titleSource", topic.title_source.wire());
            }
            if topic.document_titles.is_unknown() {
                self.unknown_value(&item, "documentTitles", topic.document_titles.wire());
            }
            self.configuration_gaps(&item, topic.contact.is_some(), topic.breach_reporting.is_some());
        }
        for claim_type in &overview.claim_types {
            let item = ItemRef::ClaimType { authority_id: claim_type.authority_id.clone(), id: claim_type.id.clone() };
            self.configuration_gaps(&item, claim_type.contact.is_some(), claim_type.breach_reporting.is_some());
        }
        for authority in overview.authorities.iter().filter(|a| a.status == AuthorityStatus::Unavailable) {
            self.find(FindingKind::AuthorityUnavailable, &ItemRef::Authority(authority.id.clone()), || "");
        }
    }

    #[cfg(feature = "preview")]
    pub(super) fn configuration_gaps(&mut self, item: &ItemRef, has_contact: bool, has_breach: bool) {
        if !has_contact {
            self.find(FindingKind::NoContact, item, || "");
        }
        if !has_breach {
            self.find(FindingKind::NoBreachReporting, item, || "");
        }
    }

    /// Turns what the decoder left out into findings.
    #[cfg(feature = "preview")]
    pub(super) fn dropped_findings(&mut self) {
        for dropped in &self.overview.dropped {
            let detail = match &dropped.reason {
                DropReason::Malformed { message } => message.clone(),
                DropReason::Invalid(why) => (*why).to_owned(),
                DropReason::DuplicateId => "duplicate id".to_owned(),
                DropReason::NotAList => format!("{} is not a list", dropped.collection.key()),
            };
            let item =
                ItemRef::Position { collection: dropped.collection, index: dropped.index, id: dropped.id.clone() };
            self.findings.push(Finding::new(FindingKind::MalformedItem, item, &detail));
        }
    }
}
