// For the benchmark (tests/bench/bench.mjs in Chromium as an init script, engines.mjs in every
// engine as the page's first script): notes when the first card is in the page (a card is an
// <article>, in the page or in the widget's shadow root), timed at the frame that paints it,
// and when the page is done.
(() => {
  const cards = () => [document, document.querySelector("[data-mit-overblik]")?.shadowRoot].flatMap((root) => [...(root?.querySelectorAll("article") ?? [])]);
  const poll = () => {
    const n = cards().length;
    if (n > 0 && window.benchFirstCard === undefined) window.benchFirstCard = performance.now();
    if (n > 0 && document.readyState === "complete") window.benchCards = n;
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();
