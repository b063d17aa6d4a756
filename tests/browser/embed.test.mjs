// Embedding in a host page: two instances, isolation both ways, the strict CSP, a failed
// load, a crash, and mounting and unmounting by the JavaScript API without leaks.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { suite, openPage, widget, shownText } from "./harness.mjs";
import { styles } from "../engines/page.mjs";

const env = suite(test);

async function openHost(options = {}) {
  const { context, page } = await openPage(env.browser, options);
  const violations = [];
  await page.exposeFunction("reportViolation", (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (options.route) await page.route(options.route.url, options.route.handler);
  await page.goto(`${env.url}host-example.html`);
  page.violations = violations;
  return { context, page };
}

test("the example host page: two independent instances under the strict CSP, axe-clean", async () => {
  const { context, page } = await openHost();
  await widget(page, 0);
  await widget(page, 1);
  const first = await shownText(page, 0);
  const second = await shownText(page, 1);
  assert.match(first, /Sager\s*\(2\)/);
  assert.match(first, /Odense Kommune/);
  assert.match(second, /Payments\s*\(5\)/);
  assert.match(second, /Payment date has passed/);
  // The English instance sits under the host's h2, so its own heading is h3.
  assert.equal(await page.locator("#overview-en").getByRole("heading", { level: 3, name: "My Overview" }).count(), 1);
  assert.equal(await page.locator("#overblik").getByRole("heading", { level: 2, name: "Mit Overblik" }).count(), 1);
  // Opening one instance's disclosure leaves the other alone.
  await page.locator("#overblik").getByRole("button", { name: "Udbetalinger (11)" }).click();
  assert.equal(await page.locator("#overview-en").locator("[aria-expanded='true']").count(), 0);
  // The host's statistics panel heard both widgets and the disclosure, under the same CSP.
  const panel = page.locator("#statistik-liste");
  await panel.getByText("Åbnet: payments (benefits): 1").waitFor();
  const counted = (await panel.locator("li").allTextContents()).sort();
  assert.deepEqual(counted, ["Overblik vist (da, citizen): 1", "Overblik vist (en, citizen): 1", "Åbnet: payments (benefits): 1"]);
  assert.match(await page.locator("#statistik-start").textContent(), /^\d+ ms$/);
  assert.deepEqual(page.violations, [], "no CSP violation");
  assert.deepEqual(page.errors, []);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await context.close();
});

test("aggressive host CSS does not reach the widget, and the widget does not reach the host", async () => {
  const plain = await openHost();
  await widget(plain.page);
  const measure = (page) => page.evaluate(styles, { host: "#overblik", hostLink: ".site-footer a", hostText: ".lead" });
  const before = await measure(plain.page);
  await plain.context.close();

  const hostile = await openHost({ bypassCSP: true });
  await widget(hostile.page);
  // A careless host stylesheet (the cross-engine tests use the same one).
  await hostile.page.addStyleTag({ path: fileURLToPath(new URL("../engines/pages/hostile.css", import.meta.url)) });
  const after = await measure(hostile.page);
  await hostile.context.close();

  for (const key of ["cardWidth", "titleColor", "titleFont", "titleSize", "cardBorder", "cardPadding", "badgeBackground", "regionFont", "inherited", "widgetLinkColor"]) {
    assert.equal(after[key], before[key], `${key} unchanged by host CSS`);
  }
  // The host's fonts and colours are not the widget's: each side shows its own.
  assert.equal(before.titleColor, "rgb(26, 26, 26)", "the widget's text colour inside");
  assert.match(before.regionFont, /^"IBM Plex Sans"/, "the widget's font inside");
  assert.equal(before.widgetLinkColor, "rgb(0, 89, 179)", "the widget's link colour inside");
  assert.equal(before.hostLinkColor, "rgb(122, 31, 92)", "the host's link colour outside");
  assert.equal(before.hostTextColor, "rgb(43, 43, 43)", "the host's text colour outside");
  assert.match(before.hostFont, /^Georgia/, "the host's font outside");
});

test("a WebAssembly file that fails to load: a short Danish message with a link onwards", async () => {
  const { context, page } = await openHost({ route: { url: "**/*.wasm", handler: (r) => r.fulfill({ status: 500, body: "" }) } });
  const fallback = page.locator("#overblik").locator("[data-fallback]");
  await fallback.waitFor();
  assert.match(await fallback.innerText(), /Mit Overblik kan ikke vises lige nu\./);
  assert.equal(await fallback.getByRole("link").getAttribute("href"), "https://www.borger.dk/mit-overblik");
  assert.match(await page.locator("#overview-en [data-fallback]").innerText(), /My Overview cannot be shown right now\./);
  await context.close();
});

/** The widget's WebAssembly exports, as the page's own glue module holds them. */
/** Keeps the exports of the WebAssembly the page instantiates (the widget's: embed.js has
 * the glue folded in, so they are reachable no other way) as `window.widgetWasm`. */
const keepWidgetExports = () => {
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => {
      const result = await original.apply(WebAssembly, args);
      // A module given compiled (the loader compiles while it downloads) gives an Instance.
      window.widgetWasm ??= (result.instance ?? result).exports;
      return result;
    };
  }
};

test("a trap in the widget's WebAssembly replaces the frozen widget with the message", async () => {
  const { context, page } = await openHost();
  await page.addInitScript(keepWidgetExports);
  await page.reload();
  await widget(page);
  // A real trap in the widget's module (an allocation it cannot make aborts, as a Rust panic
  // does under panic = "abort"), uncaught, as a bug in an event handler would be. (Not from a
  // timer: the page clock runs timers itself and keeps their errors.)
  await page.evaluate(() => queueMicrotask(() => window.widgetWasm.__wbindgen_malloc(0xfffffff0, 8)));
  await page.locator("#overblik [data-fallback]").waitFor();
  assert.match(await page.locator("#overview-en [data-fallback]").innerText(), /My Overview cannot be shown right now\./);
  await context.close();
});

test("a trap in the host page's own WebAssembly leaves the widget alone", async () => {
  const { context, page } = await openHost();
  await widget(page);
  await page.evaluate(async () => {
    // (module (func (export "f") unreachable))
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
    const { instance } = await WebAssembly.instantiate(bytes);
    // Both traps reach the window's handlers, the loader's first (it listened first): once
    // ours have seen them, the loader has had its say.
    const seen = Promise.all([
      new Promise((ok) => addEventListener("error", ok, { once: true })),
      new Promise((ok) => addEventListener("unhandledrejection", ok, { once: true })),
    ]);
    queueMicrotask(() => instance.exports.f());
    Promise.resolve().then(() => instance.exports.f());
    await seen;
  });
  assert.equal(await page.locator("[data-fallback]").count(), 0, "no widget replaced");
  assert.match(await shownText(page, 0), /Sager\s*\(2\)/);
  await context.close();
});

test("the language: data-lang and the JavaScript API read alike by the loader and the widget", async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(`${env.url}widget.html?subject=tom`);
  await widget(page);
  const table = [
    ["en", "en"], ["EN", "en"], ["en-GB", "en"], [" en-gb ", "en"], ["en-AU", "en"], ["en_US", "en"],
    ["da", "da"], ["da-DK", "da"], ["english", "da"], ["", "da"], ["fr", "da"], ["eng", "da"],
  ];
  const seen = await page.evaluate(async (values) => {
    const { mountWidget } = await import("./embed.js");
    return Promise.all(values.map(async (value, i) => {
      const host = document.createElement("div");
      host.dataset.apiBase = "/api";
      host.dataset.subject = "tom";
      document.body.append(host);
      // Half by attribute, half by the JavaScript API's option.
      const mounted = i % 2 ? mountWidget(host, { lang: value }) : ((host.dataset.lang = value), mountWidget(host));
      const placeholder = host.shadowRoot.querySelector('[role="region"]').lang;
      await mounted;
      return [value, placeholder, host.shadowRoot.querySelector('[role="region"]').lang];
    }));
  }, table.map(([value]) => value));
  assert.deepEqual(seen, table.map(([value, lang]) => [value, lang, lang]));
  await context.close();
});

