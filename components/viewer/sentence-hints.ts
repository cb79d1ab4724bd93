import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

/** A hint as drawn: document positions, and the offset that names it (its sentence's start). */
export type DrawnHint = { from: number; to: number; start: number };
type HintState = { set: DecorationSet };

export const sentenceHintsKey = new PluginKey<HintState>("sentenceHints");

/**
 * Check-worthiness hints as faint dotted underlines. Decorations like the claim highlights:
 * they are never saved into the article and never move an anchor; drawn whole when the hints
 * change (once per revision, and when a claim takes one).
 */
export const SentenceHints = Extension.create({
  name: "sentenceHints",
  addProseMirrorPlugins() {
    return [
      new Plugin<HintState>({
        key: sentenceHintsKey,
        state: {
          init: () => ({ set: DecorationSet.empty }),
          apply(tr, value) {
            const hints = tr.getMeta(sentenceHintsKey) as DrawnHint[] | undefined;
            if (!hints) return { set: value.set.map(tr.mapping, tr.doc) };
            return { set: DecorationSet.create(tr.doc, hints.map((h) => Decoration.inline(h.from, h.to, { class: "sentence-hint", "data-hint-start": String(h.start) }, { hintStart: h.start }))) };
          },
        },
        props: { decorations: (state) => sentenceHintsKey.getState(state)?.set },
      }),
    ];
  },
});

/** The hint under a document position (its sentence's start offset), if any. */
export function hintAt(state: EditorState, pos: number): number | null {
  const found = sentenceHintsKey.getState(state)?.set.find(pos, pos, (spec) => typeof spec.hintStart === "number") ?? [];
  return found.length ? (found[0].spec as { hintStart: number }).hintStart : null;
}
