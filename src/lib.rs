//! Mit Overblik: a citizen's cases, benefits and payments on borger.dk.
//!
//! The data flows down the module tree: [`api`] decodes the response, [`kle`] knows the
//! subject classification, [`rules`] hold the presentation rules, [`i18n`] has every word a
//! citizen reads in Danish and English, [`present`] applies the rules to a whole overview for
//! one view, language and day, [`client`] holds the embedding's options and what each
//! failed request means, and `widget` (browser only) renders the result and asks the loader
//! (`public/embed.js`) for each request. Everything above `widget` is plain Rust, tested
//! natively; `search` and `sort` keep the standard library's larger generic code out of the
//! citizen's download.

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

/// The crate's hash maps: the standard library's hashing in the hashbrown that Leptos's own
/// maps use, so that the wasm has one copy of the table's code rather than a second one in
/// the standard library's `HashMap` (0.6 KB of the bundle, brotli).
pub(crate) type HashMap<K, V> = hashbrown::HashMap<K, V, std::hash::RandomState>;
pub(crate) type HashSet<T> = hashbrown::HashSet<T, std::hash::RandomState>;
