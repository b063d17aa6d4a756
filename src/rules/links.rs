//! Links and contact details: self-service deep links, phone numbers, e-mail addresses.

use crate::api::SelfServiceLink;
use crate::search;

use super::url::{SafeUrl, UrlProblem};

/// The placeholder a self-service URL may carry.
pub const CASE_NUMBER_PLACEHOLDER: &str = "{caseNumber}";

/// The self-service entry for a case: the one for its IT system, else the default
/// (`itSystem: null`). IT system names are compared without case and surrounding spaces.
pub fn choose_self_service<'a>(entries: &'a [SelfServiceLink], it_system: Option<&str>) -> Option<&'a SelfServiceLink> {
    let same = |a: &str, b: &str| a.trim().eq_ignore_ascii_case(b.trim());
    it_system
        .and_then(|system| entries.iter().find(|e| e.it_system.as_deref().is_some_and(|s| same(s, system))))
        .or_else(|| entries.iter().find(|e| e.it_system.is_none()))
}

/// A deep link with `{caseNumber}` filled in, percent-encoded, then checked.
/// With no case number a URL that needs one is not made rather than sent half-filled.
pub fn deep_link(template: &str, case_number: Option<&str>) -> Result<SafeUrl, UrlProblem> {
    if search::find(template, CASE_NUMBER_PLACEHOLDER).is_none() {
        return SafeUrl::web(template);
    }
    let number = case_number.map(str::trim).filter(|n| !n.is_empty()).ok_or(UrlProblem::NeedsCaseNumber)?;
    // Checked before encoding, which would hide a separated CPR number from the URL check.
    if super::text::clean(number).masked_cpr > 0 {
        return Err(UrlProblem::PersonalData);
    }
    SafeUrl::web(&search::replace(template, CASE_NUMBER_PLACEHOLDER, &percent_encode(number)))
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A phone number as shown and as dialled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// `+45 12 34 56 78` for Danish numbers, its spaces no-break spaces so that the number is
    /// never broken over two lines; foreign ones as `+` and digits.
    pub display: String,
    pub href: SafeUrl,
}

/// Reads a phone number written any common way (`12345678`, `12 34 56 78`, `+45 1234 5678`,
/// `0045-12345678`). `None` when it is not a number one can call.
pub fn phone(raw: &str) -> Option<Phone> {
    let trimmed = raw.trim();
    if trimmed.is_empty()
        || !trimmed.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '.' | '(' | ')' | '/'))
    {
        return None;
    }
    let plus = trimmed.starts_with('+');
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    let international = match (plus, digits.len()) {
        (false, 8) => format!("45{digits}"),
        (false, _) if digits.starts_with("0045") && digits.len() == 12 => digits.get(2..)?.to_owned(),
        (true, 8..=15) => digits,
        _ => return None,
    };
    let display = match international.strip_prefix("45") {
        Some(national) if national.len() == 8 => {
            let pairs: Option<Vec<&str>> = (0..4).map(|i| national.get(i * 2..i * 2 + 2)).collect();
            format!("+45\u{a0}{}", pairs?.join("\u{a0}"))
        }
        _ => format!("+{international}"),
    };
    Some(Phone { display, href: SafeUrl::tel(&format!("+{international}")) })
}

