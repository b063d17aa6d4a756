//! The overview API's types, as in the contract (`docs/api.md`, API version 1.1), each read
//! from its JSON object field by field.
//!
//! Fields the contract does not name are never read, which is also how a case's
//! `caseworker` never enters the widget: no type here has a place for it.

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::json::Json;
use super::lenient::Items;
use super::open_enum::open_enum;
use super::read::{Error, FromJson, Object};

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
#[derive(Debug, Clone, PartialEq)]
pub struct Authority {
    pub id: String,
    pub name: String,
    pub status: AuthorityStatus,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SelfServiceLink {
    pub it_system: Option<String>,
    pub url: String,
    pub label: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Contact {
    pub phone: Option<String>,
    pub opening_hours: Option<String>,
    pub email: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct BreachReporting {
    pub phone: Option<String>,
    pub digital_post_url: Option<String>,
}

/// A municipality's configuration for one KLE emne.
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    pub authority_id: String,
    pub kle: String,
    pub kle_title: Option<String>,
    pub title_source: TitleSource,
    pub document_titles: DocumentTitles,
    pub self_service: Items<SelfServiceLink>,
    pub access_to_records_url: Option<String>,
    pub contact: Option<Contact>,
    pub breach_reporting: Option<BreachReporting>,
}

/// A municipality's configuration for one claim type (fordringskravtype).
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimType {
    pub authority_id: String,
    pub id: String,
    pub name: String,
    pub self_service: Items<SelfServiceLink>,
    pub contact: Option<Contact>,
    pub breach_reporting: Option<BreachReporting>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProgressEntry {
    pub code: ProgressCode,
    pub at: DateTime<FixedOffset>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Property {
    pub address: String,
    pub bfe: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub title: String,
    pub date: NaiveDate,
    pub direction: Direction,
}

/// A case (sag) from the case and document index.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub id: String,
    pub authority_id: String,
    pub kle: String,
    pub facet: String,
    pub case_number: String,
    pub case_title: Option<String>,
    pub it_system: Option<String>,
    pub progress: Items<ProgressEntry>,
    pub created: NaiveDate,
    pub basis: Basis,
    pub property: Option<Property>,
    pub documents: Items<Document>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Payment {
    pub date: NaiveDate,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub gross_ore: i64,
    pub net_ore: Option<i64>,
    pub paid_ore: i64,
}

/// A benefit (ydelse) from the benefit index.
#[derive(Debug, Clone, PartialEq)]
pub struct Benefit {
    pub id: String,
    pub authority_id: String,
    pub kle: Option<String>,
    pub name: String,
    pub status: BenefitStatus,
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
    pub repayable: bool,
    /// The grant's case number (1.1), for its topic's self-service link.
    pub case_number: Option<String>,
    /// The IT system that holds the grant (1.1), which picks its topic's self-service link.
    pub it_system: Option<String>,
    pub payments: Items<Payment>,
}

/// A claim (fordring): a payment the citizen owes.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub id: String,
    pub authority_id: String,
    pub claim_type_id: String,
    pub amount_ore: i64,
    pub outstanding_ore: i64,
    pub created: NaiveDate,
    pub due_date: Option<NaiveDate>,
    pub paid_date: Option<NaiveDate>,
    pub sent_to_debt_collection: bool,
}

impl FromJson for Authority {
    fn from_json(value: &Json) -> Result<Self, Error> {
        let o = Object::of(value)?;
        o.finish(Self { id: o.field("id"), name: o.field("name"), status: o.field("status") })
    }
}

impl FromJson for SelfServiceLink {
    fn from_json(value: &Json) -> Result<Self, Error> {
        let o = Object::of(value)?;
        o.finish(Self {
            it_system: o.field_or("itSystem", None),
            url: o.field("url"),
            label: o.field_or("label", None),
        })
    }
}

impl FromJson for Contact {
    fn from_json(value: &Json) -> Result<Self, Error> {
        let o = Object::of(value)?;
        o.finish(Self {
            phone: o.field_or("phone", None),
            opening_hours: o.field_or("openingHours", None),
            email: o.field_or("email", None),
            url: o.field_or("url", None),
        })
    }
}

impl FromJson for BreachReporting {
    fn from_json(value: &Json) -> Result<Self, Error> {
        let o = Object::of(value)?;
        o.finish(Self { phone: o.field_or("phone", None), digital_post_url: o.field_or("digitalPostUrl", None) })
    }
}

impl FromJson for Topic {
    fn from_json(value: &Json) -> Result<Self, Error> {
        let o = Object::of(value)?;
        o.finish(Self {
            authority_id: o.field("authorityId"),
            kle: o.field("kle"),
            kle_title: o.field_or("kleTitle", None),
            title_source: o.field_or("titleSource", TitleSource::Kle),
            document_titles: o.field_or("documentTitles", DocumentTitles::Hidden),
            self_service: o.field_or("selfService", Items::default()),
            access_to_records_url: o.field_or("accessToRecordsUrl", None),
            contact: o.field_or("contact", None),
            breach_reporting: o.field_or("breachReporting", None),
        })
    }
}

impl FromJson for ClaimType {
    fn from_json(value: &Json) -> Result<Self, Error> {
        let o = Object::of(value)?;
        o.finish(Self {
            authority_id: o.field("authorityId"),
            id: o.field("id"),
            name: o.field("name"),
            self_service: o.field_or("selfService", Items::default()),
            contact: o.field_or("contact", None),
            breach_reporting: o.field_or("breachReporting", None),
        })
    }
}

impl FromJson for ProgressEntry {
    fn from_json(value: &Json) -> Result<Self, Error> {
        let o = Object::of(value)?;
        o.finish(Self { code: o.field("code"), at: o.field("at") })
    }
}

impl FromJson for Property {
    fn from_json(value: &Json) -> Result<Self, Error> {
        let o = Object::of(value)?;
        o.finish(Self { address: o.field("address"), bfe: o.field_or("bfe", None) })
    }
}

impl FromJson for Document {
    fn from_json(value: &Json) -> Result<Self, Error> {
        let o = Object::of(value)?;
        o.finish(Self { title: o.field("title"), date: o.field("date"), direction: o.field("direction") })
    }
}

impl FromJson for Case {
    fn from_json(value: &Json) -> Result<Self, Error> {
        let o = Object::of(value)?;
        o.finish(Self {
            id: o.field("id"),
            authority_id: o.field("authorityId"),
            kle: o.field("kle"),
            facet: o.field("facet"),
            case_number: o.field("caseNumber"),
            case_title: o.field_or("caseTitle", None),
            it_system: o.field_or("itSystem", None),
            progress: o.field_or("progress", Items::default()),
            created: o.field("created"),
            basis: o.field_or("basis", Basis::PrimaryParty),
            property: o.field_or("property", None),
            documents: o.field_or("documents", Items::default()),
        })
    }
}

impl FromJson for Payment {
    fn from_json(value: &Json) -> Result<Self, Error> {
        let o = Object::of(value)?;
        o.finish(Self {
            date: o.field("date"),
            period_from: o.field("periodFrom"),
            period_to: o.field("periodTo"),
            gross_ore: o.field("grossOre"),
            net_ore: o.field_or("netOre", None),
            paid_ore: o.field("paidOre"),
        })
    }
}

impl FromJson for Benefit {
    fn from_json(value: &Json) -> Result<Self, Error> {
        let o = Object::of(value)?;
        o.finish(Self {
            id: o.field("id"),
            authority_id: o.field("authorityId"),
            kle: o.field_or("kle", None),
            name: o.field("name"),
            status: o.field("status"),
            from: o.field("from"),
            to: o.field_or("to", None),
            repayable: o.field_or("repayable", false),
            case_number: o.field_or("caseNumber", None),
            it_system: o.field_or("itSystem", None),
            payments: o.field_or("payments", Items::default()),
        })
    }
}

impl FromJson for Claim {
    fn from_json(value: &Json) -> Result<Self, Error> {
        let o = Object::of(value)?;
        o.finish(Self {
            id: o.field("id"),
            authority_id: o.field("authorityId"),
            claim_type_id: o.field("claimTypeId"),
            amount_ore: o.field("amountOre"),
            outstanding_ore: o.field("outstandingOre"),
            created: o.field("created"),
            due_date: o.field_or("dueDate", None),
            paid_date: o.field_or("paidDate", None),
            sent_to_debt_collection: o.field_or("sentToDebtCollection", false),
        })
    }
}
