/**
 * The review workflow as plain functions: who may change a claim, which status moves exist,
 * and what verification demands. Shared by the domain, the routes and the panel UI.
 */
import { can, type Actor } from "@/lib/auth/permissions";

export const claimStatuses = ["DRAFT", "IN_REVIEW", "VERIFIED", "REJECTED"] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

export const statusLabels: Record<ClaimStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  VERIFIED: "Verified",
  REJECTED: "Rejected",
};

export type ClaimForRules = {
  status: ClaimStatus;
  createdById: string;
  verdictId: string | null;
  verdictSetById: string | null;
  rationale: string | null;
  sourceCount: number;
};

/** Reviewers edit their own drafts; editors and admins edit any claim. */
export function canEditClaim(actor: Actor, claim: Pick<ClaimForRules, "status" | "createdById">): boolean {
  if (can(actor, "claim.edit.any")) return true;
  return can(actor, "claim.edit.own") && claim.createdById === actor.id && claim.status === "DRAFT";
}


/** Status moves: [from, to] → who may make it. */
const moves: Record<string, (actor: Actor, claim: ClaimForRules) => boolean> = {
  "DRAFT>IN_REVIEW": (actor, claim) => canEditClaim(actor, claim),
  "IN_REVIEW>DRAFT": (actor) => can(actor, "claim.edit.any"),
  "IN_REVIEW>VERIFIED": (actor) => can(actor, "claim.verify"),
  "DRAFT>REJECTED": (actor) => can(actor, "claim.verify"),
  "IN_REVIEW>REJECTED": (actor) => can(actor, "claim.verify"),
  "REJECTED>DRAFT": (actor) => can(actor, "claim.verify"),
  "VERIFIED>IN_REVIEW": (actor) => can(actor, "claim.verify"),
};

export function allowedMoves(actor: Actor, claim: ClaimForRules): ClaimStatus[] {
  return claimStatuses.filter((to) => moves[`${claim.status}>${to}`]?.(actor, claim));
}

export type StatusProblem = { code: "forbidden" | "validation"; message: string; field?: string };

/**
 * Why `actor` may not move `claim` to `to`, or null. Verification needs a verdict, a rationale
 * and a source, by an editor who did not set the verdict (two-person rule).
 */
export function statusChangeProblem(actor: Actor, claim: ClaimForRules, to: ClaimStatus, input: { reason?: string | null; rejectionReason?: string | null }): StatusProblem | null {
  const move = moves[`${claim.status}>${to}`];
  if (!move) return { code: "validation", field: "status", message: `A ${statusLabels[claim.status].toLowerCase()} claim cannot become ${statusLabels[to].toLowerCase()}` };
  if (!move(actor, claim)) return { code: "forbidden", message: `You may not move this claim to ${statusLabels[to].toLowerCase()}` };
  if (to === "VERIFIED") {
    if (!claim.verdictId) return { code: "validation", field: "verdictId", message: "Choose a verdict before verifying" };
    if (!claim.rationale?.trim()) return { code: "validation", field: "rationale", message: "Write a rationale before verifying" };
    if (claim.sourceCount < 1) return { code: "validation", field: "sources", message: "Add at least one source before verifying" };
    if (claim.verdictSetById === actor.id) {
      return { code: "forbidden", message: "Someone other than the person who set the verdict must verify it" };
    }
  }
  if (to === "REJECTED" && !input.rejectionReason) return { code: "validation", field: "rejectionReason", message: "Say why the claim is rejected" };
  if (claim.status === "VERIFIED" && !input.reason?.trim()) return { code: "validation", field: "reason", message: "Give a reason for reopening a verified claim" };
  return null;
}
