//! The shared controls: the look of buttons and labelled fields, and the labelled drop-down.

use super::markup::{el, Element};

stylance::import_crate_style!(pub style, "src/widget/controls/controls.module.css");

/// A labelled drop-down. Options are told apart by their position (`value` is it), so no
/// value is turned into text and back; `name` tells the change handler which choice it is.
/// An option's language, where given, marks words in another (the language picker's
/// autonyms).
pub fn choice(label: &str, name: &'static str, options: &[String], chosen: usize) -> Element {
    choice_in(label, name, options.iter().map(|o| (o.as_str(), None)), chosen)
}

/// [`choice`] with each option's language.
pub fn choice_in<'a>(
    label: &str,
    name: &'static str,
    options: impl Iterator<Item = (&'a str, Option<&'a str>)>,
    chosen: usize,
) -> Element {
    let options = options.enumerate().map(|(i, (text, lang))| {
        el("option")
            .attr("value", &i.to_string())
            .attr_opt("lang", lang)
            .attr_opt("selected", (i == chosen).then_some(""))
            .text(text)
    });
    el("label")
        .class(style::field)
        .child(el("span").class(style::name).text(label))
        // Named by its label's words alone: WebKit would add the chosen option ("Vis sager Alle").
        .child(el("select").attr("data-choice", name).attr("aria-label", label).children(options))
}
