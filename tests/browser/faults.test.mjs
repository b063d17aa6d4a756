// Network faults, each simulated, with the message, the retry behaviour, and what was shown
// kept; a sample of the bad-response corpus in the browser; a 20 MB response.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { bigBody } from "../fixtures/big.mjs";
import { suite, openPage, openWidget, widget, shownText, citizenText, pauseNow, runUntil, HOSTS } from "./harness.mjs";

const env = suite(test);
const fixture = (id) => readFileSync(new URL(`../../public/fixtures/${id}.json`, import.meta.url), "utf8");
const ok = (body = fixture("kontanthjaelp")) => ({ status: 200, body, headers: { "content-type": "application/json" } });

/** In the page: each overview request, when it was made (on the page's clock) and its
 * AbortSignal. */
function noteRequests() {
  const fetch = window.fetch;
  window.overviewRequests = [];
  window.overviewUnanswered = 0;
  // When each failure was told: the widget starts its wait as it tells it.
  window.overviewFailures = [];
  document.addEventListener("mit-overblik:failure", () => window.overviewFailures.push(Date.now()));
  window.fetch = (url, init) => {
    if (!String(url).includes("/api/v1/overview")) return fetch(url, init);
    window.overviewRequests.push({ at: Date.now(), signal: init?.signal });
    window.overviewUnanswered += 1;
    const answered = () => (window.overviewUnanswered -= 1);
    const request = fetch(url, init);
    request.then(answered, answered);
    return request;
  };
}

/** Polls `done` until it holds (for what the test's own side records). */
async function waitUntil(done, ms = 5000) {
  for (const start = Date.now(); !done(); ) {
    if (Date.now() - start > ms) throw new Error("timed out");
    await new Promise((ok) => setTimeout(ok, 10));
  }
}

/** A route that answers from a list of responses, recording when each call came. */
function script(...answers) {
  const calls = [];
  const route = async (r) => {
    calls.push(Date.now());
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)];
    if (answer === "hang") return;
    if (typeof answer === "string") return r.abort(answer);
    return r.fulfill(answer);
  };
  return { route, calls };
}

const cases = [
  ["a connection reset", {}, script("connectionreset").route, /Vi kunne ikke få forbindelse/],
  ["a refused connection", {}, script("connectionrefused").route, /Vi kunne ikke få forbindelse/],
  ["404", {}, script({ status: 404, body: "{}" }).route, /Vi kunne ikke finde dit overblik/],
  ["a wrong content type", {}, script({ status: 200, body: fixture("tom"), headers: { "content-type": "text/plain" } }).route, /Vi fik et svar, som vi ikke kan læse/],
  ["JSON that is not an overview", {}, script({ status: 200, body: '{"error":"maintenance"}', headers: { "content-type": "application/json" } }).route, /Vi fik et svar, som vi ikke kan læse/],
];
for (const [name, query, route, message] of cases) {
  test(`fault: ${name}`, async () => {
    const { context, page } = await openWidget(env.browser, env.url, query, { route });
    const region = await widget(page);
    assert.match(await shownText(page), message);
    await region.getByRole("button", { name: "Prøv igen" }).waitFor();
    await context.close();
  });
}

for (const fault of ["slow-body", "truncated", "reset"]) {
  test(`fault from the server: ${fault}`, async () => {
    const route = (r) => r.continue({ url: `${r.request().url()}&fault=${fault}` });
    const { context, page } = await openWidget(env.browser, env.url, { "timeout-ms": 1500 }, { route });
    await widget(page);
    const expected = { "slow-body": /Det tog for lang tid/, truncated: /Vi fik et svar, som vi ikke kan læse/, reset: /Vi kunne ikke få forbindelse/ }[fault];
    assert.match(await shownText(page), expected);
    await context.close();
  });
}

