// The real release build in Chromium, on the real fixtures: what a person sees and can do.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { suite, openWidget, widget, section, hrefs, shownText } from "./harness.mjs";

const env = suite(test);
const fixture = (id) => JSON.parse(readFileSync(new URL(`../../public/fixtures/${id}.json`, import.meta.url)));
const index = JSON.parse(readFileSync(new URL("../../public/fixtures/index.json", import.meta.url)));

for (const { id } of index) {
  test(`${id}: three sections with counts, no errors`, async () => {
    const { context, page } = await openWidget(env.browser, env.url, { subject: id });
    const region = await widget(page);
    const text = await shownText(page);
    for (const name of ["Sager", "Ydelser", "Betalinger"]) {
      assert.match(text, new RegExp(`${name}\\s*\\(\\d+\\)`), `${id}: ${name} heading with count`);
      await section(region, name).waitFor();
    }
    if (id !== "fjendtlig") {
      const data = fixture(id);
      assert.match(text, new RegExp(`Sager\\s*\\(${data.cases.length}\\)`));
      assert.match(text, new RegExp(`Ydelser\\s*\\(${data.benefits.length}\\)`));
      assert.match(text, new RegExp(`Betalinger\\s*\\(${data.claims.length}\\)`));
    }
    assert.match(text, /Opdateret 23\. november 2026 kl\. 09\.14/);
    assert.deepEqual(page.errors, [], "no console errors or exceptions");
    await context.close();
  });
}

test("a cash-benefit recipient: titles, progress, links, payment history", async () => {
  const { context, page } = await openWidget(env.browser, env.url, { subject: "kontanthjaelp" });
  const region = await widget(page);
  const cases = section(region, "Sager");
  const first = cases.getByRole("article").first();
  await assert.doesNotReject(first.getByRole("heading", { name: "Klage: Hjælp til forsørgelse (kontanthjælp mv.)" }).waitFor());
  assert.equal(await first.getByText("Oplyst", { exact: true }).first().isVisible(), true);
  const link = cases.getByRole("link", { name: "Gå til selvbetjening for Hjælp til forsørgelse (kontanthjælp mv.)" });
  assert.equal(await link.getAttribute("href"), "https://selvbetjening.aarhus.dk/ydelser/2023-0417");
  const current = await first.locator('[aria-current="step"]').innerText();
  assert.match(current, /Oplyst[\s\S]*nuværende trin[\s\S]*20\. oktober 2026/);

  const benefits = section(region, "Ydelser");
  // The payment of 29 November is planned (today is the 23rd): the card's next payment, not
  // a row of the history, and in no total.
  assert.match(await benefits.innerText(), /Næste udbetaling\s*29\. november 2026, 7\.765,50 kr\./);
  const toggle = benefits.getByRole("button", { name: "Udbetalinger (35)" });
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  assert.equal(await benefits.getByRole("table").count(), 0, "history not in the DOM until asked for");
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  const captions = await benefits.locator("caption").allInnerTexts();
  assert.deepEqual(captions.map((c) => c.slice(0, 4)), ["2026", "2025", "2024", "2023"]);
  assert.match(captions[0], /^2026: I alt [\d.]+,\d\d kr\.$/);
  assert.equal(captions[0], "2026: I alt 77.577,50 kr.", "paid money only");
  assert.equal(await benefits.getByRole("row").count(), 35 + 4, "35 payments made and a header row per year");
  assert.doesNotMatch(await benefits.locator("table").first().innerText(), /29\. november 2026/);
  await toggle.press("Enter");
  assert.equal(await toggle.getAttribute("aria-expanded"), "false", "Enter closes it again");
  await context.close();
});

