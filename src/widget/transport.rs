//! The way to the API: the loader (`embed.js`) makes every request, the first as the page
//! starts, while the WebAssembly downloads, later ones (a retry, a refresh) when the widget
//! asks through its `send`. So credentials, the time limit and the naming of network failures
//! are in the loader's one function; what an answer means is the widget's to decide
//! (`Failure::of_answer`).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::api::{DecodeError, Decoding, Overview};
use crate::client::{Failure, Options};

use super::browser::Slices;
use super::timing;

/// The loader's `send(url, timeoutMs)`.
#[derive(Clone)]
pub struct Transport(js_sys::Function);

impl Transport {
    pub fn from_js(value: JsValue) -> Option<Self> {
        value.dyn_into().ok().map(Self)
    }

    /// Asks the loader to fetch `url` within `timeout_ms`.
    pub fn send(&self, url: &str, timeout_ms: u32) -> Option<Request> {
        let request = self.0.call2(&JsValue::UNDEFINED, &JsValue::from_str(url), &JsValue::from(timeout_ms)).ok()?;
        Request::from_js(&request)
    }
}

/// A request under way: its address, a promise of its answer, and a way to abort it. The
/// answer is `{status, retryAfter, contentType, body}` (a body for status 200 only) or
/// `{failure: "timeout" | "offline" | "network"}`.
pub struct Request {
    url: String,
    answer: js_sys::Promise,
    abort: Option<js_sys::Function>,
}

impl Request {
    /// Reads the loader's object; `None` when there is none or it is not of that shape.
    pub fn from_js(value: &JsValue) -> Option<Self> {
        let url = get(value, "url").as_string()?;
        let answer = get(value, "answer").dyn_into::<js_sys::Promise>().ok()?;
        let abort = get(value, "abort").dyn_into::<js_sys::Function>().ok();
        Some(Self { url, answer, abort })
    }

    /// What aborts this request later, when the request itself has been handed on.
    pub fn aborter(&self) -> Abort {
        Abort(self.abort.clone())
    }

    /// The body of a usable answer, or why there is none.
    pub async fn body(self) -> Result<String, Failure> {
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
        if let Some(failure) =
            Failure::of_answer(status, header("retryAfter").as_deref(), header("contentType").as_deref())
        {
            return Err(failure);
        }
        header("body").ok_or(Failure::Network)
    }
}

/// Aborts a request (a retry or the unmount superseding it); nothing once it has ended.
pub struct Abort(Option<js_sys::Function>);

impl Abort {
    pub fn abort(&self) {
        if let Some(abort) = &self.0 {
            let _ = abort.call0(&JsValue::UNDEFINED);
        }
    }
}

fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The overview request: the loader's early request when it asked for the address the
/// widget would, else a new one.
pub fn request(options: &Options, transport: &Transport, early: Option<Request>) -> Result<Request, Failure> {
    let url = options.overview_url();
    match early {
        Some(early) if early.url == url => Ok(early),
        other => {
            if let Some(early) = other {
                early.aborter().abort();
            }
            transport.send(&url, options.timeout_ms).ok_or(Failure::Network)
        }
    }
}

/// The overview in `request`'s answer, decoded a few items per step in `slices`. (Decoding is
/// a small part of the work before the first card, and the order of each section needs most
/// of what it reads, so all of it is decoded first.)
pub async fn overview(request: Request, slices: &mut Slices) -> Result<Overview, Failure> {
    let body = request.body().await?;
    let overview = decode(&body, slices).await.map_err(Failure::Unreadable)?;
    timing::mark(timing::OVERVIEW_DECODED);
    Ok(overview)
}

async fn decode(body: &str, slices: &mut Slices) -> Result<Overview, DecodeError> {
    let mut decoding = Decoding::start(body);
    let mut outcome = Ok(());
    slices
        .run(|| match decoding.step(4) {
            Ok(done) => done,
            Err(error) => {
                outcome = Err(error);
                true
            }
        })
        .await;
    outcome.map(|()| decoding.finish())
}
