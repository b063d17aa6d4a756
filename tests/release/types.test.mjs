// embed.d.ts against a host's TypeScript: `tsc --noEmit` passes on the typed example
// (host.ts) and fails when an option's name is wrong, so the types are checked, not decoration.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const tsc = fileURLToPath(new URL("../../node_modules/.bin/tsc", import.meta.url));
const declarations = fileURLToPath(new URL("../../public/embed.d.ts", import.meta.url));

/** `tsc --noEmit` on `source` as host.ts, with the project's compiler options. */
function check(source) {
  const dir = mkdtempSync(join(tmpdir(), "mo-types-"));
  const config = JSON.parse(readFileSync(join(here, "tsconfig.json"), "utf8"));
  config.compilerOptions.paths = { "mit-overblik": [declarations] };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config));
  writeFileSync(join(dir, "host.ts"), source);
  const run = spawnSync(tsc, ["-p", dir], { encoding: "utf8" });
  return { ok: run.status === 0, output: run.stdout + run.stderr };
}

const example = readFileSync(join(here, "host.ts"), "utf8");

test("the typed host example passes tsc --noEmit", () => {
  const { ok, output } = check(example);
  assert.ok(ok, output);
});

test("a wrong option name fails tsc", () => {
  const wrong = example.replace("  apiBase:", "  apiUrl:");
  assert.notEqual(wrong, example);
  const { ok, output } = check(wrong);
  assert.equal(ok, false, "tsc accepted `apiUrl`");
  assert.match(output, /apiUrl/);
});

test("a wrong type of value fails tsc", () => {
  const wrong = example.replace('  lang: "en",', "  lang: 1,");
  assert.notEqual(wrong, example);
  assert.equal(check(wrong).ok, false, "tsc accepted lang: 1");
});

test("an event's detail is typed by the event's name", () => {
  const wrong = example.replace("e.detail.part, e.detail.section", "e.detail.part, e.detail.title");
  assert.notEqual(wrong, example);
  const { ok, output } = check(wrong);
  assert.equal(ok, false, "tsc accepted a field the event does not have");
  assert.match(output, /title/);
});
