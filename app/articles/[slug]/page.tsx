import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleMeta } from "@/components/articles/article-meta";
import { PublishArticleButton } from "@/components/articles/publish-article-button";
import { RequestArticleBlind } from "@/components/blind-reviews/request-article-blind";
import { ArticleWorkspace } from "@/components/viewer/article-workspace";
import { latestDeskEventId } from "@/lib/live/desk-events";
import { findArticleForPage } from "@/lib/articles/load-article-page";
import { canonicalText } from "@/lib/anchoring/canonical-text";
import { requirePageActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/permissions";
import { getLinkedClaimDetail } from "@/lib/claims/get-claim-detail";
import { countArticleClaims, firstArticleClaims, listDeletedClaims } from "@/lib/claims/list-article-claims";
import { listAssignableUsers } from "@/lib/users/list-assignable-users";
import { listVerdicts } from "@/lib/verdicts/list-verdicts";
import { listArticleHints } from "@/lib/claim-hints/list-hints";
import { packHints } from "@/lib/claim-hints/packed-hints";
import { getPreferences } from "@/lib/users/preferences";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ claim?: string }> }) {
  const { slug } = await params;
  const { claim: linkedClaimId } = await searchParams;
  const actor = await requirePageActor("article.read", `/articles/${slug}`);
  const article = await findArticleForPage({ actor, slug });
  if (!article) notFound();
  // Taken before the claims: live updates resume from here, so nothing between this render and
  // the browser's stream is missed (a change counted twice is only fetched twice).
  const lastEventId = await latestDeskEventId(article.id);
  // The page carries the claim list's first rows and the count: its cost does not grow with the
  // claims. Every claim, for the highlights, loads from the browser (GET …/highlights).
  const [firstClaims, claimCount, verdicts, people, deletedClaims, hints, preferences, initialOpen] = await Promise.all([
    firstArticleClaims({ actor, articleId: article.id, revisionId: article.revision.id }),
    countArticleClaims({ actor, articleId: article.id }),
    listVerdicts(),
    listAssignableUsers({ actor }),
    can(actor, "claim.restore") ? listDeletedClaims({ actor, articleId: article.id }) : null,
    listArticleHints({ actor, articleId: article.id }),
    getPreferences({ actor }),
    // A linked claim comes in full, so its panel is ready.
    getLinkedClaimDetail({ actor, articleId: article.id, claimId: linkedClaimId }),
  ]);
  // What the page's text already says is left out of the page, and read back from it in the browser.
  const pageText = canonicalText(article.revision.doc).text;

  return (
    <>
      <header className="article-header">
        <div>
          <h1>{article.title}</h1>
          <ArticleMeta article={article} />
        </div>
        <nav className="actions" aria-label="Article">
          {can(actor, "export.csv") && (
            <a className="button" href={`/api/export/claims?articleId=${article.id}&format=csv`} download>
              Export CSV
            </a>
          )}
          {can(actor, "claim.publish") && <PublishArticleButton articleId={article.id} />}
          {can(actor, "blind.request") && <RequestArticleBlind articleId={article.id} people={people.map((p) => ({ id: p.id, label: p.name }))} />}
          {can(actor, "article.edit") && (
            <Link className="button" href={`/articles/${slug}/edit`}>
              Edit text
            </Link>
          )}
          {article.revisions.length > 1 && (
            <details className="revisions">
              <summary className="button">Revisions ({article.revisions.length})</summary>
              <ol>
                {article.revisions.map((r) => (
                  <li key={r.number}>
                    <Link href={`/articles/${slug}/revisions/${r.number}`}>
                      Revision {r.number} · {r.createdBy} · {r.createdAt.slice(0, 16).replace("T", " ")}
                    </Link>
                  </li>
                ))}
              </ol>
            </details>
          )}
        </nav>
      </header>
      {/* Keyed by revision and claim count: after an edit, or a restore, the workspace starts from the server's state. */}
      <ArticleWorkspace
        key={`${article.revision.id}:${claimCount}`}
        articleId={article.id}
        revisionId={article.revision.id}
        doc={article.revision.doc}
        firstClaims={firstClaims}
        claimCount={claimCount}
        lastEventId={lastEventId.toString()}
        initialOpen={initialOpen}
        initialHints={packHints(hints, pageText)}
        showHints={preferences.showHints}
        actor={actor}
        verdicts={verdicts}
        people={people.map((p) => ({ id: p.id, label: p.name }))}
        deletedClaims={deletedClaims}
      />
    </>
  );
}
