//! What the widget tells the page it is on: DOM events on the host element, named
//! `mit-overblik:…`, so that a host's own statistics can count how citizens use their overview
//! (who saw it, followed a self-service link instead of phoning, opened the contact details, met
//! an error) and how fast it starts on their phones. Every field is a word of a fixed
//! vocabulary, a count, a time, a yes or no, a KLE number or an authority's id: the types here
//! hold no other text, so nothing a citizen reads or typed can leave the widget this way.

use crate::api::{Overview, View};
use crate::i18n::Lang;
use crate::present::LinkKind;

use super::{retry_delay_ms, Failure};

/// An event for the host.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// An overview is shown: once per load, after the whole of it is in the page and painted.
    Shown(ShownDetail),
    /// The citizen followed one of the widget's links.
    Link { kind: LinkKind, section: Section, item: ItemTag },
    /// The citizen opened a disclosure, or asked for more cards.
    Opened { part: Part, section: Section },
    /// A load brought no overview, and the widget says so.
    Failure { class: &'static str, retry: Retry, kept: bool, load: u32 },
}

/// The detail of `mit-overblik:shown` (`ShownDetail` in `embed.d.ts`): what a shown overview
/// holds, in counts.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownDetail {
    /// Which load of this widget it is: 1 for the page's, more after a retry or refresh.
    pub load: u32,
    pub cases: usize,
    pub benefits: usize,
    pub claims: usize,
    /// Authorities that could not be read now.
    pub unavailable: usize,
    /// The citizen's items left out as unreadable.
    pub left_out: usize,
    /// Texts in which a CPR-like number was masked.
    pub masked: usize,
    pub lang: Lang,
    pub view: View,
    /// From the page's navigation to this load's first card in the page, as the widget
    /// measured it (`None` when there is no card).
    pub first_card_ms: Option<f64>,
    /// The failure shown before this load, when this load is a retry that succeeded.
    pub recovered: Option<&'static str>,
}

/// Where in the widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Cases,
    Benefits,
    Claims,
    /// "Det skal du være opmærksom på".
    Summary,
    /// The failure notice.
    Notice,
}

/// What the citizen opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Documents,
    Payments,
    Contact,
    /// "Vis flere".
    More,
}

/// What follows a failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// The widget tries again by itself.
    Automatic,
    /// The citizen is offered "Prøv igen".
    Offered,
    None,
}

/// What the host's statistics may be told of an item: its authority's id and its KLE emne,
/// each only when it is plainly one (an id the API sends could be anything).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ItemTag {
    pub authority: Option<String>,
    pub kle: Option<String>,
}

impl ItemTag {
    pub fn new(authority_id: &str, kle: Option<&str>) -> Self {
        let plain = |id: &str| {
            (1..=64).contains(&id.len())
                && id.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
                && crate::rules::text::mask_cpr(id).1 == 0
        };
        Self {
            authority: plain(authority_id).then(|| authority_id.to_owned()),
            kle: kle.map(str::trim).filter(|k| crate::kle::KleNumber::parse(k).is_some()).map(str::to_owned),
        }
    }

    /// The tag of the item `id` of `section` in `overview`: found when a link is followed,
    /// not made for every card before the first is shown.
    pub fn of(overview: &Overview, section: Section, id: &str) -> Self {
        let found = match section {
            Section::Cases => {
                overview.cases.iter().find(|c| c.id == id).map(|c| (&c.authority_id, Some(c.kle.as_str())))
            }
            Section::Benefits => {
                overview.benefits.iter().find(|b| b.id == id).map(|b| (&b.authority_id, b.kle.as_deref()))
            }
            Section::Claims => overview.claims.iter().find(|c| c.id == id).map(|c| (&c.authority_id, None)),
            Section::Summary | Section::Notice => None,
        };
        found.map(|(authority, kle)| Self::new(authority, kle)).unwrap_or_default()
    }
}

impl Section {
    pub fn wire(self) -> &'static str {
        match self {
            Self::Cases => "cases",
            Self::Benefits => "benefits",
            Self::Claims => "claims",
            Self::Summary => "summary",
            Self::Notice => "notice",
        }
    }
}

impl Part {
    pub fn wire(self) -> &'static str {
        match self {
            Self::Documents => "documents",
            Self::Payments => "payments",
            Self::Contact => "contact",
            Self::More => "more",
        }
    }
}

impl Retry {
    /// What follows `failure` after `attempt` automatic retries.
    pub fn after(failure: &Failure, attempt: u32) -> Self {
        if retry_delay_ms(failure, attempt).is_some() {
            Self::Automatic
        } else if failure.offers_retry() {
            Self::Offered
        } else {
            Self::None
        }
    }

    pub fn wire(self) -> &'static str {
        match self {
            Self::Automatic => "automatic",
            Self::Offered => "offered",
            Self::None => "none",
        }
    }
}

