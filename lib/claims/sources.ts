import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db, type DbTransaction } from "@/lib/db/client";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { enqueueArchive } from "@/lib/snapshots/archive-source";
import { parseWith } from "@/lib/validation";
import { assertNoOpenBlindReview, loadClaimForChange, reloadClaim } from "./load-claim";
import { canEditClaim, reopenFirstMessage } from "./rules";
import { retractSourceSchema, sourceSchema } from "./schema";
import { recordClaimEvent } from "@/lib/live/desk-events";

/** The claim, if `actor` may change its evidence now (not while it is Verified). */
async function loadForEvidenceChange(tx: DbTransaction, actor: Actor, claimId: string) {
  const { claim, rules } = await loadClaimForChange(tx, actor, claimId);
  if (!canEditClaim(actor, claim)) throw forbidden("Reviewers can change sources only on their own draft claims");
  if (claim.status === "VERIFIED") throw new AppError("conflict", reopenFirstMessage);
  assertNoOpenBlindReview(rules);
  return claim;
}

/**
 * Sources are added without a version check: two people adding sources at once both keep
 * theirs. Each change bumps the version, so a verification is always of the evidence the
 * verifier saw, and makes the actor the claim's last substantive editor.
 */
export async function addSource({ actor, claimId, input }: { actor: Actor; claimId: string; input: unknown }) {
  assertCan(actor, "article.read");
  const source = parseWith(sourceSchema, input);
  return db.$transaction(async (tx) => {
    await loadForEvidenceChange(tx, actor, claimId);
    // The evidence locker: a copy of the page, fetched in the background.
    const created = await tx.source.create({ data: { ...source, claimId, createdById: actor.id, archiveStatus: "PENDING" }, select: { id: true } });
    await enqueueArchive(tx, created.id);
    await tx.claim.update({ where: { id: claimId }, data: { version: { increment: 1 }, substanceChangedById: actor.id } });
    await tx.claimEvent.create({
      data: { claimId, actorId: actor.id, field: "sources", newValue: { id: created.id, title: source.title, url: source.url } },
    });
    await recordClaimEvent(tx, claimId, "claim.sources", actor);
    return reloadClaim(tx, claimId);
  });
}

/** Removing a source retracts it (who, when, why); the row and earlier seals citing it stay. */
export async function retractSource({ actor, claimId, sourceId, input }: { actor: Actor; claimId: string; sourceId: string; input: unknown }) {
  assertCan(actor, "article.read");
  const { reason } = parseWith(retractSourceSchema, input);
  return db.$transaction(async (tx) => {
    await loadForEvidenceChange(tx, actor, claimId);
    const source = await tx.source.findFirst({ where: { id: sourceId, claimId, retractedAt: null }, select: { id: true, title: true, url: true } });
    if (!source) throw notFound("Source not found");
    await tx.source.update({ where: { id: sourceId }, data: { retractedAt: new Date(), retractedById: actor.id, retractionReason: reason } });
    await tx.claim.update({ where: { id: claimId }, data: { version: { increment: 1 }, substanceChangedById: actor.id } });
    await tx.claimEvent.create({
      data: { claimId, actorId: actor.id, field: "sources", oldValue: { id: source.id, title: source.title, url: source.url }, reason },
    });
    await recordClaimEvent(tx, claimId, "claim.sources", actor);
    return reloadClaim(tx, claimId);
  });
}
