import type { EditResult } from "@/lib/articles/edit-article-text";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** After an article edit: what happened to the claims, with a link to each one that needs a look. */
export function EditSummary({ slug, result }: { slug: string; result: EditResult }) {
  // Plain links (full loads): the client router may still hold this article's page from before the edit.
  return (
    <section className="editor-shell" aria-labelledby="edit-summary-heading">
      <h2 id="edit-summary-heading" tabIndex={-1} ref={(heading) => heading?.focus()}>
        {result.unchanged ? "Nothing changed" : `Saved as revision ${result.revisionNumber}`}
      </h2>
      {!result.unchanged && (
        <p data-testid="edit-summary">
          {plural(result.anchored, "claim kept its place", "claims kept their place")}, {plural(result.needsReview, "flagged for re-review", "flagged for re-review")},{" "}
          {plural(result.orphaned, "orphaned", "orphaned")}.
          {result.reopened > 0 && ` ${plural(result.reopened, "verified claim went", "verified claims went")} back to review; their verifiers were notified.`}
        </p>
      )}
      {result.flagged.length > 0 && (
        <ul className="flagged-list" aria-label="Claims to look at">
          {result.flagged.map((claim) => (
            <li key={claim.id}>
              <a href={`/articles/${slug}?claim=${claim.id}`}>{claim.statement}</a>{" "}
              <span className="muted">
                — {claim.state === "ORPHANED" ? "orphaned" : "needs re-review"}
                {claim.reopened && ", no longer verified"}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <a className="button button-primary" href={`/articles/${slug}`}>
          Open the article
        </a>
      </div>
    </section>
  );
}
