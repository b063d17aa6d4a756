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

thread_local! {
    static FIRST_CARD_AT: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
}

/// Marks the first card in the page, and keeps when: the host's shown event reports it.
pub fn first_card() {
    mark(FIRST_CARD);
    let at = web_sys::window().and_then(|window| window.performance()).map(|p| p.now());
    FIRST_CARD_AT.set(at);
}

/// When the first card was last put in the page, in milliseconds from the page's navigation.
pub fn first_card_at() -> Option<f64> {
    FIRST_CARD_AT.get()
}
