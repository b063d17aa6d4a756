// Benchmarks of the citizen build against a baseline measured in the same run: a plain
// JavaScript page (tests/bench/baseline.*) that fetches the same overview and renders the
// same first page of cards as plain DOM. Absolute times on a shared machine move between
// runs; the ratio widget ÷ baseline, taken run by run, holds better. Every figure is a median
// of several runs, printed with its range (lowest – highest). Prints every figure and writes
// docs/benchmarks.md. Run through scripts/bench (which builds first).
//
//   RUNS=…            cold loads per page and CPU for the start-up figures (default 7)
//   LIGHTHOUSE_RUNS=… Lighthouse runs per page (default 5)
//   TRACE_RUNS=…      traced loads per citizen for the attribution (default 3)
//   ENGINE_RUNS=…     cold loads per page, engine and citizen for the first card by engine (default 7)
//   BIG_RUNS=…        loads of the 20 MB response (default 3)
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { launch, CHROMIUM } from "../browser/harness.mjs";
import { serve } from "../../scripts/server.mjs";
import { CITIZEN_BUNDLE_BROTLI } from "../budget.mjs";
import { readModule, owner } from "./wasm.mjs";
import { traceLoad, attribute, lazyCompiles, PHASES } from "./trace.mjs";
import { firstCardByEngine, PHASE_MARKS } from "./engines.mjs";
import { bigResponse } from "./big.mjs";
import { scanBenchmark } from "./scan.mjs";
import { median, spread } from "./figures.mjs";

const RUNS = Number(process.env.RUNS ?? 7);
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const TRACE_RUNS = Number(process.env.TRACE_RUNS ?? 3);
const ENGINE_RUNS = Number(process.env.ENGINE_RUNS ?? 7);
const BIG_RUNS = Number(process.env.BIG_RUNS ?? 3);
const SUBJECTS = { small: "kontanthjaelp", large: "stor" };
const TARGETS = { aim: 110 * 1000, performance: 98, tbt: 50, lcp: 2000, cls: 0.01, firstCard: 1.5, task: 50, bigTask: 200 };
const dist = new URL("../../dist/", import.meta.url);
const named = new URL("../../target/bench-named/", import.meta.url);
const out = [];
const say = (line = "") => {
  console.log(line);
  out.push(line);
};
const ms = (x) => `${Math.round(x)} ms`;
const kb = (b) => `${(b / 1000).toFixed(1)} KB`;
const met = (ok) => (ok ? "met" : "**not met**");
const chromium = execFileSync(CHROMIUM, ["--version"]).toString().trim();

// ---------------------------------------------------------------------------------------------
// The pages: the plain embed (embed.js and a data-mit-overblik element, as docs/embedding.md
// shows it, without integrity), the baseline.
const hashed = (dir, pattern) => readdirSync(dir).find((f) => pattern.test(f));
const pagesDir = new URL("../output/bench/", import.meta.url);
mkdirSync(pagesDir, { recursive: true });
for (const subject of Object.values(SUBJECTS)) {
  writeFileSync(
    new URL(`plain-${subject}.html`, pagesDir),
    `<!doctype html>
<html lang="da">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Mit Overblik</title>
  <meta name="description" content="Dine sager, ydelser og betalinger.">
  <script type="module" src="/embed.js"></script>
</head>
<body><main><div data-mit-overblik data-api-base="/api" data-subject="${subject}" data-heading-level="1"></div></main></body></html>
`,
  );
}
const PAGES = { widget: (s) => `pages/plain-${s}.html`, baseline: (s) => `bench/baseline.html?subject=${s}` };

