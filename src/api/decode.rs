//! Tolerant decoding of a whole overview response.
//!
//! The body is parsed once into borrowed raw items, then each item is decoded on its own, so
//! a malformed item is left out and counted while the rest of the response stands. Only a
//! body that is not the contract at all is an error.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};

use super::json::{self, Json, SyntaxError};
use super::read::FromJson;
use crate::HashSet;
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
    /// It did not have the contract's shape. Why is kept for staff only.
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

/// Decodes a response body at once.
pub fn decode(body: &str) -> Result<Overview, DecodeError> {
    let mut decoding = Decoding::start(body);
    while !decoding.step(usize::MAX)? {}
    Ok(decoding.finish())
}

/// A response decoded a slice at a time, so that a large one never blocks the page for long:
/// [`Decoding::step`] first reads the body (a member or a list's item at a time) and checks its
/// envelope, then decodes the items; [`Decoding::finish`] gives the overview.
pub struct Decoding<'a> {
    /// The body being read, until it is whole.
    reading: Option<json::Reader<'a>>,
    overview: Overview,
    /// The lists not yet opened, in the order they are decoded.
    waiting: std::vec::IntoIter<(Collection, Option<Json<'a>>)>,
    current: Option<OpenList<'a>>,
}

/// The list being decoded: its items still to decode, their position, and the ids seen.
struct OpenList<'a> {
    collection: Collection,
    items: std::iter::Enumerate<std::vec::IntoIter<Json<'a>>>,
    seen: HashSet<String>,
}

impl<'a> Decoding<'a> {
    pub fn start(body: &'a str) -> Self {
        let overview = Overview {
            schema_version: String::new(),
            generated_at: None,
            authorities: Vec::new(),
            topics: Vec::new(),
            claim_types: Vec::new(),
            cases: Vec::new(),
            benefits: Vec::new(),
            claims: Vec::new(),
            dropped: Vec::new(),
        };
        Self { reading: Some(json::Reader::new(body)), overview, waiting: Vec::new().into_iter(), current: None }
    }

    /// Reads the envelope of the whole body: an error when it is not an overview at all.
    fn envelope(&mut self, body: Json<'a>) -> Result<(), DecodeError> {
        let Json::Object(entries) = body else {
            return Err(DecodeError::NotContract("the body is not a JSON object"));
        };
        let (mut version, mut generated_at) = (None, None);
        let mut lists: [(Collection, Option<Json>); 6] = [
            (Collection::Authorities, None),
            (Collection::Topics, None),
            (Collection::ClaimTypes, None),
            (Collection::Cases, None),
            (Collection::Benefits, None),
            (Collection::Claims, None),
        ];
        for (key, value) in entries {
            match (key.as_ref(), value) {
                ("schemaVersion", Json::String(text)) => version = Some(text.into_owned()),
                ("generatedAt", Json::String(text)) => generated_at = super::dates::parse_instant(&text),
                (key, value) => {
                    if let Some(list) = lists.iter_mut().find(|(c, _)| c.key() == key) {
                        list.1 = Some(value);
                    }
                }
            }
        }
        let version = version.ok_or(DecodeError::NotContract("schemaVersion is missing"))?;
        if version.split('.').next() != Some("1") {
            return Err(DecodeError::UnsupportedVersion(version.chars().take(20).collect()));
        }
        if lists.iter().all(|(_, list)| list.is_none()) {
            return Err(DecodeError::NotContract("it has none of the overview's lists"));
        }
        self.overview.schema_version = version;
        self.overview.generated_at = generated_at;
        self.waiting = Vec::from(lists).into_iter();
        Ok(())
    }

    /// Reads or decodes up to `budget` more items; `Ok(true)` when every list is done, an
    /// error when the body is not an overview at all.
    pub fn step(&mut self, budget: usize) -> Result<bool, DecodeError> {
        if let Some(reader) = &mut self.reading {
            let read = match reader.step(budget) {
                Ok(read) => read,
                Err(SyntaxError::Eof) => return Err(DecodeError::Truncated),
                Err(SyntaxError::Invalid) => return Err(DecodeError::NotJson),
            };
            if read {
                if let Some(reader) = self.reading.take() {
                    self.envelope(reader.finish())?;
                }
            }
            return Ok(false);
        }
        let mut left = budget;
        while left > 0 {
            let Some(list) = &mut self.current else {
                let Some((collection, raw)) = self.waiting.next() else { return Ok(true) };
                self.current = self.open(collection, raw);
                continue;
            };
            let Some((index, item)) = list.items.next() else {
                self.current = None;
                continue;
            };
            left -= 1;
            let (o, seen) = (&mut self.overview, &mut list.seen);
            match list.collection {
                Collection::Authorities => {
                    keep(&mut o.authorities, seen, &item, index, Collection::Authorities, &mut o.dropped)
                }
                Collection::Topics => keep(&mut o.topics, seen, &item, index, Collection::Topics, &mut o.dropped),
                Collection::ClaimTypes => {
                    keep(&mut o.claim_types, seen, &item, index, Collection::ClaimTypes, &mut o.dropped)
                }
                Collection::Cases => keep(&mut o.cases, seen, &item, index, Collection::Cases, &mut o.dropped),
                Collection::Benefits => keep(&mut o.benefits, seen, &item, index, Collection::Benefits, &mut o.dropped),
                Collection::Claims => keep(&mut o.claims, seen, &item, index, Collection::Claims, &mut o.dropped),
            }
        }
        Ok(false)
    }

    pub fn finish(self) -> Overview {
        self.overview
    }

    fn open(&mut self, collection: Collection, list: Option<Json<'a>>) -> Option<OpenList<'a>> {
        match list? {
            Json::Null => None,
            Json::Array(items) => {
                let seen = HashSet::with_capacity_and_hasher(items.len(), Default::default());
                Some(OpenList { collection, items: items.into_iter().enumerate(), seen })
            }
            _ => {
                self.overview.dropped.push(Dropped { collection, index: None, id: None, reason: DropReason::NotAList });
                None
            }
        }
    }
}

/// What every top-level item offers the decoder.
trait Item: FromJson {
    /// The key that must be unique in its list.
    fn key(&self) -> String;
    /// The checks that serde's shape cannot express.
    fn check(&self) -> Result<(), &'static str>;
}

/// Decodes one item into `items`, or records why it was left out.
fn keep<T: Item>(
    items: &mut Vec<T>,
    seen: &mut HashSet<String>,
    raw_item: &Json,
    index: usize,
    collection: Collection,
    dropped: &mut Vec<Dropped>,
) {
    let reason = match T::from_json(raw_item) {
        Err(_e) => DropReason::Malformed {
            #[cfg(feature = "preview")]
            message: _e.message().to_owned(),
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
fn item_id(item: &Json) -> Option<String> {
    let Json::Object(entries) = item else { return None };
    match entries.iter().find(|(key, _)| key == "id") {
        Some((_, Json::String(id))) if !id.is_empty() && id.len() <= 64 => Some(id.to_string()),
        _ => None,
    }
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
    contact
        .as_ref()
        .is_none_or(|c| [&c.phone, &c.opening_hours, &c.email, &c.url].iter().all(|t| t.as_deref().is_none_or(text_ok)))
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
