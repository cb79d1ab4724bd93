import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleDetailsForm } from "@/components/articles/article-details-form";
import { ArticleTextEditor } from "@/components/articles/article-text-editor";
import { DeleteArticle } from "@/components/articles/delete-article";
import { findArticleForPage } from "@/lib/articles/load-article-page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/permissions";
import { isoDay } from "@/lib/dates";

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
      <h2>Details</h2>
      <ArticleDetailsForm
        articleId={article.id}
        initial={{ title: article.title, outlet: article.outlet, author: article.author, url: article.url, publishedAt: isoDay(article.publishedAt) }}
      />
      {can(actor, "article.delete") && (
        <>
          <h2>Delete</h2>
          <DeleteArticle articleId={article.id} />
        </>
      )}
    </>
  );
}
