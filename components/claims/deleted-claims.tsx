"use client";

import { useState } from "react";
import { submitJson } from "@/components/forms/submit-json";
import type { DeletedClaimDto } from "@/lib/claims/list-article-claims";

/** Deleted claims of the article, for admins: who deleted each, why, and a way back. */
export function DeletedClaims({ initial, onRestored }: { initial: DeletedClaimDto[]; onRestored: () => void }) {
  const [claims, setClaims] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  if (claims.length === 0) return null;

  async function restore(id: string) {
    const result = await submitJson(`/api/claims/${id}/restore`, "POST", {});
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setClaims(claims.filter((c) => c.id !== id));
    onRestored();
  }

  return (
    <details className="claim-list deleted-claims">
      <summary>Deleted claims ({claims.length})</summary>
      {error && <p className="form-error" role="alert">{error}</p>}
      <ol className="claim-items">
        {claims.map((claim) => (
          <li key={claim.id}>
            <p className="claim-item-text">{claim.statement}</p>
            <p className="muted hint">
              Deleted by {claim.deletedBy ?? "someone"} on {new Date(claim.deletedAt).toLocaleDateString()}
              {claim.deletionReason && ` — ${claim.deletionReason}`}
            </p>
            <button type="button" className="button" onClick={() => restore(claim.id)}>
              Restore<span className="visually-hidden"> {claim.statement}</span>
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
