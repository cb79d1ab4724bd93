import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { blindReviewSelect, toBlindReviewDto } from "./blind-review-dto";

/** A claim's requests for blind verdicts, newest first, as `actor` may see them. */
export async function listClaimBlindReviews({ actor, claimId }: { actor: Actor; claimId: string }) {
  assertCan(actor, "article.read");
  const claim = await db.claim.findFirst({ where: { id: claimId, deletedAt: null, article: { deletedAt: null } }, select: { id: true } });
  if (!claim) throw notFound("Claim not found");
  const rows = await db.blindReview.findMany({ where: { claimId }, orderBy: { createdAt: "desc" }, take: 20, select: blindReviewSelect });
  return rows.map((row) => toBlindReviewDto(row, actor.id));
}

/** The blind verdicts `actor` still owes, oldest request first, with where to give them. */
export async function listMyPendingBlindVerdicts({ actor }: { actor: Actor }) {
  assertCan(actor, "blind.submit");
  const rows = await db.blindVerdict.findMany({
    where: { reviewerId: actor.id, submittedAt: null, review: { cancelledAt: null, adjudicatedAt: null, claim: { deletedAt: null, article: { deletedAt: null } } } },
    orderBy: { review: { createdAt: "asc" } },
    take: 200,
    select: { review: { select: { id: true, createdAt: true, requestedBy: { select: { name: true } }, claim: { select: { id: true, statement: true, article: { select: { slug: true, title: true } } } } } } },
  });
  return rows.map(({ review }) => ({ reviewId: review.id, requestedAt: review.createdAt.toISOString(), requestedBy: review.requestedBy.name, claim: review.claim }));
}
export type PendingBlindVerdictDto = Awaited<ReturnType<typeof listMyPendingBlindVerdicts>>[number];
