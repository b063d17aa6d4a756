// The size budget (tests/budget.mjs): every file the README's plain embed makes the browser
// load, the overview aside, compressed with brotli -q 11, in all within the budget.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
import { fileURLToPath } from "node:url";
import { suite, openPage } from "./harness.mjs";
import { CITIZEN_BUNDLE_BROTLI } from "../budget.mjs";

const env = suite(test);
const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;

test("the citizen bundle is within its budget", async () => {
  const { context, page } = await openPage(env.browser);
  const loaded = [];
  page.on("response", (response) => loaded.push(new URL(response.url())));
  await page.goto(`${env.url}widget.html?subject=kontanthjaelp`);
  await page.locator("[data-mit-overblik]").getByRole("heading", { name: /^Sager/ }).waitFor();
  // Everything the widget loads: the page's own files (the test page and its preview.js and
  // stylesheet) and the overview are not the widget's.
  const files = loaded
    .filter((url) => url.origin === new URL(env.url).origin && !url.pathname.startsWith("/api/"))
    .map((url) => url.pathname.slice(1))
    .filter((name) => !["widget.html", "preview.js", "preview.css", "favicon.svg"].includes(name));
  const sizes = files.map((name) => [name, brotli(readFileSync(dist + name))]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  console.log(`citizen bundle, brotli -q 11: ${sizes.map(([n, s]) => `${n} ${s} B`).join(", ")}; ${total} B of ${CITIZEN_BUNDLE_BROTLI} B`);
  assert.deepEqual(
    files.map((name) => name.replace(/-[0-9a-f]{12}\./, ".")).sort(),
    ["embed.js", "mit-overblik.css", "mit-overblik_bg.wasm"],
    "the plain embed loads the loader (with the glue), the WebAssembly and the stylesheet",
  );
  assert.ok(total <= CITIZEN_BUNDLE_BROTLI, `the citizen bundle is ${total} B, over its budget of ${CITIZEN_BUNDLE_BROTLI} B (tests/budget.mjs)`);
  await context.close();
});
