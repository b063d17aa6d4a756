//! The scan's reports: a summary for the terminal, a CSV row per finding, an HTML page.

pub mod csv;
pub mod html;
pub mod summary;
