// html-validate over the widget's markup (tests/browser/validate.test.mjs): its recommended
// rules, less what the widget does on purpose, each with its reason.
export default {
  root: true,
  extends: ["html-validate:recommended"],
  rules: {
    // Explicit roles keep a payment table a table when a narrow card shows it as blocks, and a
    // list styled without markers a list in WebKit.
    "no-redundant-role": "off",
    // The widget is one region, a div with role="region": hosts' scripts and the tests find it so.
    "prefer-native-element": ["error", { exclude: ["region"] }],
    // The timeline is a list named "Sagens forløb": a screen reader that says a list's name
    // helps, one that does not loses nothing.
    "aria-label-misuse": ["error", { allowAnyNamable: true }],
    // The markup is read back from the browser (innerHTML), which writes `hidden=""` so.
    "attribute-boolean-style": "off",
    "attribute-empty-style": "off",
  },
};
