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
