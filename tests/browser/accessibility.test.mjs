// What axe cannot see: keyboard use, focus, headings, live regions, reflow, text spacing,
// zoom, forced colours, reduced motion, target sizes and language.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { suite, openWidget, openPage, widget, section, HOSTS, PREVIEW } from "./harness.mjs";

const env = suite(test);
const index = JSON.parse(readFileSync(new URL("../../public/fixtures/index.json", import.meta.url)));

/** Describes the element that has focus, looking into shadow roots. */
const focused = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const s = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 80),
      inWidget: el.getRootNode() instanceof ShadowRoot,
      outline: `${s.outlineStyle} ${parseFloat(s.outlineWidth)}`,
      outlineColor: s.outlineColor,
    };
  });

/** The focused element's role and accessible name, as Chromium gives them to a screen reader. */
async function focusedName(cdp) {
  const { result } = await cdp.send("Runtime.evaluate", {
    expression: "(() => { let el = document.activeElement; while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement; return el; })()",
  });
  const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { objectId: result.objectId, fetchRelatives: false });
  const node = nodes.find((n) => !n.ignored) ?? nodes[0];
  return `${node.role?.value} ${node.name?.value ?? ""}`.trim();
}

test("keyboard: every action by Tab in reading order, visible focus, out again without a trap", async () => {
  const { context, page } = await openWidget(env.browser, env.url, {}, {});
  await page.goto(`${env.url}host-example.html`);
  await widget(page, 0);
  await widget(page, 1);
  const cdp = await context.newCDPSession(page);
  await page.locator(".lead").click();
  const seen = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const f = { ...(await focused(page)), name: await focusedName(cdp) };
    seen.push(f);
    if (!f.inWidget && seen.some((s) => s.inWidget)) break;
  }
  const inside = seen.filter((f) => f?.inWidget);
  assert.ok(inside.length >= 10, `reached ${inside.length} controls in the widgets`);
  for (const f of inside) {
    assert.match(f.outline, /^solid [23]/, `visible focus on ${f.tag} "${f.name}"`);
    assert.notEqual(f.outlineColor, "rgba(0, 0, 0, 0)");
  }
  // Reading order by what a screen reader says: the first widget's refresh, the cases'
  // filter and sorting, then their cards; the payments' filter before its cards; the first
  // widget before the second.
  const names = inside.map((f) => f.name);
  const at = (name) => {
    const i = names.indexOf(name);
    assert.ok(i >= 0, `${name} reached, in ${names.join(" | ")}`);
    return i;
  };
  const first = (prefix) => names.findIndex((n) => n.startsWith(prefix));
  assert.ok(at("button Hent igen") < at("combobox Vis sager"));
  assert.ok(at("combobox Vis sager") < at("combobox Sortér"));
  assert.ok(at("combobox Sortér") < first("button Kontakt og sikkerhedsbrud"), names.join(" | "));
  assert.ok(first("button Udbetalinger") < first("link Pay "), "first widget, then the second");
  assert.ok(at("button Fetch again") < at("combobox Show payments"), "the second widget's refresh, then its filter");
  assert.equal(seen.at(-1).inWidget, false, "Tab leaves the widget: no trap");
  await context.close();
});

test("the live region says each change: loading, shown, a failed refresh, a retry, a filter's result", async () => {
  let answer = "hold";
  let release;
  const route = async (r) => {
    if (answer === "hold") await new Promise((ok) => (release = ok));
    if (answer === "fail") return r.fulfill({ status: 503, body: "{}" });
    return r.fulfill({ status: 200, body: readFileSync(new URL("../../public/fixtures/kontanthjaelp.json", import.meta.url), "utf8"), headers: { "content-type": "application/json" } });
  };
  // The clock holds back the automatic retry, so that each change is the test's.
  const { context, page } = await openWidget(env.browser, env.url, {}, { route, installClock: true });
  const said = () => page.evaluate((h) => document.querySelector(h).shadowRoot?.querySelector('[role="status"]')?.textContent ?? "", HOSTS);
  const saysSoon = (pattern) => page.waitForFunction(([h, p]) => new RegExp(p).test(document.querySelector(h).shadowRoot?.querySelector('[role="status"]')?.textContent ?? ""), [HOSTS, pattern.source]);
  await saysSoon(/^Henter dit overblik …$/);
  answer = "ok";
  release();
  const region = await widget(page);
  assert.equal(await said(), "Opdateret 23. november 2026 kl. 09.14");

  answer = "fail";
  await region.getByRole("button", { name: "Hent igen" }).click();
  await saysSoon(/^Vi kan ikke/);
  assert.equal(await said(), "Vi kan ikke vise dit overblik lige nu. Der er en fejl hos os. Prøv igen om lidt. Du ser de oplysninger, vi hentede sidst.");

  answer = "ok";
  await region.getByRole("button", { name: "Prøv igen" }).click();
  await saysSoon(/^Opdateret/);
  assert.equal(await said(), "Opdateret 23. november 2026 kl. 09.14");

  const cases = section(region, "Sager");
  await cases.getByLabel("Vis sager").selectOption({ label: "Afsluttede" });
  await saysSoon(/^Sager:/);
  assert.equal(await said(), "Sager: 1 af 3 passer til dit valg.");
  await cases.getByLabel("Vis sager").selectOption({ label: "Aktive" });
  await saysSoon(/^Sager: 2/);
  assert.equal(await said(), "Sager: 2 af 3 passer til dit valg.");
  await context.close();
});

