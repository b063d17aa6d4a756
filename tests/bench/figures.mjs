// How the benchmarks state a figure: a median with its range, the unit written once.
export const sorted = (xs) => [...xs].sort((a, b) => a - b);

export const median = (xs) => {
  const s = sorted(xs);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A ratio: `1.23×`. */
export const x2 = (r) => `${r.toFixed(2)}×`;

/** A median with its range: `1.23× (1.10 – 1.41×)`. */
export const spread = (xs, unit = x2) => `${unit(median(xs))} (${unit(sorted(xs)[0]).replace(/[^\d.,]+$/, "")} – ${unit(sorted(xs).at(-1))})`;
