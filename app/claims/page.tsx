import type { Metadata } from "next";
import Link from "next/link";
import { MarkedText } from "@/components/claim-search/marked-text";
import { listArticles } from "@/lib/articles/list-articles";
import { requirePageActor } from "@/lib/auth/current-actor";
import { searchClaims, type ClaimSearchResult } from "@/lib/claim-search/search-claims";
import { claimStatuses } from "@/lib/enums";
import { AppError } from "@/lib/errors";
import { statusLabels } from "@/lib/labels";
import { listAssignableUsers } from "@/lib/users/list-assignable-users";
import { listVerdicts } from "@/lib/verdicts/list-verdicts";

export const metadata: Metadata = { title: "Claims" };

type Params = Record<string, string | undefined>;
const filterNames = ["q", "status", "verdictId", "tag", "assigneeId", "articleId", "from", "to"] as const;

const pageLink = (params: Params, page: number) => `/claims?${new URLSearchParams({ ...Object.fromEntries(filterNames.flatMap((name) => (params[name] ? [[name, params[name]!]] : []))), page: String(page) })}`;

/** Claim search: every parameter in the URL, so a search is a link to share. */
export default async function ClaimSearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requirePageActor("article.read", "/claims");
  const params = await searchParams;
  const [verdicts, people, articles] = await Promise.all([listVerdicts(), listAssignableUsers({ actor }), listArticles({ actor })]);
  let result: ClaimSearchResult | null = null;
  let fields: Record<string, string> = {};
  const asked = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== ""));
  if (params.q !== undefined) {
    try {
      result = await searchClaims({ actor, input: asked });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "bad_request") throw error;
      fields = error.fields ?? {};
    }
  }
  const select = (name: (typeof filterNames)[number], label: string, options: { id: string; label: string }[]) => (
    <label className="filter">
      <span>{label}</span>
      <select name={name} defaultValue={params[name] ?? ""}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      {fields[name] && <span className="field-error">{fields[name]}</span>}
    </label>
  );
  const pages = result ? Math.ceil(result.total / result.pageSize) : 0;

  return (
    <>
      <h1>Claims</h1>
      <form role="search" className="claim-search" action="/claims">
        <div className="search">
          <label className="visually-hidden" htmlFor="claim-search">
            Search claims
          </label>
          <input id="claim-search" name="q" type="search" placeholder="Words from the quote, claim, rationale, claimant or sources" defaultValue={params.q ?? ""} autoFocus aria-invalid={!!fields.q} aria-describedby={fields.q ? "claim-search-error" : undefined} />
          <button type="submit" className="button button-primary">
            Search
          </button>
        </div>
        {fields.q && (
          <p id="claim-search-error" className="field-error" role="alert">
            {fields.q}
          </p>
        )}
        <div className="filters">
          {select("status", "Status", claimStatuses.map((s) => ({ id: s, label: statusLabels[s] })))}
          {select("verdictId", "Verdict", verdicts.map((v) => ({ id: v.id, label: v.label })))}
          {select("assigneeId", "Assignee", people.map((p) => ({ id: p.id, label: p.name })))}
          {select("articleId", "Article", articles.map((a) => ({ id: a.id, label: a.title })))}
          <label className="filter">
            <span>Tag</span>
            <input name="tag" defaultValue={params.tag ?? ""} size={10} />
          </label>
          <label className="filter">
            <span>Created from</span>
            <input name="from" type="date" defaultValue={params.from ?? ""} />
          </label>
          <label className="filter">
            <span>to</span>
            <input name="to" type="date" defaultValue={params.to ?? ""} aria-invalid={!!fields.to} />
            {fields.to && <span className="field-error">{fields.to}</span>}
          </label>
        </div>
      </form>
      {result && (
        <>
          <p className="muted" role="status">
            {result.total === 0 ? `No claims match “${result.query.q}”.` : `${result.total.toLocaleString()} ${result.total === 1 ? "claim" : "claims"} · page ${result.page} of ${pages}`}
          </p>
          <ol className="search-results" start={(result.page - 1) * result.pageSize + 1}>
            {result.hits.map((hit) => (
              <li key={hit.id}>
                <Link href={`/articles/${hit.article.slug}?claim=${hit.id}`} className="search-result-link">
                  <MarkedText text={hit.statementMarked} />
                </Link>
                <blockquote className="search-result-quote">
                  <MarkedText text={hit.quoteMarked} />
                </blockquote>
                <p className="muted">
                  {hit.article.title} · {statusLabels[hit.status]}
                  {hit.verdictId && ` · ${verdicts.find((v) => v.id === hit.verdictId)?.label ?? ""}`} · {hit.createdAt.slice(0, 10)}
                  {hit.tags.length > 0 && ` · ${hit.tags.join(", ")}`}
                </p>
              </li>
            ))}
          </ol>
          {pages > 1 && (
            <nav className="pagination" aria-label="Result pages">
              {result.page > 1 && (
                <Link href={pageLink(params, result.page - 1)} rel="prev">
                  ← Previous
                </Link>
              )}
              {result.page < pages && (
                <Link href={pageLink(params, result.page + 1)} rel="next">
                  Next →
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </>
  );
}