// ---------------------------------------------------------------------------------------------
say("## Bundle: the citizen build (what a citizen's browser downloads)");
say("");
say("| file | raw | gzip -9 | brotli -q 11 |");
say("|---|---:|---:|---:|");
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;
const files = { wasm: hashed(dist, /\.wasm$/), css: hashed(dist, /^mit-overblik-[0-9a-f]{12}\.css$/) };
const total = [0, 0, 0];
// embed.js holds the wasm-bindgen glue (scripts/layout.mjs).
for (const name of [files.wasm, files.css, "embed.js"]) {
  const bytes = readFileSync(new URL(name, dist));
  const sizes = [bytes.length, gzipSync(bytes, { level: 9 }).length, brotli(bytes)];
  sizes.forEach((s, i) => (total[i] += s));
  say(`| ${name} | ${sizes[0]} B | ${sizes[1]} B | ${sizes[2]} B |`);
}
say(`| **total** | ${total[0]} B | ${total[1]} B | **${total[2]} B (${kb(total[2])})** |`);
say("");
say(`Budget (\`tests/budget.mjs\`, asserted by \`tests/browser/budget.test.mjs\`): ${CITIZEN_BUNDLE_BROTLI} B; this build ${total[2]} B, ${CITIZEN_BUNDLE_BROTLI - total[2]} B to spare.`);
const previewWasm = readFileSync(new URL(`preview/${hashed(new URL("preview/", dist), /\.wasm$/)}`, dist));
say(`The preview build for staff (not a citizen's download): wasm ${previewWasm.length} B raw, ${brotli(previewWasm)} B brotli.`);
say("");

// Where the bytes go: the named twin of the citizen wasm (tests/bench/named.html), each
// function's body by its crate, and the widget's own by module; the data segments apart.
const module = readModule(readFileSync(new URL(hashed(named, /\.wasm$/), named)));
const citizen = readModule(readFileSync(new URL(files.wasm, dist)));
const same = citizen.functions.length === module.functions.length && citizen.functions.every((f, i) => f.size === module.functions[i].size);
const byCrate = new Map();
const byModule = new Map();
for (const f of module.functions) {
  const { crate, module: part } = owner(module.names.get(f.index));
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + f.size);
  if (crate === "mit_overblik") {
    const name = module.names.get(f.index) ?? "";
    const widget = /mit_overblik::widget::(\w+)/.exec(name)?.[1];
    const key = widget ? `widget::${widget}` : part.replace("mit_overblik::", "");
    byModule.set(key, (byModule.get(key) ?? 0) + f.size);
  }
}
const code = module.functions.reduce((a, f) => a + f.size, 0);
const data = module.data.reduce((a, b) => a + b, 0);
say("### Where the bytes go (the citizen wasm, uncompressed)");
say("");
say(`Code ${code} B, data ${data} B (texts in two languages, the KLE catalogue, class names, panic messages), the rest tables and imports; of ${citizen.total} B. ${same ? "Read from the build's named twin (`tests/bench/named.html`), which has the same functions byte for byte." : "**The named twin differs from the citizen build: the split below is approximate.**"}`);
say("");
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
say("| crate | code | share |");
say("|---|---:|---:|");
for (const [crate, size] of top(byCrate, 14)) say(`| ${crate} | ${size} B | ${((100 * size) / code).toFixed(1)} % |`);
say("");
say("| the widget's own (`mit_overblik`), by module | code |");
say("|---|---:|");
for (const [part, size] of top(byModule, 20)) say(`| ${part} | ${size} B |`);
say("");

// ---------------------------------------------------------------------------------------------
const { server, url } = await serve(0, "127.0.0.1", {
  "/bench/": fileURLToPath(new URL(".", import.meta.url)),
  "/pages/": fileURLToPath(pagesDir),
});
const browser = await launch();

/**
 * Loads a page with a cold cache, optionally with the CPU slowed down; returns when the first
 * card was painted, the long tasks, and bytes.
 */
