//! The overview's contents: notices, "Det skal du være opmærksom på" and the three sections,
//! with their filters, "Vis flere", the disclosures and the summary's way to its cards. Made
//! once for an overview and kept while its first pages grow into the whole.
//!
//! One job per file: what the citizen chose and the effects that keep the page in step with it
//! (`state.rs`), the clicks and choices routed to those signals (`routing.rs`), the
//! presentation in view (`current.rs`), and what a card's disclosures hold
//! (`disclosure_panels.rs`).

mod current;
mod disclosure_panels;
mod routing;
mod state;

use crate::client::events::Section;

pub use current::Current;
/// The components page opens the disclosures it shows as the widget does.
#[cfg(feature = "preview")]
pub use disclosure_panels::toggle;
pub use routing::section_of;
pub use state::Contents;

/// Each section's place for the host's events, by index.
pub(super) const SECTIONS: [Section; 3] = [Section::Cases, Section::Benefits, Section::Claims];
pub(super) const CASES: usize = 0;
pub(super) const BENEFITS: usize = 1;
pub(super) const CLAIMS: usize = 2;
/// The `data-choice` of each filter.
const CASE_FILTER: &str = "case-filter";
const CASE_ORDER: &str = "case-order";
const CLAIM_FILTER: &str = "claim-filter";
