import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { config } from "@/lib/config";
import { claimsBlindTo } from "@/lib/blind-reviews/blind-visibility";
import { db, type DbTransaction } from "@/lib/db/client";
import type { ClaimDto } from "@/lib/claims/dto";
import { candidateQueries } from "./candidate-queries";

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
 *
 * Candidates come from the full-text GIN index, by the text's rarest words (names, places,
 * figures; how common each word is comes from PostgreSQL's own column statistics): first the
 * claims that share the rarest one, and only if none of those is close enough, the claims
 * that share two of the three rarest (a paraphrase may have changed one). Each candidate is
 * scored 0.6 × pg_trgm similarity of the keys (which survives rewordings and typos) + 0.4 ×
 * the share of words they have in common (of the shorter of the two); the configured
 * thresholds sort them into similar and same.
 */
export async function findMatches({
  actor,
  text,
  excludeClaimIds = [],
  limit = 5,
  blind,
}: {
  actor: Actor;
  text: string;
  excludeClaimIds?: string[];
  limit?: number;
  /** The claims the person is blind to, when the caller has read them already. */
  blind?: ReadonlySet<string>;
}): Promise<ClaimMatch[]> {
  assertCan(actor, "article.read");
  // Claims the person is giving a blind verdict on would show them that claim's verdict.
  blind ??= await claimsBlindTo(actor.id);
  return db.$transaction((tx) => queryMatches(tx, { text, excludeClaimIds: [...excludeClaimIds, ...blind], limit }));
}

/** The lookup itself, in a transaction of the caller's (the benchmark runs it again with the indexes turned off). */
export async function queryMatches(tx: DbTransaction, { text, excludeClaimIds = [], limit = 5 }: { text: string; excludeClaimIds?: string[]; limit?: number }): Promise<ClaimMatch[]> {
  const { MATCH_SIMILAR_THRESHOLD: similar, MATCH_SAME_THRESHOLD: same } = config();
  // A bound on the lookup: matching is advice, never a wait.
  const [{ key }] = await tx.$queryRaw<{ key: string }[]>`SELECT factcheck_match_key(${text.slice(0, maxMatchText)}) AS key, set_config('statement_timeout', '2s', true)`;
  if (!key) return [];
  const frequencies = await commonWords(tx);
  for (const query of candidateQueries(key.split(" "), (word) => frequencies.get(word) ?? 0)) {
    const rows = await scoredCandidates(tx, { key, query, excludeClaimIds, similar, limit });
    if (rows.length) return rows.map((row) => toMatch(row, same));
  }
  return [];
}

function scoredCandidates(tx: DbTransaction, { key, query, excludeClaimIds, similar, limit }: { key: string; query: string; excludeClaimIds: string[]; similar: number; limit: number }) {
  return tx.$queryRaw<MatchRow[]>`
    WITH q AS (SELECT ${key}::text AS key, string_to_array(${key}::text, ' ') AS words),
    candidates AS (
      SELECT c."id" FROM "Claim" c, q WHERE c."searchVector" @@ ${query}::tsquery AND c."deletedAt" IS NULL
      ORDER BY similarity(c."matchKey", q.key) DESC LIMIT 100
    ),
    scored AS (
      SELECT c."id", c."quote", c."statement", c."status", c."createdAt", c."articleId", c."verdictId",
             0.6 * similarity(c."matchKey", q.key) +
             0.4 * (SELECT count(*) FROM unnest(q.words) x WHERE x = ANY (string_to_array(c."matchKey", ' ')))::float8
                 / greatest(least(cardinality(q.words), cardinality(string_to_array(c."matchKey", ' '))), 1) AS score
      FROM candidates k JOIN "Claim" c ON c."id" = k."id", q
      WHERE NOT (c."id" = ANY (${excludeClaimIds}::text[]))
    )
    SELECT s."id" AS "claimId", s."quote", s."statement", s."status"::text AS "status", s."createdAt", s."score",
           a."id" AS "articleId", a."slug", a."title", v."id" AS "verdictId", v."label" AS "verdictLabel", v."tone"::text AS "verdictTone"
    FROM scored s
    JOIN "Article" a ON a."id" = s."articleId" AND a."deletedAt" IS NULL
    LEFT JOIN "Verdict" v ON v."id" = s."verdictId"
    WHERE s."score" >= ${similar}
    ORDER BY s."score" DESC, s."createdAt" DESC
    LIMIT ${limit}`;
}

const toMatch = (row: MatchRow, same: number): ClaimMatch => ({
  claimId: row.claimId,
  quote: row.quote,
  statement: row.statement,
  status: row.status,
  verdict: row.verdictId ? { id: row.verdictId, label: row.verdictLabel!, tone: row.verdictTone! } : null,
  article: { id: row.articleId, slug: row.slug, title: row.title },
  createdAt: row.createdAt.toISOString(),
  score: Math.round(row.score * 100) / 100,
  strength: row.score >= same ? "same" : "similar",
});

/**
 * How common the most common words are (share of claims), from the statistics ANALYZE keeps
 * on the full-text column; words it does not list are rarer. Read at most every ten minutes
 * per process: statistics, not state, and slow to read (a few ms) for every match.
 */
let statistics: { at: number; frequencies: Map<string, number> } | null = null;
const statisticsAge = 10 * 60_000;

async function commonWords(tx: DbTransaction): Promise<Map<string, number>> {
  if (statistics && Date.now() - statistics.at < statisticsAge) return statistics.frequencies;
  const rows = await tx.$queryRaw<{ word: string; freq: number }[]>`
    SELECT e.word, e.freq FROM pg_stats st, unnest(st.most_common_elems::text::text[], st.most_common_elem_freqs) AS e(word, freq)
    WHERE st.schemaname = current_schema() AND st.tablename = 'Claim' AND st.attname = 'searchVector'`;
  statistics = { at: Date.now(), frequencies: new Map(rows.map((row) => [row.word, row.freq])) };
  return statistics.frequencies;
}
