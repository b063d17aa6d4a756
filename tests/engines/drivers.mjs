// One small interface over the three engines the suite runs, each from Debian and driven from
// npm: Chromium (Blink) by playwright-core, Firefox (Gecko) by puppeteer-core over WebDriver
// BiDi, WebKitGTK by selenium-webdriver through WebKitWebDriver, in Xvfb. A test opens a page
// of the local server, runs functions in it (one argument, a JSON value) and presses keys;
// what it reads is read the same way in every engine.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { chromium } from "playwright-core";
import puppeteer from "puppeteer-core";
import { Builder, Key } from "selenium-webdriver";
import { CHROMIUM } from "../browser/harness.mjs";

export const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
export const MINIBROWSER = process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
export const ENGINES = ["firefox", "webkit"];
const SIZE = { width: 1280, height: 900 };

/** Starts an engine; `close()` ends it and whatever it started. Given a desktop (`desktop` of
 * `tests/a11y/desktop.mjs`), Firefox and WebKitGTK run in its X display and session, showing
 * their windows, so that its accessibility bus hears them. */
export async function launch(name, desktop) {
  if (name === "chromium") return chromiumDriver();
  if (name === "firefox") return firefoxDriver(desktop);
  if (name === "webkit") return webkitDriver(desktop);
  throw new Error(`no engine ${name}`);
}

async function chromiumDriver() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
  const context = await browser.newContext({ viewport: SIZE, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  const page = await context.newPage();
  return {
    name: "chromium",
    version: `Chromium ${browser.version()}`,
    open: (url) => page.goto(url).then(() => undefined),
    run: (fn, arg) => page.evaluate(fn, arg),
    press: (key) => page.keyboard.press(key),
    size: (width, height = SIZE.height) => page.setViewportSize({ width, height }),
    close: () => browser.close(),
  };
}

async function firefoxDriver(desktop) {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    // Headless Firefox builds no accessibility tree for the platform.
    headless: !desktop,
    env: { ...process.env, ...desktop?.env, TZ: "Europe/Copenhagen" },
    extraPrefsFirefox: { "intl.accept_languages": "da-DK, da", "intl.locale.requested": "da-DK" },
  });
  const page = await browser.newPage();
  await page.setViewport(SIZE);
  return {
    name: "firefox",
    version: `Firefox ${(await browser.version()).replace(/^firefox\//, "")}`,
    open: (url) => page.goto(url).then(() => undefined),
    run: (fn, arg) => page.evaluate(fn, arg),
    // Puppeteer names the space bar by its character.
    press: (key) => page.keyboard.press(key === "Space" ? " " : key),
    size: (width, height = SIZE.height) => page.setViewport({ width, height }),
    close: () => browser.close(),
  };
}

const SELENIUM_KEYS = { Enter: Key.ENTER, Space: Key.SPACE, Tab: Key.TAB, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP, Home: Key.HOME, End: Key.END, Escape: Key.ESCAPE };

async function webkitDriver(desktop) {
  const display = desktop?.env.DISPLAY ?? `:${freeDisplay()}`;
  const xvfb = desktop ? null : spawn("Xvfb", [display, "-screen", "0", "1600x1200x24", "-nolisten", "tcp"], { stdio: "ignore" });
  const port = await freePort();
  const env = { ...process.env, ...desktop?.env, DISPLAY: display, TZ: "Europe/Copenhagen", LANG: "da_DK.UTF-8" };
  let driverProcess;
  try {
    await waitForDisplay(display);
    driverProcess = spawn("WebKitWebDriver", [`--port=${port}`], { stdio: "ignore", env });
    const driver = await connect(port);
    const version = (await driver.getCapabilities()).get("browserVersion");
    const size = (width, height = SIZE.height) => driver.manage().window().setRect({ width, height });
    await size(SIZE.width);
    return {
      name: "webkit",
      version: `WebKitGTK ${version}`,
      open: (url) => driver.get(url),
      run: (fn, arg) => driver.executeScript(fn, arg),
      press: (key) => driver.actions().sendKeys(SELENIUM_KEYS[key] ?? key).perform(),
      size,
      close: async () => {
        await driver.quit().catch(() => {});
        driverProcess.kill();
        xvfb?.kill();
      },
    };
  } catch (error) {
    driverProcess?.kill();
    xvfb?.kill();
    throw error;
  }
}

/** A WebDriver session once WebKitWebDriver listens (it takes a moment to start). */
async function connect(port) {
  const capabilities = { browserName: "MiniBrowser", "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] } };
  for (let tries = 0; ; tries++) {
    try {
      return await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build();
    } catch (error) {
      if (tries > 50 || !/ECONNREFUSED|ECONNRESET/.test(String(error))) throw error;
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
}

function freePort() {
  const server = createServer().listen(0, "127.0.0.1");
  return once(server, "listening").then(() => {
    const { port } = server.address();
    server.close();
    return port;
  });
}

/** An X display number no other Xvfb holds. */
export function freeDisplay() {
  for (let n = 90; n < 200; n++) if (!existsSync(`/tmp/.X${n}-lock`)) return n;
  throw new Error("no free X display");
}

export async function waitForDisplay(display) {
  const socket = `/tmp/.X11-unix/X${display.slice(1)}`;
  for (let waited = 0; !existsSync(socket); waited += 50) {
    if (waited > 10_000) throw new Error(`Xvfb did not start on ${display}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/** Polls `fn` in the page until it returns something truthy; returns that. */
export async function waitFor(driver, fn, arg, { timeout = 15_000, what = String(fn) } = {}) {
  const started = Date.now();
  for (;;) {
    const value = await driver.run(fn, arg);
    if (value) return value;
    if (Date.now() - started > timeout) throw new Error(`${driver.name}: not within ${timeout} ms: ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}
