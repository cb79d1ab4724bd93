"use client";

import { useEffect, useState } from "react";
import { submitJson } from "@/components/forms/submit-json";
import { can, type Actor } from "@/lib/auth/permissions";
import type { ClaimDto } from "@/lib/claims/dto";
import { canEditClaim } from "@/lib/claims/rules";
import { ClaimFieldsForm } from "./claim-fields-form";
import { CommentsSection, type CommentDto } from "./comments-section";
import { HistoryList, type HistoryEntry } from "./history-list";
import { anchorLabels } from "./labels";
import { SourcesSection } from "./sources-section";
import { StatusActions } from "./status-actions";

type Option = { id: string; label: string };
type Detail = { claim: ClaimDto; comments: CommentDto[]; history: HistoryEntry[] };

export function ClaimDetail({
  claim,
  actor,
  verdicts,
  people,
  onChanged,
  onClose,
}: {
  claim: ClaimDto;
  actor: Actor;
  verdicts: Option[];
  people: Option[];
  onChanged: (claim: ClaimDto) => void;
  onClose: () => void;
}) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let current = true;
    void submitJson<Detail>(`/api/claims/${claim.id}`, "GET").then((result) => {
      if (!current) return;
      if (result.ok) setDetail(result.data);
      else setError(result.message);
    });
    return () => {
      current = false;
    };
  }, [claim.id, claim.version, reloads]);

  const changed = (next: ClaimDto) => {
    onChanged(next);
    setReloads((n) => n + 1);
  };
  const editable = canEditClaim(actor, { status: claim.status, createdById: claim.createdBy.id });

  async function markReviewed() {
    const result = await submitJson<{ claim: ClaimDto }>(`/api/claims/${claim.id}`, "PATCH", { version: claim.version, changes: { anchorReviewed: true } });
    if (result.ok) changed(result.data.claim);
    else setError(result.message);
  }

  return (
    <section className="claim-detail" aria-label="Selected claim">
      <div className="claim-detail-head">
        <h2>Claim</h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <blockquote className="claim-quote" data-testid="claim-quote">{claim.quote}</blockquote>
      {claim.anchorState !== "ANCHORED" && (
        <p className="form-error" role="status">
          {anchorLabels[claim.anchorState]}:{" "}
          {claim.anchorState === "ORPHANED"
            ? "this text is no longer in the article. The claim is kept as it was."
            : "the article was edited and this quote changed or was placed by approximate matching."}
          {claim.anchorState === "NEEDS_REVIEW" && editable && (
            <button type="button" className="button" onClick={markReviewed}>
              Mark highlight reviewed
            </button>
          )}
        </p>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
      <p className="muted">
        Added by {claim.createdBy.name}
        {claim.verdictSetBy && ` · verdict by ${claim.verdictSetBy.name}`}
      </p>
      <ClaimFieldsForm key={claim.id} claim={claim} editable={editable} verdicts={verdicts} people={people} onSaved={changed} onDirtyChange={setDirty} />
      <StatusActions claim={claim} actor={actor} blocked={dirty} onChanged={changed} />
      <SourcesSection claim={claim} editable={editable} onChanged={changed} />
      {detail && (
        <>
          <CommentsSection
            claimId={claim.id}
            comments={detail.comments}
            canComment={can(actor, "claim.comment")}
            onAdded={(comment) => setDetail({ ...detail, comments: [...detail.comments, comment] })}
          />
          <HistoryList history={detail.history} verdictLabels={Object.fromEntries(verdicts.map((v) => [v.id, v.label]))} />
        </>
      )}
    </section>
  );
}
