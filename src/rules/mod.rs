//! The presentation rules, one module each. Plain Rust: no browser types.

pub(crate) mod benefits;
pub mod claims;
pub(crate) mod documents;
pub mod findings;
pub mod links;
pub(crate) mod progress;
pub mod text;
pub(crate) mod title;
pub mod today;
pub mod url;
#[cfg(feature = "preview")]
pub mod watch;
