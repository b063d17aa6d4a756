// Every name a comment or a guide gives in backticks exists: a file or folder (`src/api/json.rs`,
// `scripts/test`), a Rust item by its path (`crate::api::json::Reader`, `super::markup`), and
// every Markdown link to a file of the project. A comment that points to something renamed or
// gone fails here, so the comments stay true where they name things.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const tracked = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" }).trim().split("\n");
// Files whose comments and prose are read: code, scripts, styles, pages and guides. The
// generated fixtures and corpus are data.
const READ = /\.(rs|mjs|js|ts|css|html|md|toml|sh)$|^scripts\/[^.]+$|^\.ci\/run$/;
// This file's own examples are not references.
const self = "tests/references.test.mjs";
const files = tracked.filter((f) => READ.test(f) && f !== self && !f.startsWith("public/fixtures/") && existsSync(join(root, f)));
// Build outputs a guide may name (`style/generated/`): ignored by git, so absent on a fresh clone.
const ignored = (path) => {
  try {
    execFileSync("git", ["check-ignore", "-q", path], { cwd: root });
    return true;
  } catch {
    return false;
  }
};
const sources = new Map(tracked.filter((f) => f.endsWith(".rs")).map((f) => [f, readFileSync(join(root, f), "utf8")]));

/** The text of `file` that is comment or prose: a guide whole; of code, its comment lines. */
function prose(file, text) {
  if (file.endsWith(".md")) return text.split("\n").map((line, i) => ({ line, at: i + 1 }));
  const comment = file.endsWith(".toml") || /^scripts\/[^.]+$|\.sh$|^\.ci\//.test(file) ? /^\s*#/ : /^\s*(\/\/|\/?\*|<!--)/;
  return text
    .split("\n")
    .map((line, i) => ({ line, at: i + 1 }))
    .filter(({ line }) => comment.test(line) || /\/\/[^/]|\/\*|<!--/.test(line.replace(/https?:\/\/\S+/g, "")));
}

/** A span that names a file or folder of the project (not a URL, pattern, or placeholder). */
function pathOf(span) {
  if (/^[a-z]+:|[*<>{}…|$ ,=()]|^\.\.\.|^-/.test(span) || span.includes("://")) return undefined;
  const dirs = /^(src|tests|scripts|docs|public|style|scan|data|\.ci)\//;
  const top = /^(Cargo\.toml|Cargo\.lock|Trunk\.toml|README\.md|CHANGELOG\.md|index\.html|build\.rs|package\.json|package-lock\.json|rustfmt\.toml|\.cargo\/config\.toml)$/;
  if (!dirs.test(span) && !top.test(span)) return undefined;
  return span.replace(/[:#].*$/, "").replace(/\/$/, "");
}

/** The module file of a Rust module path (`api::json` → src/api/json.rs or src/api/json/mod.rs). */
function moduleFile(crate, parts) {
  const base = crate === "scan" ? "scan/src" : "src";
  if (parts.length === 0) return crate === "scan" ? "scan/src/main.rs" : "src/lib.rs";
  const path = `${base}/${parts.join("/")}`;
  return [`${path}.rs`, `${path}/mod.rs`].find((f) => sources.has(f));
}

/** Where `crate::a::b::Item` (or `super::…`, relative to `file`) is defined; why not, else. */
function resolveItem(file, span) {
  const parts = span.replace(/\(\)$/, "").split("::");
  let crate = file.startsWith("scan/") ? "scan" : "main";
  let modules;
  if (parts[0] === "crate" || parts[0] === "mit_overblik") {
    if (parts[0] === "mit_overblik") crate = "main";
    modules = [];
    parts.shift();
  } else {
    // super:: from the module `file` is: its parent's path.
    const base = file.startsWith("scan/") ? "scan/src/" : "src/";
    modules = file.slice(base.length).replace(/(\/mod)?\.rs$/, "").split("/").filter((p) => p !== "lib" && p !== "main");
    while (parts[0] === "super") {
      parts.shift();
      modules.pop();
    }
  }
  // The longest prefix that is a module; what follows is an item (and maybe its member).
  for (let cut = parts.length; cut >= 0; cut--) {
    const module = moduleFile(crate, [...modules, ...parts.slice(0, cut)]);
    if (!module) continue;
    const rest = parts.slice(cut);
    if (rest.length === 0) return undefined;
    const [item, member] = rest;
    const def = new RegExp(`\\b(fn|struct|enum|trait|type|const|static|mod|macro_rules!|use [^;]*\\b)\\s*${item}\\b|\\b${item}\\s*[,}]|pub use [^;]*\\b${item}\\b`);
    const text = sources.get(module);
    // An item may be re-exported from a child module (`pub use cards::*`): look there too.
    const dir = module.replace(/(\/mod)?\.rs$/, "");
    const children = [...sources.keys()].filter((f) => f.startsWith(`${dir}/`));
    if (!def.test(text) && !children.some((f) => new RegExp(`\\b(fn|struct|enum|trait|type|const|static)\\s+${item}\\b`).test(sources.get(f)))) {
      return `${span}: no ${item} in ${module}`;
    }
    if (member && !/^[A-Z]/.test(member) && ![module, ...children].some((f) => new RegExp(`\\bfn\\s+${member}\\b|\\b${member}\\s*:`).test(sources.get(f)))) {
      return `${span}: no ${member} in ${module}`;
    }
    return undefined;
  }
  return `${span}: no module`;
}

test("every file, folder and Rust item a comment or guide names in backticks exists", () => {
  const missing = [];
  let checked = 0;
  for (const file of files) {
    for (const { line, at } of prose(file, readFileSync(join(root, file), "utf8"))) {
      for (const [, span] of line.matchAll(/`([^`\s][^`]*)`/g)) {
        const path = pathOf(span);
        if (path) {
          checked++;
          if (!existsSync(join(root, path)) && !existsSync(join(root, dirname(file), path)) && !ignored(path)) missing.push(`${file}:${at}: ${span}`);
        } else if (/^(crate|super|mit_overblik)::[\w:]+(\(\))?$/.test(span)) {
          checked++;
          const why = resolveItem(file, span);
          if (why) missing.push(`${file}:${at}: ${why}`);
        } else if (/^[a-z_]+::[\w:]+(\(\))?$/.test(span) && moduleFile(file.startsWith("scan/") ? "scan" : "main", [span.split("::")[0]])) {
          // A path from one of the crate's top modules (`present::shown`, `widget::fetch`).
          checked++;
          const why = resolveItem(file, `crate::${span}`);
          if (why) missing.push(`${file}:${at}: ${why}`);
        }
      }
      // Markdown links to the project's own files.
      if (file.endsWith(".md")) {
        for (const [, target] of line.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
          if (/^[a-z]+:/.test(target)) continue;
          checked++;
          if (!existsSync(normalize(join(root, dirname(file), target)))) missing.push(`${file}:${at}: link ${target}`);
        }
      }
    }
  }
  assert.ok(checked > 300, `the references were found (${checked})`);
  assert.deepEqual(missing, [], "names that do not exist");
});
