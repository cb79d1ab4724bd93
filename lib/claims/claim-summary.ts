import type { ClaimDto } from "./dto";

/** Longest statement a list row shows; the whole claim loads when it is opened. */
export const summaryStatementLength = 160;

/**
 * What the article page and the claim list carry for each claim: enough to draw its
 * highlight, list it and filter it, and small, because the page carries one per claim. Verdict and people are ids (their names come with the
 * page once); everything else loads when the claim is opened (GET /api/claims/<id>).
 */
export type ClaimSummary = {
  id: string;
  revisionId: string;
  startOffset: number;
  endOffset: number;
  anchorState: ClaimDto["anchorState"];
  status: ClaimDto["status"];
  verdictId: string | null;
  assigneeId: string | null;
  statement: string;
  /** Only for an orphaned claim, whose text is no longer in the article to be seen. */
  orphanQuote: string | null;
};

/** Rows the claim list draws at first and adds per "Show more"; also what the article page carries. */
export const claimListPage = 100;

/** A statement or quote as a list row shows it. */
export const shortenSummaryText = (text: string) => (text.length > summaryStatementLength ? `${text.slice(0, summaryStatementLength - 1)}…` : text);

export function summarizeClaim(claim: Pick<ClaimDto, "id" | "revisionId" | "startOffset" | "endOffset" | "anchorState" | "status" | "statement" | "quote"> & {
  verdictId?: string | null;
  assigneeId?: string | null;
  verdict?: { id: string } | null;
  assignee?: { id: string } | null;
}): ClaimSummary {
  return {
    id: claim.id,
    revisionId: claim.revisionId,
    startOffset: claim.startOffset,
    endOffset: claim.endOffset,
    anchorState: claim.anchorState,
    status: claim.status,
    verdictId: claim.verdictId ?? claim.verdict?.id ?? null,
    assigneeId: claim.assigneeId ?? claim.assignee?.id ?? null,
    statement: shortenSummaryText(claim.statement),
    orphanQuote: claim.anchorState === "ORPHANED" ? shortenSummaryText(claim.quote) : null,
  };
}
