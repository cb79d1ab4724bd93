/**
 * Overlapping highlights as non-overlapping segments that each carry every claim covering
 * them. ProseMirror merges overlapping inline decorations and keeps only one value of an
 * attribute like data-claim-ids, so we never give it overlaps.
 */
export type HighlightRange = { id: string; start: number; end: number };
export type HighlightSegment = { start: number; end: number; ids: string[] };

export function highlightSegments(ranges: HighlightRange[]): HighlightSegment[] {
  const cuts = [...new Set(ranges.flatMap((r) => [r.start, r.end]))].sort((a, b) => a - b);
  const segments: HighlightSegment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i];
    const end = cuts[i + 1];
    // Shortest claim first: it is the one a click most likely means.
    const ids = ranges
      .filter((r) => r.start <= start && r.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))
      .map((r) => r.id);
    if (ids.length) segments.push({ start, end, ids });
  }
  return segments;
}
