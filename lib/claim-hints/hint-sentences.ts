import { scoreParsed, type HintReason } from "./score-sentence";
import { hintThreshold } from "./rules";
import { parsedSentences } from "./split-sentences";

/** A check-worthy sentence of one revision's canonical text: offsets as a claim's, score 0–1. */
export type SentenceHint = { start: number; end: number; score: number; reasons: HintReason[] };

/** Every sentence scored; the ones at or above the threshold are the hints. Pure and synchronous: run it off the request path. */
export function hintSentences(text: string): SentenceHint[] {
  const hints: SentenceHint[] = [];
  for (const sentence of parsedSentences(text)) {
    const { score, reasons } = scoreParsed(sentence.parsed);
    if (score >= hintThreshold) hints.push({ start: sentence.start, end: sentence.end, score, reasons });
  }
  return hints;
}
