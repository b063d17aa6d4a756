//! The kinds of finding a scan reports: the rules' (as the preview shows them), and a response
//! or an input that could not be read at all.

use mit_overblik::i18n::Lang;
use mit_overblik::rules::findings::FindingKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ScanKind {
    Rule(FindingKind),
    /// A line or file that is not an overview (not JSON, cut off, not the contract).
    UnreadableResponse,
    /// A file or line that could not be read (missing, not UTF-8, too large).
    UnreadableInput,
}

impl ScanKind {
    /// Every kind, the rules' first, in their order.
    pub fn all() -> impl Iterator<Item = ScanKind> {
        FindingKind::ALL
            .into_iter()
            .map(ScanKind::Rule)
            .chain([ScanKind::UnreadableResponse, ScanKind::UnreadableInput])
    }

    /// The stable name in the CSV and for `--fail-on`.
    pub fn key(self) -> &'static str {
        match self {
            ScanKind::UnreadableResponse => "unreadable-response",
            ScanKind::UnreadableInput => "unreadable-input",
            ScanKind::Rule(kind) => match kind {
                FindingKind::MalformedItem => "malformed-item",
                FindingKind::MalformedEntries => "malformed-entries",
                FindingKind::UnsafeUrl => "unsafe-url",
                FindingKind::MaskedCpr => "masked-cpr",
                FindingKind::RemovedMarkup => "removed-markup",
                FindingKind::RemovedHiddenCharacters => "removed-hidden-characters",
                FindingKind::UnknownKle => "unknown-kle",
                FindingKind::MissingProgress => "missing-progress",
                FindingKind::NoContact => "no-contact",
                FindingKind::NoBreachReporting => "no-breach-reporting",
                FindingKind::UnknownReference => "unknown-reference",
                FindingKind::UnknownValue => "unknown-value",
                FindingKind::UnusableContact => "unusable-contact",
                FindingKind::BuildingCaseBasis => "building-case-basis",
                FindingKind::AuthorityUnavailable => "authority-unavailable",
                FindingKind::MissingCaseNumber => "missing-case-number",
                FindingKind::KleNotForCitizens => "kle-not-for-citizens",
                FindingKind::FarPlannedPayment => "far-planned-payment",
                FindingKind::WatchWord => "watch-word",
                FindingKind::WatchWordVerificationOnly => "watch-word-verification-only",
            },
        }
    }

    pub fn from_key(key: &str) -> Option<ScanKind> {
        ScanKind::all().find(|k| k.key() == key)
    }

    /// What staff read: the preview's words for the rules' kinds.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (ScanKind::Rule(kind), _) => lang.staff().finding_kind(kind),
            (ScanKind::UnreadableResponse, Lang::Da) => "Svar, der ikke er et overblik",
            (ScanKind::UnreadableResponse, Lang::En) => "Response that is not an overview",
            (ScanKind::UnreadableInput, Lang::Da) => "Fil eller linje, der ikke kan læses",
            (ScanKind::UnreadableInput, Lang::En) => "File or line that cannot be read",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_key_and_is_found_by_it() {
        let keys: Vec<&str> = ScanKind::all().map(ScanKind::key).collect();
        let mut unique = keys.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), keys.len(), "{keys:?}");
        for kind in ScanKind::all() {
            assert_eq!(ScanKind::from_key(kind.key()), Some(kind));
            assert!(!kind.label(Lang::Da).is_empty() && kind.label(Lang::Da) != kind.label(Lang::En));
        }
    }
}
