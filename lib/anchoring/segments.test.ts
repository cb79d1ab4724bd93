import { describe, expect, it } from "vitest";
import { highlightSegments } from "./segments";

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
});
