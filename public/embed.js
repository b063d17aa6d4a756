// Mit Overblik's loader for host pages: one <script type="module" src=".../embed.js"> mounts
// the widget on every <mit-overblik> element and every element with a data-mit-overblik
// attribute (and the test environment's preview on data-mit-overblik-preview). No inline
// script or style is needed, so it runs under a strict Content-Security-Policy.
//
// It is the one file a host links, so it is small and does three things at once instead of
// one after the other: it draws the widget's loading state, starts the overview request, and
// starts downloading and compiling the WebAssembly. The widget then takes over the request's
// answer and the placeholder's place.
//
// A release's embed.js is the root of its integrity: a host pins it with integrity="sha384-…"
// (scripts/release prints it), and it checks what it loads in turn: the WebAssembly and the
// stylesheet against the hashes below, while the wasm-bindgen glue is folded into this file.

// ─── The build's files, the loader's own texts, each element's state ───

// The build's files, content-named, with their SHA-384 hashes: filled in by scripts/layout.mjs.
const FILES = { wasm: "mit-overblik_bg.wasm", css: "mit-overblik.css", integrity: {} };

// The wasm-bindgen glue (its exports). scripts/layout.mjs folds it in here, so that the host's
// integrity check on this file covers it, and the host's CSP needs neither blob: nor eval.
// Unbuilt (public/embed.js as written), it is imported.
const glueModule = () => import(asset("mit-overblik.js"));

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
/** The faces (size, weight) the overview sets text in besides the loading state's own two,
 * the title's and the region's: `.mo-faces` has a line in each. */
const FACES = [
  ["1.375rem", 700],
  ["1.375rem", 400],
  ["1.125rem", 700],
  ["1rem", 600],
  ["0.9375rem", 400],
  ["0.9375rem", 600],
  ["0.875rem", 400],
  ["0.875rem", 600],
];
const FALLBACK_URL = "https://www.borger.dk/mit-overblik";
const OVERVIEW_PATH = "/v1/overview";

// Start-up marks (User Timing), all named "mit-overblik:…", for the benchmarks and a host's
// own monitoring: the loader's here, the widget's in src/widget/timing.rs.
const mark = (name) => performance.mark(`mit-overblik:${name}`);
mark("loader-start");

function asset(name) {
  return new URL(name, import.meta.url).href;
}
/** element → { options, early, last, mounted }: how it was mounted, its early request, its
 * last answered request, and the widget once it runs there. */
const instances = new Map();
let glue;

// ─── The WebAssembly ───

/** The WebAssembly, downloaded (checked against its hash) and compiled, with the glue. */
function load() {
  glue ??= (async () => {
    const response = fetch(asset(FILES.wasm), { integrity: FILES.integrity.wasm });
    const wasm = WebAssembly.compileStreaming(response).catch(async (error) => {
      // Served without Content-Type application/wasm: compiled from its bytes instead.
      const answer = await response;
      if (answer.headers.get("Content-Type")?.startsWith("application/wasm")) throw error;
      return WebAssembly.compile(await answer.arrayBuffer());
    });
    const module = await glueModule();
    const compiled = await wasm;
    mark("wasm-compiled");
    await module.default({ module_or_path: compiled });
    mark("wasm-instantiated");
    return module;
  })();
  return glue;
}

// ─── The options, read as src/client/options.rs reads them (tests/loader.rs runs both) ───

/** The options an embedding can set: the attributes of <mit-overblik>, the data-* attributes
 * of the div (data-api-base …), the camelCase keys of mountWidget's `options` (apiBase …). */
const OPTIONS = ["api-base", "lang", "heading-level", "view", "subject", "login-url", "timeout-ms", "fallback-url"];
const camelCase = (name) => name.replace(/-(.)/g, (_, c) => c.toUpperCase());

/** An option from `options` (camelCase), else the element's attribute. */
function option(element, options, name) {
  const attribute = element.localName === "mit-overblik" ? name : `data-${name}`;
  const value = options[camelCase(name)] ?? element.getAttribute(attribute);
  // Trimmed of what Rust's str::trim takes (Unicode's White_Space), as the widget trims it.
  return value === null || value === undefined ? undefined : String(value).replace(/^\p{White_Space}+|\p{White_Space}+$/gu, "");
}

/** Every option as `option` reads it: what the widget is mounted with. */
function resolved(element, options) {
  return Object.fromEntries(OPTIONS.map((name) => [camelCase(name), option(element, options, name)]));
}

/** The language, as src/i18n reads it: English for any "en" tag (en, en-GB, en_US), else Danish. */
function language(element, options) {
  return /^en([-_]|$)/i.test(option(element, options, "lang") ?? "") ? "en" : "da";
}

/**
 * Where the API may be, as src/client/options.rs decides (tests/loader.rs runs both on one
 * table): a path on this site, an https: address with a host name and maybe a port, or http:
 * on this machine; printable ASCII without a query, fragment, user name or what a link refuses.
 */
