import { z } from "zod";
import { assertCan } from "@/lib/auth/assert";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { reanchorArticleClaims, type ReanchorSummary } from "@/lib/claims/reanchor-claims";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { prepareDocument } from "./prepare-document";
import { recordDeskEvent } from "@/lib/live/desk-events";
import { queueHintScoring } from "@/lib/claim-hints/score-revision";

export const editArticleTextSchema = z
  .object({
    baseRevisionId: z.string({ error: "baseRevisionId is required" }).min(1),
    html: z.string({ error: "The article text is missing" }).min(1, "The article text is missing"),
  })
  .strict();

/** What the editor sees after saving: the new revision and what happened to each claim. */
export type EditResult = ReanchorSummary & { revisionNumber: number; unchanged: boolean };

/**
 * Saves edited article text as a new revision and re-anchors every claim onto it, all in one
 * transaction. Refuses (409) when someone else saved a revision in the meantime.
 */
export async function editArticleText({ actor, articleId, input }: { actor: Actor; articleId: string; input: unknown }): Promise<EditResult> {
  assertCan(actor, "article.edit");
  const { baseRevisionId, html } = parseWith(editArticleTextSchema, input);
  const { doc, text } = await prepareDocument({ format: "html", content: html });

  return db.$transaction(
    async (tx) => {
      // Lock the article row so two edits cannot both build on the same revision.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Article" WHERE "id" = ${articleId} AND "deletedAt" IS NULL FOR UPDATE`;
      if (locked.length === 0) throw notFound("Article not found");
      const latest = await tx.articleRevision.findFirstOrThrow({ where: { articleId }, orderBy: { number: "desc" }, select: { id: true, number: true, text: true } });
      if (latest.id !== baseRevisionId) throw new AppError("conflict", "Someone else saved a newer version of this article. Reload and edit again.");
      if (latest.text === text) return { revisionNumber: latest.number, unchanged: true, anchored: 0, needsReview: 0, orphaned: 0, reopened: 0, flagged: [] };

      const revision = await tx.articleRevision.create({
        data: { articleId, number: latest.number + 1, doc: doc as Prisma.InputJsonValue, text, createdById: actor.id },
        select: { id: true, number: true },
      });
      await queueHintScoring(tx, revision.id);
      const summary = await reanchorArticleClaims(tx, { articleId, previous: latest, newRevisionId: revision.id, newRevisionNumber: revision.number, newText: text, actorId: actor.id });
      await tx.article.update({ where: { id: articleId }, data: { updatedAt: new Date() } });
      await recordDeskEvent(tx, { articleId, kind: "article.revised", actor });
      await emitWebhookEvent(tx, "article.revised", { article: { id: articleId }, revision: revision.number, anchored: summary.anchored, needsReview: summary.needsReview, orphaned: summary.orphaned, reopened: summary.reopened });
      for (const flagged of summary.flagged.filter((claim) => claim.reopened)) {
        await emitWebhookEvent(tx, "claim.reopened", { claim: { id: flagged.id, articleId, statement: flagged.statement, status: "IN_REVIEW" }, reason: "The article's text changed under the verified quote", revision: revision.number });
      }
      await recordAuditEvent(tx, { actorId: actor.id, action: "article.edit", targetType: "article", targetId: articleId, data: { revision: revision.number, anchored: summary.anchored, needsReview: summary.needsReview, orphaned: summary.orphaned, reopened: summary.reopened } });
      return { revisionNumber: revision.number, unchanged: false, ...summary };
    },
    { timeout: 60_000 },
  );
}