impl Event {
    /// The DOM event's name.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Shown(_) => "mit-overblik:shown",
            Self::Link { .. } => "mit-overblik:link",
            Self::Opened { .. } => "mit-overblik:opened",
            Self::Failure { .. } => "mit-overblik:failure",
        }
    }

    /// The event's `detail` as JSON text, which the loader parses: an object of its fields.
    /// No value needs escaping: words are this file's, and an [`ItemTag`] lets through only
    /// letters, digits and `._:-`.
    pub fn detail(&self) -> String {
        let mut fields = Fields(String::from("{"));
        match self {
            Self::Shown(s) => {
                fields.number("load", s.load.into());
                fields.number("cases", s.cases as u64);
                fields.number("benefits", s.benefits as u64);
                fields.number("claims", s.claims as u64);
                fields.number("unavailable", s.unavailable as u64);
                fields.number("leftOut", s.left_out as u64);
                fields.number("masked", s.masked as u64);
                fields.word("lang", Some(s.lang.code()));
                fields.word("view", Some(s.view.wire()));
                match s.first_card_ms {
                    Some(ms) => fields.number("firstCardMs", ms.round() as u64),
                    None => fields.word("firstCardMs", None),
                }
                fields.word("recovered", s.recovered);
            }
            Self::Link { kind, section, item } => {
                fields.word("kind", Some(kind.wire()));
                fields.word("section", Some(section.wire()));
                fields.word("authority", item.authority.as_deref());
                fields.word("kle", item.kle.as_deref());
            }
            Self::Opened { part, section } => {
                fields.word("part", Some(part.wire()));
                fields.word("section", Some(section.wire()));
            }
            Self::Failure { class, retry, kept, load } => {
                fields.word("failure", Some(class));
                fields.word("retry", Some(retry.wire()));
                fields.field("kept");
                fields.0.push_str(if *kept { "true" } else { "false" });
                fields.number("load", (*load).into());
            }
        }
        fields.0.push('}');
        fields.0
    }
}

/// A JSON object being written, field by field.
struct Fields(String);

impl Fields {
    fn field(&mut self, name: &str) {
        if self.0.len() > 1 {
            self.0.push(',');
        }
        self.0.push('"');
        self.0.push_str(name);
        self.0.push_str("\":");
    }

    fn number(&mut self, name: &str, number: u64) {
        self.field(name);
        self.0.push_str(&number.to_string());
    }

    /// A word, or `null` when there is none.
    fn word(&mut self, name: &str, word: Option<&str>) {
        self.field(name);
        match word {
            Some(word) => {
                self.0.push('"');
                self.0.push_str(word);
                self.0.push('"');
            }
            None => self.0.push_str("null"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::DecodeError;

    #[test]
    fn every_event_says_what_the_host_may_count_and_nothing_else() {
        let shown = Event::Shown(ShownDetail {
            load: 2,
            cases: 3,
            benefits: 1,
            claims: 0,
            unavailable: 1,
            left_out: 2,
            masked: 1,
            lang: Lang::En,
            view: View::Verification,
            first_card_ms: Some(812.4),
            recovered: Some("timeout"),
        });
        assert_eq!(shown.name(), "mit-overblik:shown");
        assert_eq!(
            shown.detail(),
            r#"{"load":2,"cases":3,"benefits":1,"claims":0,"unavailable":1,"leftOut":2,"masked":1,"lang":"en","view":"verification","firstCardMs":812,"recovered":"timeout"}"#
        );
        let link = Event::Link {
            kind: LinkKind::SelfService,
            section: Section::Cases,
            item: ItemTag::new("kommune-751", Some("32.18.04")),
        };
        assert_eq!(link.name(), "mit-overblik:link");
        assert_eq!(
            link.detail(),
            r#"{"kind":"self-service","section":"cases","authority":"kommune-751","kle":"32.18.04"}"#
        );
        let unknown =
            Event::Link { kind: LinkKind::Pay, section: Section::Summary, item: ItemTag::new("Aarhus Kommune", None) };
        assert_eq!(unknown.detail(), r#"{"kind":"pay","section":"summary","authority":null,"kle":null}"#);
        let opened = Event::Opened { part: Part::More, section: Section::Claims };
        assert_eq!(opened.detail(), r#"{"part":"more","section":"claims"}"#);
        let failure = Event::Failure { class: Failure::Timeout.class(), retry: Retry::Automatic, kept: true, load: 1 };
        assert_eq!(failure.name(), "mit-overblik:failure");
        assert_eq!(failure.detail(), r#"{"failure":"timeout","retry":"automatic","kept":true,"load":1}"#);
    }

    #[test]
    fn an_item_is_tagged_only_with_what_is_plainly_an_id_or_a_kle_number() {
        let table = [
            (("kommune-751", Some("32.18.04")), (Some("kommune-751"), Some("32.18.04"))),
            (("udbetaling.dk:ydelser", None), (Some("udbetaling.dk:ydelser"), None)),
            (("k1", Some(" 32.18.04 ")), (Some("k1"), Some("32.18.04"))),
            // Free text, a CPR-like number, a name, an over-long id: none of it leaves.
            (("Aarhus Kommune", Some("Sagens emne")), (None, None)),
            (("0101901234", Some("3218")), (None, None)),
            (("010190-1234", None), (None, None)),
            (("", None), (None, None)),
        ];
        for ((authority, kle), (expected_authority, expected_kle)) in table {
            let tag = ItemTag::new(authority, kle);
            assert_eq!(tag.authority.as_deref(), expected_authority, "{authority:?}");
            assert_eq!(tag.kle.as_deref(), expected_kle, "{kle:?}");
        }
        let long = "a".repeat(65);
        assert_eq!(ItemTag::new(&long, None).authority, None);
    }

    #[test]
    fn what_follows_a_failure() {
        let table = [
            (Failure::Timeout, 0, Retry::Automatic),
            (Failure::Timeout, 3, Retry::Offered),
            (Failure::Server { status: 503 }, 0, Retry::Automatic),
            (Failure::Unauthorized, 0, Retry::None),
            (Failure::Unreadable(DecodeError::NotJson), 0, Retry::Offered),
        ];
        for (failure, attempt, expected) in table {
            assert_eq!(Retry::after(&failure, attempt), expected, "{failure:?} after {attempt}");
        }
    }
}
