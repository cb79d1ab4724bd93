"use client";

import { useEffect, useState } from "react";
import { submitJson } from "@/components/forms/submit-json";
import { can, type Actor } from "@/lib/auth/permissions";
import type { ClaimMatchesDto, LinkedClaim } from "@/lib/claim-matching/claim-matches";
import type { ClaimMatch } from "@/lib/claim-matching/find-matches";
import type { ClaimDto } from "@/lib/claims/dto";
import { statusLabels } from "@/lib/labels";
import type { ClaimStatus } from "@/lib/enums";

const claimLink = (slug: string, claimId: string) => `/articles/${slug}?claim=${claimId}`;

/** A verdict given elsewhere, as this reader may see it. */
const verdictShown = (label: string | null, hidden: boolean) => (hidden ? "verdict hidden" : (label ?? "no verdict"));

function Appearance({ claim, verdictsHidden }: { claim: LinkedClaim; verdictsHidden: boolean }) {
  return (
    <>
      <a href={claimLink(claim.article.slug, claim.claimId)}>{claim.article.title}</a> · {verdictShown(claim.verdictLabel, verdictsHidden)} · {statusLabels[claim.status as ClaimStatus]} · {claim.createdAt.slice(0, 10)}
    </>
  );
}

/**
 * "Already checked": earlier claims in any article that look like this one (similar, or the
 * same above the second threshold), with their verdict, status, article and date. The desk can
 * link one as the same claim, or reuse its verdict and sources as a draft of this claim that
 * still needs its own verification. Matching failing never gets in the way of the claim.
 */
export function AlreadyChecked({ claim, actor, canReuse, onChanged }: { claim: ClaimDto; actor: Actor; canReuse: boolean; onChanged: (claim: ClaimDto) => void }) {
  const [data, setData] = useState<ClaimMatchesDto | "unavailable" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let current = true;
    void submitJson<ClaimMatchesDto>(`/api/claims/${claim.id}/matches`, "GET").then((result) => {
      if (current) setData(result.ok ? result.data : "unavailable");
    });
    return () => {
      current = false;
    };
  }, [claim.id, claim.version, reloads]);

  async function act(url: string, body: unknown) {
    setBusy(true);
    const result = await submitJson<{ claim: ClaimDto }>(url, "POST", body);
    setBusy(false);
    setError(result.ok ? null : (Object.values(result.fields)[0] ?? result.message));
    if (!result.ok) return;
    onChanged(result.data.claim);
    setReloads((n) => n + 1);
  }

  if (data === null) return null;
  const matches: ClaimMatch[] | null = data === "unavailable" ? null : data.matches;
  const linked = data === "unavailable" ? [] : data.linked;
  const reusedFrom = data === "unavailable" ? null : data.reusedFrom;
  const verdictsHidden = data !== "unavailable" && data.verdictsHidden;
  if (matches?.length === 0 && !linked.length && !reusedFrom) return null;

  return (
    <section className="already-checked" aria-label="Already checked">
      <h3>Already checked?</h3>
      {error && <p className="form-error" role="alert">{error}</p>}
      {verdictsHidden && <p className="muted">Verdicts given elsewhere are hidden until every blind verdict on this claim is in.</p>}
      {reusedFrom && (
        <p className="muted">
          Verdict and sources reused from <Appearance claim={reusedFrom} verdictsHidden={verdictsHidden} />
        </p>
      )}
      {linked.length > 0 && (
        <>
          <p>The same claim also appears in:</p>
          <ul className="linked-claims" aria-label="Same claim elsewhere">
            {linked.map((other) => (
              <li key={other.claimId}>
                “{other.statement}” — <Appearance claim={other} verdictsHidden={verdictsHidden} />
              </li>
            ))}
          </ul>
        </>
      )}
      {matches === null && <p className="muted">Matching is unavailable right now; the claim is saved.</p>}
      {matches && matches.length > 0 && (
        <ul className="claim-matches" aria-label="Earlier claims like this one">
          {matches.map((match) => (
            <li key={match.claimId} className={`claim-match claim-match-${match.strength}`}>
              <p>
                <strong>{match.strength === "same" ? "Same claim" : "Similar claim"}</strong> <span className="muted">({Math.round(match.score * 100)}%)</span>: “{match.statement}”
              </p>
              <p className="muted">
                {match.verdict?.label ?? (verdictsHidden ? "Verdict hidden" : "No verdict")} · {statusLabels[match.status]} · <a href={claimLink(match.article.slug, match.claimId)}>{match.article.title}</a> · {match.createdAt.slice(0, 10)}
              </p>
              <div className="actions">
                {can(actor, "claim.create") && (
                  <button type="button" className="button" disabled={busy} onClick={() => act(`/api/claims/${claim.id}/links`, { claimId: match.claimId })}>
                    Link as the same claim
                  </button>
                )}
                {canReuse && match.verdict && (
                  <button type="button" className="button" disabled={busy} onClick={() => act(`/api/claims/${claim.id}/reuse`, { fromClaimId: match.claimId, version: claim.version })}>
                    Reuse verdict and sources
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
