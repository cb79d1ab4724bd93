import type { Metadata } from "next";
import Link from "next/link";
import { DeletedArticles } from "@/components/articles/deleted-articles";
import { listDeletedArticles } from "@/lib/articles/delete-article";
import { listArticles } from "@/lib/articles/list-articles";
import { isoDay } from "@/lib/dates";
import { requirePageActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/permissions";
import { claimStatuses } from "@/lib/enums";
import { statusLabels } from "@/lib/labels";

export const metadata: Metadata = { title: "Articles" };

export default async function LibraryPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requirePageActor("article.read", "/");
  const { q } = await searchParams;
  const [articles, deleted] = await Promise.all([listArticles({ actor, search: q }), can(actor, "article.delete") ? listDeletedArticles({ actor }) : []]);
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
        {can(actor, "article.create") && (
          <Link href="/articles/new" className="button button-primary">
            Import article
          </Link>
        )}
      </div>
      {articles.length === 0 ? (
        <p className="muted">{q ? `No articles match “${q}”.` : "No articles yet."}</p>
      ) : (
        <ul className="article-list">
          {articles.map((article) => {
            const percent = article.claims.total ? Math.round((article.claims.verified / article.claims.total) * 100) : 0;
            return (
              <li key={article.id} aria-label={article.title}>
                <Link href={`/articles/${article.slug}`} className="article-title">
                  {article.title}
                </Link>
                <p className="muted">
                  {[article.outlet, article.author, isoDay(article.publishedAt)].filter(Boolean).join(" · ")}
                </p>
                <div className="progress-row">
                  <progress max={article.claims.total || 1} value={article.claims.verified} aria-label={`${article.claims.verified} of ${article.claims.total} claims verified`}>
                    {percent}%
                  </progress>
                  <span className="muted">
                    {article.claims.verified}/{article.claims.total} verified
                    {claimStatuses
                      .filter((s) => s !== "VERIFIED" && article.claims.byStatus[s] > 0)
                      .map((s) => ` · ${article.claims.byStatus[s]} ${statusLabels[s].toLowerCase()}`)
                      .join("")}
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <DeletedArticles articles={deleted} />
    </>
  );
}
