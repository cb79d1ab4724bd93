/**
 * The review workflow as plain functions: who may change a claim, which status moves exist,
 * what verification demands and what a verification freezes. Shared by the domain, the
 * routes and the panel UI, so the buttons a person sees are the moves the server allows.
 */
import { can, type Actor } from "@/lib/auth/permissions";
import { claimStatuses, type ClaimStatus } from "@/lib/enums";
import { statusLabels } from "@/lib/labels";

export type ClaimForRules = {
  status: ClaimStatus;
  createdById: string;
  verdictId: string | null;
  verdictSetById: string | null;
  /** Who last changed the verdict, rationale, statement or sources. */
  substanceChangedById: string | null;
  rationale: string | null;
  sourceCount: number;
  /** Blind verdicts asked for and not yet adjudicated or cancelled (lib/blind-reviews). */
  blindReviewOpen?: boolean;
};

/**
 * What a verification seals. While a claim is Verified these cannot change; the claim must be
 * reopened first. Tags and the assignee are desk bookkeeping and stay editable.
 */
export const sealedFields = ["statement", "claimant", "claimDate", "verdictId", "rationale", "confidence"] as const;
export const bookkeepingFields = ["tags", "assigneeId"] as const;
export const reopenFirstMessage = "This claim is verified. Reopen it (with a reason) before changing its statement, verdict, rationale or sources.";
export const blindOpenMessage = "Blind verdicts are open on this claim: its statement, verdict, rationale and sources wait for the adjudication (or for the request to be cancelled).";

/** Reviewers edit their own drafts; editors and admins edit any claim. */
export function canEditClaim(actor: Actor, claim: Pick<ClaimForRules, "status" | "createdById">): boolean {
  if (can(actor, "claim.edit.any")) return true;
  return can(actor, "claim.edit.own") && claim.createdById === actor.id && claim.status === "DRAFT";
}

/** Whether the claim's substance (sealed fields and sources) may change now. */
export function canChangeSubstance(actor: Actor, claim: Pick<ClaimForRules, "status" | "createdById" | "blindReviewOpen">): boolean {
  return canEditClaim(actor, claim) && claim.status !== "VERIFIED" && !claim.blindReviewOpen;
}

/** Which fields `actor` may edit on `claim` right now. */
export function editableFields(actor: Actor, claim: Pick<ClaimForRules, "status" | "createdById" | "blindReviewOpen">): readonly string[] {
  if (!canEditClaim(actor, claim)) return [];
  return claim.status === "VERIFIED" || claim.blindReviewOpen ? bookkeepingFields : [...sealedFields, ...bookkeepingFields];
}

/** A reviewer withdraws their own draft; an editor deletes any claim that is not Verified. */
export function canDeleteClaim(actor: Actor, claim: Pick<ClaimForRules, "status" | "createdById">): boolean {
  if (claim.status === "VERIFIED") return false;
  if (can(actor, "claim.delete")) return true;
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

/**
 * Why `actor` may not verify `claim` although their role could (two-person rule), or null.
 * Verifying needs someone other than whoever set the verdict or last changed the substance.
 */
export function twoPersonProblem(actor: Actor, claim: ClaimForRules): string | null {
  if (claim.verdictSetById === actor.id) return "You set this verdict; another editor must verify it.";
  if (claim.substanceChangedById === actor.id) return "You last changed this claim's verdict, rationale, statement or sources; another editor must verify it.";
  return null;
}

/** The moves `actor` may offer for `claim`; Verify only when they could really verify it. */
export function allowedMoves(actor: Actor, claim: ClaimForRules): ClaimStatus[] {
  const blocked = (to: ClaimStatus) => (to === "VERIFIED" && !!twoPersonProblem(actor, claim)) || (claim.blindReviewOpen && (to === "VERIFIED" || to === "REJECTED"));
  return claimStatuses.filter((to) => moves[`${claim.status}>${to}`]?.(actor, claim) && !blocked(to));
}

/** For the panel: why Verify is not offered to this person, when the claim awaits verification. */
export function whyNotVerify(actor: Actor, claim: ClaimForRules): string | null {
  if (claim.status !== "IN_REVIEW") return null;
  if (!can(actor, "claim.verify")) return "An editor verifies claims in review.";
  if (claim.blindReviewOpen) return "Blind verdicts are open: adjudicate them first.";
  return twoPersonProblem(actor, claim);
}

/** An editor may ask for blind verdicts on a claim still being worked on, one request at a time. */
export function canRequestBlindVerdicts(actor: Actor, claim: Pick<ClaimForRules, "status" | "blindReviewOpen">): boolean {
  return can(actor, "blind.request") && (claim.status === "DRAFT" || claim.status === "IN_REVIEW") && !claim.blindReviewOpen;
}

export type StatusProblem = { code: "forbidden" | "validation"; message: string; field?: string };

/**
 * Why `actor` may not move `claim` to `to`, or null. Verification needs a verdict, a rationale
 * and a source, by an editor who neither set the verdict nor last changed the substance.
 */
export function statusChangeProblem(actor: Actor, claim: ClaimForRules, to: ClaimStatus, input: { reason?: string | null; rejectionReason?: string | null }): StatusProblem | null {
  const move = moves[`${claim.status}>${to}`];
  if (!move) return { code: "validation", field: "status", message: `A ${statusLabels[claim.status].toLowerCase()} claim cannot become ${statusLabels[to].toLowerCase()}` };
  if (!move(actor, claim)) return { code: "forbidden", message: `You may not move this claim to ${statusLabels[to].toLowerCase()}` };
  if (claim.blindReviewOpen && (to === "VERIFIED" || to === "REJECTED")) {
    return { code: "validation", field: "status", message: `Blind verdicts are open on this claim: adjudicate them (or cancel the request) before it is ${statusLabels[to].toLowerCase()}` };
  }
  if (to === "VERIFIED") {
    if (!claim.verdictId) return { code: "validation", field: "verdictId", message: "Choose a verdict before verifying" };
    if (!claim.rationale?.trim()) return { code: "validation", field: "rationale", message: "Write a rationale before verifying" };
    if (claim.sourceCount < 1) return { code: "validation", field: "sources", message: "Add at least one source before verifying" };
    const twoPerson = twoPersonProblem(actor, claim);
    if (twoPerson) return { code: "forbidden", message: twoPerson };
  }
  if (to === "REJECTED" && !input.rejectionReason) return { code: "validation", field: "rejectionReason", message: "Say why the claim is rejected" };
  if (claim.status === "VERIFIED" && !input.reason?.trim()) return { code: "validation", field: "reason", message: "Give a reason for reopening a verified claim" };
  return null;
}

/** The rules' view of a claim as the browser holds it (one conversion for panel and server). */
export function rulesOf(claim: {
  status: ClaimStatus;
  createdBy: { id: string };
  verdict: { id: string } | null;
  verdictSetBy: { id: string } | null;
  substanceChangedById: string | null;
  rationale: string | null;
  sources: unknown[];
  blindReview?: { id: string } | null;
}): ClaimForRules {
  return {
    status: claim.status,
    createdById: claim.createdBy.id,
    verdictId: claim.verdict?.id ?? null,
    verdictSetById: claim.verdictSetBy?.id ?? null,
    substanceChangedById: claim.substanceChangedById,
    rationale: claim.rationale,
    sourceCount: claim.sources.length,
    blindReviewOpen: !!claim.blindReview,
  };
}
