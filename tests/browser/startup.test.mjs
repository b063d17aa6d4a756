// Start-up on the citizen's build: the loader starts the overview request and draws the
// loading state before the WebAssembly has arrived, the widget takes over both without a
// second request or a jump, a second visit downloads only what may have changed, and the
// citizen's files hold no staff code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { suite, openPage, widget, shownText } from "./harness.mjs";

const env = suite(test);

/** Holds every request for the WebAssembly until `release()`; `held` resolves at the first. */
async function holdWasm(page) {
  let release;
  const released = new Promise((ok) => (release = ok));
  let seen;
  const held = new Promise((ok) => (seen = ok));
  await page.route("**/*.wasm", async (route) => {
    seen();
    await released;
    await route.continue();
  });
  return { held, release };
}

/** The requests that reach the server while `during` runs: method, path and status. */
async function serverLog(during) {
  const log = [];
  const listen = (req, res) => res.on("finish", () => log.push(`${req.url} ${res.statusCode}`));
  env.server.on("request", listen);
  try {
    await during();
  } finally {
    env.server.off("request", listen);
  }
  return log;
}

test("the overview is requested and the loading state drawn before the WebAssembly arrives", async () => {
  const { context, page } = await openPage(env.browser);
  const { held, release } = await holdWasm(page);
  const overview = page.waitForRequest("**/api/v1/overview**");
  await page.goto(`${env.url}widget.html?subject=kontanthjaelp`);
  await held;
  const request = await overview;
  assert.equal(new URL(request.url()).search, "?view=citizen&subject=kontanthjaelp");
  // The placeholder, as a person sees and hears it, while the WebAssembly is still held.
  const host = page.locator("[data-mit-overblik]");
  await host.getByRole("heading", { level: 1, name: "Mit Overblik" }).waitFor();
  assert.equal(await host.getByRole("region", { name: "Mit Overblik" }).getAttribute("aria-busy"), "true");
  assert.equal(await host.getByRole("status").innerText(), "Henter dit overblik …");
  assert.ok((await host.locator(".mo-skeleton").boundingBox()).height > 300, "the skeleton holds the room");
  release();
  await widget(page);
  assert.match(await shownText(page), /Kontanthjælp/);
  assert.equal(await host.locator("[data-placeholder]").count(), 0, "the widget took the placeholder's place");
  assert.deepEqual(page.errors, []);
  await context.close();
});

/** The face (size, weight, style, family) of each text in the widget's shadow root, in
 * order: what is laid out (not `hidden`, not `display: none`), or only `.mo-faces`'s lines. */
const faces = (page, { lines }) =>
  page.evaluate((lines) => {
    const found = [];
    const walker = document.createTreeWalker(document.querySelector("[data-mit-overblik]").shadowRoot, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const element = walker.currentNode.parentElement;
      const line = element.closest(".mo-faces") !== null;
      if (!walker.currentNode.textContent.trim() || (lines && !line)) continue;
      const style = getComputedStyle(element);
      if (element.closest("[hidden]") || style.display === "none") continue;
      found.push(`${style.fontSize} ${style.fontWeight} ${style.fontStyle} ${style.fontFamily}`);
    }
    return found;
  }, lines);

test("the loading state sets a line in every face the overview's text is in, so that each is loaded before the first card", async () => {
  const { context, page } = await openPage(env.browser, { viewport: { width: 412, height: 823 } });
  const { held, release } = await holdWasm(page);
  await page.goto(`${env.url}widget.html?subject=kontanthjaelp`);
  await held;
  await page.locator("[data-mit-overblik]").getByRole("heading", { level: 1 }).waitFor();
  const lines = await faces(page, { lines: true });
  const loading = await faces(page, { lines: false });
  assert.ok(lines.length > 0);
  // Each line in a face of its own, and in none the loading state uses anyway.
  assert.deepEqual(lines.filter((face) => loading.indexOf(face) !== loading.lastIndexOf(face)), []);
  release();
  await widget(page);
  await context.close();
  const citizens = JSON.parse(readFileSync(new URL("../../public/fixtures/index.json", import.meta.url), "utf8"));
  for (const { id: subject } of citizens) {
    const { context, page } = await openPage(env.browser, { viewport: { width: 412, height: 823 } });
    await page.goto(`${env.url}widget.html?subject=${subject}`);
    await widget(page);
    const missing = (await faces(page, { lines: false })).filter((face) => !loading.includes(face));
    assert.deepEqual(missing, [], `${subject}: faces the loading state does not load`);
    await context.close();
  }
});

test("the widget uses the loader's request: one request for the overview, not two", async () => {
  const { context, page } = await openPage(env.browser);
  const log = await serverLog(async () => {
    await page.goto(`${env.url}widget.html?subject=betalinger&lang=en`);
    await widget(page);
  });
  assert.deepEqual(log.filter((l) => l.includes("/api/")), ["/api/v1/overview?view=citizen&subject=betalinger 200"]);
  assert.match(await shownText(page), /Payments\s*\(5\)/);
  await context.close();
});

