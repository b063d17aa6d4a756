//! The frame of one case, benefit or claim: title, status badge, key facts, then the body.

use leptos::prelude::*;

use crate::present::Link;

use super::badge::{Badge, Tone};
use super::contact::SafeLink;
use super::heading::Heading;

stylance::import_crate_style!(pub style, "src/widget/card/card.module.css");

/// A term and its value among a card's key facts.
pub type Fact = (&'static str, String);

#[component]
pub fn Card(title: String, badge: (Tone, &'static str), facts: Vec<Fact>, children: Children) -> impl IntoView {
    view! {
        <article class=style::card>
            <div class=style::top>
                <Heading class=style::title>{title}</Heading>
                <Badge tone=badge.0 text=badge.1/>
            </div>
            <dl class=style::facts>
                {facts.into_iter().map(|(term, value)| view! { <div><dt>{term}</dt><dd>{value}</dd></div> }).collect_view()}
            </dl>
            {children()}
        </article>
    }
}

/// The links a card offers, where it has any.
#[component]
pub fn CardLinks(links: Vec<Link>) -> impl IntoView {
    (!links.is_empty()).then(|| {
        view! {
            <ul class=style::links>
                {links.into_iter().map(|link| view! { <li><SafeLink link=link/></li> }).collect_view()}
            </ul>
        }
    })
}
