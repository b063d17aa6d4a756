//! Applies the rules to a whole overview for one view, language and day, giving the view
//! models the widget renders: every text already cleaned, worded and formatted, every link
//! already checked. The views add the markup, and the counts of what a list shows as the
//! citizen filters and pages through it.
//!
//! `presentation` holds what the widget is given; `slices` makes it a slice at a time, first
//! pages first; `builder` applies the rules to one item at a time, with a module per kind of
//! card (`cases`, `benefits`, `claims`, `contact`) and one for the summary (`attention`).

mod attention;
mod benefits;
#[cfg(feature = "preview")]
mod both_views;
mod builder;
mod cards;
mod cases;
mod claims;
mod contact;
pub mod filters;
mod group;
mod presentation;
pub mod shown;
mod slices;
#[cfg(feature = "preview")]
pub mod watch;

use builder::Builder;

#[cfg(feature = "preview")]
pub use both_views::{alike_in_both_views, BothViews};
pub use cards::*;
pub use group::{by_authority, AuthorityGroup};
pub use presentation::{Context, Outline, Presentation, SectionOutline, FIRST_PAGE};
pub use slices::{present, Presenting};
