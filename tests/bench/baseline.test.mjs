// The benchmark's baseline sets text in the widget's font stack: where the first font of the
// stack is not installed, finding a fallback costs an engine time on the first frame (WebKitGTK:
// 6–9 ms on the baseline's cards, docs/benchmarks.md), and a ratio between a page that pays it
// and one that does not compares fonts, not the widget.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

test("the baseline's font stack is the widget's", () => {
  const widget = /--mo-font:\s*([^;]+);/.exec(read("style/base.module.css"))?.[1].trim();
  const baseline = /body\s*\{[^}]*font:\s*\d+\s+[\d.]+rem\/[\d.]+\s+([^;]+);/.exec(read("tests/bench/baseline.css"))?.[1].trim();
  assert.ok(widget, "style/base.module.css sets --mo-font");
  assert.equal(baseline, widget);
});
