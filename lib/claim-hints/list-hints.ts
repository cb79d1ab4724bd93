import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { HintReason } from "./score-sentence";

export type HintDto = { start: number; end: number; text: string; score: number; reasons: HintReason[] };

/** A revision's hints: still being scored, scored, or not scored (with why). */
export type RevisionHints = { revisionId: string; state: "scoring" | "ready" | "failed"; message: string | null; hints: HintDto[] };

/** The hints of an article's latest revision, in text order. */
export async function listArticleHints({ actor, articleId }: { actor: Actor; articleId: string }): Promise<RevisionHints> {
  assertCan(actor, "article.read");
  const revision = await db.articleRevision.findFirst({
    where: { articleId, article: { deletedAt: null } },
    orderBy: { number: "desc" },
    select: { id: true, hintsScoredAt: true, hintsError: true, hints: { orderBy: { start: "asc" }, select: { start: true, end: true, text: true, score: true, reasons: true } } },
  });
  if (!revision) throw notFound("Article not found");
  const state = revision.hintsError ? "failed" : revision.hintsScoredAt ? "ready" : "scoring";
  return { revisionId: revision.id, state, message: revision.hintsError, hints: revision.hints.map((hint) => ({ ...hint, reasons: hint.reasons as HintReason[] })) };
}
