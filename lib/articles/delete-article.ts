import { z } from "zod";
import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { parseWith } from "@/lib/validation";

export const deleteArticleSchema = z
  .object({ reason: z.string({ error: "Say why this article is deleted" }).trim().min(1, "Say why this article is deleted").max(500, "Use at most 500 characters") })
  .strict();

/** Admins delete an article softly: it leaves the library, its pages and exports, with its claims; restorable. */
export async function deleteArticle({ actor, articleId, input }: { actor: Actor; articleId: string; input: unknown }) {
  assertCan(actor, "article.delete");
  const { reason } = parseWith(deleteArticleSchema, input);
  return db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({ where: { id: articleId, deletedAt: null }, data: { deletedAt: new Date(), deletedById: actor.id, deletionReason: reason } });
    if (count === 0) throw notFound("Article not found");
    await recordAuditEvent(tx, { actorId: actor.id, action: "article.delete", targetType: "article", targetId: articleId, data: { reason } });
    return { id: articleId, deleted: true };
  });
}

export async function restoreArticle({ actor, articleId }: { actor: Actor; articleId: string }) {
  assertCan(actor, "article.delete");
  return db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({ where: { id: articleId, deletedAt: { not: null } }, data: { deletedAt: null, deletedById: null, deletionReason: null } });
    if (count === 0) throw notFound("No deleted article with this id");
    await recordAuditEvent(tx, { actorId: actor.id, action: "article.restore", targetType: "article", targetId: articleId });
    return { id: articleId, deleted: false };
  });
}

/** Deleted articles, newest first, for the admins who may restore them. */
export async function listDeletedArticles({ actor }: { actor: Actor }) {
  assertCan(actor, "article.delete");
  const rows = await db.article.findMany({
    where: { deletedAt: { not: null } },
    orderBy: { deletedAt: "desc" },
    take: 100,
    select: { id: true, title: true, deletedAt: true, deletionReason: true, deletedBy: { select: { name: true } } },
  });
  return rows.map((row) => ({ ...row, deletedAt: row.deletedAt!.toISOString(), deletedBy: row.deletedBy?.name ?? null }));
}
export type DeletedArticleDto = Awaited<ReturnType<typeof listDeletedArticles>>[number];
