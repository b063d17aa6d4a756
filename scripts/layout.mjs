// The release layout, run by Trunk after each build (Trunk.toml's post_build hook) on its
// staging folder: the widget's glue, WebAssembly and stylesheet get content-hashed names, so
// a CDN may cache them for a year and never ask again; embed.js keeps its one stable name
// and is filled in with theirs, so a host's page never changes. The JavaScript is minified
// (Trunk's own minifier cannot parse wasm-bindgen's glue), and so is the stylesheet.
//
// First, what nothing calls leaves the WebAssembly and the glue: Leptos depends on
// server_fn, whose browser support brings wasm-streams, whose stream adapters
// (`IntoUnderlyingSource` and two more) are exported by wasm-bindgen and so kept alive with
// the code they reach; a widget without server functions never calls them. Likewise the
// marker export of Leptos's wasm-split support.
//
//   node scripts/release.mjs DIR   (Trunk passes DIR as TRUNK_STAGING_DIR)
import { createHash } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import binaryen from "binaryen";
import { minify } from "terser";
import { minify as minifyCss } from "csso";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error("usage: node scripts/release.mjs DIR");

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
  if (uncalled.length === 0) throw new Error("release.mjs: no uncalled exports found; has wasm-streams gone? Update UNCALLED.");
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
    if (out === before) throw new Error(`release.mjs: the glue has no class ${name}`);
  }
  if (/intounderlying/i.test(out)) throw new Error("release.mjs: the glue still refers to a removed export");
  return out;
}

const wasm = await rename("mit-overblik_bg.wasm", withoutUncalled(await readFile(join(dir, "mit-overblik_bg.wasm"))));
const glueSource = glueWithoutUncalled(await readFile(join(dir, "mit-overblik.js"), "utf8")).replaceAll("mit-overblik_bg.wasm", wasm);
const glue = await rename("mit-overblik.js", await minified(glueSource));
// Structure kept as written (no merging of rules): only comments and white space go.
const stylesheet = minifyCss(await readFile(join(dir, "mit-overblik.css"), "utf8"), { restructure: false }).css;
const css = await rename("mit-overblik.css", stylesheet);

const loader = await readFile(join(dir, "embed.js"), "utf8");
const files = /^const FILES = \{[^}]*\};$/m;
if (!files.test(loader)) throw new Error("embed.js has no `const FILES = { … };` line to fill in");
const filled = loader.replace(files, `const FILES = ${JSON.stringify({ glue: `./${glue}`, wasm, css })};`);
await writeFile(join(dir, "embed.js"), await minified(filled));

console.log(`release layout: embed.js → ${glue}, ${wasm}, ${css}`);
