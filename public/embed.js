// Mit Overblik's loader for host pages: one <script type="module" src=".../embed.js"> mounts
// the widget on every element with a data-mit-overblik attribute (and the test environment's
// preview on data-mit-overblik-preview). No inline script or style is needed, so it runs
// under a strict Content-Security-Policy.
import init, { mount, mountPreview } from "./mit-overblik.js";

const here = import.meta.url;
const stylesheet = new URL("mit-overblik.css", here).href;
const instances = new Map();
let ready;

// The one text the loader itself shows: when the WebAssembly cannot load or has crashed, the
// widget's own texts (src/i18n) are out of reach, so this sentence lives here.
const FALLBACK = {
  da: ["Mit Overblik kan ikke vises lige nu.", "Se dine sager og ydelser på borger.dk"],
  en: ["My Overview cannot be shown right now.", "See your cases and benefits on borger.dk"],
};
const FALLBACK_URL = "https://www.borger.dk/mit-overblik";

function load() {
  ready ??= init({ module_or_path: new URL("mit-overblik_bg.wasm", here) });
  return ready;
}

/** Replaces whatever the element shows with a short message and a link onwards. */
function fallback(element) {
  const lang = element.dataset.lang === "en" ? "en" : "da";
  const [message, linkText] = FALLBACK[lang];
  const url = element.dataset.fallbackUrl?.startsWith("https://") ? element.dataset.fallbackUrl : FALLBACK_URL;
  const root = element.shadowRoot ?? element.attachShadow({ mode: "open" });
  const box = document.createElement("div");
  box.setAttribute("role", "region");
  box.setAttribute("aria-label", lang === "en" ? "My Overview" : "Mit Overblik");
  box.setAttribute("lang", lang);
  box.dataset.fallback = "";
  const text = document.createElement("p");
  text.textContent = message + " ";
  const link = document.createElement("a");
  link.href = url;
  link.textContent = linkText;
  text.append(link);
  box.append(text);
  root.replaceChildren(box);
  instances.delete(element);
}

async function start(element, options, mounter) {
  try {
    await load();
    unmountWidget(element);
    instances.set(element, mounter(element, stylesheet, options));
  } catch (error) {
    fallback(element);
    throw error;
  }
}

/** Mounts the widget on `element`; `options` may override its data-* attributes. */
export function mountWidget(element, options = {}) {
  return start(element, options, mount);
}

/** Mounts the test environment's preview on `element`. */
export function mountWidgetPreview(element, options = {}) {
  return start(element, options, mountPreview);
}

/** Removes the widget from `element`, with its listeners and timers. */
export function unmountWidget(element) {
  const instance = instances.get(element);
  if (instance) {
    instances.delete(element);
    instance.unmount();
    instance.free();
  }
}

// A trap in the WebAssembly (a bug) leaves it unusable: say so instead of freezing.
function crashed(error) {
  if (error instanceof WebAssembly.RuntimeError) {
    for (const element of [...instances.keys()]) fallback(element);
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
