//! The widget's own event listeners: Leptos's typed `on:` handlers and window listeners are
//! generic code for each handler.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Event, EventTarget};

/// An event listener the widget added; dropping it removes it and frees its handler (with the
/// elements the handler holds) at once, not when the browser collects the function.
pub(super) struct Listener {
    target: EventTarget,
    kind: &'static str,
    handler: Closure<dyn FnMut(Event)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(self.kind, self.handler.as_ref().unchecked_ref());
    }
}

/// Calls `handler` with each `kind` event on `target` until the listener is dropped.
pub(super) fn listen(target: &EventTarget, kind: &'static str, handler: Box<dyn FnMut(Event)>) -> Listener {
    let handler = Closure::wrap(handler);
    let _ = target.add_event_listener_with_callback(kind, handler.as_ref().unchecked_ref());
    Listener { target: target.clone(), kind, handler }
}

/// Removes the listeners when the reactive owner is cleaned up (the widget unmounted). They
/// are used on the browser's one thread only, which is what `SendWrapper` asserts.
pub(super) fn remove_on_cleanup(listeners: Vec<Listener>) {
    let listeners = SendWrapper::new(listeners);
    on_cleanup(move || drop(listeners));
}
