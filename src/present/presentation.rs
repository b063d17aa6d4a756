//! What the presentation is made for and what it gives: the context, the whole presentation
//! and each section's outline.

use chrono::NaiveDate;
use std::sync::Arc;

use crate::api::View;
use crate::i18n::Lang;
#[cfg(feature = "preview")]
use crate::rules::findings::Finding;

use super::cards::{AttentionLine, BenefitCard, CaseCard, ClaimCard};

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