test("a host's preload is used: still one request for the overview", async () => {
  const { context, page } = await openPage(env.browser);
  // A host page as the README shows it: the embed, and the host's preload of the overview.
  const host = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Vært</title>
    <link rel="preload" href="/api/v1/overview?view=citizen&amp;subject=betalinger" as="fetch" crossorigin="use-credentials">
    <script type="module" src="/embed.js"></script></head>
    <body><main><div data-mit-overblik data-api-base="/api" data-subject="betalinger"></div></main></body></html>`;
  await page.route(`${env.url}host-with-preload.html`, (route) => route.fulfill({ contentType: "text/html", body: host }));
  const log = await serverLog(async () => {
    await page.goto(`${env.url}host-with-preload.html`);
    await widget(page);
  });
  assert.deepEqual(log.filter((l) => l.includes("/api/")), ["/api/v1/overview?view=citizen&subject=betalinger 200"], log.join("\n"));
  assert.match(await shownText(page), /Betalinger\s*\(5\)/);
  await context.close();
});

test("no layout shift from the first paint to the overview, small and large", async () => {
  for (const subject of ["kontanthjaelp", "stor"]) {
    const { context, page } = await openPage(env.browser, { viewport: { width: 412, height: 823 } });
    await page.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(`${env.url}widget.html?subject=${subject}`);
    await widget(page);
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const cls = await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0));
    assert.ok(cls <= 0.01, `${subject}: cumulative layout shift ${cls}`);
    await context.close();
  }
});

test("the widget takes the placeholder's place without moving what is below it", async () => {
  const { context, page } = await openPage(env.browser, { viewport: { width: 412, height: 823 } });
  const { held, release } = await holdWasm(page);
  // The overview never arrives: the widget stays in its own loading state after the swap.
  await page.route("**/api/v1/overview**", () => {});
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      const below = document.createElement("p");
      below.id = "below";
      below.textContent = "Indhold under widgetten";
      document.querySelector("main").append(below);
    });
  });
  await page.goto(`${env.url}widget.html`);
  await held;
  const host = page.locator("[data-mit-overblik]");
  await host.locator("[data-placeholder]:not([hidden])").waitFor();
  const before = await page.locator("#below").boundingBox();
  const heading = await host.getByRole("heading", { name: "Mit Overblik" }).boundingBox();
  release();
  await page.waitForFunction(() => !document.querySelector("[data-mit-overblik]").shadowRoot.querySelector("[data-placeholder]"));
  assert.deepEqual(await page.locator("#below").boundingBox(), before, "the content below stays put");
  assert.deepEqual(await host.getByRole("heading", { name: "Mit Overblik" }).boundingBox(), heading, "the heading stays put");
  assert.equal(await host.getByRole("status").innerText(), "Henter dit overblik …");
  await context.close();
});

test("unmounting while the WebAssembly loads aborts the loader's request", async () => {
  const { context, page } = await openPage(env.browser);
  const { held, release } = await holdWasm(page);
  // An API that never answers, and a note of every request's abort signal.
  await page.route("**/api/v1/overview**", () => {});
  await page.addInitScript(() => {
    const fetch = window.fetch;
    window.signals = [];
    window.fetch = (url, init) => {
      window.signals.push({ url: String(url), signal: init?.signal });
      return fetch(url, init);
    };
  });
  await page.goto(`${env.url}widget.html`);
  await held;
  const aborted = await page.evaluate(async () => {
    const { unmountWidget } = await import("./embed.js");
    const overview = window.signals.find((s) => s.url.includes("/api/v1/overview"));
    const before = overview.signal.aborted;
    unmountWidget(document.querySelector("[data-mit-overblik]"));
    return [before, overview.signal.aborted];
  });
  assert.deepEqual(aborted, [false, true], "under way before, aborted by the unmount");
  release();
  // A second widget mounted after the unmount waits for the same WebAssembly, after the
  // first: once it is shown, the first had its turn and did not take it.
  await page.evaluate(async () => {
    const { mountWidget } = await import("./embed.js");
    const second = document.createElement("div");
    second.id = "second";
    document.querySelector("main").append(second);
    await mountWidget(second);
  });
  // Its own region, not the loader's placeholder: the widget is mounted there.
  await page.waitForFunction(() => document.querySelector("#second").shadowRoot?.querySelector(".mo-region:not([aria-busy])"));
  assert.equal(await page.evaluate(() => document.querySelector("[data-mit-overblik]").shadowRoot.childElementCount), 0, "nothing mounted after");
  await context.close();
});

test("a second visit downloads only embed.js's revalidation, the page and the overview", async () => {
  const { context, page } = await openPage(env.browser);
  const first = await serverLog(async () => {
    await page.goto(`${env.url}widget.html`);
    await widget(page);
  });
  const hashed = /-[0-9a-f]{12}\.(js|wasm|css)$/;
  assert.equal(first.filter((l) => hashed.test(l.split(" ")[0])).length, 2, first.join("\n"));
  const second = await serverLog(async () => {
    await page.goto(`${env.url}widget.html`);
    await widget(page);
  });
  assert.deepEqual(second.filter((l) => hashed.test(l.split(" ")[0])), [], "the hashed files come from the cache");
  assert.ok(second.includes("/embed.js 304"), second.join("\n"));
  assert.ok(second.some((l) => l.startsWith("/api/v1/overview") && l.endsWith(" 200")), second.join("\n"));
  const response = await page.request.get(`${env.url}${first.find((l) => l.includes(".wasm")).split(" ")[0].slice(1)}`);
  assert.equal(response.headers()["cache-control"], "public, max-age=31536000, immutable");
  assert.equal((await page.request.get(`${env.url}embed.js`)).headers()["cache-control"], "no-cache");
  await context.close();
});

test("the citizen's files hold no staff code; the preview build's do", async () => {
  const file = (dir, pattern) => readFileSync(new URL(`../../dist/${dir}${readdirSync(new URL(`../../dist/${dir}`, import.meta.url)).find((f) => pattern.test(f))}`, import.meta.url));
  // The glue is folded into embed.js; its exports are the object it returns there.
  const glue = (dir) => file(dir, /^embed\.js$/).toString();
  const wasm = (dir) => file(dir, /\.wasm$/);
  const exports = async (dir) => WebAssembly.Module.exports(await WebAssembly.compile(wasm(dir))).map((e) => e.name);
  // The preview's entry point, its texts for staff and the findings' words, in the glue and
  // in the WebAssembly; the preview build has each of them, so that the check can fail.
  const staff = ["Testmiljø", "Fund i data", "Usikkert link fjernet", "Indlæs et svar fra en fil", "Findings in the data"];
  const exportsPreview = (dir) => /\bmountPreview:function\b/.test(glue(dir));
  assert.equal(exportsPreview(""), false, "the citizen's glue exports no mountPreview");
  assert.equal(exportsPreview("preview/"), true, "the preview's glue exports mountPreview");
  assert.ok(!(await exports("")).some((name) => /preview/i.test(name)), "no preview export in the citizen's wasm");
  assert.ok((await exports("preview/")).some((name) => /preview/i.test(name)), "the preview build exports it");
  for (const text of staff) {
    const bytes = Buffer.from(text);
    assert.equal(wasm("").includes(bytes), false, `the citizen's wasm has no ${text}`);
    assert.equal(wasm("preview/").includes(bytes), true, `the preview's wasm has ${text}`);
  }
});

