import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ClaimStatus } from "@/lib/enums";
import { parseSearchWith } from "@/lib/validation";
import { claimsBlindTo } from "@/lib/blind-reviews/blind-visibility";
import { claimSearchSchema, searchPageSize, type ClaimSearch } from "./schema";

/** Marks around the matched words in `quoteMarked` and `statementMarked` (control characters, never HTML). */
export const markStart = "\u0002";
export const markEnd = "\u0003";

export type ClaimSearchHit = {
  id: string;
  quoteMarked: string;
  statementMarked: string;
  status: ClaimStatus;
  verdictId: string | null;
  assigneeId: string | null;
  tags: string[];
  article: { id: string; slug: string; title: string };
  createdAt: string;
  rank: number;
};

export type ClaimSearchResult = { query: ClaimSearch; total: number; page: number; pageSize: number; hits: ClaimSearchHit[] };

type HitRow = Omit<ClaimSearchHit, "article" | "createdAt"> & { articleId: string; slug: string; title: string; createdAt: Date; total: bigint };

function filters(query: ClaimSearch, blind: ReadonlySet<string>) {
  const where: Prisma.Sql[] = [Prisma.sql`c."deletedAt" IS NULL`];
  // A blind reviewer's open claims would answer for their rationale, sources and verdict.
  if (blind.size) where.push(Prisma.sql`c."id" <> ALL (${[...blind]}::text[])`);
  if (query.status) where.push(Prisma.sql`c."status" = ${query.status}::"ClaimStatus"`);
  if (query.verdictId) where.push(Prisma.sql`c."verdictId" = ${query.verdictId}`);
  if (query.tag) where.push(Prisma.sql`${query.tag} = ANY (c."tags")`);
  if (query.assigneeId) where.push(Prisma.sql`c."assigneeId" = ${query.assigneeId}`);
  if (query.articleId) where.push(Prisma.sql`c."articleId" = ${query.articleId}`);
  if (query.from) where.push(Prisma.sql`c."createdAt" >= ${query.from}::date`);
  if (query.to) where.push(Prisma.sql`c."createdAt" < ${query.to}::date + 1`);
  return Prisma.join(where, " AND ");
}

/**
 * Full-text search across claims (quote, statement, claimant, tags, rationale: the claim's
 * own vector) and their live sources (title, publisher, passage), plus the search as literal
 * text inside the quote (so "40%" finds "40%"; `%` and `_` are escaped, never wildcards).
 * Ranked by PostgreSQL's ts_rank_cd, the better of claim and sources, newest first on ties.
 * The search words are parameters throughout.
 */
export async function searchClaims({ actor, input }: { actor: Actor; input: unknown }): Promise<ClaimSearchResult> {
  assertCan(actor, "article.read");
  const query = parseSearchWith(claimSearchSchema, input);
  const literal = `%${query.q.replace(/[\\%_]/g, "\\$&")}%`;
  const blind = await claimsBlindTo(actor.id);
  const rows = await db.$queryRaw<HitRow[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', factcheck_match_text(${query.q})) AS query, factcheck_match_text(${literal}) AS literal),
    -- Each way of matching finds its candidates through its own index; filters and ranks apply to the few found.
    candidates AS (
      SELECT c."id" FROM "Claim" c, q WHERE c."searchVector" @@ q.query
      UNION SELECT c."id" FROM "Claim" c, q WHERE c."matchText" LIKE q.literal
      UNION SELECT s."claimId" FROM "Source" s, q WHERE s."searchVector" @@ q.query AND s."retractedAt" IS NULL
    ),
    matched AS (
      SELECT c."id", c."createdAt", greatest(ts_rank_cd(c."searchVector", q.query), coalesce(src.rank, 0), CASE WHEN c."matchText" LIKE q.literal THEN 0.1 ELSE 0 END) AS rank
      FROM candidates k JOIN "Claim" c ON c."id" = k."id" JOIN "Article" a ON a."id" = c."articleId" AND a."deletedAt" IS NULL CROSS JOIN q
      LEFT JOIN LATERAL (
        SELECT max(ts_rank_cd(s."searchVector", q.query)) AS rank FROM "Source" s
        WHERE s."claimId" = c."id" AND s."retractedAt" IS NULL AND s."searchVector" @@ q.query
      ) src ON true
      WHERE ${filters(query, blind)}
    ),
    page AS (SELECT m."id", m.rank FROM matched m ORDER BY m.rank DESC, m."createdAt" DESC, m."id" LIMIT ${searchPageSize} OFFSET ${(query.page - 1) * searchPageSize})
    -- One row for the total even past the last page; the page's rows (headlines for them only) joined to it.
    SELECT t."total", c."id", c."status"::text AS "status", c."verdictId", c."assigneeId", c."tags", c."createdAt", p.rank::float8 AS "rank",
           ts_headline('english', c."quote", q.query, ${headlineOptions}) AS "quoteMarked",
           ts_headline('english', c."statement", q.query, ${headlineOptions}) AS "statementMarked",
           a."id" AS "articleId", a."slug", a."title"
    FROM (SELECT count(*) AS "total" FROM matched) t
    LEFT JOIN (page p JOIN "Claim" c ON c."id" = p."id" JOIN "Article" a ON a."id" = c."articleId" CROSS JOIN q) ON true
    ORDER BY p.rank DESC, c."createdAt" DESC, c."id"`;
  const hits = rows.filter((row) => row.id !== null);
  return {
    query,
    total: Number(rows[0]?.total ?? 0),
    page: query.page,
    pageSize: searchPageSize,
    hits: hits.map((row) => ({
      id: row.id,
      quoteMarked: row.quoteMarked,
      statementMarked: row.statementMarked,
      status: row.status,
      verdictId: row.verdictId,
      assigneeId: row.assigneeId,
      tags: row.tags,
      article: { id: row.articleId, slug: row.slug, title: row.title },
      createdAt: row.createdAt.toISOString(),
      rank: row.rank,
    })),
  };
}

const headlineOptions = `StartSel=${markStart}, StopSel=${markEnd}, HighlightAll=true`;
