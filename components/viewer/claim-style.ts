import type { ClaimDto } from "@/lib/claims/dto";

/** CSS classes for a claim's highlight: colour from the verdict, line style from the status. */
export function claimClassName(claim: Pick<ClaimDto, "status" | "verdict" | "anchorState">, selected: boolean): string {
  const position = claim.verdict?.position;
  const tone =
    position === undefined ? "none" : position <= 1 ? "true" : position === 2 ? "mixed" : position <= 4 ? "false" : "other";
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
