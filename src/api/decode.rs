//! Tolerant decoding of a whole overview response.
//!
//! The body is parsed once into borrowed raw items, then each item is decoded on its own, so
//! a malformed item is left out and counted while the rest of the response stands. Only a
//! body that is not the contract at all is an error.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::HashSet;
use std::fmt;

use super::model::*;

/// The largest amount of money believed, in øre (100 billion kroner).
const MAX_AMOUNT_ORE: i64 = 10_000_000_000_000;
/// Dates outside these years are a supplier's error, not a real date of the citizen's.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=9999;
/// Longest text believed; longer is a broken or hostile value.
const MAX_TEXT_CHARS: usize = 2000;

/// A decoded overview. Items the decoder left out are in `dropped`.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub schema_version: String,
    pub generated_at: Option<DateTime<FixedOffset>>,
    pub view: View,
    pub authorities: Vec<Authority>,
    pub topics: Vec<Topic>,
    pub claim_types: Vec<ClaimType>,
    pub cases: Vec<Case>,
    pub benefits: Vec<Benefit>,
    pub claims: Vec<Claim>,
    pub dropped: Vec<Dropped>,
}

/// Which list of the response an item came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Collection {
    Authorities,
    Topics,
    ClaimTypes,
    Cases,
    Benefits,
    Claims,
}

impl Collection {
    pub fn key(self) -> &'static str {
        match self {
            Self::Authorities => "authorities",
            Self::Topics => "topics",
            Self::ClaimTypes => "claimTypes",
            Self::Cases => "cases",
            Self::Benefits => "benefits",
            Self::Claims => "claims",
        }
    }

    /// Whether a citizen would have seen an item of this list.
    pub fn is_citizen_item(self) -> bool {
        matches!(self, Self::Cases | Self::Benefits | Self::Claims)
    }
}

/// An item the decoder left out, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Dropped {
    pub collection: Collection,
    /// Position in the list; `None` when the whole list was unreadable.
    pub index: Option<usize>,
    pub id: Option<String>,
    pub reason: DropReason,
}

#[derive(Debug, Clone, PartialEq)]
pub enum DropReason {
    /// It did not have the contract's shape (serde's message).
    Malformed(String),
    /// It had the shape, but a value is impossible.
    Invalid(&'static str),
    /// An earlier item had the same id.
    DuplicateId,
    /// The list itself was not a list.
    NotAList,
}

/// Why a body is not an overview at all.
#[derive(Debug, Clone, PartialEq)]
pub enum DecodeError {
    /// Not JSON (a proxy's HTML page, say).
    NotJson,
    /// JSON that ended too early: the body was cut off.
    Truncated,
    /// JSON, but not the overview contract.
    NotContract(&'static str),
    /// A schema version this widget does not speak.
    UnsupportedVersion(String),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Self::NotJson => f.write_str("the body is not JSON"),
            Self::Truncated => f.write_str("the body ends too early"),
            Self::NotContract(why) => write!(f, "not an overview: {why}"),
            Self::UnsupportedVersion(v) => write!(f, "unsupported schemaVersion {v:?}"),
        }
    }
}

impl std::error::Error for DecodeError {}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Envelope<'a> {
    #[serde(borrow, default)]
    schema_version: Option<&'a RawValue>,
    #[serde(borrow, default)]
    generated_at: Option<&'a RawValue>,
    #[serde(borrow, default)]
    view: Option<&'a RawValue>,
    #[serde(borrow, default)]
    authorities: Option<&'a RawValue>,
    #[serde(borrow, default)]
    topics: Option<&'a RawValue>,
    #[serde(borrow, default)]
    claim_types: Option<&'a RawValue>,
    #[serde(borrow, default)]
    cases: Option<&'a RawValue>,
    #[serde(borrow, default)]
    benefits: Option<&'a RawValue>,
    #[serde(borrow, default)]
    claims: Option<&'a RawValue>,
}