test("claims: every status as text, amounts, pay links, contact", async () => {
  const { context, page } = await openWidget(env.browser, env.url, { subject: "betalinger" });
  const region = await widget(page);
  const claims = section(region, "Betalinger");
  const titles = await claims.getByRole("article").evaluateAll((arts) => arts.map((a) => a.querySelector("h3,h4").textContent));
  assert.equal(titles.length, 5);
  const text = await claims.innerText();
  for (const status of ["Betalingsdatoen er overskredet", "Kommende betaling", "Status ukendt", "Sendt til Gældsstyrelsen", "Betalt"]) {
    assert.ok(text.includes(status), status);
  }
  assert.ok(text.indexOf("Betalingsdatoen er overskredet") < text.indexOf("Kommende betaling"), "what needs action first");
  assert.match(text, /Beløb\s*180,00 kr\./);
  assert.match(text, /Vi kender ikke betalingsfristen/);
  const pay = claims.getByRole("link", { name: "Betal Biblioteksgebyr, overskredet lånetid" }).first();
  assert.equal(await pay.getAttribute("href"), "https://bibliotek.kk.dk/betal");
  await claims.getByRole("button", { name: "Kontakt og sikkerhedsbrud" }).first().click();
  const phone = claims.getByRole("link", { name: "+45 33 66 30 00" });
  assert.equal(await phone.getAttribute("href"), "tel:+4533663000");

  await claims.getByLabel("Vis betalinger").selectOption({ label: "Betalt" });
  assert.equal(await claims.getByRole("article").count(), 1, "the status filter");
  await context.close();
});

test("a property owner: the property in the title, the IT system's own link", async () => {
  const { context, page } = await openWidget(env.browser, env.url, { subject: "grundejer" });
  const region = await widget(page);
  const link = region.getByRole("link", { name: "Gå til selvbetjening for Byggetilladelse, Vestergade 12, 8000 Aarhus C" });
  assert.equal(await link.getAttribute("href"), "https://www.bygogmiljoe.dk/sag/BOM%202026%2F771");
  await region.getByRole("heading", { name: "Nedrivning af carport og udhus, Skovvej 3, 8260 Viby J" }).waitFor();
  await context.close();
});

test("several authorities: grouped, and the unavailable one said", async () => {
  const { context, page } = await openWidget(env.browser, env.url, { subject: "flere-myndigheder" });
  const region = await widget(page);
  assert.match(await region.innerText(), /Vi kan ikke hente oplysninger fra Odense Kommune lige nu\. Resten af dit overblik er vist\./);
  const groupHeadings = await section(region, "Sager").getByRole("heading", { level: 3 }).allInnerTexts();
  assert.deepEqual(groupHeadings, ["Københavns Kommune", "Udbetaling Danmark"]);
  await context.close();
});

test("hostile data: no script, no unsafe link, no CPR, no caseworker; a count of what was left out", async () => {
  const { context, page } = await openWidget(env.browser, env.url, { subject: "fjendtlig" });
  const region = await widget(page);
  const text = await shownText(page);
  assert.ok(!/010190|0101901234|Jens Jensen/.test(text), "no CPR, no caseworker");
  assert.match(text, /Akuttilbud til xxxxxx-xxxx/);
  assert.match(text, /6 oplysninger kan ikke vises, fordi de har en fejl\./);
  for (const href of await hrefs(page)) {
    assert.match(href, /^(https:\/\/|tel:\+\d+$|mailto:|mit-overblik\.css$|http:\/\/127\.0\.0\.1)/, href);
  }
  const injected = await page.evaluate(() => document.querySelector("[data-mit-overblik], [data-mit-overblik-preview]").shadowRoot.querySelectorAll("script, img, iframe, [onerror]").length);
  assert.equal(injected, 0);
  assert.deepEqual(page.errors, []);
  await region.getByRole("heading", { name: "Sag hos Københavns Kommune" }).waitFor();
  await context.close();
});

