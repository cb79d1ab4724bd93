import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { sealVerification } from "@/lib/verifications/seal-verification";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";
import { claimEventData } from "@/lib/webhooks/payloads";
import { latestRevision, loadClaimForChange, lockArticleForClaimChange, reloadClaim, versionConflict } from "./load-claim";
import { statusChangeProblem } from "./rules";
import { changeStatusSchema } from "./schema";
import { recordClaimEvent } from "@/lib/live/desk-events";
import { notify } from "@/lib/notifications/notify";

/**
 * Moves a claim through Draft → In review → Verified / Rejected, by the rules in rules.ts.
 * Verifying seals a verification row in the same transaction; reopening (Verified → In review,
 * with a reason) detaches it from the claim and keeps it.
 */
export async function changeClaimStatus({ actor, claimId, input }: { actor: Actor; claimId: string; input: unknown }) {
  assertCan(actor, "article.read");
  const { version, status, reason, rejectionReason } = parseWith(changeStatusSchema, input);
  return db.$transaction(async (tx) => {
    const { claim, rules } = await loadClaimForChange(tx, actor, claimId);
    const problem = statusChangeProblem(actor, rules, status, { reason, rejectionReason });
    if (problem?.code === "forbidden") throw new AppError("forbidden", problem.message);
    if (claim.version !== version) throw versionConflict(claim);
    if (problem) throw new AppError("validation", problem.message, { [problem.field ?? "status"]: problem.message });

    const data: Prisma.ClaimUncheckedUpdateManyInput = { status, version: { increment: 1 } };
    if (status === "VERIFIED") {
      // An article edit must not commit between this check and the seal.
      await lockArticleForClaimChange(tx, claim.articleId);
      const latest = await latestRevision(tx, claim.articleId);
      if (claim.anchorState !== "ANCHORED" || claim.revisionId !== latest.id) {
        throw new AppError("conflict", "The article changed under this claim. Review its highlight (or reload) before verifying.");
      }
      const verifiedAt = new Date();
      const verificationId = await sealVerification(tx, { claimId, verifier: actor, verifiedAt });
      Object.assign(data, { verifiedById: actor.id, verifiedAt, verificationId });
    }
    if (claim.status === "VERIFIED") Object.assign(data, { verifiedById: null, verifiedAt: null, verificationId: null });
    data.rejectionReason = status === "REJECTED" ? rejectionReason : null;

    const { count } = await tx.claim.updateMany({ where: { id: claimId, version }, data });
    if (count === 0) throw versionConflict((await loadClaimForChange(tx, actor, claimId)).claim);
    await tx.claimEvent.create({
      data: {
        claimId,
        actorId: actor.id,
        field: "status",
        oldValue: claim.status,
        newValue: status,
        reason: status === "REJECTED" ? (reason ?? rejectionReason) : reason,
      },
    });
    await recordClaimEvent(tx, claimId, "claim.status", actor);
    if (status === "IN_REVIEW" && claim.status === "DRAFT") await notify(tx, { userIds: [claim.assigneeId], kind: "REVIEW_REQUESTED", claimId, actor });
    if (claim.status === "VERIFIED") await notify(tx, { userIds: [claim.verifiedBy?.id], kind: "REOPENED", claimId, actor });
    const changed = await reloadClaim(tx, claimId);
    if (status === "VERIFIED") await emitWebhookEvent(tx, "claim.verified", claimEventData(changed));
    else if (claim.status === "VERIFIED") await emitWebhookEvent(tx, "claim.reopened", { ...claimEventData(changed), reason, reopenedBy: { id: actor.id, name: actor.name } });
    return changed;
  });
}
