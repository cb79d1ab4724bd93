import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalText, posToTextOffset, textOffsetToPos, type DocNode, type TextSegment } from "./canonical-text";

const p = (...content: DocNode[]): DocNode => ({ type: "paragraph", content });
const t = (text: string): DocNode => ({ type: "text", text });

const doc: DocNode = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 1 }, content: [t("Title")] },
    p(t("One “two” — 3 "), { type: "hardBreak" }, t("four 🎉.")),
    { type: "bulletList", content: [{ type: "listItem", content: [p(t("Item"))] }] },
  ],
};

describe("canonicalText", () => {
  it("joins blocks with a blank line and turns hard breaks into newlines, keeping characters as they are", () => {
    expect(canonicalText(doc).text).toBe("Title\n\nOne “two” — 3 \nfour 🎉.\n\nItem");
  });

  it("maps every text offset back to the ProseMirror position of the same character", () => {
    const { text, segments } = canonicalText(doc);
    // ProseMirror positions: heading opens at 0, "Title" is 1..6, heading closes at 7;
    // paragraph opens at 7, its text starts at 8.
    expect(textOffsetToPos(segments, 0)).toBe(1);
    expect(textOffsetToPos(segments, text.indexOf("One"))).toBe(8);
    const four = text.indexOf("four");
    // "One “two” — 3 " is 14 code units, the hard break one position.
    expect(textOffsetToPos(segments, four)).toBe(8 + 14 + 1);
    // Emoji are two UTF-16 code units, like in ProseMirror.
    const after = text.indexOf(".");
    expect(textOffsetToPos(segments, after)! - textOffsetToPos(segments, text.indexOf("🎉"))!).toBe(2);
  });

  it("snaps offsets on a block separator to the nearer block edge", () => {
    const { segments } = canonicalText(doc);
    expect(textOffsetToPos(segments, 5, -1)).toBe(6); // end of "Title"
    expect(textOffsetToPos(segments, 6, 1)).toBe(8); // start of the paragraph text
  });

  it("round-trips every offset inside text between positions and offsets", () => {
    const { segments } = canonicalText(doc);
    for (const segment of segments) {
      for (let offset = segment.start; offset < segment.end; offset++) {
        const pos = textOffsetToPos(segments, offset)!;
        expect(posToTextOffset(segments, pos)).toBe(offset);
      }
    }
  });
});

/** textOffsetToPos as its comment defines it, one segment after another: the model for the binary search. */
function textOffsetToPosByScan(segments: TextSegment[], offset: number, side: -1 | 1): number | null {
  const inside = segments.filter((s) => (side === 1 ? offset >= s.start && offset < s.end : offset > s.start && offset <= s.end));
  if (inside.length) {
    const segment = side === 1 ? inside[0] : inside[inside.length - 1];
    return segment.pos + (offset - segment.start);
  }
  if (side === 1) {
    const next = segments.find((s) => s.start >= offset);
    return next ? next.pos : null;
  }
  const previous = segments.findLast((s) => s.end <= offset);
  return previous ? previous.pos + (previous.end - previous.start) : null;
}

describe("textOffsetToPos", () => {
  const block = fc.oneof(
    fc.array(fc.oneof(fc.string({ minLength: 1, maxLength: 6 }).map(t), fc.constant<DocNode>({ type: "hardBreak" })), { minLength: 1, maxLength: 4 }).map((content) => p(...content)),
    fc.constant<DocNode>({ type: "horizontalRule" }),
  );
  it("places every offset of any document as a scan of its segments does, from either side", () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        const { text, segments } = canonicalText({ type: "doc", content: blocks });
        for (let offset = 0; offset <= text.length + 1; offset++) {
          for (const side of [1, -1] as const) expect(textOffsetToPos(segments, offset, side)).toBe(textOffsetToPosByScan(segments, offset, side));
        }
      }),
    );
  });
});
