import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { claimSelect, toClaimDto } from "./dto";

/** Every claim on an article in reading order; orphaned ones too (they keep their last offsets). */
export async function listArticleClaims({ actor, articleId }: { actor: Actor; articleId: string }) {
  assertCan(actor, "article.read");
  // Claims of a deleted article are gone with it, here as on its page.
  const rows = await db.claim.findMany({ where: { articleId, deletedAt: null, article: { deletedAt: null } }, select: claimSelect, orderBy: [{ startOffset: "asc" }, { createdAt: "asc" }] });
  return rows.map(toClaimDto);
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
