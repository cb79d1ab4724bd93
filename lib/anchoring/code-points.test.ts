import { describe, expect, it } from "vitest";
import { astralPositions, toCodePointOffset } from "./code-points";

describe("code point offsets", () => {
  it("count an emoji as one character, like Array.from does", () => {
    const text = "Up 🚀 then 🎉 and “done”";
    const astral = astralPositions(text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (offset > 0 && /[\udc00-\udfff]/.test(text[offset])) continue; // inside a pair
      expect(toCodePointOffset(astral, offset)).toBe(Array.from(text.slice(0, offset)).length);
    }
  });

  it("changes nothing for text without astral characters", () => {
    expect(toCodePointOffset(astralPositions("plain “text” — 12%"), 10)).toBe(10);
  });
});
