import nlp from "compromise";
import { hintDampers, hintReasonLabels, hintRules, hintThreshold, minimumWords, shortFactor, type HintReasonKind } from "./rules";

export type HintReason = { kind: HintReasonKind; label: string; /** The words that met the rule, as written. */ words: string[] };
export type SentenceScore = { score: number; reasons: HintReason[]; /** Why the score was scaled down, if it was. */ damped: string[] };

/** The part of a compromise document the scorer reads (a whole document or one sentence of it). */
export type NlpView = { match(pattern: string): NlpView; not(pattern: string): NlpView; has(pattern: string): boolean; text(): string; terms(): { length: number }; out(format: "array"): unknown };

const wordsOf = (view: NlpView) => [...new Set((view.out("array") as string[]).map((w) => w.replace(/^[\s"'“‘(—–-]+|[\s"'”’),.;:—–-]+$/g, "")).filter(Boolean))];

/** Scores one sentence already parsed by compromise, with its roots computed (see rules.ts for how). */
export function scoreParsed(sentence: NlpView): SentenceScore {
  const text = sentence.text();
  const reasons: HintReason[] = [];
  let keep = 1;
  for (const rule of hintRules) {
    // A kind counts once: its strongest rule that applies (they are listed strongest first).
    if (reasons.some((reason) => reason.kind === rule.kind)) continue;
    const words = [...new Set(rule.patterns.flatMap((pattern) => wordsOf(rule.unless ? sentence.match(pattern).not(rule.unless) : sentence.match(pattern))))];
    if (!words.length) continue;
    reasons.push({ kind: rule.kind, label: hintReasonLabels[rule.kind], words });
    keep *= 1 - rule.weight;
  }
  // A bare attribution ("he said") with nothing checkable in it is a quote, not a claim.
  const onlyAttribution = reasons.length === 1 && reasons[0].kind === "attribution";
  let score = onlyAttribution ? 0 : 1 - keep;
  const damped: string[] = [];
  for (const damper of hintDampers) {
    const applies = "test" in damper ? damper.test(text) : damper.patterns.some((pattern) => sentence.has(pattern));
    if (!applies) continue;
    score *= damper.factor;
    damped.push(damper.label);
  }
  if (sentence.terms().length < minimumWords) {
    score *= shortFactor;
    damped.push("a short fragment");
  }
  return { score: Math.round(score * 100) / 100, reasons, damped };
}

export function scoreSentence(sentence: string): SentenceScore {
  const doc = nlp(sentence);
  doc.compute("root");
  return scoreParsed(doc);
}

export const isCheckWorthy = (score: SentenceScore) => score.score >= hintThreshold;
