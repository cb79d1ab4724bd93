/**
 * Google's ClaimReview requirements (developers.google.com/search/docs/appearance/structured-data/factcheck),
 * as a list of what an object lacks: required properties, then recommended ones we promise.
 */
type Json = Record<string, unknown>;
const object = (value: unknown): Json | null => (value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : null);
const text = (value: unknown) => typeof value === "string" && value.trim().length > 0;

export function claimReviewProblems(review: unknown): string[] {
  const problems: string[] = [];
  const r = object(review);
  if (!r) return ["not an object"];
  if (r["@context"] !== "https://schema.org") problems.push("@context must be https://schema.org");
  if (r["@type"] !== "ClaimReview") problems.push("@type must be ClaimReview");
  // Required.
  if (!text(r.claimReviewed)) problems.push("claimReviewed is required");
  const rating = object(r.reviewRating);
  if (!rating) problems.push("reviewRating is required");
  else if (!text(rating.alternateName)) problems.push("reviewRating.alternateName is required");
  if (!text(r.url) || !/^https?:\/\//.test(String(r.url))) problems.push("url (an absolute URL of the fact-check page) is required");
  const author = object(r.author);
  if (!author || !text(author.name)) problems.push("author.name is required");
  // Recommended.
  if (!text(r.datePublished) || !/^\d{4}-\d{2}-\d{2}/.test(String(r.datePublished))) problems.push("datePublished is recommended (ISO 8601)");
  if (rating && rating.ratingValue !== undefined) {
    for (const key of ["bestRating", "worstRating"]) if (typeof rating[key] !== "number") problems.push(`reviewRating.${key} goes with ratingValue`);
  }
  const item = object(r.itemReviewed);
  if (!item || item["@type"] !== "Claim") problems.push("itemReviewed should be a Claim");
  else {
    const appearance = object(item.appearance);
    if (!appearance) problems.push("itemReviewed.appearance is recommended");
  }
  return problems;
}
