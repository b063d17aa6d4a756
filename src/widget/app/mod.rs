//! The widget: fetches the overview, keeps what it showed through failures, and lays out the
//! three sections.

use leptos::prelude::*;
use std::sync::Arc;

use crate::api::Overview;
use crate::api::View;
use crate::client::{retry_delay_ms, Failure, FailureView, Options};
use crate::present::filters::{self, CaseFilter, CaseOrder, ClaimFilter};
use crate::present::{BenefitCard, CaseCard, ClaimCard, Context, Presentation, Presenting, Target};

use super::attention::Attention;
use super::benefit_card::BenefitCard as BenefitView;
use super::case_card::CaseCard as CaseView;
use super::claim_card::ClaimCard as ClaimView;
use super::context::{self, Below};
use super::controls;
use super::fetch::{self, Abort, Request, Transport};
use super::heading::Heading;
use super::notice::{self, FailureNotice, Kind, Notice};
use super::placeholder::{self, Skeleton};
use super::section::{Choice, Section, SectionTexts};
use super::{browser, VISUALLY_HIDDEN};

stylance::import_crate_style!(style, "src/widget/app/app.module.css");

/// Everything a load needs, cheap to copy into async tasks and timers.
#[derive(Clone, Copy)]
struct Loader {
    options: StoredValue<Options>,
    /// An overview given directly (the preview's file load) instead of fetched.
    given: StoredValue<Option<Arc<Overview>>>,
    /// How requests are made (the loader's), and its request started with the page, taken
    /// by the first load.
    transport: StoredValue<Transport, LocalStorage>,
    early: StoredValue<Option<Request>, LocalStorage>,
    /// The request under way: one load at a time, so a new load (a retry by hand) and the
    /// unmount abort it.
    in_flight: StoredValue<Option<Abort>, LocalStorage>,
    /// Counts loads: only the latest one's answer is shown, and an automatic retry is made
    /// only if no other load has started since it was set.
    latest: StoredValue<u32>,
    shown: RwSignal<Option<Arc<Presentation>>>,
    failure: RwSignal<Option<Failure>>,
    /// What the live region says of a filter's result, until the next overview is shown.
    announced: RwSignal<Option<String>>,
    loading: RwSignal<bool>,
    automatic_retries: StoredValue<u32>,
    /// Set by the retry button: when the load ends, focus goes to its outcome.
    focus_outcome: StoredValue<bool>,
    root: NodeRef<leptos::html::Div>,
}

impl Loader {
    fn load(self) {
        self.stop();
        let Some(options) = self.options.try_get_value() else { return };
        let Some(this_load) = self.latest.try_update_value(|n| {
            *n += 1;
            *n
        }) else {
            return;
        };
        let given = self.given.get_value();
        let mut request = None;
        if given.is_none() {
            let early = self.early.try_update_value(Option::take).flatten();
            let Some(transport) = self.transport.try_get_value() else { return };
            let started = fetch::request(&options, &transport, early);
            if let Ok(started) = &started {
                self.in_flight.set_value(Some(started.aborter()));
            }
            request = Some(started);
        }
        self.loading.set(true);
        leptos::task::spawn_local(async move {
            let result = match (given, request) {
                (Some(overview), _) => Ok(overview),
                (None, Some(Ok(request))) => fetch::overview(request).await.map(Arc::new),
                (None, Some(Err(failure))) => Err(failure),
                (None, None) => Err(Failure::Network),
            };
            // A newer load, or the unmount, has taken over.
            if !self.is_latest(this_load) {
                return;
            }
            self.in_flight.set_value(None);
            self.loading.set(false);
            match result {
                Ok(overview) => {
                    // Decoding (in fetch), presenting and rendering each get tasks of their own.
                    let context = Context { lang: options.lang, view: options.view, today: browser::today() };
                    let mut presenting = Presenting::start(&overview, context);
                    browser::in_slices(|| presenting.step(4)).await;
                    let presentation = Arc::new(presenting.finish());
                    browser::next_task().await;
                    // Unmounted, or superseded, while it worked.
                    if !self.is_latest(this_load) {
                        return;
                    }
                    self.shown.set(Some(presentation));
                    self.failure.set(None);
                    self.announced.set(None);
                    self.automatic_retries.set_value(0);
                }
                Err(failure) => {
                    let attempt = self.automatic_retries.get_value();
                    if let Some(delay) = retry_delay_ms(&failure, attempt) {
                        self.automatic_retries.set_value(attempt + 1);
                        browser::after(delay, move || {
                            if self.is_latest(this_load) {
                                self.load();
                            }
                        });
                    }
                    self.failure.set(Some(failure));
                }
            }
            if self.focus_outcome.try_get_value() == Some(true) {
                self.focus_outcome.set_value(false);
                request_animation_frame(move || self.focus_outcome_now());
            }
        });
    }

