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
  /**
   * 0 where the statement is the claim's quote as the page's text has it (a new claim's
   * statement, and most claims'): the browser reads it from that text instead.
   */
  statement: (string | 0)[];
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

/** Where the page's text shows the claim, and the claim says no more than what it shows. */
function isQuoteAsShown(claim: ClaimSummary, page: { revisionId: string; text: string }) {
  return claim.revisionId === page.revisionId && claim.anchorState !== "ORPHANED" && claim.statement === page.text.slice(claim.startOffset, claim.endOffset).trim();
}

/** `page`: the revision the page shows and its canonical text, as the browser computes it from the document. */
export function packClaimSummaries(claims: ClaimSummary[], page: { revisionId: string; text: string }): PackedClaimSummaries {
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
    statement: claims.map((c) => (isQuoteAsShown(c, page) ? 0 : c.statement)),
    revisionIds: revisions.values,
    verdictIds: verdicts.values,
    assigneeIds: assignees.values,
    orphanQuotes,
  };
}

/** `text`: the canonical text of the page's document, the one the summaries were packed against. */
export function unpackClaimSummaries(packed: PackedClaimSummaries, text: string): ClaimSummary[] {
  const pick = (values: string[], i: number) => (i < 0 ? null : values[i]);
  return packed.ids.map((id, i) => {
    const statement = packed.statement[i];
    return {
      id,
      revisionId: packed.revisionIds[packed.revision[i]],
      startOffset: packed.start[i],
      endOffset: packed.end[i],
      anchorState: anchorStates[packed.anchorState[i]],
      status: claimStatuses[packed.status[i]],
      verdictId: pick(packed.verdictIds, packed.verdict[i]),
      assigneeId: pick(packed.assigneeIds, packed.assignee[i]),
      statement: statement === 0 ? text.slice(packed.start[i], packed.end[i]).trim() : statement,
      orphanQuote: packed.orphanQuotes[i] ?? null,
    };
  });
}
