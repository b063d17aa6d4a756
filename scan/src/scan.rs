//! One response scanned: decoded, presented in both views as the preview would (once where
//! the two are alike), and every finding of the rules and of the watch words made a row with
//! where it stands.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use chrono::NaiveDate;
use mit_overblik::api::{decode, Overview, View};
use mit_overblik::i18n::Lang;
use mit_overblik::present::{BothViews, Context};
use mit_overblik::rules::findings::{Finding, ItemRef};
use mit_overblik::rules::text::for_staff;
use mit_overblik::rules::watch::WatchList;

use crate::input::Unit;
use crate::kind::ScanKind;

/// What every scan shares.
pub struct Setup {
    pub lang: Lang,
    pub today: NaiveDate,
    pub watch: WatchList,
}

/// One finding, where it stands. Every text from the data is quoted as the preview quotes it
/// (`for_staff`: no hidden characters, CPR-like numbers masked, cut short).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub source: Arc<str>,
    pub line: Option<u64>,
    pub authority: String,
    pub kle: String,
    /// `case`, `benefit`, `claim`, `authority`, `topic`, `claim-type`, `overview`, a list's
    /// name for an item that did not decode, or `response`.
    pub item_kind: &'static str,
    pub item_id: String,
    pub kind: ScanKind,
    pub quote: String,
}

/// What a unit gave: its items and its findings.
#[derive(Debug, Default)]
pub struct Scanned {
    /// Whether it was an overview.
    pub response: bool,
    pub items: usize,
    pub rows: Vec<Row>,
}

pub fn scan(unit: Unit, setup: &Setup) -> Scanned {
    let source = unit.source.clone();
    let problem = |kind, why: &str| Scanned {
        response: false,
        items: 0,
        rows: vec![Row {
            source: source.clone(),
            line: unit.line,
            authority: String::new(),
            kle: String::new(),
            item_kind: "response",
            item_id: String::new(),
            kind,
            quote: for_staff(why),
        }],
    };
    let body = match &unit.body {
        Ok(body) => body,
        Err(why) => return problem(ScanKind::UnreadableInput, why),
    };
    let overview = match decode(body) {
        Ok(overview) => overview,
        Err(why) => return problem(ScanKind::UnreadableResponse, &why.to_string()),
    };
    // An overview both views show alike is presented once, and what is in it found once.
    let context = Context { lang: setup.lang, view: View::Citizen, today: setup.today };
    let both = BothViews::present(&overview, context, None);
    let watched = both.watch_findings(&setup.watch);
    // What both views find once: the same rule on the same item is one finding.
    let mut seen = HashSet::new();
    let findings: Vec<&Finding> = both
        .citizen
        .findings
        .iter()
        .chain(both.verification.iter().flat_map(|v| &v.findings))
        .chain(&watched)
        .filter(|f| seen.insert((f.kind, &f.item, &f.detail)))
        .collect();
    if findings.is_empty() {
        return Scanned { response: true, items: items(&overview), rows: Vec::new() };
    }
    let places = Places::of(&overview);
    let rows = findings
        .iter()
        .map(|f| {
            let (item_kind, item_id, authority, kle) = places.of_item(&f.item);
            Row {
                source: source.clone(),
                line: unit.line,
                authority: for_staff(authority),
                kle: for_staff(kle),
                item_kind,
                item_id: for_staff(item_id),
                kind: ScanKind::Rule(f.kind),
                quote: f.detail.clone(),
            }
        })
        .collect();
    Scanned { response: true, items: items(&overview), rows }
}

/// The items of a response: its cases, benefits and claims, and those that did not decode.
fn items(o: &Overview) -> usize {
    o.cases.len() + o.benefits.len() + o.claims.len() + o.dropped.len()
}

/// The authority and KLE emne of each case, benefit and claim, by id.
struct Places<'a> {
    cases: HashMap<&'a str, (&'a str, &'a str)>,
    benefits: HashMap<&'a str, (&'a str, &'a str)>,
    claims: HashMap<&'a str, &'a str>,
}

impl<'a> Places<'a> {
    fn of(o: &'a Overview) -> Self {
        Self {
            cases: o.cases.iter().map(|c| (c.id.as_str(), (c.authority_id.as_str(), c.kle.as_str()))).collect(),
            benefits: o
                .benefits
                .iter()
                .map(|b| (b.id.as_str(), (b.authority_id.as_str(), b.kle.as_deref().unwrap_or_default())))
                .collect(),
            claims: o.claims.iter().map(|c| (c.id.as_str(), c.authority_id.as_str())).collect(),
        }
    }

    /// The item's kind, id, authority and emne.
    fn of_item<'x>(&'x self, item: &'x ItemRef) -> (&'static str, &'x str, &'x str, &'x str) {
        let none = ("", "");
        match item {
            ItemRef::Authority(id) => ("authority", id, id, ""),
            ItemRef::Topic { authority_id, kle } => ("topic", kle, authority_id, kle),
            ItemRef::ClaimType { authority_id, id } => ("claim-type", id, authority_id, ""),
            ItemRef::Case(id) => {
                let (a, k) = self.cases.get(id.as_str()).copied().unwrap_or(none);
                ("case", id, a, k)
            }
            ItemRef::Benefit(id) => {
                let (a, k) = self.benefits.get(id.as_str()).copied().unwrap_or(none);
                ("benefit", id, a, k)
            }
            ItemRef::Claim(id) => ("claim", id, self.claims.get(id.as_str()).copied().unwrap_or_default(), ""),
            ItemRef::Position { collection, id, .. } => (collection.key(), id.as_deref().unwrap_or_default(), "", ""),
            ItemRef::Top => ("overview", "", "", ""),
        }
    }
}
