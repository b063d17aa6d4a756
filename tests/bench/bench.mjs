// Benchmarks of the release build: bundle size, start-up and render, interaction, memory and
// Lighthouse's mobile preset. Prints every figure and writes docs/benchmarks.md.
// Run through scripts/bench (which builds first). RUNS=… changes the number of runs.
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { cpus, totalmem } from "node:os";
import { launch, startServer, CHROMIUM } from "../browser/harness.mjs";

const RUNS = Number(process.env.RUNS ?? 7);
const dist = new URL("../../dist/", import.meta.url);
const out = [];
const say = (line = "") => {
  console.log(line);
  out.push(line);
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x)} ms`;
const kb = (b) => `${(b / 1024).toFixed(1)} KiB`;

// Bundle: every asset a host page loads for the widget.
say("## Bundle (every asset the widget loads)");
say("");
say("| asset | raw | gzip -9 | brotli -q 11 |");
say("|---|---:|---:|---:|");
const total = [0, 0, 0];
for (const name of ["mit-overblik_bg.wasm", "mit-overblik.js", "mit-overblik.css", "embed.js"]) {
  const bytes = readFileSync(new URL(name, dist));
  const sizes = [
    bytes.length,
    gzipSync(bytes, { level: 9 }).length,
    brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
  ];
  sizes.forEach((s, i) => (total[i] += s));
  say(`| ${name} | ${sizes[0]} B | ${sizes[1]} B | ${sizes[2]} B |`);
}
say(`| **total** | ${total[0]} B (${kb(total[0])}) | ${total[1]} B (${kb(total[1])}) | ${total[2]} B (${kb(total[2])}) |`);
say("");

const { server, url } = await startServer();
const browser = await launch();

/** Loads the plain widget page on a test citizen; returns timings and memory. */
async function startup(subject) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => e.duration))).observe({ type: "longtask", buffered: true });
    const poll = () => {
      const status = document.querySelector("[data-mit-overblik]")?.shadowRoot?.querySelector('[role="status"]');
      if (status && /Opdateret/.test(status.textContent)) window.__rendered = performance.now();
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  await page.goto(`${url}widget.html?subject=${subject}`);
  await page.waitForFunction(() => window.__rendered !== undefined, null, { timeout: 30000 });
  await page.waitForTimeout(300);
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const figures = await page.evaluate(() => ({
    rendered: window.__rendered,
    longTotal: window.__long.reduce((a, b) => a + b, 0),
    blocking: window.__long.reduce((a, b) => a + Math.max(0, b - 50), 0),
    longest: Math.max(0, ...window.__long),
    items: document.querySelector("[data-mit-overblik]").shadowRoot.querySelectorAll("li[data-index]").length,
    nodes: document.querySelector("[data-mit-overblik]").shadowRoot.querySelectorAll("*").length,
  }));
  const wasmBytes = await wasmMemory(cdp);
  return { context, page, ...figures, heap: heap.usedSize, wasm: wasmBytes };
}

/** Sums the sizes of every WebAssembly.Memory in the page, through the DevTools protocol. */
async function wasmMemory(cdp) {
  const proto = await cdp.send("Runtime.evaluate", { expression: "WebAssembly.Memory.prototype" });
  const found = await cdp.send("Runtime.queryObjects", { prototypeObjectId: proto.result.objectId });
  const sum = await cdp.send("Runtime.callFunctionOn", {
    objectId: found.objects.objectId,
    functionDeclaration: "function () { return this.reduce((n, m) => n + m.buffer.byteLength, 0); }",
    returnByValue: true,
  });
  return sum.result.value;
}

say(`## Start-up and render (headless Chromium, 412 × 823, median of ${RUNS} runs)`);
say("");
say("| test citizen | navigation → overview rendered | long tasks, total | blocking (> 50 ms) | longest task | item nodes | all nodes | JS heap | wasm memory |");
say("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
const interactions = {};
for (const subject of ["kontanthjaelp", "stor"]) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await startup(subject);
    if (subject === "stor" && i === RUNS - 1) Object.assign(interactions, await interact(r.page));
    await r.context.close();
    runs.push(r);
  }
  const m = (k) => median(runs.map((r) => r[k]));
  say(`| ${subject} | ${ms(m("rendered"))} | ${ms(m("longTotal"))} | ${ms(m("blocking"))} | ${ms(m("longest"))} | ${m("items")} | ${m("nodes")} | ${kb(m("heap"))} | ${kb(m("wasm"))} |`);
}
say("");

