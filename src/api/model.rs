//! The overview API's types, as in `overview-api.md` (version 1).
//!
//! Fields the contract does not name are ignored by serde, which is also how a case's
//! `caseworker` never enters the widget: no type here has a place for it.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Deserialize;

use super::dates;
use super::lenient::Items;
use super::open_enum::open_enum;

open_enum! {
    AuthorityStatus { Ok = "ok", Unavailable = "unavailable" }
}

open_enum! {
    /// Where a case's citizen-facing title comes from.
    TitleSource { Kle = "kle", CaseTitle = "caseTitle" }
}

open_enum! {
    /// Who may read a topic's document titles.
    DocumentTitles { Hidden = "hidden", Verification = "verification", Citizen = "citizen" }
}

open_enum! {
    /// A step of a case's progress (fremdrift).
    ProgressCode { Opstaaet = "Opstaaet", Oplyst = "Oplyst", Afgjort = "Afgjort", Afsluttet = "Afsluttet" }
}

open_enum! {
    /// Why the citizen sees a case.
    Basis { PrimaryParty = "primaryParty", PropertyOwner = "propertyOwner" }
}

open_enum! {
    Direction { Incoming = "incoming", Outgoing = "outgoing", Internal = "internal" }
}

open_enum! {
    BenefitStatus { Aktiv = "Aktiv", Inaktiv = "Inaktiv", Passiv = "Passiv" }
}

/// An authority. The contract's `kind` is not read: nothing the citizen sees depends on it,
/// and a required field that is never read would only drop data when it is missing.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Authority {
    pub id: String,
    pub name: String,
    pub status: AuthorityStatus,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SelfServiceLink {
    #[serde(default)]
    pub it_system: Option<String>,
    pub url: String,
    #[serde(default)]
    pub label: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub opening_hours: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BreachReporting {
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub digital_post_url: Option<String>,
}

/// A municipality's configuration for one KLE emne.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Topic {
    pub authority_id: String,
    pub kle: String,
    #[serde(default)]
    pub kle_title: Option<String>,
    #[serde(default = "default_title_source")]
    pub title_source: TitleSource,
    #[serde(default = "default_document_titles")]
    pub document_titles: DocumentTitles,
    #[serde(default)]
    pub self_service: Items<SelfServiceLink>,
    #[serde(default)]
    pub access_to_records_url: Option<String>,
    #[serde(default)]
    pub contact: Option<Contact>,
    #[serde(default)]
    pub breach_reporting: Option<BreachReporting>,
}

fn default_title_source() -> TitleSource {
    TitleSource::Kle
}

fn default_document_titles() -> DocumentTitles {
    DocumentTitles::Hidden
}

/// A municipality's configuration for one claim type (fordringskravtype).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClaimType {
    pub authority_id: String,
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub self_service: Items<SelfServiceLink>,
    #[serde(default)]
    pub contact: Option<Contact>,
    #[serde(default)]
    pub breach_reporting: Option<BreachReporting>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ProgressEntry {
    pub code: ProgressCode,
    #[serde(deserialize_with = "dates::instant")]
    pub at: DateTime<FixedOffset>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Property {
    pub address: String,
    #[serde(default)]
    pub bfe: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Document {
    pub title: String,
    #[serde(deserialize_with = "dates::date")]
    pub date: NaiveDate,
    pub direction: Direction,
}

/// A case (sag) from the case and document index.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Case {
    pub id: String,
    pub authority_id: String,
    pub kle: String,
    pub facet: String,
    pub case_number: String,
    #[serde(default)]
    pub case_title: Option<String>,
    #[serde(default)]
    pub it_system: Option<String>,
    #[serde(default)]
    pub progress: Items<ProgressEntry>,
    #[serde(deserialize_with = "dates::date")]
    pub created: NaiveDate,
    #[serde(default = "default_basis")]
    pub basis: Basis,
    #[serde(default)]
    pub property: Option<Property>,
    #[serde(default)]
    pub documents: Items<Document>,
}

fn default_basis() -> Basis {
    Basis::PrimaryParty
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Payment {
    #[serde(deserialize_with = "dates::date")]
    pub date: NaiveDate,
    #[serde(deserialize_with = "dates::date")]
    pub period_from: NaiveDate,
    #[serde(deserialize_with = "dates::date")]
    pub period_to: NaiveDate,
    pub gross_ore: i64,
    #[serde(default)]
    pub net_ore: Option<i64>,
    pub paid_ore: i64,
}

/// A benefit (ydelse) from the benefit index.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Benefit {
    pub id: String,
    pub authority_id: String,
    #[serde(default)]
    pub kle: Option<String>,
    pub name: String,
    pub status: BenefitStatus,
    #[serde(deserialize_with = "dates::date")]
    pub from: NaiveDate,
    #[serde(default, deserialize_with = "dates::optional_date")]
    pub to: Option<NaiveDate>,
    #[serde(default)]
    pub repayable: bool,
    /// The grant's case number (1.1), for its topic's self-service link.
    #[serde(default)]
    pub case_number: Option<String>,
    /// The IT system that holds the grant (1.1), which picks its topic's self-service link.
    #[serde(default)]
    pub it_system: Option<String>,
    #[serde(default)]
    pub payments: Items<Payment>,
}

/// A claim (fordring): a payment the citizen owes.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Claim {
    pub id: String,
    pub authority_id: String,
    pub claim_type_id: String,
    pub amount_ore: i64,
    pub outstanding_ore: i64,
    #[serde(deserialize_with = "dates::date")]
    pub created: NaiveDate,
    #[serde(default, deserialize_with = "dates::optional_date")]
    pub due_date: Option<NaiveDate>,
    #[serde(default, deserialize_with = "dates::optional_date")]
    pub paid_date: Option<NaiveDate>,
    #[serde(default)]
    pub sent_to_debt_collection: bool,
}
