//! The overview request: credentials included, a time limit enforced by aborting, and every
//! way it can fail turned into a [`Failure`].

use gloo_net::http::Request;
use web_sys::{AbortController, RequestCredentials};

use crate::api::{decode, DecodeError, Overview};
use crate::client::{Failure, Options};

use super::browser;

pub async fn overview(options: &Options) -> Result<Overview, Failure> {
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

async fn send(options: &Options, signal: &web_sys::AbortSignal) -> Result<Overview, Failure> {
    // The query goes through gloo's builder: it appends a stray '&' to a URL that has one.
    let response = Request::get(&options.overview_endpoint())
        .query(options.overview_query())
        .credentials(RequestCredentials::Include)
        .header("Accept", "application/json")
        .abort_signal(Some(signal))
        .send()
        .await
        .map_err(|_| Failure::Network)?;
    let status = response.status();
    if status != 200 {
        return Err(Failure::from_status(status, response.headers().get("Retry-After").as_deref()));
    }
    // A proxy's error page comes as HTML with status 200 more often than one would hope.
    let json = response.headers().get("Content-Type").is_none_or(|t| t.to_ascii_lowercase().contains("json"));
    if !json {
        return Err(Failure::Unreadable(DecodeError::NotJson));
    }
    let body = response.text().await.map_err(|_| Failure::Network)?;
    decode(&body).map_err(Failure::Unreadable)
}