function isApiBase(base) {
  if (!/^[\x21-\x7e]*$/.test(base) || /[\\"<>`^|?#@]/.test(base)) return false;
  if (base.startsWith("/")) return !base.startsWith("//");
  const url = /^([a-z]+):\/\/([^/]*)/i.exec(base);
  const [, host, port] = (url && /^(\[::1\]|[^:]*)(?::(.*))?$/.exec(url[2])) ?? [];
  if (!url || host === "" || (port !== undefined && !(/^\d{1,5}$/.test(port) && Number(port) <= 65535))) return false;
  const local = /^(localhost|127\.0\.0\.1|\[::1\])$/i.test(host);
  const label = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
  const name = host.replace(/\.$/, "");
  const dns = name.length <= 253 && name.includes(".") && name.split(".").every((l) => label.test(l));
  return (local || dns) && (/^https$/i.test(url[1]) || (local && /^http$/i.test(url[1])));
}

/** The overview's address, built as src/client/options.rs builds it: a base it would refuse
 * is replaced by the default, as the widget replaces it. */
function overviewUrl(element, options) {
  const given = option(element, options, "api-base");
  const base = given !== undefined && isApiBase(given) ? given : "/api";
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

// ─── Requests: the loader makes every one, the widget asks through `send` ───

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
      mark("request-sent");
      const response = await fetch(url, { credentials: "include", headers: { Accept: "application/json" }, signal: controller.signal });
      const header = (name) => response.headers.get(name) ?? undefined;
      const answer = { status: response.status, retryAfter: header("Retry-After"), contentType: header("Content-Type") };
      if (response.status === 200) answer.body = await response.text();
      mark("response-received");
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

/** `instance`'s requests, each remembered once answered: a re-render reuses the last. */
function sender(element, instance) {
  const remember = (request) => {
    request?.answer.then((answer) => {
      if (answer.status === 200 && instances.get(element) === instance) instance.last = request;
    });
    return request;
  };
  remember(instance.early);
  return (url, timeoutMs) => remember(send(url, timeoutMs));
}

// ─── What the loader shows and tells: the loading state, the fallback, the host's events ───

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

/** The widget's stylesheet, checked against its hash: one that is not the release's is not
 * applied, and the element says the widget cannot be shown (as when it cannot be fetched). */
function stylesheet(element) {
  const link = make("link");
  link.rel = "stylesheet";
  if (FILES.integrity.css) link.integrity = FILES.integrity.css;
  link.crossOrigin = "anonymous";
  link.href = asset(FILES.css);
  link.addEventListener("error", () => instances.has(element) && fail(element), { once: true });
  return link;
}

/**
 * The shadow root with the stylesheet and the widget's loading state, as the widget draws it.
 * A widget mounted again keeps the stylesheet it has applied (`styled`): a new one would
 * leave a moment unstyled.
 */
function placeholder(element, options, styled) {
  const lang = language(element, options);
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
  // A line in each of the overview's faces, unseen (style/placeholder.module.css): each face
  // is found and loaded now, while the WebAssembly arrives, not in the first card's frame.
  // Set through the style object, which a strict Content Security Policy allows.
  const faces = make("div", "mo-faces");
  for (const [size, weight] of FACES) {
    const line = make("span", undefined, TEXTS[lang].region);
    line.style.fontSize = size;
    line.style.fontWeight = String(weight);
    faces.append(line);
  }
  skeleton.append(faces);
  busy.append(make(`h${level}`, "mo-title", TEXTS[lang].region), status, skeleton);
  const box = make("div");
  box.dataset.placeholder = "";
  box.append(busy);
  if (styled) return shadowRoot(element).append(box);
  // Shown once styled: unstyled, the heading would jump when the stylesheet arrives.
  box.hidden = true;
  const link = stylesheet(element);
  link.addEventListener("load", () => (box.hidden = false), { once: true });
  shadowRoot(element).replaceChildren(link, box);
}

/** Tells the host page of an event (`mit-overblik:…`, docs/embedding.md): the loader's own,
 * and the widget's (src/client/events.rs), whose detail comes as JSON text. */
function tell(element, name, detail) {
  // As JSON text the widget's detail crosses from the WebAssembly in one string, not a call a field.
  const fields = typeof detail === "string" ? JSON.parse(detail) : detail;
  element.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: Object.freeze(fields) }));
}

/** Replaces whatever the element shows with a short message and a link onwards. */
function fallback(element, lang, options = instances.get(element)?.options ?? {}) {
  const given = option(element, options, "fallback-url");
  const url = given?.startsWith("https://") ? given : FALLBACK_URL;
  const box = region(lang);
  box.dataset.fallback = "";
  const text = make("p", undefined, TEXTS[lang].failed + " ");
  const link = make("a", undefined, TEXTS[lang].onwards);
  link.href = url;
  link.addEventListener("click", () => tell(element, "mit-overblik:link", { kind: "fallback", section: null, authority: null, kle: null }));
  text.append(link);
  box.append(text);
  shadowRoot(element).replaceChildren(box);
  forget(element);
  tell(element, "mit-overblik:failure", { failure: "cannot-run", retry: "none", kept: false, load: 0 });
}

