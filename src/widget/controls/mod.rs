//! The shared look of buttons and labelled fields.

stylance::import_crate_style!(pub style, "src/widget/controls/controls.module.css");
