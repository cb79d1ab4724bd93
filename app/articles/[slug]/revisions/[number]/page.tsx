import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleMeta } from "@/components/articles/article-meta";
import { ArticleContent } from "@/components/viewer/article-content";
import { findArticleForPage } from "@/lib/articles/load-article-page";
import { requirePageActor } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: "Revision" };

export default async function RevisionPage({ params }: { params: Promise<{ slug: string; number: string }> }) {
  const { slug, number } = await params;
  const actor = await requirePageActor("article.read", `/articles/${slug}/revisions/${number}`);
  // getArticle answers not found for any number no revision can have ("x", 0, 2.5, past the column's range).
  const article = await findArticleForPage({ actor, slug, revisionNumber: Number(number) });
  if (!article) notFound();
  return (
    <article className="article">
      <p className="notice-inline" role="status">
        Revision {article.revision.number} of {article.latestRevisionNumber}. Claims are shown on <Link href={`/articles/${slug}`}>the latest revision</Link>.
      </p>
      <h1>{article.title}</h1>
      <ArticleMeta article={article} />
      <ArticleContent doc={article.revision.doc} />
    </article>
  );
}
