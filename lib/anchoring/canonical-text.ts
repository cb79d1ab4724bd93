/**
 * The one plain text of an article revision that every anchor points into. Built from the
 * TipTap/ProseMirror JSON with no DOM or schema, so server, browser and scripts agree.
 *
 * Rules:
 * - Text comes from textblocks (paragraphs, headings, code blocks) in document order.
 * - Consecutive textblocks are separated by "\n\n" (list items and quotes are just the
 *   textblocks inside them); a hard break inside a block is "\n".
 * - Text is kept exactly as stored: no whitespace collapsing, no Unicode normalization
 *   (ProseMirror's HTML parser already collapsed markup whitespace on import).
 * - Offsets are UTF-16 code units, like JavaScript strings and ProseMirror positions.
 *   Exports convert to code points where a standard asks for them.
 */
export type DocNode = {
  type: string;
  text?: string;
  content?: DocNode[];
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
};

/** A run of canonical text that maps 1:1 onto ProseMirror positions. */
export type TextSegment = { start: number; end: number; pos: number };

export type CanonicalText = { text: string; segments: TextSegment[] };

export const blockSeparator = "\n\n";
export const hardBreakText = "\n";

const textblockTypes = new Set(["paragraph", "heading", "codeBlock"]);

export function canonicalText(doc: DocNode): CanonicalText {
  let text = "";
  const segments: TextSegment[] = [];
  let blocks = 0;

  // `pos` is the ProseMirror position at the start of `node`'s content.
  function walkInline(node: DocNode, pos: number): number {
    if (node.type === "text") {
      const value = node.text ?? "";
      segments.push({ start: text.length, end: text.length + value.length, pos });
      text += value;
      return pos + value.length;
    }
    if (node.type === "hardBreak") {
      segments.push({ start: text.length, end: text.length + hardBreakText.length, pos });
      text += hardBreakText;
      return pos + 1;
    }
    return pos + 1; // other inline leaves (none in our schema) take one position and no text
  }

  function walk(node: DocNode, pos: number): number {
    const children = node.content ?? [];
    if (textblockTypes.has(node.type)) {
      if (blocks++ > 0) text += blockSeparator;
      let inner = pos + 1;
      for (const child of children) inner = walkInline(child, inner);
      return inner + 1;
    }
    if (children.length === 0) return pos + 1; // a leaf block such as horizontalRule
    let inner = pos + 1;
    for (const child of children) inner = walk(child, inner);
    return inner + 1;
  }

  let pos = 0;
  for (const child of doc.content ?? []) pos = walk(child, pos);
  return { text, segments };
}

/**
 * ProseMirror position of a canonical text offset. An offset on a block separator maps to the
 * end of the block before it when `side` is -1 (range ends) and to the start of the next
 * block when `side` is 1 (range starts).
 */
export function textOffsetToPos(segments: TextSegment[], offset: number, side: -1 | 1 = 1): number | null {
  // Segments are non-empty and in text order, so a binary search finds the one that counts:
  // the viewer places every highlight with two of these calls (10,000 claims on a long article).
  if (side === 1) {
    const at = firstIndex(segments, (s) => s.end > offset);
    if (at === segments.length) return null;
    const segment = segments[at];
    // Inside it, or (on a block separator) snapped forward to its start.
    return segment.start <= offset ? segment.pos + (offset - segment.start) : segment.pos;
  }
  const at = firstIndex(segments, (s) => s.start >= offset) - 1;
  if (at < 0) return null;
  const segment = segments[at];
  // Inside it (its end included), or snapped back to its end.
  return segment.end >= offset ? segment.pos + (offset - segment.start) : segment.pos + (segment.end - segment.start);
}

/** The first index whose segment passes `test` (segments.length when none does); `test` must be false, then true, in order. */
function firstIndex(segments: TextSegment[], test: (segment: TextSegment) => boolean): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(segments[middle])) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Canonical text offset of a ProseMirror position (for turning a browser selection into offsets). */
export function posToTextOffset(segments: TextSegment[], pos: number): number | null {
  for (const segment of segments) {
    const length = segment.end - segment.start;
    if (pos >= segment.pos && pos <= segment.pos + length) return segment.start + (pos - segment.pos);
  }
  const next = segments.find((s) => s.pos > pos);
  return next ? next.start : segments.length ? segments[segments.length - 1].end : null;
}
