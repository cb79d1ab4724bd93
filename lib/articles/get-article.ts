import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import type { DocNode } from "@/lib/anchoring/canonical-text";
import { db } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";
import { notFound } from "@/lib/errors";

const metadataSelect = { id: true, slug: true, title: true, outlet: true, author: true, url: true, publishedAt: true } as const;
const snapshotSelect = { snapshot: { select: { id: true, capturedAt: true } } } as const;

/** An article with one revision (the latest unless `revisionNumber` is given) and the list of revisions. */
export async function getArticle({ actor, slug, revisionNumber }: { actor: Actor; slug: string; revisionNumber?: number }) {
  assertCan(actor, "article.read");
  const article = await db.article.findUnique({
    where: { slug, deletedAt: null },
    select: {
      ...metadataSelect,
      ...snapshotSelect,
      revisions: {
        orderBy: { number: "desc" },
        select: { id: true, number: true, createdAt: true, createdBy: { select: { name: true } } },
      },
    },
  });
  if (!article || article.revisions.length === 0) throw notFound("Article not found");
  const wanted = revisionNumber ?? article.revisions[0].number;
  const revision = await db.articleRevision.findUnique({
    where: { articleId_number: { articleId: article.id, number: wanted } },
    select: { id: true, number: true, doc: true, text: true },
  });
  if (!revision) throw notFound("Revision not found");
  const { revisions, ...rest } = article;
  return {
    ...rest,
    latestRevisionNumber: revisions[0].number,
    revisions: revisions.map((r) => ({ number: r.number, createdAt: r.createdAt.toISOString(), createdBy: r.createdBy.name })),
    revision: { ...revision, doc: revision.doc as unknown as DocNode },
  };
}

/** GET /api/articles/<id>: the details and the latest revision's plain text, whose offsets claims use. */
export async function getArticleText({ actor, articleId }: { actor: Actor; articleId: string }) {
  assertCan(actor, "article.read");
  const article = await db.article.findUnique({
    where: { id: articleId, deletedAt: null },
    select: { ...metadataSelect, revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, text: true, createdAt: true } } },
  });
  if (!article || article.revisions.length === 0) throw notFound("Article not found");
  const { revisions, publishedAt, ...rest } = article;
  const [latest] = revisions;
  return { ...rest, publishedAt: isoDay(publishedAt), revision: { ...latest, createdAt: latest.createdAt.toISOString() } };
}
export type ArticleTextDto = Awaited<ReturnType<typeof getArticleText>>;
