/**
 * Puts a claim back on the article after its text changed. Order of trust:
 *   1. position: the old offsets mapped through a diff of old → new text, accepted when the
 *      quote is there verbatim;
 *   2. exact quote: every verbatim occurrence, ranked by prefix/suffix agreement, then the
 *      occurrence index the reviewer chose, then closeness to the mapped position;
 *   3. fuzzy: approximate match on a normalized view near the mapped position, with a
 *      minimum score; the claim is then flagged for re-review;
 *   4. otherwise orphaned. A quote whose text was deleted is never moved onto another copy
 *      or a look-alike unless both its prefix and suffix came along (a moved paragraph).
 */
import { DIFF_EQUAL, DIFF_INSERT, makeDiff, cleanupSemantic, type Diff } from "@sanity/diff-match-patch";
import search from "approx-string-match";
import { normalizeForMatching, rawEnd } from "./normalize";
import { contextLength, occurrencesOf, type TextAnchor } from "./selectors";

export type AnchorResult =
  | { state: "anchored"; start: number; end: number; method: "position" | "quote" }
  | { state: "needs_review"; start: number; end: number; method: "fuzzy"; score: number }
  | { state: "orphaned" };

/** Below this similarity (1 − errors / quote length) a fuzzy match is not the same passage. */
export const minFuzzyScore = 0.75;
/** Shorter quotes only anchor verbatim: a few letters match anything. */
export const minFuzzyQuoteLength = 12;

export function diffTexts(oldText: string, newText: string): Diff[] {
  return cleanupSemantic(makeDiff(oldText, newText, { timeout: 1 }));
}

/** Where an old offset lands in the new text (inside a deletion: where the deletion was). */
function mapOffset(diff: Diff[], offset: number): number {
  let oldAt = 0;
  let newAt = 0;
  for (const [op, text] of diff) {
    if (op === DIFF_INSERT) {
      newAt += text.length;
      continue;
    }
    if (offset < oldAt + text.length) return op === DIFF_EQUAL ? newAt + (offset - oldAt) : newAt;
    oldAt += text.length;
    if (op === DIFF_EQUAL) newAt += text.length;
  }
  return newAt;
}

/** How many characters of [start, end) in the old text survive unchanged in the new text. */
function survivingLength(diff: Diff[], start: number, end: number): number {
  let oldAt = 0;
  let kept = 0;
  for (const [op, text] of diff) {
    if (op === DIFF_INSERT) continue;
    const from = Math.max(start, oldAt);
    const to = Math.min(end, oldAt + text.length);
    if (op === DIFF_EQUAL && to > from) kept += to - from;
    oldAt += text.length;
    if (oldAt >= end) break;
  }
  return kept;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** 0..1 agreement of the text before/after a candidate with the stored context. */
function contextScores(text: string, start: number, end: number, anchor: TextAnchor) {
  const before = text.slice(Math.max(0, start - contextLength), start);
  const after = text.slice(end, end + contextLength);
  const prefix = anchor.prefix.length ? commonSuffixLength(before, anchor.prefix) / anchor.prefix.length : before.length === 0 ? 1 : 0;
  const suffix = anchor.suffix.length ? commonPrefixLength(after, anchor.suffix) / anchor.suffix.length : after.length === 0 ? 1 : 0;
  return { prefix, suffix };
}

function bestExactMatch(text: string, anchor: TextAnchor, expectedAt: number, quoteDeleted: boolean) {
  const candidates = occurrencesOf(text, anchor.exact).map((start, occurrence) => {
    const end = start + anchor.exact.length;
    const { prefix, suffix } = contextScores(text, start, end, anchor);
    const proximity = 1 - Math.min(1, Math.abs(start - expectedAt) / Math.max(1, text.length));
    const score = 20 * prefix + 20 * suffix + (occurrence === anchor.occurrence ? 1 : 0) + 2 * proximity;
    return { start, end, prefix, suffix, near: Math.abs(start - expectedAt) <= anchor.exact.length, score };
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best) return null;
  // A deleted passage may only reappear with its surroundings (a moved paragraph).
  if (quoteDeleted) return best.prefix >= 0.5 && best.suffix >= 0.5 ? best : null;
  // Otherwise it must sit where the text was, or agree with its context.
  return best.near || best.prefix + best.suffix >= 0.75 ? best : null;
}

function bestFuzzyMatch(text: string, anchor: TextAnchor, expectedStart: number, expectedEnd: number) {
  const length = anchor.exact.length;
  if (length < minFuzzyQuoteLength) return null;
  const margin = length + 64;
  const windowStart = Math.max(0, expectedStart - margin);
  const windowEnd = Math.min(text.length, expectedEnd + margin);
  const window = text.slice(windowStart, windowEnd);
  const haystack = normalizeForMatching(window);
  const needle = normalizeForMatching(anchor.exact).text;
  const maxErrors = Math.floor(needle.length * (1 - minFuzzyScore));
  let best: { start: number; end: number; score: number; rank: number } | null = null;
  for (const match of search(haystack.text, needle, maxErrors)) {
    const start = windowStart + haystack.toRaw[match.start];
    const end = windowStart + rawEnd(haystack, window, match.end);
    const score = 1 - match.errors / Math.max(1, needle.length);
    if (score < minFuzzyScore) continue;
    const { prefix, suffix } = contextScores(text, start, end, anchor);
    const proximity = 1 - Math.min(1, Math.abs(start - expectedStart) / Math.max(1, margin));
    const rank = 50 * score + 20 * prefix + 20 * suffix + 2 * proximity;
    if (!best || rank > best.rank) best = { start, end, score, rank };
  }
  return best;
}

/**
 * Re-anchors one claim. `diff` is old revision text → new text (compute it once per edit
 * with `diffTexts` and share it across claims); without it the stored position is used as is.
 */
export function reanchor(anchor: TextAnchor, newText: string, diff?: Diff[]): AnchorResult {
  const start = diff ? mapOffset(diff, anchor.start) : anchor.start;
  const end = diff ? Math.max(start, mapOffset(diff, anchor.end)) : anchor.end;

  if (newText.startsWith(anchor.exact, start)) {
    return { state: "anchored", start, end: start + anchor.exact.length, method: "position" };
  }

  const survived = diff ? survivingLength(diff, anchor.start, anchor.end) : anchor.exact.length;
  const quoteDeleted = survived === 0;

  const exact = bestExactMatch(newText, anchor, start, quoteDeleted);
  if (exact) return { state: "anchored", start: exact.start, end: exact.end, method: "quote" };
  if (quoteDeleted) return { state: "orphaned" };

  const fuzzy = bestFuzzyMatch(newText, anchor, start, end);
  if (fuzzy) return { state: "needs_review", start: fuzzy.start, end: fuzzy.end, method: "fuzzy", score: fuzzy.score };
  return { state: "orphaned" };
}

