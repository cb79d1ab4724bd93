import type { VerificationDto } from "@/lib/claims/get-claim-detail";
import { sourceKindLabels, stanceLabels } from "@/lib/labels";

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/** One sealed verification: who verified what, on which text, with which evidence. */
export function SealedVerification({ verification, current }: { verification: VerificationDto; current: boolean }) {
  const { content } = verification;
  return (
    <article className={current ? "sealed sealed-current" : "sealed"} id={`verification-${verification.id}`} aria-label={`Verification of ${when(verification.verifiedAt)}`}>
      <p className="sealed-head">
        <strong>{current ? "Verified" : "Earlier verification"}</strong> by {content.verifiedBy.name} on {when(content.verifiedAt)}
        {content.verdictSetBy && <> · verdict by {content.verdictSetBy.name}</>}
      </p>
      <details>
        <summary>What was verified</summary>
        <dl className="sealed-fields">
          <dt>Verdict</dt>
          <dd>
            {content.verdict.label}
            {content.verdict.rating !== null && ` (${content.verdict.rating} of ${content.verdict.bestRating})`}
          </dd>
          <dt>Claim</dt>
          <dd>{content.statement}</dd>
          {content.claimant && (
            <>
              <dt>Claimant</dt>
              <dd>{content.claimant}</dd>
            </>
          )}
          <dt>Rationale</dt>
          <dd>{content.rationale}</dd>
          <dt>Text</dt>
          <dd>
            “{content.anchor.quote}” — revision {content.anchor.revisionNumber}, characters {content.anchor.start}–{content.anchor.end}
          </dd>
          <dt>Sources ({content.sources.length})</dt>
          <dd>
            <ul>
              {content.sources.map((source) => (
                <li key={source.id}>
                  {source.title} · {sourceKindLabels[source.kind as keyof typeof sourceKindLabels]} · {stanceLabels[source.stance as keyof typeof stanceLabels]}
                  <br />
                  <span className="muted break">{source.url}</span>
                  {source.quotedPassage && <blockquote>{source.quotedPassage}</blockquote>}
                </li>
              ))}
            </ul>
          </dd>
          <dt>SHA-256</dt>
          <dd>
            <code className="break">{verification.hash}</code>
          </dd>
        </dl>
      </details>
    </article>
  );
}
