//! A case's progress (fremdrift): its current state and the four-step timeline.

use chrono::{DateTime, FixedOffset};

use crate::api::{ProgressCode, ProgressEntry};

/// The four steps every case goes through, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    Opstaaet,
    Oplyst,
    Afgjort,
    Afsluttet,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Opstaaet, Step::Oplyst, Step::Afgjort, Step::Afsluttet];

    fn from_code(code: &ProgressCode) -> Option<Self> {
        match code {
            ProgressCode::Opstaaet => Some(Self::Opstaaet),
            ProgressCode::Oplyst => Some(Self::Oplyst),
            ProgressCode::Afgjort => Some(Self::Afgjort),
            ProgressCode::Afsluttet => Some(Self::Afsluttet),
            ProgressCode::Unknown(_) => None,
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Where a case stands now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    At(Step),
    /// The last entry has a code the contract does not name.
    Other,
    /// No progress history at all.
    Unknown,
}

/// How a step of the timeline relates to the current state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepStatus {
    Done,
    Current,
    Upcoming,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimelineStep {
    pub step: Step,
    pub status: StepStatus,
    /// When the case last reached this step, for steps done or current.
    pub at: Option<DateTime<FixedOffset>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub state: State,
    pub timeline: [TimelineStep; 4],
    /// The newest entry's time: when the case last moved.
    pub last_change: Option<DateTime<FixedOffset>>,
}

impl Progress {
    /// Active until closed. A case whose state is unknown counts as active: it is safer to
    /// show it among the open ones than to hide it among the closed.
    pub fn is_active(&self) -> bool {
        self.state != State::At(Step::Afsluttet)
    }
}

/// The newest entry: when the case last moved, and where it stands now. The contract
/// promises oldest first; the time decides anyway, because not every supplier keeps
/// promises. Of entries at the same time, the one given last.
pub fn last(entries: &[ProgressEntry]) -> Option<&ProgressEntry> {
    entries.iter().reduce(|newest, e| if e.at >= newest.at { e } else { newest })
}

/// Where a case stands, from its newest entry.
fn state(last: Option<&ProgressEntry>) -> State {
    match last {
        None => State::Unknown,
        Some(last) => Step::from_code(&last.code).map_or(State::Other, State::At),
    }
}

/// Whether a case is active (see [`Progress::is_active`]), without reading the whole history.
pub fn is_active(entries: &[ProgressEntry]) -> bool {
    state(last(entries)) != State::At(Step::Afsluttet)
}

/// Reads a progress history.
pub fn progress(entries: &[ProgressEntry]) -> Progress {
    let mut sorted: Vec<&ProgressEntry> = entries.iter().collect();
    crate::sort::sort_by_key(&mut sorted, |e| e.at);
    let newest = last(entries);
    let state = state(newest);
    // With no known current step, the furthest step reached stands in for placing the others.
    let reached = |step: Step| sorted.iter().rev().find(|e| Step::from_code(&e.code) == Some(step)).map(|e| e.at);
    let anchor = match state {
        State::At(step) => Some(step),
        State::Other | State::Unknown => Step::ALL.into_iter().rev().find(|s| reached(*s).is_some()),
    };
    let timeline = Step::ALL.map(|step| {
        let status = match (anchor, state) {
            (Some(a), State::At(_)) if step == a => StepStatus::Current,
            (Some(a), _) if step <= a => StepStatus::Done,
            _ => StepStatus::Upcoming,
        };
        let at = if status == StepStatus::Upcoming { None } else { reached(step) };
        TimelineStep { step, status, at }
    });
    Progress { state, timeline, last_change: newest.map(|e| e.at) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(code: &str, at: &str) -> ProgressEntry {
        ProgressEntry {
            code: ProgressCode::from_wire(code),
            at: DateTime::parse_from_rfc3339(at).expect("valid test instant"),
        }
    }

    fn statuses(p: &Progress) -> Vec<StepStatus> {
        p.timeline.iter().map(|s| s.status).collect()
    }

    #[test]
    fn states_and_timelines() {
        use StepStatus::*;
        let table: [(Vec<ProgressEntry>, State, [StepStatus; 4], bool); 7] = [
            (vec![], State::Unknown, [Upcoming; 4], true),
            (
                vec![entry("Opstaaet", "2026-01-02T10:00:00+01:00")],
                State::At(Step::Opstaaet),
                [Current, Upcoming, Upcoming, Upcoming],
                true,
            ),
            (
                vec![
                    entry("Opstaaet", "2026-01-02T10:00:00+01:00"),
                    entry("Oplyst", "2026-02-02T10:00:00+01:00"),
                    entry("Afgjort", "2026-03-02T10:00:00+01:00"),
                ],
                State::At(Step::Afgjort),
                [Done, Done, Current, Upcoming],
                true,
            ),
            (
                vec![entry("Afsluttet", "2026-04-02T10:00:00+01:00"), entry("Opstaaet", "2026-01-02T10:00:00+01:00")],
                State::At(Step::Afsluttet),
                [Done, Done, Done, Current],
                false,
            ),
            (
                vec![entry("Opstaaet", "2026-01-02T10:00:00+01:00"), entry("Genoptaget", "2026-05-02T10:00:00+01:00")],
                State::Other,
                [Done, Upcoming, Upcoming, Upcoming],
                true,
            ),
            (
                // Two entries at one time: the one given last is where the case stands.
                vec![entry("Afsluttet", "2026-04-02T10:00:00+01:00"), entry("Oplyst", "2026-04-02T10:00:00+01:00")],
                State::At(Step::Oplyst),
                [Done, Current, Upcoming, Upcoming],
                true,
            ),
            (
                // Reopened: decided, then back to gathering information.
                vec![
                    entry("Opstaaet", "2026-01-02T10:00:00+01:00"),
                    entry("Afgjort", "2026-03-02T10:00:00+01:00"),
                    entry("Oplyst", "2026-04-02T10:00:00+01:00"),
                ],
                State::At(Step::Oplyst),
                [Done, Current, Upcoming, Upcoming],
                true,
            ),
        ];
        for (entries, state, expected, active) in table {
            let p = progress(&entries);
            assert_eq!(p.state, state, "{entries:?}");
            assert_eq!(statuses(&p), expected, "{entries:?}");
            assert_eq!(p.is_active(), active, "{entries:?}");
            assert_eq!(is_active(&entries), active, "the shortcut agrees: {entries:?}");
        }
    }

    #[test]
    fn dates_belong_to_steps_reached() {
        let p =
            progress(&[entry("Opstaaet", "2026-01-02T10:00:00+01:00"), entry("Oplyst", "2026-02-03T11:00:00+01:00")]);
        assert_eq!(p.timeline[0].at.map(|t| t.to_rfc3339()), Some("2026-01-02T10:00:00+01:00".into()));
        assert_eq!(p.timeline[1].at.map(|t| t.to_rfc3339()), Some("2026-02-03T11:00:00+01:00".into()));
        assert_eq!(p.timeline[2].at, None);
        assert_eq!(p.last_change, p.timeline[1].at);
    }
}
