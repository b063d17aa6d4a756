// Mit Overblik's loader for host pages: one <script type="module" src=".../embed.js"> mounts
// the widget on every element with a data-mit-overblik attribute. No inline script or style
// is needed, so it runs under a strict Content-Security-Policy.
import init, { mount } from "./mit-overblik.js";

const here = import.meta.url;
const stylesheet = new URL("mit-overblik.css", here).href;
const instances = new Map();
let ready;

function load() {
  ready ??= init({ module_or_path: new URL("mit-overblik_bg.wasm", here) });
  return ready;
}

/** Mounts the widget on `element`; `options` may override its data-* attributes. */
export async function mountWidget(element, options = {}) {
  await load();
  unmountWidget(element);
  instances.set(element, mount(element, stylesheet, options));
}

/** Removes the widget from `element`, with its listeners and timers. */
export function unmountWidget(element) {
  const instance = instances.get(element);
  if (instance) {
    instance.unmount();
    instance.free();
    instances.delete(element);
  }
}

for (const element of document.querySelectorAll("[data-mit-overblik]")) {
  mountWidget(element);
}