test("the live region in English, and when a filter leaves nothing", async () => {
  // The payments without the paid one: the filter "Paid" leaves nothing.
  const data = JSON.parse(readFileSync(new URL("../../public/fixtures/betalinger.json", import.meta.url), "utf8"));
  data.claims = data.claims.filter((c) => c.outstandingOre > 0);
  const route = (r) => r.fulfill({ status: 200, body: JSON.stringify(data), headers: { "content-type": "application/json" } });
  const { context, page } = await openWidget(env.browser, env.url, { subject: "betalinger", lang: "en" }, { route });
  const region = await widget(page);
  const said = () => region.getByRole("status").textContent();
  const saysSoon = (start) => page.waitForFunction(([h, s]) => document.querySelector(h).shadowRoot.querySelector('[role="status"]').textContent.startsWith(s), [HOSTS, start]);
  assert.equal(await said(), "Updated 23 November 2026 at 09:14");
  const claims = section(region, "Payments");
  await claims.getByLabel("Show payments").selectOption({ label: "Payment due" });
  await saysSoon("Payments: 1");
  assert.equal(await said(), "Payments: 1 of 4 match your choice.");
  await claims.getByLabel("Show payments").selectOption({ label: "Paid" });
  await saysSoon("Payments: Nothing");
  assert.equal(await said(), "Payments: Nothing matches your choice.");
  await context.close();
});

test("keyboard: disclosures open with Enter and with Space and say so", async () => {
  const { context, page } = await openWidget(env.browser, env.url, { subject: "kontanthjaelp" });
  const region = await widget(page);
  const toggle = section(region, "Ydelser").getByRole("button", { name: "Udbetalinger (35)" });
  await toggle.focus();
  await page.keyboard.press("Enter");
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  const controls = await toggle.getAttribute("aria-controls");
  assert.equal(await region.locator(`#${controls}`).isVisible(), true, "aria-controls names the panel");
  await page.keyboard.press("Space");
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  await page.keyboard.press("Space");
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  await context.close();
});

