import type { RatingScale } from "@/lib/verdicts/rating-scale";
import { claimUrl, day, type Appearance, type ExportRow } from "./export-row";

export type Organization = { name: string; url?: string };

/** The same fields as the CSV, with natural JSON types. */
export function toJsonRecord(row: ExportRow, appUrl: string) {
  return {
    claimId: row.id,
    articleTitle: row.articleTitle,
    articleUrl: row.articleUrl,
    outlet: row.outlet,
    quote: row.quote,
    claim: row.statement,
    claimant: row.claimant,
    claimDate: row.claimDate,
    verdict: row.verdict,
    rationale: row.rationale,
    confidence: row.confidence,
    sources: row.sources.map((source) => ({ ...source, archivedAt: source.archivedAt ?? null, sha256: source.sha256 ?? null })),
    sourceCount: row.sources.length,
    tags: row.tags,
    author: row.author,
    verifiedBy: row.verifiedBy,
    verifiedAt: row.verifiedAt,
    verifiedRevision: row.verifiedRevision,
    verificationHash: row.verificationHash,
    revision: row.revisionNumber,
    anchorStart: row.startOffset,
    anchorEnd: row.endOffset,
    claimLink: claimUrl(appUrl, row),
    needsRereview: row.anchorState !== "ANCHORED",
    anchorState: row.anchorState,
    status: row.status,
  };
}

export type ClaimReviewOptions = {
  organization: Organization;
  scale: RatingScale;
  /** Public fact-check URL pattern with `{id}` (FACTCHECK_PUBLIC_URL); the app's own pages need a login. */
  publicUrl?: string;
};

/**
 * schema.org ClaimReview, following Google's required and recommended properties. Only
 * verdicts with a truth rating carry ratingValue/bestRating/worstRating; every review carries
 * the verdict's words in `alternateName`. Without a public URL, `url` is left out rather than
 * pointing at a page the public cannot open.
 */
export type ClaimReviewInput = Pick<
  ExportRow,
  "id" | "verdictRating" | "claimDate" | "articlePublishedAt" | "verifiedAt" | "createdAt" | "statement" | "rationale" | "verdict" | "claimant" | "articleTitle" | "articleUrl" | "outlet"
> & { publishedPath?: string | null; otherAppearances?: Appearance[] | null };

function creativeWork(appearance: Appearance) {
  return {
    "@type": "CreativeWork",
    headline: appearance.headline,
    ...(appearance.url ? { url: appearance.url } : {}),
    ...(appearance.datePublished ? { datePublished: appearance.datePublished } : {}),
    ...(appearance.publisher ? { publisher: { "@type": "Organization", name: appearance.publisher } } : {}),
  };
}

export function toClaimReview(row: ClaimReviewInput, { organization, scale, publicUrl, appUrl }: ClaimReviewOptions & { appUrl?: string }) {
  // The desk's own public page when the claim is published; else the configured pattern, if any.
  const url = row.publishedPath && appUrl ? `${appUrl}${row.publishedPath}` : publicUrl?.replaceAll("{id}", encodeURIComponent(row.id));
  const rating = row.verdictRating === null ? {} : { ratingValue: row.verdictRating, bestRating: scale.best, worstRating: scale.worst };
  const claimMade = row.claimDate ?? row.articlePublishedAt;
  const first = creativeWork({ headline: row.articleTitle, url: row.articleUrl, datePublished: row.articlePublishedAt, publisher: row.outlet });
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    ...(url ? { url } : {}),
    datePublished: day(row.verifiedAt ?? row.createdAt),
    author: { "@type": "Organization", name: organization.name, ...(organization.url ? { url: organization.url } : {}) },
    claimReviewed: row.statement,
    reviewBody: row.rationale,
    reviewRating: { "@type": "Rating", alternateName: row.verdict, ...rating },
    itemReviewed: {
      "@type": "Claim",
      ...(row.claimant ? { author: { "@type": "Person", name: row.claimant } } : {}),
      ...(claimMade ? { datePublished: claimMade } : {}),
      // One appearance, or every one when the claim is linked to the same claim elsewhere.
      appearance: row.otherAppearances?.length ? [first, ...row.otherAppearances.map(creativeWork)] : first,
    },
  };
}

/**
 * W3C Web Annotation: the article as target with a quote and a position selector (in code
 * points, as the model counts), the verdict, rationale and sources as bodies.
 */
export function toWebAnnotation(row: ExportRow, options: { appUrl: string; toCodePoint: (offset: number) => number }) {
  const { appUrl, toCodePoint } = options;
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: claimUrl(appUrl, row),
    type: "Annotation",
    motivation: "assessing",
    created: row.createdAt,
    ...(row.verifiedAt ? { modified: row.verifiedAt } : {}),
    creator: { type: "Person", name: row.author },
    body: [
      ...(row.verdict ? [{ type: "TextualBody", purpose: "assessing", value: row.verdict }] : []),
      ...(row.rationale ? [{ type: "TextualBody", purpose: "describing", value: row.rationale, format: "text/plain" }] : []),
      { type: "TextualBody", purpose: "tagging", value: row.statement },
      ...row.sources.map((source) => ({ type: "SpecificResource", purpose: "linking", source: source.url, ...(source.title ? { name: source.title } : {}) })),
    ],
    target: {
      source: row.articleUrl ?? `${appUrl}/articles/${row.articleSlug}`,
      selector: [
        { type: "TextQuoteSelector", exact: row.quote, prefix: row.prefix, suffix: row.suffix },
        { type: "TextPositionSelector", start: toCodePoint(row.startOffset), end: toCodePoint(row.endOffset) },
      ],
    },
  };
}
