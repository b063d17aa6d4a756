//! What the widget tells the page it is on: DOM events on the host element, named
//! `mit-overblik:…`, so that a host's own statistics can count how citizens use their overview
//! (who saw it, followed a self-service link instead of phoning, opened the contact details, met
//! an error) and how fast it starts on their phones. Every field is a word of a fixed
//! vocabulary, a count, a time, a yes or no, a KLE number or an authority's id: the types here
//! hold no other text, so nothing a citizen reads or typed can leave the widget this way.

use crate::api::View;
use crate::i18n::Lang;
use crate::present::{ItemTag, LinkKind};

use super::{retry_delay_ms, Failure, FailureView};

/// An event for the host.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// An overview is shown: once per load, after its first card is painted.
    Shown(Shown),
    /// The citizen followed one of the widget's links.
    Link { kind: LinkKind, section: Section, item: ItemTag },
    /// The citizen opened a disclosure, or asked for more cards.
    Opened { part: Part, section: Section },
    /// A load brought no overview, and the widget says so.
    Failure { class: &'static str, retry: Retry, kept: bool, load: u32 },
}

/// What a shown overview holds, in counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
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

/// A field's value in an event's `detail`.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Word(&'static str),
    Number(f64),
    Flag(bool),
    /// An authority's id or a KLE number, as [`ItemTag`] let it through.
    Id(String),
    Absent,
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
        } else if FailureView::of(failure, Lang::Da).retry {
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

    /// The fields of the event's `detail`, by name.
    pub fn detail(&self) -> Vec<(&'static str, Value)> {
        let count = |n: usize| Value::Number(n as f64);
        let id = |id: &Option<String>| id.clone().map_or(Value::Absent, Value::Id);
        match self {
            Self::Shown(s) => vec![
                ("load", Value::Number(f64::from(s.load))),
                ("cases", count(s.cases)),
                ("benefits", count(s.benefits)),
                ("claims", count(s.claims)),
                ("unavailable", count(s.unavailable)),
                ("leftOut", count(s.left_out)),
                ("masked", count(s.masked)),
                ("lang", Value::Word(s.lang.code())),
                ("view", Value::Word(s.view.wire())),
                ("firstCardMs", s.first_card_ms.map_or(Value::Absent, |ms| Value::Number(ms.round()))),
                ("recovered", s.recovered.map_or(Value::Absent, Value::Word)),
            ],
            Self::Link { kind, section, item } => vec![
                ("kind", Value::Word(kind.wire())),
                ("section", Value::Word(section.wire())),
                ("authority", id(&item.authority)),
                ("kle", id(&item.kle)),
            ],
            Self::Opened { part, section } => {
                vec![("part", Value::Word(part.wire())), ("section", Value::Word(section.wire()))]
            }
            Self::Failure { class, retry, kept, load } => vec![
                ("failure", Value::Word(class)),
                ("retry", Value::Word(retry.wire())),
                ("kept", Value::Flag(*kept)),
                ("load", Value::Number(f64::from(*load))),
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::DecodeError;

    #[test]
    fn every_event_says_what_the_host_may_count_and_nothing_else() {
        let shown = Event::Shown(Shown {
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
            vec![
                ("load", Value::Number(2.0)),
                ("cases", Value::Number(3.0)),
                ("benefits", Value::Number(1.0)),
                ("claims", Value::Number(0.0)),
                ("unavailable", Value::Number(1.0)),
                ("leftOut", Value::Number(2.0)),
                ("masked", Value::Number(1.0)),
                ("lang", Value::Word("en")),
                ("view", Value::Word("verification")),
                ("firstCardMs", Value::Number(812.0)),
                ("recovered", Value::Word("timeout")),
            ]
        );
        let link = Event::Link {
            kind: LinkKind::SelfService,
            section: Section::Cases,
            item: ItemTag::new("kommune-751", Some("32.18.04")),
        };
        assert_eq!(link.name(), "mit-overblik:link");
        assert_eq!(
            link.detail(),
            vec![
                ("kind", Value::Word("self-service")),
                ("section", Value::Word("cases")),
                ("authority", Value::Id("kommune-751".into())),
                ("kle", Value::Id("32.18.04".into())),
            ]
        );
        let opened = Event::Opened { part: Part::More, section: Section::Claims };
        assert_eq!(opened.detail(), vec![("part", Value::Word("more")), ("section", Value::Word("claims"))]);
        let failure = Event::Failure { class: Failure::Timeout.class(), retry: Retry::Automatic, kept: true, load: 1 };
        assert_eq!(failure.name(), "mit-overblik:failure");
        assert_eq!(failure.detail()[0], ("failure", Value::Word("timeout")));
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
