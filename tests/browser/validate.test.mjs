// html-validate (its recommended rules, `.htmlvalidate.mjs`) over the widget's markup as the
// browser holds it: every test citizen in both views and languages with every disclosure open,
// and every state of the components page. It finds what axe does not look for: a group with
// no name, a paragraph styled as a heading, an attribute where it does not belong.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { HtmlValidate } from "html-validate";
import config from "../../.htmlvalidate.mjs";
import { showEverything } from "../engines/page.mjs";
import { HOSTS, PREVIEW, openPage, openWidget, suite, widget } from "./harness.mjs";

const env = suite(test);
const validator = new HtmlValidate(config);
const index = JSON.parse(readFileSync(new URL("../../public/fixtures/index.json", import.meta.url), "utf8"));

/** The shadow root's markup, as a document of its own in the widget's language. */
function markup(page) {
  return page.evaluate((hosts) => {
    const root = document.querySelector(hosts).shadowRoot;
    const lang = root.querySelector("[lang]")?.getAttribute("lang") ?? "da";
    return `<!DOCTYPE html><html lang="${lang}"><head><title>Mit Overblik</title></head><body>${root.innerHTML}</body></html>\n`;
  }, HOSTS);
}

/** Each message as "rule: message (the element's selector)". */
async function findings(page) {
  const report = await validator.validateString(await markup(page), "widget.html");
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector})`));
}

for (const { id } of index) {
  for (const [lang, view] of [["da", "citizen"], ["en", "verification"]]) {
    test(`html-validate: ${id} (${lang}, ${view}), every disclosure open`, async () => {
      const { context, page } = await openWidget(env.browser, env.url, { subject: id, lang, view });
      await widget(page);
      // The large citizen's first page only: its other pages are the same cards again.
      await page.evaluate(showEverything, { host: HOSTS, pages: id !== "stor" });
      assert.deepEqual(await findings(page), []);
      await context.close();
    });
  }
}

for (const [lang, view] of [["da", "citizen"], ["en", "verification"]]) {
  test(`html-validate: the components page (${lang}, ${view}), closed and with every disclosure open`, async () => {
    const { context, page } = await openPage(env.browser);
    await page.goto(`${env.url}${PREVIEW}components.html?lang=${lang}&view=${view}`);
    await page.locator(HOSTS).getByRole("region").first().waitFor();
    assert.deepEqual(await findings(page), [], "as it opens");
    // Its "Vis flere" is there to be seen and stays after a click: only disclosures are opened.
    await page.evaluate(showEverything, { host: HOSTS, pages: false });
    assert.deepEqual(await findings(page), [], "every disclosure open");
    await context.close();
  });
}
