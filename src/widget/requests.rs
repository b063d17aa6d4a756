//! The overview's requests, one at a time: a new one (a retry by hand, a refresh) aborts the
//! one under way, an automatic retry follows the rules of `client::failure`, an answer that
//! comes after a newer request was made is dropped, and the unmount aborts what is under way.
//! An answer is decoded, then presented: the first page of each section is shown as soon as
//! it is made, the rest follows.

use leptos::prelude::*;
use std::sync::Arc;

use crate::api::Overview;
use crate::client::{retry_delay_ms, Failure, Options};
use crate::present::{Context, Presentation, Presenting};

use super::browser::{self, Slices};
use super::timing;
use super::transport::{self, Abort, Request, Transport};

/// An overview presented, and the load that brought it.
#[derive(Clone)]
pub struct Shown {
    /// Counts loads: the first pages and the whole of one overview have the same.
    pub load: u32,
    pub presentation: Arc<Presentation>,
    /// The overview and how it was presented, once wholly presented: the preview presents it
    /// in the other view too, for the watch words.
    #[cfg(feature = "preview")]
    pub source: Option<(Arc<Overview>, Context)>,
}

/// The requests' state, cheap to copy into async tasks and timers.
#[derive(Clone, Copy)]
pub struct Requests {
    options: StoredValue<Options>,
    /// An overview given directly (the preview's file load) instead of fetched.
    given: StoredValue<Option<Arc<Overview>>>,
    /// How requests are made (the loader's), and its request started with the page, taken
    /// by the first load.
    transport: StoredValue<Transport, LocalStorage>,
    early: StoredValue<Option<Request>, LocalStorage>,
    /// The request under way, to abort.
    in_flight: StoredValue<Option<Abort>, LocalStorage>,
    /// Counts loads: only the latest one's answer is shown, and an automatic retry is made
    /// only if no other load has started since it was set.
    latest: StoredValue<u32>,
    automatic_retries: StoredValue<u32>,
    /// What is shown: the last overview presented (its first pages, then the whole).
    pub shown: RwSignal<Option<Shown>>,
    /// Why the last load brought no overview, until one does.
    pub failure: RwSignal<Option<Failure>>,
    /// A load is under way (until its overview is wholly presented).
    pub loading: RwSignal<bool>,
}

impl Requests {
    pub fn new(options: Options, transport: Transport, early: Option<Request>, given: Option<Arc<Overview>>) -> Self {
        Self {
            options: StoredValue::new(options),
            given: StoredValue::new(given),
            transport: StoredValue::new_local(transport),
            early: StoredValue::new_local(early),
            in_flight: StoredValue::new_local(None),
            latest: StoredValue::new(0),
            automatic_retries: StoredValue::new(0),
            shown: RwSignal::new(None),
            failure: RwSignal::new(None),
            loading: RwSignal::new(false),
        }
    }

    /// Loads the overview (aborting any load under way); `then` runs when it has ended.
    pub fn load(self, then: Box<dyn FnOnce()>) {
        self.stop();
        let Some(options) = self.options.try_get_value() else { return };
        let Some(this_load) = self.latest.try_update_value(|n| {
            *n += 1;
            *n
        }) else {
            return;
        };
        let given = self.given.get_value();
        let mut request = None;
        if given.is_none() {
            let early = self.early.try_update_value(Option::take).flatten();
            let Some(transport) = self.transport.try_get_value() else { return };
            let started = transport::request(&options, &transport, early);
            if let Ok(started) = &started {
                self.in_flight.set_value(Some(started.aborter()));
            }
            request = Some(started);
        }
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
            self.in_flight.set_value(None);
            match result {
                Ok(overview) => {
                    let context = Context { lang: options.lang, view: options.view, today: browser::today() };
                    if !self.present(&overview, context, this_load, &mut slices).await {
                        return;
                    }
                    self.automatic_retries.set_value(0);
                }
                Err(failure) => {
                    let attempt = self.automatic_retries.get_value();
                    if let Some(delay) = retry_delay_ms(&failure, attempt) {
                        self.automatic_retries.set_value(attempt + 1);
                        browser::after(delay, move || {
                            if self.is_latest(this_load) {
                                self.load(Box::new(|| ()));
                            }
                        });
                    }
                    self.loading.set(false);
                    self.failure.set(Some(failure));
                }
            }
            then();
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
                #[cfg(feature = "preview")]
                source: None,
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
            #[cfg(feature = "preview")]
            source: Some((Arc::clone(overview), context)),
        }));
        true
    }

    /// Whether `load` is still the latest (false too once unmounted).
    fn is_latest(self, load: u32) -> bool {
        self.latest.try_get_value() == Some(load)
    }

    /// Aborts the request under way, if any.
    pub fn stop(self) {
        if let Some(Some(request)) = self.in_flight.try_update_value(Option::take) {
            request.abort();
        }
    }

    /// A load asked for by the citizen: the automatic retries start over.
    pub fn retry_now(self, then: Box<dyn FnOnce()>) {
        self.automatic_retries.set_value(0);
        self.load(then);
    }
}
