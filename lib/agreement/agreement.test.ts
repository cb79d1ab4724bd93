import { describe, expect, it } from "vitest";
import { cohenKappa, type LabelPair } from "./cohen-kappa";
import { krippendorffAlpha } from "./krippendorff-alpha";

/** A 2×2 table as pairs: [yes/yes, yes/no, no/yes, no/no]. */
function table([yy, yn, ny, nn]: [number, number, number, number]): LabelPair<string>[] {
  const repeat = (count: number, pair: LabelPair<string>) => Array.from({ length: count }, () => pair);
  return [...repeat(yy, ["yes", "yes"]), ...repeat(yn, ["yes", "no"]), ...repeat(ny, ["no", "yes"]), ...repeat(nn, ["no", "no"])];
}

describe("cohenKappa", () => {
  // The worked examples in Wikipedia's "Cohen's kappa" article (50 grant proposals, two readers).
  it("gives 0.4 for the grant proposals example", () => {
    expect(cohenKappa(table([20, 5, 10, 15]))).toBeCloseTo(0.4, 10);
  });

  it("gives 0.1304 and 0.2593 for the two tables with the same agreement", () => {
    expect(cohenKappa(table([45, 15, 25, 15]))).toBeCloseTo(0.1304, 4);
    expect(cohenKappa(table([25, 35, 5, 35]))).toBeCloseTo(0.2593, 4);
  });

  it("is 1 for perfect agreement, below 0 for systematic disagreement, null without data", () => {
    expect(cohenKappa(table([10, 0, 0, 7]))).toBe(1);
    expect(cohenKappa(table([0, 5, 5, 0]))).toBeLessThan(0);
    expect(cohenKappa([])).toBeNull();
    expect(cohenKappa(table([9, 0, 0, 0]))).toBeNull();
  });
});

describe("krippendorffAlpha", () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
  // twelve units, values 1–5, with missing values; reported α nominal .743, ordinal .815, interval .849.
  const observers: (number | null)[][] = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  ];
  const units = observers[0].map((_, unit) => observers.map((row) => row[unit]).filter((v): v is number => v !== null));

  it("reproduces the published nominal, ordinal and interval values", () => {
    expect(krippendorffAlpha(units, "nominal")).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(units, "ordinal")).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(units, "interval")).toBeCloseTo(0.849, 3);
  });

  // Krippendorff (2011), section A: two observers, ten units, binary values; reported α = 0.095.
  it("reproduces the two-observer binary example", () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    expect(krippendorffAlpha(a.map((value, i) => [value, b[i]]), "nominal")).toBeCloseTo(0.095, 3);
  });

  it("ignores units with one value, works on labels, and is null when nothing varies", () => {
    expect(krippendorffAlpha([["True", "True"], ["False", "False"], ["Mixed"]], "nominal")).toBe(1);
    expect(krippendorffAlpha([["True", "True"], ["True"]], "nominal")).toBeNull();
    expect(krippendorffAlpha([], "ordinal")).toBeNull();
  });
});
