//! The widget's start-up marks (User Timing), in the loader's namespace (`public/embed.js`
//! makes the loader's): where a start-up's time goes, for the benchmarks and for a host's own
//! monitoring of real phones. A mark costs one call.

/// The widget is mounted: the WebAssembly runs.
pub const WIDGET_STARTED: &str = "mit-overblik:widget-started";
/// The overview's answer is decoded.
pub const OVERVIEW_DECODED: &str = "mit-overblik:overview-decoded";
/// The first page of each section is presented (worded, checked, formatted).
pub const FIRST_VIEW_BUILT: &str = "mit-overblik:first-view-built";
/// The first card is in the page.
pub const FIRST_CARD: &str = "mit-overblik:first-card";

pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(name);
    }
}