async function load(path, throttle) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => e.duration))).observe({ type: "longtask", buffered: true });
  });
  // The first card, timed as in every engine (first-card.js).
  await page.addInitScript({ path: fileURLToPath(new URL("first-card.js", import.meta.url)) });
  await page.goto(`${url}${path}`);
  await page.waitForFunction(() => window.benchCards !== undefined, null, { timeout: 60000, polling: 100 });
  // Until the widget has said it is done (the rest of a large overview comes after the first card).
  await page.waitForFunction(() => !/Henter/.test(document.querySelector("[data-mit-overblik]")?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? ""), null, { timeout: 60000, polling: 100 });
  await page.waitForTimeout(500);
  const figures = await page.evaluate(() => ({
    firstCard: window.benchFirstCard,
    blocking: window.__long.reduce((a, b) => a + Math.max(0, b - 50), 0),
    longest: Math.max(0, ...window.__long),
    bytes: performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource")).reduce((a, e) => a + e.transferSize, 0),
  }));
  await context.close();
  return figures;
}

// One load of each page first: the server compresses each file once, on its first request.
for (const path of Object.values(PAGES)) for (const subject of Object.values(SUBJECTS)) await load(path(subject), 1);

// The widget and the baseline loaded in turn, so that each run's ratio compares loads made
// moments apart.
const startup = {};
for (const [size, subject] of Object.entries(SUBJECTS)) {
  for (const throttle of [1, 4]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push({ widget: await load(PAGES.widget(subject), throttle), baseline: await load(PAGES.baseline(subject), throttle) });
    startup[`${size}|${throttle}`] = runs;
  }
}

say(`## Start-up: navigation to the first card, long tasks (headless ${chromium}, 412 × 823, ${RUNS} cold loads each, median and range)`);
say("");
say("Small: `kontanthjaelp` (3 cases, 1 benefit). Large: `stor` (500 cases, 60 benefits with 36 payments, 300 claims; 0.5 MB).");
say("4× CPU: the DevTools Protocol's `Emulation.setCPUThrottlingRate`, as for a cheap phone. Each run loads the widget, then the baseline; the ratio is taken run by run.");
say("");
say("| citizen | CPU | first card, widget | first card, baseline | widget ÷ baseline | longest task, widget | longest task, baseline | blocking > 50 ms, widget | transferred, widget |");
say("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const [key, runs] of Object.entries(startup)) {
  const [size, throttle] = key.split("|");
  const w = (k) => runs.map((r) => r.widget[k]);
  const b = (k) => runs.map((r) => r.baseline[k]);
  say(`| ${size} | ${throttle}× | ${spread(w("firstCard"), ms)} | ${spread(b("firstCard"), ms)} | ${spread(runs.map((r) => r.widget.firstCard / r.baseline.firstCard))} | ${spread(w("longest"), ms)} | ${spread(b("longest"), ms)} | ${spread(w("blocking"), ms)} | ${kb(median(w("bytes")))} |`);
}
say("");

// ---------------------------------------------------------------------------------------------
// The first card in each engine, against the baseline and the floor in the same engine.
const byEngine = await firstCardByEngine({ url, pagesDir, subjects: SUBJECTS, runs: ENGINE_RUNS, wasm: files.wasm });
say(`## First card in every engine (412 × 823, no throttling, ${ENGINE_RUNS} cold loads each, each in a fresh browser; median and range)`);
say("");
say("Timed by the page itself (`tests/bench/first-card.js`), the same way in each engine; an engine's figures compare with its own baseline, not with another engine's. The floor is the baseline that first waits for the widget's wasm, downloaded and compiled from the start as embed.js does (`baseline.js?wasm=`): what a page that renders from WebAssembly cannot go below, before the wasm does any work.");
say("");
say("| engine | citizen | first card, widget | first card, baseline | widget ÷ baseline | first card, floor | floor ÷ baseline |");
say("|---|---|---:|---:|---:|---:|---:|");
for (const { version, size, runs } of byEngine) {
  const ratio = (key) => spread(runs.map((r) => r[key] / r.baseline));
  say(`| ${version} | ${size} | ${spread(runs.map((r) => r.widget), ms)} | ${spread(runs.map((r) => r.baseline), ms)} | ${ratio("widget")} | ${spread(runs.map((r) => r.floor), ms)} | ${ratio("floor")} |`);
}
say("");
say("### Where the start-up's time goes, in every engine (the same loads; medians, ms from navigation)");
say("");
say("The widget's own User Timing marks (`mit-overblik:*`, made by the loader and the widget; docs/embedding.md), the first card as painted (first-card.js), and the calls from the WebAssembly into the browser up to the first card (one more load, counted by `tests/bench/count-calls.js`; counting slows it, so it is not timed).");
say("");
say(`| engine | citizen | ${PHASE_MARKS.join(" | ")} | painted | calls into the browser |`);
say(`|---|---|${PHASE_MARKS.map(() => "---:").join("|")}|---:|---:|`);
for (const { version, size, runs, calls } of byEngine) {
  const at = (name) => {
    const times = runs.map((r) => r.marks[name]).filter((t) => t !== undefined);
    return times.length ? `${Math.round(median(times))}` : "–";
  };
  say(`| ${version} | ${size} | ${PHASE_MARKS.map(at).join(" | ")} | ${Math.round(median(runs.map((r) => r.widget)))} | ${calls ?? "–"} |`);
}
say("");

