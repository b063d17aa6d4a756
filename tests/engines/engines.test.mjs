// The widget in every engine a citizen uses: Gecko (Firefox ESR) and WebKit (WebKitGTK, the
// engine of every browser on an iPhone), against Blink (Chromium) as the reference. Through
// the README's plain embed and through mountWidget: every test citizen with every page and
// disclosure open shows what Chromium shows (a difference is a failure, shown as a diff) and
// is axe-clean; the verification view and English; isolation both ways; the keyboard; the
// failure states and "Prøv igen". Every test's name starts with its engine.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/server.mjs";
import { DAY, texts } from "../browser/harness.mjs";
import { ENGINES, launch, waitFor } from "./drivers.mjs";
import * as inPage from "./page.mjs";

const HOST = inPage.HOST;
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const index = JSON.parse(readFileSync(new URL("../../public/fixtures/index.json", import.meta.url)));
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const da = texts("da");

let server, base, chromium;
const reference = new Map();

before(async () => {
  ({ server, url: base } = await serve(0, "127.0.0.1", { "/engines/": fileURLToPath(new URL("pages/", import.meta.url)) }));
  chromium = await launch("chromium");
  console.log(`# reference: ${chromium.version}`);
});
after(async () => {
  await chromium?.close();
  server?.close();
});

/** Opens one of the suite's pages (`plain` or `mount`) with `query`; resolves once the widget
 * shows the overview or a failure. */
async function open(driver, page, query) {
  await driver.open(`${base}engines/${page}.html?${new URLSearchParams({ ...query, now: DAY.now })}`);
  await waitFor(driver, inPage.ready, HOST, { what: `${page} ${JSON.stringify(query)} shown` });
}

/** Opens a page and shows everything; resolves to what a person sees. The large citizen's
 * 860 cards are shown a page each, opened: its cards are the others' cards. */
async function everything(driver, page, query) {
  await open(driver, page, query);
  await driver.run(inPage.showEverything, { host: HOST, pages: query.subject !== "stor" });
  return driver.run(inPage.shownLines, HOST);
}

/** What Chromium shows for the same page, made once. */
async function chromiums(page, query) {
  const key = `${page}?${new URLSearchParams(query)}`;
  if (!reference.has(key)) reference.set(key, await everything(chromium, page, query));
  return reference.get(key);
}

/** The first place where two lists of lines part, with three lines around it; null if none. */
function diff(expected, actual) {
  let at = 0;
  while (at < expected.length && at < actual.length && expected[at] === actual[at]) at++;
  if (at === expected.length && at === actual.length) return null;
  const around = (lines, sign) => lines.slice(Math.max(0, at - 3), at + 4).map((l, i) => `${Math.max(0, at - 3) + i === at ? sign : " "} ${l}`);
  return [`line ${at + 1} of ${expected.length} (Chromium) and ${actual.length}:`, ...around(expected, "-"), "  …", ...around(actual, "+")].join("\n");
}

async function axe(driver) {
  if (!(await driver.run(() => typeof window.axe === "object"))) assert.ok(await driver.run(inPage.loadAxe, axeSource), "axe loaded");
  return driver.run(inPage.axeFindings, TAGS);
}

