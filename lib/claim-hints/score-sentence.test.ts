import { describe, expect, it } from "vitest";
import fixture from "@/tests/fixtures/check-worthiness.json";
import { evaluateHints } from "./evaluate-hints";
import { hintSentences } from "./hint-sentences";
import { isCheckWorthy, scoreSentence } from "./score-sentence";
import { sentenceSpans } from "./split-sentences";

const kinds = (sentence: string) => scoreSentence(sentence).reasons.map((reason) => reason.kind);

describe("check-worthiness reasons", () => {
  it("names the figures, the comparison, the attribution and the period of a statistical claim", () => {
    const score = scoreSentence("Knife crime rose by a third in 2023, the highest rise since 2001, according to the Home Office.");
    expect(score.reasons.map((r) => r.kind)).toEqual(["number", "comparison", "trend", "attribution", "date"]);
    expect(score.reasons.find((r) => r.kind === "attribution")?.words).toEqual(["according to"]);
    expect(score.reasons.find((r) => r.kind === "comparison")?.words).toEqual(["highest"]);
    expect(isCheckWorthy(score)).toBe(true);
  });

  it("reads percentages and money as such, not only as numbers", () => {
    expect(kinds("Spending on agency nurses rose to £19.6m, up 40% on the year before.")).toEqual(expect.arrayContaining(["money", "percentage", "trend"]));
  });

  it("finds a causal claim without any figure in it", () => {
    const score = scoreSentence("The council blamed the closures on rising energy costs.");
    expect(score.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(["causal", "trend"]));
    expect(isCheckWorthy(score)).toBe(true);
  });

  it("scales down questions, invitations and feelings, and says why", () => {
    expect(scoreSentence("Did house prices really fall by 12% last year?").damped).toContain("a question");
    expect(isCheckWorthy(scoreSentence("Did house prices really fall by 12% last year?"))).toBe(false);
    expect(scoreSentence("Please contact press@example.org for the 2024 figures.").damped).toEqual(expect.arrayContaining(["an instruction or invitation", "contact details"]));
    expect(isCheckWorthy(scoreSentence("We are delighted to announce our new partnership."))).toBe(false);
  });

  it("does not hint a bare attribution or scene-setting", () => {
    expect(scoreSentence("“We are listening,” a spokesperson said.").score).toBe(0);
    expect(isCheckWorthy(scoreSentence("Residents gathered outside the town hall on a grey morning."))).toBe(false);
  });
});

describe("the labelled sentences", () => {
  it("has at least 150 sentences, each labelled with a note", () => {
    expect(fixture.sentences.length).toBeGreaterThanOrEqual(150);
    for (const sentence of fixture.sentences) expect(sentence.note.length, sentence.text).toBeGreaterThan(2);
  });

  // The benchmark prints the figures; this keeps a change of the rules from quietly losing them.
  it("are hinted with an F1 of at least 0.8", () => {
    expect(evaluateHints(fixture.sentences).f1).toBeGreaterThanOrEqual(0.8);
  });
});

describe("sentences of an article", () => {
  const text = "Bus fares to rise 5%\nThe council said fares — frozen since 2019 — would rise by 5% in May. Dr. Patel said “it is fair”.\n\nRoutes fell from 41 to 29 🚌 last year. Routes fell from 41 to 29 🚌 last year.";

  it("are split at line breaks and full stops, with offsets into the canonical text", () => {
    const spans = sentenceSpans(text);
    expect(spans.map((s) => s.text)).toEqual([
      "Bus fares to rise 5%",
      "The council said fares — frozen since 2019 — would rise by 5% in May.",
      "Dr. Patel said “it is fair”.",
      "Routes fell from 41 to 29 🚌 last year.",
      "Routes fell from 41 to 29 🚌 last year.",
    ]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(spans[3].start).not.toBe(spans[4].start);
  });

  it("give hints for the check-worthy ones only, anchored like claims", () => {
    const hints = hintSentences(text);
    expect(hints.map((h) => text.slice(h.start, h.end))).toEqual([
      "The council said fares — frozen since 2019 — would rise by 5% in May.",
      "Routes fell from 41 to 29 🚌 last year.",
      "Routes fell from 41 to 29 🚌 last year.",
    ]);
  });

  it("handle an empty text", () => {
    expect(hintSentences("")).toEqual([]);
    expect(hintSentences("\n\n")).toEqual([]);
  });
});
