import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { SealedContent } from "@/lib/verifications/sealed-content";
import { blindReviewSelect, toBlindReviewDto } from "@/lib/blind-reviews/blind-review-dto";
import { blindHistoryFields, stillBlind, withoutBlindFields } from "@/lib/blind-reviews/blind-visibility";
import { claimSelect, toClaimDto } from "./dto";

/** A claim with its comment thread, history and sealed verifications, for the side panel. */
export async function getClaimDetail({ actor, claimId }: { actor: Actor; claimId: string }) {
  assertCan(actor, "article.read");
  const row = await db.claim.findUnique({
    where: { id: claimId, deletedAt: null },
    select: {
      ...claimSelect,
      verifications: {
        orderBy: { verifiedAt: "desc" },
        select: { id: true, verifiedAt: true, revisionNumber: true, hash: true, content: true, verifiedBy: { select: { id: true, name: true } } },
      },
      comments: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } } } },
      events: {
        orderBy: { createdAt: "desc" },
        take: 200,
        select: { id: true, field: true, oldValue: true, newValue: true, reason: true, createdAt: true, actor: { select: { id: true, name: true } } },
      },
      _count: { select: { comments: true, blindReviews: true } },
    },
  });
  if (!row) throw notFound("Claim not found");
  const { comments, events, verifications, ...claim } = row;
  // Most claims never had blind verdicts: their requests are read only when there are some.
  const blindReviews = row._count.blindReviews ? await db.blindReview.findMany({ where: { claimId }, orderBy: { createdAt: "desc" }, take: 20, select: blindReviewSelect }) : [];
  // A named blind reviewer sees neither the claim's verdict and evidence nor their history.
  const blind = new Set(stillBlind(blindReviews.filter((review) => !review.adjudicatedAt && !review.cancelledAt), actor.id) ? [claimId] : []);
  return {
    claim: withoutBlindFields(toClaimDto(claim), blind),
    verifications: blind.size ? [] : verifications.map((v) => ({ ...v, verifiedAt: v.verifiedAt.toISOString(), content: v.content as unknown as SealedContent })),
    comments: comments.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    blindReviews: blindReviews.map((review) => toBlindReviewDto(review, actor.id)),
    history: events.filter((e) => !blind.size || !blindHistoryFields.has(e.field)).map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
  };
}

export type ClaimDetailDto = Awaited<ReturnType<typeof getClaimDetail>>;
export type HistoryEntry = ClaimDetailDto["history"][number];
export type VerificationDto = ClaimDetailDto["verifications"][number];
