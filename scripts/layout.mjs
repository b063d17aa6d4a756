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
// marker export of Leptos's wasm-split support. Then the WebAssembly's imports from the glue
// get short names (`withShortImports`).
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

/** An unsigned LEB128 at `at` in `bytes`: `[value, position after it]`. */
function leb(bytes, at) {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
  }
}

function lebBytes(value) {
  const out = [];
  do {
    const low = value % 128;
    value = Math.floor(value / 128);
    out.push(value ? low | 0x80 : low);
  } while (value);
  return Buffer.from(out);
}

const wasmName = (text) => Buffer.concat([lebBytes(Buffer.byteLength(text)), Buffer.from(text)]);

/** The n-th short JavaScript identifier: a … Z, aa, ab, … */
function shortName(n) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let name = "";
  for (n += 1; n > 0; n = Math.floor((n - 1) / letters.length)) name = letters[(n - 1) % letters.length] + name;
  return name;
}

/**
 * The module with its imports from the glue renamed `a`, `b`, …, and the glue's module `a`:
 * wasm-bindgen names each import after its function and a hash of it
 * (`__wbg_createElement_de4a31ed2fb252be`), once in the WebAssembly and once in the glue,
 * and the hashes do not compress (2.8 KB of the bundle, brotli). Returns the module and the
 * names it gave: `{ bytes, renamed: Map(old name → new) }`.
 */
function withShortImports(module, glueModule) {
  const bytes = Buffer.from(module);
  const renamed = new Map();
  const out = [bytes.subarray(0, 8)];
  for (let at = 8; at < bytes.length; ) {
    const id = bytes[at];
    const [size, body] = leb(bytes, at + 1);
    const end = body + size;
    if (id !== 2) {
      out.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    let [count, p] = leb(bytes, body);
    const entries = [lebBytes(count)];
    for (let i = 0; i < count; i++) {
      const names = [];
      for (let part = 0; part < 2; part++) {
        const [length, from] = leb(bytes, p);
        names.push(bytes.subarray(from, from + length).toString());
        p = from + length;
      }
      // The import's kind and type, copied as they are.
      const described = p;
      const kind = bytes[p++];
      const limits = () => {
        const flags = bytes[p++];
        p = leb(bytes, p)[1];
        if (flags & 1) p = leb(bytes, p)[1];
      };
      if (kind === 0) p = leb(bytes, p)[1];
      else if (kind === 1) (p++, limits());
      else if (kind === 2) limits();
      else if (kind === 3) p += 2;
      else throw new Error(`layout.mjs: an import of kind ${kind}; teach withShortImports its shape`);
      let [module, name] = names;
      if (module === glueModule) {
        module = "a";
        name = shortName(renamed.size);
        renamed.set(names[1], name);
      }
      entries.push(wasmName(module), wasmName(name), bytes.subarray(described, p));
    }
    const section = Buffer.concat(entries);
    out.push(Buffer.from([id]), lebBytes(section.length), section);
    at = end;
  }
  return { bytes: Buffer.concat(out), renamed };
}

/** The glue with the imports it gives under the names `withShortImports` gave them. */
function glueWithShortImports(glue, glueModule, renamed) {
  let out = glue;
  for (const [name, short] of renamed) {
    // Each import is a key of the glue's import object: `__wbg_…: function(…) {`.
    const key = new RegExp(`(^\\s*)${name}(: function\\b)`, "m");
    if (!key.test(out)) throw new Error(`layout.mjs: the glue gives no import ${name}`);
    out = out.replace(key, `$1${short}$2`);
    if (new RegExp(`\\b${name}\\b`).test(out)) throw new Error(`layout.mjs: the glue names ${name} twice`);
  }
  const module = `"${glueModule}":`;
  if (out.split(module).length !== 2) throw new Error(`layout.mjs: the glue names its module ${module} not once`);
  return out.replace(module, "a:");
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

const GLUE_MODULE = "./mit-overblik_bg.js";
const { bytes: wasmBytes, renamed } = withShortImports(
  withoutUncalled(await readFile(join(dir, "mit-overblik_bg.wasm"))),
  GLUE_MODULE,
);
const wasm = await rename("mit-overblik_bg.wasm", wasmBytes);
const glue = glueWithShortImports(
  glueWithoutUncalled(await readFile(join(dir, "mit-overblik.js"), "utf8")),
  GLUE_MODULE,
  renamed,
);
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
