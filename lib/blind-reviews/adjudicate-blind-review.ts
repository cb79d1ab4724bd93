import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, invalid } from "@/lib/errors";
import { recordDeskEvent } from "@/lib/live/desk-events";
import { queueArchive } from "@/lib/snapshots/archive-source";
import { parseWith } from "@/lib/validation";
import { loadClaimForChange, reloadClaim, versionConflict } from "@/lib/claims/load-claim";
import { lockBlindReview } from "./lock-review";
import { adjudicateSchema, cancelBlindSchema, type BlindSource } from "./schema";

const adjudicated = "Adjudicated from blind verdicts";

/** The sources of every reviewer who reached the final verdict, each URL once, minus those the claim has. */
function evidenceFor(verdicts: { verdictId: string | null; sources: unknown }[], finalVerdictId: string, existingUrls: Set<string>): BlindSource[] {
  const seen = new Set(existingUrls);
  return verdicts
    .filter((v) => v.verdictId === finalVerdictId)
    .flatMap((v) => v.sources as BlindSource[])
    .filter((source) => !seen.has(source.url) && seen.add(source.url));
}

/**
 * Once every verdict is in, an editor keeps one reviewer's verdict or writes the final one. It
 * goes onto the claim with the agreeing reviewers' sources, the claim moves to In review, and
 * the editor becomes its last substantive editor: another editor verifies it, as always.
 */
export async function adjudicateBlindReview({ actor, reviewId, input }: { actor: Actor; reviewId: string; input: unknown }) {
  assertCan(actor, "blind.request");
  const { version, fromVerdictId, ...written } = parseWith(adjudicateSchema, input);
  return db.$transaction(async (tx) => {
    const review = await lockBlindReview(tx, reviewId);
    if (review.cancelledAt || review.adjudicatedAt) throw new AppError("conflict", "This request for blind verdicts is already closed");
    if (!review.completedAt) throw new AppError("conflict", "Not every reviewer has given a verdict yet");
    const { claim } = await loadClaimForChange(tx, actor, review.claimId);
    if (claim.version !== version) throw versionConflict(claim);

    const verdicts = await tx.blindVerdict.findMany({ where: { reviewId }, select: { id: true, verdictId: true, rationale: true, sources: true } });
    const picked = fromVerdictId ? verdicts.find((v) => v.id === fromVerdictId) : null;
    if (fromVerdictId && !picked) throw invalid({ fromVerdictId: "Choose one of this request's verdicts" });
    const verdictId = picked ? picked.verdictId! : written.verdictId!;
    const rationale = picked ? picked.rationale! : written.rationale!;
    if (!picked && !(await tx.verdict.findUnique({ where: { id: verdictId }, select: { id: true } }))) throw invalid({ verdictId: "Unknown verdict" });

    const status = claim.status === "DRAFT" ? "IN_REVIEW" : claim.status;
    await tx.claim.update({
      where: { id: claim.id },
      data: { verdictId, rationale, status, verdictSetById: actor.id, substanceChangedById: actor.id, version: { increment: 1 } },
    });
    await tx.blindReview.update({ where: { id: reviewId }, data: { adjudicatedAt: new Date(), adjudicatedById: actor.id, finalVerdictId: verdictId, finalRationale: rationale } });
    const added = [];
    for (const source of evidenceFor(verdicts, verdictId, new Set(claim.sources.map((s) => s.url)))) {
      const created = await tx.source.create({ data: { ...source, claimId: claim.id, createdById: actor.id }, select: { id: true, title: true, url: true } });
      await queueArchive(tx, created.id);
      added.push(created);
    }
    const event = (field: string, oldValue: unknown, newValue: unknown) => ({ claimId: claim.id, actorId: actor.id, field, oldValue: oldValue as Prisma.InputJsonValue, newValue: newValue as Prisma.InputJsonValue, reason: adjudicated });
    await tx.claimEvent.createMany({
      data: [
        event("verdictId", claim.verdictId, verdictId),
        event("rationale", claim.rationale, rationale),
        ...(status !== claim.status ? [event("status", claim.status, status)] : []),
        ...added.map((source) => event("sources", undefined, source)),
      ],
    });
    await recordDeskEvent(tx, { articleId: claim.articleId, claimId: claim.id, kind: "claim.changed", actor });
    return reloadClaim(tx, claim.id);
  });
}

/** An editor withdraws an open request (with a reason); what was given is kept. */
export async function cancelBlindReview({ actor, reviewId, input }: { actor: Actor; reviewId: string; input: unknown }) {
  assertCan(actor, "blind.request");
  const { reason } = parseWith(cancelBlindSchema, input);
  return db.$transaction(async (tx) => {
    const review = await lockBlindReview(tx, reviewId);
    if (review.cancelledAt || review.adjudicatedAt) throw new AppError("conflict", "This request for blind verdicts is already closed");
    await tx.blindReview.update({ where: { id: reviewId }, data: { cancelledAt: new Date(), cancelledById: actor.id, cancelReason: reason } });
    await tx.claimEvent.create({ data: { claimId: review.claimId, actorId: actor.id, field: "blindReview", newValue: { cancelled: true }, reason } });
    await recordDeskEvent(tx, { articleId: review.claim.articleId, claimId: review.claimId, kind: "claim.blind", actor });
    return reloadClaim(tx, review.claimId);
  });
}
