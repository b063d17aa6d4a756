// axe-core in Chromium, WCAG 2.0, 2.1 and 2.2 A/AA plus best practice: every fixture × view ×
// language × viewport (320, 768, 1280 px) with every disclosure of what is shown open; the
// whole UI in both views (every filter value, every page of "Vis flere", print media); every
// benefit's every payment period and the printout the widget's button makes; and every
// state, failures included, with the page's clock held so that nothing retries meanwhile.
// What axe cannot decide ("incomplete") is listed in the output; an undecided colour
// contrast fails, since contrast is what a person with low vision depends on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { suite, openWidget, openPage, closeAfterRoutes, widget, pauseNow, HOSTS, PREVIEW } from "./harness.mjs";
import { showEverything } from "../engines/page.mjs";

const env = suite(test);
const index = JSON.parse(readFileSync(new URL("../../public/fixtures/index.json", import.meta.url)));
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const WIDTHS = [320, 768, 1280];

const nodes = (rule) => `${rule.id}: ${rule.nodes.map((n) => n.target.join(" ")).join(", ")}`;

/** What axe finds: violations, and colour contrasts it could not decide. Lists the rest of
 * what it could not decide, for a person to look at. */
async function violations(page) {
  // Legacy mode: axe runs in the page alone. Otherwise it finishes its run in a blank page of
  // its own, which the context's clock, ticked while axe scans a failure state, also drives,
  // and closing it under a tick stalled or failed the test. (The widget has no frames.)
  const result = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
  const undecided = result.incomplete.filter((r) => r.id !== "color-contrast");
  if (undecided.length > 0) console.log(`# axe incomplete on ${page.url()}: ${undecided.map(nodes).join("; ")}`);
  return [...result.violations.map(nodes), ...result.incomplete.filter((r) => r.id === "color-contrast").map((r) => `incomplete ${nodes(r)}`)];
}

/** Runs axe at every width; returns what it found, labelled by width. */
async function atEveryWidth(page, widths = WIDTHS) {
  const found = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    for (const v of await violations(page)) found.push(`${width}px ${v}`);
  }
  return found;
}

/** Opens every closed disclosure of what is shown, as clicks in the page. */
const openAll = (page) => page.evaluate(showEverything, { host: HOSTS, pages: false });

/** Shows every page of every section. */
async function showPages(page) {
  const more = page.locator(HOSTS).getByRole("button", { name: /^(Vis flere|Show more)$/ });
  while ((await more.count()) > 0) await more.first().click();
}

/** A citizen with three pages of cases and of payments and two of benefits, from four
 * authorities (cut from the large test citizen). */
function pagesOfEverything() {
  const big = JSON.parse(readFileSync(new URL("../../public/fixtures/stor.json", import.meta.url), "utf8"));
  big.cases = big.cases.slice(0, 21);
  big.benefits = big.benefits.slice(0, 11).map((b) => ({ ...b, payments: b.payments.slice(0, 3) }));
  big.claims = big.claims.slice(0, 21);
  return JSON.stringify(big);
}

for (const { id } of index) {
  // The large citizen, everything open, is ten times the DOM of any other and a minute a
  // scan: at the narrowest width only (its cards are the others' cards, scanned at all three).
  const widths = id === "stor" ? [320] : WIDTHS;
  for (const view of ["citizen", "verification"]) {
    for (const lang of ["da", "en"]) {
      test(`axe: ${id}, ${view}, ${lang}, everything open, at ${widths.join("/")} px`, async () => {
        const { context, page } = await openWidget(env.browser, env.url, { subject: id, view, lang });
        await widget(page);
        await openAll(page);
        assert.equal(await page.locator(`:is(${HOSTS}) button[aria-expanded='false']`).count(), 0, "every disclosure open");
        assert.deepEqual(await atEveryWidth(page, widths), []);
        await context.close();
      });
    }
  }
}

