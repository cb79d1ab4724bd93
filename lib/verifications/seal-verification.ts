import type { Actor } from "@/lib/auth/permissions";
import { sourceFieldsSelect } from "@/lib/claims/dto";
import { isoDay } from "@/lib/dates";
import type { DbTransaction } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { ratingScaleOf } from "@/lib/verdicts/rating-scale";
import { sealedHash, type SealedContent } from "./sealed-content";

const person = { select: { id: true, name: true } } as const;
const day = isoDay;

/**
 * Writes the immutable verification row for a claim inside the verifying transaction: the
 * claim's substance, its anchor and revision, and every current source in full, as they are
 * at this moment. Returns the row's id, which the claim then points at.
 */
export async function sealVerification(tx: DbTransaction, { claimId, verifier, verifiedAt }: { claimId: string; verifier: Pick<Actor, "id" | "name">; verifiedAt: Date }) {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      id: true,
      statement: true,
      claimant: true,
      claimDate: true,
      confidence: true,
      rationale: true,
      quote: true,
      prefix: true,
      suffix: true,
      startOffset: true,
      endOffset: true,
      revision: { select: { id: true, number: true } },
      verdict: { select: { id: true, label: true, rating: true } },
      verdictSetBy: person,
      sources: {
        where: { retractedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          ...sourceFieldsSelect,
          createdAt: true,
          createdBy: person,
          snapshot: { select: { id: true, sha256: true, capturedAt: true, finalUrl: true } },
        },
      },
    },
  });
  if (!claim.verdict || !claim.rationale) throw new Error("sealVerification needs a verdict and a rationale");
  const scale = ratingScaleOf(await tx.verdict.findMany({ select: { rating: true } }));
  const content: SealedContent = {
    claimId: claim.id,
    statement: claim.statement,
    claimant: claim.claimant,
    claimDate: day(claim.claimDate),
    confidence: claim.confidence,
    verdict: { ...claim.verdict, bestRating: claim.verdict.rating === null ? null : scale.best, worstRating: claim.verdict.rating === null ? null : scale.worst },
    rationale: claim.rationale,
    anchor: {
      quote: claim.quote,
      prefix: claim.prefix,
      suffix: claim.suffix,
      start: claim.startOffset,
      end: claim.endOffset,
      revisionId: claim.revision.id,
      revisionNumber: claim.revision.number,
    },
    sources: claim.sources.map(({ createdAt, createdBy, accessedAt, snapshot, ...source }) => ({
      ...source,
      accessedAt: day(accessedAt),
      addedBy: createdBy,
      addedAt: createdAt.toISOString(),
      snapshot: snapshot && { ...snapshot, capturedAt: snapshot.capturedAt.toISOString() },
    })),
    verdictSetBy: claim.verdictSetBy,
    verifiedBy: { id: verifier.id, name: verifier.name },
    verifiedAt: verifiedAt.toISOString(),
  };
  const row = await tx.verification.create({
    data: {
      claimId,
      revisionId: claim.revision.id,
      revisionNumber: claim.revision.number,
      verifiedById: verifier.id,
      verifiedAt,
      content: content as unknown as Prisma.InputJsonValue,
      hash: sealedHash(content),
    },
    select: { id: true },
  });
  return row.id;
}
