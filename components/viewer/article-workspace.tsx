"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ClaimDetail } from "@/components/claims/claim-detail";
import { ClaimList, filterClaims, noFilters, type ClaimFilters } from "@/components/claims/claim-list";
import { DeletedClaims } from "@/components/claims/deleted-claims";
import { submitJson } from "@/components/forms/submit-json";
import { canonicalText, type DocNode } from "@/lib/anchoring/canonical-text";
import { can, type Actor } from "@/lib/auth/permissions";
import { summarizeClaim } from "@/lib/claims/claim-summary";
import { unpackClaimSummaries, type PackedClaimSummaries } from "@/lib/claims/packed-summaries";
import type { ClaimDto } from "@/lib/claims/dto";
import type { ClaimDetailDto } from "@/lib/claims/get-claim-detail";
import type { DeletedClaimDto } from "@/lib/claims/list-article-claims";
import type { VerdictDto } from "@/lib/verdicts/list-verdicts";
import { ArticleContent } from "./article-content";
import { ArticleViewer } from "./article-viewer";
import { isEditableTarget } from "./editable-target";
import { HighlightLegend } from "./highlight-legend";
import type { TextSelection } from "./selection-offsets";
import { useDeskEvents } from "./use-desk-events";
import { PresenceBar } from "./presence-bar";
import { usePresence } from "./use-presence";
import { HintsToolbar } from "@/components/claim-hints/hints-toolbar";
import { SuggestedSentences } from "@/components/claim-hints/suggested-sentences";
import type { HintDto, RevisionHints } from "@/lib/claim-hints/list-hints";
import { unpackHints, type PackedRevisionHints } from "@/lib/claim-hints/packed-hints";
import { unclaimedHints } from "@/lib/claim-hints/unclaimed-hints";

type Option = { id: string; label: string };

/** Selections longer than this are more likely a slip of the mouse than one claim. */
const longSelection = 600;

/** Scrolls a claim's highlight into view, retrying for a few frames while the editor mounts. */
function scrollToHighlight(id: string, framesLeft = 60) {
  requestAnimationFrame(() => {
    const highlight = document.querySelector(`[data-claim-ids~="${CSS.escape(id)}"]`);
    if (highlight) highlight.scrollIntoView({ block: "center", behavior: "smooth" });
    else if (framesLeft > 0) scrollToHighlight(id, framesLeft - 1);
  });
}

