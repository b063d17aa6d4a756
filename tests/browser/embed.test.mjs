// Embedding in a host page: two instances, isolation both ways, the strict CSP, a failed
// load, a crash, and mounting and unmounting by the JavaScript API without leaks.
import { test } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { suite, openPage, widget, shownText } from "./harness.mjs";

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
  await page.locator("#overblik").getByRole("button", { name: "Udbetalinger (12)" }).click();
  assert.equal(await page.locator("#overview-en").locator("[aria-expanded='true']").count(), 0);
  assert.deepEqual(page.violations, [], "no CSP violation");
  assert.deepEqual(page.errors, []);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await context.close();
});

test("aggressive host CSS does not reach the widget, and the widget does not reach the host", async () => {
  const plain = await openHost();
  await widget(plain.page);
  const measure = (page) =>
    page.evaluate(() => {
      const root = document.querySelector("#overblik").shadowRoot;
      const region = root.querySelector('[role="region"]');
      const title = root.querySelector("h2");
      const card = root.querySelector("article");
      const badge = card.querySelector("span[class]");
      const link = document.querySelector(".site-footer a");
      const s = (el) => getComputedStyle(el);
      return {
        regionWidth: Math.round(region.getBoundingClientRect().width),
        cardWidth: Math.round(card.getBoundingClientRect().width),
        titleColor: s(title).color,
        titleFont: s(title).fontFamily,
        titleSize: s(title).fontSize,
        cardBorder: s(card).borderTopColor,
        cardPadding: s(card).paddingTop,
        badgeBackground: s(badge).backgroundColor,
        hostLinkColor: s(link).color,
        hostBodyFont: s(document.body).fontFamily,
      };
    });
  const before = await measure(plain.page);
  await plain.context.close();

  const hostile = await openHost({ bypassCSP: true });
  await widget(hostile.page);
  await hostile.page.addStyleTag({
    content: `
      * { color: #ff0000 !important; font-family: "Comic Sans MS", cursive !important; background: #ffff00; padding: 30px; border: 5px dotted green; line-height: 3; }
      div, section, article { display: inline; width: 50px; }
      h1, h2, h3, h4 { font-size: 60px; text-transform: uppercase; }
      button { all: unset; }
      a { color: #00ff00; }
      [data-mit-overblik] { font-size: 8px; letter-spacing: 4px; }`,
  });
  const after = await measure(hostile.page);
  await hostile.context.close();

  for (const key of ["cardWidth", "titleColor", "titleFont", "titleSize", "cardBorder", "cardPadding", "badgeBackground"]) {
    assert.equal(after[key], before[key], `${key} unchanged by host CSS`);
  }
  assert.equal(before.titleColor, "rgb(26, 26, 26)");
  assert.equal(before.hostLinkColor, "rgb(0, 89, 179)", "the widget's link colour stays inside it");
  assert.match(before.hostBodyFont, /IBM Plex Sans/);
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

test("a crash in the WebAssembly replaces the frozen widget with the message", async () => {
  const { context, page } = await openHost();
  await widget(page);
  // What the browser reports when the WebAssembly traps (a Rust panic under panic = "abort").
  await page.evaluate(() => dispatchEvent(new ErrorEvent("error", { error: new WebAssembly.RuntimeError("unreachable") })));
  await page.locator("#overblik [data-fallback]").waitFor();
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
