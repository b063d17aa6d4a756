// The benchmark's baseline: what the least a page can do to show a citizen the same three
// lists takes. It fetches the same overview from the same API and renders the first page of
// cards of each section (10, as the widget does) as plain DOM, with no framework and no
// build step. The widget's figures are printed as multiples of this page's.
// Given `?wasm=<path>`, it also downloads and compiles that WebAssembly, from the start as
// embed.js does, and renders only once it is compiled: the least a page that renders from
// WebAssembly can do (the floor of the engines table), whatever the wasm then does.
const PAGE = 10;
const root = document.querySelector("#overview");
const params = new URLSearchParams(location.search);
const subject = params.get("subject") ?? "kontanthjaelp";
const kroner = new Intl.NumberFormat("da-DK", { style: "currency", currency: "DKK" });
const date = new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "long", year: "numeric" });

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function card(title, status, facts) {
  const article = element("article");
  article.append(element("h3", title), element("span", status, "status"));
  const list = element("dl");
  for (const [term, value] of facts) list.append(element("dt", term), element("dd", value));
  article.append(list);
  const item = element("li");
  item.append(article);
  return item;
}

function section(title, items, render) {
  const part = element("section");
  part.append(element("h2", `${title} (${items.length})`));
  const list = element("ul");
  list.append(...items.slice(0, PAGE).map(render));
  part.append(list);
  return part;
}

const lastStep = (c) => [...(c.progress ?? [])].sort((a, b) => a.at.localeCompare(b.at)).at(-1)?.code ?? "Ukendt";
const newest = (b) => [...(b.payments ?? [])].sort((x, y) => y.date.localeCompare(x.date))[0];

const wasm = params.get("wasm");
const compiled = wasm && WebAssembly.compileStreaming(fetch(wasm));
const response = await fetch(`${root.dataset.apiBase}/v1/overview?view=citizen&subject=${encodeURIComponent(subject)}`, { credentials: "include" });
const overview = await response.json();
await compiled;
const authorities = new Map(overview.authorities.map((a) => [a.id, a.name]));
const claimTypes = new Map(overview.claimTypes.map((t) => [`${t.authorityId}/${t.id}`, t.name]));
const cases = [...overview.cases].sort((a, b) => b.created.localeCompare(a.created));
const heading = element("h1", "Mit Overblik");
root.append(
  heading,
  section("Sager", cases, (c) =>
    card(c.caseTitle ?? `Sag ${c.caseNumber}`, lastStep(c), [["Myndighed", authorities.get(c.authorityId) ?? "Ukendt"], ["Oprettet", date.format(new Date(c.created))]]),
  ),
  section("Ydelser", overview.benefits, (b) => {
    const payment = newest(b);
    return card(b.name, b.status, payment ? [["Seneste udbetaling", date.format(new Date(payment.date))], ["Beløb", kroner.format(payment.paidOre / 100)]] : []);
  }),
  section("Betalinger", overview.claims, (c) =>
    card(claimTypes.get(`${c.authorityId}/${c.claimTypeId}`) ?? "Betaling", c.outstandingOre > 0 ? "Ikke betalt" : "Betalt", [["Beløb", kroner.format(c.amountOre / 100)], ["Forfalder", c.dueDate ? date.format(new Date(c.dueDate)) : "–"]]),
  ),
);
