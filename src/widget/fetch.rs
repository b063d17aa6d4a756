//! The overview request: credentials included, a time limit enforced by aborting, and every
//! way it can fail turned into a [`Failure`]. The first request of a widget is usually the
//! loader's (`embed.js` starts it with the page, while the WebAssembly downloads); this
//! module takes its answer over and makes every later request itself.

use gloo_net::http::Request;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestCredentials};

use crate::api::{DecodeError, Decoding, Overview};
use crate::client::{Failure, Options};

use super::browser;

/// The loader's early request: its address, a promise of its answer, and a way to abort it.
/// The answer is `{status, retryAfter, contentType, body}` (no body unless usable) or
/// `{failure: "timeout" | "offline" | "network"}`.
pub struct EarlyRequest {
    url: String,
    answer: js_sys::Promise,
    abort: Option<js_sys::Function>,
}

impl EarlyRequest {
    /// Reads the loader's object; `None` when there is none or it is not of that shape.
    pub fn from_js(value: &JsValue) -> Option<Self> {
        let url = get(value, "url").as_string()?;
        let answer = get(value, "answer").dyn_into::<js_sys::Promise>().ok()?;
        let abort = get(value, "abort").dyn_into::<js_sys::Function>().ok();
        Some(Self { url, answer, abort })
    }

    fn abort(&self) {
        if let Some(abort) = &self.abort {
            let _ = abort.call0(&JsValue::UNDEFINED);
        }
    }

    async fn body(self) -> Result<String, Failure> {
        let answer = JsFuture::from(self.answer).await.map_err(|_| Failure::Network)?;
        if let Some(failure) = get(&answer, "failure").as_string() {
            return Err(match failure.as_str() {
                "timeout" => Failure::Timeout,
                "offline" => Failure::Offline,
                _ => Failure::Network,
            });
        }
        let status = get(&answer, "status").as_f64().map_or(0, |s| s as u16);
        let header = |name| get(&answer, name).as_string();
        if let Some(failure) = Failure::of_answer(status, header("retryAfter").as_deref(), header("contentType").as_deref()) {
            return Err(failure);
        }
        header("body").ok_or(Failure::Network)
    }
}

fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The overview, fetched (or taken over from the loader) and decoded.
pub async fn overview(options: &Options, early: Option<EarlyRequest>) -> Result<Overview, Failure> {
    let body = overview_body(options, early).await?;
    decode_in_slices(&body).await.map_err(Failure::Unreadable)
}

/// Decodes a few items per step, a few milliseconds per task.
async fn decode_in_slices(body: &str) -> Result<Overview, DecodeError> {
    let mut decoding = Decoding::start(body)?;
    browser::in_slices(|| decoding.step(4)).await;
    Ok(decoding.finish())
}

/// The overview's body: from the loader's early request when it asked for the same address,
/// else from a request of the widget's own.
async fn overview_body(options: &Options, early: Option<EarlyRequest>) -> Result<String, Failure> {
    if let Some(early) = early {
        if early.url == options.overview_url() {
            return early.body().await;
        }
        early.abort();
    }
    if !browser::online() {
        return Err(Failure::Offline);
    }
    let controller = AbortController::new().map_err(|_| Failure::Network)?;
    let signal = controller.signal();
    let timer = browser::after(options.timeout_ms, move || controller.abort());
    let result = send(options, &signal).await;
    if let Some(timer) = timer {
        browser::cancel(timer);
    }
    result.map_err(|failure| match failure {
        Failure::Network if signal.aborted() => Failure::Timeout,
        Failure::Network if !browser::online() => Failure::Offline,
        other => other,
    })
}

async fn send(options: &Options, signal: &web_sys::AbortSignal) -> Result<String, Failure> {
    let response = Request::get(&options.overview_url())
        .credentials(RequestCredentials::Include)
        .header("Accept", "application/json")
        .abort_signal(Some(signal))
        .send()
        .await
        .map_err(|_| Failure::Network)?;
    let headers = response.headers();
    if let Some(failure) =
        Failure::of_answer(response.status(), headers.get("Retry-After").as_deref(), headers.get("Content-Type").as_deref())
    {
        return Err(failure);
    }
    response.text().await.map_err(|_| Failure::Network)
}
