// The pinned embed for the suite: the element takes ?subject=…&lang=…&view=… as attributes,
// then embed.js is loaded with integrity="sha384-…" (the hash of the file the server has) and
// crossorigin, so that the engine checks it, and embed.js checks the wasm and stylesheet.
const params = new URLSearchParams(location.search);
const element = document.querySelector("mit-overblik");
for (const name of ["subject", "lang", "view"]) {
  const value = params.get(name);
  if (value !== null) element.setAttribute(name, value);
}
const bytes = await (await fetch("/embed.js")).arrayBuffer();
const digest = new Uint8Array(await crypto.subtle.digest("SHA-384", bytes));
const script = document.createElement("script");
script.type = "module";
script.integrity = `sha384-${btoa(String.fromCharCode(...digest))}`;
script.crossOrigin = "anonymous";
script.src = "/embed.js";
document.head.append(script);
