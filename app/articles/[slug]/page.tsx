import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleContent } from "@/components/viewer/article-content";
import { getArticle } from "@/lib/articles/get-article";
import { requirePageActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor("article.read", `/articles/${slug}`);
  const article = await getArticle({ actor, slug }).catch((error) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <article className="article">
      <header>
        <h1>{article.title}</h1>
        <p className="muted">
          {[article.outlet, article.author, article.publishedAt?.toISOString().slice(0, 10)].filter(Boolean).join(" · ")}
          {article.url && (
            <>
              {" · "}
              <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
                Original
              </a>
            </>
          )}
        </p>
      </header>
      <ArticleContent doc={article.revision.doc} />
    </article>
  );
}
