// A pinned release under the strictest host policy: the host loads embed.js with
// integrity="sha384-…", embed.js checks the WebAssembly and the stylesheet it loads, and the
// glue is inside embed.js. A file changed on its way (a tampered CDN) is refused: the element
// shows the fallback message and nothing of the changed file runs or applies.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { suite, openPage, closeAfterRoutes } from "./harness.mjs";
import { STRICT_CSP } from "../../scripts/server.mjs";

const env = suite(test);
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const FALLBACK = "Mit Overblik kan ikke vises lige nu.";

/** The host page of the README's pinned embed, with its own fallback inside the element for
 * when embed.js itself is refused. */
const host = (integrity) => `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Pinned</title>
<script type="module" src="embed.js" integrity="${integrity}" crossorigin="anonymous"></script>
</head><body><main>
<mit-overblik api-base="/api" subject="kontanthjaelp"><p id="own">${FALLBACK} <a href="https://www.borger.dk/mit-overblik">Se dine sager og ydelser på borger.dk</a></p></mit-overblik>
</main></body></html>`;

/**
 * Opens the pinned page with `change` applied to every response of the widget's files it
 * matches (`change(path, bytes)` returns the bytes to deliver, or undefined to leave them).
 * Counts what ran: WebAssembly instantiated, requests made. `close()` waits for the changing
 * handlers, which may still be fetching the other files when the test has seen enough.
 */
async function openPinned(change = () => undefined) {
  const { context, page } = await openPage(env.browser);
  const embed = readFileSync(new URL("../../dist/embed.js", import.meta.url));
  await page.route(`${env.url}pinned.html`, (route) =>
    route.fulfill({ contentType: "text/html", headers: { "content-security-policy": STRICT_CSP }, body: host(sri(embed)) }),
  );
  await page.route(/\.(js|wasm|css)$/, async (route) => {
    const response = await route.fetch();
    const path = new URL(route.request().url()).pathname;
    const changed = change(path, await response.body());
    await route.fulfill(changed ? { response, body: changed } : { response });
  });
  await page.addInitScript(() => {
    window.instantiated = 0;
    for (const name of ["instantiate", "instantiateStreaming"]) {
      const original = WebAssembly[name];
      WebAssembly[name] = (...args) => (window.instantiated++, original.apply(WebAssembly, args));
    }
  });
  const requested = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${env.url}pinned.html`);
  return { page, requested, close: () => closeAfterRoutes({ context, page }) };
}

const shadow = (page) => page.locator("mit-overblik");
const fallbackShown = (page) => shadow(page).locator("[data-fallback]").waitFor();

/** `bytes` with `from` replaced by `to` (same length); an error if `from` is not there. */
function replaced(bytes, from, to) {
  const at = bytes.indexOf(Buffer.from(from));
  assert.ok(at >= 0, `${from} is in the file`);
  const out = Buffer.from(bytes);
  out.write(to, at);
  return out;
}

test("pinned with integrity, under the strictest policy: the widget runs", async () => {
  const { page, close } = await openPinned();
  await shadow(page).getByRole("heading", { name: /^Sager/ }).waitFor();
  assert.equal(await page.evaluate(() => window.instantiated), 1);
  assert.equal(await page.locator("#own").isVisible(), false, "the host's own fallback is hidden under the widget");
  await close();
});

test("a tampered WebAssembly file is refused: the fallback message, and the module never instantiated", async () => {
  const { page, close } = await openPinned((path, bytes) => (path.endsWith(".wasm") ? replaced(bytes, "Mit Overblik", "Mit Overblyk") : undefined));
  await fallbackShown(page);
  assert.match(await shadow(page).locator("[data-fallback]").innerText(), /Mit Overblik kan ikke vises lige nu\./);
  assert.equal(await page.evaluate(() => window.instantiated), 0, "nothing of the tampered module ran");
  assert.equal(await page.getByText("Overblyk").count(), 0);
  await close();
});

test("a tampered stylesheet is refused: the fallback message, and not one of its rules applied", async () => {
  const TAMPERED = "rgb(1, 2, 3)";
  const { page, close } = await openPinned((path, bytes) =>
    path.endsWith(".css") ? Buffer.concat([bytes, Buffer.from("\n:host{background:rgb(1,2,3)!important}.mo-region{color:rgb(1,2,3)!important}")]) : undefined,
  );
  await fallbackShown(page);
  const applied = await page.evaluate(() => {
    const element = document.querySelector("mit-overblik");
    const root = element.shadowRoot;
    return {
      sheets: [...root.styleSheets].length,
      colours: [element, ...root.querySelectorAll("*")].map((e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]).flat(),
    };
  });
  assert.equal(applied.sheets, 0, "no stylesheet in the shadow root");
  assert.ok(!applied.colours.includes(TAMPERED), "no rule of the tampered stylesheet applied");
  assert.match(await shadow(page).locator("[data-fallback]").innerText(), /Mit Overblik kan ikke vises lige nu\./);
  await close();
});

test("tampered glue is refused with embed.js (it is inside): nothing runs, the host's fallback shows", async () => {
  // Wherever the glue is (it starts the module: __wbindgen_start), it is changed to say it ran.
  const { page, requested, close } = await openPinned((path, bytes) =>
    bytes.includes("__wbindgen_start") ? Buffer.concat([Buffer.from("window.tamperedGlueRan = true;\n"), bytes]) : undefined,
  );
  await page.locator("#own").waitFor();
  // The page's load event has passed: the module script was refused or ran by then.
  await page.waitForLoadState("load");
  assert.equal(await page.evaluate(() => window.tamperedGlueRan), undefined, "the tampered glue did not run");
  assert.equal(await page.evaluate(() => customElements.get("mit-overblik")), undefined, "embed.js did not run");
  assert.ok(await page.locator("#own").isVisible(), "the host's own fallback message is shown");
  assert.deepEqual(requested.filter((p) => p.endsWith(".wasm") || p.startsWith("/api/")), [], "nothing more was fetched");
  await close();
});
