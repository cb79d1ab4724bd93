import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unclaimedHints } from "./unclaimed-hints";

const claim = (startOffset: number, endOffset: number) => ({ startOffset, endOffset });

describe("unclaimedHints", () => {
  it("drops hints a claim overlaps, even partly, and keeps those claims only touch", () => {
    const hints = [
      { start: 0, end: 10 },
      { start: 11, end: 20 },
      { start: 21, end: 30 },
      { start: 31, end: 40 },
    ];
    // 5–12 reaches into the first two; 30–31 only touches the third's end and the fourth's start.
    expect(unclaimedHints(hints, [claim(30, 31), claim(5, 12)])).toEqual([hints[2], hints[3]]);
  });

  it("agrees with checking every pair", () => {
    const span = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 40 }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 30 }), (hintSpans, claimSpans) => {
        const hints = hintSpans.map(([start, length]) => ({ start, end: start + length }));
        const claims = claimSpans.map(([start, length]) => claim(start, start + length));
        const expected = hints.filter((h) => !claims.some((c) => c.startOffset < h.end && c.endOffset > h.start)).sort((a, b) => a.start - b.start || a.end - b.end);
        expect(unclaimedHints(hints, claims)).toEqual(expected);
      }),
    );
  });
});
