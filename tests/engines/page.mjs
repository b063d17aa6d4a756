// Functions the cross-engine tests run inside the page. Each is sent to the engine as source
// text, so it uses nothing from this module, only its one argument and the page.

/** The widget's host on the suite's pages (the plain embed's element or mountWidget's). */
const HOST = "[data-mit-overblik], #overblik";

/** Whether the widget shows the overview or a failure (its status line says which). */
export function ready(host) {
  const root = document.querySelector(host)?.shadowRoot;
  const status = root?.querySelector('[role="status"]');
  return Boolean(root?.querySelector('[role="region"]') && status && status.textContent.trim() !== "" && !/Henter|Fetching/.test(status.textContent));
}

/** Shows every page of every section and opens every disclosure (`pages: false`: only the
 * disclosures of what is shown) in every widget matching `host`: clicked in the page, a round
 * of clicks per frame, as many rounds as the lists grow. Resolves to the number of clicks. */
export async function showEverything({ host, pages }) {
  const closed = () =>
    [...document.querySelectorAll(host)]
      .flatMap((h) => [...(h.shadowRoot?.querySelectorAll("button") ?? [])])
      .filter((b) => b.getAttribute("aria-expanded") === "false" || (pages && /^(Vis flere|Show more)$/.test(b.textContent.trim())));
  let clicks = 0;
  for (let buttons = closed(); buttons.length > 0; buttons = closed()) {
    buttons.forEach((b) => b.click());
    clicks += buttons.length;
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)));
  }
  return clicks;
}

/** What a person sees of the widget, a line per rendered text node in document order, with
 * each link's address and each choice's chosen value; the same walk in every engine, so that
 * engines' differing `innerText` spacing is not a difference. */
export function shownLines(host) {
  const lines = [];
  const rendered = (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden";
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.textContent.replace(/\s+/g, " ").trim();
        if (text !== "" && rendered(child.parentElement)) lines.push(text);
      } else if (child.nodeType === Node.ELEMENT_NODE && !["STYLE", "LINK", "SCRIPT", "TEMPLATE"].includes(child.tagName)) {
        if (getComputedStyle(child).display === "none") continue;
        if (child.tagName === "SELECT") {
          lines.push(`[${child.selectedOptions[0]?.textContent.trim() ?? ""}]`);
          continue;
        }
        walk(child);
        if (child.tagName === "A" && rendered(child)) lines.push(`→ ${child.getAttribute("href")}`);
      }
    }
  };
  walk(document.querySelector(host).shadowRoot);
  return lines;
}

/** Focuses the widget's first element matching `selector` whose text matches `text`. */
export function focus({ host, selector, text }) {
  const root = document.querySelector(host).shadowRoot;
  const target = [...root.querySelectorAll(selector)].find((e) => new RegExp(text).test(e.textContent.trim()));
  target?.focus();
  return Boolean(target) && root.activeElement === target;
}

/** What has focus inside the widget: tag, card key, expanded state, a select's value. */
export function focused(host) {
  const active = document.querySelector(host).shadowRoot.activeElement;
  return active && { tag: active.tagName, key: active.dataset.key ?? null, expanded: active.getAttribute("aria-expanded"), value: active.value ?? null, text: active.textContent.trim().slice(0, 80) };
}

/** The keys of the cards in the widget's lists, in page order. */
export function cardKeys(host) {
  return [...document.querySelector(host).shadowRoot.querySelectorAll("li[data-key]")].map((li) => li.dataset.key);
}

/** The widget's live region's words. */
export function said(host) {
  return document.querySelector(host).shadowRoot.querySelector('[role="status"]').textContent.trim();
}

/** The region's text, whitespace collapsed. */
export function text(host) {
  return document.querySelector(host).shadowRoot.querySelector('[role="region"]').textContent.replace(/\s+/g, " ");
}

/** Loads axe-core's source into the page. */
export function loadAxe(source) {
  (0, eval)(source);
  return typeof window.axe === "object";
}

/** axe-core over the page with the given tags: each violation and each undecided colour
 * contrast as "rule: targets". */
export async function axeFindings(tags) {
  const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
  const nodes = (rule) => `${rule.id}: ${rule.nodes.map((n) => n.target.join(" ")).join(", ")}`;
  return [...result.violations.map(nodes), ...result.incomplete.filter((r) => r.id === "color-contrast").map((r) => `incomplete ${nodes(r)}`)];
}

/** Computed styles inside the widget on `host` and outside it (the host page's `hostLink`
 * and `hostText`), to check isolation both ways. */
export function styles({ host, hostLink, hostText }) {
  const root = document.querySelector(host).shadowRoot;
  const s = (el) => getComputedStyle(el);
  const title = root.querySelector("h2");
  const card = root.querySelector("article");
  return {
    cardWidth: Math.round(card.getBoundingClientRect().width),
    titleColor: s(title).color,
    titleFont: s(title).fontFamily,
    titleSize: s(title).fontSize,
    cardBorder: s(card).borderTopColor,
    cardPadding: s(card).paddingTop,
    badgeBackground: s(card.querySelector("span[class]")).backgroundColor,
    regionFont: s(root.querySelector('[role="region"]')).fontFamily,
    // Inherited: what the host page sets on the widget's element or above it.
    inherited: [s(card).letterSpacing, s(card).lineHeight, s(card).wordSpacing, s(title).textTransform, s(card).textShadow, s(card).wordBreak, s(card).cursor, s(card).hyphens].join(" "),
    widgetLinkColor: s(root.querySelector("article a[href^='https']")).color,
    hostLinkColor: s(document.querySelector(hostLink)).color,
    hostTextColor: s(document.querySelector(hostText)).color,
    hostFont: s(document.body).fontFamily,
  };
}

/** Adds a stylesheet to the host page; resolves once it applies. */
export function addStylesheet(href) {
  return new Promise((ok, fail) => {
    const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href });
    link.onload = () => ok(true);
    link.onerror = fail;
    document.head.append(link);
  });
}

export { HOST };
