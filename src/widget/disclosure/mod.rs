//! A disclosure (accordion row): a button with `aria-expanded` and a panel whose content is
//! made the first time it opens, so long histories cost nothing until asked for. Opened and
//! closed by the overview's one click handler (`contents`); printing opens them all.

use std::sync::atomic::{AtomicU32, Ordering};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::markup::{el, Element};

stylance::import_crate_style!(style, "src/widget/disclosure/disclosure.module.css");

/// What a disclosure holds, made when it first opens (by the overview, which has the card).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Documents,
    Payments,
    Contact,
}

impl Panel {
    const ALL: [Panel; 3] = [Panel::Documents, Panel::Payments, Panel::Contact];

    fn name(self) -> &'static str {
        match self {
            Self::Documents => "documents",
            Self::Payments => "payments",
            Self::Contact => "contact",
        }
    }
}

/// A closed disclosure labelled `label`; its panel is filled when opened.
pub fn disclosure(label: &str, panel: Panel) -> Element {
    // Ids unique across every widget on the page (ids are per shadow root, but cheap to keep unique).
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let id = format!("mo-panel-{}", NEXT.fetch_add(1, Ordering::Relaxed));
    el("div")
        .child(
            el("button")
                .attr("type", "button")
                .class(style::toggle)
                .attr("aria-expanded", "false")
                .attr("aria-controls", &id)
                .attr("data-panel", panel.name())
                .child(el("span").class(style::icon).attr("aria-hidden", "true"))
                .text(label),
        )
        .child(el("div").attr("id", &id).class(style::panel).attr("hidden", ""))
}

/// The disclosure's parts around its button.
pub struct Parts {
    pub button: HtmlElement,
    pub panel: HtmlElement,
    pub kind: Panel,
}

impl Parts {
    /// The disclosure whose button `element` is (or is inside).
    pub fn of(element: &web_sys::Element) -> Option<Self> {
        let button: HtmlElement = element.closest("button[data-panel]").ok()??.dyn_into().ok()?;
        let name = button.get_attribute("data-panel")?;
        let kind = Panel::ALL.into_iter().find(|p| p.name() == name)?;
        let panel = button.next_element_sibling()?.dyn_into().ok()?;
        Some(Self { button, panel, kind })
    }

    /// The level of headings in the panel: one below the title of the card it is in.
    pub fn inner_level(&self) -> Option<u8> {
        let card = self.button.closest("article").ok()??;
        let title = card.query_selector("h1, h2, h3, h4, h5, h6").ok()??;
        title.tag_name().get(1..)?.parse::<u8>().ok().map(|level| level + 1)
    }

    pub fn is_open(&self) -> bool {
        self.button.get_attribute("aria-expanded").as_deref() == Some("true")
    }

    /// Whether its panel has been made.
    pub fn is_filled(&self) -> bool {
        self.panel.first_child().is_some()
    }

    pub fn set_open(&self, open: bool) {
        let _ = self.button.set_attribute("aria-expanded", if open { "true" } else { "false" });
        self.panel.set_hidden(!open);
        if let Some(frame) = self.button.parent_element() {
            frame.set_class_name(if open { style::open } else { "" });
        }
    }
}
