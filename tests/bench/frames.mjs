// A diagnostic, run by hand (not by scripts/bench): when each engine runs its frames around the
// first card. Loads the plain embed and the baseline in turn, each in a fresh browser, with a
// page script that notes the time of every animation frame, and prints per load the widget's
// marks, the frame that first sees a card and the frames before it; then medians. It answers
// "is the widget still working, or waiting for the engine's next frame?" (docs/benchmarks.md).
//
//   node tests/bench/frames.mjs              # WebKit, small and large citizen, 5 loads each
//   ENGINES=webkit,firefox RUNS=7 HOST_TEXT=1 node tests/bench/frames.mjs
//
// HOST_TEXT=1 puts a heading and a paragraph of host page above both, painted in the first
// frame, as on borger.dk. Needs a build in dist/ (scripts/build).
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/server.mjs";
import { waitFor } from "../engines/drivers.mjs";
import { spread } from "./figures.mjs";
import { MARKS, loadCards } from "./engines.mjs";

const pagesDir = new URL("../output/frames/", import.meta.url);
mkdirSync(pagesDir, { recursive: true });
const engines = (process.env.ENGINES ?? "webkit").split(",");
const subjects = { small: "kontanthjaelp", large: "stor" };
const runs = Number(process.env.RUNS ?? 5);

// Every animation frame's time for the first 600 ms, from the page's first script on.
const frames = `<script>window.benchFrames=[];(function f(){const t=performance.now();benchFrames.push(Math.round(t));if(t<600)requestAnimationFrame(f)})();</script>`;
const head = `<!doctype html>\n<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Mit Overblik</title><script src="/bench/first-card.js"></script>${frames}`;
const host = process.env.HOST_TEXT ? "<header><h1>borger.dk</h1><p>Her kan du se dine sager, ydelser og betalinger hos kommunen og Udbetaling Danmark.</p></header>" : "";
for (const subject of Object.values(subjects)) {
  writeFileSync(new URL(`widget-${subject}.html`, pagesDir), `${head}<script type="module" src="/embed.js"></script></head><body>${host}<main><div data-mit-overblik data-api-base="/api" data-subject="${subject}" data-heading-level="1"></div></main></body></html>\n`);
  writeFileSync(new URL(`baseline-${subject}.html`, pagesDir), `${head}<link rel="stylesheet" href="/bench/baseline.css"><script type="module" src="/bench/baseline.js"></script></head><body>${host}<main class="page"><div id="overview" data-api-base="/api"></div></main></body></html>\n`);
}

const load = (engine, url) =>
  loadCards(engine, url, async (driver) => {
    // The frames after the card, too.
    await waitFor(driver, () => performance.now() > 650, undefined, { what: "the page's first 650 ms" });
    const [seen, marks, times] = await Promise.all([driver.run(() => window.benchFirstCard), driver.run(MARKS), driver.run(() => window.benchFrames)]);
    const before = times.filter((t) => t < seen);
    return { seen: Math.round(seen), marks, before: before.at(-1) ?? 0, after: times.find((t) => t > seen) ?? NaN, times, version: driver.version };
  });

const ms = (values) => spread(values, (v) => `${v.toFixed(0)} ms`);
const { server, url } = await serve(0, "127.0.0.1", {
  "/bench/": fileURLToPath(new URL(".", import.meta.url)),
  "/pages/": fileURLToPath(pagesDir),
});
try {
  for (const engine of engines) {
    for (const [size, subject] of Object.entries(subjects)) {
      const page = (kind) => `${url}pages/${kind}-${subject}.html?subject=${subject}`;
      // One load of each first: the server compresses each file once, on its first request.
      await load(engine, page("widget"));
      await load(engine, page("baseline"));
      const widget = [];
      const baseline = [];
      for (let i = 0; i < runs; i++) {
        widget.push(await load(engine, page("widget")));
        baseline.push(await load(engine, page("baseline")));
        const [w, b] = [widget.at(-1), baseline.at(-1)];
        console.log(`${w.version} ${size} load ${i + 1}: widget card put in ${Math.round(w.marks["first-card"])} ms, seen in the frame at ${w.seen} (frames ${w.times.filter((t) => t <= w.seen).join(", ")}; next ${w.after}); baseline seen at ${b.seen} (frames ${b.times.filter((t) => t <= b.seen).join(", ")}; next ${b.after})`);
      }
      console.log(
        `${widget[0].version} ${size}, median (range) of ${runs}: the widget's card put in ${ms(widget.map((w) => w.marks["first-card"]))}, ` +
          `the frame before it ${ms(widget.map((w) => w.before))}, seen ${ms(widget.map((w) => w.seen))}; ` +
          `the baseline's seen ${ms(baseline.map((b) => b.seen))}, its next frame ${ms(baseline.map((b) => b.after))}; ` +
          `widget ÷ baseline ${spread(widget.map((w, i) => w.seen / baseline[i].seen))}`,
      );
    }
  }
} finally {
  server.close();
}
