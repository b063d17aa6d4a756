// Benchmarks of the citizen build against a baseline measured in the same run: a plain
// JavaScript page (tests/bench/baseline.*) that fetches the same overview and renders the
// same first page of cards as plain DOM. Absolute times on a shared machine move between
// runs; the ratio widget ÷ baseline holds. Prints every figure and writes docs/benchmarks.md.
// Run through scripts/bench (which builds first). RUNS=… (default 5) changes the runs.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { launch, CHROMIUM } from "../browser/harness.mjs";
import { serve } from "../../scripts/server.mjs";

const RUNS = Number(process.env.RUNS ?? 5);
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const SUBJECTS = { small: "kontanthjaelp", large: "stor" };
const TARGETS = { bundle: 150 * 1000, aim: 120 * 1000, performance: 98, tbt: 50, lcp: 2000, cls: 0.01, firstCard: 1.5, task: 50, taskThrottled: 200 };
const dist = new URL("../../dist/", import.meta.url);
const out = [];
const say = (line = "") => {
  console.log(line);
  out.push(line);
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x)} ms`;
const kb = (b) => `${(b / 1000).toFixed(1)} KB`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");
const met = (ok) => (ok ? "met" : "**not met**");

// The pages: the README's plain embed, the embed with the host's preloads, the baseline.
const hashed = (dir, pattern) => readdirSync(new URL(dir, dist)).find((f) => pattern.test(f));
const files = { glue: hashed(".", /^mit-overblik-[0-9a-f]{12}\.js$/), wasm: hashed(".", /\.wasm$/), css: hashed(".", /^mit-overblik-[0-9a-f]{12}\.css$/) };
const pagesDir = new URL("../output/bench/", import.meta.url);
mkdirSync(pagesDir, { recursive: true });
const head = (extra = "") => `<!doctype html>
<html lang="da">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Mit Overblik</title>
  <meta name="description" content="Dine sager, ydelser og betalinger.">${extra}
  <script type="module" src="/embed.js"></script>
</head>`;
for (const subject of Object.values(SUBJECTS)) {
  const body = `<body><main><div data-mit-overblik data-api-base="/api" data-subject="${subject}" data-heading-level="1"></div></main></body></html>\n`;
  writeFileSync(new URL(`plain-${subject}.html`, pagesDir), `${head()}\n${body}`);
  const preloads = `
  <link rel="modulepreload" href="/${files.glue}">
  <link rel="preload" href="/${files.wasm}" as="fetch" type="application/wasm" crossorigin>
  <link rel="preload" href="/${files.css}" as="style">
  <link rel="preload" href="/api/v1/overview?view=citizen&amp;subject=${subject}" as="fetch" crossorigin="use-credentials">`;
  writeFileSync(new URL(`preloaded-${subject}.html`, pagesDir), `${head(preloads)}\n${body}`);
}
const PAGES = {
  "plain embed": (s) => `pages/plain-${s}.html`,
  "embed with preloads": (s) => `pages/preloaded-${s}.html`,
  baseline: (s) => `bench/baseline.html?subject=${s}`,
};

// Bundle: every file the citizen's browser loads for the widget.
say("## Bundle: the citizen build (what a citizen's browser downloads)");
say("");
say("| file | raw | gzip -9 | brotli -q 11 |");
say("|---|---:|---:|---:|");
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;
const total = [0, 0, 0];
for (const name of [files.wasm, files.glue, files.css, "embed.js"]) {
  const bytes = readFileSync(new URL(name, dist));
  const sizes = [bytes.length, gzipSync(bytes, { level: 9 }).length, brotli(bytes)];
  sizes.forEach((s, i) => (total[i] += s));
  say(`| ${name} | ${sizes[0]} B | ${sizes[1]} B | ${sizes[2]} B |`);
}
say(`| **total** | ${total[0]} B | ${total[1]} B | **${total[2]} B (${kb(total[2])})** |`);
const previewWasm = readFileSync(new URL(`preview/${hashed("preview/", /\.wasm$/)}`, dist));
say("");
say(`The preview build for staff (not a citizen's download): wasm ${previewWasm.length} B raw, ${brotli(previewWasm)} B brotli.`);
say("");

const { server, url } = await serve(0, "127.0.0.1", {
  "/bench/": fileURLToPath(new URL(".", import.meta.url)),
  "/pages/": fileURLToPath(pagesDir),
});
const browser = await launch();

/**
 * Loads a page with a cold cache, optionally with the CPU slowed down; returns when the first
 * card was painted and the whole first page of cards was there, the long tasks, and bytes.
 */
async function load(path, throttle) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => e.duration))).observe({ type: "longtask", buffered: true });
    // A card is an <article>, in the page or in the widget's shadow root; timed at the frame
    // that paints it.
    const cards = () => [document, document.querySelector("[data-mit-overblik]")?.shadowRoot].flatMap((r) => [...(r?.querySelectorAll("article") ?? [])]);
    const poll = () => {
      const n = cards().length;
      if (n > 0 && window.__firstCard === undefined) window.__firstCard = performance.now();
      if (n > 0 && document.readyState === "complete") window.__cards = n;
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  await page.goto(`${url}${path}`);
  await page.waitForFunction(() => window.__cards !== undefined, null, { timeout: 60000, polling: 100 });
  await page.waitForTimeout(500);
  const figures = await page.evaluate(() => ({
    firstCard: window.__firstCard,
    longTotal: window.__long.reduce((a, b) => a + b, 0),
    blocking: window.__long.reduce((a, b) => a + Math.max(0, b - 50), 0),
    longest: Math.max(0, ...window.__long),
    bytes: performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource")).reduce((a, e) => a + e.transferSize, 0),
  }));
  await context.close();
  return figures;
}

