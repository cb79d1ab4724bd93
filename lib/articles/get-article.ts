import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import type { DocNode } from "@/lib/anchoring/canonical-text";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

/** An article with its latest revision. */
export async function getArticle({ actor, slug }: { actor: Actor; slug: string }) {
  assertCan(actor, "article.read");
  const article = await db.article.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      outlet: true,
      author: true,
      url: true,
      publishedAt: true,
      revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, doc: true, text: true } },
    },
  });
  if (!article || article.revisions.length === 0) throw notFound("Article not found");
  const { revisions, ...rest } = article;
  const revision = revisions[0];
  return { ...rest, revision: { ...revision, doc: revision.doc as unknown as DocNode } };
}
