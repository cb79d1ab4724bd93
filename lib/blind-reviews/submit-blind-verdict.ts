import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError, invalid, notFound } from "@/lib/errors";
import { recordDeskEvent } from "@/lib/live/desk-events";
import { notify } from "@/lib/notifications/notify";
import { parseWith } from "@/lib/validation";
import { blindReviewSelect, toBlindReviewDto } from "./blind-review-dto";
import { lockBlindReview } from "./lock-review";
import { submitBlindSchema } from "./schema";

/**
 * A named reviewer gives their verdict, rationale and sources; sealed once given. The last one
 * in completes the request: every verdict then opens to all, and the editor who asked is told.
 */
export async function submitBlindVerdict({ actor, reviewId, input }: { actor: Actor; reviewId: string; input: unknown }) {
  assertCan(actor, "blind.submit");
  const { verdictId, rationale, sources } = parseWith(submitBlindSchema, input);
  return db.$transaction(async (tx) => {
    const review = await lockBlindReview(tx, reviewId);
    const mine = await tx.blindVerdict.findUnique({ where: { reviewId_reviewerId: { reviewId, reviewerId: actor.id } }, select: { id: true, submittedAt: true } });
    // Someone not asked learns nothing about the request, not even that it exists.
    if (!mine) throw notFound("Blind review not found");
    if (review.cancelledAt) throw new AppError("conflict", "This request for blind verdicts was cancelled");
    if (mine.submittedAt) throw new AppError("conflict", "You already gave your verdict; it is sealed");
    if (!(await tx.verdict.findUnique({ where: { id: verdictId }, select: { id: true } }))) throw invalid({ verdictId: "Unknown verdict" });

    const now = new Date();
    await tx.blindVerdict.update({ where: { id: mine.id }, data: { verdictId, rationale, sources, submittedAt: now } });
    const waiting = await tx.blindVerdict.count({ where: { reviewId, submittedAt: null } });
    if (waiting === 0) {
      await tx.blindReview.update({ where: { id: reviewId }, data: { completedAt: now } });
      await notify(tx, { userIds: [review.requestedById], kind: "BLIND_COMPLETE", claimId: review.claimId, actor });
    }
    await recordDeskEvent(tx, { articleId: review.claim.articleId, claimId: review.claimId, kind: "claim.blind", actor });
    return toBlindReviewDto(await tx.blindReview.findUniqueOrThrow({ where: { id: reviewId }, select: blindReviewSelect }), actor.id);
  });
}
