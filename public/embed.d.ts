// Types of Mit Overblik's embed (embed.js): the functions a host page may call, their
// options, and the <mit-overblik> element's attributes. Shipped in each release beside
// embed.js; tests/release/types.test.mjs checks them with `tsc --noEmit`.

/** The widget's options. Each is also a data-* attribute of the `div` embed (`data-api-base`)
 * and an attribute of `<mit-overblik>` (`api-base`); an option given here wins over both. */
export interface WidgetOptions {
  /** Where the API lives: an `https:` URL or a path on the host's site. Default `/api`. */
  apiBase?: string;
  /** `en` (or any `en-…` tag) for English; anything else is Danish, the default. */
  lang?: string;
  /** The level of the widget's heading, 1–6 (its sections' are one below). Default 2. */
  headingLevel?: number | string;
  /** `verification` for the verification view; anything else is the citizen view. */
  view?: "citizen" | "verification" | (string & {});
  /** Where a citizen whose session has expired logs in again (`https:` only). */
  loginUrl?: string;
  /** A test citizen: the end-to-end test environment only. */
  subject?: string;
  /** How long to wait for the API, in milliseconds, 1000–120000. Default 15000. */
  timeoutMs?: number | string;
  /** Where the message shown when the widget cannot run links to (`https:` only).
   * Default https://www.borger.dk/mit-overblik. */
  fallbackUrl?: string;
}

/** Mounts the widget on `element` (in its shadow root). Resolves once it runs there; rejects
 * (with the fallback message shown in the element) when it cannot. */
export function mountWidget(element: HTMLElement, options?: WidgetOptions): Promise<void>;

/** Mounts the test environment's preview on `element` (the preview build only). */
export function mountWidgetPreview(element: HTMLElement, options?: WidgetOptions): Promise<void>;

/** Removes the widget from `element`, with its request, listeners and timers. */
export function unmountWidget(element: HTMLElement): void;

/** The attributes of `<mit-overblik>`: the options under their attribute names. A change of
 * `lang`, `heading-level`, `login-url`, `timeout-ms` or `fallback-url` re-renders the widget in
 * place without a new request; a change of `view`, `api-base` or `subject` makes the one
 * request the new address needs. */
export interface MitOverblikAttributes {
  "api-base"?: string;
  lang?: string;
  "heading-level"?: string;
  view?: "citizen" | "verification";
  "login-url"?: string;
  subject?: string;
  "timeout-ms"?: string;
  "fallback-url"?: string;
}

/** `<mit-overblik>`, registered by embed.js; its attributes are {@link MitOverblikAttributes}
 * (a framework's typed templates can use that interface). */
export type MitOverblikElement = HTMLElement;

declare global {
  interface HTMLElementTagNameMap {
    "mit-overblik": MitOverblikElement;
  }
}
