//! The widget as the API's client: its options from the embedding page, the request it makes,
//! what each kind of failure means for the citizen, and what the live region says of it all.
//! Plain Rust; the loader (`public/embed.js`) sends the requests, and `widget::transport`
//! hands them over.

pub mod events;
mod failure;
mod options;
mod status;

pub use failure::{retry_delay_ms, Failure, FailureMessage};
pub use options::{HeadingLevel, Options};
pub use status::Status;
