import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { occurrenceAt, occurrencesOf } from "./selectors";

// A small alphabet, so quotes recur and overlap ("aa" in "aaa").
const text = fc.string({ unit: fc.constantFrom("a", "b", " ", "“", "🚌"), maxLength: 60 });

describe("occurrenceAt", () => {
  it("is the index of the start among every occurrence, and 0 where the quote does not start", () => {
    fc.assert(
      fc.property(text, fc.nat(61), fc.nat(6), (article, at, length) => {
        const start = Math.min(at, article.length);
        for (const quote of [article.slice(start, start + length), article.slice(0, length), "ab"]) {
          expect(occurrenceAt(article, quote, start)).toBe(Math.max(0, occurrencesOf(article, quote).indexOf(start)));
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
