//! What the tests share: every text a presentation shows and every address it links to, read
//! from the view models themselves (`present::shown`; not their `Debug` form, which escapes
//! the very characters the safety checks look for), and independent checks of the safety
//! promise.

#![allow(dead_code)] // Each test file uses its own part.

use chrono::NaiveDate;
use mit_overblik::i18n::Lang;
use mit_overblik::present::shown::{self, Seen};
use mit_overblik::present::{Presentation, FIRST_PAGE};
use mit_overblik::rules::text::CPR_MASK;

mod day;
pub use day::fixtures_day;

/// The repository's root: this crate's folder, or the parent of the scanning command's
/// (whose tests share this module).
pub fn root() -> &'static std::path::Path {
    let crate_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    match crate_dir.join("public").is_dir() {
        true => crate_dir,
        false => crate_dir.parent().unwrap_or(crate_dir),
    }
}

/// A test citizen's response, as `public/fixtures/{id}.json` has it.
pub fn fixture_body(id: &str) -> String {
    let path = root().join(format!("public/fixtures/{id}.json")).display().to_string();
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A test citizen, decoded.
pub fn fixture(id: &str) -> mit_overblik::api::Overview {
    mit_overblik::api::decode(&fixture_body(id)).unwrap_or_else(|e| panic!("{id}: {e}"))
}

/// What a presentation shows a person.
#[derive(Debug, Default)]
pub struct Shown {
    /// Every text, each as one string.
    pub texts: Vec<String>,
    /// Every link's address.
    pub hrefs: Vec<String>,
}

impl Shown {
    /// Whether any text contains `needle`.
    pub fn contains(&self, needle: &str) -> bool {
        self.texts.iter().chain(&self.hrefs).any(|t| t.contains(needle))
    }
}

/// Everything the citizen (or, in the verification view, the municipality's staff) reads in
/// the overview itself (`present::shown`, which takes every view model apart field by field).
pub fn shown(p: &Presentation) -> Shown {
    let mut out = Shown::default();
    shown::each(p, &mut |_, seen| match seen {
        Seen::Text(t) => out.texts.push(t.to_owned()),
        Seen::Href(h) => out.hrefs.push(h.to_owned()),
    });
    out
}

/// The findings for staff, as the preview lists them (kind, item, detail).
#[cfg(feature = "preview")]
pub fn findings(p: &Presentation, lang: Lang) -> Vec<String> {
    let t = lang.staff();
    p.findings.iter().map(|f| format!("{} {}: {}", t.finding_kind(f.kind), t.item(&f.item), f.detail)).collect()
}

/// Separators a person reads between a CPR number's date and its serial: hyphens and dashes
/// of every kind, and spaces (the no-break ones are folded to a plain space by cleaning, but
/// the check does not count on it).
pub const CPR_SEPARATORS: &[char] = &[
    // A hyphen, every dash, the minus sign.
    '-', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2015}', '\u{2212}',
    // Every space of Unicode's White_Space.
    '\t', '\n', '\u{0B}', '\u{0C}', '\r', ' ', '\u{85}', '\u{A0}', '\u{1680}', '\u{2000}', '\u{2001}', '\u{2002}',
    '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}', '\u{2009}', '\u{200A}', '\u{2028}',
    '\u{2029}', '\u{202F}', '\u{205F}', '\u{3000}',
];

/// The first CPR-like number in `text`: `ddmmyy`, at most one separator, four digits, not
/// part of a longer run of digits, with `ddmmyy` a day that exists in some century.
/// Independent of the widget's own masking, so that it can catch it.
pub fn cpr_like(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    for start in 0..chars.len() {
        if !digit(start) || (start > 0 && digit(start - 1)) || !(start..start + 6).all(digit) {
            continue;
        }
        let after_date = start + 6;
        let serial =
            if chars.get(after_date).is_some_and(|c| CPR_SEPARATORS.contains(c)) { after_date + 1 } else { after_date };
        if !(serial..serial + 4).all(digit) || digit(serial + 4) {
            continue;
        }
        let n =
            |i: usize| chars[start + i].to_digit(10).unwrap_or(0) * 10 + chars[start + i + 1].to_digit(10).unwrap_or(0);
        // A year divisible by four is a leap year in 2000 + yy, as it is in some century.
        let real = i32::try_from(n(4)).ok().and_then(|yy| NaiveDate::from_ymd_opt(2000 + yy, n(2), n(0))).is_some();
        if real {
            return Some(chars[start..serial + 4].iter().collect());
        }
    }
    None
}

/// Characters a reader cannot see that change what is shown.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// Something a browser would read as a tag if the text were ever put in as HTML. The CPR
/// mask is the widget's own text: `<0101901234` rightly becomes `<xxxxxx-xxxx`.
pub fn markup(text: &str) -> bool {
    text.match_indices('<').any(|(i, _)| {
        let next = &text[i + 1..];
        !next.starts_with(CPR_MASK)
            && next.chars().next().is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?'))
    })
}

