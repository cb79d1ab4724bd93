"use client";

import { TextSelection as ProseMirrorSelection } from "@tiptap/pm/state";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { textOffsetToPos, type CanonicalText, type DocNode } from "@/lib/anchoring/canonical-text";
import { highlightSegments } from "@/lib/anchoring/segments";
import { articleExtensions } from "@/lib/articles/extensions";
import type { ClaimSummary } from "@/lib/claims/claim-summary";
import type { VerdictDto } from "@/lib/verdicts/list-verdicts";
import { statusLabels } from "@/lib/labels";
import { ArticleContent } from "./article-content";
import { drawnFromOther } from "./decoration-layer";
import { adjacentHighlight, ClaimHighlights, claimHighlightsKey, claimIdsAt, SelectedClaimHighlight, selectedClaimKey, type DrawnSegment } from "./claim-highlights";
import { claimClassName } from "./claim-style";
import { ReadOnlyCaret } from "./read-only-caret";
import { hintAt, SentenceHints, sentenceHintsKey, type DrawnHint } from "./sentence-hints";
import { HintCard } from "@/components/claim-hints/hint-card";
import { useHintCard } from "@/components/claim-hints/use-hint-card";
import { isEditableTarget } from "./editable-target";
import type { HintDto } from "@/lib/claim-hints/list-hints";
import { readSelection, type TextSelection } from "./selection-offsets";

type ArticleViewerProps = {
  doc: DocNode;
  /** `doc`'s canonical text, as the workspace already computed it. */
  canonical: CanonicalText;
  /** Claims anchored to this revision (orphans are listed in the panel only). */
  claims: ClaimSummary[];
  verdicts: Pick<VerdictDto, "id" | "label" | "tone">[];
  selectedId: string | null;
  canCreate: boolean;
  onSelectClaims: (ids: string[]) => void;
  onAddClaim: (selection: Omit<TextSelection, "rect">) => Promise<void>;
  /** Check-worthy sentences not yet claimed (empty while hints are off). */
  hints: HintDto[];
};

/** What a screen reader hears when the caret reaches a highlight. */
function describeClaims(claims: ClaimSummary[], verdictLabels: Map<string, string>) {
  const described = claims.map((c) => `${statusLabels[c.status]}, ${c.verdictId ? `verdict ${verdictLabels.get(c.verdictId)}` : "no verdict"}`);
  return `${claims.length > 1 ? `${claims.length} claims` : "Claim"}: ${described.join("; ")}. Enter opens it.`;
}

