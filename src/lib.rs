//! Mit Overblik: a citizen's cases, benefits and payments on borger.dk.
//!
//! The data flows down the module tree: [`api`] decodes the response, [`kle`] knows the
//! subject classification, [`rules`] hold the presentation rules, [`present`] applies them to
//! a whole overview for one view and language, and `widget` (browser only) renders the result.
//! Everything above `widget` is plain Rust, tested natively.

pub mod api;
pub mod client;
pub mod i18n;
pub(crate) mod kle;
pub mod present;
pub mod rules;
pub(crate) mod sort;

#[cfg(target_arch = "wasm32")]
pub mod widget;
