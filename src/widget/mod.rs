//! The widget in the browser (wasm32 only): the mounting of each instance in its own shadow
//! root, the widget itself (`app`: Leptos signals and effects), and the parts of the overview it
//! shows, each built as markup (`markup.rs`) and kept up to date by the signals.
//!
//! A part with styles of its own has its folder with its scoped CSS module beside its code.
//! The data they render comes ready from [`crate::present`].

mod app;
mod attention;
mod badge;
mod benefit_card;
mod browser;
mod card;
mod case_card;
mod claim_card;
#[cfg(feature = "preview")]
mod components;
mod contact;
mod contents;
mod controls;
mod disclosure;
mod events;
#[cfg(feature = "preview")]
mod findings;
mod link;
mod markup;
mod mount;
mod notice;
mod placeholder;
#[cfg(feature = "preview")]
mod preview;
mod requests;
mod section;
mod style;
mod timing;
mod transport;

#[cfg(feature = "preview")]
pub use mount::mount_preview;
pub use mount::{mount, Mounted};