test("a large overview: the first page of each section first (the cases', which fill the screen, before the others'), the rest follows; said once", async () => {
  const { context, page } = await openPage(env.browser);
  // From before the widget mounts: the live region's words each time they change, and what
  // the page was like when the first card appeared.
  await page.addInitScript(() => {
    window.__said = [];
    const watch = () => {
      const root = document.querySelector("[data-mit-overblik]")?.shadowRoot;
      if (!root) return requestAnimationFrame(watch);
      new MutationObserver(() => {
        const status = root.querySelector('.mo-region:not([aria-busy]) [role="status"]');
        const words = status?.textContent ?? "";
        if (words && window.__said.at(-1) !== words) window.__said.push(words);
        const cards = root.querySelectorAll("article");
        if (cards.length && !window.__first) {
          cards[0].__firstPaintCard = true;
          window.__first = {
            cards: cards.length,
            filtersDisabled: root.querySelector("fieldset")?.disabled,
            moreDisabled: root.querySelector("[data-show-more]")?.disabled,
            printDisabled: root.querySelector('[data-action="print"]')?.disabled,
            counts: [...root.querySelectorAll("section[data-section] > :is(h1, h2)")].map((h) => h.innerText),
          };
        }
      }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    };
    watch();
  });
  await page.goto(`${env.url}widget.html?subject=stor`);
  await page.waitForFunction(() => /Opdateret/.test(window.__said.at(-1) ?? ""));
  const first = await page.evaluate(() => window.__first);
  assert.equal(first.cards, 10, "the first page of cases: ten cards, the others a frame later");
  assert.deepEqual(first.counts.map((c) => c.replace(/\s+/g, " ")), ["Sager (500)", "Ydelser (60)", "Betalinger (300)"], "the counts from the start");
  assert.deepEqual([first.filtersDisabled, first.moreDisabled, first.printDisabled], [true, true, true], "filters, Vis flere and print wait");
  const after = await page.evaluate(() => {
    const root = document.querySelector("[data-mit-overblik]").shadowRoot;
    return {
      cards: root.querySelectorAll("article").length,
      kept: root.querySelector("article").__firstPaintCard === true,
      filtersDisabled: root.querySelector("fieldset").disabled,
      moreDisabled: root.querySelector("[data-show-more]").disabled,
      printDisabled: root.querySelector('[data-action="print"]').disabled,
    };
  });
  assert.deepEqual(after, { cards: 30, kept: true, filtersDisabled: false, moreDisabled: false, printDisabled: false }, "the first page of each section, the first cards kept, the rest ready");
  const said = await page.evaluate(() => window.__said);
  assert.deepEqual(said.map((w) => w.replace(/\d/g, "#")), ["Henter dit overblik …", "Opdateret ##. november #### kl. ##.##"], "said once: loading, then shown");
  assert.deepEqual(page.errors, []);
  await context.close();
});
