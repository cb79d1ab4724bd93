import { isoSecondSql, isoTimestampSql } from "@/lib/db/sql-time";
import type { ExportQuery } from "./schema";

/** How a filter value enters the SQL: a bind parameter, or (under COPY, which takes none) an escaped literal. */
export type SqlValue = (value: string | string[]) => string;

/** The WHERE conditions of an export's filters, shared by the cursor query and the CSV's COPY. */
export function exportConditions(filters: ExportQuery, blindClaimIds: string[], value: SqlValue): string[] {
  // Deleted claims are kept for the audit trail, never exported.
  const where: string[] = [`c."deletedAt" IS NULL`, `a."deletedAt" IS NULL`];
  if (filters.status !== "ALL") where.push(`c."status" = ${value(filters.status)}::"ClaimStatus"`);
  if (filters.verdictId) where.push(`c."verdictId" = ${value(filters.verdictId)}`);
  if (filters.from) where.push(`c."verifiedAt" >= ${value(filters.from)}::date`);
  if (filters.to) where.push(`c."verifiedAt" < ${value(filters.to)}::date + 1`);
  if (filters.tag) where.push(`${value(filters.tag)} = ANY(c."tags")`);
  if (filters.reviewerId) where.push(`c."createdById" = ${value(filters.reviewerId)}`);
  if (filters.articleId) where.push(`c."articleId" = ${value(filters.articleId)}`);
  // Claims the exporting person is still giving a blind verdict on stay out of their export.
  if (blindClaimIds.length) where.push(`c."id" <> ALL(${value(blindClaimIds)}::text[])`);
  return where;
}

/** A claim with its article, revision, author, verdict, verifier and sealed verification. */
export const exportJoins = `FROM "Claim" c
JOIN "Article" a ON a."id" = c."articleId"
JOIN "ArticleRevision" r ON r."id" = c."revisionId"
JOIN "User" author ON author."id" = c."createdById"
LEFT JOIN "Verdict" v ON v."id" = c."verdictId"
LEFT JOIN "User" verifier ON verifier."id" = c."verifiedById"
LEFT JOIN "Verification" ver ON ver."id" = c."verificationId"`;

/** Article, then reading order. */
export const exportOrder = `a."title", a."id", c."startOffset", c."id"`;

/**
 * The one SQL query behind every export format: a row per claim with its sources aggregated,
 * in article and reading order, parameterized. The CSV is written by COPY (csv-copy.ts) from
 * the same joins, conditions and order.
 * Dates come back as ISO 8601 UTC text: parsing 100,000 timestamps into Date objects only to
 * print them again was a measurable share of the export time.
 */
export function exportQuery(filters: ExportQuery, { blindClaimIds = [] }: { blindClaimIds?: string[] } = {}): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const where = exportConditions(filters, blindClaimIds, (value) => {
    values.push(value);
    return `$${values.length}`;
  });
  const text = `
SELECT c."id", c."articleId", a."title" AS "articleTitle", a."url" AS "articleUrl", a."slug" AS "articleSlug", a."outlet",
       to_char(a."publishedAt", 'YYYY-MM-DD') AS "articlePublishedAt",
       c."quote", c."prefix", c."suffix", c."statement", c."claimant", to_char(c."claimDate", 'YYYY-MM-DD') AS "claimDate",
       v."label" AS "verdict", v."rating" AS "verdictRating", c."rationale", c."confidence"::text AS "confidence", COALESCE(c."tags", ARRAY[]::text[]) AS "tags",
       author."name" AS "author", verifier."name" AS "verifiedBy",
       ${isoTimestampSql(`c."verifiedAt"`)} AS "verifiedAt",
       ${isoTimestampSql(`c."createdAt"`)} AS "createdAt",
       c."startOffset", c."endOffset", c."anchorState"::text AS "anchorState", c."status"::text AS "status", c."revisionId",
       r."number" AS "revisionNumber", ver."revisionNumber" AS "verifiedRevision", ver."hash" AS "verificationHash",
       -- The archive's two keys only for archived sources: every key is parsed again in Node, for each of 100,000s of sources.
       COALESCE((SELECT json_agg(CASE WHEN s."snapshotId" IS NULL
                                   THEN json_build_object('title', s."title", 'url', s."url", 'publisher', s."publisher",
                                                          'quotedPassage', s."quotedPassage", 'kind', s."kind", 'stance', s."stance")
                                   ELSE (SELECT json_build_object('title', s."title", 'url', s."url", 'publisher', s."publisher",
                                                                  'quotedPassage', s."quotedPassage", 'kind', s."kind", 'stance', s."stance",
                                                                  'archivedAt', ${isoSecondSql(`snap."capturedAt"`)}, 'sha256', snap."sha256")
                                         FROM "Snapshot" snap WHERE snap."id" = s."snapshotId")
                                   END
                                 ORDER BY s."createdAt", s."id")
                 FROM "Source" s
                 WHERE s."claimId" = c."id" AND s."retractedAt" IS NULL), '[]'::json) AS "sources",
       -- A lookup per verified claim (claimId is unique), not a join: a join here changed the plan and cost 20%.
       CASE WHEN c."status" = 'VERIFIED'
            THEN (SELECT '/f/' || pub."slug" FROM "Publication" pub WHERE pub."claimId" = c."id" AND pub."unpublishedAt" IS NULL) END AS "publishedPath",
       -- The same claim in other articles (linked as the same claim): ClaimReview lists every appearance.
       CASE WHEN c."sameClaimGroupId" IS NOT NULL
            THEN (SELECT json_agg(json_build_object('headline', oa."title", 'url', oa."url", 'datePublished', to_char(oa."publishedAt", 'YYYY-MM-DD'), 'publisher', oa."outlet") ORDER BY oc."createdAt", oc."id")
                  FROM "Claim" oc JOIN "Article" oa ON oa."id" = oc."articleId" AND oa."deletedAt" IS NULL
                  WHERE oc."sameClaimGroupId" = c."sameClaimGroupId" AND oc."id" <> c."id" AND oc."deletedAt" IS NULL) END AS "otherAppearances"
${exportJoins}
WHERE ${where.join(" AND ")}
ORDER BY ${exportOrder}`;
  return { text, values };
}
