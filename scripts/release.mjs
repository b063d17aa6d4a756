// The release layout, run by Trunk after each build (Trunk.toml's post_build hook) on its
// staging folder: the widget's glue, WebAssembly and stylesheet get content-hashed names, so
// a CDN may cache them for a year and never ask again; embed.js keeps its one stable name
// and is filled in with theirs, so a host's page never changes. The JavaScript is minified
// (Trunk's own minifier cannot parse wasm-bindgen's glue), and so is the stylesheet.
//
//   node scripts/release.mjs DIR   (Trunk passes DIR as TRUNK_STAGING_DIR)
import { createHash } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
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

const wasm = await rename("mit-overblik_bg.wasm", await readFile(join(dir, "mit-overblik_bg.wasm")));
const glueSource = (await readFile(join(dir, "mit-overblik.js"), "utf8")).replaceAll("mit-overblik_bg.wasm", wasm);
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
