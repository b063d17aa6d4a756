// Where the main thread's time goes while a page starts: a Chrome DevTools Protocol trace of
// one load, split into the phases of the widget's start-up. Trace events give the engine's
// own work (compiling the WebAssembly, instantiating it, style and layout, paint); the
// sampling profiler in the same trace splits the time spent running code between the
// widget's parts, named through the function names of a build that kept them
// (tests/bench/named.html: the same code, so the same function indices).
import { owner } from "./wasm.mjs";

const CATEGORIES = [
  "toplevel",
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "blink.user_timing",
  "v8",
  "v8.execute",
  "v8.wasm",
  "disabled-by-default-v8.wasm.detailed",
  "disabled-by-default-v8.compile",
  "disabled-by-default-v8.cpu_profiler",
  "disabled-by-default-v8.gc",
];

/** The phases, in the order they are printed. */
export const PHASES = [
  "wasm compile (lazy, at first call)",
  "wasm instantiate and start",
  "decode (JSON reader, decoder)",
  "present (rules, words)",
  "building the DOM (Leptos, DOM calls)",
  "style and layout",
  "paint and compositing",
  "JS glue (wasm-bindgen)",
  "loader (embed.js)",
  "JS parse and compile",
  "garbage collection",
  "files and answers arriving (IPC)",
  "other (scheduling, the page)",
];

/** Trace events that are a phase by themselves, on the page's main thread. */
const EVENT_PHASES = {
  "wasm.CompileLazy": PHASES[0],
  "wasm.CompileWasmImportCallWrapper": PHASES[0],
  "wasm.SyncInstantiate": PHASES[1],
  "wasm.AsyncInstantiate": PHASES[1],
  UpdateLayoutTree: PHASES[5],
  Layout: PHASES[5],
  ParseAuthorStyleSheet: PHASES[5],
  PrePaint: PHASES[6],
  Paint: PHASES[6],
  Commit: PHASES[6],
  Layerize: PHASES[6],
  "V8.CompileCode": PHASES[9],
  "V8.ParseProgram": PHASES[9],
  "V8.ParseFunction": PHASES[9],
  "V8.CompileModule": PHASES[9],
  MinorGC: PHASES[10],
  MajorGC: PHASES[10],
  "BlinkGC.AtomicPhase": PHASES[10],
  "V8.GCIncrementalMarking": PHASES[10],
};

/** Events that hold other work; their time is theirs only where nothing inside says more. */
const CONTAINER_PHASES = {
  "Receive mojo message": PHASES[11],
  "SimpleWatcher::OnHandleReady": PHASES[11],
};

/** Glue functions that call the DOM (the rest of the glue moves strings and closures). */
const DOM_CALL = /^__wbg_(create|append|insert|remove|set|add|query|focus|attach|before|after|replace|clone|get(?!Random)|textContent|item|length|host|shadowRoot|instanceof|requestAnimationFrame|print|document|style|class)/i;

/**
 * Loads `url` in a fresh context of `browser` with the CPU slowed `throttle` times, tracing
 * from before navigation until `settled` holds in the page and a second more has passed.
 * The page marks its first card with `performance.mark("mo:first-card")` (init script).
 */
export async function traceLoad(browser, url, { throttle = 4, settled, viewport = { width: 412, height: 823 } }) {
  const context = await browser.newContext({ viewport, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const cards = () =>
      [document, ...[...document.querySelectorAll("[data-mit-overblik]")].map((h) => h.shadowRoot)].some((r) => r?.querySelector("article"));
    const poll = () => (cards() ? performance.mark("mo:first-card") : requestAnimationFrame(poll));
    requestAnimationFrame(poll);
  });
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  const events = [];
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
  const complete = new Promise((done) => cdp.once("Tracing.tracingComplete", done));
  await cdp.send("Tracing.start", { transferMode: "ReportEvents", traceConfig: { includedCategories: CATEGORIES } });
  await page.goto(url);
  await page.waitForFunction(settled, null, { timeout: 120_000, polling: 100 });
  await page.waitForTimeout(1000);
  await cdp.send("Tracing.end");
  await complete;
  await context.close();
  return events;
}

