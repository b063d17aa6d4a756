// The first card in every engine: the plain embed (embed.js and a data-mit-overblik element,
// docs/embedding.md) against the plain-JavaScript baseline in the same engine, and the floor
// (the baseline that first waits for the widget's wasm compiled), loaded in turn, each load in
// a fresh browser (a cold cache).
// The engines are driven as in the cross-engine tests (tests/engines/drivers.mjs), which have
// no page clock or init scripts in common, so the page itself notes the first card
// (first-card.js).
import { writeFileSync } from "node:fs";
import { launch, waitFor } from "../engines/drivers.mjs";

/** Writes the pages into `pagesDir` (served at /pages/); the baseline's files are at /bench/.
 * The counting page has count-calls.js too, before the embed. */
function writePages(pagesDir, subject) {
  const head = (extra = "") => `<!doctype html>\n<html lang="da">\n<head>\n  <meta charset="utf-8">\n  <meta name="viewport" content="width=device-width, initial-scale=1">\n  <title>Mit Overblik</title>\n  <script src="/bench/first-card.js"></script>${extra}`;
  const element = `<body><main><div data-mit-overblik data-api-base="/api" data-subject="${subject}" data-heading-level="1"></div></main></body></html>\n`;
  writeFileSync(new URL(`engine-plain-${subject}.html`, pagesDir), `${head()}\n  <script type="module" src="/embed.js"></script>\n</head>\n${element}`);
  writeFileSync(new URL(`engine-count-${subject}.html`, pagesDir), `${head('\n  <script src="/bench/count-calls.js"></script>')}\n  <script type="module" src="/embed.js"></script>\n</head>\n${element}`);
  writeFileSync(new URL(`engine-baseline-${subject}.html`, pagesDir), `${head()}\n  <link rel="stylesheet" href="/bench/baseline.css">\n  <script type="module" src="/bench/baseline.js"></script>\n</head>\n<body><main class="page"><div id="overview" data-api-base="/api"></div></main></body></html>\n`);
}

/** The start-up's marks (User Timing, "mit-overblik:…"), by name without the namespace, in
 * milliseconds from navigation; the first of each. */
export const MARKS = () =>
  Object.fromEntries(
    performance
      .getEntriesByType("mark")
      .filter((m) => m.name.startsWith("mit-overblik:"))
      .reverse()
      .map((m) => [m.name.slice("mit-overblik:".length), m.startTime]),
  );

/** Loads `url` in a fresh browser of `engine` at a phone's size, waits for its cards, and gives
 * what `read(driver)` reads then. */
export async function loadCards(engine, url, read) {
  const driver = await launch(engine);
  try {
    await driver.size(412, 823);
    await driver.open(url);
    await waitFor(driver, () => window.benchCards !== undefined, undefined, { timeout: 60_000, what: `a card on ${url}` });
    return await read(driver);
  } finally {
    await driver.close();
  }
}

const load = (engine, url) =>
  loadCards(engine, url, async (driver) => {
    const [firstCard, marks, calls] = await Promise.all([driver.run(() => window.benchFirstCard), driver.run(MARKS), driver.run(() => window.benchCalls)]);
    return { firstCard, marks, calls, version: driver.version };
  });

/** The start-up's phases, in the order a start-up passes them (the marks' names). */
export const PHASE_MARKS = [
  "loader-start",
  "request-sent",
  "response-received",
  "wasm-compiled",
  "wasm-instantiated",
  "widget-started",
  "overview-decoded",
  "first-view-built",
  "first-card",
];

/**
 * First card of the widget, of the baseline and of the floor (the baseline waiting for `wasm`,
 * the widget's, compiled), `runs` times each in turn, per engine and citizen, with the widget's
 * marks; and one more load of the widget that counts its calls into the browser up to the first
 * card (counting slows it, so it is not timed).
 */
export async function firstCardByEngine({ url, pagesDir, subjects, runs, wasm, engines = ["chromium", "firefox", "webkit"] }) {
  for (const subject of Object.values(subjects)) writePages(pagesDir, subject);
  const results = [];
  for (const engine of engines) {
    for (const [size, subject] of Object.entries(subjects)) {
      const pages = { widget: `${url}pages/engine-plain-${subject}.html`, baseline: `${url}pages/engine-baseline-${subject}.html?subject=${subject}` };
      pages.floor = `${pages.baseline}&wasm=/${encodeURIComponent(wasm)}`;
      // One load of each first: the server compresses each file once, on its first request.
      await load(engine, pages.widget);
      await load(engine, pages.baseline);
      const measured = [];
      for (let i = 0; i < runs; i++) {
        const widget = await load(engine, pages.widget);
        const baseline = await load(engine, pages.baseline);
        const floored = await load(engine, pages.floor);
        measured.push({ widget: widget.firstCard, baseline: baseline.firstCard, floor: floored.firstCard, marks: widget.marks, version: widget.version });
      }
      const { calls } = await load(engine, `${url}pages/engine-count-${subject}.html`);
      results.push({ engine, size, version: measured[0].version, runs: measured, calls });
    }
  }
  return results;
}
