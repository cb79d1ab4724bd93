"use client";

import { useState, type FormEvent } from "react";
import { submitJson } from "@/components/forms/submit-json";
import type { BlindReviewDto } from "@/lib/blind-reviews/blind-review-dto";
import { compareVerdicts } from "@/lib/blind-reviews/compare-verdicts";
import type { ClaimDto } from "@/lib/claims/dto";
import { stanceLabels } from "@/lib/labels";
import { VerdictRationaleFields } from "./verdict-rationale-fields";

type Option = { id: string; label: string };
const isHttp = (url: string) => /^https?:\/\//i.test(url);

/**
 * Every blind verdict side by side once all are in, with where they agree and differ. An editor
 * who may adjudicate keeps one or writes the final verdict; the claim then goes to verification.
 */
export function BlindComparison({ review, claim, verdicts, canAdjudicate, onAdjudicated }: { review: BlindReviewDto; claim: ClaimDto; verdicts: Option[]; canAdjudicate: boolean; onAdjudicated: (claim: ClaimDto) => void }) {
  const compared = compareVerdicts(review.verdicts);
  const { leading } = compared;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  async function adjudicate(body: Record<string, unknown>) {
    const result = await submitJson<{ claim: ClaimDto }>(`/api/blind-reviews/${review.id}/adjudicate`, "POST", { version: claim.version, ...body });
    setErrors(result.ok ? {} : result.fields);
    setError(result.ok ? null : result.message);
    if (result.ok) onAdjudicated(result.data.claim);
  }

  function writeFinal(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void adjudicate({ verdictId: form.get("verdictId") || undefined, rationale: String(form.get("rationale") ?? "").trim() || undefined });
  }

  return (
    <div className="blind-comparison" data-testid="blind-comparison">
      <p className={compared.unanimous ? "pill" : "pill pill-warn"} role="status">
        {compared.summary}
      </p>
      <div className="comparison-scroll">
        <table className="comparison">
          <caption className="visually-hidden">Blind verdicts side by side</caption>
          <thead>
            <tr>
              <th scope="col">Reviewer</th>
              {review.verdicts.map((v) => (
                <th scope="col" key={v.id}>
                  {v.reviewer.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Verdict</th>
              {review.verdicts.map((v) => (
                <td key={v.id} className={compared.unanimous || (leading && v.verdict?.id === leading) ? "agrees" : "differs"}>
                  <strong>{v.verdict?.label ?? "—"}</strong>
                  {leading && !compared.unanimous && <span className="muted"> ({v.verdict?.id === leading ? "most given" : "differs"})</span>}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Rationale</th>
              {review.verdicts.map((v) => (
                <td key={v.id}>{v.rationale}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Sources</th>
              {review.verdicts.map((v) => (
                <td key={v.id}>
                  <ul className="plain-list">
                    {v.sources.map((s, i) => (
                      <li key={i}>
                        {isHttp(s.url) ? (
                          <a href={s.url} target="_blank" rel="noopener noreferrer nofollow">
                            {s.title}
                          </a>
                        ) : (
                          s.title
                        )}{" "}
                        <span className="muted">({stanceLabels[s.stance]})</span>
                      </li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
            {canAdjudicate && (
              <tr>
                <th scope="row">Decide</th>
                {review.verdicts.map((v) => (
                  <td key={v.id}>
                    <button type="button" className="button" onClick={() => void adjudicate({ fromVerdictId: v.id })}>
                      Keep {v.reviewer.name}’s verdict
                    </button>
                  </td>
                ))}
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {canAdjudicate && (
        <form className="adjudicate-form" aria-label="Write the final verdict" onSubmit={writeFinal} noValidate>
          <p className="muted">Or write the final verdict yourself. The sources of everyone who reached it join the claim.</p>
          <VerdictRationaleFields whose="Final" verdicts={verdicts} errors={errors} />
          <button type="submit" className="button button-primary">
            Settle the final verdict
          </button>
        </form>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
