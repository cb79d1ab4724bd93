import { anchorStates, claimStatuses } from "@/lib/enums";
import type { ClaimSummary } from "./claim-summary";

/**
 * An article's claim summaries in columns, for the article page: it carries one entry per
 * claim, and with named keys and repeated ids the names and ids were most of its bytes
 * (10,000 claims: several megabytes to parse before the first highlight). Values that repeat
 * (revision, verdict, assignee, states) are indexes into a list of the distinct ones; -1 is none.
 */
export type PackedClaimSummaries = {
  ids: string[];
  revisionIds: string[];
  revision: number[];
  start: number[];
  end: number[];
  anchorState: number[];
  status: number[];
  verdictIds: string[];
  verdict: number[];
  assigneeIds: string[];
  assignee: number[];
  statement: string[];
  /** Only orphaned claims have one: by position in `ids`. */
  orphanQuotes: Record<number, string>;
};

/** Indexes into a growing list of distinct values. */
function dictionary() {
  const values: string[] = [];
  const index = new Map<string, number>();
  return {
    values,
    indexOf(value: string | null): number {
      if (value === null) return -1;
      let i = index.get(value);
      if (i === undefined) {
        i = values.push(value) - 1;
        index.set(value, i);
      }
      return i;
    },
  };
}

export function packClaimSummaries(claims: ClaimSummary[]): PackedClaimSummaries {
  const revisions = dictionary();
  const verdicts = dictionary();
  const assignees = dictionary();
  const orphanQuotes: Record<number, string> = {};
  claims.forEach((claim, i) => {
    if (claim.orphanQuote !== null) orphanQuotes[i] = claim.orphanQuote;
  });
  return {
    ids: claims.map((c) => c.id),
    revision: claims.map((c) => revisions.indexOf(c.revisionId)),
    start: claims.map((c) => c.startOffset),
    end: claims.map((c) => c.endOffset),
    anchorState: claims.map((c) => anchorStates.indexOf(c.anchorState)),
    status: claims.map((c) => claimStatuses.indexOf(c.status)),
    verdict: claims.map((c) => verdicts.indexOf(c.verdictId)),
    assignee: claims.map((c) => assignees.indexOf(c.assigneeId)),
    statement: claims.map((c) => c.statement),
    revisionIds: revisions.values,
    verdictIds: verdicts.values,
    assigneeIds: assignees.values,
    orphanQuotes,
  };
}

export function unpackClaimSummaries(packed: PackedClaimSummaries): ClaimSummary[] {
  const pick = (values: string[], i: number) => (i < 0 ? null : values[i]);
  return packed.ids.map((id, i) => ({
    id,
    revisionId: packed.revisionIds[packed.revision[i]],
    startOffset: packed.start[i],
    endOffset: packed.end[i],
    anchorState: anchorStates[packed.anchorState[i]],
    status: claimStatuses[packed.status[i]],
    verdictId: pick(packed.verdictIds, packed.verdict[i]),
    assigneeId: pick(packed.assigneeIds, packed.assignee[i]),
    statement: packed.statement[i],
    orphanQuote: packed.orphanQuotes[i] ?? null,
  }));
}
