"use client";

import { useRef, useState } from "react";
import { submitJson } from "@/components/forms/submit-json";
import type { Actor } from "@/lib/auth/permissions";
import type { ClaimDto } from "@/lib/claims/dto";
import { allowedMoves, rulesOf, whyNotVerify } from "@/lib/claims/rules";
import type { ClaimStatus } from "@/lib/enums";
import { rejectionLabels, statusLabels } from "@/lib/labels";

const moveLabels: Partial<Record<ClaimStatus, string>> = {
  IN_REVIEW: "Send for review",
  DRAFT: "Back to draft",
  VERIFIED: "Verify",
};

/**
 * The status moves this person may make, and only those (the server checks the same rules).
 * Reject and Reopen carry their reason beside the button that needs it.
 */
export function StatusActions({ claim, actor, blocked, onChanged }: { claim: ClaimDto; actor: Actor; blocked: boolean; onChanged: (claim: ClaimDto) => void }) {
  const [reason, setReason] = useState("");
  const [rejectionReason, setRejectionReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // The button just pressed usually disappears with the move: focus goes to the new status.
  const statusLine = useRef<HTMLParagraphElement>(null);
  const rules = rulesOf(claim);
  const moves = allowedMoves(actor, rules);
  const notVerifiable = whyNotVerify(actor, rules);
  const reopening = claim.status === "VERIFIED" && moves.includes("IN_REVIEW");

  async function move(status: ClaimStatus) {
    setError(null);
    const result = await submitJson<{ claim: ClaimDto }>(`/api/claims/${claim.id}/status`, "POST", {
      version: claim.version,
      status,
      reason: reason || null,
      rejectionReason: status === "REJECTED" ? rejectionReason || null : null,
    });
    if (result.ok) {
      setReason("");
      setAnnouncement(`Status changed to ${statusLabels[result.data.claim.status]}`);
      onChanged(result.data.claim);
      statusLine.current?.focus();
      return;
    }
    if (result.status === 409 && result.current) onChanged(result.current as ClaimDto);
    setError(Object.values(result.fields)[0] ?? result.message);
  }

  return (
    <section className="status-actions" aria-label="Review">
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <p className="status-line" tabIndex={-1} ref={statusLine}>
        Status: <strong>{statusLabels[claim.status]}</strong>
        {claim.verifiedBy && ` by ${claim.verifiedBy.name}`}
      </p>
      <div className="actions">
        {moves
          .filter((status) => status !== "REJECTED" && !(reopening && status === "IN_REVIEW"))
          .map((status) => (
            <button key={status} type="button" disabled={blocked} className={status === "VERIFIED" ? "button button-primary" : "button"} onClick={() => move(status)}>
              {moveLabels[status]}
            </button>
          ))}
      </div>
      {notVerifiable && <p className="muted hint">{notVerifiable}</p>}
      {reopening && (
        <div className="action-with-reason">
          <div className="field">
            <label htmlFor="status-reason">Reason for reopening</label>
            <input id="status-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="button" className="button" disabled={blocked} onClick={() => move("IN_REVIEW")}>
            Reopen
          </button>
        </div>
      )}
      {moves.includes("REJECTED") && (
        <div className="action-with-reason">
          <div className="field">
            <label htmlFor="rejection-reason">Rejection reason</label>
            <select id="rejection-reason" value={rejectionReason} onChange={(e) => setRejectionReason(e.target.value)}>
              <option value="">—</option>
              {Object.entries(rejectionLabels).map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button" disabled={blocked} onClick={() => move("REJECTED")}>
            Reject
          </button>
        </div>
      )}
      {blocked && <p className="muted hint">Save or undo your changes to the claim first.</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
