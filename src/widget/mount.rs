//! Mounting: one widget per host element, each in its own open shadow root so that the host
//! page's CSS and the widget's never meet.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

use crate::client::Options;

use super::events::Host;
use super::transport::{Request, Transport};

use super::app::app;

/// A mounted widget; `unmount()` removes it and everything it listens to.
#[wasm_bindgen]
pub struct Mounted {
    /// Disposes the widget's signals, effects and event listeners.
    dispose: Option<Box<dyn FnOnce()>>,
    container: Option<web_sys::Element>,
}

#[wasm_bindgen]
impl Mounted {
    pub fn unmount(&mut self) {
        if let Some(dispose) = self.dispose.take() {
            dispose();
        }
        if let Some(container) = self.container.take() {
            container.remove();
        }
    }
}

/// Mounts the widget on `host`, in the shadow root the loader made for it. `options` is the
/// object the loader resolved from the call and the element's attributes, with the options'
/// names in camelCase (`apiBase`, `lang`, `headingLevel`, …). `send` is the loader's request function and
/// `early` the overview request it started with the page (`super::transport`); `tell` the
/// loader's function that tells the host page of an event (`super::events`).
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    options: JsValue,
    send: JsValue,
    early: JsValue,
    tell: JsValue,
) -> Result<Mounted, JsValue> {
    super::timing::mark(super::timing::WIDGET_STARTED);
    let options = read_options(&options);
    let transport = transport(send)?;
    let early = Request::from_js(&early);
    let tell = Host::from_js(tell);
    let container = container(&host)?;
    // Leptos's effects and tasks run on wasm-bindgen's futures (an error: already started).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.with(|| app(container.clone(), options, transport, early, None, None, tell));
    // Cleaned up, not only dropped: the widget's effects hold its owner themselves.
    placed(&host, Box::new(move || owner.cleanup()), container)
}

/// Mounts the test environment's preview (picker, switches, file load, findings) on `host`.
/// Only the preview build has it.
#[cfg(feature = "preview")]
#[wasm_bindgen(js_name = mountPreview)]
pub fn mount_preview(host: HtmlElement, options: JsValue, send: JsValue) -> Result<Mounted, JsValue> {
    use super::components::Components;
    use super::preview::Preview;
    // `data-page="components"`: the components page instead of the preview.
    let page = host.get_attribute("data-page");
    let options = read_options(&options);
    let transport = transport(send)?;
    if page.as_deref() == Some("components") {
        return attach(&host, move || {
            view! { <Components view=options.view lang=options.lang level=options.heading_level/> }
        });
    }
    // `data-watch`: the watch words from the page's address (preview.js copies it).
    let watch_words = host.get_attribute("data-watch").unwrap_or_default();
    attach(&host, move || view! { <Preview options=options transport=transport watch_words=watch_words/> })
}

fn transport(send: JsValue) -> Result<Transport, JsValue> {
    Transport::from_js(send).ok_or_else(|| JsValue::from_str("mount needs the loader's send function"))
}

/// The options the loader resolved (its `resolved`: every option as text, from the call or
/// the element's attributes), read by the widget's rules.
fn read_options(options: &JsValue) -> Options {
    Options::read(|name| js_sys::Reflect::get(options, &JsValue::from_str(&camel_case(name))).ok()?.as_string())
}

/// A new element for the widget at the end of `host`'s shadow root (made here when the
/// loader has not made it).
fn container(host: &HtmlElement) -> Result<HtmlElement, JsValue> {
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let document = host.owner_document().ok_or_else(|| JsValue::from_str("no document"))?;
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    root.append_child(&container)?;
    Ok(container)
}

/// The widget in `container`, alive until `dispose`, takes the loader's placeholder's place.
/// The loader has linked the stylesheet.
fn placed(host: &HtmlElement, dispose: Box<dyn FnOnce()>, container: HtmlElement) -> Result<Mounted, JsValue> {
    // Removed in the same task as the widget's first view is added: nothing is painted between.
    if let Some(placeholder) = host.shadow_root().and_then(|root| root.query_selector("[data-placeholder]").ok()?) {
        placeholder.remove();
    }
    Ok(Mounted { dispose: Some(dispose), container: Some(container.into()) })
}

/// Mounts `view` in `host`'s shadow root (the preview's pages).
#[cfg(feature = "preview")]
fn attach<V: IntoView + 'static>(host: &HtmlElement, view: impl FnOnce() -> V + 'static) -> Result<Mounted, JsValue> {
    let container = container(host)?;
    let handle = leptos::mount::mount_to(container.clone(), view);
    placed(host, Box::new(move || drop(handle)), container)
}

fn camel_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}
