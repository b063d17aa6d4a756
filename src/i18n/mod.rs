//! Every text a citizen reads, in Danish (the default) and English, and the formatting of
//! dates and money. Nothing citizen-facing in the WebAssembly is written anywhere else; the
//! loader (`public/embed.js`) has its own message for when the widget cannot run, and copies
//! of the loading state's texts, which `tests/loader.rs` compares with these.
//!
//! Here the texts' shape (`Texts`, and the preview's `StaffTexts`); their words in `da.rs`
//! and `en.rs`; the language in `lang`, the templates' placeholders in `template`, dates and
//! money in `format`, and the words for what the rules decide in `words`.

#[cfg(feature = "preview")]
use crate::rules::findings::FindingKind;

mod da;
mod en;
pub mod format;
mod lang;
mod template;
mod words;

pub use lang::Lang;
pub use template::{fill, fill_all, fill_named, Plural};
pub use words::count;

/// The words for one case progress step, in plain language.
pub struct StepTexts {
    /// Short, for the badge: "Afgjort".
    pub label: &'static str,
    /// What reaching it means for the citizen: "Der er truffet en afgørelse."
    pub meaning: &'static str,
    /// The same of a step not reached yet: "Der bliver truffet en afgørelse."
    pub ahead: &'static str,
    /// What happens next while the case is at this step.
    pub next: &'static str,
}

/// The texts of the preview and its findings, for municipal staff and suppliers: in the
/// preview build only, so that a citizen's phone does not download them.
#[cfg(feature = "preview")]
pub struct StaffTexts {
    pub preview_banner_title: &'static str,
    pub preview_banner_body: &'static str,
    pub preview_citizen: &'static str,
    pub preview_language: &'static str,
    pub preview_view: &'static str,
    pub view_citizen: &'static str,
    pub view_verification: &'static str,
    pub preview_file: &'static str,
    pub preview_file_loaded: &'static str,
    pub preview_file_error: &'static str,
    pub findings: &'static str,
    pub no_findings: &'static str,
    /// One per [`FindingKind`], in its order.
    pub finding_kinds: [&'static str; FindingKind::COUNT],
    pub item_authority: &'static str,
    pub item_topic: &'static str,
    pub item_claim_type: &'static str,
    pub item_case: &'static str,
    pub item_benefit: &'static str,
    pub item_claim: &'static str,
    pub item_position: &'static str,
    pub item_overview: &'static str,
    pub preview_watch: &'static str,
}

/// All citizen-facing texts of one language. Both languages fill every field, so a missing
/// translation does not compile.
pub struct Texts {
    // The widget and its states.
    pub region: &'static str,
    pub loading: &'static str,
    pub updated: &'static str,
    pub freshness: &'static str,
    pub error_title: &'static str,
    pub error_server: &'static str,
    pub error_network: &'static str,
    pub error_timeout: &'static str,
    pub error_unreadable: &'static str,
    pub error_not_found: &'static str,
    pub error_offline: &'static str,
    pub error_rate_limited: &'static str,
    pub error_kept: &'static str,
    pub retry: &'static str,
    pub refresh: &'static str,
    pub print: &'static str,
    pub retrying_in: Plural,
    pub unauthorized_title: &'static str,
    pub unauthorized_body: &'static str,
    pub log_in: &'static str,
    pub forbidden_title: &'static str,
    pub forbidden_body: &'static str,
    pub authority_unavailable: &'static str,
    pub items_not_shown: Plural,

    // "Det skal du være opmærksom på". Named placeholders: {n}, {amount}, {date}, {benefit}.
    pub attention: &'static str,
    pub attention_overdue: Plural,
    pub attention_due_soon: Plural,
    pub attention_next_payment: &'static str,
    pub attention_active_cases: Plural,
    /// A pay link shared by several claims.
    pub attention_pay: &'static str,

