//! The widget's loading state. The loader (`public/embed.js`) draws the same markup, with the
//! same unhashed classes (`style/placeholder.module.css`), before the WebAssembly has arrived;
//! when the widget mounts, its first view takes the placeholder's place without a pixel
//! moving. A change here needs the same change there.

use super::markup::{el, Element};

/// The widget's region, its heading, and the text only screen readers read.
pub const REGION: &str = "mo-region";
pub const TITLE: &str = "mo-title";
pub const VISUALLY_HIDDEN: &str = "mo-visually-hidden";

/// The blocks of the loading state, in order: where the overview's headings and cards will stand.
pub const BONES: [&str; 7] = ["heading", "card", "card", "heading", "card", "heading", "card"];

/// Grey blocks where the overview's headings and cards will stand.
pub fn skeleton() -> Element {
    el("div")
        .class("mo-skeleton")
        .attr("aria-hidden", "true")
        .children(BONES.iter().map(|kind| el("div").class(&format!("mo-bone mo-bone-{kind}"))))
}
