import type { Actor } from "@/lib/auth/permissions";
import { assertCan } from "@/lib/auth/assert";
import type { DbTransaction } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { claimSelect, toClaimDto } from "./dto";
import type { ClaimForRules } from "./rules";

/** A claim about to change, with what the rules need; 404 when the actor cannot read it. */
export async function loadClaimForChange(tx: DbTransaction, actor: Actor, claimId: string) {
  assertCan(actor, "article.read");
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: { ...claimSelect, createdById: true, verdictId: true, verdictSetById: true, assigneeId: true },
  });
  if (!claim) throw notFound("Claim not found");
  const rules: ClaimForRules = {
    status: claim.status,
    createdById: claim.createdById,
    verdictId: claim.verdictId,
    verdictSetById: claim.verdictSetById,
    rationale: claim.rationale,
    sourceCount: claim.sources.length,
  };
  return { claim, rules };
}

/** 409 carrying the claim as it is now, so the UI can show the other person's change. */
export function versionConflict(current: Parameters<typeof toClaimDto>[0]) {
  return new AppError("conflict", "Someone else changed this claim since you opened it", undefined, { current: toClaimDto(current) });
}

export async function reloadClaim(tx: DbTransaction, claimId: string) {
  return toClaimDto(await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: claimSelect }));
}
