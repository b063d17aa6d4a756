//! Mit Overblik: a citizen's cases, benefits and payments on borger.dk.
//!
//! The data flows down the module tree: [`api`] decodes the response, [`kle`] knows the
//! subject classification, [`rules`] hold the presentation rules, [`i18n`] has every word a
//! citizen reads in Danish and English, [`present`] applies the rules to a whole overview for
//! one view, language and day, [`client`] holds the embedding's options and what each
//! failed request means, and `widget` (browser only) renders the result and makes the
//! requests. Everything above `widget` is plain Rust, tested natively.

pub mod api;
pub mod client;
pub mod i18n;
pub(crate) mod kle;
pub mod present;
pub mod rules;
pub(crate) mod search;
pub(crate) mod sort;

#[cfg(target_arch = "wasm32")]
pub mod widget;

#[cfg(test)]
mod testing;
