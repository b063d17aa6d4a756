// What assistive technology receives: the widget's accessibility tree as Firefox ESR and
// WebKitGTK hand it to the platform (AT-SPI, the tree Orca reads), read in a private desktop
// (`tests/a11y/desktop.mjs`) from the document down. For every test citizen, in Danish in the
// citizen view and in English in the verification view, with every disclosure open: one
// region named "Mit Overblik"; headings from the host's level down, never skipping one; each
// card an article named by its heading; lists as lists, with as many items as their section's
// heading counts; every link, button and choice named, with no space before a comma;
// disclosures collapsed, then expanded once opened; tables with named column headers; the
// live region's words after loading, after a failure and after "Prøv igen". For three
// citizens the tree is also written out as text (`docs/accessibility/`): the test fails when
// the tree changed and that text was not written again (`scripts/a11y-transcripts`).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/server.mjs";
import { DAY, texts } from "../browser/harness.mjs";
import { ENGINES, launch, waitFor } from "../engines/drivers.mjs";
import * as inPage from "../engines/page.mjs";
import { startDesktop } from "./desktop.mjs";
import { transcript } from "./transcript.mjs";

const HOST = inPage.HOST;
/** The page's title, by which the tree's document is found, and its host's heading level. */
const TITLE = "Mit Overblik: the plain embed";
const HOST_LEVEL = 1;
/** The application each engine is on the accessibility bus. */
const APP = { firefox: "Firefox", webkit: "MiniBrowser" };
const PAIRS = [["da", "citizen"], ["en", "verification"]];
/** The citizens whose tree is written out, in Danish in the citizen view. */
export const TRANSCRIBED = ["kontanthjaelp", "grundejer", "opmaerksom"];
const WRITE = process.env.A11Y_TRANSCRIPTS === "write";
const index = JSON.parse(readFileSync(new URL("../../public/fixtures/index.json", import.meta.url)));
const words = { da: texts("da"), en: texts("en") };

let server, base, desktop;
before(async () => {
  ({ server, url: base } = await serve(0, "127.0.0.1", { "/engines/": fileURLToPath(new URL("../engines/pages/", import.meta.url)) }));
  desktop = await startDesktop();
});
after(() => {
  desktop?.close();
  server?.close();
});

/** Every node under `node` (itself first), depth first: the reading order. */
function* nodes(node) {
  yield node;
  for (const child of node.children) yield* nodes(child);
}

/** The tree once it has settled: read until two readings agree (the engines update their
 * tree a moment after the page changes). */
async function settledTree(engine) {
  let last = null;
  for (let reads = 0; reads < 20; reads++) {
    await new Promise((ok) => setTimeout(ok, 150));
    const tree = await desktop.tree(APP[engine], TITLE).catch((error) => (reads < 19 ? null : Promise.reject(error)));
    const json = JSON.stringify(tree);
    if (tree && json === last) return tree;
    last = json;
  }
  throw new Error(`${engine}: the accessibility tree did not settle`);
}

/** The widget's region in the tree: the one landmark named as the widget. */
function region(tree, lang) {
  const regions = [...nodes(tree)].filter((n) => n.attrs["xml-roles"] === "region");
  assert.deepEqual(regions.map((r) => r.name), [words[lang].region], "one region, named as the widget");
  return regions[0];
}

const isButton = (n) => n.role === "push button" || n.role === "toggle button";
const disclosures = (root) => [...nodes(root)].filter((n) => isButton(n) && n.states.includes("expandable"));

