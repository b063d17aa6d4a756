// <mit-overblik>: the same widget as the div embed (same options, same defaults, one
// implementation), and an element's life: attributes changed, removed, moved.
import { test } from "node:test";
import assert from "node:assert/strict";
import { suite, openPage } from "./harness.mjs";

const env = suite(test);

/** A host page with `body` and the plain embed's script. */
async function openHost(body) {
  const { context, page } = await openPage(env.browser);
  await page.route(`${env.url}element.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Element</title><script type="module" src="embed.js"></script></head><body><main>${body}</main></body></html>`,
    }),
  );
  const overview = [];
  const aborted = [];
  page.on("request", (r) => r.url().includes("/api/v1/overview") && overview.push(new URL(r.url()).search));
  page.on("requestfailed", (r) => r.url().includes("/api/v1/overview") && aborted.push(r.failure()?.errorText));
  await page.goto(`${env.url}element.html`);
  return { context, page, overview, aborted };
}

/** Waits until the widget in `selector` has said what it shows (not "fetching"). */
async function ready(page, selector) {
  await page.waitForFunction((s) => {
    const status = document.querySelector(s)?.shadowRoot?.querySelector('.mo-region:not([aria-busy]) [role="status"]');
    return status && status.textContent.trim() !== "" && !/Henter|Fetching/.test(status.textContent);
  }, selector);
}

/** What a person sees and hears of the widget in `selector`: its text, its headings with
 * their levels, its landmark's name and language. */
function seen(page, selector) {
  return page.evaluate((s) => {
    const root = document.querySelector(s).shadowRoot;
    const region = root.querySelector('.mo-region[role="region"]');
    return {
      text: region.innerText,
      headings: [...root.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => `${h.localName} ${h.textContent.trim()}`),
      name: region.getAttribute("aria-label"),
      lang: region.lang,
    };
  }, selector);
}

/** Waits (in Node, polling) until `done()` holds; an error after `ms`. */
async function until(done, ms = 5000) {
  for (const start = Date.now(); !done(); await new Promise((ok) => setTimeout(ok, 20))) {
    if (Date.now() - start > ms) throw new Error(`not done after ${ms} ms: ${done}`);
  }
}

const OPTIONS = { "api-base": "/api", subject: "kontanthjaelp", lang: "en", "heading-level": "3", view: "verification" };
const attributes = (prefix) => Object.entries(OPTIONS).map(([k, v]) => `${prefix}${k}="${v}"`).join(" ");

test("<mit-overblik> and the div embed render the same, with the same options and defaults", async () => {
  const { context, page } = await openHost(
    `<mit-overblik id="element" ${attributes("")}></mit-overblik><div id="div" data-mit-overblik ${attributes("data-")}></div>` +
      `<mit-overblik id="bare" subject="kontanthjaelp"></mit-overblik><div id="bare-div" data-mit-overblik data-subject="kontanthjaelp"></div>`,
  );
  for (const id of ["element", "div", "bare", "bare-div"]) await ready(page, `#${id}`);
  const element = await seen(page, "#element");
  assert.deepEqual(element, await seen(page, "#div"));
  assert.equal(element.lang, "en");
  assert.ok(element.headings[0].startsWith("h3 "), element.headings[0]);
  // Defaults: Danish, level 2, the citizen view, alike.
  const bare = await seen(page, "#bare");
  assert.deepEqual(bare, await seen(page, "#bare-div"));
  assert.equal(bare.lang, "da");
  assert.ok(bare.headings[0].startsWith("h2 "), bare.headings[0]);
  await context.close();
});

test("changing lang re-renders in place without a new request", async () => {
  const { context, page, overview } = await openHost(`<mit-overblik id="w" ${attributes("")}></mit-overblik>`);
  await ready(page, "#w");
  assert.equal(overview.length, 1);
  await page.evaluate(() => document.querySelector("#w").setAttribute("lang", "da"));
  await page.waitForFunction(() => document.querySelector("#w").shadowRoot.querySelector('.mo-region[role="region"]:not([aria-busy])')?.lang === "da");
  await ready(page, "#w");
  const danish = await seen(page, "#w");
  assert.equal(danish.name, "Mit Overblik");
  assert.match(danish.text, /Sager/);
  // The heading level changes in place too.
  await page.evaluate(() => document.querySelector("#w").setAttribute("heading-level", "4"));
  await page.waitForFunction(() => document.querySelector("#w").shadowRoot.querySelector("h4"));
  assert.equal(overview.length, 1, "no new request");
  await context.close();
});

test("changing view or api-base makes the one request the new address needs", async () => {
  const { context, page, overview } = await openHost(`<mit-overblik id="w" ${attributes("")}></mit-overblik>`);
  await ready(page, "#w");
  await page.evaluate(() => document.querySelector("#w").setAttribute("view", "citizen"));
  await ready(page, "#w");
  await page.waitForFunction(() => !document.querySelector("#w").shadowRoot.querySelector("[aria-busy]"));
  assert.deepEqual(overview, ["?view=verification&subject=kontanthjaelp", "?view=citizen&subject=kontanthjaelp"]);
  // Two changes in one task: one request, for the address both make.
  await page.evaluate(() => {
    const w = document.querySelector("#w");
    w.setAttribute("api-base", "/api/");
    w.setAttribute("view", "verification");
  });
  await ready(page, "#w");
  assert.deepEqual(overview.slice(2), ["?view=verification&subject=kontanthjaelp"]);
  assert.equal((await seen(page, "#w")).lang, "en");
  await context.close();
});

test("removing the element unmounts it and aborts its request; moving it mounts nothing twice", async () => {
  const { context, page, overview, aborted } = await openHost(`<section id="a"><mit-overblik id="w" subject="kontanthjaelp"></mit-overblik></section><section id="b"></section>`);
  await ready(page, "#w");
  // Moved: the same widget (the very nodes), no new request.
  await page.evaluate(() => (document.querySelector("#w").shadowRoot.querySelector(".mo-region").__marked = true));
  await page.evaluate(() => document.querySelector("#b").append(document.querySelector("#w")));
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 0)));
  assert.equal(await page.evaluate(() => document.querySelector("#b #w").shadowRoot.querySelector(".mo-region").__marked), true);
  assert.equal(overview.length, 1);

  // Removed while its request is under way: the request is aborted, the shadow root emptied.
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route("**/api/v1/overview**", async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  await page.evaluate(() => document.querySelector("#w").setAttribute("view", "verification"));
  await until(() => overview.length === 2);
  const element = await page.evaluateHandle(() => document.querySelector("#w"));
  await page.evaluate((w) => w.remove(), element);
  await until(() => aborted.length > 0);
  release();
  assert.deepEqual(aborted, ["net::ERR_ABORTED"]);
  assert.equal(await page.evaluate((w) => w.shadowRoot.childElementCount, element), 0, "nothing left in the removed element");
  await context.close();
});
