//! Contact and data-breach details of a topic or claim type.

use leptos::prelude::*;

use crate::present::{BreachCard, ContactCard, Link};

use super::disclosure::Disclosure;

stylance::import_crate_style!(style, "src/widget/contact/contact.module.css");

/// A checked link. The only place the widget writes an `href` from data.
#[component]
pub fn SafeLink(link: Link) -> impl IntoView {
    view! { <a href=link.href.as_str().to_owned()>{link.text}</a> }
}

/// "Kontakt og sikkerhedsbrud", closed until asked for; nothing when there is neither.
#[component]
pub fn ContactDisclosure(contact: Option<ContactCard>, breach: Option<BreachCard>) -> impl IntoView {
    let t = super::context::texts();
    (contact.is_some() || breach.is_some()).then(|| {
        view! {
            <Disclosure label=t.contact_and_breach.to_owned()>
                <ContactDetails contact=contact.clone() breach=breach.clone()/>
            </Disclosure>
        }
    })
}

#[component]
fn ContactDetails(contact: Option<ContactCard>, breach: Option<BreachCard>) -> impl IntoView {
    let t = super::context::texts();
    let row = |term: &'static str, value: AnyView| view! { <dt>{term}</dt><dd>{value}</dd> };
    view! {
        {contact.map(|c| view! {
            <p class=style::heading>{t.contact}</p>
            <dl class=style::details>
                {c.phone.map(|l| row(t.phone, view! { <SafeLink link=l/> }.into_any()))}
                {c.opening_hours.map(|h| row(t.opening_hours, h.into_any()))}
                {c.email.map(|l| row(t.email, view! { <SafeLink link=l/> }.into_any()))}
                {c.website.map(|l| row(t.website, view! { <SafeLink link=l/> }.into_any()))}
            </dl>
        })}
        {breach.map(|b| view! {
            <p class=style::heading>{t.breach}</p>
            <p class=style::text>{b.intro}</p>
            <dl class=style::details>
                {b.phone.map(|l| row(t.phone, view! { <SafeLink link=l/> }.into_any()))}
                {b.digital_post.map(|l| row(t.digital_post, view! { <SafeLink link=l/> }.into_any()))}
            </dl>
        })}
    }
}
