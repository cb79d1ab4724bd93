"use client";

import { useEffect, useRef, useState } from "react";
import { ConfirmWithReason } from "@/components/forms/confirm-with-reason";
import { submitJson } from "@/components/forms/submit-json";
import { can, type Actor } from "@/lib/auth/permissions";
import type { ClaimDto } from "@/lib/claims/dto";
import type { ClaimDetailDto } from "@/lib/claims/get-claim-detail";
import { canChangeSubstance, canDeleteClaim, canEditClaim, editableFields } from "@/lib/claims/rules";
import { ClaimFieldsForm } from "./claim-fields-form";
import { CommentsSection } from "./comments-section";
import { HistoryList } from "./history-list";
import { PublicationSection } from "./publication-section";
import { anchorLabels, statusLabels } from "@/lib/labels";
import { SealedVerification } from "./sealed-verification";
import { SourcesSection } from "./sources-section";
import { StatusActions } from "./status-actions";
import { AlreadyChecked } from "@/components/claim-matching/already-checked";
import { BlindReviewSection, isBlindTo } from "@/components/blind-reviews/blind-review-section";
import type { PresentPerson } from "@/lib/live/presence";

type Option = { id: string; label: string };

/** The verification written by a "verified" history entry: the latest sealed at or before it. */
function verificationAt(detail: ClaimDetailDto, createdAt: string): string | null {
  const at = Date.parse(createdAt);
  return detail.verifications.find((v) => Date.parse(v.verifiedAt) <= at)?.id ?? null;
}

