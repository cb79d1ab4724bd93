import { describe, expect, it } from "vitest";
import { hintSentences } from "./hint-sentences";
import type { RevisionHints } from "./list-hints";
import { packHints, unpackHints } from "./packed-hints";

// Our own words: curly quotes, dashes, a non-breaking space, a repeated sentence, single line breaks.
const text = [
  "The council said on Tuesday that spending rose 12% to £4.2\u00a0million in 2025 — “a record”.",
  "Critics disagreed.",
  "Ridership fell from 41,000 to 29,500 a day after the fares doubled, according to the agency’s report.",
  "The council said on Tuesday that spending rose 12% to £4.2\u00a0million in 2025 — “a record”.",
].join("\n");

/** The hints as the database holds them: each with its sentence as the revision's text has it. */
function storedHints(of: string): RevisionHints {
  const hints = hintSentences(of).map((hint) => ({ ...hint, text: of.slice(hint.start, hint.end) }));
  return { revisionId: "rev-1", state: "ready", message: null, hints };
}

describe("hints packed for the article page", () => {
  it("come back exactly as listed, sentences and labels included", () => {
    const hints = storedHints(text);
    expect(hints.hints.length).toBeGreaterThanOrEqual(3);

    expect(unpackHints(packHints(hints, text), text)).toEqual(hints);
  });

  it("leave out each sentence and label the page already has", () => {
    const hints = storedHints(text);
    const packed = JSON.stringify(packHints(hints, text));

    expect(packed).not.toContain("spending rose");
    expect(packed).not.toContain("Percentage");
    const sentences = hints.hints.reduce((sum, hint) => sum + hint.text.length, 0);
    expect(packed.length).toBeLessThan(JSON.stringify(hints).length - sentences);
  });

  it("keep a sentence the page's text does not have at those offsets", () => {
    const hints = storedHints(text);
    const edited = `Editor’s note: updated.\n${text}`;

    const packed = packHints(hints, edited);

    expect(packed.hints.every((hint) => typeof hint.text === "string")).toBe(true);
    expect(unpackHints(packed, edited)).toEqual(hints);
  });

  it("keep the scoring state and its message", () => {
    const failed: RevisionHints = { revisionId: "rev-2", state: "failed", message: "This text is too large to score", hints: [] };

    expect(unpackHints(packHints(failed, text), text)).toEqual(failed);
  });
});
