//! The embedding contract: what a host page sets on the widget's element.

use crate::api::View;
use crate::api::OVERVIEW_PATH;
use crate::i18n::Lang;
use crate::rules::url::SafeUrl;

/// A heading level from 1 to 6: where the widget sits in the host page's outline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeadingLevel(u8);

impl HeadingLevel {
    /// The widget's own heading sits one level below the host's page heading by default.
    pub const DEFAULT: HeadingLevel = HeadingLevel(2);

    pub fn new(level: u8) -> Self {
        Self(level.clamp(1, 6))
    }

    pub fn get(self) -> u8 {
        self.0
    }

    /// `steps` levels further down, never past 6.
    pub fn below(self, steps: u8) -> Self {
        Self::new(self.0.saturating_add(steps))
    }
}

/// The widget's options, read from `data-*` attributes or given to the JavaScript API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Where the API lives: an `https:` URL, a local `http:` one, or a path on this site.
    pub api_base: String,
    pub lang: Lang,
    pub heading_level: HeadingLevel,
    pub view: View,
    /// Where a citizen whose session expired logs in again.
    pub login_url: Option<SafeUrl>,
    /// A test citizen (end-to-end test environment only).
    pub subject: Option<String>,
    /// How long to wait for the API before giving up.
    pub timeout_ms: u32,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            api_base: "/api".to_owned(),
            lang: Lang::Da,
            heading_level: HeadingLevel::DEFAULT,
            view: View::Citizen,
            login_url: None,
            subject: None,
            timeout_ms: 15_000,
        }
    }
}

impl Options {
    /// Reads options by attribute name (`api-base`, `lang`, `heading-level`, `view`,
    /// `login-url`, `subject`, `timeout-ms`); anything missing or unreadable keeps its default.
    pub fn read(get: impl Fn(&str) -> Option<String>) -> Self {
        let defaults = Self::default();
        let api_base =
            get("api-base").map(|b| b.trim().to_owned()).filter(|b| is_api_base(b)).unwrap_or(defaults.api_base);
        Self {
            api_base,
            lang: get("lang").map_or(defaults.lang, |l| Lang::parse(&l)),
            heading_level: get("heading-level")
                .and_then(|l| whole_number::<u8>(&l))
                .map_or(defaults.heading_level, HeadingLevel::new),
            view: get("view").map_or(defaults.view, |v| View::parse(&v)),
            login_url: get("login-url").and_then(|u| SafeUrl::web(&u).ok()),
            subject: get("subject").map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()),
            timeout_ms: get("timeout-ms")
                .and_then(|t| whole_number::<u32>(&t))
                .map_or(defaults.timeout_ms, |t| t.clamp(1_000, 120_000)),
        }
    }

    /// The overview request's address. No personal identifier is ever put in it. The query
    /// is encoded as the browser's `URLSearchParams` encodes it, so that the loader's early
    /// request (`embed.js`) and the widget's own have the same address.
    pub fn overview_url(&self) -> String {
        let mut url = format!("{}{OVERVIEW_PATH}?view={}", self.api_base.trim_end_matches('/'), self.view.wire());
        if let Some(subject) = &self.subject {
            url.push_str("&subject=");
            form_encode(subject, &mut url);
        }
        url
    }
}

/// application/x-www-form-urlencoded, byte for byte as `URLSearchParams.toString()`.
fn form_encode(value: &str, out: &mut String) {
    for byte in value.bytes() {
        match byte {
            b'*' | b'-' | b'.' | b'_' | b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z' => out.push(byte as char),
            b' ' => out.push('+'),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(HEX[usize::from(byte >> 4)] as char);
                out.push(HEX[usize::from(byte & 15)] as char);
            }
        }
    }
}

/// Decimal digits alone (no sign, no fraction), as embed.js reads them too; `None` past `T`.
fn whole_number<T: std::str::FromStr>(text: &str) -> Option<T> {
    let text = text.trim();
    (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok()).flatten()
}

