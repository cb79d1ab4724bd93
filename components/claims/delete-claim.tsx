"use client";

import { useState, type FormEvent } from "react";
import { FormField } from "@/components/forms/form-field";
import { submitJson } from "@/components/forms/submit-json";
import type { ClaimDto } from "@/lib/claims/dto";

/** Withdraw (a reviewer's own draft) or delete (an editor) a claim, with a reason, after confirming. */
export function DeleteClaim({ claim, withdraw, onDeleted }: { claim: ClaimDto; withdraw: boolean; onDeleted: (id: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const verb = withdraw ? "Withdraw" : "Delete";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await submitJson(`/api/claims/${claim.id}`, "DELETE", { reason: new FormData(event.currentTarget).get("reason") });
    if (result.ok) onDeleted(claim.id);
    else setError(result.fields.reason ?? result.message);
  }

  if (!confirming) {
    return (
      <button type="button" className="button button-quiet danger" onClick={() => setConfirming(true)}>
        {verb} claim
      </button>
    );
  }
  return (
    <form className="confirm" aria-label={`${verb} this claim`} onSubmit={submit} noValidate>
      <p>{verb} this claim? It disappears from the article, lists and exports; an admin can restore it.</p>
      <FormField label={`Why ${verb.toLowerCase()} it?`} name="reason" error={error ?? undefined} />
      <div className="actions">
        <button type="submit" className="button button-danger">
          {verb} claim
        </button>
        <button type="button" className="button" onClick={() => setConfirming(false)}>
          Keep it
        </button>
      </div>
    </form>
  );
}
