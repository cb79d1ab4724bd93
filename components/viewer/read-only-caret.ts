import { Extension } from "@tiptap/core";
import { Plugin } from "@tiptap/pm/state";

/**
 * Makes the viewer a read-only document with a caret. ProseMirror only shows a caret (and lets
 * Shift+Arrow select) in an editable view, so the view stays editable and refuses every change
 * to the document instead: typed text, deletion, paste, drop and cut never reach the article.
 * Selections, focus and decorations (the highlights) still work.
 */
export const ReadOnlyCaret = Extension.create({
  name: "readOnlyCaret",
  addProseMirrorPlugins() {
    const refuse = (_view: unknown, event: Event) => {
      event.preventDefault();
      return true;
    };
    return [
      new Plugin({
        filterTransaction: (tr) => !tr.docChanged,
        props: {
          handleTextInput: () => true,
          handlePaste: () => true,
          handleDrop: () => true,
          handleDOMEvents: { beforeinput: refuse, cut: refuse, drop: refuse, paste: refuse },
          // Links in the article still open (an editable view would otherwise only place the caret).
          handleClick(_view, _pos, event) {
            const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
            const href = link?.getAttribute("href") ?? "";
            if (!link || event.button !== 0 || !/^(https?:|mailto:)/i.test(href)) return false;
            window.open(href, "_blank", "noopener,noreferrer");
            return true;
          },
        },
      }),
    ];
  },
});
