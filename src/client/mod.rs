//! The widget as the API's client: its options from the embedding page, the request it makes,
//! and what each kind of failure means for the citizen. Plain Rust; the browser glue that
//! sends the request is in `widget::fetch`.

mod failure;
mod options;

pub use failure::{retry_delay_ms, Failure, FailureView};
pub use options::{HeadingLevel, Options};
