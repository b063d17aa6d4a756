//! The widget-wide class names. They are unhashed (`:global` in `style/placeholder.module.css`
//! and `style/base.module.css`) because the loader, `public/embed.js`, draws the same classes
//! before the WebAssembly has arrived; `tests/loader.rs` checks that both use these names.
//! A part's own classes stay in its folder's scoped CSS module.

/// The widget's region (its landmark).
pub const REGION: &str = "mo-region";
/// The region's heading.
pub const TITLE: &str = "mo-title";
/// Text only screen readers read.
pub const VISUALLY_HIDDEN: &str = "mo-visually-hidden";
/// The loading state's grey blocks, and each block.
pub const SKELETON: &str = "mo-skeleton";
pub const BONE: &str = "mo-bone";