test("403: an explanation and no retry, automatic or offered", async () => {
  const { route, calls } = script({ status: 403, body: "{}" });
  const { context, page } = await openWidget(env.browser, env.url, {}, { route, installClock: true });
  const region = await widget(page);
  assert.match(await shownText(page), /Du har ikke adgang/);
  // Past every wait the widget could have set (the longest is two minutes), on its clock.
  await page.clock.runFor(130_000);
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(ok)));
  assert.equal(calls.length, 1);
  assert.equal(await region.getByRole("button", { name: "Prøv igen" }).count(), 0);
  await context.close();
});

test("429: waits as long as Retry-After says, then succeeds", async () => {
  const { route, calls } = script({ status: 429, body: "{}", headers: { "retry-after": "2" } }, ok());
  const { context, page } = await openWidget(env.browser, env.url, {}, { route });
  await widget(page);
  assert.match(await shownText(page), /Vi prøver automatisk igen om 2 sekunder/);
  await page.waitForFunction((h) => /Sager/.test(document.querySelector(h).shadowRoot.textContent), HOSTS, { timeout: 5000 });
  assert.ok(calls[1] - calls[0] >= 1900, `waited ${calls[1] - calls[0]} ms`);
  await context.close();
});

/** Every failure the widget retries by itself, with its waits on the page's clock from the
 * failure (told to the host as the wait starts) to the next request: `docs/api.md`'s table of
 * answers, row by row, as `src/client/failure.rs` tests it natively. A request never answered
 * is given up at the time limit (1 s here) before its wait. */
const RETRIED = [
  ["500", { status: 500, body: "{}" }, [1000, 2000, 4000]],
  ["502", { status: 502, body: "{}" }, [1000, 2000, 4000]],
  ["503", { status: 503, body: "{}" }, [1000, 2000, 4000]],
  ["504", { status: 504, body: "{}" }, [1000, 2000, 4000]],
  ["a connection reset", "connectionreset", [1000, 2000, 4000]],
  ["no answer within the time limit of 1000 ms", "hang", [1000, 2000, 4000], 1000],
  ["429 with Retry-After: 3", { status: 429, body: "{}", headers: { "retry-after": "3" } }, [3000, 3000, 3000]],
  ["429 without Retry-After", { status: 429, body: "{}" }, [5000, 5000, 5000]],
];
for (const [name, failure, waits, limit] of RETRIED) {
  test(`retried by itself: ${name}, waits of ${waits.join(", ")} ms on the page's clock, then shown`, async () => {
    const { route, calls } = script(failure, failure, failure, ok());
    const query = limit ? { "timeout-ms": limit } : {};
    const { context, page } = await openWidget(env.browser, env.url, query, { route, installClock: true, initScript: noteRequests });
    await page.waitForFunction(() => window.overviewRequests?.length === 1);
    // From here the widget's timers run only as the test moves the clock, in small steps.
    await pauseNow(page);
    // An answer, and the widget's reading of it, take real time: the clock waits until each
    // failure is told, but moves on while a request never answered waits out its time limit.
    const settled = limit
      ? () => window.overviewUnanswered > 0 || window.overviewFailures.length === window.overviewRequests.length
      : () => window.overviewFailures.length === window.overviewRequests.length;
    for (const [i, wait] of waits.entries()) {
      await runUntil(page, (n) => window.overviewRequests.length === n, i + 2, { step: 25, limit: wait + (limit ?? 0) + 1000, settled });
    }
    const [requests, failures] = await page.evaluate(() => [window.overviewRequests.map((r) => r.at), window.overviewFailures]);
    const waited = waits.map((_, i) => requests[i + 1] - failures[i]);
    for (const [i, wait] of waits.entries()) {
      // (A request's time is noted as the page calls fetch, within a step of the clock.)
      assert.ok(waited[i] >= wait - 10 && waited[i] <= wait + 100, `${name}: waits of ${waited.join(", ")} ms, ${waits.join(", ")} expected`);
      if (limit) {
        const given = failures[i] - requests[i];
        assert.ok(given >= limit - 10 && given <= limit + 100, `${name}: request ${i + 1} given up after ${given} ms`);
      }
    }
    await runUntil(page, (h) => /Sager\s*\(3\)/.test(document.querySelector(h).shadowRoot.textContent), HOSTS);
    assert.equal(calls.length, 4, "three failures, then the overview");
    await context.close();
  });
}

