import type { Prisma } from "@/lib/db/generated/client";

const person = { select: { id: true, name: true } } as const;

/** Exactly what the browser gets for a claim; never a whole row. */
export const claimSelect = {
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
  verdict: { select: { id: true, label: true, position: true } },
  verdictSetBy: person,
  rationale: true,
  confidence: true,
  rejectionReason: true,
  assignee: person,
  createdBy: person,
  verifiedBy: person,
  verifiedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  sources: {
    orderBy: { createdAt: "asc" },
    select: { id: true, url: true, title: true, publisher: true, quotedPassage: true, accessedAt: true, kind: true, stance: true },
  },
  _count: { select: { comments: true } },
} satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export function toClaimDto(row: ClaimRow) {
  const { _count, claimDate, verifiedAt, createdAt, updatedAt, sources, ...rest } = row;
  return {
    ...rest,
    claimDate: day(claimDate),
    verifiedAt: verifiedAt?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    sources: sources.map((source) => ({ ...source, accessedAt: day(source.accessedAt) })),
    commentCount: _count.comments,
  };
}

export type ClaimDto = ReturnType<typeof toClaimDto>;
