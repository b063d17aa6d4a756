// The cross-engine tests' hold on the page, loaded before embed.js (a classic script, so it
// runs first): the fixtures' day, and faults of the overview request a test switches on and
// off. Firefox and WebKit are driven over WebDriver, which has no page clock or request
// routing of its own that both engines share.
(() => {
  // The fixtures' moment (`?now=…`, from tests/fixtures/day.json); time then flows, so the
  // widget's timers and countdowns run as they would.
  const params = new URLSearchParams(location.search);
  const start = Date.now();
  const offset = Date.parse(params.get("now")) - start;
  if (Number.isNaN(offset)) throw new Error("support.js: the page needs ?now=<the fixtures' moment>");
  const RealDate = Date;
  class FixturesDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = FixturesDate;

  // `?fault=offline|500|502|503|504|slow-body` starts with that fault; `window.moFault` is
  // what the test changes later (null: none).
  window.moFault = params.get("fault");
  Object.defineProperty(Navigator.prototype, "onLine", { configurable: true, get: () => window.moFault !== "offline" });
  const realFetch = window.fetch;
  window.fetch = function (input, init) {
    const url = String(input instanceof Request ? input.url : input);
    const fault = window.moFault;
    if (!url.includes("/v1/overview") || !fault) return realFetch.call(this, input, init);
    if (fault === "offline") return Promise.reject(new TypeError("offline"));
    if (/^\d{3}$/.test(fault)) return Promise.resolve(new Response("{}", { status: Number(fault), headers: { "content-type": "application/json" } }));
    return realFetch.call(this, `${url}&fault=${encodeURIComponent(fault)}`, init);
  };

  // Every event the widget tells its host page, as a host's own listener on the document
  // hears it (tests/engines/events.test.mjs); while `window.moKeepPage` is set, a link the
  // test follows does not leave the page.
  window.moEvents = [];
  for (const name of ["shown", "link", "opened", "failure"]) {
    document.addEventListener(`mit-overblik:${name}`, (event) => {
      const { type, detail, bubbles, composed, target } = event;
      window.moEvents.push({ type, detail, bubbles, composed, frozen: Object.isFrozen(detail), onHost: target.matches("[data-mit-overblik], #overblik, mit-overblik"), at: performance.now() });
    });
  }
  document.addEventListener("click", (event) => {
    if (window.moKeepPage && event.composedPath().some((node) => node.tagName === "A")) event.preventDefault();
  });
})();
