import type { ClaimSummary } from "@/lib/claims/claim-summary";
import type { VerdictDto } from "@/lib/verdicts/list-verdicts";

/** Highlight colour family of a verdict tone (stored with the verdict, so reordering keeps it). */
export const toneClass = { TRUE: "true", MIXED: "mixed", FALSE: "false", OTHER: "other" } as const;

/** CSS classes for a claim's highlight: colour from the verdict, line style from the status. */
export function claimClassName(claim: Pick<ClaimSummary, "status" | "anchorState">, tone: VerdictDto["tone"] | null): string {
  return [
    "claim-hl",
    `claim-hl-${tone ? toneClass[tone] : "none"}`,
    `claim-hl-${claim.status.toLowerCase().replace("_", "-")}`,
    claim.anchorState === "NEEDS_REVIEW" ? "claim-hl-flagged" : "",
  ]
    .filter(Boolean)
    .join(" ");
}
