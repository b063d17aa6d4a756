// A small local server for the widget: serves the built widget (dist/) and answers the
// overview API from the test citizens in public/fixtures, as the end-to-end test
// environment does (`?subject=<id>`). Loopback only. `&fault=reset|truncated|slow-body`
// simulates a broken connection for the fault tests.
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { brotliCompressSync, constants } from "node:zlib";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(import.meta.url), "..", "..");
const dist = join(root, "dist");
const fixtures = join(root, "public", "fixtures");
const DEFAULT_SUBJECT = "kontanthjaelp";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

// Compressed as a production server would serve it, so that measured transfer sizes are real.
const compressed = new Map();
function reply(req, res, status, headers, body, cacheKey) {
  const bytes = Buffer.from(body);
  if (!/\bbr\b/.test(req.headers["accept-encoding"] ?? "") || bytes.length < 1024) {
    res.writeHead(status, headers).end(bytes);
    return;
  }
  let br = cacheKey && compressed.get(cacheKey);
  if (!br) {
    br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: cacheKey ? 11 : 5 } });
    if (cacheKey) compressed.set(cacheKey, br);
  }
  res.writeHead(status, { ...headers, "content-encoding": "br", vary: "accept-encoding" }).end(br);
}

async function overview(req, url, res) {
  const subject = url.searchParams.get("subject") || DEFAULT_SUBJECT;
  if (!/^[a-z0-9-]+$/.test(subject) || subject === "index") {
    res.writeHead(404, { "content-type": "application/json" }).end("{}");
    return;
  }
  try {
    const body = JSON.parse(await readFile(join(fixtures, `${subject}.json`), "utf8"));
    body.view = url.searchParams.get("view") === "verification" ? "verification" : "citizen";
    const text = JSON.stringify(body);
    const fault = url.searchParams.get("fault");
    if (fault === "reset") {
      res.socket.destroy();
      return;
    }
    if (fault === "truncated" || fault === "slow-body") {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
    }
    if (fault === "truncated") {
      res.end(text.slice(0, text.length >> 1));
    } else if (fault === "slow-body") {
      // Half the body now, the rest never: a stalled connection, ended after a minute.
      res.write(text.slice(0, text.length >> 1));
      setTimeout(() => res.destroy(), 60_000).unref();
    } else {
      reply(req, res, 200, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" }, text);
    }
  } catch {
    res.writeHead(404, { "content-type": "application/json" }).end("{}");
  }
}

// What a CDN should send with each file of the release layout (docs/embedding.md, "Files and
// caching"): the content-hashed files never change under their name; embed.js and the pages
// keep their names, so the browser asks each visit whether they changed (a 304 when not).
export function cacheControl(path) {
  if (/-[0-9a-f]{12}\.(js|wasm|css)$/.test(path)) return "public, max-age=31536000, immutable";
  return "no-cache";
}

// The strictest policy a host may have: the example host page is served under it.
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'";

async function file(req, url, res, root = dist) {
  let path;
  try {
    path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
  } catch {
    res.writeHead(400, { "content-type": "text/plain" }).end("bad path");
    return;
  }
  if (path.endsWith("/")) path += "index.html";
  const full = join(root, path);
  if (!full.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(full);
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
    const headers = { "content-type": types[extname(full)] ?? "application/octet-stream", "cache-control": cacheControl(path), etag };
    if (path.includes("host-example")) headers["content-security-policy"] = STRICT_CSP;
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    reply(req, res, 200, headers, body, `${full}:${etag}`);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}

/**
 * Starts the server; resolves to its address. `folders` serves more folders under a prefix
 * (`{ "/bench/": "/path/to/tests/bench" }`), beside the built widget at `/`.
 */
export function serve(port = 8080, host = "127.0.0.1", folders = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, `http://${host}`);
    if (url.pathname === "/api/v1/overview") return overview(req, url, res);
    for (const [prefix, folder] of Object.entries(folders)) {
      if (url.pathname.startsWith(prefix)) {
        url.pathname = url.pathname.slice(prefix.length - 1);
        return file(req, url, res, resolve(folder));
      }
    }
    return file(req, url, res);
  });
  return new Promise((ok) => server.listen(port, host, () => ok({ server, url: `http://${host}:${server.address().port}/` })));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  serve(port).then(({ url }) => console.log(`Mit Overblik is served at ${url}`));
}