for (const view of ["citizen", "verification"]) {
  test(`axe over the whole UI (${view}): every page of 'Vis flere' with every disclosure open, each filter value, print`, async () => {
    const body = pagesOfEverything();
    const route = (r) => r.fulfill({ status: 200, body, headers: { "content-type": "application/json" } });
    const { context, page } = await openWidget(env.browser, env.url, { view }, { route, viewport: { width: 320, height: 900 } });
    const region = await widget(page);
    const found = [];
    const check = async (state) => found.push(...(await violations(page)).map((v) => `${state}: ${v}`));
    // Each value of each filter and the sorting, with every page of what it leaves (first,
    // while the cards are closed: axe takes seconds over a DOM with everything open).
    const choices = await region.locator("select").evaluateAll((all) => all.map((s) => [s.labels[0].firstChild.textContent.trim(), [...s.options].map((o) => o.textContent)]));
    assert.deepEqual(choices.map(([label]) => label), ["Vis sager", "Sortér", "Vis betalinger"]);
    for (const [label, options] of choices) {
      for (const option of options.slice(1)) {
        await region.getByLabel(label).selectOption({ label: option });
        await showPages(page);
        await check(`${label} = ${option}`);
      }
      await region.getByLabel(label).selectOption({ index: 0 });
    }
    await page.evaluate(showEverything, { host: HOSTS, pages: true });
    await check("everything shown and open");
    // As printed, everything shown and open.
    await page.emulateMedia({ media: "print" });
    await check("print");
    assert.deepEqual(found, []);
    await context.close();
  });
}

