// The scanning command's throughput and memory on a large NDJSON file: generated from the
// test citizens (typical responses, and one in a thousand the large citizen), with ids made
// unique, scanned with a watch list and written to CSV and HTML as a supplier's pipeline
// would. Prints MB of JSON per CPU second (user + system: per core) and per second of wall
// time, the peak resident memory, and beside them two baselines of the same run: Node's
// JSON.parse of every line on one core (the floor of any JSON work, and a yardstick that moves
// with the machine's speed as the scan does), and reading the file through (`cat`), so that
// the disk is seen not to be the limit.
//
//   node tests/bench/scan.mjs          (scripts/bench runs it; needs the scan profile's build:
//                                       cargo build --profile scan -p mit-overblik-scan)
//   SCAN_MB=… SCAN_RUNS=…              the file's size (default 1024 MB) and the runs (3)
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir, cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median, spread, x2 } from "./figures.mjs";

const command = fileURLToPath(new URL("../../target/scan/mit-overblik-scan", import.meta.url));
const fixtures = fileURLToPath(new URL("../../public/fixtures/", import.meta.url));
const WATCH = "# a municipality's list\nmisbrug*\nbedrageri*\npolitianmeldelse\nsort arbejde\nanbringelse uden samtykke\nunderretning*\ntvangsfjernelse\nmistanke om\nkontrolgruppe*\nvisitationsmøde\n";


/** Writes about `megabytes` MB of NDJSON to `path`; returns its size in bytes. */
function generate(path, megabytes) {
  const read = (id) => JSON.stringify(JSON.parse(readFileSync(join(fixtures, `${id}.json`), "utf8")));
  const typical = readdirSync(fixtures)
    .filter((f) => f.endsWith(".json") && f !== "index.json" && f !== "stor.json")
    .map((f) => read(f.slice(0, -5)));
  const large = read("stor");
  const fd = openSync(path, "w");
  let bytes = 0;
  for (let n = 0; bytes < megabytes * 1e6; n++) {
    const template = n % 1000 === 999 ? large : typical[n % typical.length];
    // Every response its own ids, as a supplier's would have.
    const line = template.replaceAll('"id":"', `"id":"r${n}-`) + "\n";
    bytes += writeSync(fd, line);
  }
  closeSync(fd);
  return bytes;
}

/** Runs `args` under GNU time: wall and CPU seconds, peak resident memory in MB. */
function timed(args) {
  const run = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", ...args], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  if (run.status !== 0) throw new Error(`${args[0]} failed: ${run.stderr}`);
  const [wall, user, system, kb] = run.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { wall, cpu: user + system, rss: kb / 1024 };
}

/** Node reading the file a line at a time and parsing each with JSON.parse. */
const PARSE_EVERY_LINE = `
const { createReadStream } = require("node:fs");
const { createInterface } = require("node:readline");
let n = 0;
createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Infinity })
  .on("line", (line) => { if (line) n += JSON.parse(line) ? 1 : 0; })
  .on("close", () => console.log(n));`;

/** The section of the benchmark page, as lines. */
export function scanBenchmark({ megabytes = Number(process.env.SCAN_MB ?? 1024), runs = Number(process.env.SCAN_RUNS ?? 3) } = {}) {
  if (!existsSync(command)) throw new Error(`${command} is missing: cargo build --profile scan -p mit-overblik-scan`);
  const dir = mkdtempSync(join(tmpdir(), "mo-scan-bench-"));
  try {
    const input = join(dir, "responses.ndjson");
    const bytes = generate(input, megabytes);
    writeFileSync(join(dir, "watch.txt"), WATCH);
    const mb = bytes / 1e6;
    const scans = [];
    const unwatched = [];
    const reads = [];
    const parses = [];
    const reports = ["--csv", join(dir, "findings.csv"), "--html", join(dir, "report.html")];
    for (let i = 0; i < runs; i++) {
      reads.push(timed(["cat", input]));
      parses.push(timed([process.execPath, "-e", PARSE_EVERY_LINE, input]));
      scans.push(timed([command, "--watch", join(dir, "watch.txt"), ...reports, input]));
      unwatched.push(timed([command, ...reports, input]));
    }
    const perCore = scans.map((s) => mb / s.cpu);
    const wall = scans.map((s) => mb / s.wall);
    const rss = scans.map((s) => s.rss);
    const cores = scans.map((s) => s.cpu / s.wall);
    const summary = execFileSync(command, ["--watch", join(dir, "watch.txt"), input], { encoding: "utf8" });
    const count = (label) => summary.match(new RegExp(`^${label}: (\\d+)$`, "m"))?.[1];
    const f1 = (x) => x.toFixed(1);
    const lines = [
      `## The scanning command (\`mit-overblik-scan\`, ${runs} runs, median and range)`,
      "",
      `${f1(mb)} MB of NDJSON: ${count("Svar")} responses, ${count("Elementer")} items (the test citizens with their ids made unique; one response in a thousand the large citizen (860 items)), a 10-line watch list, CSV and HTML written. ${cpus().length} cores.`,
      "",
      "| measure | value | target |",
      "|---|---:|---|",
      `| MB of JSON per CPU second (per core) | ${spread(perCore, f1)} | ≥ 50: ${median(perCore) >= 50 ? "met" : "**not met**"} |`,
      `| MB per second, all cores (${spread(cores, f1)} cores busy) | ${spread(wall, f1)} | |`,
      `| the same without a watch list: MB per CPU second | ${spread(unwatched.map((s) => mb / s.cpu), f1)} | |`,
      `| peak resident memory | ${spread(rss, (x) => `${f1(x)} MB`)} | ≤ 200 MB: ${median(rss) <= 200 ? "met" : "**not met**"} |`,
      `| baseline: Node's JSON.parse of every line, MB per CPU second | ${spread(parses.map((p) => mb / p.cpu), f1)} | |`,
      `| the scan ÷ JSON.parse, run by run (MB per CPU second) | ${spread(perCore.map((x, i) => x / (mb / parses[i].cpu)), x2)} | |`,
      `| baseline: \`cat\` reads the file | ${spread(reads.map((r) => mb / r.wall), f1)} MB/s | |`,
      "",
    ];
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of scanBenchmark()) console.log(line);
}
