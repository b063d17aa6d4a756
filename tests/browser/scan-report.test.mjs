// The scanning command's HTML report, as staff open it: made by the command itself (the
// build `cargo test -p mit-overblik-scan` leaves in target/debug) from the test citizens with
// watch words, then checked with axe at a phone's and a desk's width, and read as a person
// would: its tables, its chart's name, the CPR-like numbers masked.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { suite, openPage } from "./harness.mjs";

const env = suite(test);
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const command = fileURLToPath(new URL("../../target/debug/mit-overblik-scan", import.meta.url));
const fixtures = fileURLToPath(new URL("../../public/fixtures", import.meta.url));

/** The report of the test citizens in `lang`. */
function report(lang) {
  assert.ok(existsSync(command), `${command} is built (cargo test -p mit-overblik-scan builds it)`);
  const dir = mkdtempSync(join(tmpdir(), "mo-scan-"));
  writeFileSync(join(dir, "watch.txt"), "kontanthjælp\nbolig*\n");
  const html = join(dir, "report.html");
  execFileSync(command, ["--today", "2026-11-23", "--lang", lang, "--watch", join(dir, "watch.txt"), "--html", html, fixtures], { stdio: "ignore" });
  return readFileSync(html, "utf8");
}

for (const lang of ["da", "en"]) {
  test(`the HTML report (${lang}) passes axe at 320 and 1280 px, and reads as tables with a named chart`, async () => {
    const { context, page } = await openPage(env.browser);
    await page.setContent(report(lang));
    const violations = [];
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const result = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
      violations.push(...result.violations.map((v) => `${width}px ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`));
    }
    assert.deepEqual(violations, []);
    const heading = lang === "da" ? "Fund efter slags" : "Findings by kind";
    await page.getByRole("heading", { level: 2, name: heading, exact: true }).waitFor();
    assert.equal(await page.getByRole("table").count(), 2);
    await page.getByRole("img", { name: lang === "da" ? "Søjlediagram: antal fund efter slags" : "Bar chart: findings by kind" }).waitFor();
    const text = await page.locator("body").innerText();
    assert.match(text, lang === "da" ? /Overvåget ord vist til borgeren/ : /Watch word shown to the citizen/);
    assert.doesNotMatch(text, /\b\d{6}[-\s]?\d{4}\b/, "no CPR-like number");
    await context.close();
  });
}