for (const status of [500, 503, 504]) {
  test(`${status}: 'Prøv igen' by hand, with the automatic retry held back by the clock, shows the overview`, async () => {
    const { route, calls } = script({ status, body: "{}" }, ok());
    const { context, page } = await openWidget(env.browser, env.url, {}, { route, installClock: true });
    const region = await widget(page);
    // The clock stops before the automatic retry's second is up: only the citizen's retry can
    // make the second request. The widget's own tasks then run as the test moves the clock.
    await pauseNow(page);
    assert.match(await shownText(page), /Der er en fejl hos os/);
    await region.getByRole("button", { name: "Prøv igen" }).click();
    // Well within the second: the automatic retry cannot be what shows the overview.
    await runUntil(page, (h) => /Sager\s*\(3\)/.test(document.querySelector(h).shadowRoot.textContent), HOSTS, { limit: 500 });
    assert.equal(calls.length, 2, "the first request and the citizen's retry");
    const text = await shownText(page);
    assert.doesNotMatch(text, /Der er en fejl hos os|Prøv igen/, "the failure is gone");
    assert.match(text, /Klage: Hjælp til forsørgelse \(kontanthjælp mv\.\)/, "the overview is shown");
    assert.match(await region.getByRole("status").innerText(), /^Opdateret 23\. november 2026/);
    await context.close();
  });
}

test("the time limit: at data-timeout-ms on the page's clock, the request aborted, the message shown", async () => {
  const { route } = script("hang");
  const { context, page } = await openWidget(env.browser, env.url, { "timeout-ms": 5000 }, { route, installClock: true, initScript: noteRequests });
  await page.waitForFunction(() => window.overviewRequests?.length === 1);
  const sent = await page.evaluate(() => window.overviewRequests[0].at);
  const aborted = () => page.evaluate(() => window.overviewRequests[0].signal.aborted);
  const status = () => page.evaluate((h) => document.querySelector(h).shadowRoot?.querySelector('[role="status"]')?.textContent ?? "", HOSTS);
  await page.clock.pauseAt(sent + 4_990);
  assert.equal(await aborted(), false, "under way 10 ms before the limit");
  assert.doesNotMatch(await status(), /for lang tid/);
  await page.clock.runFor(10);
  assert.equal(await aborted(), true, "aborted at the limit");
  await runUntil(page, (h) => /for lang tid/.test(document.querySelector(h).shadowRoot.textContent), HOSTS);
  assert.match(await shownText(page), /Det tog for lang tid at hente dit overblik/);
  assert.match(await status(), /Det tog for lang tid at hente dit overblik/);
  assert.equal(await page.evaluate(() => window.overviewRequests.length), 1, "no retry yet: the first waits a second");
  await context.close();
});

test("the default time limit: 15 s without data-timeout-ms, on the page's clock", async () => {
  const { route } = script("hang");
  const { context, page } = await openWidget(env.browser, env.url, {}, { route, installClock: true, initScript: noteRequests });
  await page.waitForFunction(() => window.overviewRequests?.length === 1);
  const sent = await page.evaluate(() => window.overviewRequests[0].at);
  const aborted = () => page.evaluate(() => window.overviewRequests[0].signal.aborted);
  await page.clock.pauseAt(sent + 14_990);
  assert.equal(await aborted(), false, "under way 10 ms before 15 s");
  await page.clock.runFor(10);
  assert.equal(await aborted(), true, "aborted at 15 s");
  await runUntil(page, (h) => /for lang tid/.test(document.querySelector(h).shadowRoot.textContent), HOSTS);
  await context.close();
});

