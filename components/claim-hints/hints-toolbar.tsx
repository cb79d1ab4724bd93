"use client";

import type { RevisionHints } from "@/lib/claim-hints/list-hints";

/** The switch for hints (kept on the person's account) and what the scorer is doing. */
export function HintsToolbar({ shown, state, count, onToggle }: { shown: boolean; state: RevisionHints["state"]; count: number; onToggle: (shown: boolean) => void }) {
  return (
    <div className="hints-toolbar">
      <label>
        <input type="checkbox" checked={shown} onChange={(event) => onToggle(event.target.checked)} /> Check-worthiness hints
      </label>
      {shown && (
        <span className="muted" role="status">
          {state === "scoring" ? "Scoring sentences…" : state === "failed" ? "Hints are unavailable for this text." : `${count} suggested ${count === 1 ? "sentence" : "sentences"}`}
        </span>
      )}
    </div>
  );
}
