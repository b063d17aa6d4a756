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
pub mod shown;
#[cfg(feature = "preview")]
pub mod watch;

use crate::HashMap;
use chrono::NaiveDate;
use std::cmp::Reverse;
use std::sync::Arc;

#[cfg(feature = "preview")]
use crate::api::DropReason;
use crate::api::View;
use crate::api::{Authority, AuthorityStatus, Benefit, BenefitStatus, Case, Claim, ClaimType, Overview, Topic};
use crate::i18n::{format, Lang};
use crate::rules;
use crate::rules::claims::ClaimStatus;
#[cfg(feature = "preview")]
use crate::rules::findings::Finding;
use crate::rules::findings::{FindingKind, ItemRef};
use crate::rules::progress;
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

/// How many cards of a section are shown at first (and added by each "Vis flere"): enough to
/// see the newest at a glance, few enough that the DOM stays small on a large overview. They
/// are made before the rest, so that the first paint waits for nothing else.
pub const FIRST_PAGE: usize = 10;

/// Everything the widget shows for one overview.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Presentation {
    /// "Opdateret 23. november 2026 kl. 09.14", when the response says when.
    pub updated: Option<String>,
    /// One sentence per authority that could not be read now.
    pub unavailable: Vec<String>,
    /// How many of the citizen's items could not be shown, as a sentence; `None` when none.
    pub not_shown: Option<String>,
    /// How many of the citizen's items could not be shown.
    pub left_out: usize,
    /// In how many texts a CPR-like number was masked (so far, while not `complete`).
    pub masked: usize,
    /// "Det skal du være opmærksom på": empty when there is nothing to say.
    pub attention: Vec<AttentionLine>,
    /// The cards made so far, in the order shown: every card once `complete`. The lists are
    /// shared, not copied, by the views that filter and page through them.
    pub cases: Arc<[CaseCard]>,
    pub benefits: Arc<[BenefitCard]>,
    pub claims: Arc<[ClaimCard]>,
    /// Each section's count and grouping, known before its cards are all made.
    pub outline: Outline,
    /// False while only the first page of each section (and what the summary leads to) is
    /// made; the rest follows.
    pub complete: bool,
    /// What the rules found in the data, for staff (the preview build only: a citizen's
    /// phone neither downloads nor runs this). So far, while not `complete`.
    #[cfg(feature = "preview")]
    pub findings: Vec<Finding>,
}

/// What is known of each section before its cards are all made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Outline {
    pub cases: SectionOutline,
    pub benefits: SectionOutline,
    pub claims: SectionOutline,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SectionOutline {
    /// How many cards the section has.
    pub total: usize,
    /// Whether they come from more than one authority: then they are grouped by authority.
    pub grouped: bool,
}

/// Builds the presentation of an overview at once.
pub fn present(overview: &Overview, context: Context) -> Presentation {
    Presenting::start(overview, context).finish()
}

/// Whether `overview` is presented alike in the citizen view and the verification view, so
/// that what is found in one is all there is in the other (the scanning command and the
/// preview present it once). The view decides only which document titles a case shows
/// (`rules::documents`); `tests/properties.rs` holds this to the whole presentation.
#[cfg(feature = "preview")]
pub fn alike_in_both_views(overview: &Overview) -> bool {
    use rules::documents::{shows_direction, visibility};
    fn alike<T: PartialEq>(rule: impl Fn(View) -> T) -> bool {
        rule(View::Citizen) == rule(View::Verification)
    }
    overview.topics.iter().all(|t| alike(|view| visibility(&t.document_titles, view)))
        && overview
            .cases
            .iter()
            .flat_map(|c| c.documents.iter())
            .all(|d| alike(|view| shows_direction(&d.direction, view)))
}

/// An overview presented a slice at a time, so that a large one never blocks the page for
/// long, and its first page first: [`Presenting::start`] orders each section by the rules;
/// [`Presenting::step`] makes a few cards, the first page of each section (and what the
/// summary leads to) before the rest; [`Presenting::first_pages`] gives what can be shown
/// once those are made; [`Presenting::finish`] gives the whole presentation.
pub struct Presenting<'a> {
    builder: Builder<'a>,
    cases: Sorted<&'a Case, CaseCard>,
    benefits: Sorted<&'a Benefit, BenefitCard>,
    claims: Sorted<(&'a Claim, ClaimStatus), ClaimCard>,
    /// The cards to make, in the order they are made.
    jobs: std::vec::IntoIter<Job>,
    first_pages_made: bool,
    /// The number of active cases and the first of them, for the summary.
    active: Option<(String, usize)>,
    outline: Outline,
    unavailable: Vec<String>,
}

