import type { EditorView } from "@tiptap/pm/view";
import { posToTextOffset, type TextSegment } from "@/lib/anchoring/canonical-text";

export type TextSelection = { start: number; end: number; exact: string; rect: DOMRect };

/**
 * The browser selection inside the article as canonical text offsets. Read from the DOM,
 * because a read-only ProseMirror view does not track keyboard selections itself. Leading and
 * trailing whitespace (a double-click picks up the space after a word) is left out.
 */
export function readSelection(view: EditorView, text: string, segments: TextSegment[]): TextSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!view.dom.contains(range.commonAncestorContainer)) return null;
  let from: number;
  let to: number;
  try {
    from = view.posAtDOM(range.startContainer, range.startOffset);
    to = view.posAtDOM(range.endContainer, range.endOffset);
  } catch {
    return null;
  }
  let start = posToTextOffset(segments, Math.min(from, to));
  let end = posToTextOffset(segments, Math.max(from, to));
  if (start === null || end === null) return null;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return null;
  return { start, end, exact: text.slice(start, end), rect: range.getBoundingClientRect() };
}
