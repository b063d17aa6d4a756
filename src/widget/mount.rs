//! Mounting: one widget per host element, each in its own open shadow root so that the host
//! page's CSS and the widget's never meet.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

use crate::client::Options;

use super::app::App;
use super::preview::Preview;

/// A mounted widget; `unmount()` removes it and everything it listens to.
#[wasm_bindgen]
pub struct Mounted {
    handle: Option<Box<dyn std::any::Any>>,
    container: Option<web_sys::Element>,
}

#[wasm_bindgen]
impl Mounted {
    pub fn unmount(&mut self) {
        // Dropping Leptos's handle unmounts the view and disposes its reactive owner.
        self.handle.take();
        if let Some(container) = self.container.take() {
            container.remove();
        }
    }
}

/// Mounts the widget on `host`. `options` is an optional object with the same keys as the
/// `data-*` attributes in camelCase (`apiBase`, `lang`, `headingLevel`, …); it wins over them.
/// `stylesheet` is the URL of the widget's CSS.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, stylesheet: String, options: JsValue) -> Result<Mounted, JsValue> {
    let options = read_options(&host, &options);
    attach(&host, &stylesheet, move || view! { <App options=options.clone()/> })
}

/// Mounts the test environment's preview (picker, switches, file load, findings) on `host`.
#[wasm_bindgen(js_name = mountPreview)]
pub fn mount_preview(host: HtmlElement, stylesheet: String, options: JsValue) -> Result<Mounted, JsValue> {
    let options = read_options(&host, &options);
    attach(&host, &stylesheet, move || view! { <Preview options=options.clone()/> })
}

fn read_options(host: &HtmlElement, options: &JsValue) -> Options {
    Options::read(|name| {
        js_sys::Reflect::get(options, &JsValue::from_str(&camel_case(name)))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
            // Numbers (headingLevel: 3) as whole numbers: no float formatting in the bundle.
            .map(|v| v.as_string().unwrap_or_else(|| v.as_f64().filter(|n| n.is_finite()).map_or_else(String::new, |n| (n as i64).to_string())))
            .or_else(|| host.get_attribute(&format!("data-{name}")))
    })
}

/// Gives `host` a shadow root (once) with the stylesheet, and mounts `view` in it.
fn attach<V: IntoView + 'static>(host: &HtmlElement, stylesheet: &str, view: impl FnOnce() -> V + 'static) -> Result<Mounted, JsValue> {
    let root = match host.shadow_root() {
        Some(root) => root,
        None => {
            let init = ShadowRootInit::new(ShadowRootMode::Open);
            host.attach_shadow(&init)?
        }
    };
    let document = host.owner_document().ok_or_else(|| JsValue::from_str("no document"))?;
    let container = document.create_element("div")?;
    let link = document.create_element("link")?;
    link.set_attribute("rel", "stylesheet")?;
    link.set_attribute("href", stylesheet)?;
    container.append_child(&link)?;
    let mount_point: HtmlElement = document.create_element("div")?.unchecked_into();
    container.append_child(&mount_point)?;
    root.append_child(&container)?;
    let handle = leptos::mount::mount_to(mount_point, view);
    Ok(Mounted { handle: Some(Box::new(handle)), container: Some(container) })
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
