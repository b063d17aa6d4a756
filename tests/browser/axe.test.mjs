// axe-core in Chromium, WCAG 2.0, 2.1 and 2.2 A/AA plus best practice: every fixture × view ×
// language × viewport (320, 768, 1280 px) with every disclosure open, and every state.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { suite, openWidget, openPage, widget, HOSTS, PREVIEW } from "./harness.mjs";

const env = suite(test);
const index = JSON.parse(readFileSync(new URL("../../public/fixtures/index.json", import.meta.url)));
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const WIDTHS = [320, 768, 1280];

async function violations(page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Runs axe at every width; returns what it found, labelled by width. */
async function atEveryWidth(page) {
  const found = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const v of await violations(page)) found.push(`${width}px ${v}`);
  }
  return found;
}

async function openAll(page) {
  const buttons = page.locator(`:is(${HOSTS}) button[aria-expanded='false']`);
  for (let i = 0, n = Math.min(await buttons.count(), 12); i < n; i++) await buttons.first().click();
}

for (const { id } of index) {
  for (const view of ["citizen", "verification"]) {
    for (const lang of ["da", "en"]) {
      test(`axe: ${id}, ${view}, ${lang}, at 320/768/1280 px`, async () => {
        const { context, page } = await openWidget(env.browser, env.url, { subject: id, view, lang });
        await widget(page);
        await openAll(page);
        assert.deepEqual(await atEveryWidth(page), []);
        await context.close();
      });
    }
  }
}

const states = {
  loading: { route: () => new Promise(() => {}), ready: (page) => page.waitForFunction((h) => document.querySelector(h).shadowRoot?.querySelector('[role="status"]')?.textContent.includes("Henter"), HOSTS) },
  error: { route: (r) => r.fulfill({ status: 500, body: "{}" }) },
  "logged out": { route: (r) => r.fulfill({ status: 401, body: "{}" }) },
  forbidden: { route: (r) => r.fulfill({ status: 403, body: "{}" }) },
  empty: { query: { subject: "tom" } },
  partial: { query: { subject: "flere-myndigheder" } },
};
for (const [name, state] of Object.entries(states)) {
  test(`axe: the ${name} state at 320/768/1280 px`, async () => {
    const { context, page } = await openWidget(env.browser, env.url, state.query ?? {}, { route: state.route });
    await (state.ready ? state.ready(page) : widget(page));
    assert.deepEqual(await atEveryWidth(page), []);
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
  await context.close();
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
    assert.deepEqual(parts, ["Badge", "Notice", "Disclosure", "Choice", "Skeleton", "Section", "CaseCard", "BenefitCard", "ClaimCard", "FindingList"]);
    const text = await region.innerText();
    // The states a section can be in: empty, nothing matching the filter, grouped by authority.
    assert.match(text, lang === "da" ? /Du har ingen sager lige nu\./ : /You have no cases right now\./);
    assert.match(text, lang === "da" ? /Ingen passer til dit valg\./ : /Nothing matches your choice\./);
    assert.equal(await region.locator("[data-component='Disclosure'] [aria-expanded='true']").count(), 1, "one disclosure shown open");
    const claims = await region.locator("[data-component='ClaimCard']").innerText();
    const statuses = lang === "da" ? ["overskredet", "Kommende", "ukendt", "Gældsstyrelsen", "Betalt"] : ["has passed", "Payment due", "unknown", "Debt Collection", "Paid"];
    for (const status of statuses) assert.ok(claims.includes(status), `a claim card with ${status}`);
    await openAll(page);
    assert.deepEqual(await atEveryWidth(page), []);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}