test("a failed refresh keeps what was shown; a retry does not duplicate it", async () => {
  const { route, calls } = script(ok(), { status: 503, body: "{}" }, ok());
  const { context, page } = await openWidget(env.browser, env.url, {}, { route });
  const region = await widget(page);
  const articles = () => region.getByRole("article").count();
  const before = await articles();
  await region.getByRole("button", { name: "Hent igen" }).click();
  await region.locator("[data-failure]").getByText("Du ser de oplysninger, vi hentede sidst.", { exact: false }).waitFor();
  assert.equal(await articles(), before, "what was shown stays");
  await region.getByRole("button", { name: "Prøv igen" }).click();
  await page.waitForFunction((h) => !document.querySelector(h).shadowRoot.querySelector("[data-failure]"), HOSTS);
  assert.equal(await articles(), before, "no duplicates");
  assert.match(await shownText(page), /Sager\s*\(3\)/);
  assert.ok(calls.length >= 3);
  await context.close();
});

test("'Prøv igen' during an automatic retry's wait: one request, and the wait is over", async () => {
  const { route, calls } = script({ status: 429, body: "{}", headers: { "retry-after": "120" } }, ok(), ok());
  const { context, page } = await openWidget(env.browser, env.url, {}, { route, installClock: true });
  const region = await widget(page);
  assert.match(await shownText(page), /Vi prøver automatisk igen om 120 sekunder/);
  await region.getByRole("button", { name: "Prøv igen" }).click();
  await region.getByRole("heading", { name: /^Sager\s*\(3\)$/ }).waitFor();
  assert.equal(await region.locator("[data-failure]").count(), 0, "the failure is gone");
  // Past the time the automatic retry was set for: it must not come as well.
  await page.clock.runFor(130_000);
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(ok)));
  assert.equal(calls.length, 2, "the first request and the retry, nothing more");
  await context.close();
});

test("unmounting ends a retry under way and the wait for the next", async () => {
  const { route } = script({ status: 503, body: "{}" }, "hang");
  const { context, page } = await openPage(env.browser, { installClock: true });
  await page.route("**/api/v1/overview**", route);
  await page.addInitScript(noteRequests);
  await page.goto(`${env.url}widget.html`);
  const region = await widget(page);
  await region.getByRole("button", { name: "Prøv igen" }).waitFor();
  // The automatic retry after a second: under way, and hanging.
  await page.clock.runFor(1_000);
  await page.waitForFunction(() => window.overviewRequests.length === 2);
  const aborted = await page.evaluate(async () => {
    const { unmountWidget } = await import("./embed.js");
    const { signal } = window.overviewRequests[1];
    const before = signal.aborted;
    unmountWidget(document.querySelector("[data-mit-overblik]"));
    return [before, signal.aborted];
  });
  assert.deepEqual(aborted, [false, true], "under way before, aborted by the unmount");
  await page.clock.runFor(60_000);
  assert.equal(await page.evaluate(() => window.overviewRequests.length), 2, "no request after the unmount");
  await context.close();
});

