// The events the widget tells its host page (docs/embedding.md, public/embed.d.ts), in every
// engine the suite runs: each when it should, once, with the documented fields, heard on the
// document as a host's own script hears them; none after unmountWidget; and no personal data:
// on every test citizen, with everything opened and every link followed, no event holds a
// string of the citizen's answer but its authorities' ids and KLE numbers. Every test's name
// starts with its engine.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/server.mjs";
import { DAY, texts } from "../browser/harness.mjs";
import { ENGINES, launch, waitFor } from "./drivers.mjs";
import * as inPage from "./page.mjs";

const HOST = inPage.HOST;
const fixture = (id) => JSON.parse(readFileSync(new URL(`../../public/fixtures/${id}.json`, import.meta.url)));
const index = fixture("index");
const da = texts("da");

/** Each event's fields, and the words a field may hold (`null` where it may be null). */
const FIELDS = {
  "mit-overblik:shown": ["load", "cases", "benefits", "claims", "unavailable", "leftOut", "masked", "lang", "view", "firstCardMs", "recovered"],
  "mit-overblik:link": ["kind", "section", "authority", "kle"],
  "mit-overblik:opened": ["part", "section"],
  "mit-overblik:failure": ["failure", "retry", "kept", "load"],
};
const FAILURES = ["offline", "network", "timeout", "session-expired", "forbidden", "not-found", "busy", "server", "unreadable", "cannot-run"];
const SECTIONS = ["cases", "benefits", "claims", "summary", "notice"];
const WORDS = {
  lang: ["da", "en"],
  view: ["citizen", "verification"],
  kind: ["self-service", "access-to-records", "pay", "phone", "email", "website", "digital-post", "log-in", "fallback"],
  part: ["documents", "payments", "contact", "more"],
  failure: FAILURES,
  retry: ["automatic", "offered", "none"],
  recovered: [...FAILURES, null],
  section: [...SECTIONS, null],
};
const COUNTS = ["load", "cases", "benefits", "claims", "unavailable", "leftOut", "masked"];

/** Every string in a JSON value. */
function strings(value, out = new Set()) {
  if (typeof value === "string") out.add(value);
  else if (value && typeof value === "object") Object.values(value).forEach((v) => strings(v, out));
  return out;
}

/** What an answer lets an event hold: its authorities' ids and its KLE numbers. */
function allowed(response) {
  const ids = new Set((response.authorities ?? []).map((a) => a.id));
  const kles = new Set();
  const walk = (value) => {
    if (!value || typeof value !== "object") return;
    if (typeof value.authorityId === "string") ids.add(value.authorityId);
    if (typeof value.kle === "string") kles.add(value.kle.trim());
    Object.values(value).forEach(walk);
  };
  walk(response);
  return { ids, kles };
}

/** Why `event` is not as documented, or holds what `response` does not allow; null if it is fine. */
function fault(event, response) {
  const { type, detail } = event;
  const fields = FIELDS[type];
  if (!fields) return `an undocumented event ${type}`;
  if (!event.bubbles || !event.composed || !event.frozen || !event.onHost) return `${type} not a bubbling, composed event with a frozen detail on the widget's element`;
  const keys = Object.keys(detail).sort();
  if (keys.join() !== [...fields].sort().join()) return `${type} has the fields ${keys.join(", ")}`;
  const { ids, kles } = allowed(response);
  for (const [key, value] of Object.entries(detail)) {
    const ok =
      COUNTS.includes(key) ? Number.isInteger(value) && value >= 0
      : key === "firstCardMs" ? value === null || (Number.isInteger(value) && value > 0)
      : key === "kept" ? typeof value === "boolean"
      : key === "authority" ? value === null || ids.has(value)
      : key === "kle" ? value === null || (/^\d\d\.\d\d\.\d\d$/.test(value) && kles.has(value))
      : WORDS[key].includes(value);
    if (!ok) return `${type}'s ${key} is ${JSON.stringify(value)}`;
  }
  // No text of the answer inside any value either (the check above would have to be wrong).
  const said = JSON.stringify(Object.values(detail));
  const leaked = [...strings(response)].find((s) => s.length >= 5 && !ids.has(s) && !kles.has(s.trim()) && !Object.values(WORDS).flat().includes(s) && said.includes(s));
  return leaked ? `${type} holds ${JSON.stringify(leaked)} from the answer` : null;
}

/** In the page: clicks every link of the widget on `host` (not leaving the page); each link's kind. */
function followEveryLink(host) {
  window.moKeepPage = true;
  const links = [...document.querySelector(host).shadowRoot.querySelectorAll("a[data-link]")];
  links.forEach((a) => a.click());
  return links.map((a) => a.dataset.link);
}

