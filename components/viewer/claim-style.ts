import type { ClaimDto } from "@/lib/claims/dto";

/** Highlight colour family of a verdict tone (stored with the verdict, so reordering keeps it). */
export const toneClass = { TRUE: "true", MIXED: "mixed", FALSE: "false", OTHER: "other" } as const;

/** CSS classes for a claim's highlight: colour from the verdict, line style from the status. */
export function claimClassName(claim: Pick<ClaimDto, "status" | "verdict" | "anchorState">, selected: boolean): string {
  const tone = claim.verdict ? toneClass[claim.verdict.tone] : "none";
  return [
    "claim-hl",
    `claim-hl-${tone}`,
    `claim-hl-${claim.status.toLowerCase().replace("_", "-")}`,
    claim.anchorState === "NEEDS_REVIEW" ? "claim-hl-flagged" : "",
    selected ? "claim-hl-selected" : "",
  ]
    .filter(Boolean)
    .join(" ");
}
