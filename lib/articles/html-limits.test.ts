import { describe, expect, it } from "vitest";
import { htmlLimitProblem, maxNestingDepth } from "./html-limits";

describe("htmlLimitProblem", () => {
  it("accepts ordinary article markup, void elements included", () => {
    expect(htmlLimitProblem("<h1>T</h1><p>One<br>two <img src=x> <a href='#'>x</a></p><ul><li><p>i</p></li></ul>")).toBeNull();
  });

  it("refuses 10,000 nested elements", () => {
    expect(htmlLimitProblem("<div>".repeat(10_000) + "x" + "</div>".repeat(10_000))).toMatch(/nested more than/);
  });

  it("counts depth, not length: many siblings are fine", () => {
    expect(htmlLimitProblem("<p>x</p>".repeat(20_000))).toBeNull();
    expect(htmlLimitProblem("<blockquote>".repeat(maxNestingDepth) + "x")).toBeNull();
  });
});
