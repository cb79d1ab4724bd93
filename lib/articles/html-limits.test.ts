import { describe, expect, it } from "vitest";
import { htmlLimitProblem, maxElements, maxNestingDepth } from "./html-limits";

describe("htmlLimitProblem", () => {
  it("accepts ordinary article markup, void elements included", () => {
    expect(htmlLimitProblem("<h1>T</h1><p>One<br>two <img src=x> <a href='#'>x</a></p><ul><li><p>i</p></li></ul>")).toBeNull();
  });

  it.each([
    ["nested divs", "<div>".repeat(10_000) + "x" + "</div>".repeat(10_000)],
    ["self-closing divs (parsers ignore the slash)", "<div/>".repeat(10_000)],
    ["divs with unmatched end tags", "<div></x>".repeat(10_000)],
    ["self-closing blockquotes", "<blockquote/>".repeat(10_000)],
    ["list items in ever deeper lists", "<ul><li>".repeat(10_000)],
    ["<noscript> content (markup when scripting is off, as in jsdom)", "<noscript><div>".repeat(5_000)],
    ["templates in templates (each content a fragment of its own)", "<template><div>".repeat(5_000)],
    ["elements after the body closed", "</body></html>" + "<div>".repeat(200)],
  ])("refuses %s, measured on the parsed tree", (_label, html) => {
    expect(htmlLimitProblem(html)).toMatch(/nested more than/);
  });

  it("draws the depth line at exactly the limit", () => {
    expect(htmlLimitProblem("<blockquote>".repeat(maxNestingDepth) + "x")).toBeNull();
    expect(htmlLimitProblem("<blockquote>".repeat(maxNestingDepth + 1) + "x")).toMatch(/nested more than 100 levels/);
  });

  it("counts elements, and lets many siblings through up to the cap", () => {
    expect(htmlLimitProblem("<p>x</p>".repeat(20_000))).toBeNull();
    expect(htmlLimitProblem("<p></p>".repeat(maxElements))).toBeNull();
    expect(htmlLimitProblem("<p></p>".repeat(maxElements + 1))).toMatch(/more than 50,000 HTML elements/);
  }, 30_000); // parses 100,000 elements: generous on a busy machine
});