test("offline is recognised and said; back online, it loads by itself", async () => {
  const { context, page } = await openWidget(env.browser, env.url, {}, {});
  const region = await widget(page);
  await context.setOffline(true);
  await region.getByRole("button", { name: "Hent igen" }).click();
  await page.waitForFunction((h) => /ikke forbundet til internettet/.test(document.querySelector(h)?.shadowRoot?.textContent ?? ""), HOSTS);
  await context.setOffline(false);
  await page.waitForFunction((h) => /Sager\s*\(/.test(document.querySelector(h).shadowRoot.textContent), HOSTS, { timeout: 10000 });
  await context.close();
});

test("a sample of the bad-response corpus in the browser: a result each, never a panic", async () => {
  const corpus = JSON.parse(readFileSync(new URL("../corpus/corpus.json", import.meta.url), "utf8"));
  const sample = corpus.filter((_, i) => i % 8 === 0);
  for (const entry of sample) {
    const body = entry.raw ?? JSON.stringify(entry.body);
    const { context, page } = await openWidget(env.browser, env.url, {}, { route: (r) => r.fulfill({ status: 200, body, headers: { "content-type": "application/json" } }) });
    await widget(page);
    const text = await citizenText(page);
    if (entry.expect.error) assert.match(text, /Vi fik et svar, som vi ikke kan læse/, entry.name);
    else assert.match(text, /Sager\s*\(\d+\)/, entry.name);
    for (const absent of entry.expect.absent ?? []) assert.ok(!text.includes(absent), `${entry.name}: ${absent}`);
    assert.deepEqual(page.errors, [], `${entry.name}: no exception`);
    assert.equal(await page.locator("[data-fallback]").count(), 0, `${entry.name}: no crash`);
    await context.close();
  }
});

/** The bound on the longest task while a 20 MB response is read and shown: twice the target
 * `scripts/bench` measures (200 ms on a desktop CPU), so that this guard holds on a busy CI
 * machine. Before the body was read a list's item at a time, the longest task was 0.8–1.2 s. */
const LONGEST_TASK_MS = 400;

test("a 20 MB response: shown, with the longest task measured and bounded", async () => {
  const body = bigBody();
  assert.ok(body.length > 20e6, `${(body.length / 1e6).toFixed(1)} MB`);
  // Observed from before the page's first script, so that no task escapes the measure.
  const initScript = () => {
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
  };
  const started = Date.now();
  const { context, page } = await openWidget(env.browser, env.url, {}, { initScript, route: (r) => r.fulfill({ status: 200, body, headers: { "content-type": "application/json" } }) });
  await page.waitForFunction((h) => /Sager\s*\(6000\)/.test(document.querySelector(h)?.shadowRoot?.textContent ?? ""), HOSTS, { timeout: 60000 });
  const elapsed = Date.now() - started;
  const tasks = await page.evaluate(() => window.longTasks);
  // Reading 20 MB is never under 50 ms: an observer that saw nothing measured nothing.
  assert.ok(tasks.length > 0, "the long-task observer saw the work");
  const longest = Math.max(...tasks);
  console.log(`# 20 MB response (${(body.length / 1e6).toFixed(1)} MB): shown after ${elapsed} ms, longest task ${Math.round(longest)} ms`);
  const items = await page.evaluate((h) => document.querySelector(h).shadowRoot.querySelectorAll("li[data-key]").length, HOSTS);
  assert.ok(items <= 30, "still a small DOM");
  assert.ok(longest < LONGEST_TASK_MS, `the page is not frozen for long (${Math.round(longest)} ms)`);
  await context.close();
});

test("security: only its own assets and the API are requested; nothing personal is logged or stored", async () => {
  const { context, page } = await openWidget(env.browser, env.url, {}, {});
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const consoleLines = [];
  page.on("console", (m) => consoleLines.push(m.text()));
  await page.goto(`${env.url}host-example.html`);
  await widget(page, 0);
  await widget(page, 1);
  await page.locator("#overblik").getByRole("button", { name: "Udbetalinger (11)" }).click();
  const origin = new URL(env.url).origin;
  for (const url of requests) {
    assert.equal(new URL(url).origin, origin, `only its own origin: ${url}`);
    // The release's content hashes (12 hex digits) are the build's, not data: a hash such as
    // "ee1779941819" is no CPR number.
    const data = url.replace(/-[0-9a-f]{12}(?=\.(js|wasm|css)$)/, "");
    assert.doesNotMatch(data, /\d{6}-?\d{4}/, `no CPR-like number in a URL: ${url}`);
  }
  assert.ok(requests.some((u) => u.includes("/api/v1/overview?view=citizen")));
  assert.deepEqual(consoleLines, [], "nothing in the console");
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    cookie: document.cookie,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, idb: 0, cookie: "" });
  await context.close();
});
