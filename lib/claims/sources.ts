import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { forbidden } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { loadClaimForChange, reloadClaim } from "./load-claim";
import { canEditClaim } from "./rules";
import { sourceSchema } from "./schema";

/**
 * Sources are added without a version check: two people adding sources at once both keep
 * theirs. The addition is in the claim's history.
 */
export async function addSource({ actor, claimId, input }: { actor: Actor; claimId: string; input: unknown }) {
  const source = parseWith(sourceSchema, input);
  return db.$transaction(async (tx) => {
    const { claim } = await loadClaimForChange(tx, actor, claimId);
    if (!canEditClaim(actor, claim)) throw forbidden("Reviewers can add sources only to their own draft claims");
    const created = await tx.source.create({ data: { ...source, claimId, createdById: actor.id }, select: { id: true } });
    await tx.claimEvent.create({
      data: { claimId, actorId: actor.id, field: "sources", newValue: { id: created.id, title: source.title, url: source.url } },
    });
    return reloadClaim(tx, claimId);
  });
}

export async function removeSource({ actor, claimId, sourceId }: { actor: Actor; claimId: string; sourceId: string }) {
  return db.$transaction(async (tx) => {
    const { claim } = await loadClaimForChange(tx, actor, claimId);
    if (!canEditClaim(actor, claim)) throw forbidden("Reviewers can remove sources only from their own draft claims");
    const source = claim.sources.find((s) => s.id === sourceId);
    if (!source) return reloadClaim(tx, claimId);
    await tx.source.delete({ where: { id: sourceId } });
    await tx.claimEvent.create({
      data: { claimId, actorId: actor.id, field: "sources", oldValue: { id: source.id, title: source.title, url: source.url } },
    });
    return reloadClaim(tx, claimId);
  });
}
