// A single-page host: mountWidget with the options from the address (camelCase).
import { mountWidget } from "/embed.js";

const params = new URLSearchParams(location.search);
const options = { apiBase: "/api", headingLevel: 2 };
for (const [name, option] of [["subject", "subject"], ["lang", "lang"], ["view", "view"], ["timeout-ms", "timeoutMs"], ["login-url", "loginUrl"]]) {
  if (params.has(name)) options[option] = params.get(name);
}
if (options.lang === "en") document.documentElement.lang = "en";
mountWidget(document.querySelector("#overblik"), options);
