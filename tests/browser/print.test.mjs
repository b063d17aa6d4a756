// Printing and saving as PDF: "Udskriv", the print stylesheet, and the PDF Chromium makes
// of it, read back with pdftotext (poppler) as a person would read the paper.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { suite, openWidget, widget, section, texts, DAY, HOSTS } from "./harness.mjs";

const env = suite(test);

/** Records calls of `window.print` instead of opening the dialogue. */
const recordPrint = () => {
  window.printed = 0;
  window.print = () => (window.printed += 1);
};

/** The PDF's text, page by page (pdftotext ends each page with a form feed). */
function pdfPages(pdf) {
  return execFileSync("pdftotext", ["-layout", "-", "-"], { input: pdf }).toString().split("\f").filter((p) => p.trim() !== "");
}

/** From `src/i18n`: the labels of what is pressed or chosen, which must not stand alone on
 * paper (buttons are left out, choices said as text), and each choice as said on paper (the
 * period chosen before printing: "I år"). */
function onPaper(lang) {
  const t = texts(lang);
  return {
    hidden: [t.refresh, t.print, t.filter_cases, t.sort, t.filter_claims, t.payments_from, t.show_more, t.retry],
    said: [`${t.filter_cases}: ${t.filter_all}`, `${t.sort}: ${t.sort_newest}`, `${t.filter_claims}: ${t.filter_all}`, `${t.payments_from}: ${t.period_this_year}`],
  };
}

const visible = (page, selector) =>
  page.evaluate(([h, s]) => [...document.querySelector(h).shadowRoot.querySelectorAll(s)].filter((e) => e.checkVisibility()).length, [HOSTS, selector]);

