import { isoDay } from "@/lib/dates";
import type { Prisma } from "@/lib/db/generated/client";

const person = { select: { id: true, name: true } } as const;

/** A source's own fields, as the panel shows them and a verification seals them. */
export const sourceFieldsSelect = { id: true, url: true, title: true, publisher: true, quotedPassage: true, accessedAt: true, kind: true, stance: true } as const;

/** The claim's own columns in what the browser gets. */
const claimColumnsSelect = {
  id: true,
  articleId: true,
  revisionId: true,
  quote: true,
  prefix: true,
  suffix: true,
  startOffset: true,
  endOffset: true,
  occurrence: true,
  anchorState: true,
  statement: true,
  claimant: true,
  claimDate: true,
  tags: true,
  status: true,
  rationale: true,
  confidence: true,
  rejectionReason: true,
  verifiedAt: true,
  substanceChangedById: true,
  deletedAt: true,
  deletionReason: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ClaimSelect;

/** Exactly what the browser gets for a claim; never a whole row. */
export const claimSelect = {
  ...claimColumnsSelect,
  verdict: { select: { id: true, label: true, position: true, rating: true, tone: true } },
  verdictSetBy: person,
  assignee: person,
  createdBy: person,
  verifiedBy: person,
  verification: { select: { id: true, hash: true, revisionNumber: true, verifiedAt: true } },
  // Current evidence only; retracted sources live on in history and sealed verifications.
  sources: {
    where: { retractedAt: null },
    orderBy: { createdAt: "asc" },
    select: {
      ...sourceFieldsSelect,
      archiveStatus: true,
      archiveError: true,
      passageFound: true,
      snapshot: { select: { id: true, capturedAt: true, sha256: true } },
    },
  },
  publication: { select: { slug: true, publishedAt: true, unpublishedAt: true } },
  // The open request for blind verdicts, if any (at most one: see its migration).
  blindReviews: { where: { adjudicatedAt: null, cancelledAt: null }, take: 1, select: { id: true, completedAt: true } },
  _count: { select: { comments: true } },
} satisfies Prisma.ClaimSelect;

/** For a claim being created: its own columns are all it has, so no relation is read back. */
export const newClaimSelect = claimColumnsSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

const day = isoDay;

export function toClaimDto(row: ClaimRow) {
  const { _count, claimDate, verifiedAt, createdAt, updatedAt, sources, verification, deletedAt, publication, blindReviews, ...rest } = row;
  return {
    ...rest,
    claimDate: day(claimDate),
    verifiedAt: verifiedAt?.toISOString() ?? null,
    verification: verification && { ...verification, verifiedAt: verification.verifiedAt.toISOString() },
    deletedAt: deletedAt?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    sources: sources.map(({ snapshot, ...source }) => ({
      ...source,
      accessedAt: day(source.accessedAt),
      snapshot: snapshot && { ...snapshot, capturedAt: snapshot.capturedAt.toISOString() },
    })),
    commentCount: _count.comments,
    blindReview: blindReviews[0] ? { id: blindReviews[0].id, complete: blindReviews[0].completedAt !== null } : null,
    // The public fact-check page: up while published and Verified (see lib/publishing).
    publication: publication && { slug: publication.slug, path: `/f/${publication.slug}`, publishedAt: publication.publishedAt.toISOString(), unpublished: publication.unpublishedAt !== null },
  };
}

export type ClaimDto = ReturnType<typeof toClaimDto>;

/** The DTO of a claim just created: no verdict, people but its author, evidence or comments yet. */
export type NewClaimRow = Prisma.ClaimGetPayload<{ select: typeof newClaimSelect }>;

export function newClaimDto(row: NewClaimRow, author: { id: string; name: string }): ClaimDto {
  return toClaimDto({
    ...row,
    verdict: null,
    verdictSetBy: null,
    assignee: null,
    createdBy: { id: author.id, name: author.name }, // never more of the person than a read gives
    verifiedBy: null,
    verification: null,
    sources: [],
    publication: null,
    blindReviews: [],
    _count: { comments: 0 },
  });
}
