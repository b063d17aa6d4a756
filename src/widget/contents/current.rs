//! The presentation in view, as the contents read it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::present::Presentation;
use crate::widget::requests::Shown;

/// The presentation in view, read from the requests' signal (an empty one while it holds
/// none). A reader of its own rather than a `Signal::derive`, whose reading is generic code
/// for every kind of signal it could be.
#[derive(Clone, Copy)]
pub struct Current(pub RwSignal<Option<Shown>>);

impl Current {
    pub(super) fn with<R>(self, f: impl FnOnce(&Presentation) -> R) -> R {
        self.0.with(|shown| read(shown.as_ref(), f))
    }

    pub(super) fn with_untracked<R>(self, f: impl FnOnce(&Presentation) -> R) -> R {
        self.0.with_untracked(|shown| read(shown.as_ref(), f))
    }

    pub(super) fn get_untracked(self) -> Arc<Presentation> {
        self.0.with_untracked(|shown| shown.as_ref().map(|s| s.presentation.clone())).unwrap_or_default()
    }
}

fn read<R>(shown: Option<&Shown>, f: impl FnOnce(&Presentation) -> R) -> R {
    match shown {
        Some(shown) => f(&shown.presentation),
        None => f(&Presentation::default()),
    }
}
