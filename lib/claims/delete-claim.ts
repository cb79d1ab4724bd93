import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { loadClaimForChange } from "./load-claim";
import { canDeleteClaim } from "./rules";
import { deleteClaimSchema } from "./schema";
import { recordClaimEvent } from "@/lib/live/desk-events";

/**
 * A reviewer withdraws their own draft; an editor deletes any claim that is not Verified.
 * Deletion is soft: the claim is kept for the audit trail and an admin can restore it.
 */
export async function deleteClaim({ actor, claimId, input }: { actor: Actor; claimId: string; input: unknown }) {
  assertCan(actor, "article.read");
  const { reason } = parseWith(deleteClaimSchema, input);
  return db.$transaction(async (tx) => {
    const { claim } = await loadClaimForChange(tx, actor, claimId);
    if (claim.status === "VERIFIED") throw new AppError("conflict", "A verified claim cannot be deleted. Reopen it first.");
    if (!canDeleteClaim(actor, claim)) throw forbidden("Reviewers can withdraw only their own draft claims");
    await tx.claim.update({ where: { id: claimId }, data: { deletedAt: new Date(), deletedById: actor.id, deletionReason: reason, version: { increment: 1 } } });
    await tx.claimEvent.create({ data: { claimId, actorId: actor.id, field: "deleted", newValue: true, reason } });
    await recordAuditEvent(tx, { actorId: actor.id, action: "claim.delete", targetType: "claim", targetId: claimId, data: { reason } });
    await recordClaimEvent(tx, claimId, "claim.deleted", actor);
    return { id: claimId, deleted: true };
  });
}

/** Admins bring a deleted claim back, as it was. */
export async function restoreClaim({ actor, claimId }: { actor: Actor; claimId: string }) {
  assertCan(actor, "claim.restore");
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { deletedAt: true } });
    if (!claim?.deletedAt) throw notFound("No deleted claim with this id");
    await tx.claim.update({ where: { id: claimId }, data: { deletedAt: null, deletedById: null, deletionReason: null, version: { increment: 1 } } });
    await tx.claimEvent.create({ data: { claimId, actorId: actor.id, field: "deleted", oldValue: true, newValue: false } });
    await recordAuditEvent(tx, { actorId: actor.id, action: "claim.restore", targetType: "claim", targetId: claimId });
    await recordClaimEvent(tx, claimId, "claim.restored", actor);
    return { id: claimId, deleted: false };
  });
}
