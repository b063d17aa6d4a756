//! "Det skal du være opmærksom på": a few lines at the top of the overview, each a button
//! that brings its card into view (the cards live in a shadow root, where `#fragment` links
//! cannot reach them, and may be past "Vis flere" or hidden by a filter).

use leptos::prelude::*;

use crate::present::{AttentionLine, Target};

use super::contact::SafeLink;
use super::context;
use super::heading::Heading;

stylance::import_crate_style!(style, "src/widget/attention/attention.module.css");

#[component]
pub fn Attention(lines: Vec<AttentionLine>, follow: Callback<Target>) -> impl IntoView {
    let t = context::texts();
    (!lines.is_empty()).then(|| {
        view! {
            <section class=style::attention>
                <Heading class=style::heading>{t.attention}</Heading>
                <ul class=style::lines>
                    {lines.into_iter().map(|line| {
                        let target = line.target;
                        view! {
                            <li>
                                <button type="button" class=style::line on:click=move |_| follow.run(target.clone())>
                                    {line.text}
                                </button>
                                {line.pay.map(|link| view! { " "<span class=style::pay><SafeLink link=link/></span> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}
