// axe-core (WCAG 2.0/2.1 A and AA) on every fixture and every state.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { suite, openWidget, widget } from "./harness.mjs";

const env = suite(test);
const index = JSON.parse(readFileSync(new URL("../../public/fixtures/index.json", import.meta.url)));
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function violations(page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function check(query, options = {}, prepare = async () => {}) {
  const { context, page } = await openWidget(env.browser, env.url, query, options);
  await prepare(page);
  assert.deepEqual(await violations(page), []);
  await context.close();
}

for (const { id } of index) {
  for (const view of ["citizen", "verification"]) {
    test(`axe: ${id} (${view}), with every disclosure open`, () =>
      check({ subject: id, view }, {}, async (page) => {
        await widget(page);
        const buttons = page.locator(":is([data-mit-overblik], [data-mit-overblik-preview]) button[aria-expanded='false']");
        for (let i = 0, n = Math.min(await buttons.count(), 12); i < n; i++) await buttons.first().click();
      }));
  }
}

test("axe: loading", () =>
  check({}, { route: () => new Promise(() => {}) }, (page) =>
    page.waitForFunction(() => document.querySelector("[data-mit-overblik], [data-mit-overblik-preview]").shadowRoot?.querySelector('[role="status"]')?.textContent.includes("Henter")),
  ));

test("axe: error", () => check({}, { route: (r) => r.fulfill({ status: 500, body: "{}" }) }, (page) => widget(page)));

test("axe: logged out", () => check({}, { route: (r) => r.fulfill({ status: 401, body: "{}" }) }, (page) => widget(page)));

test("axe: English", () => check({ subject: "betalinger", lang: "en" }, {}, (page) => widget(page)));
