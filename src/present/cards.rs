//! The view models: what one case, benefit or claim shows, ready to render.

use chrono::NaiveDate;

use crate::rules::claims::ClaimStatus;
use crate::rules::progress::{State, StepStatus};
use crate::rules::url::SafeUrl;

/// A link that passed the URL rules, with text that says where it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub href: SafeUrl,
    pub text: String,
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentYear {
    pub year: i32,
    /// "I alt 123.456,00 kr."
    pub total: String,
    /// Newest first.
    pub payments: Vec<PaymentLine>,
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
    /// Payments made, by year; planned ones are in none of them.
    pub years: Vec<PaymentYear>,
    pub payment_count: usize,
    /// "29. november 2026, 7.765,50 kr.": the payment dated after today, planned, not paid.
    pub next_payment: Option<String>,
    pub self_service: Option<Link>,
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
