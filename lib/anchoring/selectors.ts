/**
 * W3C Web Annotation selectors for a range of canonical text, plus which occurrence of the
 * quote was selected (what keeps a claim on the second copy of a repeated sentence).
 * Offsets are UTF-16 code units (see canonical-text.ts).
 */
export const contextLength = 32;

export type TextAnchor = {
  exact: string; // TextQuoteSelector
  prefix: string;
  suffix: string;
  start: number; // TextPositionSelector
  end: number;
  occurrence: number; // index among the exact occurrences of `exact` in the text
};

export type RangeProblem = { field: "start" | "end" | "exact"; message: string };

export function occurrencesOf(text: string, quote: string): number[] {
  const found: number[] = [];
  if (!quote) return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/**
 * Which occurrence of `quote` starts at `start` (0 for the first, and for a start where it does
 * not occur): `occurrencesOf(text, quote).indexOf(start)`, without reading past `start`.
 */
export function occurrenceAt(text: string, quote: string, start: number): number {
  if (!quote) return 0;
  let before = 0;
  for (let at = text.indexOf(quote); at !== -1 && at < start; at = text.indexOf(quote, at + 1)) before++;
  return text.startsWith(quote, start) ? before : 0;
}

/** Why a selection cannot be a claim's anchor, or null when it can. */
export function rangeProblem(text: string, range: { start: number; end: number; exact?: string }): RangeProblem | null {
  const { start, end, exact } = range;
  if (!Number.isInteger(start) || start < 0) return { field: "start", message: "The selection starts outside the article" };
  if (!Number.isInteger(end) || end > text.length) return { field: "end", message: "The selection ends past the end of the article" };
  if (end <= start) return { field: "end", message: "Select some text first" };
  const quote = text.slice(start, end);
  if (!quote.trim()) return { field: "exact", message: "The selection contains no text" };
  if (exact !== undefined && exact !== quote) return { field: "exact", message: "The quote does not match the article at that position" };
  return null;
}

export function describeRange(text: string, start: number, end: number): TextAnchor {
  const exact = text.slice(start, end);
  return {
    exact,
    prefix: text.slice(Math.max(0, start - contextLength), start),
    suffix: text.slice(end, end + contextLength),
    start,
    end,
    occurrence: occurrenceAt(text, exact, start),
  };
}
