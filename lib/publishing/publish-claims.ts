import { z } from "zod";
import { articleSlug } from "@/lib/articles/slug";
import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { reloadClaim } from "@/lib/claims/load-claim";
import { config } from "@/lib/config";
import { db, type DbTransaction } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";
import { claimEventData } from "@/lib/webhooks/payloads";
import { recordClaimEvent } from "@/lib/live/desk-events";

export const unpublishSchema = z
  .object({ reason: z.string({ error: "Say why it comes down" }).trim().min(1, "Say why it comes down").max(500, "Use at most 500 characters") })
  .strict();

export const publicPath = (slug: string) => `/f/${slug}`;
const publicUrl = (slug: string) => (config().NEXTAUTH_URL ? new URL(publicPath(slug), config().NEXTAUTH_URL).href : null);

/** Puts one verified claim on its public page (again, if it was taken down). Inside the caller's transaction. */
async function publishInTransaction(tx: DbTransaction, actor: Actor, claimId: string) {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, deletedAt: null, article: { deletedAt: null } },
    select: { status: true, statement: true, publication: { select: { id: true, slug: true, unpublishedAt: true } } },
  });
  if (!claim) throw notFound("Claim not found");
  if (claim.status !== "VERIFIED") throw new AppError("conflict", "Only a verified claim can be published. Verify it first.");
  if (claim.publication && !claim.publication.unpublishedAt) return false; // already up
  const now = new Date();
  const publication = claim.publication
    ? await tx.publication.update({ where: { id: claim.publication.id }, data: { publishedAt: now, publishedById: actor.id, unpublishedAt: null, unpublishedById: null, unpublishReason: null }, select: { slug: true } })
    : await tx.publication.create({ data: { claimId, slug: articleSlug(claim.statement), publishedAt: now, publishedById: actor.id }, select: { slug: true } });
  await tx.claimEvent.create({ data: { claimId, actorId: actor.id, field: "publication", newValue: { slug: publication.slug, published: true } } });
  await recordClaimEvent(tx, claimId, "claim.changed", actor);
  await recordAuditEvent(tx, { actorId: actor.id, action: "claim.publish", targetType: "claim", targetId: claimId, data: { slug: publication.slug } });
  await emitWebhookEvent(tx, "claim.published", { ...claimEventData(await reloadClaim(tx, claimId)), path: publicPath(publication.slug), url: publicUrl(publication.slug) });
  return true;
}

/** An editor publishes a verified claim: 409 when it is not verified. Returns the claim. */
export async function publishClaim({ actor, claimId }: { actor: Actor; claimId: string }) {
  assertCan(actor, "claim.publish");
  return db.$transaction(async (tx) => {
    await publishInTransaction(tx, actor, claimId);
    return reloadClaim(tx, claimId);
  });
}

/** Every verified claim of an article not yet on a public page, in one transaction. */
export async function publishArticleClaims({ actor, articleId }: { actor: Actor; articleId: string }) {
  assertCan(actor, "claim.publish");
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true } });
    if (!article) throw notFound("Article not found");
    const verified = await tx.claim.findMany({ where: { articleId, deletedAt: null, status: "VERIFIED" }, select: { id: true }, orderBy: { startOffset: "asc" } });
    let published = 0;
    for (const { id } of verified) if (await publishInTransaction(tx, actor, id)) published++;
    return { published, verified: verified.length };
  });
}

/** Takes a claim's page down (410 from then on), with a reason. Publishing again puts it back at the same address. */
export async function unpublishClaim({ actor, claimId, input }: { actor: Actor; claimId: string; input: unknown }) {
  assertCan(actor, "claim.publish");
  const { reason } = parseWith(unpublishSchema, input);
  return db.$transaction(async (tx) => {
    const publication = await tx.publication.findFirst({ where: { claimId, unpublishedAt: null, claim: { deletedAt: null } }, select: { id: true, slug: true } });
    if (!publication) throw notFound("This claim is not published");
    await tx.publication.update({ where: { id: publication.id }, data: { unpublishedAt: new Date(), unpublishedById: actor.id, unpublishReason: reason } });
    await tx.claimEvent.create({ data: { claimId, actorId: actor.id, field: "publication", oldValue: { slug: publication.slug, published: true }, newValue: { slug: publication.slug, published: false }, reason } });
    await recordClaimEvent(tx, claimId, "claim.changed", actor);
    await recordAuditEvent(tx, { actorId: actor.id, action: "claim.unpublish", targetType: "claim", targetId: claimId, data: { slug: publication.slug, reason } });
    return reloadClaim(tx, claimId);
  });
}
