//! Cases: title, progress, documents and links.

use crate::api::{Basis, Case, Direction, TitleSource, Topic};
use crate::i18n::{fill, format};
use crate::kle::{self, KleNumber};
use crate::rules::documents::{self, DocumentVisibility};
use crate::rules::findings::{FindingKind, ItemRef};
use crate::rules::progress::{self, Progress, State, StepStatus};
use crate::rules::title::{self, Facet, Subject};
use crate::rules::url::SafeUrl;

use super::cards::{CaseCard, DocumentLine, Link, LinkKind, TimelineLine};
use super::Builder;

impl Builder<'_> {
    pub(super) fn case(&mut self, case: &Case) -> CaseCard {
        let item = ItemRef::Case(case.id.clone());
        let lang = self.lang();
        self.check_authority(&case.authority_id, &item);
        let authority = self.authority_name(&case.authority_id);
        let topic = self.topic(&case.authority_id, &case.kle);
        if topic.is_none() {
            self.find(FindingKind::UnknownReference, &item, || format!("topic {}/{}", case.authority_id, case.kle));
        }
        let property = self.property(case, &item);
        let title = self.case_title(case, topic, &item, &authority, property.as_deref());
        let progress = self.case_progress(case, &item);
        let case_number = self.text(&case.case_number, &item, "caseNumber");

        let self_service = topic.and_then(|t| {
            let text = fill(lang.texts().self_service, &title);
            self.self_service(&t.self_service, case.it_system.as_deref(), Some(&case.case_number), text, &item)
        });
        let access_to_records = topic
            .and_then(|t| t.access_to_records_url.as_deref())
            .and_then(|raw| self.url(SafeUrl::web(raw), raw, &item, "accessToRecordsUrl"))
            .map(|href| Link {
                href,
                text: fill(lang.texts().access_to_records, &title),
                kind: LinkKind::AccessToRecords,
            });

        CaseCard {
            id: case.id.clone(),
            case_number,
            created: format::long_date(lang, case.created),
            active: progress.is_active(),
            state: progress.state,
            state_label: state_label(lang, progress.state),
            date: progress.last_change.map_or(case.created, |at| at.date_naive()),
            timeline: timeline(lang, &progress),
            next: next_step(lang, progress.state, &authority),
            property,
            documents: self.documents(case, topic, &item),
            self_service,
            access_to_records,
            contact: self.contact(topic.and_then(|t| t.contact.as_ref()), &authority, &item),
            breach: self.breach(topic.and_then(|t| t.breach_reporting.as_ref()), &authority, &item),
            title,
            authority,
        }
    }

    fn case_title(
        &mut self,
        case: &Case,
        topic: Option<&Topic>,
        item: &ItemRef,
        authority: &str,
        property: Option<&str>,
    ) -> String {
        let source = topic.map(|t| &t.title_source);
        // The case's own title is read (and filtered) only where the municipality chose to show it.
        let own = case
            .case_title
            .as_deref()
            .filter(|_| source == Some(&TitleSource::CaseTitle))
            .map(|raw| self.text(raw, item, "caseTitle"));
        let kle_title = topic.and_then(|t| {
            let title = t.kle_title.as_deref()?;
            Some(self.shared_text(
                title,
                ItemRef::Topic { authority_id: t.authority_id.clone(), kle: t.kle.clone() },
                "kleTitle",
            ))
        });
        let subject = title::subject(source, &case.kle, own.as_deref(), kle_title.as_deref());
        match subject {
            Subject::None | Subject::Kle { exact: false, .. } => {
                self.find(FindingKind::UnknownKle, item, || case.kle.as_str())
            }
            Subject::NotForCitizens => self.find(FindingKind::KleNotForCitizens, item, || case.kle.as_str()),
            Subject::Kle { exact: true, .. } | Subject::CaseTitle(_) => {}
        }
        if let Basis::Unknown(value) = &case.basis {
            self.unknown_value(item, "basis", value);
        }
        let is_building_case = KleNumber::parse(&case.kle).is_some_and(kle::is_property_owner_emne);
        if is_building_case && case.basis == Basis::PrimaryParty {
            self.find(FindingKind::BuildingCaseBasis, item, || case.kle.clone());
        }
        self.lang().texts().case_title(Facet::parse(&case.facet), &subject, property, Some(authority))
    }

    /// The address of the property a property-owner case concerns.
    fn property(&mut self, case: &Case, item: &ItemRef) -> Option<String> {
        let property = case.property.as_ref().filter(|_| case.basis == Basis::PropertyOwner)?;
        Some(self.text(&property.address, item, "property.address")).filter(|a| !a.is_empty())
    }

    fn case_progress(&mut self, case: &Case, item: &ItemRef) -> Progress {
        if case.progress.is_empty() {
            self.find(FindingKind::MissingProgress, item, || "");
        }
        if case.progress.skipped > 0 {
            self.find(FindingKind::MalformedEntries, item, || format!("progress: {}", case.progress.skipped));
        }
        for entry in case.progress.iter().filter(|e| e.code.is_unknown()) {
            self.unknown_value(item, "progress", entry.code.wire());
        }
        progress::progress(&case.progress)
    }

    fn documents(&mut self, case: &Case, topic: Option<&Topic>, item: &ItemRef) -> Vec<DocumentLine> {
        let visibility =
            topic.map_or(DocumentVisibility::Hidden, |t| documents::visibility(&t.document_titles, self.context.view));
        if visibility == DocumentVisibility::Hidden {
            return Vec::new();
        }
        if case.documents.skipped > 0 {
            self.find(FindingKind::MalformedEntries, item, || format!("documents: {}", case.documents.skipped));
        }
        let lang = self.lang();
        let t = lang.texts();
        let view = self.context.view;
        let mut docs: Vec<_> =
            case.documents.iter().filter(|d| documents::shows_direction(&d.direction, view)).collect();
        crate::sort::sort_by_key(&mut docs, |d| std::cmp::Reverse(d.date));
        docs.into_iter()
            .map(|doc| DocumentLine {
                title: self.text(&doc.title, item, "documents.title"),
                date: format::long_date(lang, doc.date),
                direction: match doc.direction {
                    Direction::Incoming => Some(t.incoming),
                    Direction::Outgoing => Some(t.outgoing),
                    Direction::Internal => Some(t.internal),
                    Direction::Unknown(_) => None,
                },
                verification_only: visibility == DocumentVisibility::VerificationOnly,
            })
            .filter(|line| !line.title.is_empty())
            .collect()
    }
}

