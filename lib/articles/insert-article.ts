import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { DbTransaction } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { parseWith } from "@/lib/validation";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";
import { documentFromHtml, type PreparedDocument } from "./document-from-html";
import { createArticleSchema, type ArticleMetadata } from "./schema";
import { articleSlug } from "./slug";
import { queueHintScoring } from "@/lib/claim-hints/score-revision";

/** Stores an article whose metadata is validated and whose document is prepared: it only writes. */
export async function insertArticle(
  tx: DbTransaction,
  { actorId, metadata, document, snapshotId = null }: { actorId: string; metadata: ArticleMetadata; document: PreparedDocument; snapshotId?: string | null },
) {
  const article = await tx.article.create({
    data: { ...metadata, slug: articleSlug(metadata.title), createdById: actorId, snapshotId },
    select: { id: true, slug: true, title: true },
  });
  const revision = await tx.articleRevision.create({
    data: { articleId: article.id, number: 1, doc: document.doc as Prisma.InputJsonValue, text: document.text, createdById: actorId },
    select: { id: true },
  });
  await queueHintScoring(tx, revision.id);
  await recordAuditEvent(tx, { actorId, action: "article.create", targetType: "article", targetId: article.id });
  await emitWebhookEvent(tx, "article.imported", { article: { ...article, outlet: metadata.outlet ?? null, url: metadata.url ?? null } });
  return article;
}

/** For trusted HTML we wrote ourselves (demo data, tests, benchmarks): prepared in-process. */
export async function insertTrustedArticle(tx: DbTransaction, { actorId, input }: { actorId: string; input: unknown }) {
  const { html, ...metadata } = parseWith(createArticleSchema, input);
  return insertArticle(tx, { actorId, metadata, document: documentFromHtml(html) });
}