export function ArticleViewer({ doc, canonical, claims, verdicts, selectedId, canCreate, onSelectClaims, onAddClaim, hints }: ArticleViewerProps) {
  const { text, segments } = canonical;
  const container = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<(TextSelection & { top: number; left: number }) | null>(null);
  const [adding, setAdding] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const hintCard = useHintCard({
    container,
    hints,
    canCreate,
    onAccept: (hint) => onAddClaim({ start: hint.start, end: hint.end, exact: text.slice(hint.start, hint.end) }),
  });
  const caretOnHint = useRef(hintCard.caretOn);
  useEffect(() => {
    caretOnHint.current = hintCard.caretOn;
  });
  const claimsRef = useRef({ claims, verdicts, hints });
  useEffect(() => {
    claimsRef.current = { claims, verdicts, hints };
  }, [claims, verdicts, hints]);
  const onSelectRef = useRef(onSelectClaims);
  useEffect(() => {
    onSelectRef.current = onSelectClaims;
  }, [onSelectClaims]);

  // The highlights: drawn when the claims change, not when another claim is opened. Only in
  // the browser: the server never makes the editor (immediatelyRender: false), and for an
  // article with 2,700 claims working them out was a third of the server's render of the page.
  const drawn = useMemo(() => {
    if (typeof window === "undefined") return [];
    const byId = new Map(claims.map((claim) => [claim.id, claim]));
    const tones = new Map(verdicts.map((v) => [v.id, v.tone]));
    const result: DrawnSegment[] = [];
    for (const segment of highlightSegments(claims.map((c) => ({ id: c.id, start: c.startOffset, end: c.endOffset })))) {
      const from = textOffsetToPos(segments, segment.start, 1);
      const to = textOffsetToPos(segments, segment.end, -1);
      if (from === null || to === null || from >= to) continue;
      const first = byId.get(segment.ids[0])!;
      const className = claimClassName(first, first.verdictId ? (tones.get(first.verdictId) ?? null) : null);
      result.push({ from, to, ids: segment.ids, className: segment.ids.length > 1 ? `${className} claim-hl-overlap` : className });
    }
    return result;
  }, [claims, verdicts, segments]);

  const drawnHints = useMemo(() => {
    const result: DrawnHint[] = [];
    for (const hint of hints) {
      const from = textOffsetToPos(segments, hint.start, 1);
      const to = textOffsetToPos(segments, hint.end, -1);
      if (from !== null && to !== null && from < to) result.push({ from, to, start: hint.start });
    }
    return result;
  }, [hints, segments]);

  // Highlights and hints drawn as the editor is made: the article is laid out once, with them.
  const [extensions] = useState(() => [
    ...articleExtensions,
    ClaimHighlights.configure({ initial: drawn }),
    SelectedClaimHighlight,
    SentenceHints.configure({ initial: drawnHints }),
    ReadOnlyCaret,
  ]);
  const editor = useEditor({
    extensions,
    content: doc,
    immediatelyRender: false,
    onSelectionUpdate({ editor }) {
      const { empty, head } = editor.state.selection;
      const ids = empty ? claimIdsAt(editor.state, head) : [];
      const here = claimsRef.current.claims.filter((c) => ids.includes(c.id));
      const hintStart = empty && !ids.length ? hintAt(editor.state, head) : null;
      caretOnHint.current(hintStart);
      const hint = claimsRef.current.hints.find((h) => h.start === hintStart);
      setAnnouncement(
        here.length
          ? describeClaims(here, new Map(claimsRef.current.verdicts.map((v) => [v.id, v.label])))
          : hint
            ? `Check-worthy sentence, ${Math.round(hint.score * 100)}%: ${hint.reasons.map((r) => r.label).join(", ")}. C makes it a claim.`
            : "",
      );
    },
    editorProps: {
      attributes: {
        class: "article-body",
        role: "textbox",
        "aria-readonly": "true",
        "aria-multiline": "true",
        "aria-label": "Article text",
        "aria-describedby": "viewer-keys",
        inputmode: "none",
        spellcheck: "false",
      },
      handleKeyDown(view, event) {
        if (event.metaKey || event.ctrlKey || event.altKey) return false;
        // With text selected, Tab goes on to the "Add claim" button as usual.
        if (event.key === "Tab" && view.state.selection.empty) {
          const to = adjacentHighlight(view.state, view.state.selection.head, event.shiftKey ? -1 : 1);
          if (to === null) return false;
          view.dispatch(view.state.tr.setSelection(ProseMirrorSelection.create(view.state.doc, to)).scrollIntoView());
          return true;
        }
        if (event.key === "Enter") {
          const ids = claimIdsAt(view.state, view.state.selection.head);
          if (ids.length) onSelectRef.current(ids);
          return true;
        }
        return false;
      },
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
    if (editor && drawnFromOther(editor.state, claimHighlightsKey, drawn)) editor.view.dispatch(editor.state.tr.setMeta(claimHighlightsKey, drawn));
  }, [editor, drawn]);

  useEffect(() => {
    if (editor && drawnFromOther(editor.state, sentenceHintsKey, drawnHints)) editor.view.dispatch(editor.state.tr.setMeta(sentenceHintsKey, drawnHints));
  }, [editor, drawnHints]);

  useEffect(() => {
    if (!editor) return;
    const claim = claims.find((c) => c.id === selectedId);
    const from = claim ? textOffsetToPos(segments, claim.startOffset, 1) : null;
    const to = claim ? textOffsetToPos(segments, claim.endOffset, -1) : null;
    editor.view.dispatch(editor.state.tr.setMeta(selectedClaimKey, from !== null && to !== null && from < to ? { from, to } : null));
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
      // Collapse the selection in the editor too, or it would come back (with "Add claim") when
      // focus returns to the article.
      editor?.commands.setTextSelection(editor.state.selection.to);
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
    <div
      className="viewer"
      ref={container}
      onMouseOver={hintCard.onMouseOver}
      onMouseLeave={hintCard.onMouseLeave}
    >
      <p id="viewer-keys" className="visually-hidden">
        Read-only. Shift with the arrow keys selects text; A adds a claim from the selection. Tab moves to the next highlighted claim, Enter opens it. On a
        dotted check-worthiness hint, C makes the sentence a claim.
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {/* Until the editor mounts, the article as plain HTML (also what the server renders), so the page is never blank. */}
      {editor ? <EditorContent editor={editor} /> : <ArticleContent doc={doc} />}
      {hintCard.active && hintCard.position && !selection && (
        <HintCard key={hintCard.active.start} hint={hintCard.active} position={hintCard.position} canCreate={canCreate} onAccept={(hint) => void hintCard.accept(hint)} />
      )}
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
