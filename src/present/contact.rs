//! What a topic or claim type offers the citizen: its self-service link, contact details
//! and breach reporting.

use crate::api::{BreachReporting, Contact, SelfServiceLink};
use crate::i18n::fill;
use crate::rules::findings::{FindingKind, ItemRef};
use crate::rules::links;
use crate::rules::url::SafeUrl;

use super::cards::{BreachCard, ContactCard, Link, LinkKind};
use super::Builder;

impl Builder<'_> {
    /// The self-service link for an item: the entry for its IT system, else the default,
    /// with its case number filled in.
    pub(super) fn self_service(
        &mut self,
        entries: &[SelfServiceLink],
        it_system: Option<&str>,
        case_number: Option<&str>,
        text: String,
        item: &ItemRef,
    ) -> Option<Link> {
        let entry = links::choose_self_service(entries, it_system)?;
        let href = self.url(links::deep_link(&entry.url, case_number), &entry.url, item, "selfService.url")?;
        Some(Link { href, text, kind: LinkKind::SelfService })
    }

    pub(super) fn contact(
        &mut self,
        contact: Option<&Contact>,
        authority: &str,
        item: &ItemRef,
    ) -> Option<ContactCard> {
        let contact = contact?;
        let t = self.lang().texts();
        let card = ContactCard {
            phone: contact.phone.as_deref().and_then(|raw| self.phone(raw, item, "contact.phone")),
            opening_hours: contact
                .opening_hours
                .as_deref()
                .map(|raw| self.text(raw, item, "contact.openingHours"))
                .filter(|h| !h.is_empty()),
            email: contact.email.as_deref().and_then(|raw| match links::email(raw) {
                Some((address, href)) => Some(Link { href, text: address, kind: LinkKind::Email }),
                None => {
                    self.unusable(raw, item, "contact.email");
                    None
                }
            }),
            website: contact
                .url
                .as_deref()
                .and_then(|raw| self.url(SafeUrl::web(raw), raw, item, "contact.url"))
                .map(|href| Link { href, text: fill(t.website_link, authority), kind: LinkKind::Website }),
        };
        (card != ContactCard::default()).then_some(card)
    }

    pub(super) fn breach(
        &mut self,
        breach: Option<&BreachReporting>,
        authority: &str,
        item: &ItemRef,
    ) -> Option<BreachCard> {
        let breach = breach?;
        let t = self.lang().texts();
        let phone = breach.phone.as_deref().and_then(|raw| self.phone(raw, item, "breachReporting.phone"));
        let digital_post = breach
            .digital_post_url
            .as_deref()
            .and_then(|raw| self.url(SafeUrl::web(raw), raw, item, "breachReporting.digitalPostUrl"))
            .map(|href| Link { href, text: t.breach_digital_post.to_owned(), kind: LinkKind::DigitalPost });
        (phone.is_some() || digital_post.is_some()).then(|| BreachCard {
            intro: fill(t.breach_intro, authority),
            phone,
            digital_post,
        })
    }

    fn phone(&mut self, raw: &str, item: &ItemRef, field: &str) -> Option<Link> {
        match links::phone(raw) {
            Some(phone) => Some(Link { href: phone.href, text: phone.display, kind: LinkKind::Phone }),
            None => {
                self.unusable(raw, item, field);
                None
            }
        }
    }

    fn unusable(&mut self, raw: &str, item: &ItemRef, field: &str) {
        if !raw.trim().is_empty() {
            self.find(FindingKind::UnusableContact, item, || field);
        }
    }
}
