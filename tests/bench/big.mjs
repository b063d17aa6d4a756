// The benchmark's 20 MB response (tests/fixtures/big.mjs, as the browser tests have it): the
// longest main-thread task from navigation until every case is read, and when the first card
// and the whole came.
import { bigBody } from "../fixtures/big.mjs";

/** `runs` loads of widget.html answered with the 20 MB body, each in a fresh context. */
export async function bigResponse(browser, url, runs) {
  const body = bigBody();
  const out = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
    const page = await context.newPage();
    await page.route("**/api/v1/overview**", (r) => r.fulfill({ status: 200, body, headers: { "content-type": "application/json" } }));
    await page.addInitScript(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask", buffered: true });
    });
    await page.goto(`${url}widget.html?subject=stor`);
    await page.waitForFunction(() => /Sager\s*\(6000\)/.test(document.querySelector("[data-mit-overblik]")?.shadowRoot?.textContent ?? ""), null, { timeout: 120_000, polling: 50 });
    const whole = await page.evaluate(() => performance.now());
    await page.waitForTimeout(500);
    const figures = await page.evaluate(() => ({
      longest: Math.max(0, ...window.longTasks),
      firstCard: performance.getEntriesByName("mit-overblik:first-card")[0]?.startTime ?? NaN,
    }));
    out.push({ ...figures, whole });
    await page.unrouteAll({ behavior: "wait" });
    await context.close();
  }
  return { megabytes: body.length / 1e6, runs: out };
}
