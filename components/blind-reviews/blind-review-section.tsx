"use client";

import { ConfirmWithReason } from "@/components/forms/confirm-with-reason";
import { can, type Actor } from "@/lib/auth/permissions";
import type { BlindReviewDto } from "@/lib/blind-reviews/blind-review-dto";
import type { ClaimDto } from "@/lib/claims/dto";
import { canRequestBlindVerdicts } from "@/lib/claims/rules";
import { BlindComparison } from "./blind-comparison";
import { BlindVerdictForm } from "./blind-verdict-form";
import { RequestBlindForm } from "./request-blind-form";

type Option = { id: string; label: string };

const day = (iso: string) => iso.slice(0, 10);

/** Whether `actorId` still owes a verdict on, or waits blind for, the open request. */
export function isBlindTo(reviews: readonly BlindReviewDto[], actorId: string): boolean {
  return reviews.some((review) => review.state === "collecting" && review.reviewers.some((r) => r.id === actorId));
}

function Progress({ review }: { review: BlindReviewDto }) {
  const given = review.reviewers.filter((r) => r.submitted).length;
  return (
    <>
      <p>
        Asked by {review.requestedBy.name} on {day(review.createdAt)}: <strong>{given} of {review.reviewers.length}</strong> verdicts in.
      </p>
      <ul className="plain-list" aria-label="Reviewers asked">
        {review.reviewers.map((r) => (
          <li key={r.id}>
            {r.name} — {r.submitted ? "given" : "waiting"}
          </li>
        ))}
      </ul>
    </>
  );
}

function ClosedReview({ review }: { review: BlindReviewDto }) {
  return (
    <details className="blind-past">
      <summary>
        {review.state === "adjudicated"
          ? `Adjudicated by ${review.adjudicatedBy?.name} on ${day(review.adjudicatedAt!)}: ${review.finalVerdict?.label}`
          : `Request cancelled by ${review.cancelledBy?.name}: ${review.cancelReason}`}
      </summary>
      <ul className="plain-list">
        {review.verdicts.map((v) => (
          <li key={v.id}>
            {v.reviewer.name}: <strong>{v.verdict?.label}</strong> — {v.rationale}
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Blind second verdicts on the open claim: ask for them (editors), give yours (those asked),
 * compare and adjudicate once all are in, and the requests closed before.
 */
export function BlindReviewSection({ claim, actor, reviews, verdicts, people, onChanged, onReload }: {
  claim: ClaimDto;
  actor: Actor;
  reviews: BlindReviewDto[];
  verdicts: Option[];
  people: Option[];
  onChanged: (claim: ClaimDto) => void;
  onReload: () => void;
}) {
  const open = reviews.find((r) => r.state === "collecting" || r.state === "complete");
  const closed = reviews.filter((r) => r !== open);
  const canRequest = canRequestBlindVerdicts(actor, { status: claim.status, blindReviewOpen: !!claim.blindReview });
  if (!open && !closed.length && !canRequest) return null;
  const me = open?.reviewers.find((r) => r.id === actor.id);
  const mine = open?.verdicts.find((v) => v.reviewer.id === actor.id);

  return (
    <section className="blind-reviews" aria-label="Blind verdicts">
      <h3>Blind verdicts</h3>
      {open && <Progress review={open} />}
      {open?.state === "collecting" && me && !me.submitted && <BlindVerdictForm reviewId={open.id} verdicts={verdicts} onGiven={onReload} />}
      {open?.state === "collecting" && mine && (
        <p className="muted" data-testid="my-blind-verdict">
          Your verdict, sealed: <strong>{mine.verdict?.label}</strong>. You see the others’ when everyone has answered.
        </p>
      )}
      {open?.state === "complete" && <BlindComparison review={open} claim={claim} verdicts={verdicts} canAdjudicate={can(actor, "blind.request")} onAdjudicated={onChanged} />}
      {open && can(actor, "blind.request") && (
        <ConfirmWithReason
          action="Cancel the request"
          question="The verdicts given so far are kept with the claim's history."
          url={`/api/blind-reviews/${open.id}/cancel`}
          method="POST"
          keep="Keep asking"
          onDone={(data) => onChanged((data as { claim: ClaimDto }).claim)}
        />
      )}
      {!open && canRequest && <RequestBlindForm<{ claim: ClaimDto }> url={`/api/claims/${claim.id}/blind-reviews`} people={people} label="Ask for blind verdicts" onDone={(data) => onChanged(data.claim)} />}
      {closed.map((review) => (
        <ClosedReview key={review.id} review={review} />
      ))}
    </section>
  );
}
