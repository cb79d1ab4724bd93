import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, forbidden, invalid } from "@/lib/errors";
import { recordClaimEvent } from "@/lib/live/desk-events";
import { queueArchive } from "@/lib/snapshots/archive-source";
import { parseWith } from "@/lib/validation";
import { assertNoOpenBlindReview, loadClaimForChange, reloadClaim, versionConflict } from "@/lib/claims/load-claim";
import { canEditClaim, reopenFirstMessage } from "@/lib/claims/rules";
import { sourceFieldsSelect } from "@/lib/claims/dto";
import { reuseVerdictSchema } from "./schema";

/**
 * "Reuse verdict and sources": copies an earlier claim's verdict, rationale, confidence and
 * live sources into this claim, which keeps its own status: the copy is a draft of the
 * person who reused it (they become its last substantive editor, so someone else must verify
 * it) with a link back to where it came from. Each copied source is archived afresh.
 */
export async function reuseVerdict({ actor, claimId, input }: { actor: Actor; claimId: string; input: unknown }) {
  assertCan(actor, "article.read");
  const { fromClaimId, version } = parseWith(reuseVerdictSchema, input);
  if (fromClaimId === claimId) throw invalid({ fromClaimId: "Choose another claim to reuse" });
  return db.$transaction(async (tx) => {
    const { claim, rules } = await loadClaimForChange(tx, actor, claimId);
    if (!canEditClaim(actor, claim)) throw forbidden("Reviewers can change only their own draft claims");
    if (claim.status === "VERIFIED") throw new AppError("conflict", reopenFirstMessage);
    assertNoOpenBlindReview(rules);
    if (claim.version !== version) throw versionConflict(claim);
    const from = await tx.claim.findFirst({
      where: { id: fromClaimId, deletedAt: null },
      select: { verdictId: true, rationale: true, confidence: true, sources: { where: { retractedAt: null }, orderBy: { createdAt: "asc" }, select: { ...sourceFieldsSelect, id: false } } },
    });
    if (!from) throw invalid({ fromClaimId: "That claim does not exist or was deleted" });
    if (!from.verdictId || !from.rationale) throw invalid({ fromClaimId: "That claim has no verdict to reuse yet" });

    const { count } = await tx.claim.updateMany({
      where: { id: claimId, version },
      data: { verdictId: from.verdictId, rationale: from.rationale, confidence: from.confidence, reusedFromId: fromClaimId, verdictSetById: actor.id, substanceChangedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw versionConflict((await loadClaimForChange(tx, actor, claimId)).claim);
    const copied = [];
    for (const source of from.sources) {
      const created = await tx.source.create({ data: { ...source, claimId, createdById: actor.id }, select: { id: true, title: true, url: true } });
      await queueArchive(tx, created.id);
      copied.push(created);
    }
    await tx.claimEvent.createMany({
      data: [
        { claimId, actorId: actor.id, field: "verdictId", oldValue: claim.verdictId as Prisma.InputJsonValue, newValue: from.verdictId, reason: `Reused from claim ${fromClaimId}` },
        { claimId, actorId: actor.id, field: "rationale", oldValue: claim.rationale as Prisma.InputJsonValue, newValue: from.rationale, reason: `Reused from claim ${fromClaimId}` },
        ...copied.map((source) => ({ claimId, actorId: actor.id, field: "sources", newValue: { id: source.id, title: source.title, url: source.url }, reason: `Reused from claim ${fromClaimId}` })),
      ],
    });
    await recordClaimEvent(tx, claimId, "claim.changed", actor);
    return reloadClaim(tx, claimId);
  });
}