test("after a retry, focus lands on what happened and it is announced", async () => {
  let fail = true;
  const { context, page } = await openWidget(env.browser, env.url, {}, { route: (r) => r.fulfill(fail ? { status: 500, body: "{}" } : { status: 200, body: readFileSync(new URL("../../public/fixtures/tom.json", import.meta.url), "utf8"), headers: { "content-type": "application/json" } }) });
  const region = await widget(page);
  await region.getByRole("button", { name: "Prøv igen" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction((h) => document.querySelector(h).shadowRoot.activeElement?.hasAttribute("data-failure"), HOSTS);
  assert.match((await focused(page)).text, /Vi kan ikke vise dit overblik lige nu/);
  fail = false;
  await region.getByRole("button", { name: "Prøv igen" }).press("Enter");
  await page.waitForFunction((h) => document.querySelector(h).shadowRoot.activeElement?.getAttribute("role") === "region", HOSTS);
  const status = await region.getByRole("status").innerText();
  assert.match(status, /Opdateret 23\. november 2026/);
  await context.close();
});

test("screen readers: one named region, headings from the host's level without gaps, lists, live region", async () => {
  for (const { id } of index) {
    for (const level of [1, 3]) {
      const { context, page } = await openWidget(env.browser, env.url, { subject: id, "heading-level": level });
      await widget(page);
      const outline = await page.evaluate((h) => {
        const root = document.querySelector(h).shadowRoot;
        const region = root.querySelector('[role="region"]');
        return {
          regions: [...root.querySelectorAll('[role="region"], section[aria-label], section[aria-labelledby]')].filter((r) => !r.hasAttribute("data-findings")).length,
          name: region.getAttribute("aria-label"),
          levels: [...region.querySelectorAll("h1,h2,h3,h4,h5,h6")].map((h) => Number(h.tagName[1])),
          cardsInLists: [...region.querySelectorAll("article")].every((a) => a.closest("li")?.parentElement.tagName === "UL"),
          live: region.querySelector('[role="status"]') !== null,
        };
      }, HOSTS);
      assert.equal(outline.regions, 1, `${id}: one region`);
      assert.equal(outline.name, "Mit Overblik");
      assert.equal(outline.levels[0], level, `${id}: starts at the host's level`);
      outline.levels.reduce((prev, cur) => {
        assert.ok(cur <= prev + 1, `${id}: no gap (${outline.levels.join(",")})`);
        return cur;
      });
      assert.ok(outline.cardsInLists, `${id}: cards are list items`);
      assert.ok(outline.live, "a polite status region");
      await context.close();
    }
  }
});

test("reflow: no horizontal scrolling at 320 px, 200% zoom (640 px) or with WCAG text spacing", async () => {
  for (const { id } of index) {
    for (const width of [320, 640]) {
      const { context, page } = await openWidget(env.browser, env.url, { subject: id }, { viewport: { width, height: 800 } });
      await widget(page);
      const buttons = page.locator(`:is(${HOSTS}) button[aria-expanded='false']`);
      for (let i = 0, n = Math.min(await buttons.count(), 6); i < n; i++) await buttons.first().click();
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(await overflow(), 0, `${id} at ${width}px`);
      // WCAG 1.4.12: line height 1.5, paragraph spacing 2, letter 0.12, word 0.16 (inside the shadow root too).
      await page.evaluate((h) => {
        const css = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        const root = document.querySelector(h).shadowRoot;
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      }, HOSTS);
      assert.equal(await overflow(), 0, `${id} at ${width}px with text spacing`);
      const clipped = await page.evaluate((h) => {
        const root = document.querySelector(h).shadowRoot;
        return [...root.querySelectorAll("*")].filter((el) => {
          const s = getComputedStyle(el);
          return (s.overflow === "hidden" || s.overflowY === "hidden") && el.scrollHeight > el.clientHeight + 1 && el.clientHeight > 1;
        }).length;
      }, HOSTS);
      assert.equal(clipped, 0, `${id}: no text cut off with text spacing`);
      await context.close();
    }
  }
});

test("forced colours: badges keep a border, focus stays visible", async () => {
  const { context, page } = await openWidget(env.browser, env.url, { subject: "betalinger" });
  await page.emulateMedia({ forcedColors: "active" });
  const region = await widget(page);
  const borders = await region.getByRole("article").first().evaluate((a) =>
    [...a.querySelectorAll("span")].filter((s) => getComputedStyle(s).borderTopStyle === "solid").map((s) => parseFloat(getComputedStyle(s).borderTopWidth)),
  );
  assert.ok(borders.length > 0 && borders.every((w) => w >= 1), "the status badge has a border");
  await region.getByRole("button").first().focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Shift+Tab");
  assert.match((await focused(page)).outline, /^solid [23]/);
  await context.close();
});

test("reduced motion: the loading placeholder does not animate", async () => {
  const { context, page } = await openWidget(env.browser, env.url, {}, { route: () => new Promise(() => {}) });
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.waitForFunction((h) => document.querySelector(h).shadowRoot?.querySelector('[aria-hidden="true"] div'), HOSTS);
  const animations = await page.evaluate((h) => [...document.querySelector(h).shadowRoot.querySelectorAll('[aria-hidden="true"] div')].map((d) => getComputedStyle(d).animationName), HOSTS);
  assert.ok(animations.length > 0 && animations.every((a) => a === "none"), animations.join());
  await page.emulateMedia({ reducedMotion: "no-preference" });
  const moving = await page.evaluate((h) => getComputedStyle(document.querySelector(h).shadowRoot.querySelector('[aria-hidden="true"] div')).animationName, HOSTS);
  assert.notEqual(moving, "none", "and does animate otherwise");
  await context.close();
});

test("targets of at least 24 × 24 px", async () => {
  for (const id of ["kontanthjaelp", "betalinger", "stor"]) {
    const { context, page } = await openWidget(env.browser, env.url, { subject: id }, { viewport: { width: 320, height: 800 } });
    await widget(page);
    const buttons = page.locator(`:is(${HOSTS}) button[aria-expanded='false']`);
    for (let i = 0, n = Math.min(await buttons.count(), 6); i < n; i++) await buttons.first().click();
    const small = await page.evaluate((h) => {
      const root = document.querySelector(h).shadowRoot;
      return [...root.querySelectorAll("button, select, input, a")]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
        .map(({ el, r }) => `${el.tagName} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }, HOSTS);
    assert.deepEqual(small, [], id);
    await context.close();
  }
});

test("language: the widget and the language picker say theirs", async () => {
  const { context, page } = await openWidget(env.browser, env.url, { lang: "en" }, { page: PREVIEW });
  const region = await widget(page);
  assert.equal(await region.getAttribute("lang"), "en");
  const options = await page.evaluate((h) => [...document.querySelector(h).shadowRoot.querySelectorAll("option[lang]")].map((o) => `${o.lang}:${o.textContent}`), HOSTS);
  assert.deepEqual(options, ["da:Dansk", "en:English"]);
  await context.close();
});