    /// Whether `load` is still the latest (false too once unmounted).
    fn is_latest(self, load: u32) -> bool {
        self.latest.try_get_value() == Some(load)
    }

    /// Aborts the request under way, if any.
    fn stop(self) {
        if let Some(Some(request)) = self.in_flight.try_update_value(Option::take) {
            request.abort();
        }
    }

    fn retry_now(self) {
        self.automatic_retries.set_value(0);
        self.focus_outcome.set_value(true);
        self.load();
    }

    /// After a retry the button that was pressed is gone: focus the new failure message, or
    /// the widget itself when the overview arrived, so keyboard and screen-reader users land
    /// on what happened.
    fn focus_outcome_now(self) {
        let Some(root) = self.root.get_untracked() else { return };
        let target = root
            .query_selector("[data-failure]")
            .ok()
            .flatten()
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            .unwrap_or_else(|| root.into());
        let _ = target.focus();
    }
}

/// What the preview adds below the overview for staff (the rules' findings).
pub type StaffView = Arc<dyn Fn(Arc<Presentation>) -> AnyView + Send + Sync>;

/// The widget. `transport` makes its requests; `early` is the loader's request for the
/// overview, already under way; `given` renders that overview instead of fetching one;
/// `staff` renders more of the presentation below it (the preview's findings).
#[component]
pub fn App(
    options: Options,
    transport: Transport,
    #[prop(default = None)] early: Option<Request>,
    #[prop(default = None)] given: Option<Arc<Overview>>,
    #[prop(default = None)] staff: Option<StaffView>,
) -> impl IntoView {
    let lang = options.lang;
    context::provide(lang, options.heading_level);
    let announced = RwSignal::new(None);
    context::Announcer::provide(announced);
    let printing = RwSignal::new(false);
    context::Printing::provide(printing);
    let view_kind = options.view;
    let login_url = options.login_url.clone();
    let t = lang.texts();
    let loader = Loader {
        options: StoredValue::new(options),
        given: StoredValue::new(given),
        transport: StoredValue::new_local(transport),
        early: StoredValue::new_local(early),
        in_flight: StoredValue::new_local(None),
        latest: StoredValue::new(0),
        shown: RwSignal::new(None),
        failure: RwSignal::new(None),
        announced,
        loading: RwSignal::new(false),
        automatic_retries: StoredValue::new(0),
        focus_outcome: StoredValue::new(false),
        root: NodeRef::new(),
    };
    loader.load();
    // Back online after a failure: try again by itself.
    let online = window_event_listener(leptos::ev::online, move |_| {
        if loader.failure.with_untracked(Option::is_some) {
            loader.retry_now();
        }
    });
    // However printing starts (the button, the browser's menu, Ctrl+P), the page is made
    // whole first; the browser lays out the printout after these handlers and their effects.
    // The verification view is not printed at all (see below).
    let citizen = view_kind == View::Citizen;
    let before_print = window_event_listener(leptos::ev::beforeprint, move |_| printing.set(citizen));
    let after_print = window_event_listener(leptos::ev::afterprint, move |_| printing.set(false));
    on_cleanup(move || {
        before_print.remove();
        after_print.remove();
        online.remove();
        loader.stop();
    });

    // The one live region: the load's state, then what a filter left in view.
    let announcement = move || {
        if loader.loading.get() {
            t.loading.to_owned()
        } else if let Some(failure) = loader.failure.get() {
            // What happened and why, and whether what is on screen is the last overview.
            let FailureView { title, body, .. } = FailureView::of(&failure, lang);
            if loader.shown.with(Option::is_some) {
                format!("{title}. {body} {}", t.error_kept)
            } else {
                format!("{title}. {body}")
            }
        } else if let Some(words) = announced.get() {
            words
        } else {
            loader.shown.get().and_then(|p| p.updated.clone()).unwrap_or_default()
        }
    };

    let failure_notice = move || {
        loader.failure.get().map(|failure| {
            let kept = loader.shown.with_untracked(Option::is_some);
            view! { <FailureNotice failure=failure kept=kept login_url=login_url.clone() retry=move || loader.retry_now()/> }
        })
    };

    let body = move || match loader.shown.get() {
        Some(presentation) => view! { <Overview presentation=presentation/> }.into_any(),
        None if loader.failure.with(Option::is_none) => view! { <Skeleton/> }.into_any(),
        None => ().into_any(),
    };

    view! {
        <div class=placeholder::REGION role="region" aria-label=t.region lang=lang.code() tabindex="-1" node_ref=loader.root>
            <Heading class=placeholder::TITLE>{t.region}</Heading>
            <p class=VISUALLY_HIDDEN role="status">{announcement}</p>
            {(view_kind == View::Verification).then(|| view! {
                <Notice kind=Kind::Warning title=t.verification_banner_title>
                    <p class=notice::style::body>{t.verification_banner_body}</p>
                    <p class=format!("{} {}", notice::style::body, style::paper_only)>{t.verification_no_print}</p>
                </Notice>
            })}
            // Real citizens' data may not be copied: on paper the verification view is its
            // banner alone. No box of its own, so the loading state's swap for the overview
            // moves nothing.
            <div class=if citizen { style::body } else { style::not_on_paper }>
            // Refresh (and print, for a citizen) whenever an overview is shown, with its date
            // when it has one.
            {move || loader.shown.get().map(|p| view! {
                <div class=style::freshness>
                    {p.updated.clone().map(|updated| view! { <p class=style::updated>{updated}". "{t.freshness}</p> })}
                    <div class=style::actions>
                        <button type="button" class=controls::style::secondary disabled=move || loader.loading.get()
                            on:click=move |_| loader.retry_now()>{t.refresh}</button>
                        {citizen.then(|| view! {
                            <button type="button" class=controls::style::secondary on:click=move |_| print(printing)>
                                {t.print}
                            </button>
                        })}
                    </div>
                </div>
            })}
            {failure_notice}
            <Below>
                {body}
                {move || staff.clone().zip(loader.shown.get()).map(|(staff, p)| staff(p))}
            </Below>
            </div>
        </div>
    }
}

