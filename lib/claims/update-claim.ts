import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db, type DbTransaction } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, forbidden, invalid } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { fieldChanges } from "./field-changes";
import { assertNoOpenBlindReview, loadClaimForChange, reloadClaim, versionConflict } from "./load-claim";
import { canEditClaim, reopenFirstMessage, sealedFields } from "./rules";
import { updateClaimSchema, type ClaimFields } from "./schema";
import { recordClaimEvent } from "@/lib/live/desk-events";
import { notify } from "@/lib/notifications/notify";

/** Changing these makes the actor the claim's last substantive editor (who may not verify it). */
const substanceFields = new Set(["statement", "verdictId", "rationale"]);

async function assertReferencesExist(tx: DbTransaction, changes: ClaimFields) {
  if (changes.verdictId && !(await tx.verdict.findUnique({ where: { id: changes.verdictId }, select: { id: true } }))) {
    throw invalid({ verdictId: "Unknown verdict" });
  }
  if (changes.assigneeId) {
    const assignee = await tx.user.findUnique({ where: { id: changes.assigneeId }, select: { disabledAt: true } });
    if (!assignee || assignee.disabledAt) throw invalid({ assigneeId: "Choose an active user" });
  }
}

/**
 * Edits a claim's fields against the version the person started from (409 when stale), with
 * one history row per changed field. A verified claim's sealed fields are frozen (409: reopen
 * first); its tags and assignee may still change.
 */
export async function updateClaim({ actor, claimId, input }: { actor: Actor; claimId: string; input: unknown }) {
  assertCan(actor, "article.read");
  const { version, changes, reason } = parseWith(updateClaimSchema, input);
  return db.$transaction(async (tx) => {
    const { claim, rules } = await loadClaimForChange(tx, actor, claimId);
    if (!canEditClaim(actor, claim)) throw forbidden("Reviewers can edit only their own draft claims");
    if (claim.version !== version) throw versionConflict(claim);

    const { anchorReviewed, ...fields } = changes;
    const changed = fieldChanges(claim, fields);
    if (claim.status === "VERIFIED" && changed.some((c) => (sealedFields as readonly string[]).includes(c.field))) {
      throw new AppError("conflict", reopenFirstMessage);
    }
    if (changed.some((c) => (sealedFields as readonly string[]).includes(c.field))) assertNoOpenBlindReview(rules);
    await assertReferencesExist(tx, changes);
    if (anchorReviewed && claim.anchorState === "NEEDS_REVIEW") changed.push({ field: "anchorState", oldValue: "NEEDS_REVIEW", newValue: "ANCHORED" });
    if (changed.length === 0) return reloadClaim(tx, claimId);

    const data: Prisma.ClaimUncheckedUpdateManyInput = { version: { increment: 1 } };
    for (const { field, newValue } of changed) (data as Record<string, unknown>)[field] = field in fields ? fields[field as keyof typeof fields] : newValue;
    if (changed.some((c) => c.field === "verdictId")) data.verdictSetById = changes.verdictId ? actor.id : null;
    if (changed.some((c) => substanceFields.has(c.field))) data.substanceChangedById = actor.id;

    const finalVerdict = "verdictId" in fields ? fields.verdictId : claim.verdictId;
    const finalRationale = "rationale" in fields ? fields.rationale : claim.rationale;
    if (finalVerdict && !finalRationale?.trim()) throw invalid({ rationale: "A verdict needs a rationale" });

    // The version in the WHERE makes a concurrent save lose cleanly instead of overwriting.
    const { count } = await tx.claim.updateMany({ where: { id: claimId, version }, data });
    if (count === 0) throw versionConflict((await loadClaimForChange(tx, actor, claimId)).claim);
    await tx.claimEvent.createMany({
      data: changed.map((c) => ({
        claimId,
        actorId: actor.id,
        field: c.field,
        oldValue: c.oldValue as Prisma.InputJsonValue,
        newValue: c.newValue as Prisma.InputJsonValue,
        reason,
      })),
    });
    await recordClaimEvent(tx, claimId, "claim.changed", actor);
    if (changed.some((c) => c.field === "assigneeId")) await notify(tx, { userIds: [changes.assigneeId], kind: "ASSIGNED", claimId, actor });
    return reloadClaim(tx, claimId);
  });
}
