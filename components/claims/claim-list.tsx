"use client";

import { useMemo, useState } from "react";
import { claimListPage, type ClaimSummary } from "@/lib/claims/claim-summary";
import { claimStatuses } from "@/lib/enums";
import { anchorLabels, statusLabels } from "@/lib/labels";
import type { PresentPerson } from "@/lib/live/presence";
import { PresenceChip } from "@/components/viewer/presence-bar";

export type ClaimFilters = { status: string; verdictId: string; assigneeId: string };
export const noFilters: ClaimFilters = { status: "", verdictId: "", assigneeId: "" };

export function filterClaims(claims: ClaimSummary[], filters: ClaimFilters) {
  return claims.filter(
    (c) =>
      (!filters.status || c.status === filters.status) &&
      (!filters.verdictId || (filters.verdictId === "none" ? !c.verdictId : c.verdictId === filters.verdictId)) &&
      (!filters.assigneeId || (filters.assigneeId === "none" ? !c.assigneeId : c.assigneeId === filters.assigneeId)),
  );
}

type Option = { id: string; label: string };

export function ClaimList({
  claims,
  selectedId,
  filters,
  onFilters,
  onSelect,
  verdicts,
  people,
  present = [],
  total = claims.length,
}: {
  /**
   * How many claims the article has, while `claims` holds only the first rows (the page
   * carries those; the rest load with the highlights). Filtering waits for the rest.
   */
  total?: number;
  /** Others with the article open, shown on the claim each has open. */
  present?: PresentPerson[];
  claims: ClaimSummary[];
  selectedId: string | null;
  filters: ClaimFilters;
  onFilters: (filters: ClaimFilters) => void;
  onSelect: (id: string) => void;
  verdicts: Option[];
  people: Option[];
}) {
  const [open, setOpen] = useState(true);
  const [pages, setPages] = useState(1);
  const loading = total > claims.length;
  const visible = useMemo(() => filterClaims(claims, filters), [claims, filters]);
  const placed = visible.filter((c) => c.anchorState !== "ORPHANED");
  const orphaned = visible.filter((c) => c.anchorState === "ORPHANED");
  const verdictLabels = useMemo(() => new Map(verdicts.map((v) => [v.id, v.label])), [verdicts]);
  // The open claim is always listed, however far down it is.
  const shown = Math.max(pages * claimListPage, placed.findIndex((c) => c.id === selectedId) + 1);
  const select = (key: keyof ClaimFilters, label: string, options: Option[]) => (
    <label className="filter">
      <span>{label}</span>
      <select value={filters[key]} disabled={loading} onChange={(e) => onFilters({ ...filters, [key]: e.target.value })}>
        <option value="">All</option>
        {key !== "status" && <option value="none">None</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  const button = (claim: ClaimSummary) => (
    <ClaimButton claim={claim} verdict={claim.verdictId ? (verdictLabels.get(claim.verdictId) ?? null) : null} selected={claim.id === selectedId} onSelect={onSelect} />
  );

  return (
    <section className="claim-list" aria-label="Claims" aria-busy={loading || undefined}>
      <div className="claim-list-head">
        <h2>
          Claims <span className="muted">({total})</span>
        </h2>
        <button type="button" className="button button-quiet" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? "Hide list" : "Show list"}
        </button>
      </div>
      {open && (
        <>
          <div className="filters">
            {select("status", "Status", claimStatuses.map((s) => ({ id: s, label: statusLabels[s] })))}
            {select("verdictId", "Verdict", verdicts)}
            {select("assigneeId", "Assignee", people)}
          </div>
          <p className="muted hint">
            Select text in the article to add a claim. <kbd>j</kbd>/<kbd>k</kbd> move between claims.
          </p>
          {claims.length === 0 && <p className="muted">No claims yet — select text to add one.</p>}
          {claims.length > 0 && visible.length === 0 && <p className="muted">No claims match these filters.</p>}
          <ol className="claim-items">
            {placed.slice(0, shown).map((claim) => (
              <li key={claim.id}>
                {button(claim)}
                {present
                  .filter((person) => person.claimId === claim.id)
                  .map((person) => (
                    <PresenceChip key={person.userId} person={person} detail={person.editing ? "editing this claim" : "viewing this claim"} />
                  ))}
              </li>
            ))}
          </ol>
          {loading && <p className="muted">Loading the other {total - claims.length} claims…</p>}
          {!loading && placed.length > shown && (
            <button type="button" className="button button-quiet" onClick={() => setPages(Math.ceil(shown / claimListPage) + 1)}>
              Show {Math.min(claimListPage, placed.length - shown)} more of {placed.length - shown}
            </button>
          )}
          {orphaned.length > 0 && (
            <>
              <h3>Orphaned ({orphaned.length})</h3>
              <p className="muted hint">Their text was removed from the article. Nothing was deleted.</p>
              <ol className="claim-items" aria-label="Orphaned claims">
                {orphaned.map((claim) => (
                  <li key={claim.id}>
                    {button(claim)}
                    <blockquote className="orphan-quote">{claim.orphanQuote}</blockquote>
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}

function ClaimButton({ claim, verdict, selected, onSelect }: { claim: ClaimSummary; verdict: string | null; selected: boolean; onSelect: (id: string) => void }) {
  return (
    <button type="button" className="claim-item" aria-current={selected ? "true" : undefined} onClick={() => onSelect(claim.id)}>
      <span className={`pill status-${claim.status.toLowerCase()}`}>{statusLabels[claim.status]}</span>
      {verdict && <span className="pill pill-muted">{verdict}</span>}
      {claim.anchorState !== "ANCHORED" && <span className="pill pill-warn">{anchorLabels[claim.anchorState]}</span>}
      <span className="claim-item-text">{claim.statement}</span>
    </button>
  );
}
