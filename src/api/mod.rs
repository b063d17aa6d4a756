//! The overview API: its types, read from JSON by hand, and a tolerant decoder (the contract
//! in our words: `docs/api.md`, API version 1.1).

mod dates;
mod decode;
pub(crate) mod json;
mod lenient;
mod model;
mod open_enum;
pub(crate) mod read;
mod view;

pub use decode::{decode, Collection, DecodeError, Decoding, DropReason, Dropped, Overview};
pub use lenient::Items;
pub use model::*;
pub use view::View;

/// The path of the overview below the API base.
pub const OVERVIEW_PATH: &str = "/v1/overview";
