"use client";

import { useEffect, useState } from "react";
import { submitJson } from "@/components/forms/submit-json";
import type { HintDto } from "@/lib/claim-hints/list-hints";
import type { ClaimMatch } from "@/lib/claim-matching/find-matches";
import { statusLabels } from "@/lib/labels";

/**
 * What a hint says when hovered or reached with the caret: its score, the reasons, whether the
 * sentence looks already checked elsewhere, and the one action (button or C) that makes it a claim.
 * Keyed by the hint where it is used, so each hint starts with its own lookup.
 */
export function HintCard({ hint, position, canCreate, onAccept }: { hint: HintDto; position: { top: number; left: number }; canCreate: boolean; onAccept: (hint: HintDto) => void }) {
  const [matches, setMatches] = useState<ClaimMatch[] | null | "unavailable">(null);
  useEffect(() => {
    let current = true;
    void submitJson<{ matches: ClaimMatch[] }>(`/api/claims/similar?text=${encodeURIComponent(hint.text)}`, "GET").then((result) => {
      if (current) setMatches(result.ok ? result.data.matches : "unavailable");
    });
    return () => {
      current = false;
    };
  }, [hint.text]);

  return (
    <div className="hint-card" role="note" aria-label="Check-worthiness hint" style={{ top: position.top, left: position.left }} onMouseDown={(event) => event.preventDefault() /* keep the caret */}>
      <p>
        <strong>Check-worthy · {Math.round(hint.score * 100)}%</strong>
      </p>
      <ul className="hint-reasons">
        {hint.reasons.map((reason) => (
          <li key={reason.kind}>
            {reason.label}: <span className="muted">{reason.words.slice(0, 3).join(", ")}</span>
          </li>
        ))}
      </ul>
      {matches === "unavailable" && <p className="muted">Matching is unavailable.</p>}
      {Array.isArray(matches) && matches.length > 0 && (
        <p className="hint-match">
          {matches[0].strength === "same" ? "Already checked" : "Similar claim"}: “{matches[0].statement}” — {matches[0].verdict?.label ?? statusLabels[matches[0].status]}, in <a href={`/articles/${matches[0].article.slug}?claim=${matches[0].claimId}`}>{matches[0].article.title}</a>
        </p>
      )}
      {canCreate && (
        <button type="button" className="button button-primary" aria-keyshortcuts="C" onClick={() => onAccept(hint)}>
          Claim this sentence <kbd>C</kbd>
        </button>
      )}
    </div>
  );
}
