import { canonicalText } from "@/lib/anchoring/canonical-text";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { DbTransaction } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, invalid } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { htmlToDoc } from "./html-to-doc";
import { createArticleSchema, maxArticleBytes } from "./schema";
import { articleSlug } from "./slug";

/** Validates, sanitizes and stores an article inside the caller's transaction. */
export async function insertArticle(tx: DbTransaction, { actorId, input }: { actorId: string; input: unknown }) {
  const { html, ...metadata } = parseWith(createArticleSchema, input);
  if (Buffer.byteLength(html) > maxArticleBytes) {
    throw new AppError("payload_too_large", "The article is over the 2 MB limit");
  }
  const doc = htmlToDoc(html);
  const { text } = canonicalText(doc);
  if (!text.trim()) throw invalid({ html: "The article has no text" });

  const article = await tx.article.create({
    data: { ...metadata, slug: articleSlug(metadata.title), createdById: actorId },
    select: { id: true, slug: true, title: true },
  });
  await tx.articleRevision.create({
    data: { articleId: article.id, number: 1, doc: doc as Prisma.InputJsonValue, text, createdById: actorId },
  });
  await recordAuditEvent(tx, { actorId, action: "article.create", targetType: "article", targetId: article.id });
  return article;
}
