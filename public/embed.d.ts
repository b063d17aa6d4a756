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

/** Where in the widget an event happened. */
export type WidgetSection = "cases" | "benefits" | "claims" | "summary" | "notice";

/** `mit-overblik:shown`: an overview is shown, once per load, once the whole of it is painted
 * (again after a retry, a refresh or a change of view). Counts only. */
export interface ShownDetail {
  /** Which load of this widget: 1 for the page's own, more after a retry or refresh. */
  load: number;
  cases: number;
  benefits: number;
  claims: number;
  /** Authorities that could not be read now. */
  unavailable: number;
  /** The citizen's items left out as unreadable. */
  leftOut: number;
  /** Texts in which a CPR-like number was masked. */
  masked: number;
  lang: "da" | "en";
  view: "citizen" | "verification";
  /** Milliseconds from the page's navigation to this load's first card, as the widget measured
   * it; `null` when there is no card. */
  firstCardMs: number | null;
  /** The failure shown before this load, when this load is a retry that succeeded. */
  recovered: FailureDetail["failure"] | null;
}

/** `mit-overblik:link`: the citizen followed one of the widget's links. */
export interface LinkDetail {
  kind: "self-service" | "access-to-records" | "pay" | "phone" | "email" | "website" | "digital-post" | "log-in" | "fallback";
  /** `null` for the loader's fallback link. */
  section: WidgetSection | null;
  /** The item's authority id from the API's response, when it is plainly an id. */
  authority: string | null;
  /** The item's KLE emne (`NN.NN.NN`), when it has one. */
  kle: string | null;
}

/** `mit-overblik:opened`: the citizen opened a disclosure, or asked for more cards. */
export interface OpenedDetail {
  part: "documents" | "payments" | "contact" | "more";
  section: WidgetSection;
}

/** `mit-overblik:failure`: a load brought no overview, and the widget says so (or, with
 * `cannot-run`, the widget could not run at all and the element shows its fallback link). */
export interface FailureDetail {
  failure: "offline" | "network" | "timeout" | "session-expired" | "forbidden" | "not-found" | "busy" | "server" | "unreadable" | "cannot-run";
  /** `automatic`: the widget tries again by itself; `offered`: "Prøv igen" is offered. */
  retry: "automatic" | "offered" | "none";
  /** Whether an earlier overview is still shown. */
  kept: boolean;
  /** Which load of this widget failed (0: the widget could not start). */
  load: number;
}

/** The events a widget's element sends: bubbling, composed `CustomEvent`s with a frozen
 * `detail` that holds no personal data (words, counts, times, authority ids, KLE numbers). */
export interface MitOverblikEventMap {
  "mit-overblik:shown": CustomEvent<ShownDetail>;
  "mit-overblik:link": CustomEvent<LinkDetail>;
  "mit-overblik:opened": CustomEvent<OpenedDetail>;
  "mit-overblik:failure": CustomEvent<FailureDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    "mit-overblik": MitOverblikElement;
  }
  // On the element, and heard on the document too (they bubble).
  interface HTMLElementEventMap extends MitOverblikEventMap {}
  interface DocumentEventMap extends MitOverblikEventMap {}
}
