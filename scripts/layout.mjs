// The release layout, run by Trunk after each build (Trunk.toml's post_build hook) on its
// staging folder: the widget's WebAssembly and stylesheet get content-hashed names, so a CDN
// may cache them for a year and never ask again, and their SHA-384 hashes go into embed.js,
// which checks them when it loads them. The wasm-bindgen glue is folded into embed.js, so
// that the one integrity check a host puts on embed.js covers it too (and the host's CSP
// needs no blob: or eval for it). embed.js keeps its one stable name. The JavaScript is
// minified (Trunk's own minifier cannot parse wasm-bindgen's glue), and so is the stylesheet.
//
// First, what nothing calls leaves the WebAssembly and the glue: Leptos depends on
// server_fn, whose browser support brings wasm-streams, whose stream adapters
// (`IntoUnderlyingSource` and two more) are exported by wasm-bindgen and so kept alive with
// the code they reach; a widget without server functions never calls them. Likewise the
// marker export of Leptos's wasm-split support.
//
//   node scripts/layout.mjs DIR   (Trunk passes DIR as TRUNK_STAGING_DIR)
import { createHash } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import binaryen from "binaryen";
import { minify } from "terser";
import { minify as minifyCss } from "csso";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error("usage: node scripts/layout.mjs DIR");

/** A name that changes whenever the content does: mit-overblik.js → mit-overblik-1a2b3c4d5e6f.js */
function hashedName(name, contents) {
  const hash = createHash("sha256").update(contents).digest("hex").slice(0, 12);
  const dot = name.indexOf(".");
  return `${name.slice(0, dot)}-${hash}${name.slice(dot)}`;
}

async function minified(code) {
  const result = await minify(code, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  return result.code;
}

/** Writes `contents` under its hashed name in place of `name`; returns the new name. */
async function rename(name, contents) {
  const renamed = hashedName(name, contents);
  await writeFile(join(dir, renamed), contents);
  await rm(join(dir, name));
  return renamed;
}

/** Exports nobody calls: wasm-streams' adapters (their methods and finalizers), wasm-split's marker. */
const UNCALLED = /^(__wbg_)?intounderlying|^_WASM_SPLIT_MARKER_/;
const UNCALLED_CLASSES = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];

/** The module without the uncalled exports and what only they reached (names kept if it has them). */
function withoutUncalled(bytes) {
  // The features the build enables (index.html's wasm-opt flags), and no newer encoding.
  const { MutableGlobals, NontrappingFPToInt, BulkMemory, SignExt, ReferenceTypes, Multivalue } = binaryen.Features;
  const features = MutableGlobals | NontrappingFPToInt | BulkMemory | SignExt | ReferenceTypes | Multivalue;
  const module = binaryen.readBinary(bytes);
  module.setFeatures(features);
  const names = [];
  for (let i = 0; i < module.getNumExports(); i++) names.push(binaryen.getExportInfo(module.getExportByIndex(i)).name);
  const uncalled = names.filter((name) => UNCALLED.test(name));
  if (uncalled.length === 0) throw new Error("layout.mjs: no uncalled exports found; has wasm-streams gone? Update UNCALLED.");
  uncalled.forEach((name) => module.removeExport(name));
  module.runPasses(["remove-unused-module-elements"]);
  // Names stay where the build kept them (the bench's named build), and only there.
  binaryen.setDebugInfo(WebAssembly.Module.customSections(new WebAssembly.Module(bytes), "name").length > 0);
  const out = module.emitBinary();
  module.dispose();
  return out;
}

/** The glue without the classes of the removed exports; an error if one is not where expected. */
function glueWithoutUncalled(glue) {
  let out = glue;
  for (const name of UNCALLED_CLASSES) {
    const before = out;
    out = out
      .replace(new RegExp(`(^|\\n)export class ${name} \\{[\\s\\S]*?\\n\\}\\n`), "\n")
      .replace(new RegExp(`\\nconst ${name}Finalization = [^;]*;\\n`), "\n")
      .replace(new RegExp(`\\nif \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\][^\\n]*\\n`), "\n");
    if (out === before) throw new Error(`layout.mjs: the glue has no class ${name}`);
  }
  if (/intounderlying/i.test(out)) throw new Error("layout.mjs: the glue still refers to a removed export");
  return out;
}

/** Subresource Integrity's form of a file's SHA-384. */
const integrity = (contents) => `sha384-${createHash("sha384").update(contents).digest("base64")}`;

/**
 * The glue as the body of an async function that returns its exports, for embed.js: the
 * module's `export`s become a returned object, and an error says so if its shape changed.
 */
function folded(glue) {
  if (/^\s*import\b/m.test(glue)) throw new Error("layout.mjs: the glue imports other modules; fold them too");
  const exports = [];
  let body = glue.replace(/^export (function|class) (\w+)/gm, (_, kind, name) => {
    exports.push(name);
    return `${kind} ${name}`;
  });
  body = body.replace(/^export \{([^}]*)\};?$/gm, (_, list) => {
    for (const part of list.split(",").map((p) => p.trim()).filter(Boolean)) {
      const [local, name = local] = part.split(/\s+as\s+/);
      exports.push(name === local ? name : `${name}: ${local}`);
    }
    return "";
  });
  if (/^export\b/m.test(body)) throw new Error("layout.mjs: an export of the glue is not of a known form");
  if (!exports.includes("default: __wbg_init")) throw new Error("layout.mjs: the glue exports no __wbg_init");
  return `async () => {\n${body}\nreturn { ${exports.join(", ")} };\n}`;
}

const wasmBytes = withoutUncalled(await readFile(join(dir, "mit-overblik_bg.wasm")));
const wasm = await rename("mit-overblik_bg.wasm", wasmBytes);
const glue = glueWithoutUncalled(await readFile(join(dir, "mit-overblik.js"), "utf8"));
await rm(join(dir, "mit-overblik.js"));
// Structure kept as written (no merging of rules): only comments and white space go.
const stylesheet = minifyCss(await readFile(join(dir, "mit-overblik.css"), "utf8"), { restructure: false }).css;
const css = await rename("mit-overblik.css", stylesheet);

let loader = await readFile(join(dir, "embed.js"), "utf8");
/** Replaces the one line `pattern` matches in embed.js; an error if there is none. */
function fill(pattern, line) {
  if (!pattern.test(loader)) throw new Error(`embed.js has no line ${pattern} to fill in`);
  loader = loader.replace(pattern, () => line);
}
const files = { wasm, css, integrity: { wasm: integrity(wasmBytes), css: integrity(stylesheet) } };
fill(/^const FILES = .*;$/m, `const FILES = ${JSON.stringify(files)};`);
fill(/^const glueModule = .*;$/m, `const glueModule = ${folded(glue)};`);
await writeFile(join(dir, "embed.js"), await minified(loader));

console.log(`release layout: embed.js (with the glue) → ${wasm}, ${css}`);
