// What a host page's own statistics would see of the widgets on it: a few lines of the host's
// script, listening on the document for the events every widget tells its page
// (docs/embedding.md, "Events"), shown in a panel of the example host page. Counts only:
// the events hold no personal data to show.
const counted = new Map();
const list = document.querySelector("#statistik-liste");
const start = document.querySelector("#statistik-start");

function count(what) {
  counted.set(what, (counted.get(what) ?? 0) + 1);
  list.replaceChildren(
    ...[...counted].map(([label, n]) => {
      const item = document.createElement("li");
      item.textContent = `${label}: ${n}`;
      return item;
    }),
  );
}

document.addEventListener("mit-overblik:shown", ({ detail }) => {
  count(`Overblik vist (${detail.lang}, ${detail.view})`);
  if (detail.firstCardMs !== null) start.textContent = `${detail.firstCardMs} ms`;
});
document.addEventListener("mit-overblik:link", ({ detail }) => count(`Link fulgt: ${detail.kind}`));
document.addEventListener("mit-overblik:opened", ({ detail }) => count(`Åbnet: ${detail.part} (${detail.section})`));
document.addEventListener("mit-overblik:failure", ({ detail }) => count(`Fejl: ${detail.failure}`));
