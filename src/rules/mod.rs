//! The presentation rules, one module each. Plain Rust: no browser types.

pub mod benefits;
pub mod claims;
pub mod documents;
pub mod findings;
pub mod links;
pub mod progress;
pub mod text;
pub mod title;
pub mod url;
