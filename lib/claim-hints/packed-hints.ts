import type { RevisionHints } from "./list-hints";
import { hintReasonLabels, type HintReasonKind } from "./rules";

/**
 * A revision's hints for the article page. Each hint's sentence is in the page's text, and each
 * reason's label follows from its kind, so the page leaves both out: for a 1,500-word article
 * they were 49 of its 60 kB of React data.
 */
export type PackedHint = {
  start: number;
  end: number;
  score: number;
  /** Only where the page's text has other words at these offsets. */
  text?: string;
  reasons: { kind: HintReasonKind; words: string[] }[];
};
export type PackedRevisionHints = Omit<RevisionHints, "hints"> & { hints: PackedHint[] };

/** `text`: the canonical text of the page's document, as the browser computes it from the document. */
export function packHints(hints: RevisionHints, text: string): PackedRevisionHints {
  return {
    ...hints,
    hints: hints.hints.map((hint) => ({
      start: hint.start,
      end: hint.end,
      score: hint.score,
      ...(hint.text === text.slice(hint.start, hint.end) ? {} : { text: hint.text }),
      reasons: hint.reasons.map(({ kind, words }) => ({ kind, words })),
    })),
  };
}

export function unpackHints(packed: PackedRevisionHints, text: string): RevisionHints {
  return {
    ...packed,
    hints: packed.hints.map((hint) => ({
      start: hint.start,
      end: hint.end,
      text: hint.text ?? text.slice(hint.start, hint.end),
      score: hint.score,
      reasons: hint.reasons.map(({ kind, words }) => ({ kind, label: hintReasonLabels[kind], words })),
    })),
  };
}