// ---------------------------------------------------------------------------------------------
// A 20 MB response: the longest task while it is read and shown (Chromium, 1× CPU).
const big = await bigResponse(browser, url, BIG_RUNS);
say(`## A 20 MB response (${big.megabytes.toFixed(1)} MB, 6,000 cases; headless ${chromium}, 1× CPU, ${BIG_RUNS} loads)`);
say("");
say("| | median (range) |");
say("|---|---:|");
say(`| longest task from navigation until every case is counted | ${spread(big.runs.map((r) => r.longest), ms)} |`);
say(`| first card | ${spread(big.runs.map((r) => r.firstCard), ms)} |`);
say(`| every case read ("Sager (6000)") | ${spread(big.runs.map((r) => r.whole), ms)} |`);
say("");

// ---------------------------------------------------------------------------------------------
// Where the main thread's time goes: traced loads at 4× CPU, split into phases (trace.mjs).
say(`## Where the main thread's time goes (4× CPU, traced, median of ${TRACE_RUNS} loads per citizen)`);
say("");
say("Main-thread time of the plain embed, from navigation to the first card and in all (until the whole overview is presented and the page is quiet), by phase: trace events for the engine's own work, the sampling profiler in the same trace for the code that runs, named through the build's named twin. The page's own loading and idle waiting are not in these sums; the profiler's bookkeeping adds a little to every figure.");
say("");
const settled = () => {
  const root = document.querySelector("[data-mit-overblik]")?.shadowRoot;
  return root?.querySelector("article") && !/Henter/.test(root.querySelector('[role="status"]')?.textContent ?? "Henter");
};
const attributions = {};
for (const [size, subject] of Object.entries(SUBJECTS)) {
  const runs = [];
  for (let i = 0; i < TRACE_RUNS; i++) {
    const events = await traceLoad(browser, `${url}${PAGES.widget(subject)}`, { throttle: 4, settled });
    runs.push({ ...attribute(events, module), lazy: lazyCompiles(events, module.names) });
  }
  attributions[size] = runs;
}
say("| phase | small: before the first card | small: in all | large: before the first card | large: in all |");
say("|---|---:|---:|---:|---:|");
for (const phase of PHASES) {
  const cell = (size, when) => ms(median(attributions[size].map((r) => r[when].phases[phase])));
  say(`| ${phase} | ${cell("small", "before")} | ${cell("small", "total")} | ${cell("large", "before")} | ${cell("large", "total")} |`);
}
const busy = (size, when) => ms(median(attributions[size].map((r) => r[when].busy)));
say(`| **main thread busy** | ${busy("small", "before")} | ${busy("small", "total")} | ${busy("large", "before")} | ${busy("large", "total")} |`);
say(`| first card (traced, so slower) | ${ms(median(attributions.small.map((r) => r.firstCard)))} | | ${ms(median(attributions.large.map((r) => r.firstCard)))} | |`);
say("");
for (const size of Object.keys(SUBJECTS)) {
  const run = attributions[size][0];
  const lazy = [...run.lazy].sort((a, b) => b[1].ms - a[1].ms).slice(0, 6);
  say(`Lazily compiled at first call, ${size} citizen (first traced load): ${lazy.map(([m, v]) => `${m} ${v.count} functions ${ms(v.ms)}`).join("; ")}.`);
  const tasks = run.longTasks.map((t) => `${ms(t.duration)} at ${ms(t.at)} (${Object.entries(t.phases).filter(([, v]) => v >= 5).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k.split(" (")[0]} ${Math.round(v)}`).join(", ")})`);
  say(`Tasks over 50 ms, ${size} citizen (same load): ${tasks.join("; ") || "none"}.`);
}
say("");

// ---------------------------------------------------------------------------------------------
// Lighthouse 12, mobile preset (simulated slow 4G and a 4× slower CPU).
async function lighthouse(path) {
  const { stdout } = await promisify(execFile)(
    new URL("../../node_modules/.bin/lighthouse", import.meta.url).pathname,
    [
      `${url}${path}`,
      "--output=json",
      "--quiet",
      "--only-categories=performance",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
    ],
    // The binary itself: Debian's /usr/bin/chromium wrapper script confuses chrome-launcher.
    { env: { ...process.env, CHROME_PATH: process.env.LIGHTHOUSE_CHROME ?? "/usr/lib/chromium/chromium" }, maxBuffer: 64 << 20 },
  );
  const report = JSON.parse(stdout);
  const a = report.audits;
  return {
    performance: report.categories.performance.score * 100,
    fcp: a["first-contentful-paint"].numericValue,
    lcp: a["largest-contentful-paint"].numericValue,
    tbt: a["total-blocking-time"].numericValue,
    cls: a["cumulative-layout-shift"].numericValue,
    bytes: a["total-byte-weight"].numericValue,
  };
}
say(`## Lighthouse 12, mobile preset, small citizen (${LIGHTHOUSE_RUNS} runs each, in turn; median, range and the worst run)`);
say("");
const lh = { widget: [], baseline: [] };
for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
  for (const name of Object.keys(PAGES)) {
    try {
      lh[name].push(await lighthouse(PAGES[name](SUBJECTS.small)));
    } catch (e) {
      say(`Lighthouse did not run on ${name}: ${e.message.split("\n")[0]}`);
    }
  }
}
const secs = (x) => `${(x / 1000).toFixed(2)} s`;
const perf = (x) => `${Math.round(x)}`;
const cls = (x) => x.toFixed(3);
say("| page | performance | FCP | LCP | TBT | CLS | bytes | worst run (performance, TBT, LCP) |");
say("|---|---:|---:|---:|---:|---:|---:|---|");
for (const [name, runs] of Object.entries(lh)) {
  if (!runs.length) continue;
  const k = (key) => runs.map((r) => r[key]);
  const worst = [...runs].sort((a, b) => a.performance - b.performance)[0];
  say(`| ${name === "widget" ? "plain embed" : "baseline"} | ${spread(k("performance"), perf)} | ${spread(k("fcp"), secs)} | ${spread(k("lcp"), secs)} | ${spread(k("tbt"), ms)} | ${spread(k("cls"), cls)} | ${kb(median(k("bytes")))} | ${perf(worst.performance)}, ${ms(worst.tbt)}, ${secs(worst.lcp)} |`);
}
const paired = Math.min(lh.widget.length, lh.baseline.length);
if (paired) {
  const pairs = (key) => Array.from({ length: paired }, (_, i) => lh.widget[i][key] / lh.baseline[i][key]);
  say(`| plain embed ÷ baseline, run by run | ${spread(pairs("performance"))} | ${spread(pairs("fcp"))} | ${spread(pairs("lcp"))} | – | – | ${spread(pairs("bytes"))} | |`);
}
say("");
await browser.close();
server.close();

