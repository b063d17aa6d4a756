// Orca reading the first case card of kontanthjaelp in Firefox ESR, in browse mode, as
// recorded in docs/accessibility.md: run by hand (`node tests/a11y/orca.mjs`), not in the
// tests, as it needs Debian's orca and xdotool, which scripts/setup does not install, and a
// build (scripts/build). Orca runs in the tree test's private desktop; the card's list item
// is focused, and Down is pressed as a person would, line by line. What Orca would have said
// is read from its debug output ("SPEECH OUTPUT"), whether or not a speech synthesizer runs.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/server.mjs";
import { DAY } from "../browser/harness.mjs";
import { launch, waitFor } from "../engines/drivers.mjs";
import * as inPage from "../engines/page.mjs";
import { startDesktop } from "./desktop.mjs";

const LINES = 25;
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
const home = mkdtempSync(join(tmpdir(), "orca-"));
const debug = join(home, "debug.out");
const { server, url } = await serve(0, "127.0.0.1", { "/engines/": fileURLToPath(new URL("../engines/pages/", import.meta.url)) });
const desktop = await startDesktop();
// Orca's settings and speech-dispatcher's socket in a home of their own, not the user's.
const env = { ...desktop.env, HOME: home, XDG_RUNTIME_DIR: home };
let browser, orca;
try {
  browser = await launch("firefox", { env });
  await browser.open(`${url}engines/plain.html?${new URLSearchParams({ subject: "kontanthjaelp", now: DAY.now })}`);
  await waitFor(browser, inPage.ready, inPage.HOST);
  orca = spawn("orca", ["--replace", "--debug-file", debug], { env, stdio: "ignore" });
  await sleep(8000);
  const xdotool = (...args) => execFileSync("xdotool", args, { env }).toString().trim();
  const window = xdotool("search", "--onlyvisible", "--class", "firefox").split("\n")[0];
  xdotool("windowfocus", "--sync", window);
  await browser.run((host) => document.querySelector(host).shadowRoot.querySelector("li[data-key]").focus(), inPage.HOST);
  await sleep(3000);
  for (let line = 0; line < LINES; line++) {
    xdotool("key", "--window", window, "Down");
    await sleep(700);
  }
  await sleep(2000);
} finally {
  orca?.kill();
  await browser?.close();
  desktop.close();
  server.close();
}
for (const [, said] of readFileSync(debug, "utf8").matchAll(/SPEECH OUTPUT: '(.*)'\{/g)) console.log(said);
rmSync(home, { recursive: true, force: true });