/// An e-mail address fit for a `mailto:` link: one `@`, a dotted domain, nothing that could
/// add headers or break out of the link.
pub fn email(raw: &str) -> Option<(String, SafeUrl)> {
    let address = raw.trim();
    let (local, domain) = address.split_once('@')?;
    let plain = |s: &str| {
        !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-'))
    };
    let ok = plain(local)
        && plain(domain)
        && domain.as_bytes().contains(&b'.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && address.len() <= 254;
    ok.then(|| (address.to_owned(), SafeUrl::mailto(address)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(it_system: Option<&str>, url: &str) -> SelfServiceLink {
        SelfServiceLink { it_system: it_system.map(str::to_owned), url: url.to_owned(), label: None }
    }

    #[test]
    fn chooses_the_case_systems_link_else_the_default() {
        let entries = [
            entry(Some("KMD Sag"), "https://kmd.kk.dk/"),
            entry(None, "https://kk.dk/default"),
            entry(Some("Byg og Miljø"), "https://bom.dk/"),
        ];
        let table = [
            (Some("Byg og Miljø"), Some("https://bom.dk/")),
            (Some(" kmd sag "), Some("https://kmd.kk.dk/")),
            (Some("Ukendt"), Some("https://kk.dk/default")),
            (None, Some("https://kk.dk/default")),
        ];
        for (system, expected) in table {
            assert_eq!(choose_self_service(&entries, system).map(|e| e.url.as_str()), expected, "{system:?}");
        }
        assert_eq!(choose_self_service(&entries[..1], Some("Andet")), None);
    }

    #[test]
    fn fills_and_encodes_the_case_number() {
        let table = [
            ("https://kk.dk/sag/{caseNumber}", Some("2026-001"), Ok("https://kk.dk/sag/2026-001")),
            ("https://kk.dk/sag?nr={caseNumber}", Some("S 12/ø&x"), Ok("https://kk.dk/sag?nr=S%2012%2F%C3%B8%26x")),
            ("https://kk.dk/sag/{caseNumber}", None, Err(UrlProblem::NeedsCaseNumber)),
            ("https://kk.dk/sag/{caseNumber}", Some("  "), Err(UrlProblem::NeedsCaseNumber)),
            ("https://kk.dk/oversigt", None, Ok("https://kk.dk/oversigt")),
            ("javascript:alert('{caseNumber}')", Some("1"), Err(UrlProblem::NotHttps)),
            ("https://kk.dk/sag/{caseNumber}", Some("010190 1234"), Err(UrlProblem::PersonalData)),
            ("https://kk.dk/sag/{caseNumber}", Some("0101\u{200B}901234"), Err(UrlProblem::PersonalData)),
        ];
        for (template, number, expected) in table {
            let got = deep_link(template, number);
            assert_eq!(got.as_ref().map(SafeUrl::as_str).map_err(|e| *e), expected, "{template} {number:?}");
        }
    }

    #[test]
    fn formats_phone_numbers() {
        let table = [
            ("33663366", Some(("+45\u{a0}33\u{a0}66\u{a0}33\u{a0}66", "tel:+4533663366"))),
            ("33 66 33 66", Some(("+45\u{a0}33\u{a0}66\u{a0}33\u{a0}66", "tel:+4533663366"))),
            ("+45 3366 3366", Some(("+45\u{a0}33\u{a0}66\u{a0}33\u{a0}66", "tel:+4533663366"))),
            ("0045-33663366", Some(("+45\u{a0}33\u{a0}66\u{a0}33\u{a0}66", "tel:+4533663366"))),
            ("+46 8 123 456 78", Some(("+46812345678", "tel:+46812345678"))),
            ("+45 123 456 789", Some(("+45123456789", "tel:+45123456789"))),
            ("1234", None),
            ("0045 123 456", None),
            ("1234 5678 9012", None),
            ("tlf. 33663366", None),
            ("ring til os", None),
            ("javascript:alert(1)", None),
            ("", None),
        ];
        for (raw, expected) in table {
            let got = phone(raw);
            assert_eq!(got.as_ref().map(|p| (p.display.as_str(), p.href.as_str())), expected, "{raw:?}");
        }
    }

    #[test]
    fn accepts_only_plain_email_addresses() {
        assert_eq!(
            email(" borgerservice@kk.dk ").map(|(_, h)| h.as_str().to_owned()),
            Some("mailto:borgerservice@kk.dk".into())
        );
        for bad in ["kk.dk", "a@b", "a@b.dk?cc=x@y.dk", "a b@kk.dk", "<a@kk.dk>", "@kk.dk", "a@.dk"] {
            assert_eq!(email(bad), None, "{bad:?}");
        }
    }
}
