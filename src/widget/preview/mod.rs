//! The preview for the end-to-end test environment: municipal staff and suppliers pick a test
//! citizen, a language and a view, or load an API response from a file, and see exactly what
//! the widget shows, with the rules' findings below, and those of their watch words (kept in
//! the page's address, `?watch=…`, so that a link shows the same).

use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::api::json::{self, Json};
use crate::api::read::{Error, FromJson, Object};
use crate::api::View;
use crate::api::{decode, Items, Overview};
use crate::client::Options;
use crate::i18n::{fill, Lang};
use crate::present::BothViews;
use crate::rules::findings::Finding;
use crate::rules::watch::WatchList;

use super::app::{app, StaffView};
use super::controls::{self, choice_in};
use super::events::Host;
use super::findings::finding_list;
use super::markup::Markup;
use super::notice::{notice, paragraph, Kind};
use super::requests::Shown;
use super::transport::Transport;

stylance::import_crate_style!(style, "src/widget/preview/preview.module.css");

/// An entry of `fixtures/index.json`.
#[derive(Debug, Clone)]
struct TestCitizen {
    id: String,
    name: String,
}

impl FromJson for TestCitizen {
    fn from_json(value: &Json) -> Result<Self, Error> {
        let o = Object::of(value)?;
        o.finish(Self { id: o.field("id"), name: o.field("name") })
    }
}

/// A response loaded from a file: its name and the overview it decoded to.
type Loaded = (String, Arc<Overview>);

#[component]
pub fn Preview(options: Options, transport: Transport, watch_words: String) -> impl IntoView {
    let subject = RwSignal::new(options.subject.clone().unwrap_or_else(|| "kontanthjaelp".to_owned()));
    let lang = RwSignal::new(options.lang);
    let view_kind = RwSignal::new(options.view);
    let loaded = RwSignal::new(None::<Loaded>);
    let citizens = RwSignal::new(Vec::<TestCitizen>::new());
    let file_error = RwSignal::new(None::<String>);
    let watch_text = RwSignal::new(watch_words);
    let watch_list = Memo::new(move |_| watch_text.with(|text| WatchList::parse(text).0));
    // Another test citizen replaces a loaded file.
    Effect::watch(move || subject.get(), move |_, _, _| loaded.set(None), false);
    if let Some(request) = transport.send("fixtures/index.json", options.timeout_ms) {
        leptos::task::spawn_local(async move {
            let text = request.body().await.unwrap_or_default();
            let list = json::parse(&text).ok().and_then(|tree| Items::<TestCitizen>::from_json(&tree).ok());
            if let Some(list) = list {
                citizens.try_set(list.items);
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
        let level = options.heading_level.get() + 1;
        let shown_lang = options.lang;
        let findings: StaffView = Arc::new(move |shown: &Shown| {
            let watched = watch_list.with(|list| watch_findings(list, shown));
            let all: Vec<Finding> = shown.presentation.findings.iter().cloned().chain(watched).collect();
            finding_list(&all, shown_lang, level)
        });
        let transport = transport.clone();
        // The widget in an element of its own, made again with each choice.
        let root = NodeRef::<leptos::html::Div>::new();
        root.on_load(move |root| {
            let none = Host::from_js(wasm_bindgen::JsValue::UNDEFINED);
            app(root.unchecked_into(), options, transport, None, given, Some(findings), none);
        });
        view! { <div node_ref=root></div> }
    };

    view! {
        <div class=style::preview lang=move || lang.get().code()>
            {move || {
                let t = lang.get().staff();
                view! {
                    <Markup markup=notice(Kind::Info, Some(t.preview_banner_title), [paragraph(t.preview_banner_body)])/>
                    <div class=style::controls>
                        <ChoiceField label=t.preview_citizen value=subject
                            options=citizens.get().into_iter().map(|c| (c.id, c.name, None)).collect()/>
                        <ChoiceField label=t.preview_language value=lang
                            options=[Lang::Da, Lang::En].map(|l| (l, l.autonym().to_owned(), Some(l.code()))).to_vec()/>
                        <ChoiceField label=t.preview_view value=view_kind
                            options=vec![(View::Citizen, t.view_citizen.to_owned(), None), (View::Verification, t.view_verification.to_owned(), None)]/>
                        <label class=controls::style::field>
                            {t.preview_file}
                            <input type="file" accept=".json,application/json" on:change=on_file/>
                        </label>
                        <label class=controls::style::field>
                            {t.preview_watch}
                            <textarea rows="3" spellcheck="false" prop:value=move || watch_text.get() on:change=move |ev| {
                                let text = event_target_value(&ev);
                                keep_in_address(&text);
                                watch_text.set(text);
                            }></textarea>
                        </label>
                    </div>
                    {move || file_error.get().map(|e| view! {
                        <Markup markup=notice(Kind::Error, None, [paragraph(&fill(t.preview_file_error, &e)).attr("role", "alert")])/>
                    })}
                    {move || loaded.get().map(|(name, _)| view! { <p class=style::loaded>{fill(t.preview_file_loaded, &name)}</p> })}
                }
            }}
            {widget}
        </div>
    }
}

/// The watch words' findings in the overview shown: in what the citizen view shows, and in
/// what only the verification view shows (the view not shown is presented for them, where
/// the two differ).
fn watch_findings(list: &WatchList, shown: &Shown) -> Vec<Finding> {
    let Some(context) = shown.context.filter(|_| !list.is_empty()) else { return Vec::new() };
    BothViews::present(&shown.overview, context, Some(&shown.presentation)).watch_findings(list)
}

/// Puts the watch words in the page's address (`?watch=`), without a new history entry.
fn keep_in_address(text: &str) {
    let Some(window) = web_sys::window() else { return };
    let Ok(href) = window.location().href() else { return };
    let Ok(url) = web_sys::Url::new(&href) else { return };
    if text.trim().is_empty() {
        url.search_params().delete("watch");
    } else {
        url.search_params().set("watch", text);
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
}

/// A drop-down of the preview's own, its value in a signal: the widget's `choice`.
#[component]
fn ChoiceField<T>(
    label: &'static str,
    options: Vec<(T, String, Option<&'static str>)>,
    value: RwSignal<T>,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let chosen = value.with_untracked(|v| options.iter().position(|(o, ..)| o == v)).unwrap_or_default();
    let markup = choice_in(label, "preview", options.iter().map(|(_, words, lang)| (words.as_str(), *lang)), chosen);
    let values: Vec<T> = options.into_iter().map(|(v, ..)| v).collect();
    let on_change = move |event: leptos::ev::Event| {
        let select = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok());
        let at = select.and_then(|s| usize::try_from(s.selected_index()).ok());
        if let Some(v) = at.and_then(|at| values.get(at)) {
            value.set(v.clone());
        }
    };
    view! { <div class=style::choice on:change=on_change><Markup markup=markup/></div> }
}
