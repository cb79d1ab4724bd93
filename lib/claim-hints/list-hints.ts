import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { queryRows } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { HintReason } from "./score-sentence";

export type HintDto = { start: number; end: number; text: string; score: number; reasons: HintReason[] };

/** A revision's hints: still being scored, scored, or not scored (with why). */
export type RevisionHints = { revisionId: string; state: "scoring" | "ready" | "failed"; message: string | null; hints: HintDto[] };

/** The hints of an article's latest revision, in text order. Through pg, in one statement: every article page reads them. */
export async function listArticleHints({ actor, articleId }: { actor: Actor; articleId: string }): Promise<RevisionHints> {
  assertCan(actor, "article.read");
  const [revision] = await queryRows<{ revisionId: string; scored: boolean; error: string | null; hints: HintDto[] }>({
    text: `SELECT r."id" AS "revisionId", r."hintsScoredAt" IS NOT NULL AS "scored", r."hintsError" AS "error",
             COALESCE((SELECT json_agg(json_build_object('start', h."start", 'end', h."end", 'text', h."text", 'score', h."score", 'reasons', h."reasons") ORDER BY h."start")
                       FROM "SentenceHint" h WHERE h."revisionId" = r."id"), '[]') AS "hints"
           FROM "ArticleRevision" r JOIN "Article" a ON a."id" = r."articleId" AND a."deletedAt" IS NULL
           WHERE r."articleId" = $1 ORDER BY r."number" DESC LIMIT 1`,
    values: [articleId],
  });
  if (!revision) throw notFound("Article not found");
  const state = revision.error ? "failed" : revision.scored ? "ready" : "scoring";
  return { revisionId: revision.revisionId, state, message: revision.error, hints: revision.hints };
}
