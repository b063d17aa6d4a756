//! The preview for the end-to-end test environment: municipal staff and suppliers pick a test
//! citizen, a language and a view, or load an API response from a file, and see exactly what
//! the widget shows, with the rules' findings below.

use leptos::prelude::*;
use serde::Deserialize;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::api::View;
use crate::api::{decode, Overview};
use crate::client::Options;
use crate::i18n::{fill, Lang};
use crate::present::Presentation;

use super::app::{App, StaffView};
use super::controls;
use super::fetch::Transport;
use super::findings::FindingList;
use super::notice::{self, Kind, Notice};
use super::section::Choice;

stylance::import_crate_style!(style, "src/widget/preview/preview.module.css");

/// An entry of `fixtures/index.json`.
#[derive(Debug, Clone, Deserialize)]
struct TestCitizen {
    id: String,
    name: String,
}

/// A response loaded from a file: its name and the overview it decoded to.
type Loaded = (String, Arc<Overview>);

#[component]
pub fn Preview(options: Options, transport: Transport) -> impl IntoView {
    let subject = RwSignal::new(options.subject.clone().unwrap_or_else(|| "kontanthjaelp".to_owned()));
    let lang = RwSignal::new(options.lang);
    let view_kind = RwSignal::new(options.view);
    let loaded = RwSignal::new(None::<Loaded>);
    let citizens = RwSignal::new(Vec::<TestCitizen>::new());
    let file_error = RwSignal::new(None::<String>);
    // Another test citizen replaces a loaded file.
    Effect::watch(move || subject.get(), move |_, _, _| loaded.set(None), false);
    if let Some(request) = transport.send("fixtures/index.json", options.timeout_ms) {
        leptos::task::spawn_local(async move {
            let list =
                request.body().await.ok().and_then(|text| crate::api::json::from_str::<Vec<TestCitizen>>(&text).ok());
            if let Some(list) = list {
                citizens.try_set(list);
            }
        });
    }

    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        leptos::task::spawn_local(async move {
            let text = JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string()).unwrap_or_default();
            // Decoded here, once: a file that is not an overview is refused before anything
            // shown is replaced.
            match decode(&text) {
                Ok(overview) => {
                    file_error.try_set(None);
                    loaded.try_set(Some((file.name(), Arc::new(overview))));
                }
                Err(error) => {
                    file_error.try_set(Some(format!("{} ({error})", file.name())));
                }
            }
        });
    };

    let widget = move || {
        let options =
            Options { subject: Some(subject.get()), lang: lang.get(), view: view_kind.get(), ..options.clone() };
        let given = loaded.get().map(|(_, overview)| overview);
        let findings: StaffView =
            Arc::new(move |p: Arc<Presentation>| view! { <FindingList findings=p.findings.clone()/> }.into_any());
        view! { <App options=options transport=transport.clone() given=given staff=Some(findings)/> }
    };

    view! {
        <div class=style::preview lang=move || lang.get().code()>
            {move || {
                let t = lang.get().texts();
                view! {
                    <Notice kind=Kind::Info title=t.preview_banner_title>
                        <p class=notice::style::body>{t.preview_banner_body}</p>
                    </Notice>
                    <div class=style::controls>
                        <Choice label=t.preview_citizen value=subject options=citizens.get().into_iter().map(|c| (c.id, c.name)).collect()/>
                        <Choice label=t.preview_language value=lang option_lang=|l: &Lang| l.code()
                            options=vec![(Lang::Da, Lang::Da.autonym().to_owned()), (Lang::En, Lang::En.autonym().to_owned())]/>
                        <Choice label=t.preview_view value=view_kind
                            options=vec![(View::Citizen, t.view_citizen.to_owned()), (View::Verification, t.view_verification.to_owned())]/>
                        <label class=controls::style::field>
                            {t.preview_file}
                            <input type="file" accept=".json,application/json" on:change=on_file/>
                        </label>
                    </div>
                    {move || file_error.get().map(|e| view! {
                        <Notice kind=Kind::Error><p class=notice::style::body role="alert">{fill(t.preview_file_error, &e)}</p></Notice>
                    })}
                    {move || loaded.get().map(|(name, _)| view! { <p class=style::loaded>{fill(t.preview_file_loaded, &name)}</p> })}
                }
            }}
            {widget}
        </div>
    }
}
