import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";

export type DecorationLayerState = { set: DecorationSet };

/**
 * A layer of decorations over the read-only article, redrawn whole when a transaction carries
 * new data under the layer's key (`tr.setMeta(key, data)`), and only mapped otherwise.
 * Decorations, not marks: nothing is saved into the article, and layers never exclude each other.
 */
export function decorationLayer<T>(name: string, key: PluginKey<DecorationLayerState>, draw: (data: T, doc: ProseMirrorNode) => Decoration[]) {
  return Extension.create({
    name,
    addProseMirrorPlugins() {
      return [
        new Plugin<DecorationLayerState>({
          key,
          state: {
            init: () => ({ set: DecorationSet.empty }),
            apply(tr, value) {
              const data = tr.getMeta(key) as T | undefined;
              if (data === undefined) return { set: value.set.map(tr.mapping, tr.doc) };
              return { set: DecorationSet.create(tr.doc, draw(data, tr.doc)) };
            },
          },
          props: { decorations: (state) => key.getState(state)?.set },
        }),
      ];
    },
  });
}
