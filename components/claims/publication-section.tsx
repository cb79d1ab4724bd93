"use client";

import { useState } from "react";
import { ConfirmWithReason } from "@/components/forms/confirm-with-reason";
import { submitJson } from "@/components/forms/submit-json";
import { can, type Actor } from "@/lib/auth/permissions";
import type { ClaimDto } from "@/lib/claims/dto";

/** Google shows at most this much of a ClaimReview's claimReviewed. */
const claimReviewedLength = 75;

/**
 * The claim's public fact-check page: publish a verified claim, see where it lives, take it
 * down with a reason. While a published claim is reviewed again its page answers 410.
 */
export function PublicationSection({ claim, actor, onChanged }: { claim: ClaimDto; actor: Actor; onChanged: (claim: ClaimDto) => void }) {
  const [error, setError] = useState<string | null>(null);
  const publication = claim.publication && !claim.publication.unpublished ? claim.publication : null;
  const mayPublish = can(actor, "claim.publish");
  if (!publication && (claim.status !== "VERIFIED" || !mayPublish)) return null;

  async function publish() {
    const result = await submitJson<{ claim: ClaimDto }>(`/api/claims/${claim.id}/publication`, "POST");
    setError(result.ok ? null : result.message);
    if (result.ok) onChanged(result.data.claim);
  }

  async function reload() {
    const result = await submitJson<{ claim: ClaimDto }>(`/api/claims/${claim.id}`, "GET");
    if (result.ok) onChanged(result.data.claim);
  }

  return (
    <section className="publication" aria-label="Public page">
      <h3>Public page</h3>
      {publication && claim.status === "VERIFIED" && (
        <p>
          Published {publication.publishedAt.slice(0, 10)} at{" "}
          <a href={publication.path} target="_blank" rel="noopener">
            {publication.path}
          </a>
        </p>
      )}
      {publication && claim.status !== "VERIFIED" && <p className="muted">The public page answers “being reviewed again” until this claim is verified again.</p>}
      {!publication && mayPublish && (
        <>
          {claim.statement.length > claimReviewedLength && (
            <p className="hint warning">
              The claim as checked has {claim.statement.length} characters; search engines show at most {claimReviewedLength} of ClaimReview&apos;s claimReviewed. Consider shortening it (reopen the claim to change it).
            </p>
          )}
          <button type="button" className="button button-primary" onClick={publish}>
            Publish fact-check
          </button>
        </>
      )}
      {publication && mayPublish && (
        <ConfirmWithReason action="Unpublish fact-check" question="Take the public page down? Its address will answer “withdrawn” (410)." url={`/api/claims/${claim.id}/publication`} onDone={reload} />
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
