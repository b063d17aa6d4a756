// scripts/release on the build in dist/ (scripts/test builds first): the versioned folder
// and tarball, one version everywhere, every file's hash what embed.js checks, no writing
// over a release, no path of the machine that built it, and the comparison --verify makes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const release = join(root, "scripts/release");
const version = readFileSync(join(root, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"$/m)[1];
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

test("one version: the crate's, the package's, the changelog's newest", () => {
  assert.match(version, /^\d+\.\d+\.\d+$/);
  assert.equal(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version, version);
  const changelog = readFileSync(join(root, "CHANGELOG.md"), "utf8");
  const released = [...changelog.matchAll(/^## \[(\d[^\]]*)\] - \d{4}-\d{2}-\d{2}$/gm)].map((m) => m[1]);
  assert.equal(released[0], version, "the changelog's newest release");
  assert.match(changelog, /^## \[Unreleased\]$/m);
});

test("scripts/release writes the versioned folder and the tarball npm pack makes", () => {
  const out = mkdtempSync(join(tmpdir(), "mo-release-"));
  const printed = execFileSync(release, ["--no-build", "--out", out], { encoding: "utf8" });
  const folder = join(out, `mit-overblik-${version}`);
  const files = (dir) => readdirSync(dir).sort();
  const hashed = (dir) => files(dir).filter((f) => /-[0-9a-f]{12}\.(wasm|css)$/.test(f));
  assert.equal(hashed(folder).length, 2, "the citizen build's wasm and css");
  assert.equal(hashed(join(folder, "preview")).length, 2, "the preview build's");
  for (const f of ["embed.js", "embed.d.ts", "package.json", "README.md", "CHANGELOG.md", "integrity.json"]) {
    assert.ok(files(folder).includes(f), `${f} in the release`);
  }

  const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
  assert.equal(manifest.name, "mit-overblik");
  assert.equal(manifest.version, version);
  assert.deepEqual(manifest.exports["."], { types: "./embed.d.ts", default: "./embed.js" });

  // Each file is what embed.js checks it against, and integrity.json says so too.
  const integrity = JSON.parse(readFileSync(join(folder, "integrity.json"), "utf8"));
  for (const dir of ["", "preview/"]) {
    const embed = readFileSync(join(folder, dir, "embed.js"), "utf8");
    for (const f of hashed(join(folder, dir))) {
      const hash = sri(readFileSync(join(folder, dir, f)));
      assert.ok(embed.includes(hash), `${dir}embed.js checks ${f}`);
      assert.equal(integrity[`${dir}${f}`], hash);
    }
  }
  const embedHash = sri(readFileSync(join(folder, "embed.js")));
  assert.equal(integrity["embed.js"], embedHash);
  assert.ok(printed.includes(`integrity="${embedHash}"`), "the host's snippet is printed");
  // The README's pinned snippet is this release's: a version's files never change, so a
  // change to what embed.js loads needs a new version and the snippet scripts/release prints.
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const versions = [...readme.matchAll(/mit-overblik\/(\d[^/]*)\/embed\.js/g)].map((m) => m[1]);
  assert.ok(versions.length >= 2 && versions.every((v) => v === version), `the README's versioned embed.js is ${version}: ${versions}`);
  const hashes = [...readme.matchAll(/integrity="(sha384-[A-Za-z0-9+/=]+)"/g)].map((m) => m[1]);
  const tools = ["rustc", "trunk"].map((tool) => execFileSync(tool, [tool === "rustc" ? "-V" : "--version"], { encoding: "utf8" }).trim());
  assert.deepEqual(
    hashes,
    [embedHash],
    `the README's pinned embed.js has this build's hash (scripts/release prints the snippet); built here with ${tools.join(", ")}: another toolchain than the release's build.json names gives other bytes (docs/releasing.md)`,
  );

  // The tarball: what npm pack made of the folder, every file of `files` in it.
  const tarball = join(out, `mit-overblik-${version}.tgz`);
  const listed = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n").map((l) => l.replace(/^package\//, ""));
  for (const f of [...manifest.files, "package.json", "README.md", "CHANGELOG.md"]) assert.ok(listed.includes(f), `${f} in the tarball`);

  // A release's files never change: a second run of the same version is refused.
  const again = spawnSync(release, ["--no-build", "--out", out], { encoding: "utf8" });
  assert.notEqual(again.status, 0);
  assert.match(again.stderr, /never change/);
});

/** Every file under `dir`, with its path. */
const everyFile = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile());

test("no file of either build or of the release holds a path of the machine that built it", () => {
  const out = mkdtempSync(join(tmpdir(), "mo-release-"));
  execFileSync(release, ["--no-build", "--out", out], { stdio: "ignore" });
  const cargoHome = resolve(process.env.CARGO_HOME ?? join(homedir(), ".cargo"));
  const targetDir = resolve(process.env.CARGO_TARGET_DIR ?? join(root, "target"));
  // The checkout, Cargo's home and target directory, the user's home (a user name in it).
  const paths = [...new Set([root.replace(/\/$/, ""), cargoHome, targetDir, `${homedir()}/`])];
  const files = [join(root, "dist"), join(out, `mit-overblik-${version}`)].flatMap(everyFile);
  assert.ok(files.some((f) => f.endsWith(".wasm")), "the builds' wasm files are read");
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const path of paths) assert.equal(bytes.indexOf(path), -1, `${file} holds ${path}`);
    // A registry's sources are named by the registry alone: its folder's name has a suffix
    // that differs between Cargo versions, and a new Cargo home has no folder until fetched.
    assert.equal(bytes.indexOf("/cargo/registry/"), -1, `${file} names a registry by its folder in Cargo's home`);
  }
});

test("--compare names each file and tells a release from one with a byte changed", () => {
  const out = mkdtempSync(join(tmpdir(), "mo-release-"));
  execFileSync(release, ["--no-build", "--out", out], { stdio: "ignore" });
  const folder = join(out, `mit-overblik-${version}`);
  const copy = join(out, "copy");
  cpSync(folder, copy, { recursive: true });
  const same = spawnSync(release, ["--compare", folder, copy], { encoding: "utf8" });
  assert.equal(same.status, 0, same.stdout + same.stderr);
  assert.match(same.stdout, /^same +embed\.js +sha384-/m);
  assert.match(same.stdout, /^same +preview\/embed\.js /m);
  assert.match(same.stdout, /alike: every one of \d+ files is the same/);

  const wasm = everyFile(copy).find((f) => f.endsWith(".wasm") && !f.includes("preview"));
  const bytes = readFileSync(wasm);
  bytes[bytes.length - 1] ^= 1;
  writeFileSync(wasm, bytes);
  const changed = spawnSync(release, ["--compare", folder, copy], { encoding: "utf8" });
  assert.notEqual(changed.status, 0);
  assert.match(changed.stdout, /^DIFFERS +mit-overblik_bg-[0-9a-f]{12}\.wasm /m);
  assert.match(changed.stdout, /NOT alike/);
});

test("build.json names the commit and the tools the lock files do not pin", () => {
  const out = mkdtempSync(join(tmpdir(), "mo-release-"));
  execFileSync(release, ["--no-build", "--out", out], { stdio: "ignore" });
  const build = JSON.parse(readFileSync(join(out, `mit-overblik-${version}`, "build.json"), "utf8"));
  assert.equal(build.version, version);
  assert.equal(build.commit, execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" }).trim());
  assert.match(build.toolchain.rustc, /^rustc \d+\.\d+\.\d+ /);
  assert.match(build.toolchain.trunk, /^trunk 0\.21\./);
  for (const tool of ["wasm-bindgen", "stylance", "wasm-opt"]) assert.notEqual(build.toolchain[tool], "missing", tool);
});
