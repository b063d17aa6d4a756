//! The overview's requests, one at a time: a new one (a retry by hand, a refresh) aborts the
//! one under way, an automatic retry follows the rules of `client::failure`, an answer that
//! comes after a newer request was made is dropped, and the unmount aborts what is under way.
//! An answer is decoded, then presented: the first page of each section is shown as soon as
//! it is made, the rest follows.

use leptos::prelude::*;
use std::sync::Arc;

use crate::api::Overview;
use crate::client::events::{self, Event, Retry};
use crate::client::{retry_delay_ms, Failure, Options};
use crate::present::{Context, Presentation, Presenting};

use super::browser::{self, Slices};
use super::events::Host;
use super::timing;
use super::transport::{self, Abort, Request, Transport};

/// An overview presented, and the load that brought it.
#[derive(Clone)]
pub struct Shown {
    /// Counts loads: the first pages and the whole of one overview have the same.
    pub load: u32,
    pub presentation: Arc<Presentation>,
    /// What is presented: a followed link's event finds its item's tag in it.
    pub overview: Arc<Overview>,
    /// How it was presented, once wholly presented: the preview presents it in the other
    /// view too, for the watch words.
    #[cfg(feature = "preview")]
    pub context: Option<Context>,
}

/// The requests' state, cheap to copy into async tasks and timers.
#[derive(Clone, Copy)]
pub struct Requests {
    /// How loads are made and where they stand (one stored value: each type of stored value
    /// is code of its own in the citizen's download).
    state: StoredValue<State, LocalStorage>,
    /// What is shown: the last overview presented (its first pages, then the whole).
    pub shown: RwSignal<Option<Shown>>,
    /// Why the last load brought no overview, until one does.
    pub failure: RwSignal<Option<Failure>>,
    /// A load is under way (until its overview is wholly presented).
    pub loading: RwSignal<bool>,
}

struct State {
    options: Options,
    /// An overview given directly (the preview's file load) instead of fetched.
    given: Option<Arc<Overview>>,
    /// How requests are made (the loader's), and its request started with the page, taken
    /// by the first load.
    transport: Transport,
    early: Option<Request>,
    /// The request under way, to abort.
    in_flight: Option<Abort>,
    /// Counts loads: only the latest one's answer is shown, and an automatic retry is made
    /// only if no other load has started since it was set.
    latest: u32,
    automatic_retries: u32,
    /// Who is told of what each load showed (`super::events`).
    host: Host,
}

impl Requests {
    pub fn new(
        options: Options,
        transport: Transport,
        early: Option<Request>,
        given: Option<Arc<Overview>>,
        host: Host,
    ) -> Self {
        let state = State { options, given, transport, early, in_flight: None, latest: 0, automatic_retries: 0, host };
        Self {
            state: StoredValue::new_local(state),
            shown: RwSignal::new(None),
            failure: RwSignal::new(None),
            loading: RwSignal::new(false),
        }
    }

    /// Loads the overview (aborting any load under way); `then` runs when it has ended.
    pub fn load(self, then: Box<dyn FnOnce()>) {
        self.stop();
        let begun = self.state.try_update_value(|state| {
            state.latest += 1;
            let request = state.given.is_none().then(|| {
                let started = transport::request(&state.options, &state.transport, state.early.take());
                state.in_flight = started.as_ref().ok().map(Request::aborter);
                started
            });
            (state.options.clone(), state.latest, state.given.clone(), request)
        });
        let Some((options, this_load, given, request)) = begun else { return };
        self.loading.set(true);
        // Counted from here: the mount's own work and the first slices share the first task.
        let mut slices = Slices::new();
        leptos::task::spawn_local(async move {
            let result = match (given, request) {
                (Some(overview), _) => Ok(overview),
                (None, Some(Ok(request))) => transport::overview(request, &mut slices).await.map(Arc::new),
                (None, Some(Err(failure))) => Err(failure),
                (None, None) => Err(Failure::Network),
            };
            // A newer load, or the unmount, has taken over.
            if !self.is_latest(this_load) {
                return;
            }
            self.state.update_value(|state| state.in_flight = None);
            match result {
                Ok(overview) => {
                    // A retry that brings an overview: the failure it recovers from, for the host.
                    let recovered = self.failure.with_untracked(|f| f.as_ref().map(Failure::class));
                    let context = Context { lang: options.lang, view: options.view, today: browser::today() };
                    if !self.present(&overview, context, this_load, &mut slices).await {
                        return;
                    }
                    self.state.update_value(|state| state.automatic_retries = 0);
                    then();
                    // The host is told once the whole is shown and painted: no work of its
                    // before the first card, and its counts are the whole overview's.
                    browser::next_frame().await;
                    self.tell_shown(this_load, context, recovered);
                }
                Err(failure) => {
                    let attempt = self.state.with_value(|state| state.automatic_retries);
                    let kept = self.shown.with_untracked(Option::is_some);
                    self.tell(&Event::Failure {
                        class: failure.class(),
                        retry: Retry::after(&failure, attempt),
                        kept,
                        load: this_load,
                    });
                    if let Some(delay) = retry_delay_ms(&failure, attempt) {
                        self.state.update_value(|state| state.automatic_retries = attempt + 1);
                        browser::after(delay, move || {
                            if self.is_latest(this_load) {
                                self.load(Box::new(|| ()));
                            }
                        });
                    }
                    self.loading.set(false);
                    self.failure.set(Some(failure));
                    then();
                }
            }
        });
    }