// One load of each page first: the server compresses each file once, on its first request.
for (const path of Object.values(PAGES)) for (const subject of Object.values(SUBJECTS)) await load(path(subject), 1);

const results = {};
for (const [size, subject] of Object.entries(SUBJECTS)) {
  for (const throttle of [1, 4]) {
    for (const [name, path] of Object.entries(PAGES)) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await load(path(subject), throttle));
      const m = (k) => median(runs.map((r) => r[k]));
      results[`${name}|${size}|${throttle}`] = { firstCard: m("firstCard"), longTotal: m("longTotal"), blocking: m("blocking"), longest: m("longest"), bytes: m("bytes") };
    }
  }
}

say(`## Start-up: navigation to the first card, long tasks (headless Chromium, 412 × 823, median of ${RUNS} cold loads)`);
say("");
say("Small: `kontanthjaelp` (3 cases, 1 benefit). Large: `stor` (500 cases, 60 benefits with 36 payments, 300 claims; 0.5 MB).");
say("4× CPU: the DevTools Protocol's `Emulation.setCPUThrottlingRate`, as for a cheap phone.");
say("");
say("| page | citizen | CPU | first card | ÷ baseline | long tasks | blocking > 50 ms | longest task | transferred |");
say("|---|---|---:|---:|---:|---:|---:|---:|---:|");
for (const [size] of Object.entries(SUBJECTS)) {
  for (const throttle of [1, 4]) {
    const base = results[`baseline|${size}|${throttle}`];
    for (const name of Object.keys(PAGES)) {
      const r = results[`${name}|${size}|${throttle}`];
      say(`| ${name} | ${size} | ${throttle}× | ${ms(r.firstCard)} | ${ratio(r.firstCard, base.firstCard)} | ${ms(r.longTotal)} | ${ms(r.blocking)} | ${ms(r.longest)} | ${kb(r.bytes)} |`);
    }
  }
}
say("");

