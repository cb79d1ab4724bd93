"use client";

import { useState } from "react";
import type { HintDto } from "@/lib/claim-hints/list-hints";

const shownAtFirst = 20;

/** The check-worthy sentences no claim covers yet, best first, each one click from a claim. */
export function SuggestedSentences({ hints, canCreate, onAccept, onShow }: { hints: HintDto[]; canCreate: boolean; onAccept: (hint: HintDto) => Promise<void>; onShow: (hint: HintDto) => void }) {
  const [all, setAll] = useState(false);
  const [busy, setBusy] = useState<number | null>(null);
  if (!hints.length) return null;
  const ranked = [...hints].sort((a, b) => b.score - a.score || a.start - b.start);
  const shown = all ? ranked : ranked.slice(0, shownAtFirst);
  return (
    <details className="suggested-sentences">
      <summary>Suggested sentences ({hints.length})</summary>
      <ol aria-label="Suggested sentences">
        {shown.map((hint) => (
          <li key={hint.start}>
            <button type="button" className="link-button" onClick={() => onShow(hint)} title={hint.reasons.map((r) => r.label).join(", ")}>
              {hint.text.length > 140 ? `${hint.text.slice(0, 139)}…` : hint.text}
            </button>{" "}
            <span className="muted">{Math.round(hint.score * 100)}%</span>
            {canCreate && (
              <button
                type="button"
                className="button button-quiet"
                disabled={busy !== null}
                aria-label={`Claim: ${hint.text.slice(0, 60)}`}
                onClick={async () => {
                  setBusy(hint.start);
                  await onAccept(hint).finally(() => setBusy(null));
                }}
              >
                Claim
              </button>
            )}
          </li>
        ))}
      </ol>
      {!all && ranked.length > shownAtFirst && (
        <button type="button" className="button button-quiet" onClick={() => setAll(true)}>
          Show all {ranked.length}
        </button>
      )}
    </details>
  );
}