/// Decodes a response body.
pub fn decode(body: &str) -> Result<Overview, DecodeError> {
    // serde would read a JSON array into a struct field by field; the contract is an object.
    if !body.trim_start().starts_with('{') {
        return Err(match serde_json::from_str::<serde::de::IgnoredAny>(body) {
            Ok(_) => DecodeError::NotContract("the body is not a JSON object"),
            Err(e) if e.classify() == serde_json::error::Category::Eof => DecodeError::Truncated,
            Err(_) => DecodeError::NotJson,
        });
    }
    let envelope: Envelope = serde_json::from_str(body).map_err(|e| match e.classify() {
        serde_json::error::Category::Eof => DecodeError::Truncated,
        serde_json::error::Category::Data => DecodeError::NotContract("the body is not a JSON object"),
        _ => DecodeError::NotJson,
    })?;

    let version = envelope
        .schema_version
        .and_then(|raw| serde_json::from_str::<String>(raw.get()).ok())
        .ok_or(DecodeError::NotContract("schemaVersion is missing"))?;
    if version.split('.').next() != Some("1") {
        return Err(DecodeError::UnsupportedVersion(version.chars().take(20).collect()));
    }
    let lists = [
        envelope.authorities,
        envelope.topics,
        envelope.claim_types,
        envelope.cases,
        envelope.benefits,
        envelope.claims,
    ];
    if lists.iter().all(Option::is_none) {
        return Err(DecodeError::NotContract("it has none of the overview's lists"));
    }

    let mut dropped = Vec::new();
    let authorities = decode_list(Collection::Authorities, envelope.authorities, &mut dropped);
    let topics = decode_list(Collection::Topics, envelope.topics, &mut dropped);
    let claim_types = decode_list(Collection::ClaimTypes, envelope.claim_types, &mut dropped);
    let cases = decode_list(Collection::Cases, envelope.cases, &mut dropped);
    let benefits = decode_list(Collection::Benefits, envelope.benefits, &mut dropped);
    let claims = decode_list(Collection::Claims, envelope.claims, &mut dropped);

    Ok(Overview {
        schema_version: version,
        generated_at: envelope
            .generated_at
            .and_then(|raw| serde_json::from_str::<std::borrow::Cow<str>>(raw.get()).ok())
            .and_then(|text| super::dates::parse_instant(&text)),
        view: envelope
            .view
            .and_then(|raw| serde_json::from_str(raw.get()).ok())
            .unwrap_or(View::Citizen),
        authorities,
        topics,
        claim_types,
        cases,
        benefits,
        claims,
        dropped,
    })
}

/// What every top-level item offers the decoder.
trait Item: DeserializeOwned {
    /// The key that must be unique in its list.
    fn key(&self) -> String;
    /// The checks that serde's shape cannot express.
    fn check(&self) -> Result<(), &'static str>;
}

fn decode_list<T: Item>(
    collection: Collection,
    raw: Option<&RawValue>,
    dropped: &mut Vec<Dropped>,
) -> Vec<T> {
    let Some(raw) = raw else { return Vec::new() };
    if raw.get() == "null" {
        return Vec::new();
    }
    let Ok(raw_items) = serde_json::from_str::<Vec<&RawValue>>(raw.get()) else {
        dropped.push(Dropped { collection, index: None, id: None, reason: DropReason::NotAList });
        return Vec::new();
    };
    let mut seen = HashSet::with_capacity(raw_items.len());
    let mut items = Vec::with_capacity(raw_items.len());
    for (index, raw_item) in raw_items.into_iter().enumerate() {
        let reason = match serde_json::from_str::<T>(raw_item.get()) {
            Err(e) => DropReason::Malformed(e.to_string()),
            Ok(item) => match item.check() {
                Err(why) => DropReason::Invalid(why),
                Ok(()) if !seen.insert(item.key()) => DropReason::DuplicateId,
                Ok(()) => {
                    items.push(item);
                    continue;
                }
            },
        };
        dropped.push(Dropped { collection, index: Some(index), id: item_id(raw_item), reason });
    }
    items
}

/// The `id` of an item that did not decode, when it has a readable one.
fn item_id(raw: &RawValue) -> Option<String> {
    #[derive(Deserialize)]
    struct IdOnly {
        id: Option<String>,
    }
    serde_json::from_str::<IdOnly>(raw.get())
        .ok()
        .and_then(|x| x.id)
        .filter(|id| !id.is_empty() && id.len() <= 64)
}

