import type { Actor } from "@/lib/auth/permissions";
import { assertCan } from "@/lib/auth/assert";
import type { DbTransaction } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors";
import { claimSelect, toClaimDto } from "./dto";
import { blindOpenMessage, rulesOf, type ClaimForRules } from "./rules";

export const blindReviewerMessage = "You are giving a blind verdict on this claim. It opens to you once every verdict is in.";

/** Verdict, rationale and sources wait while blind verdicts are open on the claim. */
export function assertNoOpenBlindReview(rules: Pick<ClaimForRules, "blindReviewOpen">) {
  if (rules.blindReviewOpen) throw new AppError("conflict", blindOpenMessage);
}

/**
 * A claim about to change, with what the rules need. A deleted claim is not found: it changes
 * only through an admin's restore.
 */
export async function loadClaimForChange(tx: DbTransaction, actor: Actor, claimId: string) {
  assertCan(actor, "article.read");
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: { ...claimSelect, createdById: true, verdictId: true, verdictSetById: true, assigneeId: true },
  });
  if (!claim || claim.deletedAt) throw notFound("Claim not found");
  // A blind reviewer changing the claim would see its verdict and evidence in the answer.
  const [open] = claim.blindReviews;
  if (open && !open.completedAt && (await tx.blindVerdict.count({ where: { reviewId: open.id, reviewerId: actor.id } }))) throw new AppError("forbidden", blindReviewerMessage);
  return { claim, rules: rulesOf({ ...claim, blindReview: claim.blindReviews[0] ?? null }) };
}

/** The statement of that lock: no row when the article is missing or deleted. */
export function articleShareLock(articleId: string): Prisma.Sql {
  return Prisma.sql`SELECT "id" FROM "Article" WHERE "id" = ${articleId} AND "deletedAt" IS NULL FOR SHARE`;
}

/**
 * Holds the article still (shared lock) so an article edit cannot commit under this change;
 * a missing or deleted article is not found.
 */
export async function lockArticleForClaimChange(tx: DbTransaction, articleId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>(articleShareLock(articleId));
  if (rows.length === 0) throw notFound("Article not found");
}

export async function latestRevision(tx: DbTransaction, articleId: string) {
  return tx.articleRevision.findFirstOrThrow({ where: { articleId }, orderBy: { number: "desc" }, select: { id: true, number: true } });
}

/** 409 carrying the claim as it is now, so the UI can show the other person's change. */
export function versionConflict(current: Parameters<typeof toClaimDto>[0]) {
  return new AppError("conflict", "Someone else changed this claim since you opened it", undefined, { current: toClaimDto(current) });
}

export async function reloadClaim(tx: DbTransaction, claimId: string) {
  return toClaimDto(await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: claimSelect }));
}