/// The card to make next: a position in a section's order.
#[derive(Debug, Clone, Copy)]
enum Job {
    Case(usize),
    Benefit(usize),
    Claim(usize),
    /// The first pages are made.
    FirstPages,
}

/// A section's items in the order shown, and the cards made of them so far.
struct Sorted<T, C> {
    items: Vec<T>,
    cards: Vec<Option<C>>,
}

impl<T, C: Clone> Sorted<T, C> {
    fn new(items: Vec<T>) -> Self {
        let cards = items.iter().map(|_| None).collect();
        Self { items, cards }
    }

    /// The cards made from the first on, up to the first not made yet.
    fn made(&self) -> Arc<[C]> {
        self.cards.iter().map_while(Option::clone).collect()
    }

    fn into_cards(self) -> Arc<[C]> {
        self.cards.into_iter().flatten().collect()
    }
}

impl<'a> Presenting<'a> {
    pub fn start(overview: &'a Overview, context: Context) -> Self {
        let mut builder = Builder::new(overview, context);
        let today = context.today;

        // Each section in the order it is shown, from the same rules the cards' dates and
        // statuses come from (and, where they tie, in the response's order).
        let mut cases: Vec<&Case> = overview.cases.iter().collect();
        crate::sort::sort_by_key(&mut cases, |c| {
            Reverse(progress::last(&c.progress).map_or(c.created, |e| e.at.date_naive()))
        });
        let mut benefits: Vec<&Benefit> = overview.benefits.iter().collect();
        crate::sort::sort_by_key(&mut benefits, |b| {
            (
                Reverse(b.status == BenefitStatus::Aktiv),
                Reverse(rules::benefits::newest_made(&b.payments, today).unwrap_or(b.from)),
            )
        });
        let claims = builder.claims_in_order();

        // The summary, which is shown with the first pages, counts the overdue and soon due
        // claims (the first in their order), the earliest planned payment of all benefits,
        // and the active cases.
        let summary_claims =
            claims.iter().take_while(|(claim, status)| attention::counts(claim, *status, today)).count();
        let planned = benefits
            .iter()
            .enumerate()
            .filter_map(|(at, b)| rules::benefits::next_payment(&b.payments, today).map(|p| (p.date, at)))
            .min();
        let mut active_cases = cases.iter().filter(|c| progress::is_active(&c.progress));
        let active = active_cases.next().map(|first| (first.id.clone(), 1 + active_cases.count()));

        builder.tally_claims(&claims[..summary_claims]);
        let mut jobs = Vec::with_capacity(cases.len() + benefits.len() + claims.len() + 2);
        jobs.extend(planned.map(|(_, at)| Job::Benefit(at)));
        jobs.extend((0..cases.len().min(FIRST_PAGE)).map(Job::Case));
        jobs.extend((0..benefits.len().min(FIRST_PAGE)).map(Job::Benefit));
        jobs.extend((0..claims.len().min(FIRST_PAGE)).map(Job::Claim));
        jobs.push(Job::FirstPages);
        jobs.extend((FIRST_PAGE..cases.len()).map(Job::Case));
        jobs.extend((FIRST_PAGE..benefits.len()).map(Job::Benefit));
        jobs.extend((FIRST_PAGE..claims.len()).map(Job::Claim));

        let mut outline = |ids: &mut dyn Iterator<Item = &'a str>| {
            let names: Vec<String> = ids.map(|id| builder.authority_name(id)).collect();
            SectionOutline { total: names.len(), grouped: names.iter().any(|n| Some(n) != names.first()) }
        };
        let outline = Outline {
            cases: outline(&mut cases.iter().map(|c| c.authority_id.as_str())),
            benefits: outline(&mut benefits.iter().map(|b| b.authority_id.as_str())),
            claims: outline(&mut claims.iter().map(|(c, _)| c.authority_id.as_str())),
        };
        let t = context.lang.texts();
        let unavailable = overview
            .authorities
            .iter()
            .filter(|a| a.status == AuthorityStatus::Unavailable)
            .map(|a| crate::i18n::fill(t.authority_unavailable, &builder.authority_name(&a.id)))
            .collect();

