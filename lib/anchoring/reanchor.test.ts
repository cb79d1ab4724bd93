import { describe, expect, it } from "vitest";
import { diffTexts, reanchor } from "./reanchor";
import { describeRange, occurrencesOf } from "./selectors";

const repeated = "The plan would cut average commute times by 12 minutes.";
const article = [
  "RIVERSIDE — The council voted 7–2 on Tuesday.",
  `“This is the biggest investment,” said the mayor. ${repeated}`,
  "Routes would fall from 41 to 29.",
  `Agency director Priya Nair defended the estimate. ${repeated} She cited the agency’s model.`,
  "Work begins in March 🚌.",
].join("\n\n");

const secondCopy = occurrencesOf(article, repeated)[1];
const anchor = describeRange(article, secondCopy, secondCopy + repeated.length);

function edit(from: string, to: string, text = article) {
  expect(text).toContain(from);
  return text.replace(from, to);
}

function reanchorAfter(newText: string, a = anchor) {
  return reanchor(a, newText, diffTexts(article, newText));
}

describe("reanchor", () => {
  it("records which copy of a repeated sentence was selected", () => {
    expect(anchor.occurrence).toBe(1);
    expect(anchor.prefix.endsWith("defended the estimate. ")).toBe(true);
  });

  it("keeps a claim where it was when nothing changed", () => {
    expect(reanchor(anchor, article)).toEqual({ state: "anchored", start: secondCopy, end: secondCopy + repeated.length, method: "position" });
  });

  it("keeps the second copy after an edit before both copies", () => {
    const changed = edit("RIVERSIDE — The council", "RIVERSIDE — After a long night, the city council");
    const result = reanchorAfter(changed);
    expect(result).toMatchObject({ state: "anchored", method: "position" });
    if (result.state !== "anchored") return;
    expect(result.start).toBe(occurrencesOf(changed, repeated)[1]);
  });

  it("keeps the second copy after an edit between the copies", () => {
    const changed = edit("Routes would fall from 41 to 29.", "Routes would fall from 41 to 27, and fares would stay flat.");
    const result = reanchorAfter(changed);
    expect(result.state).toBe("anchored");
    if (result.state !== "anchored") return;
    expect(result.start).toBe(occurrencesOf(changed, repeated)[1]);
    expect(changed.slice(result.start, result.end)).toBe(repeated);
  });

  it("keeps the second copy when the first copy is deleted", () => {
    const changed = edit(` ${repeated}\n\nRoutes`, "\n\nRoutes");
    const result = reanchorAfter(changed);
    expect(result.state).toBe("anchored");
    if (result.state !== "anchored") return;
    expect(occurrencesOf(changed, repeated)).toEqual([result.start]);
    expect(changed.slice(result.start - 23, result.start)).toBe("defended the estimate. ");
  });

  it("orphans the claim when its sentence is deleted, never moving it onto the other copy", () => {
    const changed = edit(`estimate. ${repeated} She`, "estimate. She");
    expect(occurrencesOf(changed, repeated)).toHaveLength(1);
    expect(reanchorAfter(changed)).toEqual({ state: "orphaned" });
  });

  it("follows a moved paragraph that took its context along", () => {
    const paragraph = `Agency director Priya Nair defended the estimate. ${repeated} She cited the agency’s model.`;
    const moved = edit(`\n\n${paragraph}`, "").replace("RIVERSIDE", `${paragraph}\n\nRIVERSIDE`);
    const result = reanchorAfter(moved);
    expect(result).toMatchObject({ state: "anchored", method: "quote" });
    if (result.state !== "anchored") return;
    expect(moved.slice(result.start - 23, result.end)).toBe(`defended the estimate. ${repeated}`);
  });

  it("flags a claim whose wording changed for re-review, on the same sentence", () => {
    const changed = edit(`estimate. ${repeated}`, "estimate. The plan would cut average commute times by 15 minutes.");
    const result = reanchorAfter(changed);
    expect(result).toMatchObject({ state: "needs_review", method: "fuzzy" });
    if (result.state !== "needs_review") return;
    expect(changed.slice(result.start, result.end)).toBe("The plan would cut average commute times by 15 minutes.");
    expect(result.score).toBeGreaterThan(0.9);
  });

  it("treats a typography-only change (straight quotes, hyphen for dash) as changed text, found by matching", () => {
    const quote = "“This is the biggest investment,” said the mayor.";
    const start = article.indexOf(quote);
    const curly = describeRange(article, start, start + quote.length);
    const changed = edit(quote, '"This is the biggest investment," said the mayor.');
    const result = reanchor(curly, changed, diffTexts(article, changed));
    expect(result).toMatchObject({ state: "needs_review", score: 1 });
    if (result.state !== "needs_review") return;
    expect(changed.slice(result.start, result.end)).toBe('"This is the biggest investment," said the mayor.');
  });

  it("orphans a claim whose sentence was rewritten beyond recognition", () => {
    const changed = edit(`estimate. ${repeated}`, "estimate. Officials declined to give any figure for travel times.");
    expect(reanchorAfter(changed)).toEqual({ state: "orphaned" });
  });

  it("keeps NBSP, curly quotes, em dashes and emoji intact in quotes and offsets", () => {
    const text = "Prices rose “sharply” — 12\u00a0% in 2025 🚀 and fell.";
    const start = text.indexOf("“sharply”");
    const end = text.indexOf(" and fell");
    const a = describeRange(text, start, end);
    expect(a.exact).toBe("“sharply” — 12\u00a0% in 2025 🚀");
    expect(a.end - a.start).toBe(a.exact.length); // UTF-16 code units: the emoji counts 2
    const changed = "Update: " + text;
    const result = reanchor(a, changed, diffTexts(text, changed));
    expect(result).toMatchObject({ state: "anchored" });
    if (result.state !== "anchored") return;
    expect(changed.slice(result.start, result.end)).toBe(a.exact);
  });

  it("never anchors short quotes approximately", () => {
    const text = "Turnout was 61%. Turnout was 64%.";
    const a = describeRange(text, 8, 16); // "was 61%."
    expect(a.exact.length).toBeLessThan(12);
    const changed = "Turnout was 58%. Turnout was 64%.";
    expect(reanchor(a, changed, diffTexts(text, changed))).toEqual({ state: "orphaned" });
  });
});
