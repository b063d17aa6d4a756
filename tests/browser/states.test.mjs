// Loading, failure, retry and log-in, with the API answered by request interception.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { suite, openWidget, widget, shownText } from "./harness.mjs";

const env = suite(test);
const body = readFileSync(new URL("../../public/fixtures/kontanthjaelp.json", import.meta.url), "utf8");
const json = (status = 200, text = body, headers = {}) => ({ status, body: text, headers: { "content-type": "application/json", ...headers } });

test("loading: a placeholder that holds the room, announced politely", async () => {
  let release;
  const held = new Promise((ok) => (release = ok));
  const { context, page } = await openWidget(env.browser, env.url, {}, { route: async (route) => { await held; await route.fulfill(json()); } });
  const host = page.locator("[data-mit-overblik], [data-mit-overblik-preview]");
  await page.waitForFunction(() => document.querySelector("[data-mit-overblik], [data-mit-overblik-preview]").shadowRoot?.querySelector('[role="status"]')?.textContent.includes("Henter"));
  const box = await host.boundingBox();
  assert.ok(box.height > 400, `the placeholder reserves space (${box.height}px)`);
  release();
  await widget(page);
  assert.match(await shownText(page), /Sager/);
  await context.close();
});

test("server trouble: a message and a retry button that works", async () => {
  let failing = true;
  let calls = 0;
  const route = (r) => { calls++; return r.fulfill(failing ? json(503, "{}") : json()); };
  const { context, page } = await openWidget(env.browser, env.url, {}, { route });
  const region = await widget(page);
  assert.match(await shownText(page), /Vi kan ikke vise dit overblik lige nu/);
  failing = false;
  await region.getByRole("button", { name: "Prøv igen" }).click();
  await region.getByRole("heading", { name: /Sager/ }).waitFor();
  assert.doesNotMatch(await shownText(page), /Vi kan ikke vise/);
  assert.ok(calls >= 2);
  await context.close();
});

test("an expired session: a log-in link, no retry", async () => {
  const { context, page } = await openWidget(env.browser, env.url, {}, { route: (r) => r.fulfill(json(401, "{}")) });
  const region = await widget(page);
  assert.match(await shownText(page), /Du er ikke længere logget ind/);
  assert.equal(await region.getByRole("link", { name: "Log ind igen" }).getAttribute("href"), "https://www.borger.dk/log-ind");
  assert.equal(await region.getByRole("button", { name: "Prøv igen" }).count(), 0);
  await context.close();
});

test("a body that is not an overview: said clearly", async () => {
  const { context, page } = await openWidget(env.browser, env.url, {}, { route: (r) => r.fulfill({ status: 200, body: "<html>proxy</html>", headers: { "content-type": "text/html" } }) });
  await widget(page);
  assert.match(await shownText(page), /Vi fik et svar, som vi ikke kan læse/);
  await context.close();
});