/// Where the API may be: a path on the embedding site (`/api`), an `https:` address with a
/// host name and maybe a port, or `http:` on this machine (the local preview); printable ASCII
/// without a query, fragment, user name or the characters a link refuses. The loader
/// (`public/embed.js`, `isApiBase`) has the same rule: `tests/loader.rs` runs both on one table.
fn is_api_base(base: &str) -> bool {
    use crate::rules::url::{is_dns_name, is_port, is_this_machine, split_port};
    if !base.bytes().all(|b| (0x21..=0x7e).contains(&b) && !b"\\\"<>`^|?#@".contains(&b)) {
        return false;
    }
    if base.starts_with('/') {
        return !base.starts_with("//");
    }
    let Some((scheme, rest)) = crate::search::split_once(base, "://") else { return false };
    let authority = rest.split('/').next().unwrap_or_default();
    let Some((host, port)) = split_port(authority) else { return false };
    let local = is_this_machine(host);
    port.is_none_or(is_port)
        && (local || is_dns_name(host))
        && (scheme.eq_ignore_ascii_case("https") || (local && scheme.eq_ignore_ascii_case("http")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn read(pairs: &[(&str, &str)]) -> Options {
        let map: HashMap<&str, &str> = pairs.iter().copied().collect();
        Options::read(|name| map.get(name).map(|v| (*v).to_owned()))
    }

    #[test]
    fn defaults_and_values() {
        assert_eq!(read(&[]), Options::default());
        // The defaults of `docs/embedding.md`'s options, written out: a default compared only
        // with itself pins nothing.
        let d = Options::default();
        assert_eq!(
            (d.api_base.as_str(), d.lang, d.heading_level.get(), d.view, d.login_url, d.subject, d.timeout_ms),
            ("/api", Lang::Da, 2, View::Citizen, None, None, 15_000)
        );
        let o = read(&[
            ("api-base", "https://api.borger.dk/mit-overblik/"),
            ("lang", "en"),
            ("heading-level", "3"),
            ("view", "verification"),
            ("login-url", "https://www.borger.dk/log-ind"),
            ("subject", "kontanthjaelp"),
            ("timeout-ms", "5000"),
        ]);
        assert_eq!(
            o.overview_url(),
            "https://api.borger.dk/mit-overblik/v1/overview?view=verification&subject=kontanthjaelp"
        );
        assert_eq!((o.lang, o.heading_level.get(), o.timeout_ms), (Lang::En, 3, 5000));
        assert_eq!(o.login_url.as_ref().map(SafeUrl::as_str), Some("https://www.borger.dk/log-ind"));
    }

    #[test]
    fn bad_values_fall_back() {
        let o = read(&[
            ("api-base", "javascript:alert(1)"),
            ("lang", "fr"),
            ("heading-level", "9"),
            ("view", "admin"),
            ("login-url", "javascript:alert(1)"),
            ("timeout-ms", "1"),
        ]);
        assert_eq!(o.api_base, "/api");
        assert_eq!(
            (o.lang, o.heading_level.get(), o.view, o.login_url, o.timeout_ms),
            (Lang::Da, 6, View::Citizen, None, 1000)
        );
        assert_eq!(read(&[("api-base", "//evil.example")]).api_base, "/api");
        for base in ["/mit-overblik/api", "https://api.example.dk/mit-overblik"] {
            assert_eq!(read(&[("api-base", base)]).api_base, base, "a path or a safe URL is kept");
        }
        for base in ["/a b", "/a\\b", "/a<b", "http://api.example.dk", "javascript:alert(1)"] {
            assert_eq!(read(&[("api-base", base)]).api_base, "/api", "{base} refused");
        }
        assert_eq!(
            read(&[("subject", " a b&c=ø~* ")]).overview_url(),
            "/api/v1/overview?view=citizen&subject=a+b%26c%3D%C3%B8%7E*"
        );
        assert_eq!(
            read(&[]).overview_url(),
            "/api/v1/overview?view=citizen",
            "no subject outside the test environment"
        );
    }

    #[test]
    fn heading_levels_stay_in_range() {
        assert_eq!(HeadingLevel::new(0).get(), 1);
        assert_eq!(HeadingLevel::new(5).below(3).get(), 6);
    }
}