/** What a screen reader depends on, in the tree of a widget with everything shown. */
function checkTree(root, { lang, everyPage }) {
  const all = [...nodes(root)];
  const headings = all.filter((n) => n.role === "heading");
  const levels = headings.map((h) => Number(h.attrs.level));
  assert.equal(levels[0], HOST_LEVEL, "the first heading at the host's level");
  levels.forEach((level, i) => {
    assert.ok(level >= HOST_LEVEL && (i === 0 || level <= levels[i - 1] + 1), `heading "${headings[i].name}" at level ${level} after ${levels[i - 1]}`);
    assert.notEqual(headings[i].name.trim(), "", "every heading named");
  });

  for (const article of all.filter((n) => n.role === "article")) {
    const title = [...nodes(article)].find((n) => n.role === "heading");
    assert.ok(title, `article "${article.name}" has a heading`);
    assert.equal(article.name, title.name, "an article is named by its heading");
  }

  for (const list of all.filter((n) => ["ul", "ol"].includes(n.attrs.tag))) {
    assert.equal(list.role, "list", `a ${list.attrs.tag} is a list (${JSON.stringify(list.text.slice(0, 60))})`);
    assert.ok(list.children.length > 0 && list.children.every((c) => c.role === "list item"), "a list holds list items");
  }
  // A section's heading counts its cards ("Sager (3)"); shown in full, its lists hold as many.
  if (everyPage) {
    for (const section of all.filter((n) => n.attrs.tag === "section")) {
      const counted = section.children.find((n) => n.role === "heading")?.name.match(/\((\d+)\)$/);
      if (!counted) continue;
      const lists = [];
      const collect = (n) => (n.role === "list" ? lists.push(n) : n.role !== "article" && n.children.forEach(collect));
      section.children.forEach(collect);
      const items = lists.reduce((sum, l) => sum + l.children.length, 0);
      assert.equal(items, Number(counted[1]), `"${section.children.find((n) => n.role === "heading").name}": as many list items as counted`);
    }
  }

  for (const n of all) {
    if (isButton(n) || ["link", "combo box", "entry", "check box", "radio button"].includes(n.role)) {
      assert.notEqual(n.name.trim(), "", `every ${n.role} named (${JSON.stringify(n.text)})`);
    }
    if (["panel", "grouping"].includes(n.role) && n.attrs.tag === "fieldset") assert.notEqual(n.name.trim(), "", "a group of choices named by its legend");
    for (const said of [n.name, n.text]) assert.doesNotMatch(said, /\s[,.;:](\s|$)/, `no space before punctuation: ${JSON.stringify(said)}`);
  }

  for (const table of all.filter((n) => n.role === "table")) {
    assert.ok(table.headers?.length > 0 && table.headers.every((h) => h && h.trim() !== ""), `table "${table.name}" has named column headers: ${JSON.stringify(table.headers)}`);
    assert.notEqual(table.name.trim(), "", "a table named by its caption");
  }

  for (const button of disclosures(root)) assert.ok(button.states.includes("expanded"), `"${button.name}" expanded once opened`);

  const live = all.filter((n) => n.attrs.live);
  assert.deepEqual(live.map((n) => n.attrs.live), ["polite"], "one polite live region");
  const updated = words[lang].updated.split("{}")[0];
  assert.ok(live[0].text.startsWith(updated), `the live region says the overview arrived: ${JSON.stringify(live[0].text)}`);
}

async function open(driver, query) {
  await driver.open(`${base}engines/plain.html?${new URLSearchParams({ ...query, now: DAY.now })}`);
  await waitFor(driver, inPage.ready, HOST, { what: `${JSON.stringify(query)} shown` });
}

for (const engine of ENGINES) {
  describe(engine, () => {
    let driver;
    before(async () => {
      driver = await launch(engine, desktop);
      console.log(`# ${engine}: ${driver.version}`);
    });
    after(() => driver?.close());

    for (const { id } of index) {
      for (const [lang, view] of PAIRS) {
        const transcribed = TRANSCRIBED.includes(id) && lang === "da" && view === "citizen";
        test(`${engine}: ${id} (${lang}, ${view}): the tree with every disclosure open${transcribed ? ", and its transcript" : ""}`, async () => {
          await open(driver, { subject: id, lang, view });
          const closed = disclosures(region(await settledTree(engine), lang));
          for (const button of closed) assert.deepEqual(button.states, ["expandable"], `"${button.name}" collapsed at first`);
          // The large citizen's first page only: its other pages are the same cards again.
          const everyPage = id !== "stor";
          await driver.run(inPage.showEverything, { host: HOST, pages: everyPage });
          const root = region(await settledTree(engine), lang);
          checkTree(root, { lang, everyPage });
          const opened = new Set(disclosures(root).map((b) => b.name));
          for (const button of closed) assert.ok(opened.has(button.name), `"${button.name}" still there, expanded`);
          if (transcribed) {
            const file = new URL(`../../docs/accessibility/${id}.${engine}.txt`, import.meta.url);
            const text = transcript(root);
            if (WRITE) writeFileSync(file, text);
            const committed = readFileSync(file, "utf8");
            assert.equal(text, committed, `${engine}: the tree of ${id} is not what docs/accessibility/ has: run scripts/a11y-transcripts and review the difference`);
          }
        });
      }
    }

    test(`${engine}: the live region after a failure and after "Prøv igen"`, async () => {
      const da = words.da;
      await open(driver, { subject: "kontanthjaelp", fault: "503" });
      let live = [...nodes(region(await settledTree(engine), "da"))].find((n) => n.attrs.live);
      assert.ok(live.text.includes(da.error_server), `the failure said: ${JSON.stringify(live.text)}`);
      const retry = [...nodes(region(await settledTree(engine), "da"))].find((n) => isButton(n) && n.name === da.retry);
      assert.ok(retry, `"${da.retry}" is a button named so`);
      await driver.run(() => (window.moFault = null));
      assert.ok(await driver.run(inPage.focus, { host: HOST, selector: "button", text: `^${da.retry}$` }), "'Prøv igen' focused");
      await driver.press("Enter");
      await waitFor(driver, (host) => /Sager\s*\(3\)/.test(document.querySelector(host).shadowRoot.querySelector('[role="region"]').textContent), HOST, { what: "the overview after the retry" });
      live = [...nodes(region(await settledTree(engine), "da"))].find((n) => n.attrs.live);
      assert.ok(live.text.startsWith(da.updated.split("{}")[0]), `the overview said after the retry: ${JSON.stringify(live.text)}`);
    });
  });
}