// Lighthouse 12, mobile preset (simulated slow 4G and a 4× slower CPU), median of runs.
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
say(`## Lighthouse 12, mobile preset, small citizen (median of ${LIGHTHOUSE_RUNS} runs)`);
say("");
say("| page | performance | FCP | LCP | TBT | CLS | bytes |");
say("|---|---:|---:|---:|---:|---:|---:|");
const lh = {};
for (const [name, path] of Object.entries(PAGES)) {
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    try {
      runs.push(await lighthouse(path(SUBJECTS.small)));
    } catch (e) {
      say(`Lighthouse did not run on ${name}: ${e.message.split("\n")[0]}`);
    }
  }
  if (!runs.length) continue;
  const m = (k) => median(runs.map((r) => r[k]));
  lh[name] = { performance: m("performance"), fcp: m("fcp"), lcp: m("lcp"), tbt: m("tbt"), cls: m("cls"), bytes: m("bytes") };
  const r = lh[name];
  say(`| ${name} | ${Math.round(r.performance)} | ${(r.fcp / 1000).toFixed(2)} s | ${(r.lcp / 1000).toFixed(2)} s | ${ms(r.tbt)} | ${r.cls.toFixed(3)} | ${kb(r.bytes)} |`);
}
if (lh["plain embed"] && lh.baseline) {
  const [w, b] = [lh["plain embed"], lh.baseline];
  say(`| plain embed ÷ baseline | ${ratio(w.performance, b.performance)} | ${ratio(w.fcp, b.fcp)} | ${ratio(w.lcp, b.lcp)} | ${ratio(w.tbt, b.tbt)} | – | ${ratio(w.bytes, b.bytes)} |`);
}
say("");
await browser.close();
server.close();

// The targets, each against this run's figures.
say("## Targets");
say("");
say("| target | this run | |");
say("|---|---:|---|");
const plain = lh["plain embed"];
say(`| citizen bundle ≤ 150 KB brotli (aim 120 KB) | ${total[2]} B | ${met(total[2] <= TARGETS.bundle)} |`);
if (plain) {
  say(`| plain embed: Lighthouse mobile performance ≥ 98 | ${Math.round(plain.performance)} | ${met(plain.performance >= TARGETS.performance)} |`);
  say(`| plain embed: TBT ≤ 50 ms | ${ms(plain.tbt)} | ${met(plain.tbt <= TARGETS.tbt)} |`);
  say(`| plain embed: LCP ≤ 2.0 s | ${(plain.lcp / 1000).toFixed(2)} s | ${met(plain.lcp <= TARGETS.lcp)} |`);
  say(`| plain embed: CLS ≤ 0.01 | ${plain.cls.toFixed(3)} | ${met(plain.cls <= TARGETS.cls)} |`);
}
for (const size of Object.keys(SUBJECTS)) {
  const [w, b] = [results[`plain embed|${size}|1`], results[`baseline|${size}|1`]];
  say(`| first card ≤ 1.5× baseline, ${size} citizen | ${ratio(w.firstCard, b.firstCard)} | ${met(w.firstCard <= TARGETS.firstCard * b.firstCard)} |`);
}
for (const size of Object.keys(SUBJECTS)) {
  const [d, t] = [results[`plain embed|${size}|1`], results[`plain embed|${size}|4`]];
  say(`| no task over 50 ms (desktop) / 200 ms (4× CPU), ${size} citizen | ${ms(d.longest)} / ${ms(t.longest)} | ${met(d.longest <= TARGETS.task && t.longest <= TARGETS.taskThrottled)} |`);
}
say("");

const chromium = execFileSync(CHROMIUM, ["--version"]).toString().trim();
const machine = `${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${chromium}, Node ${process.version}`;
// The run's figures go between the markers; the rest of the page (the record of what each
// size cut saved) is written by hand.
const doc = new URL("../../docs/benchmarks.md", import.meta.url);
const [start, end] = ["<!-- bench:start -->", "<!-- bench:end -->"];
const page = readFileSync(doc, "utf8");
const run = `${start}\nWritten by \`scripts/bench\` on ${new Date().toISOString().slice(0, 10)}.\nMachine: ${machine}.\n\n${out.join("\n")}\n${end}`;
writeFileSync(doc, page.includes(start) ? page.slice(0, page.indexOf(start)) + run + page.slice(page.indexOf(end) + end.length) : `# Benchmarks\n\n${run}\n`);
console.log(`machine: ${machine}\nwritten: docs/benchmarks.md`);