/** The article with its highlights beside the claim panel; owns the claims and the selection. */
export function ArticleWorkspace(props: {
  articleId: string;
  revisionId: string;
  doc: DocNode;
  /** The claim list's first rows, packed against `doc`'s text; the rest load with the highlights. */
  firstClaims: PackedClaimSummaries;
  /** Every claim on the article, counted by the server when it rendered the page. */
  claimCount: number;
  /** The newest live-update event when the page was rendered: the stream starts after it. */
  lastEventId: string;
  /** A claim open on arrival (links from exports: ?claim=<id>), loaded with the page. */
  initialOpen?: ClaimDetailDto | null;
  actor: Actor;
  verdicts: VerdictDto[];
  people: Option[];
  /** Deleted claims, for admins who may restore them (null for everyone else). */
  deletedClaims: DeletedClaimDto[] | null;
  /** The latest revision's check-worthiness hints, and whether this person shows them. */
  initialHints: PackedRevisionHints;
  showHints: boolean;
}) {
  const { articleId, revisionId, doc, actor, people } = props;
  const router = useRouter();
  const verdicts = useMemo(() => props.verdicts.map((v) => ({ id: v.id, label: v.label })), [props.verdicts]);
  // The page left out what its text says (statements, hint sentences): read back from the same text.
  const canonical = useMemo(() => canonicalText(doc), [doc]);
  const pageText = canonical.text;
  const [claims, setClaims] = useState(() => unpackClaimSummaries(props.firstClaims, pageText));
  // Every claim is here once the page carried them all, or the highlights request has answered.
  const [complete, setComplete] = useState(props.firstClaims.ids.length >= props.claimCount);
  const [selectedId, setSelectedId] = useState<string | null>(props.initialOpen?.claim.id ?? null);
  // The list carries summaries; the open claim is loaded in full when it is opened.
  const [open, setOpen] = useState<{ claim: ClaimDto; detail: ClaimDetailDto | null } | null>(
    props.initialOpen ? { claim: props.initialOpen.claim, detail: props.initialOpen } : null,
  );
  const [filters, setFilters] = useState<ClaimFilters>(noFilters);
  const [hints, setHints] = useState(() => unpackHints(props.initialHints, pageText));
  const [showHints, setShowHints] = useState(props.showHints);
  const [error, setError] = useState<string | null>(null);
  // Opening a claim moves focus to its heading; closing it puts focus back where it was.
  const [focusRequest, setFocusRequest] = useState(0);
  const returnFocus = useRef<HTMLElement | null>(null);
  const panel = useRef<HTMLElement>(null);

  // Live updates: others' changes come in place, without a reload (see useDeskEvents).
  const [remoteChange, setRemoteChange] = useState<{ claimId: string; by: string; version: number } | null>(null);
  const [articleNotice, setArticleNotice] = useState<string | null>(null);
  const [signedOut, setSignedOut] = useState(false);
  const [presenceNotices, setPresenceNotices] = useState(0);
  const [editing, setEditing] = useState(false);
  const present = usePresence({ articleId, actorId: actor.id, claimId: selectedId, editing: editing && selectedId !== null, refresh: presenceNotices });
  const openId = useRef<string | null>(null);
  useEffect(() => {
    openId.current = selectedId;
  }, [selectedId]);
  // An article with more claims than the list's first rows loads them all once mounted: the
  // highlights and the list's filters need every one. Live updates wait for it (effects run
  // before any event can arrive), to apply on top of every claim.
  const everyClaim = useRef<Promise<void>>(Promise.resolve());
  const loadEveryClaim = !complete;
  useEffect(() => {
    if (!loadEveryClaim) return;
    let current = true;
    everyClaim.current = submitJson<PackedClaimSummaries>(`/api/articles/${articleId}/highlights?revisionId=${encodeURIComponent(revisionId)}`, "GET").then((result) => {
      if (!current) return;
      if (!result.ok) return setError(`Not every claim could be loaded: ${result.message} Reload the page to try again.`);
      setClaims(unpackClaimSummaries(result.data, pageText));
      setComplete(true);
    });
    return () => {
      current = false;
    };
  }, [loadEveryClaim, articleId, revisionId, pageText]);

  useDeskEvents(articleId, props.lastEventId, async (event) => {
    if (event.actorId === actor.id) return; // our own changes are already on screen
    // Applied on top of every claim, not the first rows (a change already in them is only read twice).
    await everyClaim.current;
    if (event.kind === "article.hints") {
      const result = await submitJson<RevisionHints>(`/api/articles/${articleId}/hints`, "GET");
      if (result.ok && result.data.revisionId === revisionId) setHints(result.data);
      return;
    }
    const by = event.actorName ?? "the archiver";
    if (event.kind === "article.revised") return setArticleNotice(`${by} saved a new version of this article.`);
    if (!event.claimId) return;
    const result = await submitJson<ClaimDetailDto>(`/api/claims/${event.claimId}`, "GET");
    if (!result.ok) {
      if (result.status === 404) setClaims((all) => all.filter((c) => c.id !== event.claimId));
      return;
    }
    const next = result.data.claim;
    const summary = summarizeClaim(next);
    setClaims((all) => (all.some((c) => c.id === next.id) ? all.map((c) => (c.id === next.id ? summary : c)) : [...all, summary].sort((a, b) => a.startOffset - b.startOffset)));
    if (openId.current === next.id) {
      setOpen((current) => (current?.claim.id === next.id ? { claim: next, detail: result.data } : current));
      setRemoteChange({ claimId: next.id, by, version: next.version });
    }
  }, { onPresence: () => setPresenceNotices((n) => n + 1), onSignedOut: () => setSignedOut(true) });

  const placed = useMemo(() => claims.filter((c) => c.anchorState !== "ORPHANED" && c.revisionId === revisionId), [claims, revisionId]);
  const navigable = useMemo(() => filterClaims(claims, filters), [claims, filters]);
  // Until every claim is here, a sentence may look unclaimed that is not.
  const suggested = useMemo(() => (showHints && complete && hints.revisionId === revisionId ? unclaimedHints(hints.hints, placed) : []), [showHints, complete, hints, placed, revisionId]);

  async function toggleHints(shown: boolean) {
    setShowHints(shown);
    const result = await submitJson(`/api/account/preferences`, "PUT", { showHints: shown });
    if (!result.ok) setError(result.message);
  }

  function showHint(hint: HintDto) {
    document.querySelector(`[data-hint-start="${hint.start}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
  }
  const shown = open && open.claim.id === selectedId ? open : null;

  useEffect(() => {
    if (!selectedId || open?.claim.id === selectedId) return;
    let current = true;
    void submitJson<ClaimDetailDto>(`/api/claims/${selectedId}`, "GET").then((result) => {
      if (!current) return;
      if (result.ok) setOpen({ claim: result.data.claim, detail: result.data });
      else setError(result.message);
    });
    return () => {
      current = false;
    };
  }, [selectedId, open?.claim.id]);

  // Opening a claim from the text keeps the article where it is; from the list or j/k, the
  // article scrolls to the claim.
  const select = useCallback((id: string | null, { scroll = true } = {}) => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !panel.current?.contains(active)) returnFocus.current = active;
    setSelectedId(id);
    if (id && scroll) scrollToHighlight(id);
    if (id) setFocusRequest((n) => n + 1);
  }, []);

  const close = useCallback(() => {
    setSelectedId(null);
    setOpen(null); // opened again, it loads again: others may have changed it meanwhile
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target?.isConnected) target.focus();
  }, []);

  // Arriving through a claim link: scroll once the editor has drawn the highlights.
  const linkedId = props.initialOpen?.claim.id;
  useEffect(() => {
    if (linkedId) scrollToHighlight(linkedId);
  }, [linkedId]);

  const replaceClaim = useCallback((next: ClaimDto) => {
    setClaims((all) => all.map((c) => (c.id === next.id ? summarizeClaim(next) : c)));
    setOpen((current) => (current?.claim.id === next.id ? { claim: next, detail: current.detail } : current));
  }, []);

  const removeClaim = useCallback((id: string) => {
    setClaims((all) => all.filter((c) => c.id !== id));
    setSelectedId(null);
    setOpen(null);
  }, []);

  async function addClaim(selection: Omit<TextSelection, "rect">) {
    setError(null);
    if (selection.exact.length > longSelection && !window.confirm(`Create a claim from this long passage (${selection.exact.length.toLocaleString()} characters)?`)) return;
    const result = await submitJson<{ claim: ClaimDto }>(`/api/articles/${articleId}/claims`, "POST", {
      revisionId,
      start: selection.start,
      end: selection.end,
      exact: selection.exact,
    });
    if (!result.ok) {
      setError(Object.values(result.fields)[0] ?? result.message);
      // Selected on text someone has since edited: show the current text.
      if (result.status === 409) router.refresh();
      return;
    }
    const claim = result.data.claim;
    if (claim.revisionId !== revisionId) {
      // The article was edited meanwhile and the claim was carried onto the new text: load it.
      router.refresh();
      return;
    }
    setClaims((all) => [...all, summarizeClaim(claim)].sort((a, b) => a.startOffset - b.startOffset));
    setOpen({ claim, detail: null });
    select(claim.id);
  }

  // Escape from the article or anywhere else closes the open claim (the panel handles its own,
  // keeping unsaved edits open).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented || !selectedId) return;
      event.preventDefault();
      close();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [selectedId, close]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.key !== "j" && event.key !== "k") || event.metaKey || event.ctrlKey || event.altKey || isEditableTarget(event.target)) return;
      if (navigable.length === 0) return;
      event.preventDefault();
      const index = navigable.findIndex((c) => c.id === selectedId);
      const next = event.key === "j" ? Math.min(navigable.length - 1, index + 1) : Math.max(0, index === -1 ? 0 : index - 1);
      select(navigable[next].id);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [navigable, selectedId, select]);

  return (
    <div className="workspace">
      <div className="workspace-article">
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {signedOut && (
          <p className="form-error" role="alert">
            You are signed out: live updates have stopped. <a href="/login">Sign in again</a>.
          </p>
        )}
        <PresenceBar present={present} claimLabel={(id) => `“${claims.find((c) => c.id === id)?.statement.slice(0, 60) ?? "a claim"}”`} />
        {articleNotice && (
          <p className="live-notice" role="status">
            {articleNotice}{" "}
            <button type="button" className="button button-quiet" onClick={() => window.location.reload()}>
              Show the new version
            </button>
          </p>
        )}
        <HintsToolbar shown={showHints} state={hints.state} count={suggested.length} onToggle={(shown) => void toggleHints(shown)} />
        {/* The editor is made once every claim is here, so the article is laid out once, with all its highlights. */}
        {complete ? (
          <ArticleViewer
            doc={doc}
            canonical={canonical}
            claims={placed}
            verdicts={props.verdicts}
            selectedId={selectedId}
            canCreate={can(actor, "claim.create")}
            onSelectClaims={(ids) => select(ids.includes(selectedId ?? "") && ids.length > 1 ? ids[(ids.indexOf(selectedId!) + 1) % ids.length] : ids[0], { scroll: false })}
            onAddClaim={addClaim}
            hints={suggested}
          />
        ) : (
          <div className="viewer" aria-busy="true">
            <ArticleContent doc={doc} />
          </div>
        )}
      </div>
      <aside className="workspace-panel" ref={panel}>
        {selectedId && !shown && (
          <section className="claim-detail" aria-label="Selected claim" aria-busy="true">
            <p className="muted">Loading the claim…</p>
          </section>
        )}
        {shown && (
          <ClaimDetail
            key={shown.claim.id}
            claim={shown.claim}
            initialDetail={shown.detail}
            actor={actor}
            verdicts={verdicts}
            people={people}
            focusRequest={focusRequest}
            remoteChange={remoteChange?.claimId === shown.claim.id ? remoteChange : null}
            othersHere={present.filter((person) => person.claimId === shown.claim.id)}
            onEditingChange={setEditing}
            onChanged={replaceClaim}
            onDeleted={removeClaim}
            onClose={close}
          />
        )}
        {showHints && <SuggestedSentences hints={suggested} canCreate={can(actor, "claim.create")} onAccept={(hint) => addClaim({ start: hint.start, end: hint.end, exact: hint.text })} onShow={showHint} />}
        <ClaimList present={present} claims={claims} total={complete ? claims.length : props.claimCount} selectedId={selectedId} filters={filters} onFilters={setFilters} onSelect={select} verdicts={verdicts} people={people} />
        <HighlightLegend verdicts={props.verdicts} />
        {props.deletedClaims && <DeletedClaims initial={props.deletedClaims} onRestored={() => router.refresh()} />}
      </aside>
    </div>
  );
}