/**
 * Splits the main thread's busy time of a traced load into [`PHASES`], before the first card
 * and in all; `module` is the named build's (`readModule`: its imports' field names and its
 * function names by index). Returns
 * `{ before, total, longTasks }`, times in milliseconds; `longTasks` are the tasks over 50 ms
 * with their own split.
 */
export function attribute(events, module) {
  const main = mainThread(events);
  const onMain = (e) => e.pid === main.pid && e.tid === main.tid;
  const firstCard = events.find((e) => e.name === "mo:first-card")?.ts ?? Infinity;
  const navigation = Math.min(...events.filter((e) => e.name === "navigationStart" && e.pid === main.pid).map((e) => e.ts));
  const tasks = events
    .filter((e) => onMain(e) && e.name === "RunTask" && e.ph === "X" && e.ts >= navigation)
    .map((e) => ({ start: e.ts, end: e.ts + e.dur }));
  const intervals = (table) =>
    events
      .filter((e) => table[e.name] && onMain(e) && e.ph === "X" && e.ts >= navigation)
      .map((e) => ({ start: e.ts, end: e.ts + e.dur, phase: table[e.name] }));
  const samples = profileSamples(events, main)
    .filter((s) => s.start >= navigation)
    .map((s) => ({ start: s.start, end: s.end, phase: classify(s.stack, module) }))
    .filter((s) => s.phase);

  // The main thread's time in steps of 50 µs, each given to what says most about it: the
  // engine's own events, else the code running (the profiler), else the event that holds it.
  const STEP = 50;
  const end = Math.max(0, ...tasks.map((t) => t.end));
  const steps = Math.ceil((end - navigation) / STEP);
  const phaseOf = new Array(steps).fill(null);
  const paint = (list, only) => {
    for (const { start, end, phase } of list) {
      for (let i = Math.max(0, Math.floor((start - navigation) / STEP)); i < Math.min(steps, Math.ceil((end - navigation) / STEP)); i++) {
        if (only(phaseOf[i])) phaseOf[i] = phase;
      }
    }
  };
  const busy = new Array(steps).fill(false);
  for (const t of tasks) {
    for (let i = Math.max(0, Math.floor((t.start - navigation) / STEP)); i < Math.min(steps, Math.ceil((t.end - navigation) / STEP)); i++) busy[i] = true;
  }
  paint(intervals(CONTAINER_PHASES), () => true);
  paint(samples, (was) => was === null || was === PHASES[11]);
  paint(intervals(EVENT_PHASES), () => true);

  const split = (from, to) => {
    const out = Object.fromEntries(PHASES.map((p) => [p, 0]));
    let time = 0;
    for (let i = Math.max(0, Math.floor((from - navigation) / STEP)); i < Math.min(steps, (to - navigation) / STEP); i++) {
      if (!busy[i]) continue;
      time += STEP / 1000;
      out[phaseOf[i] ?? PHASES[12]] += STEP / 1000;
    }
    return { phases: out, busy: time };
  };
  const longTasks = tasks
    .filter((t) => t.end - t.start > 50_000)
    .map((t) => ({ at: (t.start - navigation) / 1000, duration: (t.end - t.start) / 1000, ...split(t.start, t.end) }));
  return {
    firstCard: (firstCard - navigation) / 1000,
    before: split(navigation, firstCard),
    total: split(navigation, Infinity),
    longTasks,
  };
}

/** The renderer's main thread that ran the page: the one with the profile. */
function mainThread(events) {
  const profile = events.find((e) => e.name === "Profile");
  if (profile) return { pid: profile.pid, tid: profile.tid };
  const thread = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  return { pid: thread.pid, tid: thread.tid };
}