        Self {
            builder,
            cases: Sorted::new(cases),
            benefits: Sorted::new(benefits),
            claims: Sorted::new(claims),
            jobs: jobs.into_iter(),
            first_pages_made: false,
            active,
            outline,
            unavailable,
        }
    }

    /// Makes up to `budget` more cards; `true` when every card is made.
    pub fn step(&mut self, budget: usize) -> bool {
        let mut left = budget;
        while left > 0 {
            let Some(job) = self.jobs.next() else { return true };
            let made = match job {
                Job::Case(at) => make(&mut self.cases, at, |case| self.builder.case(case)),
                Job::Benefit(at) => make(&mut self.benefits, at, |benefit| self.builder.benefit(benefit)),
                Job::Claim(at) => make(&mut self.claims, at, |(claim, status)| self.builder.claim(claim, *status)),
                Job::FirstPages => {
                    // A step ends here, so that the first pages can be shown at once (unless
                    // they are all there is).
                    self.first_pages_made = true;
                    return self.jobs.as_slice().is_empty();
                }
            };
            left -= usize::from(made);
        }
        self.jobs.as_slice().is_empty()
    }

    /// Whether the first page of each section is made.
    pub fn first_pages_made(&self) -> bool {
        self.first_pages_made
    }

    /// What can be shown once the first page of each section is made (`None` before): the
    /// first pages, the summary, each section's count, and the notices.
    pub fn first_pages(&self) -> Option<Presentation> {
        self.first_pages_made.then(|| Presentation {
            cases: self.cases.made(),
            benefits: self.benefits.made(),
            claims: self.claims.made(),
            #[cfg(feature = "preview")]
            findings: self.builder.findings.clone(),
            ..self.notices_and_summary()
        })
    }

    /// The whole presentation (making what is not made yet).
    pub fn finish(mut self) -> Presentation {
        while !self.step(usize::MAX) {}
        #[cfg(feature = "preview")]
        {
            self.builder.configuration_findings();
            self.builder.dropped_findings();
        }
        let frame = self.notices_and_summary();
        Presentation {
            cases: self.cases.into_cards(),
            benefits: self.benefits.into_cards(),
            claims: self.claims.into_cards(),
            complete: true,
            #[cfg(feature = "preview")]
            findings: self.builder.findings,
            ..frame
        }
    }

    /// Everything but the cards.
    fn notices_and_summary(&self) -> Presentation {
        let overview = self.builder.overview;
        let lang = self.builder.context.lang;
        let dropped_items = overview.dropped.iter().filter(|d| d.collection.is_citizen_item()).count();
        Presentation {
            updated: overview.generated_at.map(|at| format::updated(lang, at)),
            unavailable: self.unavailable.clone(),
            not_shown: (dropped_items > 0).then(|| lang.texts().items_not_shown.of(dropped_items)),
            left_out: dropped_items,
            masked: self.builder.masked,
            attention: self.builder.tally.lines(lang, self.active.as_ref()),
            cases: Arc::new([]),
            benefits: Arc::new([]),
            claims: Arc::new([]),
            outline: self.outline,
            complete: false,
            #[cfg(feature = "preview")]
            findings: Vec::new(),
        }
    }
}

/// Makes the card at `at` of a section with `card`, unless it is made; whether it made one.
fn make<T, C>(sorted: &mut Sorted<T, C>, at: usize, card: impl FnOnce(&T) -> C) -> bool {
    match (sorted.items.get(at), sorted.cards.get_mut(at)) {
        (Some(item), Some(slot @ None)) => {
            *slot = Some(card(item));
            true
        }
        _ => false,
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
    /// Each claim type's pay link, made once for the same reason.
    pay_links: HashMap<(&'a str, String), Option<Link>>,
    /// What "Det skal du være opmærksom på" will say.
    tally: attention::Tally,
    /// Texts in which a CPR-like number was masked.
    masked: usize,
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
            shared_texts: HashMap::default(),
            pay_links: HashMap::default(),
            tally: attention::Tally::default(),
            masked: 0,
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
