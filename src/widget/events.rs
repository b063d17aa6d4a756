//! The events the widget tells its host page (`crate::client::events`), dispatched on the host
//! element, bubbling and composed: a listener on the element or on the document hears them.

use wasm_bindgen::{JsCast, JsValue};

use crate::client::events::{Event, Value};

/// Dispatches `event` on the host element of the shadow root `within` is in.
pub fn dispatch(within: &web_sys::Element, event: &Event) {
    let Some(host) = within.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok().map(|root| root.host()) else {
        return;
    };
    let detail = js_sys::Object::new();
    for (name, value) in event.detail() {
        let value = match value {
            Value::Word(word) => JsValue::from_str(word),
            Value::Number(number) => JsValue::from_f64(number),
            Value::Flag(flag) => JsValue::from_bool(flag),
            Value::Id(id) => JsValue::from_str(&id),
            Value::Absent => JsValue::NULL,
        };
        let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(name), &value);
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&js_sys::Object::freeze(&detail));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = host.dispatch_event(&event);
    }
}
