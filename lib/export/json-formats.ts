import { claimUrl, day, type ExportRow } from "./export-row";

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
    sources: row.sources,
    sourceCount: row.sources.length,
    tags: row.tags,
    author: row.author,
    verifiedBy: row.verifiedBy,
    verifiedAt: row.verifiedAt,
    anchorStart: row.startOffset,
    anchorEnd: row.endOffset,
    claimLink: claimUrl(appUrl, row),
    needsRereview: row.anchorState !== "ANCHORED",
    anchorState: row.anchorState,
    status: row.status,
  };
}

/**
 * schema.org ClaimReview. Ratings run from 1 (the last verdict on the scale) to the scale's
 * length (the first, most true verdict); `alternateName` carries the verdict's own words.
 */
export function toClaimReview(row: ExportRow, options: { appUrl: string; organization: Organization; scaleSize: number }) {
  const { appUrl, organization, scaleSize } = options;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claimUrl(appUrl, row),
    datePublished: day(row.verifiedAt ?? row.createdAt),
    author: { "@type": "Organization", name: organization.name, ...(organization.url ? { url: organization.url } : {}) },
    claimReviewed: row.statement,
    reviewBody: row.rationale,
    reviewRating: {
      "@type": "Rating",
      ratingValue: row.verdictPosition === null ? null : scaleSize - row.verdictPosition,
      bestRating: scaleSize,
      worstRating: 1,
      alternateName: row.verdict,
    },
    itemReviewed: {
      "@type": "Claim",
      ...(row.claimant ? { author: { "@type": "Person", name: row.claimant } } : {}),
      ...(row.claimDate ? { datePublished: row.claimDate } : {}),
      appearance: {
        "@type": "CreativeWork",
        headline: row.articleTitle,
        ...(row.articleUrl ? { url: row.articleUrl } : {}),
        ...(row.outlet ? { publisher: { "@type": "Organization", name: row.outlet } } : {}),
      },
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
