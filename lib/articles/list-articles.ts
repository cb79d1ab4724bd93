import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

export async function listArticles({ actor, search }: { actor: Actor; search?: string }) {
  assertCan(actor, "article.read");
  const q = search?.trim();
  return db.article.findMany({
    where: q
      ? { OR: [{ title: { contains: q, mode: "insensitive" } }, { outlet: { contains: q, mode: "insensitive" } }] }
      : undefined,
    select: { id: true, slug: true, title: true, outlet: true, author: true, publishedAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
}
