import type { ClaimDto } from "@/lib/claims/dto";

/** The claim form's fields as strings, the way inputs hold them, and what changed between two sets. */
export type Option = { id: string; label: string };
export type Values = { statement: string; claimant: string; claimDate: string; tags: string; assigneeId: string; verdictId: string; rationale: string; confidence: string };

export function valuesOf(claim: ClaimDto): Values {
  return {
    statement: claim.statement,
    claimant: claim.claimant ?? "",
    claimDate: claim.claimDate ?? "",
    tags: claim.tags.join(", "),
    assigneeId: claim.assignee?.id ?? "",
    verdictId: claim.verdict?.id ?? "",
    rationale: claim.rationale ?? "",
    confidence: claim.confidence ?? "",
  };
}

export function changesBetween(base: Values, edited: Values): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(edited) as (keyof Values)[]) {
    if (edited[key] === base[key]) continue;
    const value = edited[key];
    if (key === "tags") changes.tags = value.split(",").map((t) => t.trim()).filter(Boolean);
    else if (key === "statement") changes.statement = value;
    else changes[key] = value === "" ? null : value;
  }
  return changes;
}

export const fieldLabels: Record<keyof Values, string> = {
  statement: "Claim as checked",
  claimant: "Claimant",
  claimDate: "Claim date",
  tags: "Tags",
  assigneeId: "Assignee",
  verdictId: "Verdict",
  rationale: "Rationale",
  confidence: "Confidence",
};