/// Opens the browser's print dialogue once the page is whole (every disclosure open, every
/// chosen card in view).
fn print(printing: RwSignal<bool>) {
    printing.set(true);
    request_animation_frame(move || {
        if let Some(window) = web_sys::window() {
            // Blocks until the dialogue closes; `afterprint` then puts the page back.
            let _ = window.print();
        }
    });
}

#[component]
fn Overview(presentation: Arc<Presentation>) -> impl IntoView {
    let t = context::texts();
    let lang = context::lang();
    let p = presentation;

    let case_filter = RwSignal::new(CaseFilter::default());
    let case_order = RwSignal::new(CaseOrder::default());
    let all_cases = p.cases.clone();
    let cases =
        Memo::new_with_compare(move |_| filters::cases(&all_cases, case_filter.get(), case_order.get()), changed);
    let claim_filter = RwSignal::new(ClaimFilter::default());
    let all_claims = p.claims.clone();
    let claims = Memo::new_with_compare(move |_| filters::claims(&all_claims, claim_filter.get()), changed);

    // The summary's lines lead to their cards, through the filter that shows what they count.
    let reveal_case = RwSignal::new(None);
    let reveal_benefit = RwSignal::new(None);
    let reveal_claim = RwSignal::new(None);
    let follow = Callback::new(move |target: Target| match target {
        Target::ActiveCases { first } => {
            case_filter.set(CaseFilter::Active);
            reveal_case.set(Some(first));
        }
        Target::Benefit(id) => reveal_benefit.set(Some(id)),
        Target::Claims { status, first } => {
            claim_filter.set(ClaimFilter::Only(status));
            reveal_claim.set(Some(first));
        }
    });

    let case_controls = view! {
        <Choice label=t.filter_cases value=case_filter options=CaseFilter::choices(lang)/>
        <Choice label=t.sort value=case_order options=CaseOrder::choices(lang)/>
    }
    .into_any();
    let claim_controls =
        view! { <Choice label=t.filter_claims value=claim_filter options=ClaimFilter::choices(lang)/> }.into_any();

    view! {
        {p.unavailable.iter().cloned().map(|text| view! {
            <Notice kind=Kind::Warning><p class=notice::style::body>{text}</p></Notice>
        }).collect_view()}
        {p.not_shown.clone().map(|text| view! {
            <Notice kind=Kind::Info><p class=notice::style::body>{text}</p></Notice>
        })}
        <Attention lines=p.attention.clone() follow=follow/>
        <Section texts=SectionTexts { title: t.cases, empty: t.no_cases } all=p.cases.clone() items=cases.into()
            controls=case_controls reveal=reveal_case
            render=|card: CaseCard| view! { <CaseView case=card/> }.into_any()/>
        <Section texts=SectionTexts { title: t.benefits, empty: t.no_benefits } all=p.benefits.clone()
            items=Signal::stored(p.benefits.clone()) reveal=reveal_benefit
            render=|card: BenefitCard| view! { <BenefitView benefit=card/> }.into_any()/>
        <Section texts=SectionTexts { title: t.claims, empty: t.no_claims } all=p.claims.clone() items=claims.into()
            controls=claim_controls reveal=reveal_claim
            render=|card: ClaimCard| view! { <ClaimView claim=card/> }.into_any()/>
    }
}

/// Whether a filtered list is a new one: compared by identity, not card by card.
fn changed<T: ?Sized>(old: Option<&Arc<T>>, new: Option<&Arc<T>>) -> bool {
    !matches!((old, new), (Some(old), Some(new)) if Arc::ptr_eq(old, new))
}
