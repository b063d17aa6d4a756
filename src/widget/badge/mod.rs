//! A status badge.

use super::markup::{el, Element};

stylance::import_crate_style!(style, "src/widget/badge/badge.module.css");

/// How a badge is coloured; the text always says the same on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Neutral,
    Info,
    Success,
    Warning,
    Error,
}

pub fn badge(tone: Tone, text: &str) -> Element {
    let tone_class = match tone {
        Tone::Neutral => style::neutral,
        Tone::Info => style::info,
        Tone::Success => style::success,
        Tone::Warning => style::warning,
        Tone::Error => style::error,
    };
    el("span").class(&format!("{} {}", style::badge, tone_class)).text(text)
}