fn state_label(lang: crate::i18n::Lang, state: State) -> &'static str {
    let t = lang.texts();
    match state {
        State::At(step) => t.steps[step.index()].label,
        State::Other => t.state_other,
        State::Unknown => t.state_unknown,
    }
}

/// What happens next, in plain words; an unknown state is said to be unknown, not guessed.
fn next_step(lang: crate::i18n::Lang, state: State, authority: &str) -> String {
    let t = lang.texts();
    match state {
        State::At(step) => t.steps[step.index()].next.to_owned(),
        State::Other => fill(t.next_other, authority),
        State::Unknown => fill(t.next_unknown, authority),
    }
}

fn timeline(lang: crate::i18n::Lang, progress: &Progress) -> Vec<TimelineLine> {
    let t = lang.texts();
    progress
        .timeline
        .iter()
        .map(|step| TimelineLine {
            label: t.steps[step.step.index()].label,
            meaning: match step.status {
                StepStatus::Done | StepStatus::Current => t.steps[step.step.index()].meaning,
                StepStatus::Upcoming => t.steps[step.step.index()].ahead,
            },
            status: step.status,
            status_text: match step.status {
                StepStatus::Done => t.step_done,
                StepStatus::Current => t.step_current,
                StepStatus::Upcoming => t.step_upcoming,
            },
            date: step.at.map(|at| format::long_date(lang, at.date_naive())),
        })
        .collect()
}
