//! The overview presented a slice at a time, first pages first: the order of each section,
//! the order the cards are made in, and what can be shown after each slice.

use std::cmp::Reverse;
use std::sync::Arc;

use crate::api::{AuthorityStatus, Benefit, BenefitStatus, Case, Claim, Overview};
use crate::i18n::format;
use crate::rules;
use crate::rules::claims::ClaimStatus;
use crate::rules::progress;

use super::attention;
use super::cards::{BenefitCard, CaseCard, ClaimCard};
use super::presentation::{Context, Outline, Presentation, SectionOutline, FIRST_PAGE};
use super::Builder;

/// Builds the presentation of an overview at once.
pub fn present(overview: &Overview, context: Context) -> Presentation {
    Presenting::start(overview, context).finish()
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
