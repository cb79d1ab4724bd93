import type { AnchorState } from "@/lib/enums";

/** One claim as the export query returns it (see export-query.ts). */
/** A source as exported, with the evidence locker's copy (when and its SHA-256) if there is one. */
export type ExportSource = { title: string; url: string; publisher: string | null; quotedPassage: string | null; kind: string; stance: string; archivedAt?: string; sha256?: string };

export type ExportRow = {
  id: string;
  articleId: string;
  articleTitle: string;
  articleUrl: string | null;
  articleSlug: string;
  outlet: string | null;
  articlePublishedAt: string | null; // YYYY-MM-DD
  quote: string;
  prefix: string;
  suffix: string;
  statement: string;
  claimant: string | null;
  claimDate: string | null; // YYYY-MM-DD
  verdict: string | null;
  verdictRating: number | null;
  rationale: string | null;
  confidence: string | null;
  tags: string[];
  author: string;
  verifiedBy: string | null;
  verifiedAt: string | null; // ISO 8601, UTC
  createdAt: string; // ISO 8601, UTC
  startOffset: number;
  endOffset: number;
  anchorState: AnchorState;
  status: string;
  revisionId: string;
  revisionNumber: number; // the revision the anchor offsets point into
  verifiedRevision: number | null; // the revision the sealed verification was made on
  verificationHash: string | null;
  sources: ExportSource[];
  /** The public fact-check page (/f/<slug>) while the claim is published and Verified. */
  publishedPath: string | null;
  /** Where else the same claim appeared (claims linked as the same claim), oldest first; null when not linked. */
  otherAppearances: Appearance[] | null;
};

export type Appearance = { headline: string; url: string | null; datePublished: string | null; publisher: string | null };

export const claimUrl = (appUrl: string, row: Pick<ExportRow, "articleSlug" | "id">) => `${appUrl}/articles/${row.articleSlug}?claim=${row.id}`;
export const day = (isoTimestamp: string | null) => (isoTimestamp ? isoTimestamp.slice(0, 10) : null);