/** Times the three interactions on the large overview, each to the next painted frame. */
async function interact(page) {
  return page.evaluate(async () => {
    const root = document.querySelector("[data-mit-overblik]").shadowRoot;
    const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    const time = async (act) => {
      const t0 = performance.now();
      act();
      await frame();
      return performance.now() - t0;
    };
    const more = [...root.querySelectorAll("button")].find((b) => b.textContent === "Vis flere");
    const disclosure = [...root.querySelectorAll("button[aria-expanded]")].find((b) => b.textContent.startsWith("Udbetalinger"));
    const filter = root.querySelector("select");
    return {
      "Vis flere (10 more cases)": await time(() => more.click()),
      "open a payment history (36 payments)": await time(() => disclosure.click()),
      "switch the case filter to Afsluttede": await time(() => {
        filter.value = "closed";
        filter.dispatchEvent(new Event("change", { bubbles: true }));
      }),
    };
  });
}

say("## Interaction on the large overview (500 cases, 60 benefits, 300 claims)");
say("");
say("| action | to the next frame |");
say("|---|---:|");
for (const [action, t] of Object.entries(interactions)) say(`| ${action} | ${ms(t)} |`);
say("");

// Lighthouse, mobile preset (simulated slow 4G and a 4× slower CPU).
say("## Lighthouse 12, mobile preset, served release build");
say("");
let lighthouse;
try {
  // Asynchronously: the server answering Lighthouse runs in this very process.
  const { stdout: json } = await promisify(execFile)(
    new URL("../../node_modules/.bin/lighthouse", import.meta.url).pathname,
    [
      `${url}widget.html?subject=kontanthjaelp`,
      "--output=json",
      "--quiet",
      "--only-categories=performance,accessibility,best-practices",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
    ],
    // The binary itself: Debian's /usr/bin/chromium wrapper script confuses chrome-launcher.
    { env: { ...process.env, CHROME_PATH: process.env.LIGHTHOUSE_CHROME ?? "/usr/lib/chromium/chromium" }, maxBuffer: 64 << 20 },
  );
  lighthouse = JSON.parse(json);
} catch (e) {
  say(`Lighthouse did not run: ${e.message.split("\n")[0]}`);
}
if (lighthouse) {
  const a = lighthouse.audits;
  say("| performance | accessibility | best practices | FCP | LCP | TBT | CLS | Speed Index |");
  say("|---:|---:|---:|---:|---:|---:|---:|---:|");
  const score = (c) => Math.round(lighthouse.categories[c].score * 100);
  say(`| ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${a["first-contentful-paint"].displayValue} | ${a["largest-contentful-paint"].displayValue} | ${a["total-blocking-time"].displayValue} | ${a["cumulative-layout-shift"].displayValue} | ${a["speed-index"].displayValue} |`);
}
say("");
await browser.close();
server.close();

const chromium = execFileSync(CHROMIUM, ["--version"]).toString().trim();
const machine = `${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${chromium}, Node ${process.version}`;
writeFileSync(
  new URL("../../docs/benchmarks.md", import.meta.url),
  `# Benchmarks\n\nWritten by \`scripts/bench\` on ${new Date().toISOString().slice(0, 10)}.\nMachine: ${machine}.\n\n${out.join("\n")}\n`,
);
console.log(`machine: ${machine}\nwritten: docs/benchmarks.md`);
