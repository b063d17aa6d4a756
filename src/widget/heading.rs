//! A heading at the level its place in the outline gives it (see [`super::context`]): the
//! widget's outline continues the host page's.

use leptos::prelude::*;

use super::context;

#[component]
pub fn Heading(#[prop(optional)] class: &'static str, children: Children) -> impl IntoView {
    let children = children();
    match context::heading_level().get() {
        1 => view! { <h1 class=class>{children}</h1> }.into_any(),
        2 => view! { <h2 class=class>{children}</h2> }.into_any(),
        3 => view! { <h3 class=class>{children}</h3> }.into_any(),
        4 => view! { <h4 class=class>{children}</h4> }.into_any(),
        5 => view! { <h5 class=class>{children}</h5> }.into_any(),
        _ => view! { <h6 class=class>{children}</h6> }.into_any(),
    }
}
