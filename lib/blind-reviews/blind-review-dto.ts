import type { Prisma } from "@/lib/db/generated/client";
import type { BlindSource } from "./schema";

const person = { select: { id: true, name: true } } as const;
const verdict = { select: { id: true, label: true, tone: true, rating: true } } as const;

export const blindReviewSelect = {
  id: true,
  claimId: true,
  createdAt: true,
  completedAt: true,
  adjudicatedAt: true,
  cancelledAt: true,
  cancelReason: true,
  finalRationale: true,
  requestedBy: person,
  adjudicatedBy: person,
  cancelledBy: person,
  finalVerdict: verdict,
  verdicts: {
    orderBy: { reviewer: { name: "asc" } },
    select: { id: true, reviewerId: true, reviewer: person, verdict, rationale: true, sources: true, submittedAt: true },
  },
} satisfies Prisma.BlindReviewSelect;

type BlindReviewRow = Prisma.BlindReviewGetPayload<{ select: typeof blindReviewSelect }>;

export type BlindReviewState = "collecting" | "complete" | "adjudicated" | "cancelled";

export function blindReviewState(review: Pick<BlindReviewRow, "completedAt" | "adjudicatedAt" | "cancelledAt">): BlindReviewState {
  if (review.cancelledAt) return "cancelled";
  if (review.adjudicatedAt) return "adjudicated";
  return review.completedAt ? "complete" : "collecting";
}

/**
 * A request as `viewerId` may see it: who was asked and who has answered, always; the answers
 * themselves only once every answer is in, except the viewer's own.
 */
export function toBlindReviewDto(row: BlindReviewRow, viewerId: string) {
  const state = blindReviewState(row);
  const allIn = row.completedAt !== null;
  const shown = (v: BlindReviewRow["verdicts"][number]) => v.submittedAt !== null && (allIn || v.reviewer.id === viewerId);
  return {
    id: row.id,
    claimId: row.claimId,
    state,
    requestedBy: row.requestedBy,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    adjudicatedAt: row.adjudicatedAt?.toISOString() ?? null,
    adjudicatedBy: row.adjudicatedBy,
    finalVerdict: row.finalVerdict,
    finalRationale: row.finalRationale,
    cancelledBy: row.cancelledBy,
    cancelReason: row.cancelReason,
    reviewers: row.verdicts.map((v) => ({ ...v.reviewer, submitted: v.submittedAt !== null, pending: v.submittedAt === null && state === "collecting" })),
    verdicts: row.verdicts.filter(shown).map((v) => ({
      id: v.id,
      reviewer: v.reviewer,
      verdict: v.verdict,
      rationale: v.rationale,
      sources: v.sources as BlindSource[],
      submittedAt: v.submittedAt!.toISOString(),
    })),
  };
}

export type BlindReviewDto = ReturnType<typeof toBlindReviewDto>;
export type BlindVerdictDto = BlindReviewDto["verdicts"][number];
