// Bugs planted on purpose in the layers cargo-mutants does not reach (embed.js, the widget's
// views and its CSS): each is applied to the source alone, the widget rebuilt, and the browser
// test that should catch it run; the bug is then taken out again. Run through
// scripts/planted-bugs after changing those files; docs/testing.md lists the result. A bug
// whose text is no longer in its file stops the run: the list must follow the code. ("Faults"
// are what befalls the overview's request, as in tests/browser/faults.test.mjs.)
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const BUGS = [
  {
    bug: "the default time limit 30 s instead of 15 s",
    file: "public/embed.js",
    edits: [[": 15000;", ": 30000;"]],
    test: ["tests/browser/faults.test.mjs", "the default time limit"],
  },
  {
    bug: "offline taken for a network failure",
    file: "public/embed.js",
    edits: [
      ['    if (!navigator.onLine) return { failure: "offline" };\n', ""],
      ['navigator.onLine ? "network" : "offline"', '"network"'],
    ],
    test: ["tests/browser/faults.test.mjs", "offline is recognised"],
  },
  {
    bug: "no fallback message when the WebAssembly fails to load",
    file: "public/embed.js",
    edits: [["    if (instances.get(element) === instance) fail(element);\n    throw error;", "    throw error;"]],
    test: ["tests/browser/embed.test.mjs", "a WebAssembly file that fails to load"],
  },
  {
    bug: "unmounting leaves the loader's request running",
    file: "public/embed.js",
    edits: [["  instance.early?.abort();\n  if (instance.mounted) {", "  if (instance.mounted) {"]],
    test: ["tests/browser/startup.test.mjs", "unmounting while the WebAssembly loads"],
  },
  {
    bug: "the WebAssembly fetched without its integrity check",
    file: "public/embed.js",
    edits: [["fetch(asset(FILES.wasm), { integrity: FILES.integrity.wasm })", "fetch(asset(FILES.wasm))"]],
    test: ["tests/browser/integrity.test.mjs", "a tampered WebAssembly file"],
  },
  {
    bug: "the stylesheet linked without its integrity check",
    file: "public/embed.js",
    edits: [["  if (FILES.integrity.css) link.integrity = FILES.integrity.css;\n", ""]],
    test: ["tests/browser/integrity.test.mjs", "a tampered stylesheet"],
  },
  {
    bug: "the glue loaded as a file of its own, outside embed.js's integrity",
    file: "scripts/layout.mjs",
    edits: [
      [
        "fill(/^const glueModule = .*;$/m, `const glueModule = ${folded(glue)};`);",
        'await writeFile(join(dir, "glue.js"), glue);\nfill(/^const glueModule = .*;$/m, `const glueModule = () => import(asset("glue.js"));`);',
      ],
    ],
    test: ["tests/browser/integrity.test.mjs", "tampered glue"],
  },
  {
    bug: "<mit-overblik> asks the API again for a change of language",
    file: "public/embed.js",
    edits: [["(moved ? mountWidget(this) : rerender(this))", "mountWidget(this)"]],
    test: ["tests/browser/element.test.mjs", "changing lang"],
  },
  {
    bug: "<mit-overblik> unmounted when moved (mounted again, a second request)",
    file: "public/embed.js",
    edits: [["queueMicrotask(() => this.isConnected || unmountWidget(this));", "unmountWidget(this);"]],
    test: ["tests/browser/element.test.mjs", "removing the element"],
  },
  {
    bug: "a card asked for is not focused ('Vis flere', the summary)",
    file: "src/widget/section/mod.rs",
    edits: [["            let _ = card.focus();", "            let _ = card;"]],
    test: ["tests/browser/widget.test.mjs", "a large overview"],
  },
  {
    bug: "a disclosure does not say it is open",
    file: "src/widget/disclosure/mod.rs",
    edits: [['set_attribute("aria-expanded", if open { "true" } else { "false" })', 'set_attribute("aria-expanded", "false")']],
    test: ["tests/browser/accessibility.test.mjs", "disclosures open with Enter"],
  },
  {
    bug: "after a retry, focus is left where it was",
    file: "src/widget/app/mod.rs",
    edits: [["    if let Some(target) = target {\n        let _ = target.focus();", "    if let Some(target) = target {\n        let _ = target;"]],
    test: ["tests/browser/accessibility.test.mjs", "after a retry, focus lands"],
  },
  {
    bug: "the host page's inherited styles reach into the widget",
    file: "style/base.module.css",
    edits: [["  all: initial;\n", ""]],
    test: ["tests/browser/embed.test.mjs", "aggressive host CSS"],
  },
  {
    bug: "no visible focus",
    file: "style/base.module.css",
    edits: [["  outline: 3px solid var(--mo-focus);\n", "  outline: none;\n"]],
    test: ["tests/browser/accessibility.test.mjs", "keyboard: every action by Tab"],
  },
  {
    bug: "a DOM API WebKit lacks (scheduler.yield before the request)",
    file: "public/embed.js",
    edits: [["      const response = await fetch(url,", "      await scheduler.yield();\n      const response = await fetch(url,"]],
    test: ["tests/engines/engines.test.mjs", "webkit: kontanthjaelp by the plain embed"],
  },
  {
    bug: "a CSS fallback for engines without text-box-trim (Firefox) that hides the cards' facts",
    file: "style/base.module.css",
    // (Inside @supports stylance leaves selectors as written, so a plain one.)
    edits: [["\n:global(a) {", "\n@supports not (text-box-trim: trim-both) {\n  dd {\n    display: none;\n  }\n}\n\n:global(a) {"]],
    test: ["tests/engines/engines.test.mjs", "firefox: kontanthjaelp by the plain embed"],
  },
];

/** Plants each bug, rebuilds, runs its test; prints and returns whether each was caught. */
function run() {
  const build = () => execFileSync("scripts/build", { stdio: "ignore" });
  const results = [];
  try {
    // BUG=… runs the bugs whose description holds that text.
    for (const { bug, file, edits, test } of BUGS.filter((b) => b.bug.includes(process.env.BUG ?? ""))) {
      const original = readFileSync(file, "utf8");
      let changed = original;
      for (const [from, to] of edits) {
        if (changed.split(from).length !== 2) throw new Error(`${file}: the bug "${bug}" no longer matches: ${JSON.stringify(from)}`);
        changed = changed.replace(from, to);
      }
      writeFileSync(file, changed);
      try {
        build();
        const outcome = spawnSync("node", ["--test", "--test-concurrency=1", `--test-name-pattern=${test[1]}`, test[0]], { encoding: "utf8" });
        // Caught: the named test ran (not only skipped by the pattern) and the run failed.
        const ran = outcome.stdout.split("\n").some((line) => /^\s*(not )?ok \d+ - /.test(line) && !/# SKIP/.test(line));
        const caught = ran && outcome.status !== 0;
        results.push({ bug, file, test, caught });
        console.log(`${caught ? "caught" : "MISSED"}  ${bug} (${file}) by ${test[0]}: ${test[1]}`);
      } finally {
        writeFileSync(file, original);
      }
    }
  } finally {
    build();
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && run().some((r) => !r.caught)) process.exit(1);
