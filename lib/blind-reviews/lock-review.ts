import type { DbTransaction } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

/** The request, locked against other answers and decisions until this transaction ends. */
export async function lockBlindReview(tx: DbTransaction, reviewId: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "BlindReview" WHERE "id" = ${reviewId} FOR UPDATE`;
  const review = locked && (await tx.blindReview.findUnique({ where: { id: reviewId }, select: { id: true, claimId: true, requestedById: true, completedAt: true, adjudicatedAt: true, cancelledAt: true, claim: { select: { articleId: true, deletedAt: true } } } }));
  if (!review || review.claim.deletedAt) throw notFound("Blind review not found");
  return review;
}