for (const [lang, view, words] of [
  ["da", "citizen", { print: "Udskriv", heading: "Mit Overblik", updated: "Opdateret 23. november 2026", summary: "Det skal du være opmærksom på", payments: "Udbetalinger (10)", thisYear: "I år", ...onPaper("da"), contact: "Telefontid", end: "Tror du, at dine oplysninger" }],
  ["en", "citizen", { print: "Print", heading: "My Overview", updated: "Updated 23 November 2026", summary: "What needs your attention", payments: "Payments received (10)", thisYear: "This year", ...onPaper("en"), contact: "Opening hours", end: "If you believe your information" }],
]) {
  test(`'${words.print}' (${lang}, ${view}): every disclosure open, nothing to press, link addresses, no card split, a PDF`, async () => {
    const { context, page } = await openWidget(env.browser, env.url, { subject: "opmaerksom", lang, view }, { initScript: recordPrint });
    const region = await widget(page);
    // What a choice says on paper is not part of its name on screen.
    const [cases] = words.said[0].split(":");
    assert.equal(await region.getByRole("combobox", { name: cases, exact: true }).count(), 1);
    // A period chosen in a benefit's history is the one printed.
    const history = region.getByRole("button", { name: words.payments });
    await history.click();
    await region.getByRole("combobox", { name: words.said[3].split(":")[0] }).selectOption({ label: words.thisYear });
    await region.getByRole("button", { name: words.print }).click();
    await page.waitForFunction(() => window.printed === 1);
    const toggles = region.locator("button[aria-expanded]");
    assert.equal(await toggles.count(), 10);
    assert.deepEqual([...new Set(await toggles.evaluateAll((all) => all.map((b) => b.getAttribute("aria-expanded"))))], ["true"], "every disclosure open");

    await page.emulateMedia({ media: "print" });
    assert.equal(await visible(page, "button:not([aria-expanded]):not([class*=line])"), 0, "no buttons on paper");
    const choices = await region.getByRole("combobox").evaluateAll((all) => all.map((s) => [getComputedStyle(s).appearance, getComputedStyle(s).borderStyle]));
    assert.deepEqual([...new Set(choices.map(String))], ["none,none"], "each choice made is plain text on paper");
    assert.equal(await visible(page, "button[aria-expanded]"), 10, "a disclosure's label stays, over its content");
    const after = await page.evaluate((h) => {
      const link = [...document.querySelector(h).shadowRoot.querySelectorAll("a")].find((a) => a.href === "https://bibliotek.kk.dk/betal");
      return getComputedStyle(link, "::after").content;
    }, HOSTS);
    assert.equal(after, '" (https://bibliotek.kk.dk/betal)"');
    assert.deepEqual([...new Set(await region.getByRole("article").evaluateAll((all) => all.map((a) => getComputedStyle(a).breakInside)))], ["avoid"]);

    const pages = pdfPages(await page.pdf({ format: "A4" }));
    const first = pages[0];
    for (const text of [words.heading, words.updated, words.summary]) assert.ok(first.includes(text), `${text} on the first page`);
    const all = pages.join("\n");
    assert.match(all, /\(https:\/\/bibliotek\.kk\.dk\/betal\)/, "the address after the link");
    assert.ok(all.includes(words.contact), "a disclosure's content is printed");
    for (const said of words.said) assert.ok(all.includes(said), `the choice said on paper: ${said}`);
    for (const word of words.hidden) assert.ok(!new RegExp(`^\\s*${word}\\s*$`, "m").test(all), `no ${word} on paper`);
    // Each card on one page: from its title (at the start of a line) to its last words, the
    // breach reporting that ends every card here.
    const titles = /^ *(Hjælp til enkeltudgifter|Forebyggende hjemmebesøg|Boligstøtte|Biblioteksgebyr, overskredet lånetid|Tilbagebetaling af boligstøtte)\b/gm;
    let cards = 0;
    for (const p of pages) {
      const starts = [...p.matchAll(titles)].map((m) => m.index);
      starts.forEach((start, i) => {
        cards += 1;
        assert.ok(p.slice(start, starts[i + 1]).includes(words.end), `not split: ${p.slice(start, start + 60).trim()}`);
      });
    }
    assert.equal(cards, 9, "every card printed once");
    // Afterwards the page is as the citizen left it.
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await page.waitForFunction((h) => document.querySelector(h).shadowRoot.querySelectorAll('[aria-expanded="true"]').length === 1, HOSTS);
    assert.equal(await history.getAttribute("aria-expanded"), "true", "the history the citizen opened");
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test("printing from the browser's menu does the same, and prints every chosen card, not only the first page", async () => {
  // A large citizen's overdue payments: more than one page of "Vis flere".
  const { context, page } = await openWidget(env.browser, env.url, { subject: "stor" });
  const region = await widget(page);
  const claims = section(region, "Betalinger");
  await claims.getByLabel("Vis betalinger").selectOption({ label: "Betalingsdatoen er overskredet" });
  const overdue = JSON.parse(readFileSync(new URL("../../public/fixtures/stor.json", import.meta.url))).claims.filter(
    (c) => c.outstandingOre > 0 && !c.sentToDebtCollection && c.dueDate && c.dueDate < DAY.today,
  ).length;
  assert.ok(overdue > 10, `${overdue} overdue payments`);
  const cards = claims.getByRole("article");
  await cards.nth(10).waitFor({ state: "detached" });
  assert.equal(await cards.count(), 10, "a page of them on screen");

  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await cards.nth(overdue - 1).waitFor();
  assert.equal(await cards.count(), overdue, "every chosen card");
  assert.equal(await cards.filter({ hasNotText: "Betalingsdatoen er overskredet" }).count(), 0, "only the chosen ones");
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await cards.nth(10).waitFor({ state: "detached" });
  assert.equal(await cards.count(), 10, "back to the page the citizen saw");
  await context.close();
});

for (const [lang, words] of [
  ["da", { print: "Udskriv", banner: "Verifikation: rigtige borgeres oplysninger", notPrinted: "Visningen kan ikke udskrives, fordi den indeholder rigtige borgeres personoplysninger." }],
  ["en", { print: "Print", banner: "Verification: real citizens' data", notPrinted: "This view cannot be printed, because it contains real citizens' personal data." }],
]) {
  test(`the verification view (${lang}) is not printed: no '${words.print}', and on paper only its banner`, async () => {
    const { context, page } = await openWidget(env.browser, env.url, { subject: "opmaerksom", lang, view: "verification" });
    const region = await widget(page);
    await region.getByRole("article").first().waitFor();
    assert.equal(await region.getByRole("button", { name: words.print }).count(), 0);
    assert.equal(await region.getByText(words.notPrinted).isVisible(), false, "said on paper only");
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    assert.equal(await region.getByText(words.notPrinted).isVisible(), true);
    assert.equal(await visible(page, "article, section, button, select"), 0, "no overview on paper");
    assert.equal(await region.locator('[aria-expanded="true"]').count(), 0, "nothing opened for it");
    const paper = pdfPages(await page.pdf({ format: "A4" })).join("\n");
    assert.ok(paper.includes(words.banner) && paper.includes(words.notPrinted.slice(0, 30)), paper);
    assert.doesNotMatch(paper, /Forebyggende hjemmebesøg|Boligstøtte|Biblioteksgebyr|KK-2026/, "no citizen's data on paper");
    await context.close();
  });
}
