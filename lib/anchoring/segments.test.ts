import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlightSegments, type HighlightRange } from "./segments";

/** The definition, one claim after another at every cut: the model for the sweep. */
function segmentsByDefinition(ranges: HighlightRange[]) {
  const cuts = [...new Set(ranges.flatMap((r) => [r.start, r.end]))].sort((a, b) => a - b);
  return cuts.slice(0, -1).flatMap((start, i) => {
    const end = cuts[i + 1];
    const ids = ranges.filter((r) => r.start <= start && r.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start)).map((r) => r.id);
    return ids.length ? [{ start, end, ids }] : [];
  });
}

describe("highlightSegments", () => {
  it("splits overlapping claims so every piece names all claims over it", () => {
    expect(highlightSegments([{ id: "long", start: 0, end: 10 }, { id: "short", start: 4, end: 6 }, { id: "tail", start: 8, end: 14 }])).toEqual([
      { start: 0, end: 4, ids: ["long"] },
      { start: 4, end: 6, ids: ["short", "long"] },
      { start: 6, end: 8, ids: ["long"] },
      { start: 8, end: 10, ids: ["tail", "long"] },
      { start: 10, end: 14, ids: ["tail"] },
    ]);
  });

  it("leaves gaps between claims unhighlighted", () => {
    expect(highlightSegments([{ id: "a", start: 0, end: 2 }, { id: "b", start: 5, end: 7 }])).toEqual([
      { start: 0, end: 2, ids: ["a"] },
      { start: 5, end: 7, ids: ["b"] },
    ]);
  });

  it("gives what the definition gives for any claims, overlapping, nested, repeated or empty", () => {
    const range = fc.tuple(fc.nat(60), fc.nat(12)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 40 }), (spans) => {
        const ranges = spans.map((span, i) => ({ id: `c${i}`, ...span }));
        expect(highlightSegments(ranges)).toEqual(segmentsByDefinition(ranges));
      }),
    );
  });
});
