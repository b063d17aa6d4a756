// Mit Overblik's loader for host pages: one <script type="module" src=".../embed.js"> mounts
// the widget on every element with a data-mit-overblik attribute (and the test environment's
// preview on data-mit-overblik-preview). No inline script or style is needed, so it runs
// under a strict Content-Security-Policy.
//
// It is the one file a host links by a stable name, so it is small and does three things at
// once instead of one after the other: it draws the widget's loading state, starts the
// overview request, and starts downloading and compiling the WebAssembly. The widget then
// takes over the request's answer and the placeholder's place.

// Content-hashed names of the build's files, filled in by scripts/release.mjs.
const FILES = { glue: "mit-overblik.js", wasm: "mit-overblik_bg.wasm", css: "mit-overblik.css" };

// The few texts the loader shows itself, before the WebAssembly (with src/i18n) is there or
// when it cannot run. tests/loader.rs checks that they agree with src/i18n.
const TEXTS = {
  da: {
    region: "Mit Overblik",
    loading: "Henter dit overblik …",
    failed: "Mit Overblik kan ikke vises lige nu.",
    onwards: "Se dine sager og ydelser på borger.dk",
  },
  en: {
    region: "My Overview",
    loading: "Fetching your overview …",
    failed: "My Overview cannot be shown right now.",
    onwards: "See your cases and benefits on borger.dk",
  },
};
const FALLBACK_URL = "https://www.borger.dk/mit-overblik";
const OVERVIEW_PATH = "/v1/overview";

const asset = (name) => new URL(name, import.meta.url).href;
/** element → { early, mounted }: its early request, and the widget once it runs there. */
const instances = new Map();
let glue;

/** The WebAssembly, downloaded and compiled while the glue module loads. */
function load() {
  glue ??= (() => {
    const wasm = fetch(asset(FILES.wasm));
    return import(asset(FILES.glue)).then(async (module) => {
      await module.default({ module_or_path: wasm });
      return module;
    });
  })();
  return glue;
}

/** An option from `options` (camelCase) or the element's data-* attribute. */
function option(element, options, name) {
  const camel = name.replace(/-(.)/g, (_, c) => c.toUpperCase());
  const value = options[camel] ?? element.getAttribute(`data-${name}`);
  return value === null || value === undefined ? undefined : String(value).trim();
}

/** The language, as src/i18n reads it: English for any "en" tag (en, en-GB, en_US), else Danish. */
function language(element, options) {
  return /^en([-_]|$)/i.test(option(element, options, "lang") ?? "") ? "en" : "da";
}

/**
 * The overview's address, built as src/client/options.rs builds it; undefined when the API
 * base is one the widget would refuse (the widget then asks for the address it builds).
 */
function overviewUrl(element, options) {
  const base = option(element, options, "api-base") ?? "/api";
  const path = base.startsWith("/") && !base.startsWith("//") && !/[\\ "<>]/.test(base);
  if (!path && !/^https:\/\/[^/@\\]+(\/|$)/i.test(base)) return undefined;
  const query = new URLSearchParams({ view: option(element, options, "view") === "verification" ? "verification" : "citizen" });
  const subject = option(element, options, "subject");
  if (subject) query.set("subject", subject);
  return `${base.replace(/\/+$/, "")}${OVERVIEW_PATH}?${query}`;
}

/** The heading level, as src/client/options.rs reads it (tests/loader.rs runs both). */
function headingLevel(element, options) {
  const text = option(element, options, "heading-level") ?? "";
  return /^\d+$/.test(text) && Number(text) <= 255 ? Math.min(Math.max(Number(text), 1), 6) : 2;
}

/** The time limit, as src/client/options.rs reads it (tests/loader.rs runs both). */
function timeLimit(element, options) {
  const text = option(element, options, "timeout-ms") ?? "";
  return /^\d+$/.test(text) && Number(text) <= 0xffffffff ? Math.min(Math.max(Number(text), 1000), 120000) : 15000;
}

/**
 * Fetches `url` with the citizen's cookie within `timeoutMs`. The widget has no fetch of its
 * own (web-sys's is not among its features), so its first request (started here with the
 * page) and every later one (a retry, a refresh: the widget asks for them) come here. The widget judges the answer (src/client/failure.rs). The body is read only for
 * status 200, so that a stalled error page cannot turn into a time-out. Failures are named,
 * not thrown.
 */
function send(url, timeoutMs) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const answer = (async () => {
    if (!navigator.onLine) return { failure: "offline" };
    try {
      const response = await fetch(url, { credentials: "include", headers: { Accept: "application/json" }, signal: controller.signal });
      const header = (name) => response.headers.get(name) ?? undefined;
      const answer = { status: response.status, retryAfter: header("Retry-After"), contentType: header("Content-Type") };
      if (response.status === 200) answer.body = await response.text();
      return answer;
    } catch {
      return { failure: timedOut ? "timeout" : navigator.onLine ? "network" : "offline" };
    } finally {
      clearTimeout(timer);
    }
  })();
  return { url, answer, abort: () => controller.abort() };
}

