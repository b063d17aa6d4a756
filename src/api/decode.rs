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
    /// It did not have the contract's shape. serde's message is kept for staff only.
    Malformed {
        #[cfg(feature = "preview")]
        message: String,
    },
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

/// Decodes a response body at once.
pub fn decode(body: &str) -> Result<Overview, DecodeError> {
    let mut decoding = Decoding::start(body)?;
    while !decoding.step(usize::MAX) {}
    Ok(decoding.finish())
}

/// A response decoded a slice at a time, so that a large one never blocks the page for long:
/// [`Decoding::start`] reads the envelope, [`Decoding::step`] decodes some items, and
/// [`Decoding::finish`] gives the overview.
pub struct Decoding<'a> {
    overview: Overview,
    /// The lists not yet opened, in the order they are decoded.
    waiting: std::vec::IntoIter<(Collection, Option<&'a RawValue>)>,
    current: Option<OpenList<'a>>,
}

/// The list being decoded: its raw items, how far it has come, and the ids it has seen.
struct OpenList<'a> {
    collection: Collection,
    items: Vec<&'a RawValue>,
    next: usize,
    seen: HashSet<String>,
}

impl<'a> Decoding<'a> {
    /// Reads the envelope: an error when the body is not an overview at all.
    pub fn start(body: &'a str) -> Result<Self, DecodeError> {
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
        let lists = vec![
            (Collection::Authorities, envelope.authorities),
            (Collection::Topics, envelope.topics),
            (Collection::ClaimTypes, envelope.claim_types),
            (Collection::Cases, envelope.cases),
            (Collection::Benefits, envelope.benefits),
            (Collection::Claims, envelope.claims),
        ];
        if lists.iter().all(|(_, raw)| raw.is_none()) {
            return Err(DecodeError::NotContract("it has none of the overview's lists"));
        }
        let overview = Overview {
            schema_version: version,
            generated_at: envelope
                .generated_at
                .and_then(|raw| serde_json::from_str::<std::borrow::Cow<str>>(raw.get()).ok())
                .and_then(|text| super::dates::parse_instant(&text)),
            view: envelope.view.and_then(|raw| serde_json::from_str(raw.get()).ok()).unwrap_or(View::Citizen),
            authorities: Vec::new(),
            topics: Vec::new(),
            claim_types: Vec::new(),
            cases: Vec::new(),
            benefits: Vec::new(),
            claims: Vec::new(),
            dropped: Vec::new(),
        };
        Ok(Self { overview, waiting: lists.into_iter(), current: None })
    }

    /// Decodes up to `budget` more items; `true` when every list is done.
    pub fn step(&mut self, budget: usize) -> bool {
        let mut left = budget;
        while left > 0 {
            let Some(list) = &mut self.current else {
                let Some((collection, raw)) = self.waiting.next() else { return true };
                self.current = self.open(collection, raw);
                continue;
            };
            let Some(&raw_item) = list.items.get(list.next) else {
                self.current = None;
                continue;
            };
            let index = list.next;
            list.next += 1;
            left -= 1;
            let (o, seen) = (&mut self.overview, &mut list.seen);
            match list.collection {
                Collection::Authorities => keep(&mut o.authorities, seen, raw_item, index, Collection::Authorities, &mut o.dropped),
                Collection::Topics => keep(&mut o.topics, seen, raw_item, index, Collection::Topics, &mut o.dropped),
                Collection::ClaimTypes => keep(&mut o.claim_types, seen, raw_item, index, Collection::ClaimTypes, &mut o.dropped),
                Collection::Cases => keep(&mut o.cases, seen, raw_item, index, Collection::Cases, &mut o.dropped),
                Collection::Benefits => keep(&mut o.benefits, seen, raw_item, index, Collection::Benefits, &mut o.dropped),
                Collection::Claims => keep(&mut o.claims, seen, raw_item, index, Collection::Claims, &mut o.dropped),
            }
        }
        false
    }

    pub fn finish(self) -> Overview {
        self.overview
    }

    fn open(&mut self, collection: Collection, raw: Option<&'a RawValue>) -> Option<OpenList<'a>> {
        let raw = raw.filter(|raw| raw.get() != "null")?;
        let Ok(items) = serde_json::from_str::<Vec<&RawValue>>(raw.get()) else {
            self.overview.dropped.push(Dropped { collection, index: None, id: None, reason: DropReason::NotAList });
            return None;
        };
        let seen = HashSet::with_capacity(items.len());
        Some(OpenList { collection, items, next: 0, seen })
    }
}

/// What every top-level item offers the decoder.
trait Item: DeserializeOwned {
    /// The key that must be unique in its list.
    fn key(&self) -> String;
    /// The checks that serde's shape cannot express.
    fn check(&self) -> Result<(), &'static str>;
}

/// Decodes one item into `items`, or records why it was left out.
fn keep<T: Item>(
    items: &mut Vec<T>,
    seen: &mut HashSet<String>,
    raw_item: &RawValue,
    index: usize,
    collection: Collection,
    dropped: &mut Vec<Dropped>,
) {
    let reason = match serde_json::from_str::<T>(raw_item.get()) {
        Err(_e) => DropReason::Malformed {
            #[cfg(feature = "preview")]
            message: _e.to_string(),
        },
        Ok(item) => match item.check() {
            Err(why) => DropReason::Invalid(why),
            Ok(()) if !seen.insert(item.key()) => DropReason::DuplicateId,
            Ok(()) => {
                items.push(item);
                return;
            }
        },
    };
    dropped.push(Dropped { collection, index: Some(index), id: item_id(raw_item), reason });
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
