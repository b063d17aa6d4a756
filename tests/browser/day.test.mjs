// The citizen's "today" is the day in Denmark, whatever the device's time zone: tried at
// 00:30 and 23:30 Copenhagen time on the days summer time starts and ends and on New Year's
// Eve, on a device set to a zone where it is another day, for a claim due today and one due
// yesterday, a payment made today and one planned tomorrow, and the year's total.
import { test } from "node:test";
import assert from "node:assert/strict";
import { suite, widget, section } from "./harness.mjs";

const env = suite(test);

/** Copenhagen's local time, the UTC instant it is, and a device zone where it is another day. */
const MOMENTS = [
  ["00:30 on the day summer time starts", "2026-03-29", "2026-03-28T23:30:00Z", "America/Los_Angeles"],
  ["23:30 on the day summer time starts", "2026-03-29", "2026-03-29T21:30:00Z", "Pacific/Auckland"],
  ["00:30 on the day summer time ends", "2026-10-25", "2026-10-24T22:30:00Z", "America/Los_Angeles"],
  ["23:30 on the day summer time ends", "2026-10-25", "2026-10-25T22:30:00Z", "Pacific/Auckland"],
  ["00:30 on New Year's Eve", "2026-12-31", "2026-12-30T23:30:00Z", "America/Los_Angeles"],
  ["23:30 on New Year's Eve", "2026-12-31", "2026-12-31T22:30:00Z", "Pacific/Auckland"],
];

const shift = (day, days) => new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const long = (day) => new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));

/** An overview whose dates are `today`'s, the day before and the day after. */
function overview(today) {
  const payment = (date, ore) => ({ date, periodFrom: shift(date, -30), periodTo: date, grossOre: ore, netOre: ore, paidOre: ore });
  return {
    schemaVersion: "1.1",
    generatedAt: "2026-01-01T00:00:00+01:00",
    authorities: [{ id: "0101", name: "Københavns Kommune", status: "ok" }],
    topics: [],
    claimTypes: [
      { authorityId: "0101", id: "T", name: "Forfalder i dag" },
      { authorityId: "0101", id: "Y", name: "Forfaldt i går" },
    ],
    cases: [],
    benefits: [
      { id: "b1", authorityId: "0101", name: "Boligstøtte", status: "Aktiv", from: "2025-01-01", payments: [payment(shift(today, -40), 100_00), payment(today, 200_00), payment(shift(today, 1), 300_00)] },
    ],
    claims: [
      { id: "k-today", authorityId: "0101", claimTypeId: "T", amountOre: 500_00, outstandingOre: 500_00, created: "2026-01-01", dueDate: today },
      { id: "k-yesterday", authorityId: "0101", claimTypeId: "Y", amountOre: 500_00, outstandingOre: 500_00, created: "2026-01-01", dueDate: shift(today, -1) },
    ],
  };
}

for (const [when, today, instant, zone] of MOMENTS) {
  test(`the day in Denmark, at ${when}, on a device in ${zone}`, async () => {
    const context = await env.browser.newContext({ locale: "da-DK", timezoneId: zone, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(instant));
    const deviceDay = await page.evaluate(() => `${new Date().getFullYear()}-${String(new Date().getMonth() + 1).padStart(2, "0")}-${String(new Date().getDate()).padStart(2, "0")}`);
    assert.notEqual(deviceDay, today, "the device's own day is another");
    await page.route("**/api/v1/overview**", (r) => r.fulfill({ status: 200, body: JSON.stringify(overview(today)), headers: { "content-type": "application/json" } }));
    await page.goto(`${env.url}widget.html`);
    const region = await widget(page);

    const claims = section(region, "Betalinger");
    const card = (title) => claims.getByRole("article").filter({ has: page.getByRole("heading", { name: title }) });
    assert.match(await card("Forfalder i dag").innerText(), /Kommende betaling/, "due today: not overdue yet");
    assert.match(await card("Forfaldt i går").innerText(), /Betalingsdatoen er overskredet/, "due yesterday: overdue");

    const benefit = section(region, "Ydelser").getByRole("article");
    assert.match(await benefit.innerText(), new RegExp(`Næste udbetaling:?\\s*${long(shift(today, 1))}, 300,00 kr\\.`), "planned tomorrow");
    await benefit.getByRole("button", { name: "Udbetalinger (2)" }).click();
    assert.match(await benefit.locator("tbody").first().innerText(), new RegExp(long(today)), "made today, in the history");
    await benefit.getByLabel("Vis udbetalinger fra").selectOption({ label: "I år" });
    // Today's payment and the one 40 days before, both this year in every row.
    assert.match(await benefit.innerText(), /Udbetalt i alt\s*300,00 kr\./, `this year's total counts today's payment, in ${today.slice(0, 4)}`);
    assert.doesNotMatch(await benefit.innerText(), /600,00 kr\./, "never the planned one");
    await context.close();
  });
}
