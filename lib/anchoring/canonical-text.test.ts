import { describe, expect, it } from "vitest";
import { canonicalText, posToTextOffset, textOffsetToPos, type DocNode } from "./canonical-text";

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
