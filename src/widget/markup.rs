//! Markup as data: the overview's cards, sections and summary are built as a small tree of
//! elements and text, and put in the page by one function.
//!
//! Why not Leptos's `view!` for them: they are many and static (what changes is which cards
//! are in view, and a disclosure opening), and every distinct `view!` is compiled into code
//! of its own; as a tree they cost the code that builds them and nothing more (measured in
//! `docs/benchmarks.md`). Text is always a text node and an attribute always an attribute:
//! nothing here is ever parsed as HTML.

use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};

/// An element, its attributes and its children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    tag: &'static str,
    attrs: Vec<(&'static str, String)>,
    children: Vec<Node>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Element(Element),
    Text(String),
}

// The builders are called at hundreds of places: kept out of line (`#[inline(never)]`), each
// place is a call rather than a copy of a vector's growth and a string's allocation (1 KB of
// the bundle, brotli).

/// A new element.
#[inline(never)]
pub fn el(tag: &'static str) -> Element {
    Element { tag, attrs: Vec::new(), children: Vec::new() }
}

/// A list (`ul` or `ol`) styled without markers, and still a list to screen readers: WebKit
/// (Safari, and every browser on an iPhone) drops the list role of a list styled
/// `list-style: none` unless it is given explicitly.
pub fn plain_list(tag: &'static str) -> Element {
    el(tag).attr("role", "list")
}

/// A heading of `level` (1–6).
pub fn heading(level: u8) -> Element {
    const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
    el(TAGS[usize::from(level.clamp(1, 6)) - 1])
}

impl Element {
    #[inline(never)]
    pub fn attr(mut self, name: &'static str, value: &str) -> Self {
        self.attrs.push((name, value.to_owned()));
        self
    }

    pub fn class(self, class: &str) -> Self {
        self.attr("class", class)
    }

    /// An attribute given only when `value` is.
    #[inline(never)]
    pub fn attr_opt(self, name: &'static str, value: Option<&str>) -> Self {
        match value {
            Some(value) => self.attr(name, value),
            None => self,
        }
    }

    #[inline(never)]
    pub fn child(mut self, child: Element) -> Self {
        self.children.push(Node::Element(child));
        self
    }

    /// A child that may not be there.
    #[inline(never)]
    pub fn child_opt(self, child: Option<Element>) -> Self {
        match child {
            Some(child) => self.child(child),
            None => self,
        }
    }

    pub fn children(mut self, children: impl IntoIterator<Item = Element>) -> Self {
        self.children.extend(children.into_iter().map(Node::Element));
        self
    }

    #[inline(never)]
    pub fn text(mut self, text: &str) -> Self {
        self.children.push(Node::Text(text.to_owned()));
        self
    }

    /// Puts the element at the end of `parent`.
    pub fn append_to(&self, parent: &web_sys::Element) -> Option<HtmlElement> {
        let element = self.render(&parent.owner_document()?)?;
        parent.append_child(&element).ok()?;
        Some(element)
    }

    /// The element in the DOM of `document`, detached; `None` only for a tag no document
    /// makes (none here is such).
    pub fn render(&self, document: &Document) -> Option<HtmlElement> {
        let element: HtmlElement = document.create_element(self.tag).ok()?.unchecked_into();
        for (name, value) in &self.attrs {
            let _ = element.set_attribute(name, value);
        }
        for child in &self.children {
            match child {
                Node::Element(child) => {
                    if let Some(child) = child.render(document) {
                        let _ = element.append_child(&child);
                    }
                }
                Node::Text(text) => {
                    let _ = element.append_child(&document.create_text_node(text));
                }
            }
        }
        Some(element)
    }
}

/// The element in `parent` that `selector` matches: a part of markup once it is in the page,
/// to be filled or kept in step later.
pub fn part(parent: &web_sys::Element, selector: &str) -> Option<HtmlElement> {
    parent.query_selector(selector).ok().flatten()?.dyn_into::<HtmlElement>().ok()
}

/// Markup inside a Leptos view: the preview's and the components page's own views, around
/// the widget's markup.
#[cfg(feature = "preview")]
#[leptos::component]
pub fn Markup(markup: Element) -> impl leptos::IntoView {
    use leptos::prelude::*;
    let holder = NodeRef::<leptos::html::Div>::new();
    holder.on_load(move |holder| {
        // A view made again in the same place may be given the element the last one had.
        holder.set_text_content(None);
        markup.append_to(&holder);
    });
    view! { <div node_ref=holder></div> }
}
