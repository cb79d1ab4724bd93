/**
 * Krippendorff's alpha for any number of raters, with missing ratings, following Krippendorff's
 * "Computing Krippendorff's Alpha-Reliability" (2011): values that co-occur in a unit fill a
 * coincidence matrix, and α = 1 − Dₒ / Dₑ under a difference metric. Pure.
 */
export type AlphaMetric = "nominal" | "ordinal" | "interval";

/** One unit (a claim) with the values its raters gave; units with fewer than two are unpairable. */
export type Unit<V> = readonly V[];

type Coincidences<V> = { values: V[]; matrix: number[][]; totals: number[]; n: number };

function coincidences<V>(units: readonly Unit<V>[], order: (a: V, b: V) => number): Coincidences<V> {
  const pairable = units.filter((unit) => unit.length >= 2);
  const values = [...new Set(pairable.flat())].sort(order);
  const index = new Map(values.map((value, i) => [value, i]));
  const matrix = values.map(() => values.map(() => 0));
  for (const unit of pairable) {
    const weight = 1 / (unit.length - 1);
    for (let i = 0; i < unit.length; i++) {
      for (let j = 0; j < unit.length; j++) {
        if (i !== j) matrix[index.get(unit[i])!][index.get(unit[j])!] += weight;
      }
    }
  }
  const totals = matrix.map((row) => row.reduce((sum, x) => sum + x, 0));
  return { values, matrix, totals, n: totals.reduce((sum, x) => sum + x, 0) };
}

function squaredDifference<V>(metric: AlphaMetric, { values, totals }: Coincidences<V>): (c: number, k: number) => number {
  if (metric === "nominal") return (c, k) => (c === k ? 0 : 1);
  if (metric === "interval") return (c, k) => (Number(values[c]) - Number(values[k])) ** 2;
  // Ordinal: the distance between two ranks is the mass of values between them, halving the ends.
  return (c, k) => {
    const [low, high] = c < k ? [c, k] : [k, c];
    let between = 0;
    for (let g = low; g <= high; g++) between += totals[g];
    return (between - (totals[c] + totals[k]) / 2) ** 2;
  };
}

const natural = <V>(a: V, b: V) => (typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b)));

/**
 * α for `units`, each the list of values given to one unit. Ordinal and interval need numbers
 * (or an `order`). Null when fewer than two values can be paired or every value is the same.
 */
export function krippendorffAlpha<V>(units: readonly Unit<V>[], metric: AlphaMetric, order: (a: V, b: V) => number = natural): number | null {
  const table = coincidences(units, order);
  if (table.n < 2 || table.values.length < 2) return null;
  const delta = squaredDifference(metric, table);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < table.values.length; c++) {
    for (let k = 0; k < table.values.length; k++) {
      const d = delta(c, k);
      observed += table.matrix[c][k] * d;
      expected += table.totals[c] * table.totals[k] * d;
    }
  }
  if (expected === 0) return null;
  return 1 - ((table.n - 1) * observed) / expected;
}
