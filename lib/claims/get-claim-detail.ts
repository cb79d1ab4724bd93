import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db, queryRows } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { textProblem } from "@/lib/validation";
import type { SealedContent } from "@/lib/verifications/sealed-content";
import { blindReviewSelect, toBlindReviewDto } from "@/lib/blind-reviews/blind-review-dto";
import { blindHistoryFields, stillBlind, withoutBlindFields } from "@/lib/blind-reviews/blind-visibility";
import { claimDetailSql } from "./claim-detail-json";
import type { ClaimDto } from "./dto";

type Person = { id: string; name: string };
type DetailRow = {
  claim: ClaimDto;
  verifications: { id: string; verifiedAt: string; revisionNumber: number; hash: string; content: SealedContent; verifiedBy: Person }[];
  comments: { id: string; body: string; createdAt: string; author: Person }[];
  history: { id: string; field: string; oldValue: unknown; newValue: unknown; reason: string | null; createdAt: string; actor: Person | null }[];
  blindReviewCount: number;
};

/** A claim with its comment thread, history and sealed verifications, for the side panel. */
export async function getClaimDetail({ actor, claimId }: { actor: Actor; claimId: string }) {
  assertCan(actor, "article.read");
  const [row] = await queryRows<DetailRow>(claimDetailSql(claimId));
  if (!row) throw notFound("Claim not found");
  const { claim, verifications, comments, history, blindReviewCount } = row;
  // Most claims never had blind verdicts: their requests are read only when there are some.
  const blindReviews = blindReviewCount ? await db.blindReview.findMany({ where: { claimId }, orderBy: { createdAt: "desc" }, take: 20, select: blindReviewSelect }) : [];
  // A named blind reviewer sees neither the claim's verdict and evidence nor their history, nor
  // other people's comments, which argue the verdict as often as not: only their own, until every verdict is in.
  const blind = new Set(stillBlind(blindReviews.filter((review) => !review.adjudicatedAt && !review.cancelledAt), actor.id) ? [claimId] : []);
  return {
    claim: withoutBlindFields(claim, blind),
    verifications: blind.size ? [] : verifications,
    comments: blind.size ? comments.filter((comment) => comment.author.id === actor.id) : comments,
    blindReviews: blindReviews.map((review) => toBlindReviewDto(review, actor.id)),
    history: history.filter((e) => !blind.size || !blindHistoryFields.has(e.field)),
  };
}

/** The claim a link names (`?claim=<id>`), if it is one of this article's, to open with the page; null for anything else. */
export async function getLinkedClaimDetail({ actor, articleId, claimId }: { actor: Actor; articleId: string; claimId: unknown }) {
  if (typeof claimId !== "string" || textProblem(claimId)) return null;
  try {
    const detail = await getClaimDetail({ actor, claimId });
    return detail.claim.articleId === articleId ? detail : null;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}

export type ClaimDetailDto = Awaited<ReturnType<typeof getClaimDetail>>;
export type HistoryEntry = ClaimDetailDto["history"][number];
export type VerificationDto = ClaimDetailDto["verifications"][number];
