import { z } from "zod";
import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db, queryRows } from "@/lib/db/client";
import { parseWith } from "@/lib/validation";
import { blindClaimIdsSql, claimsBlindTo, withoutBlindFields } from "@/lib/blind-reviews/blind-visibility";
import { notFound } from "@/lib/errors";
import { anchorStates, claimStatuses } from "@/lib/enums";
import { claimListPage, summarizeClaim, summaryStatementLength } from "./claim-summary";
import type { PackedClaimSummaries } from "./packed-summaries";

type SummaryRow = Parameters<typeof summarizeClaim>[0];

/**
 * The claim's own columns a summary needs, of the claims people see on an article (a deleted
 * article's claims are gone with it, here as on its page), in reading order. Straight through
 * pg: every article page and claim list reads them, and Prisma's handling of the rows and the
 * query cost more than PostgreSQL's work. Only an orphaned claim's quote is read: the others'
 * quotes are in the page's text.
 */
const summaryColumns = `c."id", c."revisionId", c."startOffset", c."endOffset", c."anchorState"::text AS "anchorState", c."status"::text AS "status",
  c."verdictId", c."assigneeId", c."statement", CASE WHEN c."anchorState" = 'ORPHANED' THEN c."quote" ELSE '' END AS "quote"`;
// The article's own row is checked once (an uncorrelated EXISTS), not joined to every claim.
const visibleOn = `FROM "Claim" c WHERE c."articleId" = $1 AND c."deletedAt" IS NULL AND EXISTS (SELECT 1 FROM "Article" a WHERE a."id" = $1 AND a."deletedAt" IS NULL)`;
const readingOrder = `ORDER BY c."startOffset", c."createdAt", c."id"`;

/**
 * An article's claims in reading order, orphaned ones too (they keep their last offsets),
 * packed against `revisionId`'s text, as JSON text PostgreSQL writes: it goes to the browser as
 * it is, never parsed and written again here. One statement over the claim's own columns;
 * null when the revision is not this article's, or the article is deleted. `limit`: the first
 * rows only (the article page's list); null for every claim.
 */
async function packArticleClaims({ actor, articleId, revisionId, limit }: { actor: Actor; articleId: string; revisionId: string; limit: number | null }): Promise<string | null> {
  // Repeated values as their place in a list of the distinct ones (0-based, as in JavaScript).
  const position = (list: string, value: string) => `array_position(${list}, ${value}) - 1`;
  const [{ packed }] = await queryRows<{ packed: string | null }>({
    text: `WITH claims AS (
        SELECT c."id", c."revisionId", c."startOffset", c."endOffset", c."anchorState"::text AS "anchorState", c."status"::text AS "status", c."assigneeId",
          CASE WHEN c."id" IN (${blindClaimIdsSql("$5")}) THEN NULL ELSE c."verdictId" END AS "verdictId",
          -- The text shows the statement where it is the quote of a placed claim on this revision.
          CASE WHEN c."revisionId" = $2 AND c."anchorState" <> 'ORPHANED' AND c."statement" = c."quote" THEN NULL ELSE left(c."statement", ${summaryStatementLength + 1}) END AS "statement",
          CASE WHEN c."anchorState" = 'ORPHANED' THEN left(c."quote", ${summaryStatementLength + 1}) END AS "orphanQuote",
          row_number() OVER (${readingOrder}) - 1 AS "n"
        ${visibleOn} ${readingOrder} LIMIT $6
      ),
      revisions AS (SELECT coalesce(array_agg(DISTINCT "revisionId"), '{}') AS "ids" FROM claims),
      verdicts AS (SELECT coalesce(array_agg(DISTINCT "verdictId") FILTER (WHERE "verdictId" IS NOT NULL), '{}') AS "ids" FROM claims),
      assignees AS (SELECT coalesce(array_agg(DISTINCT "assigneeId") FILTER (WHERE "assigneeId" IS NOT NULL), '{}') AS "ids" FROM claims)
      SELECT CASE WHEN EXISTS (SELECT 1 FROM "ArticleRevision" r JOIN "Article" a ON a."id" = r."articleId" AND a."deletedAt" IS NULL WHERE r."id" = $2 AND r."articleId" = $1) THEN json_build_object(
        'ids', coalesce(array_agg(k."id" ORDER BY k."n"), '{}'),
        'revisionIds', (SELECT "ids" FROM revisions),
        'revision', coalesce(array_agg(${position(`(SELECT "ids" FROM revisions)`, `k."revisionId"`)} ORDER BY k."n"), '{}'),
        'start', coalesce(array_agg(k."startOffset" ORDER BY k."n"), '{}'),
        'end', coalesce(array_agg(k."endOffset" ORDER BY k."n"), '{}'),
        'anchorState', coalesce(array_agg(${position("$3::text[]", `k."anchorState"`)} ORDER BY k."n"), '{}'),
        'status', coalesce(array_agg(${position("$4::text[]", `k."status"`)} ORDER BY k."n"), '{}'),
        'verdictIds', (SELECT "ids" FROM verdicts),
        'verdict', coalesce(array_agg(coalesce(${position(`(SELECT "ids" FROM verdicts)`, `k."verdictId"`)}, -1) ORDER BY k."n"), '{}'),
        'assigneeIds', (SELECT "ids" FROM assignees),
        'assignee', coalesce(array_agg(coalesce(${position(`(SELECT "ids" FROM assignees)`, `k."assigneeId"`)}, -1) ORDER BY k."n"), '{}'),
        'statement', coalesce(json_agg(k."statement" ORDER BY k."n"), '[]'),
        'orphanQuotes', coalesce(json_object_agg(k."n", k."orphanQuote") FILTER (WHERE k."orphanQuote" IS NOT NULL), '{}')
      )::text END AS "packed"
      FROM claims k`,
    values: [articleId, revisionId, anchorStates, claimStatuses, actor.id, limit],
  });
  return packed;
}