    // Sections and lists.
    pub cases: &'static str,
    pub benefits: &'static str,
    pub claims: &'static str,
    pub no_cases: &'static str,
    pub no_benefits: &'static str,
    pub no_claims: &'static str,
    pub no_match: &'static str,
    pub show_more: &'static str,
    pub showing: &'static str,
    /// Said by the live region after a filter or sorting changed a list: section, count, total.
    pub matching: &'static str,
    pub filter_cases: &'static str,
    pub filter_claims: &'static str,
    pub filter_all: &'static str,
    pub filter_active: &'static str,
    pub filter_closed: &'static str,
    pub sort: &'static str,
    pub sort_newest: &'static str,
    pub sort_oldest: &'static str,

    // Cases.
    pub title_access_request: &'static str,
    pub title_access_request_plain: &'static str,
    pub title_complaint: &'static str,
    pub title_complaint_plain: &'static str,
    pub title_property: &'static str,
    pub title_case_at: &'static str,
    pub title_case: &'static str,
    pub authority: &'static str,
    pub case_number: &'static str,
    pub created: &'static str,
    pub progress: &'static str,
    pub steps: [StepTexts; 4],
    pub step_done: &'static str,
    pub step_current: &'static str,
    pub step_upcoming: &'static str,
    pub state_other: &'static str,
    pub state_unknown: &'static str,
    /// Before what happens next: "Hvad sker der nu?"
    pub what_next: &'static str,
    /// What happens next in a case whose last progress code is not one of the four; the
    /// authority's name fills it. Never a guess at which step it is.
    pub next_other: &'static str,
    /// The same of a case with no progress history.
    pub next_unknown: &'static str,
    pub property: &'static str,
    pub documents: &'static str,
    pub incoming: &'static str,
    pub outgoing: &'static str,
    pub internal: &'static str,
    pub verification_only: &'static str,
    pub self_service: &'static str,
    pub access_to_records: &'static str,
    pub contact_and_breach: &'static str,
    pub contact: &'static str,
    pub phone: &'static str,
    pub opening_hours: &'static str,
    pub email: &'static str,
    pub website: &'static str,
    pub website_link: &'static str,
    pub breach: &'static str,
    pub breach_intro: &'static str,
    pub breach_digital_post: &'static str,
    pub digital_post: &'static str,
    pub unknown_authority: &'static str,

    // Benefits.
    /// A benefit's payment dated after today.
    pub next_payment: &'static str,
    pub paid_by: &'static str,
    pub period: &'static str,
    pub period_from: &'static str,
    pub benefit_active: &'static str,
    pub benefit_inactive: &'static str,
    pub benefit_passive: &'static str,
    pub benefit_other: &'static str,
    pub repayable: &'static str,
    pub payments: &'static str,
    pub no_payments: &'static str,
    pub year_total: &'static str,
    pub payment_date: &'static str,
    pub gross: &'static str,
    pub net: &'static str,
    pub paid_out: &'static str,
    /// The label of the period choice of a payment history, and the periods.
    pub payments_from: &'static str,
    pub period_three_months: &'static str,
    pub period_this_year: &'static str,
    pub period_last_year: &'static str,
    pub period_all: &'static str,
    pub total_paid: &'static str,
    pub total_gross: &'static str,
    pub total_net: &'static str,
    /// A period's after-tax total when some payment has no after-tax amount.
    pub net_unknown: &'static str,
    pub no_payments_in_period: &'static str,
    /// Said by the live region when the period changes.
    pub payments_in_period: Plural,
    pub benefit_self_service: &'static str,

    // Claims.
    pub claim_paid: &'static str,
    pub claim_upcoming: &'static str,
    pub claim_overdue: &'static str,
    pub claim_debt_collection: &'static str,
    pub claim_unknown: &'static str,
    pub claim_unknown_note: &'static str,
    pub claim_debt_collection_note: &'static str,
    pub claim_to: &'static str,
    pub amount: &'static str,
    pub outstanding: &'static str,
    pub due_date: &'static str,
    pub paid_date: &'static str,
    pub pay: &'static str,

    // The verification view (for municipal staff).
    pub verification_banner_title: &'static str,
    pub verification_banner_body: &'static str,
    /// Printed instead of the verification view.
    pub verification_no_print: &'static str,

    // Dates and money.
    pub months: [&'static str; 12],
    pub long_date: &'static str,
    pub short_date: &'static str,
    pub time: &'static str,
    pub thousands: char,
    pub decimal: char,
    pub money: &'static str,
}
