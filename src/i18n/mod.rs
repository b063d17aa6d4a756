//! Every text a citizen reads, in Danish (the default) and English, and the formatting of
//! dates and money. Nothing citizen-facing is written anywhere else.

#[cfg(feature = "preview")]
use crate::rules::findings::FindingKind;

mod da;
mod en;
pub mod format;
mod words;

pub use words::count;

/// The widget's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    /// Reads a `lang` attribute value: English for any English tag (`en`, `en-GB`, `en_US`),
    /// anything else Danish. `embed.js` reads it by the same rule.
    pub fn parse(code: &str) -> Self {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("en") {
            Self::En
        } else {
            Self::Da
        }
    }

    /// The BCP 47 code for `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Self::Da => "da",
            Self::En => "en",
        }
    }

    /// The language's own name for itself, for language pickers.
    pub fn autonym(self) -> &'static str {
        match self {
            Self::Da => "Dansk",
            Self::En => "English",
        }
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Self::Da => &da::TEXTS,
            Self::En => &en::TEXTS,
        }
    }

    /// The preview's texts (the preview build only).
    #[cfg(feature = "preview")]
    pub fn staff(self) -> &'static StaffTexts {
        match self {
            Self::Da => &da::STAFF,
            Self::En => &en::STAFF,
        }
    }
}

/// Fills the first `{}` of a template.
pub fn fill(template: &str, value: &str) -> String {
    fill_all(template, &[value])
}

/// Fills the `{}` of a template in order, in one pass: a `{}` that is part of a value (data
/// from the API) stays as it is.
pub fn fill_all(template: &str, values: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + values.iter().map(|v| v.len()).sum::<usize>());
    let mut rest = template;
    for value in values {
        let Some((before, after)) = crate::search::split_once(rest, "{}") else { break };
        out.push_str(before);
        out.push_str(value);
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Fills named placeholders (`{d}`, `{month}`) in one pass; a name not given stays as written.
pub fn fill_named(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + values.iter().map(|(_, v)| v.len()).sum::<usize>());
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let named = after.split_once('}').and_then(|(name, closed)| {
            values.iter().find(|(given, _)| *given == name).map(|(_, value)| (value, closed))
        });
        match named {
            Some((value, closed)) => {
                out.push_str(value);
                rest = closed;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A text with a singular and a plural form; `{}` is the count.
pub struct Plural {
    pub one: &'static str,
    pub many: &'static str,
}

impl Plural {
    pub fn of(&self, count: usize) -> String {
        fill(self.pick(count), &count.to_string())
    }

    /// The form for `count`, for templates with named placeholders.
    pub fn pick(&self, count: usize) -> &'static str {
        if count == 1 {
            self.one
        } else {
            self.many
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_english_tag_is_english() {
        // The same table as the loader's test (tests/browser/embed.test.mjs).
        let table = [
            ("en", Lang::En),
            ("EN", Lang::En),
            ("en-GB", Lang::En),
            (" en-gb ", Lang::En),
            ("en-AU", Lang::En),
            ("en_US", Lang::En),
            ("da", Lang::Da),
            ("da-DK", Lang::Da),
            ("english", Lang::Da),
            ("", Lang::Da),
            ("fr", Lang::Da),
            ("eng", Lang::Da),
        ];
        for (tag, lang) in table {
            assert_eq!(Lang::parse(tag), lang, "{tag:?}");
        }
    }

    #[test]
    fn placeholders_are_filled_once_each() {
        // A `{}` in a value from the API is the citizen's text, not a placeholder.
        assert_eq!(fill_all("{} hos {}", &["Sag {}", "Aarhus Kommune"]), "Sag {} hos Aarhus Kommune");
        assert_eq!(fill_all("{} og {}", &["a"]), "a og {}", "a placeholder without a value stays");
        assert_eq!(fill("Klage: {}", "{x}"), "Klage: {x}");
        assert_eq!(
            fill_named("{d}. {month} {year}", &[("d", "5"), ("month", "{year}"), ("year", "2026")]),
            "5. {year} 2026"
        );
        assert_eq!(fill_named("{a} {b", &[("a", "1")]), "1 {b");
    }
}