/** The claim list's first rows, for the article page (every claim loads with the highlights). */
export async function firstArticleClaims({ actor, articleId, revisionId }: { actor: Actor; articleId: string; revisionId: string }): Promise<PackedClaimSummaries> {
  assertCan(actor, "article.read");
  const packed = await packArticleClaims({ actor, articleId, revisionId, limit: claimListPage });
  if (packed === null) throw notFound("Revision not found");
  return JSON.parse(packed);
}

export const highlightsQuerySchema = z.object({ revisionId: z.string({ error: "revisionId is required" }).min(1, "revisionId is required").max(100, "revisionId is too long") }).strict();

/**
 * Every claim on an article, packed against the text of the revision the browser shows
 * (GET /api/articles/<id>/highlights?revisionId=): the viewer's highlights and the whole claim
 * list. Serialized `PackedClaimSummaries`, as the browser receives it.
 */
export async function articleHighlights({ actor, articleId, query }: { actor: Actor; articleId: string; query: unknown }): Promise<string> {
  assertCan(actor, "article.read");
  const { revisionId } = parseWith(highlightsQuerySchema, query);
  const packed = await packArticleClaims({ actor, articleId, revisionId, limit: null });
  if (packed === null) throw notFound("Revision not found");
  return packed;
}

export const claimPageQuerySchema = z
  .object({
    limit: z.coerce.number({ error: "limit must be a whole number" }).int("limit must be a whole number").min(1, "limit is at least 1").max(1000, "limit is at most 1000").default(200),
    offset: z.coerce.number({ error: "offset must be a whole number" }).int("offset must be a whole number").min(0, "offset is at least 0").max(1_000_000, "offset is too large").default(0),
  })
  .strict();

const countClaims = (articleId: string) => queryRows<{ total: number }>({ text: `SELECT count(*)::int AS "total" ${visibleOn}`, values: [articleId] }).then(([row]) => row.total);

/** How many claims people see on an article, counted in SQL. */
export async function countArticleClaims({ actor, articleId }: { actor: Actor; articleId: string }): Promise<number> {
  assertCan(actor, "article.read");
  return countClaims(articleId);
}

/** One page of an article's claims (GET /api/articles/<id>/claims?limit=&offset=), with the total from SQL. */
export async function pageArticleClaims({ actor, articleId, query }: { actor: Actor; articleId: string; query: unknown }) {
  assertCan(actor, "article.read");
  const { limit, offset } = parseWith(claimPageQuerySchema, query);
  const [rows, total, blind] = await Promise.all([
    queryRows<SummaryRow>({ text: `SELECT ${summaryColumns} ${visibleOn} ${readingOrder} LIMIT $2 OFFSET $3`, values: [articleId, limit, offset] }),
    countClaims(articleId),
    claimsBlindTo(actor.id),
  ]);
  return { claims: rows.map((row) => withoutBlindFields(summarizeClaim(row), blind)), total, limit, offset };
}

/** Deleted claims of an article, for the admins who may restore them. */
export async function listDeletedClaims({ actor, articleId }: { actor: Actor; articleId: string }) {
  assertCan(actor, "claim.restore");
  const rows = await db.claim.findMany({
    where: { articleId, deletedAt: { not: null } },
    orderBy: { deletedAt: "desc" },
    select: { id: true, quote: true, statement: true, deletedAt: true, deletionReason: true, deletedBy: { select: { name: true } } },
  });
  return rows.map((row) => ({ ...row, deletedAt: row.deletedAt!.toISOString(), deletedBy: row.deletedBy?.name ?? null }));
}
export type DeletedClaimDto = Awaited<ReturnType<typeof listDeletedClaims>>[number];
