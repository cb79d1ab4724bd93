import { z } from "zod";
import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db, queryRows } from "@/lib/db/client";
import { parseWith } from "@/lib/validation";
import { claimsBlindTo, withoutBlindFields } from "@/lib/blind-reviews/blind-visibility";
import { summarizeClaim, type ClaimSummary } from "./claim-summary";

type SummaryRow = Parameters<typeof summarizeClaim>[0];

/**
 * The claim's own columns a summary needs, of the claims people see on an article (a deleted
 * article's claims are gone with it, here as on its page), in reading order. Straight through
 * pg: every article page and claim list reads them, and Prisma's handling of the rows and the
 * query cost more than PostgreSQL's work.
 */
const summaryColumns = `c."id", c."revisionId", c."startOffset", c."endOffset", c."anchorState"::text AS "anchorState", c."status"::text AS "status",
  c."verdictId", c."assigneeId", c."statement", c."quote"`;
const visibleOn = `FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" AND a."deletedAt" IS NULL WHERE c."articleId" = $1 AND c."deletedAt" IS NULL`;
const readingOrder = `ORDER BY c."startOffset", c."createdAt", c."id"`;

/**
 * Every claim on an article in reading order, orphaned ones too (they keep their last
 * offsets), as summaries: one query over the claim's own columns, no relations. What the
 * article page needs to draw highlights and list claims; a claim's detail loads when opened.
 */
export async function listArticleClaims({ actor, articleId }: { actor: Actor; articleId: string }): Promise<ClaimSummary[]> {
  assertCan(actor, "article.read");
  const [rows, blind] = await Promise.all([queryRows<SummaryRow>({ text: `SELECT ${summaryColumns} ${visibleOn} ${readingOrder}`, values: [articleId] }), claimsBlindTo(actor.id)]);
  return rows.map((row) => withoutBlindFields(summarizeClaim(row), blind));
}

export const claimPageQuerySchema = z
  .object({
    limit: z.coerce.number({ error: "limit must be a whole number" }).int("limit must be a whole number").min(1, "limit is at least 1").max(1000, "limit is at most 1000").default(200),
    offset: z.coerce.number({ error: "offset must be a whole number" }).int("offset must be a whole number").min(0, "offset is at least 0").max(1_000_000, "offset is too large").default(0),
  })
  .strict();

/** One page of an article's claims (GET /api/articles/<id>/claims?limit=&offset=), with the total from SQL. */
export async function pageArticleClaims({ actor, articleId, query }: { actor: Actor; articleId: string; query: unknown }) {
  assertCan(actor, "article.read");
  const { limit, offset } = parseWith(claimPageQuerySchema, query);
  const [rows, [{ total }], blind] = await Promise.all([
    queryRows<SummaryRow>({ text: `SELECT ${summaryColumns} ${visibleOn} ${readingOrder} LIMIT $2 OFFSET $3`, values: [articleId, limit, offset] }),
    queryRows<{ total: number }>({ text: `SELECT count(*)::int AS "total" ${visibleOn}`, values: [articleId] }),
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
