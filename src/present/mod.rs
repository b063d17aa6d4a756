//! Applies the rules to a whole overview for one view, language and day, giving the view
//! models the widget renders: every text already cleaned, worded and formatted, every link
//! already checked. The views add nothing but markup.

mod attention;
mod benefits;
mod cards;
mod cases;
mod claims;
mod contact;
pub mod filters;
mod group;

use chrono::NaiveDate;
use std::collections::HashMap;
use std::sync::Arc;

#[cfg(feature = "preview")]
use crate::api::DropReason;
use crate::api::View;
use crate::api::{Authority, AuthorityStatus, Claim, ClaimType, Overview, Topic};
use crate::i18n::{format, Lang};
use crate::rules::claims::ClaimStatus;
#[cfg(feature = "preview")]
use crate::rules::findings::Finding;
use crate::rules::findings::{FindingKind, ItemRef};
use crate::rules::text;
use crate::rules::url::{SafeUrl, UrlProblem};

pub use cards::*;
pub use group::{by_authority, AuthorityGroup};

/// What the presentation depends on besides the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context {
    pub lang: Lang,
    pub view: View,
    /// Injected so that claim statuses are testable and agree with the citizen's calendar.
    pub today: NaiveDate,
}

/// Everything the widget shows for one overview.
#[derive(Debug, Clone, PartialEq)]
pub struct Presentation {
    /// "Opdateret 23. november 2026 kl. 09.14", when the response says when.
    pub updated: Option<String>,
    /// One sentence per authority that could not be read now.
    pub unavailable: Vec<String>,
    /// How many of the citizen's items could not be shown, as a sentence; `None` when none.
    pub not_shown: Option<String>,
    /// "Det skal du være opmærksom på": empty when there is nothing to say.
    pub attention: Vec<AttentionLine>,
    /// The lists are shared, not copied, by the views that filter and page through them.
    pub cases: Arc<[CaseCard]>,
    pub benefits: Arc<[BenefitCard]>,
    pub claims: Arc<[ClaimCard]>,
    /// What the rules found in the data, for staff (the preview build only: a citizen's
    /// phone neither downloads nor runs this).
    #[cfg(feature = "preview")]
    pub findings: Vec<Finding>,
}

/// Builds the presentation of an overview at once.
pub fn present(overview: &Overview, context: Context) -> Presentation {
    let mut presenting = Presenting::start(overview, context);
    while !presenting.step(usize::MAX) {}
    presenting.finish()
}

/// An overview presented a slice at a time, so that a large one never blocks the page for
/// long: [`Presenting::start`], [`Presenting::step`] until it says done, [`Presenting::finish`].
pub struct Presenting<'a> {
    builder: Builder<'a>,
    stage: Stage<'a>,
    cases: Vec<CaseCard>,
    benefits: Vec<BenefitCard>,
    claims: Vec<ClaimCard>,
}

