//! The few things the widget asks the browser directly: today's date and timers.

use chrono::NaiveDate;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Today in Denmark (`rules::today`): what "the due date has passed" is measured against.
pub fn today() -> NaiveDate {
    crate::rules::today::in_denmark(js_sys::Date::now()).unwrap_or_default()
}

/// Runs `f` once after `ms` milliseconds (never without a window).
pub fn after(ms: u32, f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let callback = Closure::once_into_js(f);
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
        callback.unchecked_ref(),
        ms.min(i32::MAX as u32) as i32,
    );
}

/// Long work done in tasks of a few milliseconds: decoding and presenting a large overview on a
/// slow phone never hold the page for long, and a small one on a fast phone is done in the
/// task it starts in. A slice is counted from when its task began, whatever work came first in
/// it; a yield costs a turn of the event loop, where a frame may be drawn first.
pub struct Slices {
    clock: Option<web_sys::Performance>,
    began: f64,
}

impl Slices {
    const MS: f64 = 8.0;

    /// Slices counted from now.
    pub fn new() -> Self {
        // The page's monotonic clock, not the date: the wall clock may jump, or be held still.
        let clock = web_sys::window().and_then(|window| window.performance());
        let began = clock.as_ref().map_or(0.0, web_sys::Performance::now);
        Self { clock, began }
    }

    fn now(&self) -> f64 {
        self.clock.as_ref().map_or(0.0, web_sys::Performance::now)
    }

    /// Yields to the browser if this task has had its slice.
    pub async fn pause_if_due(&mut self) {
        if self.now() - self.began >= Self::MS {
            next_task().await;
            self.began = self.now();
        }
    }

    /// Runs `step` until it says it is done, pausing when due. `step` should do a little work
    /// each call (a few items).
    pub async fn run(&mut self, mut step: impl FnMut() -> bool) {
        while !step() {
            self.pause_if_due().await;
        }
    }
}

/// Resolves in a new task: long work split at these points never blocks input for its sum.
/// The task is a message to itself, not a timer: timers set from timers wait at least 4 ms
/// once five deep, which a long decode's hundred slices would wait for nothing (20 yields
/// measured 42–74 ms by timer, 1–14 ms by message, in all three engines).
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| match web_sys::MessageChannel::new() {
        Ok(channel) => {
            let (receiver, sender) = (channel.port1(), channel.port2());
            // The handler holds the channel until its message comes.
            let handler = Closure::once_into_js(move || {
                let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
                drop(channel);
            });
            receiver.set_onmessage(Some(handler.unchecked_ref()));
            let _ = sender.post_message(&wasm_bindgen::JsValue::UNDEFINED);
        }
        Err(_) => after(0, move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }),
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves once the next frame is painted (or after a tenth of a second, where frames are
/// not painted: a page in a background tab).
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let painted = resolve.clone();
        leptos::prelude::request_animation_frame(move || {
            after(0, move || {
                let _ = painted.call0(&wasm_bindgen::JsValue::UNDEFINED);
            })
        });
        after(100, move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