export function ClaimDetail({
  claim,
  actor,
  verdicts,
  people,
  focusRequest,
  initialDetail,
  remoteChange,
  onChanged,
  onDeleted,
  onClose,
  othersHere = [],
  onEditingChange,
}: {
  /** Others with this claim open (live presence). */
  othersHere?: PresentPerson[];
  /** Whether there are unsaved edits, for others to see before they start on the same claim. */
  onEditingChange?: (editing: boolean) => void;
  claim: ClaimDto;
  actor: Actor;
  verdicts: Option[];
  people: Option[];
  /** Changes each time a person opens a claim: focus then moves to its heading. */
  focusRequest: number;
  /** The thread, history and verifications when they came with the claim (no second request). */
  initialDetail?: ClaimDetailDto | null;
  /** Someone else changed this claim (live update), making it this version. */
  remoteChange?: { by: string; version: number } | null;
  onChanged: (claim: ClaimDto) => void;
  onDeleted: (id: string) => void;
  onClose: () => void;
}) {
  const [detail, setDetail] = useState<ClaimDetailDto | null>(initialDetail ?? null);
  // A live update brings the claim's detail anew (blind verdicts given, comments).
  const [givenDetail, setGivenDetail] = useState(initialDetail);
  if (initialDetail !== givenDetail) {
    setGivenDetail(initialDetail);
    if (initialDetail) setDetail(initialDetail);
  }
  const [dirty, setDirty] = useState(false);
  const markDirty = (next: boolean) => {
    setDirty(next);
    onEditingChange?.(next);
  };
  // Closing the claim (or opening another) ends editing it.
  const editingChange = useRef(onEditingChange);
  useEffect(() => {
    editingChange.current = onEditingChange;
  });
  useEffect(() => () => editingChange.current?.(false), []);
  const [error, setError] = useState<string | null>(null);

  const [reloads, setReloads] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusRequest) heading.current?.focus();
  }, [focusRequest]);

  useEffect(() => {
    if (reloads === 0 && detail?.claim.id === claim.id && detail.claim.version === claim.version) return;
    let current = true;
    void submitJson<ClaimDetailDto>(`/api/claims/${claim.id}`, "GET").then((result) => {
      if (!current) return;
      if (result.ok) setDetail(result.data);
      else setError(result.message);
    });
    return () => {
      current = false;
    };
    // `detail` is read to skip a load it already holds, not a reason to load again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [claim.id, claim.version, reloads]);

  const changed = (next: ClaimDto) => {
    onChanged(next);
    setReloads((n) => n + 1);
  };
  // Someone asked for a blind verdict sees and changes nothing of the claim's verdict or evidence yet.
  const blind = isBlindTo(detail?.blindReviews ?? [], actor.id);
  const rulesView = { status: claim.status, createdById: claim.createdBy.id, blindReviewOpen: !!claim.blindReview };
  const current = detail?.verifications.find((v) => v.id === claim.verification?.id);
  const earlier = detail?.verifications.filter((v) => v.id !== claim.verification?.id) ?? [];
  const names = Object.fromEntries([...verdicts, ...people].map((o) => [o.id, o.label]));

  async function markReviewed() {
    const result = await submitJson<{ claim: ClaimDto }>(`/api/claims/${claim.id}`, "PATCH", { version: claim.version, changes: { anchorReviewed: true } });
    if (result.ok) changed(result.data.claim);
    else setError(result.message);
  }

  return (
    <section
      className="claim-detail"
      aria-label="Selected claim"
      onKeyDown={(event) => {
        // Escape closes the claim, except over unsaved edits (the hint below says what to do).
        if (event.key === "Escape") event.preventDefault();
        if (event.key === "Escape" && !dirty) onClose();
      }}
    >
      <div className="claim-detail-head">
        <h2 id="claim-detail-heading" tabIndex={-1} ref={heading}>
          Claim
          <span className="visually-hidden">
            : {statusLabels[claim.status]}, {claim.verdict ? `verdict ${claim.verdict.label}` : "no verdict"}
          </span>
        </h2>
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
          {claim.anchorState === "NEEDS_REVIEW" && canEditClaim(actor, rulesView) && (
            <button type="button" className="button" onClick={markReviewed}>
              Mark highlight reviewed
            </button>
          )}
        </p>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
      {othersHere.length > 0 && (
        <p className="live-notice" role="status" data-testid="others-here">
          {othersHere.map((person) => `${person.name} ${person.editing ? "is editing" : "has it open"}`).join("; ")}
          {othersHere.some((person) => person.editing) && " — their changes may cross yours."}
        </p>
      )}
      {remoteChange?.version === claim.version && (
        <p className="live-notice" role="status" data-testid="remote-change">
          {dirty
            ? `Changed by ${remoteChange.by} — review: your unsaved edits are kept, and saving will show you their change first.`
            : `Updated by ${remoteChange.by} just now.`}
        </p>
      )}
      <p className="muted">
        Added by {claim.createdBy.name}
        {claim.verdictSetBy && ` · verdict by ${claim.verdictSetBy.name}`}
      </p>
      <StatusActions key={`status-${claim.id}`} claim={claim} actor={actor} blocked={dirty} onChanged={changed} />
      {current && <SealedVerification verification={current} current />}
      <PublicationSection key={`publication-${claim.id}`} claim={claim} actor={actor} onChanged={changed} />
      {claim.status === "VERIFIED" && (
        <p className="muted hint">The statement, verdict, rationale and sources are sealed by this verification. Reopen the claim to change them; tags and the assignee stay editable.</p>
      )}
      {blind && (
        <p className="live-notice" role="status" data-testid="blind-notice">
          You are giving a blind verdict on this claim: its verdict, rationale and sources, and everyone else’s, stay hidden until every verdict is in.
        </p>
      )}
      {detail && <BlindReviewSection claim={claim} actor={actor} reviews={detail.blindReviews} verdicts={verdicts} people={people} onChanged={changed} onReload={() => setReloads((n) => n + 1)} />}
      <ClaimFieldsForm key={claim.id} claim={claim} editable={blind ? [] : editableFields(actor, rulesView)} verdicts={verdicts} people={people} onSaved={changed} onDirtyChange={markDirty} />
      {!blind && <SourcesSection claim={claim} editable={canChangeSubstance(actor, rulesView)} onChanged={changed} />}
      <AlreadyChecked key={`matches-${claim.id}`} claim={claim} actor={actor} canReuse={canChangeSubstance(actor, rulesView) && !dirty && !blind} onChanged={changed} />
      {canDeleteClaim(actor, rulesView) && (
        <ConfirmWithReason
          action={can(actor, "claim.delete") ? "Delete claim" : "Withdraw claim"}
          question="It disappears from the article, lists and exports; an admin can restore it."
          url={`/api/claims/${claim.id}`}
          onDone={() => onDeleted(claim.id)}
        />
      )}
      {detail && (
        <>
          <CommentsSection
            claimId={claim.id}
            comments={detail.comments}
            canComment={can(actor, "claim.comment")}
            onAdded={(comment) => setDetail({ ...detail, comments: [...detail.comments, comment] })}
          />
          {earlier.length > 0 && (
            <section className="verifications" aria-label="Earlier verifications">
              <h3>Earlier verifications ({earlier.length})</h3>
              {earlier.map((v) => (
                <SealedVerification key={v.id} verification={v} current={false} />
              ))}
            </section>
          )}
          <HistoryList history={detail.history} names={names} verificationAt={(at) => verificationAt(detail, at)} />
        </>
      )}
    </section>
  );
}
