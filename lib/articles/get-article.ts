import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import type { DocNode } from "@/lib/anchoring/canonical-text";
import { db, queryRows } from "@/lib/db/client";
import { isoTimestampSql as iso } from "@/lib/db/sql-time";
import { isoDay } from "@/lib/dates";
import { notFound } from "@/lib/errors";

const metadataSelect = { id: true, slug: true, title: true, outlet: true, author: true, url: true, publishedAt: true } as const;

type ArticlePageRow = {
  id: string;
  slug: string;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  publishedAt: Date | null;
  snapshotId: string | null;
  snapshotCapturedAt: Date | null;
  revisions: { number: number; createdAt: string; createdBy: string }[];
  revision: { id: string; number: number; doc: DocNode; text: string } | null;
};

/**
 * An article with one revision (the latest unless `revisionNumber` is given) and the list of
 * revisions, in one statement straight through pg: the article page reads it on every view.
 */
export async function getArticle({ actor, slug, revisionNumber }: { actor: Actor; slug: string; revisionNumber?: number }) {
  assertCan(actor, "article.read");
  // A number from an address: past the column's range no revision has it (PostgreSQL would refuse the comparison).
  if (revisionNumber !== undefined && !(Number.isInteger(revisionNumber) && revisionNumber >= 1 && revisionNumber <= 2_147_483_647)) throw notFound("Revision not found");
  const [article] = await queryRows<ArticlePageRow>({
    text: `SELECT a."id", a."slug", a."title", a."outlet", a."author", a."url", a."publishedAt", s."id" AS "snapshotId", s."capturedAt" AS "snapshotCapturedAt",
             (SELECT json_agg(json_build_object('number', r."number", 'createdAt', ${iso('r."createdAt"')}, 'createdBy', u."name") ORDER BY r."number" DESC)
              FROM "ArticleRevision" r JOIN "User" u ON u."id" = r."createdById" WHERE r."articleId" = a."id") AS "revisions",
             (SELECT json_build_object('id', r."id", 'number', r."number", 'doc', r."doc", 'text', r."text")
              FROM "ArticleRevision" r WHERE r."articleId" = a."id" AND ($2::int IS NULL OR r."number" = $2) ORDER BY r."number" DESC LIMIT 1) AS "revision"
           FROM "Article" a LEFT JOIN "Snapshot" s ON s."id" = a."snapshotId"
           WHERE a."slug" = $1 AND a."deletedAt" IS NULL`,
    values: [slug, revisionNumber ?? null],
  });
  if (!article?.revisions) throw notFound("Article not found");
  if (!article.revision) throw notFound("Revision not found");
  const { snapshotId, snapshotCapturedAt, revisions, revision, ...metadata } = article;
  return {
    ...metadata,
    snapshot: snapshotId ? { id: snapshotId, capturedAt: snapshotCapturedAt! } : null,
    latestRevisionNumber: revisions[0].number,
    revisions,
    revision,
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
