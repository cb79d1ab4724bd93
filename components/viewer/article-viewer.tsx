"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { canonicalText, textOffsetToPos, type DocNode } from "@/lib/anchoring/canonical-text";
import { highlightSegments } from "@/lib/anchoring/segments";
import { articleExtensions } from "@/lib/articles/extensions";
import type { ClaimDto } from "@/lib/claims/dto";
import { ClaimHighlights, claimHighlightsKey, claimIdsAt, type DrawnSegment } from "./claim-highlights";
import { claimClassName } from "./claim-style";
import { readSelection, type TextSelection } from "./selection-offsets";

type ArticleViewerProps = {
  doc: DocNode;
  /** Claims anchored to this revision (orphans are listed in the panel only). */
  claims: ClaimDto[];
  selectedId: string | null;
  canCreate: boolean;
  onSelectClaims: (ids: string[]) => void;
  onAddClaim: (selection: TextSelection) => Promise<void>;
  /** Server-rendered article shown until the editor mounts, so the page is never blank. */
  fallback: ReactNode;
};

export function isEditableTarget(target: EventTarget | null) {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

export function ArticleViewer({ doc, claims, selectedId, canCreate, onSelectClaims, onAddClaim, fallback }: ArticleViewerProps) {
  const { text, segments } = useMemo(() => canonicalText(doc), [doc]);
  const container = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<(TextSelection & { top: number; left: number }) | null>(null);
  const [adding, setAdding] = useState(false);
  const onSelectRef = useRef(onSelectClaims);
  useEffect(() => {
    onSelectRef.current = onSelectClaims;
  }, [onSelectClaims]);

  const editor = useEditor({
    extensions: [...articleExtensions, ClaimHighlights],
    content: doc,
    editable: false,
    immediatelyRender: false,
    editorProps: {
      attributes: { class: "article-body", "aria-label": "Article text" },
      handleClick(view, pos) {
        const ids = claimIdsAt(view.state, pos);
        if (ids.length) onSelectRef.current(ids);
        return false;
      },
      // A quick second click (to reach the other of two overlapping claims) arrives as a double click.
      handleDoubleClick(view, pos) {
        const ids = claimIdsAt(view.state, pos);
        if (ids.length) onSelectRef.current(ids);
        return false;
      },
    },
  });

  useEffect(() => {
    if (!editor) return;
    const byId = new Map(claims.map((claim) => [claim.id, claim]));
    const drawn: DrawnSegment[] = [];
    for (const segment of highlightSegments(claims.map((c) => ({ id: c.id, start: c.startOffset, end: c.endOffset })))) {
      const from = textOffsetToPos(segments, segment.start, 1);
      const to = textOffsetToPos(segments, segment.end, -1);
      if (from === null || to === null || from >= to) continue;
      const selected = selectedId !== null && segment.ids.includes(selectedId);
      const className = claimClassName(byId.get(selected ? selectedId : segment.ids[0])!, selected);
      drawn.push({ from, to, ids: segment.ids, className: segment.ids.length > 1 ? `${className} claim-hl-overlap` : className });
    }
    editor.view.dispatch(editor.state.tr.setMeta(claimHighlightsKey, drawn));
  }, [editor, claims, selectedId, segments]);

  useEffect(() => {
    if (!editor) return;
    const update = () => {
      const next = readSelection(editor.view, text, segments);
      const box = container.current?.getBoundingClientRect();
      setSelection(next && box ? { ...next, top: next.rect.bottom - box.top + 6, left: Math.max(0, next.rect.left - box.left) } : null);
    };
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, [editor, text, segments]);

  async function addClaim() {
    if (!selection || adding) return;
    setAdding(true);
    try {
      await onAddClaim(selection);
      window.getSelection()?.removeAllRanges();
    } finally {
      setAdding(false);
    }
  }

  const addClaimRef = useRef(addClaim);
  useEffect(() => {
    addClaimRef.current = addClaim;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "a" || event.metaKey || event.ctrlKey || event.altKey || isEditableTarget(event.target)) return;
      if (!selection || !canCreate) return;
      event.preventDefault();
      void addClaimRef.current();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [selection, canCreate]);

  return (
    <div className="viewer" ref={container}>
      {editor ? <EditorContent editor={editor} /> : fallback}
      {selection && canCreate && (
        <button
          type="button"
          className="button button-primary add-claim"
          style={{ top: selection.top, left: selection.left }}
          aria-keyshortcuts="A"
          disabled={adding}
          onMouseDown={(event) => event.preventDefault() /* keep the selection */}
          onClick={addClaim}
        >
          Add claim <kbd>A</kbd>
        </button>
      )}
    </div>
  );
}
