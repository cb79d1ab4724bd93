/**
 * Overlapping highlights as non-overlapping segments that each carry every claim covering
 * them. ProseMirror merges overlapping inline decorations and keeps only one value of an
 * attribute like data-claim-ids, so we never give it overlaps.
 */
export type HighlightRange = { id: string; start: number; end: number };
export type HighlightSegment = { start: number; end: number; ids: string[] };

export function highlightSegments(ranges: HighlightRange[]): HighlightSegment[] {
  const cuts = [...new Set(ranges.flatMap((r) => [r.start, r.end]))].sort((a, b) => a - b);
  // A sweep from left to right, keeping the claims over the current cut: 10,000 claims are
  // 20,000 cuts, and asking every claim at every cut was 200 million tests in the browser.
  const byStart = ranges.map((range, order) => ({ ...range, order })).sort((a, b) => a.start - b.start);
  let active: typeof byStart = [];
  let next = 0;
  const segments: HighlightSegment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i];
    while (next < byStart.length && byStart[next].start <= start) active.push(byStart[next++]);
    // Over [start, next cut) exactly when it starts at or before `start` and ends after it.
    active = active.filter((r) => r.end > start);
    if (!active.length) continue;
    // Shortest claim first: it is the one a click most likely means (ties in the order given).
    const ids = [...active].sort((a, b) => a.end - a.start - (b.end - b.start) || a.order - b.order).map((r) => r.id);
    segments.push({ start, end: cuts[i + 1], ids });
  }
  return segments;
}
