import { db, type DbTransaction } from "@/lib/db/client";
import { enqueueJob } from "@/lib/jobs/job-queue";
import { recordDeskEvent } from "@/lib/live/desk-events";
import { log } from "@/lib/log";
import { hintsInPool, poolRefused } from "@/lib/articles/prepare-document";

export const scoreRevisionTask = "score_revision";

/** Queues hint scoring for a new revision, in the transaction that writes it. */
export async function queueHintScoring(tx: DbTransaction, revisionId: string) {
  await enqueueJob(tx, scoreRevisionTask, { revisionId }, { jobKey: `hints:${revisionId}` });
}

/**
 * The job: score every sentence of a revision in the worker pool (an article of 50,000
 * sentences takes minutes and must not hold a request or the event loop), then replace the
 * revision's hints in one statement. Hints are derived data, recomputed at will; the viewers
 * of the article hear of them through the desk's live events. A text too large for the pool
 * is recorded as such and not retried.
 */
export async function scoreRevision({ revisionId }: { revisionId: string }): Promise<void> {
  const revision = await db.articleRevision.findUnique({ where: { id: revisionId }, select: { text: true, articleId: true } });
  if (!revision) return;
  let hints;
  try {
    hints = await hintsInPool(revision.text);
  } catch (error) {
    if (!poolRefused(error)) throw error;
    log.warn({ event: "hints_refused", revisionId }, "revision too large to score");
    await db.articleRevision.update({ where: { id: revisionId }, data: { hintsError: "This text is too large to score", hintsScoredAt: new Date() } });
    return;
  }
  await db.$transaction(async (tx) => {
    await tx.sentenceHint.deleteMany({ where: { revisionId } });
    if (hints.length) {
      await tx.$executeRaw`
        INSERT INTO "SentenceHint" ("revisionId", "start", "end", "text", "score", "reasons")
        SELECT ${revisionId}, h.start, h.finish, h.text, h.score, h.reasons::jsonb
        FROM unnest(${hints.map((h) => h.start)}::int[], ${hints.map((h) => h.end)}::int[], ${hints.map((h) => revision.text.slice(h.start, h.end))}::text[],
                    ${hints.map((h) => h.score)}::float8[], ${hints.map((h) => JSON.stringify(h.reasons))}::text[])
          AS h(start, finish, text, score, reasons)`;
    }
    await tx.articleRevision.update({ where: { id: revisionId }, data: { hintsScoredAt: new Date(), hintsError: null } });
    await recordDeskEvent(tx, { articleId: revision.articleId, kind: "article.hints", actor: null });
  });
}
