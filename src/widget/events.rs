//! The events the widget tells its host page (`crate::client::events`): handed to the loader,
//! which dispatches them on the host element as it dispatches its own (`public/embed.js`,
//! `tell`), so that one function makes every event a host hears.

use wasm_bindgen::JsValue;

use crate::client::events::Event;

/// The loader's `tell(name, detail)` for this widget's element.
#[derive(Clone)]
pub struct Host(Option<js_sys::Function>);

impl Host {
    /// The loader's function; one that tells nobody when there is none (the preview's pages).
    pub fn from_js(value: JsValue) -> Self {
        Self(wasm_bindgen::JsCast::dyn_into(value).ok())
    }

    /// Tells the host page of `event`.
    pub fn tell(&self, event: &Event) {
        if let Some(tell) = &self.0 {
            let _ =
                tell.call2(&JsValue::UNDEFINED, &JsValue::from_str(event.name()), &JsValue::from_str(&event.detail()));
        }
    }
}
