import { queryRows } from "@/lib/db/client";

/**
 * The claims `reviewerId` is still blind to: they are named on an open request whose verdicts
 * are not all in. To them such a claim shows no verdict, rationale, confidence or sources, its
 * own or anyone's, in any list, panel or API answer. (One claim's panel and changes read the
 * same from the claim's own row: see getClaimDetail and loadClaimForChange.)
 */
export async function claimsBlindTo(reviewerId: string): Promise<Set<string>> {
  // Through pg: every claim list and article page asks.
  const rows = await queryRows<{ claimId: string }>({ text: blindClaimIdsSql("$1"), values: [reviewerId] });
  return new Set(rows.map((row) => row.claimId));
}

/** The same as SQL, for a statement that needs it inline: the ids of the claims the reviewer in parameter `reviewer` (e.g. "$5") is blind to. */
export const blindClaimIdsSql = (reviewer: string) => `SELECT r."claimId" FROM "BlindReview" r
  WHERE r."completedAt" IS NULL AND r."adjudicatedAt" IS NULL AND r."cancelledAt" IS NULL
    AND EXISTS (SELECT 1 FROM "BlindVerdict" v WHERE v."reviewId" = r."id" AND v."reviewerId" = ${reviewer})`;

/** Whether `actorId` is still blind on a claim, from its open requests: named, and not every verdict is in. */
export function stillBlind(openReviews: readonly { completedAt: Date | null; verdicts: readonly { reviewerId: string }[] }[], actorId: string): boolean {
  return openReviews.some((review) => !review.completedAt && review.verdicts.some((v) => v.reviewerId === actorId));
}

/** Fields a blind reviewer must not see on a claim, with what they see instead. */
export const hiddenWhileBlind = { verdict: null, verdictId: null, verdictSetBy: null, rationale: null, confidence: null, sources: [] } as const;

/** History entries that would tell a blind reviewer the claim's verdict or evidence. */
export const blindHistoryFields: ReadonlySet<string> = new Set(["verdictId", "rationale", "confidence", "sources"]);

/** `claim` as `reviewerId` may see it, given the claims they are blind to. */
export function withoutBlindFields<T extends { id: string }>(claim: T, blind: ReadonlySet<string>): T {
  if (!blind.has(claim.id)) return claim;
  const hidden = Object.fromEntries(Object.keys(hiddenWhileBlind).filter((key) => key in claim).map((key) => [key, hiddenWhileBlind[key as keyof typeof hiddenWhileBlind]]));
  return { ...claim, ...hidden };
}
