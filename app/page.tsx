import type { Metadata } from "next";
import Link from "next/link";
import { listArticles } from "@/lib/articles/list-articles";
import { requirePageActor } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: "Articles" };

export default async function LibraryPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requirePageActor("article.read", "/");
  const { q } = await searchParams;
  const articles = await listArticles({ actor, search: q });
  return (
    <>
      <div className="page-heading">
        <h1>Articles</h1>
        <form role="search" className="search" action="/">
          <label className="visually-hidden" htmlFor="article-search">
            Search by title or outlet
          </label>
          <input id="article-search" name="q" type="search" placeholder="Search by title or outlet" defaultValue={q} />
          <button type="submit" className="button">
            Search
          </button>
        </form>
      </div>
      {articles.length === 0 ? (
        <p className="muted">{q ? `No articles match “${q}”.` : "No articles yet."}</p>
      ) : (
        <ul className="article-list">
          {articles.map((article) => (
            <li key={article.id}>
              <Link href={`/articles/${article.slug}`} className="article-title">
                {article.title}
              </Link>
              <p className="muted">
                {[article.outlet, article.author, article.publishedAt?.toISOString().slice(0, 10)].filter(Boolean).join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