/** In the page: the events so far, and when the first card was put in the page. */
function heard() {
  const mark = performance.getEntriesByName("mit-overblik:first-card").at(-1);
  return { events: window.moEvents, firstCard: mark ? mark.startTime : null };
}

const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 50)));

/** The section headings' counts ("Sager (3)"), 0 where a section is not shown. */
function counted(text) {
  const count = (word) => Number(new RegExp(`${word}\\s*\\((\\d+)\\)`).exec(text)?.[1] ?? 0);
  return { cases: count("Sager"), benefits: count("Ydelser"), claims: count("Betalinger") };
}

let server, base;
before(async () => {
  ({ server, url: base } = await serve(0, "127.0.0.1", { "/engines/": fileURLToPath(new URL("pages/", import.meta.url)) }));
});
after(() => server?.close());

test("the events' fields and words here are embed.d.ts's", () => {
  const types = readFileSync(new URL("../../public/embed.d.ts", import.meta.url), "utf8");
  const sections = /type WidgetSection = ([^;]+);/.exec(types)?.[1] ?? "";
  assert.deepEqual([...sections.matchAll(/"([^"]+)"/g)].map((m) => m[1]), SECTIONS);
  for (const key of ["lang", "view", "kind", "part", "failure", "retry"]) {
    const found = new Set();
    for (const [, words] of types.matchAll(new RegExp(`\\b${key}: ((?:"[^"]+"(?: \\| )?)+)`, "g"))) {
      for (const [, word] of words.matchAll(/"([^"]+)"/g)) found.add(word);
    }
    assert.deepEqual([...found].sort(), [...WORDS[key]].sort(), `embed.d.ts's ${key}`);
  }
  for (const [type, fields] of Object.entries(FIELDS)) {
    const name = { "mit-overblik:shown": "ShownDetail", "mit-overblik:link": "LinkDetail", "mit-overblik:opened": "OpenedDetail", "mit-overblik:failure": "FailureDetail" }[type];
    const body = new RegExp(`interface ${name} \\{([^}]+)\\}`).exec(types)?.[1] ?? "";
    assert.deepEqual([...body.matchAll(/^\s+(\w+):/gm)].map((m) => m[1]).sort(), [...fields].sort(), `${name}'s fields`);
  }
});

for (const name of ["chromium", ...ENGINES]) {
  describe(name, () => {
    let driver;
    before(async () => {
      driver = await launch(name);
    });
    after(() => driver?.close());

    const open = async (page, query) => {
      await driver.open(`${base}engines/${page}.html?${new URLSearchParams({ ...query, now: DAY.now })}`);
      await waitFor(driver, inPage.ready, HOST, { what: `${name}: ${page} ${JSON.stringify(query)} shown` });
    };
    const until = (what, test) =>
      waitFor(driver, (source) => (0, eval)(source)(window.moEvents), `(${test})`, { what: `${name}: ${what}` });

    for (const { id } of index) {
      test(`${name}: ${id}, everything opened and every link followed: each event once, as documented, no personal data`, async () => {
        const response = fixture(id);
        await open("plain", { subject: id });
        await until("the shown event", (events) => events.some((e) => e.type === "mit-overblik:shown"));
        const clicks = await driver.run(inPage.showEverything, { host: HOST, pages: id !== "stor" });
        const kinds = await driver.run(followEveryLink, HOST);
        await driver.run(frame);
        const { events, firstCard } = await driver.run(heard);

        for (const event of events) assert.equal(fault(event, response), null, `${name}: ${id}: ${JSON.stringify(event.detail)}`);
        const of = (type) => events.filter((e) => e.type === `mit-overblik:${type}`).map((e) => e.detail);
        const [shown, ...again] = of("shown");
        assert.deepEqual(again, [], `${name}: ${id}: one shown event for one load`);
        assert.deepEqual(of("failure"), [], `${name}: ${id}: no failure`);
        const text = await driver.run(inPage.text, HOST);
        assert.deepEqual({ cases: shown.cases, benefits: shown.benefits, claims: shown.claims }, counted(text), `${name}: ${id}: the counts the headings show`);
        assert.deepEqual([shown.load, shown.lang, shown.view, shown.recovered], [1, "da", "citizen", null]);
        if (shown.cases + shown.benefits + shown.claims > 0) {
          assert.ok(Math.abs(shown.firstCardMs - firstCard) <= 5, `${name}: ${id}: firstCardMs ${shown.firstCardMs} is the first card's mark ${firstCard}`);
          const told = events.find((e) => e.type === "mit-overblik:shown").at;
          assert.ok(told >= firstCard, `${name}: ${id}: told at ${told}, after the first card at ${firstCard}`);
        } else {
          assert.equal(shown.firstCardMs, null);
        }
        assert.equal(of("opened").length, clicks, `${name}: ${id}: an opened event for each disclosure opened and each 'Vis flere'`);
        assert.deepEqual(of("link").map((d) => d.kind), kinds, `${name}: ${id}: a link event for each link followed, of its kind`);
        if (id === "kontanthjaelp") {
          const selfService = of("link").find((d) => d.kind === "self-service");
          assert.deepEqual(selfService, { kind: "self-service", section: "cases", authority: "0751", kle: "32.24.04" });
        }
      });
    }

    test(`${name}: failures: once per load, with what follows; then shown, recovered`, async () => {
      // 503: the widget tries again by itself, and the second answer is the overview.
      await open("plain", { subject: "kontanthjaelp", fault: "503" });
      await until("the failure event", (events) => events.some((e) => e.type === "mit-overblik:failure"));
      await driver.run(() => (window.moFault = null));
      await until("the shown event after the automatic retry", (events) => events.some((e) => e.type === "mit-overblik:shown"));
      let { events } = await driver.run(heard);
      assert.deepEqual(events.map((e) => [e.type, e.detail.failure ?? e.detail.recovered, e.detail.retry ?? null, e.detail.load]), [
        ["mit-overblik:failure", "server", "automatic", 1],
        ["mit-overblik:shown", "server", null, 2],
      ]);

      // Offline: "Prøv igen" is offered; pressed once back online, the overview.
      await open("plain", { subject: "kontanthjaelp", fault: "offline" });
      await until("the offline failure", (events) => events.some((e) => e.type === "mit-overblik:failure"));
      await driver.run(() => (window.moFault = null));
      assert.ok(await driver.run(inPage.focus, { host: HOST, selector: "button", text: `^${da.retry}$` }), `${name}: 'Prøv igen' focused`);
      await driver.press("Enter");
      await until("the shown event after 'Prøv igen'", (events) => events.some((e) => e.type === "mit-overblik:shown"));
      ({ events } = await driver.run(heard));
      assert.deepEqual(events.map((e) => e.detail), [
        { failure: "offline", retry: "offered", kept: false, load: 1 },
        { ...events[1].detail, load: 2, recovered: "offline" },
      ]);

      // Logged out: nothing to retry; "Log ind igen" is a link of the notice.
      await open("mount", { subject: "kontanthjaelp", fault: "401", "login-url": "https://www.borger.dk/log-ind" });
      await until("the session-expired failure", (events) => events.some((e) => e.type === "mit-overblik:failure"));
      await driver.run(followEveryLink, HOST);
      await driver.run(frame);
      ({ events } = await driver.run(heard));
      assert.deepEqual(events.map((e) => e.detail), [
        { failure: "session-expired", retry: "none", kept: false, load: 1 },
        { kind: "log-in", section: "notice", authority: null, kle: null },
      ]);
    });

    test(`${name}: mountWidget in English, in the verification view; a refresh; nothing after unmountWidget`, async () => {
      await open("mount", { subject: "flere-myndigheder", lang: "en", view: "verification" });
      await until("the shown event", (events) => events.some((e) => e.type === "mit-overblik:shown"));
      await driver.run((host) => document.querySelector(host).shadowRoot.querySelector("[data-action=refresh]").click(), HOST);
      await until("the refresh's shown event", (events) => events.filter((e) => e.type === "mit-overblik:shown").length === 2);
      let { events } = await driver.run(heard);
      assert.deepEqual(events.map((e) => [e.type, e.detail.load, e.detail.lang, e.detail.view, e.detail.recovered]), [
        ["mit-overblik:shown", 1, "en", "verification", null],
        ["mit-overblik:shown", 2, "en", "verification", null],
      ]);
      // A refresh under way, then the widget goes: no event of it, nor of anything after.
      const count = events.length;
      await driver.run(async (host) => {
        const { unmountWidget } = await import("/embed.js");
        // The refresh's answer, a failure, would come within a task; the widget goes first.
        window.moFault = "503";
        const root = document.querySelector(host);
        root.shadowRoot.querySelector("[data-action=refresh]").click();
        unmountWidget(root);
        window.moFault = "offline";
        window.dispatchEvent(new Event("online"));
        await new Promise((ok) => setTimeout(ok, 1500));
      }, HOST);
      ({ events } = await driver.run(heard));
      assert.equal(events.length, count, `${name}: no event after unmountWidget: ${JSON.stringify(events.slice(count))}`);
    });
  });
}
