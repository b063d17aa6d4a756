//! The widget's loading state. The loader (`public/embed.js`) draws the same markup, with the
//! same unhashed classes (`style/placeholder.module.css`), before the WebAssembly has arrived;
//! when the widget mounts, its first view takes the placeholder's place without a pixel
//! moving. A change here needs the same change there.

use leptos::prelude::*;

/// The widget's region, its heading, and the text only screen readers read.
pub const REGION: &str = "mo-region";
pub const TITLE: &str = "mo-title";
pub const VISUALLY_HIDDEN: &str = "mo-visually-hidden";

/// Grey blocks where the overview's headings and cards will stand.
#[component]
pub fn Skeleton() -> impl IntoView {
    let bone = |kind: &'static str| view! { <div class=format!("mo-bone {kind}")></div> };
    view! {
        <div class="mo-skeleton" aria-hidden="true">
            {bone("mo-bone-heading")}{bone("mo-bone-card")}{bone("mo-bone-card")}
            {bone("mo-bone-heading")}{bone("mo-bone-card")}
            {bone("mo-bone-heading")}{bone("mo-bone-card")}
        </div>
    }
}