test("the fallback speaks the language the widget was mounted in", async () => {
  const { context, page } = await openPage(env.browser);
  await page.route("**/*.wasm", (r) => r.fulfill({ status: 500, body: "" }));
  await page.goto(`${env.url}widget.html?subject=tom`);
  await page.locator("[data-mit-overblik] [data-fallback]").waitFor();
  const text = await page.evaluate(async () => {
    const { mountWidget } = await import("./embed.js");
    const host = document.createElement("div");
    document.body.append(host);
    await mountWidget(host, { lang: "en-GB" }).catch(() => {});
    return host.shadowRoot.querySelector("[data-fallback]").innerText;
  });
  assert.match(text, /My Overview cannot be shown right now\./);
  await context.close();
});

test("mount and unmount by the JavaScript API, many times, without leaking nodes or listeners", async () => {
  const { context, page } = await openHost();
  await widget(page);
  const cdp = await context.newCDPSession(page);
  const counters = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    return cdp.send("Memory.getDOMCounters");
  };
  const cycle = () =>
    page.evaluate(async () => {
      const { mountWidget, unmountWidget } = await import("./embed.js");
      const host = document.querySelector("#overblik");
      unmountWidget(host);
      await mountWidget(host, { lang: "en", headingLevel: 2 });
      await new Promise((ok) => {
        const check = () => (/Updated/.test(host.shadowRoot.querySelector('[role="status"]')?.textContent ?? "") ? ok() : setTimeout(check, 20));
        check();
      });
      return host.shadowRoot.querySelectorAll('[role="region"]').length;
    });
  assert.equal(await cycle(), 1, "one widget after a remount, in English by the JS option");
  const baseline = await counters();
  for (let i = 0; i < 15; i++) assert.equal(await cycle(), 1);
  const later = await counters();
  assert.ok(later.nodes - baseline.nodes < 200, `nodes ${baseline.nodes} → ${later.nodes}`);
  assert.ok(later.jsEventListeners - baseline.jsEventListeners < 20, `listeners ${baseline.jsEventListeners} → ${later.jsEventListeners}`);
  const empty = await page.evaluate(async () => {
    const { unmountWidget } = await import("./embed.js");
    const host = document.querySelector("#overblik");
    unmountWidget(host);
    return host.shadowRoot.childElementCount;
  });
  assert.equal(empty, 0, "unmount leaves nothing behind");
  await context.close();
});