/// Whether `href` is an address the widget may link to: `https:` to a DNS name, `http:` to
/// this machine exactly (the preview), `tel:` to an international number, `mailto:` to a
/// plain address. Hosts are compared whole: `localhost.evil` is not this machine.
pub fn allowed_href(href: &str) -> bool {
    if href.chars().any(|c| c.is_whitespace() || c.is_control() || "<>\"`\\^|".contains(c)) {
        return false;
    }
    if let Some(number) = href.strip_prefix("tel:+") {
        return !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
    }
    if let Some(address) = href.strip_prefix("mailto:") {
        let plain = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "._%+-".contains(c));
        return address
            .split_once('@')
            .is_some_and(|(local, domain)| plain(local) && plain(domain) && domain.contains('.'));
    }
    let (rest, local_only) = match (href.strip_prefix("https://"), href.strip_prefix("http://")) {
        (Some(rest), _) => (rest, false),
        (None, Some(rest)) => (rest, true),
        _ => return false,
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') {
        return false;
    }
    let (name, port) = match authority.strip_prefix("[::1]") {
        Some("") => ("[::1]", None),
        Some(after) => ("[::1]", Some(after.strip_prefix(':').unwrap_or("not a port"))),
        None => match authority.split_once(':') {
            Some((name, port)) => (name, Some(port)),
            None => (authority, None),
        },
    };
    if port.is_some_and(|p| !valid_port(p)) {
        return false;
    }
    let loopback = matches!(name, "localhost" | "127.0.0.1" | "[::1]");
    if local_only {
        return loopback;
    }
    loopback || dns_name(name)
}

fn valid_port(p: &str) -> bool {
    (1..=5).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()) && p.parse::<u32>().is_ok_and(|n| n <= 65535)
}

fn dns_name(host: &str) -> bool {
    let host = host.strip_suffix('.').unwrap_or(host);
    host.contains('.')
        && host.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// What breaks the safety promise in what is shown, if anything: an unmasked CPR-like
/// number, markup, a hidden character, a link that is not allowed, or `forbidden` text (the
/// caseworker).
pub fn unsafe_in(shown: &Shown, forbidden: &str) -> Option<String> {
    for t in &shown.texts {
        if let Some(cpr) = cpr_like(t) {
            return Some(format!("CPR-like {cpr:?} in {t:?}"));
        }
        if markup(t) {
            return Some(format!("markup in {t:?}"));
        }
        if t.chars().any(is_hidden) {
            return Some(format!("a hidden character in {t:?}"));
        }
    }
    for href in &shown.hrefs {
        if !allowed_href(href) {
            return Some(format!("link {href:?}"));
        }
        if let Some(cpr) = cpr_like(href) {
            return Some(format!("CPR-like {cpr:?} in link {href:?}"));
        }
    }
    (!forbidden.is_empty() && shown.contains(forbidden)).then(|| format!("{forbidden:?} is shown"))
}

/// The languages, for tests that check both.
pub const LANGS: [Lang; 2] = [Lang::Da, Lang::En];

/// Whether `first` (what [`Presenting::first_pages`] gave) is the start of `whole`: the first
/// page of each section in the same order, at least [`FIRST_PAGE`] cards where the section has
/// them (and every claim the summary counts), the same summary, counts and notices. `None`
/// when it is; else what differs.
///
/// [`Presenting::first_pages`]: mit_overblik::present::Presenting::first_pages
pub fn first_pages_differ(first: &Presentation, whole: &Presentation) -> Option<String> {
    fn prefix<T: PartialEq + std::fmt::Debug>(name: &str, first: &[T], whole: &[T]) -> Option<String> {
        let expected = whole.len().min(FIRST_PAGE);
        if first.len() < expected {
            return Some(format!("{name}: {} cards first, {expected} expected", first.len()));
        }
        (whole.get(..first.len()) != Some(first))
            .then(|| format!("{name}: the first cards are not the first of the whole"))
    }
    prefix("cases", &first.cases, &whole.cases)
        .or_else(|| prefix("benefits", &first.benefits, &whole.benefits))
        .or_else(|| prefix("claims", &first.claims, &whole.claims))
        .or_else(|| (first.attention != whole.attention).then(|| "the summary differs".to_owned()))
        .or_else(|| (first.outline != whole.outline).then(|| "the counts differ".to_owned()))
        .or_else(|| {
            let notices = |p: &Presentation| (p.updated.clone(), p.unavailable.clone(), p.not_shown.clone());
            (notices(first) != notices(whole)).then(|| "the notices differ".to_owned())
        })
        .or_else(|| first.complete.then(|| "the first pages say they are complete".to_owned()))
        .or_else(|| (!whole.complete).then(|| "the whole says it is not complete".to_owned()))
}
