//! Which URLs may become a link.
//!
//! A link from the API is rendered only as a [`SafeUrl`], which can be made only by the checks
//! here: `https:` with a plain host name, or `http:` to this machine for the local preview.
//! Anything else (`javascript:`, `data:`, relative, protocol-relative, user names in the
//! authority, spaces or quotes) is refused.

/// A URL that passed the checks. The only type a view accepts for `href`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SafeUrl(String);

/// Why a URL was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlProblem {
    Empty,
    /// Not `https:` (or is relative): `javascript:`, `data:`, `ftp:`, `//host`, `/path` …
    NotHttps,
    /// Looks like a web address but is not a well-formed one.
    Malformed,
    /// Carries a CPR-like number: the citizen's identity would go to another site's logs.
    PersonalData,
    /// A `{caseNumber}` template for an item without a case number: a gap in the data, not
    /// an unsafe address.
    NeedsCaseNumber,
}

impl SafeUrl {
    /// Checks a web address from the API.
    pub fn web(raw: &str) -> Result<Self, UrlProblem> {
        let url = raw.trim();
        if url.is_empty() {
            return Err(UrlProblem::Empty);
        }
        let Some((scheme, rest)) = url.split_once(':') else { return Err(UrlProblem::NotHttps) };
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "https" && scheme != "http" {
            return Err(UrlProblem::NotHttps);
        }
        let rest = rest.strip_prefix("//").ok_or(UrlProblem::Malformed)?;
        if url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '\\' | '`' | '^' | '|'))
        {
            return Err(UrlProblem::Malformed);
        }
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let (host, port) = split_port(authority).ok_or(UrlProblem::Malformed)?;
        if !port.is_none_or(is_port) {
            return Err(UrlProblem::Malformed);
        }
        let local = is_this_machine(host);
        if !local && !is_dns_name(host) {
            return Err(UrlProblem::Malformed);
        }
        if scheme == "http" && !local {
            return Err(UrlProblem::NotHttps);
        }
        if super::text::mask_cpr(url).1 > 0 {
            return Err(UrlProblem::PersonalData);
        }
        Ok(Self(format!("{scheme}:{}", url.get(scheme.len() + 1..).ok_or(UrlProblem::Malformed)?)))
    }

    /// A `tel:` link to an international number (`+` and digits), built by the phone rule.
    pub(crate) fn tel(international: &str) -> Self {
        debug_assert!(international.starts_with('+') && international[1..].bytes().all(|b| b.is_ascii_digit()));
        Self(format!("tel:{international}"))
    }

    /// A `mailto:` link to an address the e-mail rule accepted.
    pub(crate) fn mailto(address: &str) -> Self {
        Self(format!("mailto:{address}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Host and optional port; `None` when the authority has a user name or is empty.
pub(crate) fn split_port(authority: &str) -> Option<(&str, Option<&str>)> {
    if authority.is_empty() || authority.as_bytes().contains(&b'@') {
        return None;
    }
    if let Some(v6) = authority.strip_prefix("[::1]") {
        return match v6 {
            "" => Some(("[::1]", None)),
            _ => v6.strip_prefix(':').map(|p| ("[::1]", Some(p))),
        };
    }
    Some(match authority.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    })
}

/// A port number: one to five digits, at most 65535.
pub(crate) fn is_port(port: &str) -> bool {
    !port.is_empty()
        && port.len() <= 5
        && port.bytes().all(|b| b.is_ascii_digit())
        && port.parse::<u32>().is_ok_and(|n| n <= 65535)
}

/// The machine the browser runs on, where `http:` is allowed (the local preview).
pub(crate) fn is_this_machine(host: &str) -> bool {
    matches!(host.to_ascii_lowercase().as_str(), "localhost" | "127.0.0.1" | "[::1]")
}

/// An ASCII host name of dot-separated labels, with a dot (no bare intranet names).
pub(crate) fn is_dns_name(host: &str) -> bool {
    let host = host.strip_suffix('.').unwrap_or(host);
    host.len() <= 253
        && host.as_bytes().contains(&b'.')
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_https_and_local_http() {
        let table = [
            ("https://www.borger.dk/", "https://www.borger.dk/"),
            ("  HTTPS://selvbetjening.aarhus.dk/sag?id=1#top ", "https://selvbetjening.aarhus.dk/sag?id=1#top"),
            ("https://kk.dk:8443/x", "https://kk.dk:8443/x"),
            ("http://localhost:8080/preview", "http://localhost:8080/preview"),
            ("http://127.0.0.1/a", "http://127.0.0.1/a"),
            ("http://[::1]:9000/", "http://[::1]:9000/"),
            ("http://[::1]/preview", "http://[::1]/preview"),
            ("https://xn--r-bia.dk/æøå", "https://xn--r-bia.dk/æøå"),
        ];
        for (input, expected) in table {
            assert_eq!(SafeUrl::web(input).map(|u| u.0), Ok(expected.to_owned()), "{input:?}");
        }
    }

    #[test]
    fn refuses_everything_else() {
        use UrlProblem::*;
        let table = [
            ("", Empty),
            ("   ", Empty),
            ("javascript:alert(1)", NotHttps),
            ("JaVaScRiPt:alert(1)", NotHttps),
            ("data:text/html,<script>alert(1)</script>", NotHttps),
            ("//evil.example/x", NotHttps),
            ("/relative/path", NotHttps),
            ("relative", NotHttps),
            ("ftp://files.kk.dk/", NotHttps),
            ("http://www.kk.dk/", NotHttps),
            ("https:www.kk.dk", Malformed),
            ("https://", Malformed),
            ("https://user:pw@kk.dk/", Malformed),
            ("https://kk.dk/a b", Malformed),
            ("https://kk.dk/\"onmouseover=x", Malformed),
            ("https://kk.dk:99999/", Malformed),
            ("https://kk.dk:/", Malformed),
            ("https://intranet/", Malformed),
            ("https://-bad.dk/", Malformed),
            ("https://kk.dk\\@evil.dk/", Malformed),
            ("https://kk.dk/\u{0}", Malformed),
            ("https://københavn.dk/", Malformed),
            ("https://kk.dk/sag/0101901234", PersonalData),
            ("https://kk.dk/?cpr=010190-1234", PersonalData),
        ];
        for (input, problem) in table {
            assert_eq!(SafeUrl::web(input), Err(problem), "{input:?}");
        }
    }
}
