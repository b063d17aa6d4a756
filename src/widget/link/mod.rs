//! A link that passed the URL rules: the one way the overview's markup writes an `href` from
//! data (the failure notice's log-in link, a `SafeUrl` too, is the shell's own).

use crate::present::Link;

use super::markup::{el, Element};

/// The link, with its kind for the host's events (`data-link`).
pub fn safe_link(link: &Link) -> Element {
    el("a").attr("href", link.href.as_str()).attr("data-link", link.kind.wire()).text(&link.text)
}