/** Starts the element's overview request now, while the WebAssembly loads. */
function request(element, options) {
  const url = overviewUrl(element, options);
  return url && send(url, timeLimit(element, options));
}

/** A new element, with a class and a text where given. */
function make(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** The widget's landmark, named as the widget names it. */
function region(lang, className) {
  const node = make("div", className);
  node.setAttribute("role", "region");
  node.setAttribute("aria-label", TEXTS[lang].region);
  node.lang = lang;
  return node;
}

const shadowRoot = (element) => element.shadowRoot ?? element.attachShadow({ mode: "open" });

/** The shadow root with the stylesheet and the widget's loading state, as the widget draws it. */
function placeholder(element, options) {
  const lang = language(element, options);
  const link = make("link");
  link.rel = "stylesheet";
  link.href = asset(FILES.css);
  const busy = region(lang, "mo-region");
  busy.setAttribute("aria-busy", "true");
  const level = headingLevel(element, options);
  const status = make("p", "mo-visually-hidden", TEXTS[lang].loading);
  status.setAttribute("role", "status");
  const skeleton = make("div", "mo-skeleton");
  skeleton.setAttribute("aria-hidden", "true");
  for (const kind of ["heading", "card", "card", "heading", "card", "heading", "card"]) {
    skeleton.append(make("div", `mo-bone mo-bone-${kind}`));
  }
  busy.append(make(`h${level}`, "mo-title", TEXTS[lang].region), status, skeleton);
  // Shown once styled: unstyled, the heading would jump when the stylesheet arrives. (Should
  // the stylesheet fail, shown anyway: a plain heading beats an empty box.)
  const box = make("div");
  box.dataset.placeholder = "";
  box.hidden = true;
  const show = () => (box.hidden = false);
  link.addEventListener("load", show, { once: true });
  link.addEventListener("error", show, { once: true });
  box.append(busy);
  shadowRoot(element).replaceChildren(link, box);
}

/** Replaces whatever the element shows with a short message and a link onwards. */
function fallback(element, lang) {
  const url = element.dataset.fallbackUrl?.startsWith("https://") ? element.dataset.fallbackUrl : FALLBACK_URL;
  const box = region(lang);
  box.dataset.fallback = "";
  const text = make("p", undefined, TEXTS[lang].failed + " ");
  const link = make("a", undefined, TEXTS[lang].onwards);
  link.href = url;
  text.append(link);
  box.append(text);
  shadowRoot(element).replaceChildren(box);
  forget(element);
}

async function start(element, options, preview) {
  unmountWidget(element);
  placeholder(element, options);
  const early = preview ? undefined : request(element, options);
  const instance = { early, lang: language(element, options) };
  instances.set(element, instance);
  try {
    const module = await load();
    // Unmounted, or mounted again, while the WebAssembly loaded.
    if (instances.get(element) !== instance) return;
    const mounter = preview ? module.mountPreview : module.mount;
    if (!mounter) throw new Error("this build has no preview");
    instance.mounted = mounter(element, options, send, early);
  } catch (error) {
    early?.abort();
    if (instances.get(element) === instance) fallback(element, instance.lang);
    throw error;
  }
}

/** Mounts the widget on `element`; `options` may override its data-* attributes. */
export function mountWidget(element, options = {}) {
  return start(element, options, false);
}

/** Mounts the test environment's preview on `element` (the preview build only). */
export function mountWidgetPreview(element, options = {}) {
  return start(element, options, true);
}

function forget(element) {
  const instance = instances.get(element);
  instances.delete(element);
  return instance;
}

/** Removes the widget from `element`, with its request, listeners and timers. */
export function unmountWidget(element) {
  const instance = forget(element);
  if (!instance) return;
  instance.early?.abort();
  if (instance.mounted) {
    instance.mounted.unmount();
    instance.mounted.free();
  }
  element.shadowRoot?.replaceChildren();
}

// A trap in the widget's WebAssembly (a bug) leaves it unusable: say so instead of freezing.
// Only its own: a trap in other WebAssembly on the host page is none of the widget's business.
// The browser names the module's address in the trap's stack.
function crashed(error) {
  if (error instanceof WebAssembly.RuntimeError && String(error.stack).includes(asset(FILES.wasm))) {
    for (const [element, instance] of [...instances]) fallback(element, instance.lang);
  }
}
addEventListener("error", (event) => crashed(event.error));
addEventListener("unhandledrejection", (event) => crashed(event.reason));

for (const element of document.querySelectorAll("[data-mit-overblik]")) {
  mountWidget(element).catch(() => {});
}
for (const element of document.querySelectorAll("[data-mit-overblik-preview]")) {
  mountWidgetPreview(element).catch(() => {});
}
