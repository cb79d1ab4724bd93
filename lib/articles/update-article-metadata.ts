import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { articleMetadataChangesSchema } from "./schema";

const metadataSelect = { title: true, outlet: true, author: true, url: true, publishedAt: true } as const;

/** Editors correct an article's details (title, outlet, author, URL, date); the audit log keeps before and after. */
export async function updateArticleMetadata({ actor, articleId, input }: { actor: Actor; articleId: string; input: unknown }) {
  assertCan(actor, "article.edit");
  const changes = parseWith(articleMetadataChangesSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.article.findUnique({ where: { id: articleId, deletedAt: null }, select: metadataSelect });
    if (!before) throw notFound("Article not found");
    const after = await tx.article.update({ where: { id: articleId }, data: changes, select: { ...metadataSelect, id: true, slug: true } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "article.metadata",
      targetType: "article",
      targetId: articleId,
      data: { before, after: { ...after, id: undefined, slug: undefined } } as unknown as Prisma.InputJsonValue,
    });
    return { ...after, publishedAt: isoDay(after.publishedAt) };
  });
}
