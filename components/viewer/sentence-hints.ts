import { PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration } from "@tiptap/pm/view";
import { decorationLayer, type DecorationLayerState } from "./decoration-layer";

/** A hint as drawn: document positions, and the offset that names it (its sentence's start). */
export type DrawnHint = { from: number; to: number; start: number };

export const sentenceHintsKey = new PluginKey<DecorationLayerState>("sentenceHints");

/**
 * Check-worthiness hints as faint dotted underlines: never saved into the article, never
 * moving an anchor; drawn whole when the hints change (once per revision, and when a claim
 * takes one).
 */
export const SentenceHints = decorationLayer<DrawnHint[]>("sentenceHints", sentenceHintsKey, (hints) =>
  hints.map((h) => Decoration.inline(h.from, h.to, { class: "sentence-hint", "data-hint-start": String(h.start) }, { hintStart: h.start })),
);

/** The hint under a document position (its sentence's start offset), if any. */
export function hintAt(state: EditorState, pos: number): number | null {
  const found = sentenceHintsKey.getState(state)?.set.find(pos, pos, (spec) => typeof spec.hintStart === "number") ?? [];
  return found.length ? (found[0].spec as { hintStart: number }).hintStart : null;
}