/** The widget on `element` cannot run: it and its request go, the fallback takes its place. */
function fail(element) {
  const { lang, options } = instances.get(element);
  unmountWidget(element);
  fallback(element, lang, options);
}

// ─── Mounting and unmounting ───

/**
 * Mounts on `element`: the placeholder and the early request at once, the widget once the
 * WebAssembly is there. `carried`, a request already answered (or under way) for the same
 * address, is used instead of a new one: a re-render asks the API nothing.
 */
async function start(element, options, preview, carried) {
  const link = element.shadowRoot?.querySelector("link[rel=stylesheet]");
  const styled = instances.has(element) && link?.sheet ? link : undefined;
  teardown(element, styled);
  placeholder(element, options, styled);
  const early = preview ? undefined : (carried ?? request(element, options));
  const instance = { options, early, lang: language(element, options) };
  instances.set(element, instance);
  const send = sender(element, instance);
  try {
    const module = await load();
    // Unmounted, or mounted again, while the WebAssembly loaded.
    if (instances.get(element) !== instance) return;
    const mounter = preview ? module.mountPreview : module.mount;
    if (!mounter) throw new Error("this build has no preview");
    instance.mounted = mounter(element, resolved(element, options), send, early, (name, detail) => tell(element, name, detail));
  } catch (error) {
    if (instances.get(element) === instance) fail(element);
    throw error;
  }
}

/** Mounts the widget on `element`; `options` may override its attributes. */
export function mountWidget(element, options = {}) {
  return start(element, options, false);
}

/** Mounts the test environment's preview on `element` (the preview build only). */
export function mountWidgetPreview(element, options = {}) {
  return start(element, options, true);
}

/**
 * Mounts the widget on `element` again with what it shows now: with the new language or
 * heading level, on the answer it already has (or the request under way), without asking
 * the API again. A change of address (view, API base, subject) needs a new request instead.
 */
function rerender(element) {
  const instance = instances.get(element);
  if (!instance) return mountWidget(element);
  const carried = instance.last ?? instance.early;
  // Handed on, not aborted with the old widget.
  if (instance.early === carried) instance.early = undefined;
  if (carried && carried.url !== overviewUrl(element, instance.options)) {
    carried.abort();
    return start(element, instance.options, false);
  }
  return start(element, instance.options, false, carried);
}

function forget(element) {
  const instance = instances.get(element);
  instances.delete(element);
  return instance;
}

/** Removes the widget from `element`, with its request, listeners and timers. */
export function unmountWidget(element) {
  teardown(element);
}

/** Unmounts the widget on `element` and removes all it drew but `keep`. */
function teardown(element, keep) {
  const instance = forget(element);
  if (!instance) return;
  instance.early?.abort();
  if (instance.mounted) {
    instance.mounted.unmount();
    instance.mounted.free();
  }
  for (const node of [...(element.shadowRoot?.children ?? [])]) if (node !== keep) node.remove();
}

// ─── The <mit-overblik> element ───

/**
 * <mit-overblik api-base="…" lang="en" heading-level="3" view="…" login-url="…"
 * timeout-ms="…">: the widget as an element, with the options of the data-* attributes under
 * their plain names. A change of language, heading level, time limit or links re-renders in
 * place on the answer it has; a change of view, API base or subject makes the one request the
 * new address needs (changes in one task count once). Removing the element unmounts it and
 * aborts its request; moving it keeps it as it is.
 */
const ADDRESS = new Set(["api-base", "view", "subject"]);
class MitOverblikElement extends HTMLElement {
  static observedAttributes = OPTIONS;
  #changed;

  connectedCallback() {
    if (!instances.has(this)) mountWidget(this).catch(() => {});
  }

  disconnectedCallback() {
    // A move (removed and inserted in one task) is connected again by the time this runs.
    queueMicrotask(() => this.isConnected || unmountWidget(this));
  }

  attributeChangedCallback(name, before, now) {
    if (before === now || !instances.has(this)) return;
    if (!this.#changed) {
      this.#changed = new Set();
      queueMicrotask(() => {
        const changed = this.#changed;
        this.#changed = undefined;
        if (!instances.has(this)) return;
        const moved = [...changed].some((n) => ADDRESS.has(n));
        (moved ? mountWidget(this) : rerender(this)).catch(() => {});
      });
    }
    this.#changed.add(name);
  }
}
if (!customElements.get("mit-overblik")) customElements.define("mit-overblik", MitOverblikElement);

// ─── Traps ───

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
