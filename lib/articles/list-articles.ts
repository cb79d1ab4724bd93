import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { claimStatuses, type ClaimStatus } from "@/lib/enums";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { parseWith } from "@/lib/validation";

/**
 * The library: articles matching a title/outlet search, with their claims counted by status.
 * "Verified" counts only claims whose verification holds on the latest text: an article edit
 * that touches a verified quote sends the claim back to review in the same transaction.
 */
export async function listArticles({ actor, search }: { actor: Actor; search?: string }) {
  assertCan(actor, "article.read");
  // Prisma passes `contains` to LIKE as is: % and _ must be literal, not wildcards.
  const q = search?.trim().replace(/[\\%_]/g, "\\$&");
  const articles = await db.article.findMany({
    where: {
      deletedAt: null,
      ...(q ? { OR: [{ title: { contains: q, mode: "insensitive" } }, { outlet: { contains: q, mode: "insensitive" } }] } : {}),
    },
    select: { id: true, slug: true, title: true, outlet: true, author: true, publishedAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const counts = await db.claim.groupBy({
    by: ["articleId", "status"],
    where: { articleId: { in: articles.map((a) => a.id) }, deletedAt: null },
    _count: { _all: true },
  });
  return articles.map((article) => {
    const byStatus = Object.fromEntries(claimStatuses.map((s) => [s, 0])) as Record<ClaimStatus, number>;
    for (const row of counts) if (row.articleId === article.id) byStatus[row.status] = row._count._all;
    const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
    return { ...article, claims: { byStatus, total, verified: byStatus.VERIFIED } };
  });
}

export const articleListQuerySchema = z.object({ search: z.string().max(200, "Use at most 200 characters").optional() }).strict();

/** GET /api/articles: the library for scripts, with the same search as the page. */
export async function searchArticles({ actor, query }: { actor: Actor; query: unknown }) {
  assertCan(actor, "article.read");
  const { search } = parseWith(articleListQuerySchema, query);
  return listArticles({ actor, search });
}
export type ArticleListItem = Awaited<ReturnType<typeof listArticles>>[number];
