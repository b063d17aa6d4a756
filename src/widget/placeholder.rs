//! The widget's loading state. The loader (`public/embed.js`) draws the same markup, with the
//! same unhashed classes (`super::style`), before the WebAssembly has arrived; when the widget
//! mounts, its first view takes the placeholder's place without a pixel moving.
//! `tests/loader.rs` fails if the two differ.

use super::markup::{el, Element};
use super::style::{BONE, SKELETON};

/// The blocks of the loading state, in order: where the overview's headings and cards will stand.
pub const BONES: [&str; 7] = ["heading", "card", "card", "heading", "card", "heading", "card"];

/// Grey blocks where the overview's headings and cards will stand.
pub fn skeleton() -> Element {
    el("div")
        .class(SKELETON)
        .attr("aria-hidden", "true")
        .children(BONES.iter().map(|kind| el("div").class(&format!("{BONE} {BONE}-{kind}"))))
}
