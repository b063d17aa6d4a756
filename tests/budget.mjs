// The citizen bundle's size budget: brotli -q 11 of every file the README's plain embed loads
// (embed.js and what it loads), the overview aside. Asserted by tests/browser/budget.test.mjs,
// printed by scripts/bench. Lower it with each cut; a feature that needs bytes pays for them
// elsewhere. (History: 176,113 B before the budget; 150,000 B set; the figures of each cut are
// in docs/benchmarks.md.)
export const CITIZEN_BUNDLE_BROTLI = 145_000;
