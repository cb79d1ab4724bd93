import { randomUUID } from "node:crypto";
import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { invalid, notFound } from "@/lib/errors";
import { recordClaimEvent } from "@/lib/live/desk-events";
import { parseWith } from "@/lib/validation";
import { reloadClaim } from "@/lib/claims/load-claim";
import { linkClaimSchema } from "./schema";

/**
 * "Link as the same claim": both claims (and everything already linked to either) join one
 * group, whose members show each other and are listed as appearances in ClaimReview. Linking
 * changes no verdict or evidence, so it is open to anyone who may create claims, on any claim
 * that is not deleted, Verified ones included; each claim's history records it.
 */
export async function linkSameClaim({ actor, claimId, input }: { actor: Actor; claimId: string; input: unknown }) {
  assertCan(actor, "claim.create");
  const { claimId: otherId } = parseWith(linkClaimSchema, input);
  if (otherId === claimId) throw invalid({ claimId: "A claim is always the same as itself: choose another" });
  return db.$transaction(async (tx) => {
    // Both rows locked in id order, so two links made at once cannot interleave their merges.
    const rows = await tx.$queryRaw<{ id: string; sameClaimGroupId: string | null }[]>`
      SELECT "id", "sameClaimGroupId" FROM "Claim" WHERE "id" IN (${claimId}, ${otherId}) AND "deletedAt" IS NULL ORDER BY "id" FOR UPDATE`;
    const claim = rows.find((row) => row.id === claimId);
    const other = rows.find((row) => row.id === otherId);
    if (!claim) throw notFound("Claim not found");
    if (!other) throw invalid({ claimId: "That claim does not exist or was deleted" });
    if (claim.sameClaimGroupId && claim.sameClaimGroupId === other.sameClaimGroupId) return reloadClaim(tx, claimId);
    const group = claim.sameClaimGroupId ?? other.sameClaimGroupId ?? randomUUID();
    const merged = [claim.sameClaimGroupId, other.sameClaimGroupId].filter((id): id is string => !!id && id !== group);
    await tx.claim.updateMany({ where: { OR: [{ id: { in: [claimId, otherId] } }, { sameClaimGroupId: { in: merged } }] }, data: { sameClaimGroupId: group } });
    await tx.claimEvent.createMany({
      data: [
        { claimId, actorId: actor.id, field: "sameClaimAs", newValue: otherId },
        { claimId: otherId, actorId: actor.id, field: "sameClaimAs", newValue: claimId },
      ],
    });
    await recordClaimEvent(tx, claimId, "claim.changed", actor);
    await recordClaimEvent(tx, otherId, "claim.changed", actor);
    await recordAuditEvent(tx, { actorId: actor.id, action: "claim.link", targetType: "claim", targetId: claimId, data: { sameAs: otherId, group } });
    return reloadClaim(tx, claimId);
  });
}
