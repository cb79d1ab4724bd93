import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

export type DrawnSegment = { from: number; to: number; ids: string[]; className: string };
type HighlightState = { set: DecorationSet };

export const claimHighlightsKey = new PluginKey<HighlightState>("claimHighlights");

/**
 * Claims drawn as decorations, not marks: marks would be saved into the article and exclude
 * each other. The set is rebuilt whole only when claims change (cheaper than many removals);
 * opening a claim touches only SelectedClaimHighlight below.
 */
export const ClaimHighlights = Extension.create({
  name: "claimHighlights",
  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: claimHighlightsKey,
        state: {
          init: () => ({ set: DecorationSet.empty }),
          apply(tr, value) {
            const segments = tr.getMeta(claimHighlightsKey) as DrawnSegment[] | undefined;
            if (!segments) return { set: value.set.map(tr.mapping, tr.doc) };
            const decorations = segments.map((s) =>
              Decoration.inline(s.from, s.to, { class: s.className, "data-claim-ids": s.ids.join(" ") }, { ids: s.ids }),
            );
            return { set: DecorationSet.create(tr.doc, decorations) };
          },
        },
        props: {
          decorations: (state) => claimHighlightsKey.getState(state)?.set,
        },
      }),
    ];
  },
});

/**
 * The open claim, drawn over the highlights as a decoration of its own: opening another claim
 * redraws this one range, never the thousands of highlights beneath it.
 */
export const selectedClaimKey = new PluginKey<HighlightState>("selectedClaim");

export const SelectedClaimHighlight = Extension.create({
  name: "selectedClaimHighlight",
  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: selectedClaimKey,
        state: {
          init: () => ({ set: DecorationSet.empty }),
          apply(tr, value) {
            const range = tr.getMeta(selectedClaimKey) as { from: number; to: number } | null | undefined;
            if (range === undefined) return { set: value.set.map(tr.mapping, tr.doc) };
            return { set: range ? DecorationSet.create(tr.doc, [Decoration.inline(range.from, range.to, { class: "claim-hl-selected" })]) : DecorationSet.empty };
          },
        },
        props: {
          decorations: (state) => selectedClaimKey.getState(state)?.set,
        },
      }),
    ];
  },
});

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
