import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffTexts, reanchor } from "./reanchor";
import { describeRange } from "./selectors";

// Words with the characters that make anchoring hard: curly quotes, dashes, NBSP, emoji.
const word = fc.constantFrom("the", "plan", "cut", "12%", "“quoted”", "—", "minutes.", "in\u00a02025", "🚌", "council", "said", "the", "plan");
const text = fc.array(word, { minLength: 8, maxLength: 60 }).map((words) => words.join(" "));

/** A random edit: replace a random span with random words. */
const edited = (original: string) =>
  fc.tuple(fc.nat(original.length), fc.nat(20), fc.array(word, { maxLength: 6 })).map(([at, length, words]) => {
    const start = Math.min(at, original.length);
    return original.slice(0, start) + words.join(" ") + original.slice(Math.min(original.length, start + length));
  });

describe("reanchor, for any text and any edit", () => {
  it("never reports a range as anchored unless it holds exactly the quote", () => {
    // Counted so the property cannot pass vacuously: most generated cases must really anchor.
    const states = { anchored: 0, needs_review: 0, orphaned: 0, skipped: 0 };
    fc.assert(
      fc.property(
        text.chain((original) =>
          fc.tuple(fc.constant(original), fc.nat(original.length - 1), fc.integer({ min: 1, max: 40 }), edited(original)),
        ),
        ([original, start, length, changed]) => {
          const end = Math.min(original.length, start + length);
          if (!original.slice(start, end).trim()) {
            states.skipped++;
            return;
          }
          const anchor = describeRange(original, start, end);
          const result = reanchor(anchor, changed, diffTexts(original, changed));
          states[result.state]++;
          if (result.state === "anchored") expect(changed.slice(result.start, result.end)).toBe(anchor.exact);
          if (result.state === "needs_review") {
            expect(result.start).toBeGreaterThanOrEqual(0);
            expect(result.end).toBeLessThanOrEqual(changed.length);
            expect(result.score).toBeGreaterThanOrEqual(0.75);
          }
        },
      ),
      { numRuns: 500 },
    );
    const checked = states.anchored + states.needs_review + states.orphaned;
    expect(states.skipped).toBeLessThan(50);
    expect(states.anchored / checked).toBeGreaterThan(0.5);
    expect(states.orphaned).toBeGreaterThan(0); // edits that delete the quote do occur
  });

  it("keeps every claim exactly where it was when the text does not change", () => {
    fc.assert(
      fc.property(text.chain((t) => fc.tuple(fc.constant(t), fc.nat(t.length - 1), fc.integer({ min: 1, max: 30 }))), ([t, start, length]) => {
        const end = Math.min(t.length, start + length);
        if (!t.slice(start, end).trim()) return;
        expect(reanchor(describeRange(t, start, end), t, diffTexts(t, t))).toMatchObject({ state: "anchored", start, end });
      }),
      { numRuns: 300 },
    );
  });
});
