// The test environment's preview: the banner, the picker of test citizens, language and view
// switches, loading a response from a file, the findings, and the verification view.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { suite, openWidget, widget, shownText, PREVIEW } from "./harness.mjs";

const env = suite(test);
const preview = (page) => page.locator("[data-mit-overblik-preview]");

test("the banner, the picker and the switches", async () => {
  const { context, page } = await openWidget(env.browser, env.url, { subject: "tom" }, { page: PREVIEW });
  await widget(page);
  await preview(page).getByText("Testmiljø", { exact: true }).waitFor();
  const picker = preview(page).getByLabel("Testborger");
  await page.waitForFunction(() => document.querySelector("[data-mit-overblik-preview]").shadowRoot.querySelectorAll("option").length > 8);
  await picker.selectOption({ label: "Bøder og tilbagebetaling" });
  await preview(page).getByRole("heading", { name: "Biblioteksgebyr, overskredet lånetid" }).first().waitFor();
  await preview(page).getByLabel("Sprog").selectOption({ label: "English" });
  await preview(page).getByRole("heading", { name: /Payments/ }).waitFor();
  await preview(page).getByText("Test environment", { exact: true }).waitFor();
  await context.close();
});

test("a response from a file, with its findings; a bad file changes nothing", async () => {
  const { context, page } = await openWidget(env.browser, env.url, { subject: "tom" }, { page: PREVIEW });
  await widget(page);
  const hostile = readFileSync(new URL("../../public/fixtures/fjendtlig.json", import.meta.url));
  await preview(page).getByLabel("Indlæs et svar fra en fil (JSON)").setInputFiles({ name: "svar.json", mimeType: "application/json", buffer: hostile });
  await preview(page).getByText("Viser svaret fra filen svar.json.").waitFor();
  await preview(page).getByRole("heading", { name: "Akuttilbud til xxxxxx-xxxx" }).waitFor();
  const findings = preview(page).getByRole("region", { name: "Fund i data" });
  const text = await findings.innerText();
  for (const expected of [
    /Usikkert link fjernet\s*Sag h-1: selfService\.url: NotHttps: javascript:alert/,
    /CPR-lignende nummer skjult\s*Sag h-1: caseTitle: 1/,
    /Element udeladt, fordi det ikke følger kontrakten\s*cases nr\. 3 \(id h-1\): duplicate id/,
    /Ukendt KLE-emne\s*Sag h-2/,
    /Sag uden fremdrift\s*Sag h-3/,
    /Ingen kontaktoplysninger\s*Emne 0101\/99\.99\.99/,
    /Ingen anmeldelse af sikkerhedsbrud/,
  ]) {
    assert.match(text, expected);
  }
  assert.doesNotMatch(text, /010190|0101901234/, "findings never quote a CPR-like number");

  await preview(page).getByLabel("Indlæs et svar fra en fil (JSON)").setInputFiles({ name: "ødelagt.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await preview(page).getByRole("alert").waitFor();
  assert.match(await preview(page).getByRole("alert").innerText(), /Filen kan ikke vises: ødelagt\.json/);
  assert.match(await shownText(page), /Akuttilbud til xxxxxx-xxxx/, "what was shown stays shown");
  await context.close();
});

test("the verification view: the warning banner and verification-only document titles, marked", async () => {
  const { context, page } = await openWidget(env.browser, env.url, { subject: "dokumenter", view: "verification" }, { page: PREVIEW });
  const region = await widget(page);
  assert.match(await shownText(page), /Verifikation: rigtige borgeres oplysninger[\s\S]*må ikke tage skærmbilleder/);
  const card = region.getByRole("article").filter({ hasText: "OD-SPS-2" });
  await card.getByRole("button", { name: "Dokumenter (1)" }).click();
  assert.match(await card.innerText(), /Notat fra visitationsmøde\s*Kun i verifikation/);
  // An internal note on a topic whose titles citizens see: staff see it, marked as internal.
  const sick = region.getByRole("article").filter({ hasText: "OD-SYG-1" });
  await sick.getByRole("button", { name: "Dokumenter (3)" }).click();
  assert.match(await sick.innerText(), /Sagsbehandlers notat om arbejdsevne[\s\S]*Internt/);

  await preview(page).getByLabel("Visning").selectOption({ label: "Borger" });
  await page.waitForFunction(() => !/Verifikation: rigtige/.test(document.querySelector("[data-mit-overblik-preview]").shadowRoot.textContent));
  const citizenCard = preview(page).getByRole("article").filter({ hasText: "OD-SPS-2" });
  assert.equal(await citizenCard.getByRole("button", { name: /Dokumenter/ }).count(), 0, "the citizen does not see them");
  const citizenSick = preview(page).getByRole("article").filter({ hasText: "OD-SYG-1" });
  await citizenSick.getByRole("button", { name: "Dokumenter (2)" }).click();
  const text = await citizenSick.innerText();
  assert.match(text, /Lægeerklæring[\s\S]*Indkaldelse til opfølgningssamtale/);
  assert.doesNotMatch(text, /Sagsbehandlers notat|Internt/, "nor an internal note, whatever the topic says");
  await context.close();
});

test("watch words: findings in what the citizen sees and in what only the verification view shows, kept in the address", async () => {
  const watch = "# kommunens ord\nlægeerklæring\nvisitation*\n";
  const { context, page } = await openWidget(env.browser, env.url, { subject: "dokumenter", watch }, { page: PREVIEW });
  await widget(page);
  const field = preview(page).getByLabel(/^Overvågede ord/);
  assert.equal(await field.inputValue(), watch, "the list from the address");
  const findings = preview(page).getByRole("region", { name: "Fund i data" });
  await findings.getByText("Overvåget ord vist til borgeren").first().waitFor();
  const text = await findings.innerText();
  assert.match(text, /Overvåget ord vist til borgeren\s*Sag od-syg-1: lægeerklæring: «Lægeerklæring»/);
  assert.match(text, /Overvåget ord kun i verifikationsvisningen\s*Sag od-sps-2: visitation\*: Notat fra «visitationsmøde»/);
  // Another list: the findings follow it, and the address keeps it for a shared link.
  await field.fill("arbejdsevne");
  await field.blur();
  await findings.getByText(/arbejdsevne: Sagsbehandlers notat om «arbejdsevne»/).waitFor();
  assert.doesNotMatch(await findings.innerText(), /Lægeerklæring»|visitationsmøde»/);
  assert.equal(new URL(page.url()).searchParams.get("watch"), "arbejdsevne");
  // No list, no watch-word findings.
  await field.fill("");
  await field.blur();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("watch"));
  assert.doesNotMatch(await findings.innerText(), /Overvåget ord/);
  await context.close();
});