/// Which list is being presented, and how far it has come.
enum Stage<'a> {
    Cases(usize),
    Benefits(usize),
    Claims(std::vec::IntoIter<(&'a Claim, ClaimStatus)>),
    Done,
}

impl<'a> Presenting<'a> {
    pub fn start(overview: &'a Overview, context: Context) -> Self {
        Self {
            builder: Builder::new(overview, context),
            stage: Stage::Cases(0),
            cases: Vec::with_capacity(overview.cases.len()),
            benefits: Vec::with_capacity(overview.benefits.len()),
            claims: Vec::with_capacity(overview.claims.len()),
        }
    }

    /// Presents up to `budget` more items; `true` when every list is done.
    pub fn step(&mut self, budget: usize) -> bool {
        let overview = self.builder.overview;
        for _ in 0..budget {
            match &mut self.stage {
                Stage::Cases(next) => match overview.cases.get(*next) {
                    Some(case) => {
                        *next += 1;
                        let card = self.builder.case(case);
                        self.cases.push(card);
                    }
                    None => {
                        Builder::order_cases(&mut self.cases);
                        self.stage = Stage::Benefits(0);
                    }
                },
                Stage::Benefits(next) => match overview.benefits.get(*next) {
                    Some(benefit) => {
                        *next += 1;
                        let card = self.builder.benefit(benefit);
                        self.benefits.push(card);
                    }
                    None => {
                        Builder::order_benefits(&mut self.benefits);
                        self.stage = Stage::Claims(self.builder.claims_in_order().into_iter());
                    }
                },
                Stage::Claims(claims) => match claims.next() {
                    Some((claim, status)) => {
                        let card = self.builder.claim(claim, status);
                        self.claims.push(card);
                    }
                    None => self.stage = Stage::Done,
                },
                Stage::Done => return true,
            }
        }
        matches!(self.stage, Stage::Done)
    }

    pub fn finish(self) -> Presentation {
        let Self { mut builder, cases, benefits, claims, .. } = self;
        let overview = builder.overview;
        let context = builder.context;
        #[cfg(feature = "preview")]
        builder.configuration_findings();
        let t = context.lang.texts();
        let unavailable = overview
            .authorities
            .iter()
            .filter(|a| a.status == AuthorityStatus::Unavailable)
            .map(|a| crate::i18n::fill(t.authority_unavailable, &builder.authority_name(&a.id)))
            .collect();
        let dropped_items = overview.dropped.iter().filter(|d| d.collection.is_citizen_item()).count();
        #[cfg(feature = "preview")]
        builder.dropped_findings();
        let attention = std::mem::take(&mut builder.tally).lines(context.lang, &cases);
        Presentation {
            attention,
            updated: overview.generated_at.map(|at| format::updated(context.lang, at)),
            unavailable,
            not_shown: (dropped_items > 0).then(|| t.items_not_shown.of(dropped_items)),
            cases: cases.into(),
            benefits: benefits.into(),
            claims: claims.into(),
            #[cfg(feature = "preview")]
            findings: builder.findings,
        }
    }
}

/// Lookups over one overview, and the findings gathered while presenting it.
struct Builder<'a> {
    overview: &'a Overview,
    context: Context,
    authorities: HashMap<&'a str, &'a Authority>,
    topics: HashMap<(&'a str, &'a str), &'a Topic>,
    claim_types: HashMap<(&'a str, String), &'a ClaimType>,
    /// Texts of shared items (authority and claim type names, KLE titles), cleaned once so
    /// that their findings are reported once, not once per case or claim.
    shared_texts: HashMap<(ItemRef, &'static str), String>,
    /// What "Det skal du være opmærksom på" will say.
    tally: attention::Tally,
    #[cfg(feature = "preview")]
    findings: Vec<Finding>,
}

impl<'a> Builder<'a> {
    fn new(overview: &'a Overview, context: Context) -> Self {
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
            shared_texts: HashMap::new(),
            tally: attention::Tally::default(),
            #[cfg(feature = "preview")]
            findings: Vec::new(),
        }
    }

    fn lang(&self) -> Lang {
        self.context.lang
    }

    /// Notes a finding. The detail is a closure so that the citizen build, which keeps no
    /// findings, never formats one.
    #[cfg(feature = "preview")]
    fn find<D: Into<String>>(&mut self, kind: FindingKind, item: &ItemRef, detail: impl FnOnce() -> D) {
        self.findings.push(Finding::new(kind, item.clone(), &detail().into()));
    }

    #[cfg(not(feature = "preview"))]
    fn find<D: Into<String>>(&mut self, _: FindingKind, _: &ItemRef, _: impl FnOnce() -> D) {}

    /// Notes a value the contract does not name (shortened: it may be anything).
    fn unknown_value(&mut self, item: &ItemRef, field: &str, value: &str) {
        self.find(FindingKind::UnknownValue, item, || format!("{field} {value}"));
    }

    /// Cleans a text from the API for a citizen to read, noting what it took.
    fn text(&mut self, raw: &str, item: &ItemRef, field: &str) -> String {
        let cleaned = text::clean(raw);
        if cleaned.masked_cpr > 0 {
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
    fn url(&mut self, checked: Result<SafeUrl, UrlProblem>, raw: &str, item: &ItemRef, field: &str) -> Option<SafeUrl> {
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
    fn authority_name(&mut self, id: &str) -> String {
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
    fn shared_text(&mut self, raw: &str, item: ItemRef, field: &'static str) -> String {
        if let Some(text) = self.shared_texts.get(&(item.clone(), field)) {
            return text.clone();
        }
        let text = self.text(raw, &item, field);
        self.shared_texts.insert((item, field), text.clone());
        text
    }

    /// Notes an item that points to an authority the response does not have.
    fn check_authority(&mut self, id: &str, item: &ItemRef) {
        if !self.authorities.contains_key(id) {
            self.find(FindingKind::UnknownReference, item, || format!("authorityId \"{id}\""));
        }
    }

    fn topic(&self, authority_id: &str, kle: &str) -> Option<&'a Topic> {
        self.topics.get(&(authority_id, kle.trim())).copied()
    }

    /// The claim's type at its own authority. Another authority's type of the same id is
    /// not it: its name, pay link and contact would send the citizen to the wrong place.
    fn claim_type(&self, authority_id: &str, id: &str) -> Option<&'a ClaimType> {
        self.claim_types.get(&(authority_id, id.trim().to_ascii_uppercase())).copied()
    }

    /// Findings on the municipalities' configuration itself, once per topic or claim type.
    #[cfg(feature = "preview")]
    fn configuration_findings(&mut self) {
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
    fn configuration_gaps(&mut self, item: &ItemRef, has_contact: bool, has_breach: bool) {
        if !has_contact {
            self.find(FindingKind::NoContact, item, || "");
        }
        if !has_breach {
            self.find(FindingKind::NoBreachReporting, item, || "");
        }
    }

    /// Turns what the decoder left out into findings.
    #[cfg(feature = "preview")]
    fn dropped_findings(&mut self) {
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
