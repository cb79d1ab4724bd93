import { describe, expect, it } from "vitest";
import { agreementOf, type BlindRating } from "./agreement-of";

const ana = { id: "a", name: "Ana" };
const ben = { id: "b", name: "Ben" };
const cy = { id: "c", name: "Cy" };
const ratings: Record<string, number | null> = { true: 5, mostly_true: 4, mixed: 3, mostly_false: 2, false: 1, satire: null };
const rate = (unitId: string, reviewer: BlindRating["reviewer"], verdictId: string): BlindRating => ({ unitId, reviewer, verdictId, rating: ratings[verdictId] });

describe("agreementOf", () => {
  it("is perfect when every pair always agrees", () => {
    const all = ["true", "false", "mixed"].flatMap((v, i) => [rate(`u${i}`, ana, v), rate(`u${i}`, ben, v)]);
    expect(agreementOf(all)).toMatchObject({ units: 3, ratings: 6, alphaNominal: 1, alphaOrdinal: 1, pairs: [{ a: ana, b: ben, units: 3, kappa: 1 }] });
  });

  it("gives each pair its own kappa over the claims both judged, and orders near misses above far ones", () => {
    const near = [
      ["true", "mostly_true"],
      ["false", "false"],
      ["mixed", "mixed"],
      ["mostly_false", "false"],
    ];
    const far = [
      ["true", "false"],
      ["false", "false"],
      ["mixed", "mixed"],
      ["mostly_false", "true"],
    ];
    const nearAlpha = agreementOf(near.flatMap(([x, y], i) => [rate(`n${i}`, ana, x), rate(`n${i}`, ben, y)]));
    const farAlpha = agreementOf(far.flatMap(([x, y], i) => [rate(`f${i}`, ana, x), rate(`f${i}`, ben, y)]));
    // Both disagree on two of four claims; on the ordinal scale near misses count for less.
    expect(nearAlpha.alphaOrdinal! - nearAlpha.alphaNominal!).toBeGreaterThan(0.3);
    expect(nearAlpha.alphaOrdinal!).toBeGreaterThan(farAlpha.alphaOrdinal!);

    const three = agreementOf([rate("u1", ana, "true"), rate("u1", ben, "true"), rate("u1", cy, "false"), rate("u2", ben, "mixed"), rate("u2", cy, "mixed")]);
    expect(three.pairs.map((p) => [p.a.name, p.b.name, p.units])).toEqual([
      ["Ana", "Ben", 1],
      ["Ana", "Cy", 1],
      ["Ben", "Cy", 2],
    ]);
  });

  it("leaves unrated verdicts out of the ordinal alpha and single verdicts out of both", () => {
    const result = agreementOf([rate("u1", ana, "satire"), rate("u1", ben, "satire"), rate("u2", ana, "true"), rate("u2", ben, "false"), rate("u3", ana, "true")]);
    expect(result.units).toBe(2);
    // Ordinal sees one claim (true against false): no better than chance. Nominal sees both.
    expect(result.alphaOrdinal).toBe(0);
    expect(result.alphaNominal).toBeCloseTo(0.4, 10);
  });
});