// Every benefit of every test citizen with benefits but the large one (ten pages of the same
// cards), in every payment period; each pairing of language and view once.
const withBenefits = index.map(({ id }) => id).filter((id) => id !== "stor" && JSON.parse(readFileSync(new URL(`../../public/fixtures/${id}.json`, import.meta.url))).benefits?.length);
for (const [i, subject] of withBenefits.entries()) {
  const [view, lang] = [["citizen", "da"], ["verification", "en"], ["citizen", "en"], ["verification", "da"]][i % 4];
  test(`axe: ${subject} (${view}, ${lang}), every benefit in every payment period, and printed by the widget's button`, async () => {
    const recordPrint = () => (window.print = () => {});
    const { context, page } = await openWidget(env.browser, env.url, { subject, view, lang }, { initScript: recordPrint, viewport: { width: 320, height: 900 } });
    const region = await widget(page);
    const found = [];
    const check = async (state) => found.push(...(await violations(page)).map((v) => `${state}: ${v}`));
    const histories = region.getByRole("button", { name: /^(Udbetalinger|Payments received) \(/ });
    const periods = region.getByLabel(/^(Vis udbetalinger fra|Show payments from)$/);
    for (let b = 0, n = await histories.count(); b < n; b++) {
      await histories.nth(b).click();
      if ((await periods.count()) <= b) continue; // a benefit without payments has no periods
      const period = periods.nth(b);
      for (const option of await period.locator("option").allInnerTexts()) {
        await period.selectOption({ label: option });
        await check(`benefit ${b + 1}, ${option}`);
      }
    }
    if (view === "citizen") {
      // The widget stays as printed: its stub of the dialogue never says "afterprint".
      await region.getByRole("button", { name: /^(Udskriv|Print)$/ }).click();
      await page.emulateMedia({ media: "print" });
      await check("printed");
    }
    assert.deepEqual(found, []);
    await context.close();
  });
}

const states = {
  loading: { route: () => new Promise(() => {}), ready: (page) => page.waitForFunction((h) => document.querySelector(h).shadowRoot?.querySelector('[role="status"]')?.textContent.includes("Henter"), HOSTS) },
  error: { route: (r) => r.fulfill({ status: 500, body: "{}" }) },
  "logged out": { route: (r) => r.fulfill({ status: 401, body: "{}" }) },
  forbidden: { route: (r) => r.fulfill({ status: 403, body: "{}" }) },
  "rate limited": { route: (r) => r.fulfill({ status: 429, body: "{}", headers: { "retry-after": "120" } }) },
  "time limit": { query: { "timeout-ms": 300 }, route: () => {} },
  // A refresh that fails keeps the overview on screen, with the failure above it.
  "offline, the overview kept": { refresh: ({ context }) => context.setOffline(true), says: "ikke forbundet til internettet" },
  "a failed refresh that kept the overview": { refresh: ({ page }) => page.route("**/api/v1/overview**", (r) => r.fulfill({ status: 503, body: "{}" })), says: "Du ser de oplysninger, vi hentede sidst." },
  empty: { query: { subject: "tom" } },
  partial: { query: { subject: "flere-myndigheder" } },
};
/**
 * Runs axe with the page's clock held short of the widget's first automatic retry (a second
 * away at the soonest): axe's own timers are let through a millisecond at a time, so that no
 * retry changes what axe reads while it reads it.
 */
async function atEveryWidthClockHeld(page) {
  await pauseNow(page);
  let scanned = false;
  let advanced = 0;
  // A tick is given up on after a while (the page may be busy with axe itself); the next
  // one follows.
  const tick = () => Promise.race([page.clock.runFor(1), new Promise((ok) => setTimeout(ok, 250))]);
  const ticking = (async () => {
    for (; !scanned && !page.isClosed(); advanced += 1) {
      if (advanced >= 900) throw new Error("axe needed more of the page's clock than the state lasts");
      await tick();
    }
  })();
  // Its failure is the test's, reported below when the scan is over, never an unhandled
  // rejection of a tick in flight.
  ticking.catch(() => {});
  try {
    return await atEveryWidth(page);
  } finally {
    scanned = true;
    await ticking;
  }
}

for (const [name, state] of Object.entries(states)) {
  test(`axe: the ${name} state at 320/768/1280 px, the clock held`, async () => {
    const { context, page } = await openWidget(env.browser, env.url, state.query ?? {}, { route: state.route, installClock: true });
    const region = await (state.ready ? state.ready(page) : widget(page));
    if (state.refresh) {
      await state.refresh({ page, context });
      await region.getByRole("button", { name: "Hent igen" }).click();
      await region.locator("[data-failure]").getByText(state.says, { exact: false }).waitFor();
    }
    const status = () => page.locator(HOSTS).getByRole("status").innerText();
    const said = await status();
    assert.deepEqual(await atEveryWidthClockHeld(page), []);
    assert.equal(await status(), said, "the state did not change while axe read it");
    await context.close();
  });
}

test("axe: the loader's placeholder, before the WebAssembly has arrived", async () => {
  const { context, page } = await openPage(env.browser);
  let release;
  const released = new Promise((ok) => (release = ok));
  await page.route("**/*.wasm", async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${env.url}widget.html`);
  await page.locator("[data-mit-overblik] [data-placeholder]:not([hidden])").waitFor();
  assert.deepEqual(await atEveryWidth(page), []);
  release();
  await closeAfterRoutes({ context, page });
});

for (const lang of ["da", "en"]) {
  test(`axe: the preview for staff with findings, ${lang}, at 320/768/1280 px`, async () => {
    const { context, page } = await openWidget(env.browser, env.url, { subject: "fjendtlig", view: "verification", lang }, { page: PREVIEW });
    await widget(page);
    await page.locator("[data-mit-overblik-preview] [data-findings]").waitFor();
    await openAll(page);
    assert.deepEqual(await atEveryWidth(page), []);
    await context.close();
  });
}

test("axe: the example host page", async () => {
  const { context, page } = await openWidget(env.browser, env.url, {}, {});
  await page.goto(`${env.url}host-example.html`);
  await widget(page, 0);
  await widget(page, 1);
  assert.deepEqual(await atEveryWidth(page), []);
  await context.close();
});

// Both languages and both views, each once: the components are the same in every pairing.
for (const [lang, view] of [["da", "citizen"], ["en", "verification"]]) {
  test(`the components page (${lang}, ${view}): every component in each state, axe-clean with every disclosure open`, async () => {
    const { context, page } = await openPage(env.browser);
    await page.goto(`${env.url}${PREVIEW}components.html?lang=${lang}&view=${view}`);
    const region = page.locator(HOSTS).getByRole("region", { name: lang === "da" ? "Mit Overblik" : "My Overview" });
    await region.waitFor();
    const parts = await region.locator("[data-component]").evaluateAll((all) => all.map((p) => p.dataset.component));
    assert.deepEqual(parts, ["Attention", "Badge", "Notice", "Disclosure", "Choice", "Skeleton", "Section", "CaseCard", "BenefitCard", "ClaimCard", "FindingList"]);
    const text = await region.innerText();
    // The states a section can be in: empty, nothing matching the filter, grouped by authority.
    assert.match(text, lang === "da" ? /Du har ingen sager lige nu\./ : /You have no cases right now\./);
    assert.match(text, lang === "da" ? /Ingen passer til dit valg\./ : /Nothing matches your choice\./);
    assert.equal(await region.locator("[data-component='Disclosure'] [aria-expanded='true']").count(), 1, "one disclosure shown open");
    assert.equal(await region.locator("[data-component='Attention'] li").count(), 4, "every kind of line of the summary");
    const claims = await region.locator("[data-component='ClaimCard']").innerText();
    const statuses = lang === "da" ? ["overskredet", "Kommende", "ukendt", "Gældsstyrelsen", "Betalt"] : ["has passed", "Payment due", "unknown", "Debt Collection", "Paid"];
    for (const status of statuses) assert.ok(claims.includes(status), `a claim card with ${status}`);
    await openAll(page);
    assert.deepEqual(await atEveryWidth(page), []);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}
