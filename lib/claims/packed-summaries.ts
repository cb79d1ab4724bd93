import { anchorStates, claimStatuses } from "@/lib/enums";
import { shortenSummaryText, type ClaimSummary } from "./claim-summary";

/**
 * An article's claim summaries in columns, as PostgreSQL builds them (see packArticleClaims):
 * the article page carries the list's first rows this way, the highlights request every claim.
 * With named keys and repeated ids the names and ids were most of the bytes (10,000 claims:
 * several megabytes to parse before the first highlight). Values that repeat (revision,
 * verdict, assignee, states) are indexes into a list of the distinct ones; -1 is none.
 */
export type PackedClaimSummaries = {
  ids: string[];
  revisionIds: string[];
  revision: number[];
  start: number[];
  end: number[];
  /** Indexes into `anchorStates` and `claimStatuses`. */
  anchorState: number[];
  status: number[];
  verdictIds: string[];
  verdict: number[];
  assigneeIds: string[];
  assignee: number[];
  /**
   * null where the statement is the claim's quote on the text it was packed against (a new
   * claim's statement, and most claims'): the browser reads it from that text instead. Else
   * its first 161 characters, enough to shorten it as a summary does.
   */
  statement: (string | null)[];
  /** Only orphaned claims have one, by position in `ids`: the start of their quote. */
  orphanQuotes: Record<number, string>;
};

/** `text`: the canonical text of the revision the summaries were packed against, as the browser computes it from its document. */
export function unpackClaimSummaries(packed: PackedClaimSummaries, text: string): ClaimSummary[] {
  const pick = (values: string[], i: number) => (i < 0 ? null : values[i]);
  return packed.ids.map((id, i) => {
    const statement = packed.statement[i];
    const orphanQuote = packed.orphanQuotes[i];
    return {
      id,
      revisionId: packed.revisionIds[packed.revision[i]],
      startOffset: packed.start[i],
      endOffset: packed.end[i],
      anchorState: anchorStates[packed.anchorState[i]],
      status: claimStatuses[packed.status[i]],
      verdictId: pick(packed.verdictIds, packed.verdict[i]),
      assigneeId: pick(packed.assigneeIds, packed.assignee[i]),
      statement: shortenSummaryText(statement ?? text.slice(packed.start[i], packed.end[i])),
      orphanQuote: orphanQuote === undefined ? null : shortenSummaryText(orphanQuote),
    };
  });
}
