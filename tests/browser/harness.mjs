// What every browser test shares: Debian's Chromium driven by playwright-core, the local
// server with the built widget, and helpers that read the widget the way a person would.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/server.mjs";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

/** The test citizens' day and the moment the tests show them at (`tests/fixtures/day.json`,
 * which the native tests read too). */
export const DAY = JSON.parse(readFileSync(new URL("../fixtures/day.json", import.meta.url), "utf8"));

/** Launches Chromium headless with the flags this machine needs. */
export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** Starts the server on a free port. */
export async function startServer() {
  return serve(0);
}

/** A fresh page with the clock at the fixtures' moment (`DAY.now`). */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  const today = new Date(DAY.now);
  // `installClock`: timers too are the test's to run (page.clock.runFor), from that moment.
  if (options.installClock) await page.clock.install({ time: today });
  else await page.clock.setFixedTime(today);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.errors = errors;
  return { context, page };
}

/**
 * Closes a test's page once its route handlers have finished. A handler still fetching or
 * fulfilling when the context closes fails after its test has ended, as an unhandled
 * rejection that fails the whole file (a tampered file's test closed while the other file
 * was still on its way: CI, stop 28).
 */
export async function closeAfterRoutes({ context, page }) {
  await page.unrouteAll({ behavior: "wait" });
  await context.close();
}

/**
 * Pauses the page's installed clock at once. Its time flows meanwhile, so a moment a little
 * ahead is asked for, further ahead each time it has already passed.
 */
export async function pauseNow(page) {
  for (let ahead = 5; ; ahead *= 2) {
    const now = await page.evaluate(() => Date.now());
    try {
      return await page.clock.pauseAt(now + ahead);
    } catch (error) {
      if (!/past/.test(error.message) || ahead > 500) throw error;
    }
  }
}

/**
 * Moves a paused page clock on in small steps until `done` holds in the page: with the clock
 * paused (`page.clock.pauseAt`), the widget's own tasks run only as the test lets time pass.
 * With `settled`, each step waits until it holds in the page first, so that what takes real
 * time (a request's answer) takes none on the page's clock, however loaded the machine.
 */
export async function runUntil(page, done, arg, { step = 16, limit = 2000, settled } = {}) {
  for (let waited = 0; !(await page.evaluate(done, arg)); waited += step) {
    if (waited > limit) throw new Error(`not done after ${limit} ms on the page's clock: ${done}`);
    if (settled) await page.waitForFunction(settled);
    await page.clock.runFor(step);
  }
}

/** The widget's region (inside its shadow root) once the overview or a failure is shown. */
export const HOSTS = "[data-mit-overblik], [data-mit-overblik-preview]";

export async function widget(page, nth = 0) {
  const region = page.locator(HOSTS).nth(nth).getByRole("region").first();
  await region.waitFor();
  await page.waitForFunction(
    (n) => {
      const root = document.querySelectorAll("[data-mit-overblik], [data-mit-overblik-preview]")[n]?.shadowRoot;
      const status = root?.querySelector('[role="status"]');
      return status && status.textContent.trim() !== "" && !/Henter|Fetching/.test(status.textContent);
    },
    nth,
  );
  return region;
}

/**
 * Opens the citizen build's widget page on a test citizen (and any other query options);
 * `options.page: PREVIEW` opens the preview build's page instead.
 */
export async function openWidget(browser, base, query = {}, options = {}) {
  const { context, page } = await openPage(browser, options);
  if (options.route) await page.route("**/api/v1/overview**", options.route);
  if (options.initScript) await page.addInitScript(options.initScript);
  const search = new URLSearchParams({ subject: "kontanthjaelp", ...query });
  await page.goto(`${base}${options.page ?? "widget.html"}?${search}`);
  return { context, page };
}

/** The preview build's page, for staff. */
export const PREVIEW = "preview/";

/** Section by its heading ("Sager", "Ydelser", "Betalinger"). */
export function section(region, name) {
  return region.locator("section").filter({ has: region.page().getByRole("heading", { name: new RegExp(`^${name}\\s*\\(\\d+\\)$`) }) });
}

/** Every href in the widget's shadow roots. */
export function hrefs(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("[data-mit-overblik], [data-mit-overblik-preview]")].flatMap((host) =>
      [...(host.shadowRoot?.querySelectorAll("[href]") ?? [])].map((a) => a.getAttribute("href")),
    ),
  );
}

/** The widget's text as a person sees it. */
export function shownText(page, nth = 0) {
  return page.evaluate((n) => document.querySelectorAll("[data-mit-overblik], [data-mit-overblik-preview]")[n].shadowRoot.querySelector('[role="region"]').innerText, nth);
}

/** Starts the server and browser once for a test file. */
export function suite(test) {
  const env = {};
  test.before(async () => {
    Object.assign(env, await startServer());
    env.browser = await launch();
  });
  test.after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}

/** What the citizen sees: the widget's text without the preview's findings for staff. */
export function citizenText(page, nth = 0) {
  return page.evaluate(
    ([h, n]) => {
      const region = document.querySelectorAll(h)[n].shadowRoot.querySelector('[role="region"]');
      const findings = region.querySelector("[data-findings]");
      return findings ? region.innerText.replace(findings.innerText, "") : region.innerText;
    },
    [HOSTS, nth],
  );
}

/** The widget's texts in `lang` (`da` or `en`) as `src/i18n` has them: each `name: "…"` of
 * its `Texts`, so that a test says what the widget says without typing it again. */
export function texts(lang) {
  const source = readFileSync(new URL(`../../src/i18n/${lang}.rs`, import.meta.url), "utf8");
  return Object.fromEntries([...source.matchAll(/^ {4}(\w+): "((?:[^"\\]|\\.)*)",$/gm)].map(([, name, text]) => [name, JSON.parse(`"${text}"`)]));
}
