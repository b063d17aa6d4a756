// A host page's use of the embed, as its TypeScript would read: checked by
// tests/release/types.test.mjs with `tsc --noEmit` against public/embed.d.ts.
import { mountWidget, unmountWidget, type MitOverblikAttributes, type MitOverblikElement, type WidgetOptions } from "mit-overblik";

const options: WidgetOptions = {
  apiBase: "https://api.example.dk/mit-overblik",
  lang: "en",
  headingLevel: 3,
  view: "verification",
  loginUrl: "https://www.borger.dk/log-ind",
  timeoutMs: 20000,
  fallbackUrl: "https://www.borger.dk/mit-overblik",
};

const host = document.querySelector<HTMLElement>("#overblik");
if (host) {
  mountWidget(host, options).catch(() => unmountWidget(host));
}

// The element, as createElement types it, and its attributes' names.
const element: MitOverblikElement = document.createElement("mit-overblik");
const attribute: keyof MitOverblikAttributes = "api-base";
element.setAttribute("api-base", "/api");
element.setAttribute("heading-level", "3");
const view: string | null = element.getAttribute("view");
document.body.append(element);
export { attribute, view };

// The events: `e.detail` is typed by the event's name, on the element and on the document.
let shown = 0;
const linksByKind = new Map<string, number>();
element.addEventListener("mit-overblik:shown", (e) => {
  shown += 1;
  const firstCard: number | null = e.detail.firstCardMs;
  console.log(e.detail.cases, e.detail.view, firstCard);
});
document.addEventListener("mit-overblik:link", (e) => linksByKind.set(e.detail.kind, (linksByKind.get(e.detail.kind) ?? 0) + 1));
document.addEventListener("mit-overblik:opened", (e) => console.log(e.detail.part, e.detail.section));
element.addEventListener("mit-overblik:failure", (e) => {
  const retried: boolean = e.detail.retry === "automatic";
  console.log(e.detail.failure, retried);
});
export { shown, linksByKind };
