// The preview (and the plain widget page) read the test citizen, language and view from the
// address (?subject=grundejer&lang=en&view=verification), so every state can be linked to.
const params = new URLSearchParams(location.search);
const element = document.querySelector("[data-mit-overblik-preview], [data-mit-overblik]");
for (const name of ["subject", "lang", "view", "heading-level", "login-url", "timeout-ms", "watch"]) {
  const value = params.get(name);
  if (value !== null) element.setAttribute(`data-${name}`, value);
}
if (params.get("lang") === "en") document.documentElement.lang = "en";