for (const name of ENGINES) {
  describe(name, () => {
    let driver;
    before(async () => {
      driver = await launch(name);
      console.log(`# ${name}: ${driver.version}`);
    });
    after(() => driver?.close());

    for (const { id } of index) {
      test(`${name}: ${id} by the plain embed, everything open: Chromium's text, axe-clean`, async () => {
        const query = { subject: id };
        const lines = await everything(driver, "plain", query);
        assert.ok(lines.includes(da.region), `${name}: ${id} shown`);
        const difference = diff(await chromiums("plain", query), lines);
        assert.equal(difference, null, `${name} shows other text than Chromium for ${id}:\n${difference}`);
        assert.deepEqual(await axe(driver), [], `${name}: axe on ${id}`);
      });
      test(`${name}: ${id} by mountWidget, in English, in the verification view: Chromium's text`, async () => {
        const query = { subject: id, lang: "en", view: "verification" };
        const lines = await everything(driver, "mount", query);
        const difference = diff(await chromiums("mount", query), lines);
        assert.equal(difference, null, `${name} shows other text than Chromium for ${id} (en, verification):\n${difference}`);
      });
    }

    test(`${name}: kontanthjaelp by <mit-overblik>, pinned with integrity: the plain embed's text in Chromium`, async () => {
      const query = { subject: "kontanthjaelp" };
      const lines = await everything(driver, "pinned", query);
      const difference = diff(await chromiums("plain", query), lines);
      assert.equal(difference, null, `${name}: the pinned element shows other text than Chromium's plain embed:\n${difference}`);
    });

    test(`${name}: isolation both ways: the host's fonts and colours outside, the widget's inside, whatever the host's CSS`, async () => {
      await open(driver, "mount", { subject: "kontanthjaelp" });
      const where = { host: HOST, hostLink: ".site a", hostText: ".lead" };
      const before = await driver.run(inPage.styles, where);
      assert.equal(before.titleColor, "rgb(26, 26, 26)", `${name}: the widget's text colour inside`);
      assert.match(before.regionFont, /^"?IBM Plex Sans/, `${name}: the widget's font inside`);
      assert.equal(before.widgetLinkColor, "rgb(0, 89, 179)", `${name}: the widget's link colour inside`);
      assert.equal(before.hostLinkColor, "rgb(122, 31, 92)", `${name}: the host's link colour outside`);
      assert.equal(before.hostTextColor, "rgb(43, 43, 43)", `${name}: the host's text colour outside`);
      assert.match(before.hostFont, /^Georgia/, `${name}: the host's font outside`);
      await driver.run(inPage.addStylesheet, "hostile.css");
      const after = await driver.run(inPage.styles, where);
      for (const key of ["titleColor", "titleFont", "titleSize", "cardBorder", "cardPadding", "badgeBackground", "regionFont", "inherited", "widgetLinkColor"]) {
        assert.equal(after[key], before[key], `${name}: ${key} unchanged by the host's CSS`);
      }
    });

    test(`${name}: keyboard: a disclosure opens with Enter and closes and opens with Space`, async () => {
      await open(driver, "plain", { subject: "kontanthjaelp" });
      assert.ok(await driver.run(inPage.focus, { host: HOST, selector: "button[aria-expanded]", text: "^Udbetalinger \\(35\\)$" }), "the payments' toggle focused");
      for (const [key, expanded] of [["Enter", "true"], ["Space", "false"], ["Space", "true"]]) {
        await driver.press(key);
        await waitFor(driver, ([host, want]) => document.querySelector(host).shadowRoot.activeElement?.getAttribute("aria-expanded") === want, [HOST, expanded], { what: `${name}: ${key} leaves it expanded=${expanded}` });
      }
    });

    test(`${name}: keyboard: 'Vis flere' moves focus to the first new card`, async () => {
      await open(driver, "plain", { subject: "stor" });
      const before = await driver.run(inPage.cardKeys, HOST);
      assert.ok(await driver.run(inPage.focus, { host: HOST, selector: "button", text: `^${da.show_more}$` }), "'Vis flere' focused");
      await driver.press("Enter");
      const card = await waitFor(driver, ([host, keys]) => {
        const active = document.querySelector(host).shadowRoot.activeElement;
        return active?.tagName === "LI" && active.dataset.key && !keys.includes(active.dataset.key) && active.dataset.key;
      }, [HOST, before], { what: `${name}: focus on a new card` });
      assert.match(await driver.run(inPage.text, HOST), /Viser 20 af 500/, `${name}: a second page of cases, focus on ${card}`);
    });

    test(`${name}: keyboard: the summary's lines move focus to their card`, async () => {
      await open(driver, "plain", { subject: "opmaerksom" });
      for (const [line, key] of [["^Betalingsdatoen for 2 betalinger", "opm-gebyr-1"], ["^Din næste udbetaling", "opm-boligstoette"], ["^Du har 2 aktive sager", "opm-ukendt-trin"]]) {
        assert.ok(await driver.run(inPage.focus, { host: HOST, selector: "button", text: line }), `${name}: ${line} focused`);
        await driver.press("Enter");
        await waitFor(driver, ([host, want]) => document.querySelector(host).shadowRoot.activeElement?.dataset.key === want, [HOST, key], { what: `${name}: ${line} → ${key}` });
      }
    });

    test(`${name}: keyboard alone: a filter and a benefit's payment period`, async () => {
      await open(driver, "plain", { subject: "ydelser" });
      assert.ok(await driver.run(inPage.focus, { host: HOST, selector: "button[aria-expanded]", text: "^Udbetalinger \\(20\\)$" }), "Sygedagpenge's payments focused");
      await driver.press("Enter");
      // The period, from "Hele perioden" (the last choice) one up: "Sidste år".
      assert.ok(await driver.run(inPage.focus, { host: HOST, selector: "select", text: "Hele perioden" }), `${name}: the period focused`);
      const before = await driver.run(inPage.focused, HOST);
      await driver.press("ArrowUp");
      await waitFor(driver, ([host, was]) => document.querySelector(host).shadowRoot.activeElement?.value !== was, [HOST, before.value], { what: `${name}: the period changed by a key` });
      await waitFor(driver, (host) => /udbetalinger? i den valgte periode\./.test(document.querySelector(host).shadowRoot.querySelector('[role="status"]').textContent), HOST, { what: `${name}: the period's result said` });

      await open(driver, "plain", { subject: "stor" });
      assert.ok(await driver.run(inPage.focus, { host: HOST, selector: "select", text: "Alle" }), `${name}: the cases' filter focused`);
      await driver.press("ArrowDown");
      await waitFor(driver, (host) => /^Sager: \d+ af 500 passer til dit valg\.$/.test(document.querySelector(host).shadowRoot.querySelector('[role="status"]').textContent.trim()), HOST, { what: `${name}: the filter's result said` });
    });

    for (const [fault, message, extra] of [
      ["slow-body", da.error_timeout, { "timeout-ms": "500" }],
      ["503", da.error_server, {}],
      ["offline", da.error_offline, {}],
    ]) {
      test(`${name}: failure ${fault}: said, axe-clean, and then the overview`, async () => {
        await open(driver, "plain", { subject: "kontanthjaelp", fault, ...extra });
        await waitFor(driver, ([host, words]) => document.querySelector(host).shadowRoot.querySelector('[role="region"]').textContent.includes(words), [HOST, message], { what: `${name}: "${message}"` });
        assert.deepEqual(await axe(driver), [], `${name}: axe on the ${fault} state`);
        if (fault === "offline") {
          // Back online, it loads by itself.
          await driver.run(() => {
            window.moFault = null;
            window.dispatchEvent(new Event("online"));
          });
        } else {
          await driver.run(() => (window.moFault = null));
          assert.ok(await driver.run(inPage.focus, { host: HOST, selector: "button", text: `^${da.retry}$` }), `${name}: 'Prøv igen' focused`);
          await driver.press("Enter");
        }
        await waitFor(driver, (host) => /Sager\s*\(3\)/.test(document.querySelector(host).shadowRoot.querySelector('[role="region"]').textContent), HOST, { what: `${name}: the overview after ${fault}` });
      });
    }
  });
}
