//! The view models: what one case, benefit or claim shows, ready to render.

use chrono::NaiveDate;

use std::ops::Range;

use crate::rules::benefits::PaymentPeriod;
use crate::rules::claims::ClaimStatus;
use crate::rules::progress::{State, StepStatus};
use crate::rules::url::SafeUrl;

/// A link that passed the URL rules, with text that says where it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub href: SafeUrl,
    pub text: String,
    pub kind: LinkKind,
}

/// What a link offers, for the host's statistics (`crate::client::events`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    SelfService,
    AccessToRecords,
    Pay,
    Phone,
    Email,
    Website,
    /// Digital Post to report a suspected data breach.
    DigitalPost,
    /// The failure notice's "Log ind igen".
    LogIn,
}

impl LinkKind {
    pub const ALL: [LinkKind; 8] = [
        Self::SelfService,
        Self::AccessToRecords,
        Self::Pay,
        Self::Phone,
        Self::Email,
        Self::Website,
        Self::DigitalPost,
        Self::LogIn,
    ];

    /// The kind a `wire` word names.
    pub fn of_wire(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.wire() == word)
    }

    pub fn wire(self) -> &'static str {
        match self {
            Self::SelfService => "self-service",
            Self::AccessToRecords => "access-to-records",
            Self::Pay => "pay",
            Self::Phone => "phone",
            Self::Email => "email",
            Self::Website => "website",
            Self::DigitalPost => "digital-post",
            Self::LogIn => "log-in",
        }
    }
}

/// Who the citizen can call or write about a topic or claim type.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContactCard {
    pub phone: Option<Link>,
    pub opening_hours: Option<String>,
    pub email: Option<Link>,
    pub website: Option<Link>,
}

/// Where the citizen reports a suspected data breach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreachCard {
    /// "Tror du, at dine oplysninger er kommet i forkerte hænder, så kontakt Aarhus Kommune."
    pub intro: String,
    pub phone: Option<Link>,
    pub digital_post: Option<Link>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineLine {
    pub label: &'static str,
    /// What the step means for the citizen, worded for whether it is reached.
    pub meaning: &'static str,
    pub status: StepStatus,
    /// "gennemført", "nuværende trin", "ikke nået endnu": status in words, not colour alone.
    pub status_text: &'static str,
    pub date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentLine {
    pub title: String,
    pub date: String,
    pub direction: Option<&'static str>,
    pub verification_only: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseCard {
    pub id: String,
    pub title: String,
    pub authority: String,
    pub case_number: String,
    pub created: String,
    pub active: bool,
    pub state: State,
    pub state_label: &'static str,
    /// When the case last moved (or was created): what "newest" sorts by.
    pub date: NaiveDate,
    pub timeline: Vec<TimelineLine>,
    /// What happens next, in plain words.
    pub next: String,
    pub property: Option<String>,
    pub documents: Vec<DocumentLine>,
    pub self_service: Option<Link>,
    pub access_to_records: Option<Link>,
    pub contact: Option<ContactCard>,
    pub breach: Option<BreachCard>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentLine {
    pub date: String,
    pub period: String,
    pub gross: String,
    pub net: Option<String>,
    pub paid: String,
}

/// The payments of one year within a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentYear {
    pub year: i32,
    /// "I alt 123.456,00 kr.": paid out that year, within the period.
    pub total: String,
    /// Where they are among the card's payments.
    pub lines: Range<usize>,
}

/// A benefit's payments in one period, with what they add up to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentHistory {
    pub period: PaymentPeriod,
    pub count: usize,
    /// Paid out, before tax and after tax, in the period: term and amount.
    pub totals: Vec<(&'static str, String)>,
    /// Newest first.
    pub years: Vec<PaymentYear>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenefitCard {
    pub id: String,
    pub name: String,
    pub authority: String,
    pub period: String,
    pub active: bool,
    pub status_label: &'static str,
    pub repayable: Option<&'static str>,
    /// Payments made, newest first; planned ones are not among them.
    pub payments: Vec<PaymentLine>,
    /// The payments of each period a citizen can choose, in [`PaymentPeriod::ALL`]'s order.
    pub histories: Vec<PaymentHistory>,
    /// "29. november 2026, 7.765,50 kr.": the payment dated after today, planned, not paid.
    pub next_payment: Option<String>,
    /// The grant's case number, where the index has it.
    pub case_number: Option<String>,
    pub self_service: Option<Link>,
    pub contact: Option<ContactCard>,
    pub breach: Option<BreachCard>,
    /// The newest payment or the start: what "newest" sorts by.
    pub date: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimCard {
    pub id: String,
    pub title: String,
    pub authority: String,
    pub status: ClaimStatus,
    pub status_label: &'static str,
    pub amount: String,
    pub outstanding: String,
    pub due_date: Option<String>,
    pub paid_date: Option<String>,
    /// What the status means for the citizen, where it needs saying.
    pub note: Option<String>,
    pub pay: Option<Link>,
    pub contact: Option<ContactCard>,
    pub breach: Option<BreachCard>,
    pub date: NaiveDate,
}

impl BenefitCard {
    pub fn history(&self, period: PaymentPeriod) -> Option<&PaymentHistory> {
        self.histories.iter().find(|h| h.period == period)
    }

    /// The payments of a year of a history (none if it is not this card's).
    pub fn lines(&self, year: &PaymentYear) -> &[PaymentLine] {
        self.payments.get(year.lines.clone()).unwrap_or_default()
    }
}

/// A line of "Det skal du være opmærksom på".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttentionLine {
    pub text: String,
    /// The card it leads to.
    pub target: Target,
    /// The pay link of overdue or soon-due claims, when they share one.
    pub pay: Option<Link>,
}

/// Where a line of the summary leads: the first card of what it counts, in the list that
/// shows them all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The active cases, from the first.
    ActiveCases {
        first: String,
    },
    Benefit(String),
    /// The claims of a status, from the first.
    Claims {
        status: ClaimStatus,
        first: String,
    },
}

/// What all three kinds of card share, for grouping, sorting and keeping each card's place.
pub trait Card {
    /// The item's id, unique among its kind (the decoder leaves out duplicates).
    fn id(&self) -> &str;
    fn authority(&self) -> &str;
}

macro_rules! impl_card {
    ($($card:ty),+) => {$(
        impl Card for $card {
            fn id(&self) -> &str {
                &self.id
            }
            fn authority(&self) -> &str {
                &self.authority
            }
        }
    )+};
}

impl_card!(CaseCard, BenefitCard, ClaimCard);
