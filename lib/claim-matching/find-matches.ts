import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { config } from "@/lib/config";
import { db, type DbTransaction } from "@/lib/db/client";
import type { ClaimDto } from "@/lib/claims/dto";

export type MatchStrength = "same" | "similar";

/** An earlier claim that may be the same claim, with what a desk needs to judge it. */
export type ClaimMatch = {
  claimId: string;
  quote: string;
  statement: string;
  status: ClaimDto["status"];
  verdict: { id: string; label: string; tone: string } | null;
  article: { id: string; slug: string; title: string };
  createdAt: string;
  score: number;
  strength: MatchStrength;
};

type MatchRow = Omit<ClaimMatch, "article" | "verdict" | "createdAt" | "strength"> & {
  articleId: string;
  slug: string;
  title: string;
  verdictId: string | null;
  verdictLabel: string | null;
  verdictTone: string | null;
  createdAt: Date;
};

/** Longest text matched: a claim's quote is a sentence or two. */
export const maxMatchText = 2000;

/**
 * Earlier claims like `text`, in every article, best first. Both sides are compared by their
 * match key: the stemmed words without stop words, sorted (factcheck_match_key in the
 * migration), so reordered words, inflections, case, quote style and dashes do not count.
 * pg_trgm finds the candidates through its GIN index (trigram similarity of the keys at or
 * above the "similar" threshold, which survives rewordings and typos); each is scored
 * 0.6 × that similarity + 0.4 × the share of the text's words (full-text lexemes) it contains.
 * The thresholds from the configuration sort them into similar and same.
 */
export async function findMatches({ actor, text, excludeClaimIds = [], limit = 5 }: { actor: Actor; text: string; excludeClaimIds?: string[]; limit?: number }): Promise<ClaimMatch[]> {
  assertCan(actor, "article.read");
  return db.$transaction((tx) => queryMatches(tx, { text, excludeClaimIds, limit }));
}

/** The lookup itself, in a transaction of the caller's (the benchmark runs it again with the indexes turned off). */
export async function queryMatches(tx: DbTransaction, { text, excludeClaimIds = [], limit = 5 }: { text: string; excludeClaimIds?: string[]; limit?: number }): Promise<ClaimMatch[]> {
  const { MATCH_SIMILAR_THRESHOLD: similar, MATCH_SAME_THRESHOLD: same } = config();
  const input = text.slice(0, maxMatchText);
  // The candidates' floor, and a bound on the lookup: matching is advice, never a wait.
  await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(similar)}, true), set_config('statement_timeout', '2s', true)`;
  const rows = await tx.$queryRaw<MatchRow[]>`
    WITH q AS (SELECT factcheck_match_key(${input}) AS key),
    words AS (SELECT q.key, string_to_array(q.key, ' ') AS words FROM q),
    scored AS (
      SELECT c."id", c."quote", c."statement", c."status", c."createdAt", c."articleId", c."verdictId",
             0.6 * similarity(c."matchKey", w.key) +
             0.4 * (SELECT count(*) FROM unnest(w.words) x WHERE x = ANY (string_to_array(c."matchKey", ' ')))::float8 / greatest(cardinality(w.words), 1) AS score
      FROM "Claim" c, words w
      WHERE w.key <> '' AND c."matchKey" % w.key AND c."deletedAt" IS NULL AND NOT (c."id" = ANY (${excludeClaimIds}::text[]))
    )
    SELECT s."id" AS "claimId", s."quote", s."statement", s."status"::text AS "status", s."createdAt", s."score",
           a."id" AS "articleId", a."slug", a."title", v."id" AS "verdictId", v."label" AS "verdictLabel", v."tone"::text AS "verdictTone"
    FROM scored s
    JOIN "Article" a ON a."id" = s."articleId" AND a."deletedAt" IS NULL
    LEFT JOIN "Verdict" v ON v."id" = s."verdictId"
    WHERE s."score" >= ${similar}
    ORDER BY s."score" DESC, s."createdAt" DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({
    claimId: row.claimId,
    quote: row.quote,
    statement: row.statement,
    status: row.status,
    verdict: row.verdictId ? { id: row.verdictId, label: row.verdictLabel!, tone: row.verdictTone! } : null,
    article: { id: row.articleId, slug: row.slug, title: row.title },
    createdAt: row.createdAt.toISOString(),
    score: Math.round(row.score * 100) / 100,
    strength: row.score >= same ? "same" : "similar",
  }));
}
