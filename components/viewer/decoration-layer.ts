import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";

/** The decorations, and the data they were drawn from (to tell whether new data is new). */
export type DecorationLayerState = { set: DecorationSet; data: unknown };

/**
 * A layer of decorations over the read-only article, redrawn whole when a transaction carries
 * new data under the layer's key (`tr.setMeta(key, data)`), and only mapped otherwise.
 * Decorations, not marks: nothing is saved into the article, and layers never exclude each other.
 * `configure({ initial })` draws the layer as the editor is made, so a long article is laid out
 * once with its highlights, not once bare and again with them.
 */
export function decorationLayer<T>(name: string, key: PluginKey<DecorationLayerState>, draw: (data: T, doc: ProseMirrorNode) => Decoration[]) {
  return Extension.create<{ initial: T | undefined }>({
    name,
    addOptions: () => ({ initial: undefined }),
    addProseMirrorPlugins() {
      const { initial } = this.options;
      return [
        new Plugin<DecorationLayerState>({
          key,
          state: {
            init: (_, state) => (initial === undefined ? { set: DecorationSet.empty, data: undefined } : { set: DecorationSet.create(state.doc, draw(initial, state.doc)), data: initial }),
            apply(tr, value) {
              const data = tr.getMeta(key) as T | undefined;
              if (data === undefined) return { set: value.set.map(tr.mapping, tr.doc), data: value.data };
              return { set: DecorationSet.create(tr.doc, draw(data, tr.doc)), data };
            },
          },
          props: { decorations: (state) => key.getState(state)?.set },
        }),
      ];
    },
  });
}

/** Whether the layer is drawn from other data than `data` (and needs a `setMeta` with it). */
export function drawnFromOther(state: EditorState, key: PluginKey<DecorationLayerState>, data: unknown): boolean {
  return key.getState(state)?.data !== data;
}
