import { PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration } from "@tiptap/pm/view";
import { decorationLayer, type DecorationLayerState } from "./decoration-layer";

export type DrawnSegment = { from: number; to: number; ids: string[]; className: string };

export const claimHighlightsKey = new PluginKey<DecorationLayerState>("claimHighlights");

/**
 * Claims drawn as decorations. The set is rebuilt whole only when claims change (cheaper than
 * many removals); opening a claim touches only SelectedClaimHighlight below.
 */
export const ClaimHighlights = decorationLayer<DrawnSegment[]>("claimHighlights", claimHighlightsKey, (segments) =>
  segments.map((s) => Decoration.inline(s.from, s.to, { class: s.className, "data-claim-ids": s.ids.join(" ") }, { ids: s.ids })),
);

/**
 * The open claim, drawn over the highlights as a decoration of its own: opening another claim
 * redraws this one range, never the thousands of highlights beneath it.
 */
export const selectedClaimKey = new PluginKey<DecorationLayerState>("selectedClaim");

export const SelectedClaimHighlight = decorationLayer<{ from: number; to: number } | null>("selectedClaimHighlight", selectedClaimKey, (range) =>
  range ? [Decoration.inline(range.from, range.to, { class: "claim-hl-selected" })] : [],
);

function drawnHighlights(state: EditorState) {
  return claimHighlightsKey.getState(state)?.set.find(undefined, undefined, (spec) => Array.isArray(spec.ids)) ?? [];
}

/** Claim ids under a document position, shortest claim first. */
export function claimIdsAt(state: EditorState, pos: number): string[] {
  const set = claimHighlightsKey.getState(state)?.set;
  if (!set) return [];
  const found = set.find(pos, pos, (spec) => Array.isArray(spec.ids));
  return [...new Set(found.flatMap((d) => (d.spec as { ids: string[] }).ids))];
}

/**
 * Where the next (or previous) highlight starts, seen from the caret: what Tab and Shift+Tab
 * move to in the viewer. Null past the last one, so Tab then leaves the article as usual.
 */
export function adjacentHighlight(state: EditorState, pos: number, direction: 1 | -1): number | null {
  const starts = [...new Set(drawnHighlights(state).map((d) => d.from))].sort((a, b) => a - b);
  return (direction === 1 ? starts.find((from) => from > pos) : starts.findLast((from) => from < pos)) ?? null;
}