/** Each profiler sample with its stack (leaf first) and the time it stands for, in µs. */
function profileSamples(events, main) {
  const profile = events.find((e) => e.name === "Profile" && e.pid === main.pid);
  if (!profile) return [];
  const nodes = new Map();
  let time = profile.args.data.startTime;
  const out = [];
  for (const chunk of events.filter((e) => e.name === "ProfileChunk" && e.id === profile.id && e.pid === main.pid)) {
    const data = chunk.args.data;
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      time += deltas[i] ?? 0;
      const previous = out.at(-1);
      if (previous) previous.end = time;
      out.push({ start: time, end: time, node: ids[i] });
    }
  }
  const stack = (id) => {
    const frames = [];
    for (let node = nodes.get(id); node; node = nodes.get(node.parent)) frames.push(node.callFrame);
    return frames;
  };
  return out.map((s) => ({ start: s.start, end: s.end, stack: stack(s.node) }));
}

/**
 * The phase of a sample, from its stack. Glue called by the WebAssembly is the DOM when it
 * calls the DOM, else glue; WebAssembly is decided by its nearest frame of a known part of
 * the widget (the rest of it is the standard library and Leptos's closures, run for the DOM);
 * JavaScript by its file. `null` when idle.
 */
function classify(stack, { names, importNames }) {
  const leaf = stack[0];
  if (!leaf || leaf.functionName === "(idle)" || leaf.functionName === "(root)") return null;
  if (leaf.functionName === "(garbage collector)") return PHASES[10];
  if (leaf.functionName === "(program)") return null;
  // The glue is folded into embed.js (scripts/layout.mjs): there, it is what the WebAssembly calls.
  const glue = (frame) => /\/(embed|mit-overblik-[0-9a-f]+)\.js/.test(frame.url ?? "");
  if (glue(leaf) && stack.some((f) => f.codeType === "wasm")) {
    // The import the WebAssembly called: the glue frame right above a wasm frame. Its short
    // field name (scripts/layout.mjs) leads to its index, and the named twin's name section
    // to wasm-bindgen's name for it (`…::__wbg_createElement_…`).
    const at = stack.findIndex((f, i) => glue(f) && stack[i + 1]?.codeType === "wasm");
    const index = importNames.indexOf(stack[at]?.functionName);
    const name = /(__wbg_\w+)::h[0-9a-f]+$/.exec(names.get(index) ?? "")?.[1] ?? "";
    return DOM_CALL.test(name) ? PHASES[4] : PHASES[7];
  }
  if (stack.some((f) => f.codeType === "wasm")) {
    for (const frame of stack.filter((f) => f.codeType === "wasm")) {
      const index = Number(/wasm-function\[(\d+)\]/.exec(frame.functionName)?.[1]);
      const { module } = owner(names.get(index) ?? frame.functionName);
      if (module === "mit_overblik::api") return PHASES[2];
      if (/^mit_overblik::(present|rules|i18n|kle|sort)/.test(module)) return PHASES[3];
      if (/^(mit_overblik::widget|tachys|reactive_graph|leptos|leptos_dom|web_sys)$/.test(module)) return PHASES[4];
    }
    return PHASES[4];
  }
  if (stack.some(glue)) return PHASES[8];
  return PHASES[12];
}

/** Lazily compiled functions by owner (crate or the widget's module): count and time. */
export function lazyCompiles(events, names) {
  const main = mainThread(events);
  const out = new Map();
  for (const e of events) {
    if (e.name !== "wasm.CompileLazy" || e.pid !== main.pid || e.tid !== main.tid) continue;
    const { module } = owner(names.get(e.args.func_index));
    const entry = out.get(module) ?? { count: 0, ms: 0 };
    entry.count++;
    entry.ms += e.dur / 1000;
    out.set(module, entry);
  }
  return out;
}
