//! Watch-word findings (the preview build and the scanning command): the list's words in what
//! the citizen view shows, and, marked as such, in what only the verification view shows.

use std::collections::HashSet;
use std::hash::{BuildHasher, Hasher};

use super::shown::{self, Place, Seen};
use super::Presentation;
use crate::rules::findings::{Finding, FindingKind, ItemRef};
use crate::rules::watch::{quote, Match, WatchList};

/// The findings of `list` in the two views of one overview (same language and day);
/// `verification` is `None` when the overview is presented alike in both
/// (`present::alike_in_both_views`): then nothing is shown in that view only.
pub fn findings<'a>(
    list: &WatchList,
    citizen: &'a Presentation,
    verification: Option<&'a Presentation>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    if list.is_empty() {
        return out;
    }
    let finding = |kind, place, text: &str, m: Match| {
        Finding::new(kind, item(place), &format!("{}: {}", m.word, quote(text, &m)))
    };
    // The same texts stand on many cards (a topic's contact and breach reporting on each of
    // its cases) and in both views: each is read once.
    let mut clean: HashSet<&str, Fx> = HashSet::default();
    let mut matches = |text: &'a str| {
        // A short text is read faster than it is looked up.
        let remember = text.len() >= 32;
        if remember && clean.contains(text) {
            return Vec::new();
        }
        let found = list.find(text);
        if remember && found.is_empty() {
            clean.insert(text);
        }
        found
    };
    shown::each(citizen, &mut |place, seen| {
        if let Seen::Text(text) = seen {
            out.extend(matches(text).into_iter().map(|m| finding(FindingKind::WatchWord, place, text, m)));
        }
    });
    let Some(verification) = verification else { return out };
    // A match the citizen view has on the same card, with the same words around it, is the
    // same text shown to both, and reported above.
    let in_citizen_view: HashSet<(ItemRef, String)> = out.iter().map(|f| (f.item.clone(), f.detail.clone())).collect();
    shown::each(verification, &mut |place, seen| {
        let Seen::Text(text) = seen else { return };
        for m in matches(text) {
            let f = finding(FindingKind::WatchWordVerificationOnly, place, text, m);
            if !in_citizen_view.contains(&(f.item.clone(), f.detail.clone())) {
                out.push(f);
            }
        }
    });
    out
}

fn item(place: Place) -> ItemRef {
    match place {
        Place::Top => ItemRef::Top,
        Place::Case(id) => ItemRef::Case(id.to_owned()),
        Place::Benefit(id) => ItemRef::Benefit(id.to_owned()),
        Place::Claim(id) => ItemRef::Claim(id.to_owned()),
    }
}

/// A quick hash for the texts of one overview (FxHash's multiply-rotate): they are not chosen
/// by an attacker to collide, and SipHash would cost more than the search it saves.
#[derive(Default, Clone, Copy)]
struct Fx;

impl BuildHasher for Fx {
    type Hasher = FxHasher;
    fn build_hasher(&self) -> FxHasher {
        FxHasher(0)
    }
}

struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        for &byte in chunks.remainder() {
            self.add(u64::from(byte));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}
