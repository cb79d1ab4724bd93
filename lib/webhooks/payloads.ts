import type { ClaimDto } from "@/lib/claims/dto";

/** What a receiver learns of a claim: the verdict and who sealed it, with the seal's hash. */
export function claimEventData(claim: ClaimDto) {
  return {
    claim: {
      id: claim.id,
      articleId: claim.articleId,
      status: claim.status,
      quote: claim.quote,
      statement: claim.statement,
      claimant: claim.claimant,
      verdict: claim.verdict && { label: claim.verdict.label, rating: claim.verdict.rating },
      rationale: claim.rationale,
      verifiedBy: claim.verifiedBy,
      verifiedAt: claim.verifiedAt,
      verification: claim.verification && { id: claim.verification.id, hash: claim.verification.hash },
    },
  };
}
