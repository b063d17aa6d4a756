// Contract 1.1 in the browser: "Det skal du være opmærksom på", plain-language progress, a
// benefit's links and contact, payment periods and the findings for staff. Danish and
// English, the citizen's view and the verification view, on the real fixtures.
import { test } from "node:test";
import assert from "node:assert/strict";
import { suite, openWidget, widget, section, shownText, citizenText, HOSTS, PREVIEW } from "./harness.mjs";

const env = suite(test);

/** The focused element in the widget's shadow root: its tag and its text. */
const focused = (page) =>
  page.evaluate((h) => {
    const active = document.querySelector(h).shadowRoot.activeElement;
    return active ? { tag: active.tagName, key: active.dataset.key ?? "", text: active.innerText } : null;
  }, HOSTS);

/** Waits for the live region to say `words`. */
const says = (page, words) =>
  page.waitForFunction(([h, w]) => document.querySelector(h).shadowRoot.querySelector('[role="status"]').textContent === w, [HOSTS, words]);

const summary = (region, name) => region.locator("section").filter({ has: region.page().getByRole("heading", { name }) });

test("the summary in Danish: every kind of line, each leading to its card through its filter", async () => {
  const { context, page } = await openWidget(env.browser, env.url, { subject: "opmaerksom" });
  const region = await widget(page);
  const box = summary(region, "Det skal du være opmærksom på");
  assert.deepEqual(await box.getByRole("listitem").allInnerTexts(), [
    "Betalingsdatoen for 2 betalinger på 240,00 kr. i alt er overskredet.\nGå til betaling",
    "1 betaling på 1.250,00 kr. skal betales senest 1. december 2026.\nBetal Tilbagebetaling af boligstøtte",
    "Din næste udbetaling er Boligstøtte på 2.175,00 kr. den 27. november 2026.",
    "Du har 2 aktive sager.",
  ]);
  assert.equal(await box.getByRole("link", { name: "Gå til betaling" }).getAttribute("href"), "https://bibliotek.kk.dk/betal");
  const text = await shownText(page);
  assert.ok(text.indexOf("Det skal du være opmærksom på") < text.search(/Sager\s*\(3\)/), "at the top");

  // Overdue: the payments are filtered to overdue ones, and the first of them has focus.
  await box.getByRole("button", { name: /^Betalingsdatoen for 2 betalinger/ }).click();
  await says(page, "Betalinger: 2 af 5 passer til dit valg.");
  const claims = section(region, "Betalinger");
  assert.equal(await claims.getByLabel("Vis betalinger").inputValue(), await claims.getByRole("option", { name: "Betalingsdatoen er overskredet" }).getAttribute("value"));
  await page.waitForFunction((h) => document.querySelector(h).shadowRoot.activeElement?.dataset.key === "opm-gebyr-1", HOSTS);
  assert.match((await focused(page)).text, /^Biblioteksgebyr, overskredet lånetid\s*Betalingsdatoen er overskredet/);

  // Due soon: the upcoming payments, the soonest first.
  await box.getByRole("button", { name: /^1 betaling på 1\.250,00 kr\./ }).click();
  await page.waitForFunction((h) => document.querySelector(h).shadowRoot.activeElement?.dataset.key === "opm-tilbage", HOSTS);
  assert.equal(await claims.getByRole("article").count(), 2, "the two upcoming payments");

  // The next payment: the benefit's card, with no filter to announce.
  await box.getByRole("button", { name: /^Din næste udbetaling/ }).click();
  await page.waitForFunction((h) => document.querySelector(h).shadowRoot.activeElement?.dataset.key === "opm-boligstoette", HOSTS);
  assert.equal(await region.getByRole("status").textContent(), "Betalinger: 2 af 5 passer til dit valg.", "nothing said of the benefits");

  // Active cases: the cases filtered to active ones, from the first.
  await box.getByRole("button", { name: "Du har 2 aktive sager." }).click();
  await says(page, "Sager: 2 af 3 passer til dit valg.");
  await page.waitForFunction((h) => document.querySelector(h).shadowRoot.activeElement?.dataset.key === "opm-ukendt-trin", HOSTS);
  assert.equal(await section(region, "Sager").getByRole("article").count(), 2);

  // Nothing to say, nothing shown.
  const empty = await openWidget(env.browser, env.url, { subject: "tom" });
  await widget(empty.page);
  assert.doesNotMatch(await shownText(empty.page), /opmærksom/);
  await empty.context.close();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("the summary in English, in the verification view", async () => {
  const { context, page } = await openWidget(env.browser, env.url, { subject: "opmaerksom", lang: "en", view: "verification" }, { page: PREVIEW });
  const region = await widget(page);
  const box = summary(region, "What needs your attention");
  assert.deepEqual(await box.getByRole("listitem").allInnerTexts(), [
    "2 payments of DKK 240.00 in total are overdue.\nGo to payment",
    "1 payment of DKK 1,250.00 is due by 1 December 2026.\nPay Tilbagebetaling af boligstøtte",
    "Your next payment is Boligstøtte of DKK 2,175.00 on 27 November 2026.",
    "You have 2 open cases.",
  ]);
  assert.match(await shownText(page), /Verification: real citizens' data/);
  await box.getByRole("button", { name: "You have 2 open cases." }).click();
  await says(page, "Cases: 2 of 3 match your choice.");
  await context.close();
});

test("progress in plain words: what each step means and what happens next; an unknown step is not guessed", async () => {
  for (const [lang, view, words] of [
    ["da", "citizen", {
      oplyst: /Oplyst\s*\(nuværende trin\)\s*2\. november 2026\s*Oplysningerne er samlet\./,
      ahead: /Afgjort\s*\(ikke nået endnu\)\s*Der bliver truffet en afgørelse\./,
      next: "Hvad sker der nu? Sagen bliver vurderet, og der bliver truffet en afgørelse. Du får besked om afgørelsen.",
      other: "Anden status",
      otherNext: "Hvad sker der nu? Sagen har en status, vi ikke kan vise her. Kontakt Københavns Kommune, hvis du vil vide, hvor sagen er.",
    }],
    ["en", "verification", {
      oplyst: /Information gathered\s*\(current step\)\s*2 November 2026\s*The information has been gathered\./,
      ahead: /Decided\s*\(not reached yet\)\s*A decision will be made\./,
      next: "What happens next? The case will be assessed and a decision made. You will be told of the decision.",
      other: "Other status",
      otherNext: "What happens next? The case has a status we cannot show here. Contact Københavns Kommune if you want to know where the case stands.",
    }],
  ]) {
    const { context, page } = await openWidget(env.browser, env.url, { subject: "opmaerksom", lang, view }, { page: view === "verification" ? PREVIEW : undefined });
    const region = await widget(page);
    const known = region.getByRole("article").filter({ hasText: "KK-2026-7710" });
    const steps = await known.getByRole("list").first().getByRole("listitem").allInnerTexts();
    assert.match(steps[1], words.oplyst, lang);
    assert.match(steps[2], words.ahead, lang);
    assert.equal(await known.getByText(words.next.split("?")[0] + "?").locator("..").innerText(), words.next);
    const unknown = region.getByRole("article").filter({ hasText: "KK-2026-6120" });
    assert.equal(await unknown.getByText(words.other, { exact: true }).count(), 1, "the badge says it is another status");
    assert.match(await unknown.innerText(), new RegExp(words.otherNext.replace(/[?.]/g, "\\$&")));
    assert.equal(await unknown.locator('[aria-current="step"]').count(), 0, "no step is claimed to be the current one");
    await context.close();
  }
});

test("a benefit under contract 1.1: its IT system's link with its case number, contact and breach reporting", async () => {
  for (const [lang, view, words] of [
    ["da", "citizen", { link: "Gå til selvbetjening for Sygedagpenge", number: "Sagsnummer\\s*SD-2025-118", contact: "Kontakt og sikkerhedsbrud", breach: /Sikkerhedsbrud\s*Tror du, at dine oplysninger/ }],
    ["en", "verification", { link: "Go to self-service for Sygedagpenge", number: "Case number\\s*SD-2025-118", contact: "Contact and data breaches", breach: /Data breach/ }],
  ]) {
    const { context, page } = await openWidget(env.browser, env.url, { subject: "ydelser", lang, view });
    const region = await widget(page);
    const card = region.getByRole("article").filter({ has: page.getByRole("heading", { name: "Sygedagpenge" }) });
    assert.equal(await card.getByRole("link", { name: words.link }).getAttribute("href"), "https://momentum.aarhus.dk/sag/SD-2025-118", lang);
    assert.match(await card.innerText(), new RegExp(words.number));
    await card.getByRole("button", { name: words.contact }).click();
    assert.match(await card.innerText(), words.breach);
    assert.equal(await card.getByRole("link", { name: "+45 89 40 20 00" }).first().getAttribute("href"), "tel:+4589402000");
    // The benefit without a case number offers no half-filled link.
    const gap = region.getByRole("article").filter({ has: page.getByRole("heading", { name: "Børne- og ungeydelse" }) });
    assert.equal(await gap.getByRole("link", { name: /selvbetjening|self-service/ }).count(), 0);
    // A fagsystememne is no title: the case is the authority's.
    await region.getByRole("heading", { name: lang === "da" ? "Sag hos Aarhus Kommune" : "Case at Aarhus Kommune" }).waitFor();
    assert.doesNotMatch(await shownText(page), /fagsystememne/i);
    await context.close();
  }
});

test("staff see the data gaps: a missing case number, a fagsystememne, a payment planned years ahead", async () => {
  for (const [lang, words] of [
    ["da", [/Linket kræver et sagsnummer, som elementet ikke har\s*Ydelse yd-uden-sagsnummer: selfService\.url: https:\/\/www\.borger\.dk\/udk\/sag\/\{caseNumber\}/, /KLE-emne uden titel, som giver mening for borgeren\s*Sag yd-fagsystem: 00\.75\.10/, /Planlagt udbetaling mere end et år frem\s*Ydelse yd-uden-sagsnummer: 2028-01-20/]],
    ["en", [/The link needs a case number the item does not have/, /KLE subject without a title that means anything to a citizen/, /Payment planned more than a year ahead/]],
  ]) {
    const { context, page } = await openWidget(env.browser, env.url, { subject: "ydelser", lang, view: "verification" }, { page: PREVIEW });
    const region = await widget(page);
    const findings = region.getByRole("region", { name: lang === "da" ? "Fund i data" : "Findings in the data" });
    const text = await findings.innerText();
    for (const expected of words) assert.match(text, expected, lang);
    assert.doesNotMatch(text, /Usikkert link fjernet|Unsafe link removed/, "a safe template is not an unsafe URL");
    await context.close();
  }
});

test("payments over a chosen period, with its totals; a planned payment in none", async () => {
  const { context, page } = await openWidget(env.browser, env.url, { subject: "ydelser" });
  const region = await widget(page);
  const card = region.getByRole("article").filter({ has: page.getByRole("heading", { name: "Sygedagpenge" }) });
  assert.match(await card.innerText(), /Næste udbetaling:?\s*27\. november 2026, 8\.680,00 kr\./);
  await card.getByRole("button", { name: "Udbetalinger (20)" }).click();
  const period = card.getByLabel("Vis udbetalinger fra");
  assert.equal(await period.locator("option:checked").innerText(), "Hele perioden");
  const totals = async () => (await card.locator("dl").last().innerText()).replace(/\s+/g, " ").trim();
  assert.equal(await totals(), "Udbetalt i alt 173.747,25 kr. Før skat i alt 280.237,50 kr. Efter skat i alt 173.747,25 kr.");
  assert.deepEqual((await card.locator("caption").allInnerTexts()).map((c) => c.slice(0, 4)), ["2026", "2025"]);

  await period.selectOption({ label: "De seneste 3 måneder" });
  await says(page, "3 udbetalinger i den valgte periode.");
  assert.equal(await totals(), "Udbetalt i alt 26.063,25 kr. Før skat i alt 42.037,50 kr. Efter skat i alt 26.063,25 kr.");
  assert.deepEqual(await card.locator("tbody th").allInnerTexts(), ["30. oktober 2026", "29. september 2026", "30. august 2026"]);
  assert.deepEqual(await card.locator("caption").allInnerTexts(), ["2026: I alt 26.063,25 kr."]);

  await period.selectOption({ label: "Sidste år" });
  await says(page, "10 udbetalinger i den valgte periode.");
  assert.deepEqual((await card.locator("caption").allInnerTexts()).map((c) => c.slice(0, 4)), ["2025"]);
  await period.selectOption({ label: "I år" });
  assert.equal(await card.locator("tbody tr").count(), 10);
  assert.doesNotMatch(await card.locator("table").first().innerText(), /27\. november 2026/, "the planned payment is not paid");

  // Closing the history and opening it again keeps the period chosen.
  const history = card.getByRole("button", { name: "Udbetalinger (20)" });
  await history.click();
  assert.equal(await period.isVisible(), false, "closed");
  await history.click();
  assert.equal(await period.locator("option:checked").innerText(), "I år", "the choice kept");
  assert.equal(await card.locator("tbody tr").count(), 10);

  const ended = region.getByRole("article").filter({ has: page.getByRole("heading", { name: "Ledighedsydelse" }) });
  await ended.getByRole("button", { name: "Udbetalinger (12)" }).click();
  await ended.getByLabel("Vis udbetalinger fra").selectOption({ label: "I år" });
  assert.match(await ended.innerText(), /Der er ingen udbetalinger i den valgte periode\./);
  assert.equal(await ended.getByRole("table").count(), 0);
  await context.close();

  // In English, the same choice and totals.
  const en = await openWidget(env.browser, env.url, { subject: "ydelser", lang: "en", view: "verification" });
  const enRegion = await widget(en.page);
  const enCard = enRegion.getByRole("article").filter({ has: en.page.getByRole("heading", { name: "Sygedagpenge" }) });
  await enCard.getByRole("button", { name: "Payments received (20)" }).click();
  await enCard.getByLabel("Show payments from").selectOption({ label: "The last 3 months" });
  await says(en.page, "3 payments in the chosen period.");
  assert.match(await enCard.innerText(), /Paid out in total\s*DKK 26,063\.25\s*Before tax in total\s*DKK 42,037\.50/);
  assert.match(await citizenText(en.page), /Next payment:?\s*27 November 2026, DKK 8,680\.00/);
  await en.context.close();
});

test("internal documents in English: marked for staff, never shown to the citizen", async () => {
  for (const view of ["verification", "citizen"]) {
    const { context, page } = await openWidget(env.browser, env.url, { subject: "dokumenter", lang: "en", view });
    const region = await widget(page);
    const sick = region.getByRole("article").filter({ hasText: "OD-SYG-1" });
    await sick.getByRole("button", { name: view === "verification" ? "Documents (3)" : "Documents (2)" }).click();
    const text = await sick.innerText();
    assert.match(text, /Lægeerklæring[\s\S]*Received[\s\S]*Indkaldelse til opfølgningssamtale[\s\S]*Sent/, view);
    if (view === "verification") assert.match(text, /Sagsbehandlers notat om arbejdsevne\s*Internal/);
    else assert.doesNotMatch(text, /Sagsbehandlers notat|Internal/, "whatever the topic says");
    await context.close();
  }
});
