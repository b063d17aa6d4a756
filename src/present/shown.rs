//! Everything a presentation shows a person, text by text and link by link, with the card
//! each belongs to: what the safety checks of the tests read, and what the watch words are
//! matched against (the scanning command, the preview).
//!
//! The view models are taken apart without `..`: a field added to a card and not listed here
//! does not compile, so no new text escapes what reads them.

use super::{
    AttentionLine, BenefitCard, BreachCard, CaseCard, ClaimCard, ContactCard, DocumentLine, Link, PaymentHistory,
    PaymentLine, PaymentYear, Presentation, Target, TimelineLine,
};

/// The card a text is shown on, by the API's id; `Top` for the lines above the sections
/// (updated, unavailable authorities, the summary).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Place<'a> {
    Top,
    Case(&'a str),
    Benefit(&'a str),
    Claim(&'a str),
}

/// One thing shown: a text, or a link's address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seen<'a> {
    Text(&'a str),
    Href(&'a str),
}

/// Calls `f` with every text and every link's address `p` shows, and where.
pub fn each<'a>(p: &'a Presentation, f: &mut dyn FnMut(Place<'a>, Seen<'a>)) {
    let Presentation {
        attention,
        updated,
        unavailable,
        not_shown,
        cases,
        benefits,
        claims,
        // Counts and flags, not texts.
        outline: _,
        complete: _,
        left_out: _,
        masked: _,
        #[cfg(feature = "preview")]
            findings: _,
    } = p;
    let mut top = Out { place: Place::Top, f };
    updated.iter().chain(unavailable).chain(not_shown).for_each(|t| top.text(t));
    for line in attention {
        let AttentionLine { text: words, target, pay } = line;
        top.text(words);
        // The target is an id the widget looks a card up by, never shown.
        let (Target::ActiveCases { first: _ } | Target::Benefit(_) | Target::Claims { status: _, first: _ }) = target;
        pay.iter().for_each(|l| top.link(l));
    }
    let f = top.f;
    cases.iter().for_each(|c| case(&mut Out { place: Place::Case(&c.id), f }, c));
    benefits.iter().for_each(|b| benefit(&mut Out { place: Place::Benefit(&b.id), f }, b));
    claims.iter().for_each(|c| claim(&mut Out { place: Place::Claim(&c.id), f }, c));
}

struct Out<'a, 'f> {
    place: Place<'a>,
    f: &'f mut dyn FnMut(Place<'a>, Seen<'a>),
}

impl<'a> Out<'a, '_> {
    fn text(&mut self, s: &'a str) {
        (self.f)(self.place, Seen::Text(s));
    }

    fn link(&mut self, l: &'a Link) {
        // Its kind is a word of the host's statistics, not shown.
        let Link { href, text: words, kind: _ } = l;
        (self.f)(self.place, Seen::Href(href.as_str()));
        self.text(words);
    }

    fn contact(&mut self, c: &'a ContactCard) {
        let ContactCard { phone, opening_hours, email, website } = c;
        phone.iter().chain(email).chain(website).for_each(|l| self.link(l));
        opening_hours.iter().for_each(|t| self.text(t));
    }

    fn breach(&mut self, b: &'a BreachCard) {
        let BreachCard { intro, phone, digital_post } = b;
        self.text(intro);
        phone.iter().chain(digital_post).for_each(|l| self.link(l));
    }
}

fn case<'a>(out: &mut Out<'a, '_>, c: &'a CaseCard) {
    let CaseCard {
        // For the host's statistics (ids and KLE numbers), not shown.
        id: _,
        title,
        authority,
        case_number,
        created,
        active: _,
        state: _,
        state_label,
        date: _,
        timeline,
        next,
        property,
        documents,
        self_service,
        access_to_records,
        contact,
        breach,
    } = c;
    for t in [title, authority, case_number, created, next] {
        out.text(t);
    }
    out.text(state_label);
    for line in timeline {
        let TimelineLine { label, meaning, status: _, status_text, date } = line;
        [label, meaning, status_text].into_iter().for_each(|t| out.text(t));
        date.iter().for_each(|d| out.text(d));
    }
    property.iter().for_each(|p| out.text(p));
    for document in documents {
        let DocumentLine { title, date, direction, verification_only: _ } = document;
        out.text(title);
        out.text(date);
        direction.iter().for_each(|d| out.text(d));
    }
    self_service.iter().chain(access_to_records).for_each(|l| out.link(l));
    contact.iter().for_each(|c| out.contact(c));
    breach.iter().for_each(|b| out.breach(b));
}

fn benefit<'a>(out: &mut Out<'a, '_>, b: &'a BenefitCard) {
    let BenefitCard {
        // For the host's statistics (ids and KLE numbers), not shown.
        id: _,
        name,
        authority,
        period,
        active: _,
        status_label,
        repayable,
        payments,
        histories,
        next_payment,
        case_number,
        self_service,
        contact,
        breach,
        date: _,
    } = b;
    [name, authority, period].into_iter().for_each(|t| out.text(t));
    out.text(status_label);
    repayable.iter().for_each(|r| out.text(r));
    for payment in payments {
        let PaymentLine { date, period, gross, net, paid } = payment;
        [date, period, gross, paid].into_iter().for_each(|t| out.text(t));
        net.iter().for_each(|n| out.text(n));
    }
    for history in histories {
        let PaymentHistory { period: _, count: _, totals, years } = history;
        for (term, value) in totals {
            out.text(term);
            out.text(value);
        }
        for year in years {
            let PaymentYear { year: _, total, lines: _ } = year;
            out.text(total);
        }
    }
    next_payment.iter().chain(case_number).for_each(|n| out.text(n));
    self_service.iter().for_each(|l| out.link(l));
    contact.iter().for_each(|c| out.contact(c));
    breach.iter().for_each(|b| out.breach(b));
}

fn claim<'a>(out: &mut Out<'a, '_>, c: &'a ClaimCard) {
    let ClaimCard {
        // For the host's statistics (ids and KLE numbers), not shown.
        id: _,
        title,
        authority,
        status: _,
        status_label,
        amount,
        outstanding,
        due_date,
        paid_date,
        note,
        pay,
        contact,
        breach,
        date: _,
    } = c;
    [title, authority, amount, outstanding].into_iter().for_each(|t| out.text(t));
    out.text(status_label);
    due_date.iter().chain(paid_date).chain(note).for_each(|t| out.text(t));
    pay.iter().for_each(|l| out.link(l));
    contact.iter().for_each(|c| out.contact(c));
    breach.iter().for_each(|b| out.breach(b));
}