test("a large overview: a small DOM, 'Vis flere' moves focus to the first new case, filters", async () => {
  const { context, page } = await openWidget(env.browser, env.url, { subject: "stor" });
  const region = await widget(page);
  const items = (await cards(page)).length;
  assert.ok(items <= 30, `at most a page per section at first, got ${items}`);
  const cases = section(region, "Sager");
  assert.match(await cases.innerText(), /Viser 10 af 500/);
  const keysBefore = await cards(page);
  await cases.getByRole("button", { name: "Vis flere" }).click();
  // Focus lands on a card that was not there before: where the list grew.
  await page.waitForFunction((before) => {
    const focused = document.querySelector("[data-mit-overblik]").shadowRoot.activeElement;
    return focused?.tagName === "LI" && focused.dataset.key && !before.includes(focused.dataset.key);
  }, keysBefore);
  assert.match(await cases.innerText(), /Viser 20 af 500/);
  await cases.getByLabel("Vis sager").selectOption({ label: "Afsluttede" });
  const closed = fixture("stor").cases.filter((c) => c.progress.at(-1)?.code === "Afsluttet").length;
  assert.match(await cases.innerText(), new RegExp(`Viser 10 af ${closed}`));
  assert.ok(await cases.getByText("Afsluttet", { exact: true }).first().isVisible());
  await context.close();
});

/** The keys of the cards in the widget's lists, in page order. */
function cards(page) {
  return page.evaluate(() => [...document.querySelector("[data-mit-overblik]").shadowRoot.querySelectorAll("li[data-key]")].map((li) => li.dataset.key));
}

test("what the citizen opened stays open when the list grows, is filtered or is re-sorted", async () => {
  const { context, page } = await openWidget(env.browser, env.url, { subject: "stor" });
  const region = await widget(page);
  const cases = section(region, "Sager");
  const first = cases.getByRole("article").first();
  // The case by its number (titles repeat).
  const number = await first.locator("dd").nth(1).innerText();
  await first.getByRole("button", { name: /^Dokumenter/ }).click();
  const opened = () => cases.getByRole("article").filter({ has: page.getByText(number, { exact: true }) }).getByRole("button", { name: /^Dokumenter/ });
  assert.equal(await opened().getAttribute("aria-expanded"), "true");
  await cases.getByRole("button", { name: "Vis flere" }).click();
  await cases.getByText("Viser 20 af 500").waitFor();
  assert.equal(await opened().getAttribute("aria-expanded"), "true", "still open after 'Vis flere'");
  assert.ok(await opened().locator("xpath=..").getByRole("listitem").first().isVisible(), "its documents are still shown");
  // A filter that keeps the case keeps it open too; so does sorting that keeps it in view.
  const filter = /Afsluttet/.test(await first.innerText()) ? "Afsluttede" : "Aktive";
  await cases.getByLabel("Vis sager").selectOption({ label: filter });
  assert.equal(await opened().getAttribute("aria-expanded"), "true", `still open after the filter ${filter}`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("English", async () => {
  const { context, page } = await openWidget(env.browser, env.url, { subject: "betalinger", lang: "en" });
  const region = await widget(page);
  const text = await shownText(page);
  assert.match(text, /Cases\s*\(0\)/);
  assert.match(text, /Payment date has passed/);
  assert.match(text, /DKK 180\.00/);
  assert.equal(await region.getAttribute("lang"), "en");
  await context.close();
});

test("a citizen with nothing: the empty states", async () => {
  const { context, page } = await openWidget(env.browser, env.url, { subject: "tom" });
  await widget(page);
  const text = await shownText(page);
  for (const line of ["Du har ingen sager lige nu.", "Du har ingen ydelser lige nu.", "Du har ingen betalinger lige nu."]) {
    assert.ok(text.includes(line), line);
  }
  await context.close();
});

test("a host page that changes the widget's markup cannot stop it: an unknown section's disclosure", async () => {
  // The shadow root is open, so a host's script can rewrite an attribute the widget routes by.
  const { context, page } = await openWidget(env.browser, env.url, { subject: "kontanthjaelp" });
  const region = await widget(page);
  const benefits = section(region, "Ydelser");
  await benefits.evaluate((s) => s.closest("[data-section]").setAttribute("data-section", "7"));
  await benefits.getByRole("button", { name: "Udbetalinger (35)" }).click();
  const cases = section(region, "Sager");
  const toggle = cases.getByRole("button", { name: /^Dokumenter/ }).first();
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true", "the rest still answers");
  assert.deepEqual(page.errors, [], "no console errors or exceptions");
  await context.close();
});
