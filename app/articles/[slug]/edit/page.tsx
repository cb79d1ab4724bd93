import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleTextEditor } from "@/components/articles/article-text-editor";
import { findArticleForPage } from "@/lib/articles/load-article-page";
import { requirePageActor } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: "Edit article" };

export default async function EditArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor("article.edit", `/articles/${slug}/edit`);
  const article = await findArticleForPage({ actor, slug });
  if (!article) notFound();
  return (
    <>
      <h1>Edit: {article.title}</h1>
      <p className="muted">
        Saving makes revision {article.latestRevisionNumber + 1}. Every claim is re-anchored: claims whose quoted text changed are flagged for
        re-review, and claims whose text is gone are kept as orphans.
      </p>
      <ArticleTextEditor articleId={article.id} slug={slug} baseRevisionId={article.revision.id} doc={article.revision.doc} />
    </>
  );
}