fn text_ok(text: &str) -> bool {
    text.chars().count() <= MAX_TEXT_CHARS
}

fn required(text: &str) -> bool {
    !text.trim().is_empty() && text_ok(text)
}

fn date_ok(date: NaiveDate) -> bool {
    YEARS.contains(&date.year())
}

fn amount_ok(ore: i64) -> bool {
    ore.unsigned_abs() <= MAX_AMOUNT_ORE as u64
}

fn contact_ok(contact: &Option<Contact>) -> bool {
    contact.as_ref().is_none_or(|c| {
        [&c.phone, &c.opening_hours, &c.email, &c.url].iter().all(|t| t.as_deref().is_none_or(text_ok))
    })
}

fn check(ok: bool, why: &'static str) -> Result<(), &'static str> {
    if ok {
        Ok(())
    } else {
        Err(why)
    }
}

impl Item for Authority {
    fn key(&self) -> String {
        self.id.clone()
    }
    fn check(&self) -> Result<(), &'static str> {
        check(required(&self.id), "id is empty")?;
        check(text_ok(&self.name), "name is too long")
    }
}

impl Item for Topic {
    fn key(&self) -> String {
        format!("{}/{}", self.authority_id, self.kle)
    }
    fn check(&self) -> Result<(), &'static str> {
        check(required(&self.authority_id), "authorityId is empty")?;
        check(self.kle_title.as_deref().is_none_or(text_ok), "kleTitle is too long")?;
        check(contact_ok(&self.contact), "a contact text is too long")
    }
}

impl Item for ClaimType {
    fn key(&self) -> String {
        format!("{}/{}", self.authority_id, self.id.to_ascii_uppercase())
    }
    fn check(&self) -> Result<(), &'static str> {
        check(required(&self.id), "id is empty")?;
        check(text_ok(&self.name), "name is too long")?;
        check(contact_ok(&self.contact), "a contact text is too long")
    }
}

impl Item for Case {
    fn key(&self) -> String {
        self.id.clone()
    }
    fn check(&self) -> Result<(), &'static str> {
        check(required(&self.id), "id is empty")?;
        check(text_ok(&self.case_number), "caseNumber is too long")?;
        check(self.case_title.as_deref().is_none_or(text_ok), "caseTitle is too long")?;
        check(date_ok(self.created), "created is out of range")?;
        check(self.documents.iter().all(|d| text_ok(&d.title) && date_ok(d.date)), "a document is out of range")?;
        check(self.property.as_ref().is_none_or(|p| text_ok(&p.address)), "property address is too long")
    }
}

impl Item for Benefit {
    fn key(&self) -> String {
        self.id.clone()
    }
    fn check(&self) -> Result<(), &'static str> {
        check(required(&self.id), "id is empty")?;
        check(text_ok(&self.name), "name is too long")?;
        check(date_ok(self.from) && self.to.is_none_or(date_ok), "period is out of range")?;
        check(self.to.is_none_or(|to| to >= self.from), "period ends before it starts")?;
        check(
            self.payments.iter().all(|p| {
                date_ok(p.date)
                    && p.period_from <= p.period_to
                    && amount_ok(p.gross_ore)
                    && amount_ok(p.paid_ore)
                    && p.net_ore.is_none_or(amount_ok)
            }),
            "a payment is out of range",
        )
    }
}

impl Item for Claim {
    fn key(&self) -> String {
        self.id.clone()
    }
    fn check(&self) -> Result<(), &'static str> {
        check(required(&self.id), "id is empty")?;
        check(
            (0..=MAX_AMOUNT_ORE).contains(&self.amount_ore) && (0..=MAX_AMOUNT_ORE).contains(&self.outstanding_ore),
            "amount is negative or too large",
        )?;
        check(
            date_ok(self.created) && self.due_date.is_none_or(date_ok) && self.paid_date.is_none_or(date_ok),
            "a date is out of range",
        )
    }
}
