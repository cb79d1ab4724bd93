import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db, type DbTransaction } from "@/lib/db/client";
import { AppError, invalid, notFound } from "@/lib/errors";
import { recordDeskEvent } from "@/lib/live/desk-events";
import { notify } from "@/lib/notifications/notify";
import { parseWith } from "@/lib/validation";
import { loadClaimForChange, lockArticleForClaimChange, reloadClaim } from "@/lib/claims/load-claim";
import { canRequestBlindVerdicts } from "@/lib/claims/rules";
import { requestBlindSchema } from "./schema";

async function activeReviewers(tx: DbTransaction, reviewerIds: string[]) {
  const people = await tx.user.findMany({ where: { id: { in: reviewerIds }, disabledAt: null }, select: { id: true, name: true } });
  if (people.length !== reviewerIds.length) throw invalid({ reviewerIds: "Choose active people as reviewers" });
  return people;
}

/** Opens one request on a locked claim: a verdict row per reviewer, a notification each, history. */
async function openBlindReview(tx: DbTransaction, actor: Actor, claim: { id: string; articleId: string }, reviewers: { id: string; name: string }[]) {
  const review = await tx.blindReview.create({
    data: { claimId: claim.id, requestedById: actor.id, verdicts: { create: reviewers.map((reviewer) => ({ reviewerId: reviewer.id })) } },
    select: { id: true },
  });
  await tx.claimEvent.create({ data: { claimId: claim.id, actorId: actor.id, field: "blindReview", newValue: { requested: reviewers.map((r) => r.name) } } });
  await notify(tx, { userIds: reviewers.map((r) => r.id), kind: "BLIND_REQUESTED", claimId: claim.id, actor });
  await recordDeskEvent(tx, { articleId: claim.articleId, claimId: claim.id, kind: "claim.blind", actor });
  return review.id;
}

/**
 * An editor asks the chosen reviewers for independent verdicts on one claim in draft or in
 * review. Until all are in, none of them sees another's verdict, nor the claim's own.
 */
export async function requestBlindVerdicts({ actor, claimId, input }: { actor: Actor; claimId: string; input: unknown }) {
  assertCan(actor, "blind.request");
  const { reviewerIds } = parseWith(requestBlindSchema, input);
  return db.$transaction(async (tx) => {
    // Two editors asking at once: the second waits here, then sees the first's request.
    await tx.$queryRaw`SELECT "id" FROM "Claim" WHERE "id" = ${claimId} FOR UPDATE`;
    const { claim, rules } = await loadClaimForChange(tx, actor, claimId);
    if (!canRequestBlindVerdicts(actor, rules)) {
      throw new AppError("conflict", rules.blindReviewOpen ? "Blind verdicts are already open on this claim" : "Blind verdicts are for claims in draft or in review");
    }
    await lockArticleForClaimChange(tx, claim.articleId);
    await openBlindReview(tx, actor, claim, await activeReviewers(tx, reviewerIds));
    return reloadClaim(tx, claimId);
  });
}

/**
 * The same for every claim of an article that can take a request now (in draft or in review,
 * none open); the others are counted as skipped. All or nothing, in one transaction.
 */
export async function requestArticleBlindVerdicts({ actor, articleId, input }: { actor: Actor; articleId: string; input: unknown }) {
  assertCan(actor, "blind.request");
  const { reviewerIds } = parseWith(requestBlindSchema, input);
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true } });
    if (!article) throw notFound("Article not found");
    await lockArticleForClaimChange(tx, articleId);
    const reviewers = await activeReviewers(tx, reviewerIds);
    // Locked first, read after: a statement's snapshot predates its lock waits, so one that
    // locked and checked for open requests at once would miss a request committed meanwhile.
    await tx.$executeRaw`SELECT 1 FROM "Claim" WHERE "articleId" = ${articleId} AND "deletedAt" IS NULL ORDER BY "startOffset", "id" FOR UPDATE`;
    const claims = await tx.$queryRaw<{ id: string; articleId: string }[]>`
      SELECT c."id", c."articleId" FROM "Claim" c
      WHERE c."articleId" = ${articleId} AND c."deletedAt" IS NULL AND c."status" IN ('DRAFT', 'IN_REVIEW')
        AND NOT EXISTS (SELECT 1 FROM "BlindReview" r WHERE r."claimId" = c."id" AND r."adjudicatedAt" IS NULL AND r."cancelledAt" IS NULL)
      ORDER BY c."startOffset", c."id"`;
    const total = await tx.claim.count({ where: { articleId, deletedAt: null } });
    for (const claim of claims) await openBlindReview(tx, actor, claim, reviewers);
    return { requested: claims.length, skipped: total - claims.length };
  });
}