// ---------------------------------------------------------------------------------------------
say("## Targets (met when the median meets it)");
say("");
say("| target | this run: median (range) | |");
say("|---|---:|---|");
say(`| citizen bundle ≤ ${CITIZEN_BUNDLE_BROTLI} B brotli, asserted (aim ${TARGETS.aim} B) | ${total[2]} B | ${met(total[2] <= CITIZEN_BUNDLE_BROTLI)}${total[2] <= TARGETS.aim ? ", aim met" : `; aim missed by ${total[2] - TARGETS.aim} B`} |`);
const w = lh.widget;
if (w.length) {
  const k = (key) => w.map((r) => r[key]);
  say(`| plain embed: Lighthouse mobile performance ≥ 98 | ${spread(k("performance"), perf)} | ${met(median(k("performance")) >= TARGETS.performance)} |`);
  say(`| plain embed: TBT ≤ 50 ms | ${spread(k("tbt"), ms)} | ${met(median(k("tbt")) <= TARGETS.tbt)} |`);
  say(`| plain embed: LCP ≤ 2.0 s | ${spread(k("lcp"), secs)} | ${met(median(k("lcp")) <= TARGETS.lcp)} |`);
  say(`| plain embed: CLS ≤ 0.01 | ${spread(k("cls"), cls)} | ${met(median(k("cls")) <= TARGETS.cls)} |`);
}
for (const [key, runs] of Object.entries(startup)) {
  const [size, throttle] = key.split("|");
  const ratios = runs.map((r) => r.widget.firstCard / r.baseline.firstCard);
  say(`| first card ≤ 1.5× baseline, ${size} citizen, ${throttle}× CPU | ${spread(ratios)} | ${met(median(ratios) <= TARGETS.firstCard)} |`);
}
for (const { version, size, runs } of byEngine) {
  const ratios = runs.map((r) => r.widget / r.baseline);
  say(`| first card ≤ 1.5× baseline in ${version}, ${size} citizen, 1× CPU | ${spread(ratios)} | ${met(median(ratios) <= TARGETS.firstCard)} |`);
}
{
  const longest = big.runs.map((r) => r.longest);
  say(`| 20 MB response: no task over ${TARGETS.bigTask} ms at 1× CPU | ${spread(longest, ms)} | ${met(median(longest) <= TARGETS.bigTask)} |`);
}
for (const size of Object.keys(SUBJECTS)) {
  const desktop = startup[`${size}|1`].map((r) => r.widget.longest);
  say(`| no task over 50 ms at 1× CPU, ${size} citizen | ${spread(desktop, ms)} | ${met(median(desktop) <= TARGETS.task)} |`);
  const slow = startup[`${size}|4`];
  const beyond = slow.map((r) => r.widget.longest - r.baseline.longest);
  say(`| at 4× CPU no task longer than the baseline's longest, ${size} citizen: widget's longest − baseline's, run by run | ${spread(beyond, ms)} | ${met(median(beyond) <= 0)} |`);
}
say("");

scanBenchmark().forEach((line) => say(line));

const machine = `${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${chromium}, Node ${process.version}`;
// The run's figures go between the markers; the rest of the page (the record of what each
// size cut saved, and the attribution before the work) is written by hand.
const doc = new URL("../../docs/benchmarks.md", import.meta.url);
const [start, end] = ["<!-- bench:start -->", "<!-- bench:end -->"];
const page = readFileSync(doc, "utf8");
const run = `${start}\nWritten by \`scripts/bench\` on ${new Date().toISOString().slice(0, 10)}.\nMachine: ${machine}.\n\n${out.join("\n")}\n${end}`;
writeFileSync(doc, page.includes(start) ? page.slice(0, page.indexOf(start)) + run + page.slice(page.indexOf(end) + end.length) : `# Benchmarks\n\n${run}\n`);
console.log(`machine: ${machine}\nwritten: docs/benchmarks.md`);