    /// Presents an overview in `slices`, its first pages as soon as they are made and painted
    /// before the rest is made; `false` if a newer load took over.
    async fn present(self, overview: &Arc<Overview>, context: Context, this_load: u32, slices: &mut Slices) -> bool {
        slices.pause_if_due().await;
        let mut presenting = Presenting::start(overview, context);
        let mut done = false;
        slices
            .run(|| {
                done = presenting.step(4);
                done || presenting.first_pages_made()
            })
            .await;
        if !done {
            let Some(first) = presenting.first_pages() else { return false };
            if !self.is_latest(this_load) {
                return false;
            }
            timing::mark(timing::FIRST_VIEW_BUILT);
            self.failure.set(None);
            self.shown.set(Some(Shown {
                load: this_load,
                presentation: Arc::new(first),
                overview: Arc::clone(overview),
                #[cfg(feature = "preview")]
                context: None,
            }));
            // The first pages are painted before the rest is made.
            browser::next_frame().await;
            *slices = Slices::new();
            slices.run(|| presenting.step(4)).await;
        }
        let whole = Arc::new(presenting.finish());
        slices.pause_if_due().await;
        // Unmounted, or superseded, while it worked.
        if !self.is_latest(this_load) {
            return false;
        }
        if done {
            timing::mark(timing::FIRST_VIEW_BUILT);
        }
        self.failure.set(None);
        self.loading.set(false);
        self.shown.set(Some(Shown {
            load: this_load,
            presentation: whole,
            overview: Arc::clone(overview),
            #[cfg(feature = "preview")]
            context: Some(context),
        }));
        true
    }

    /// Tells the host of the overview `this_load` shows, if it is still the latest.
    fn tell_shown(self, this_load: u32, context: Context, recovered: Option<&'static str>) {
        if !self.is_latest(this_load) {
            return;
        }
        let shown = self.shown.with_untracked(|s| {
            let p = &s.as_ref()?.presentation;
            Some(events::ShownDetail {
                load: this_load,
                cases: p.outline.cases.total,
                benefits: p.outline.benefits.total,
                claims: p.outline.claims.total,
                unavailable: p.unavailable.len(),
                left_out: p.left_out,
                masked: p.masked,
                lang: context.lang,
                view: context.view,
                first_card_ms: (p.outline.cases.total + p.outline.benefits.total + p.outline.claims.total > 0)
                    .then(timing::first_card_at)
                    .flatten(),
                recovered,
            })
        });
        if let Some(shown) = shown {
            self.tell(&Event::Shown(shown));
        }
    }

    fn tell(self, event: &Event) {
        self.state.with_value(|state| state.host.tell(event));
    }

    /// Whether `load` is still the latest (false too once unmounted).
    fn is_latest(self, load: u32) -> bool {
        self.state.try_with_value(|state| state.latest) == Some(load)
    }

    /// Aborts the request under way, if any.
    pub fn stop(self) {
        if let Some(Some(request)) = self.state.try_update_value(|state| state.in_flight.take()) {
            request.abort();
        }
    }

    /// A load asked for by the citizen: the automatic retries start over.
    pub fn retry_now(self, then: Box<dyn FnOnce()>) {
        self.state.update_value(|state| state.automatic_retries = 0);
        self.load(then);
    }
}
