import { Prisma } from "@/lib/db/generated/client";
import { maxYear } from "@/lib/dates";
import { isoTimestampSql as iso } from "@/lib/db/sql-time";

/**
 * The side panel's claim, built as JSON by PostgreSQL in one statement: the same shape as
 * toClaimDto (dto.ts) gives from Prisma's nested read, which an integration test holds it to.
 * Prisma's own read of the same relations spent more time in Node turning rows into objects
 * than PostgreSQL spent running it, on the request the panel makes for every claim opened.
 *
 * Times are printed as Date.toISOString() prints them (sql-time.ts); a day column as
 * YYYY-MM-DD, or null outside the years a page can show (isoDay).
 */
const day = (column: string) => `CASE WHEN extract(year FROM ${column}) BETWEEN 1 AND ${maxYear} THEN to_char(${column}, 'YYYY-MM-DD') END`;
/** A person as the panel names them: id and name, never more. */
const person = (idColumn: string) => `(SELECT json_build_object('id', who."id", 'name', who."name") FROM "User" who WHERE who."id" = ${idColumn})`;

const claimJson = `json_build_object(
  'id', c."id", 'articleId', c."articleId", 'revisionId', c."revisionId",
  'quote', c."quote", 'prefix', c."prefix", 'suffix', c."suffix",
  'startOffset', c."startOffset", 'endOffset', c."endOffset", 'occurrence', c."occurrence", 'anchorState', c."anchorState",
  'statement', c."statement", 'claimant', c."claimant", 'claimDate', ${day(`c."claimDate"`)}, 'tags', c."tags",
  'status', c."status", 'rationale', c."rationale", 'confidence', c."confidence", 'rejectionReason', c."rejectionReason",
  'verifiedAt', ${iso(`c."verifiedAt"`)}, 'substanceChangedById', c."substanceChangedById",
  'deletedAt', ${iso(`c."deletedAt"`)}, 'deletionReason', c."deletionReason", 'version', c."version",
  'createdAt', ${iso(`c."createdAt"`)}, 'updatedAt', ${iso(`c."updatedAt"`)},
  'verdict', (SELECT json_build_object('id', v."id", 'label', v."label", 'position', v."position", 'rating', v."rating", 'tone', v."tone")
              FROM "Verdict" v WHERE v."id" = c."verdictId"),
  'verdictSetBy', ${person(`c."verdictSetById"`)},
  'assignee', ${person(`c."assigneeId"`)},
  'createdBy', ${person(`c."createdById"`)},
  'verifiedBy', ${person(`c."verifiedById"`)},
  'verification', (SELECT json_build_object('id', ver."id", 'hash', ver."hash", 'revisionNumber', ver."revisionNumber", 'verifiedAt', ${iso(`ver."verifiedAt"`)})
                   FROM "Verification" ver WHERE ver."id" = c."verificationId"),
  -- Current evidence only; retracted sources live on in history and sealed verifications.
  'sources', COALESCE((SELECT json_agg(json_build_object(
                 'id', s."id", 'url', s."url", 'title', s."title", 'publisher', s."publisher", 'quotedPassage', s."quotedPassage",
                 'accessedAt', ${day(`s."accessedAt"`)}, 'kind', s."kind", 'stance', s."stance",
                 'archiveStatus', s."archiveStatus", 'archiveError', s."archiveError", 'passageFound', s."passageFound",
                 'snapshot', (SELECT json_build_object('id', snap."id", 'capturedAt', ${iso(`snap."capturedAt"`)}, 'sha256', snap."sha256")
                              FROM "Snapshot" snap WHERE snap."id" = s."snapshotId"))
               ORDER BY s."createdAt", s."id")
             FROM "Source" s WHERE s."claimId" = c."id" AND s."retractedAt" IS NULL), '[]'),
  'commentCount', (SELECT count(*) FROM "Comment" cm WHERE cm."claimId" = c."id"),
  -- The open request for blind verdicts, if any (at most one: see its migration).
  'blindReview', (SELECT json_build_object('id', br."id", 'complete', br."completedAt" IS NOT NULL)
                  FROM "BlindReview" br WHERE br."claimId" = c."id" AND br."adjudicatedAt" IS NULL AND br."cancelledAt" IS NULL LIMIT 1),
  -- The public fact-check page: up while published and Verified (see lib/publishing).
  'publication', (SELECT json_build_object('slug', p."slug", 'path', '/f/' || p."slug", 'publishedAt', ${iso(`p."publishedAt"`)}, 'unpublished', p."unpublishedAt" IS NOT NULL)
                  FROM "Publication" p WHERE p."claimId" = c."id")
)`;

/** The claim, its sealed verifications (newest first), comments (oldest first) and the latest 200 history entries. */
export const claimDetailSql = (claimId: string) => Prisma.sql`
SELECT ${Prisma.raw(claimJson)} AS "claim",
  COALESCE((SELECT json_agg(json_build_object('id', ver."id", 'verifiedAt', ${Prisma.raw(iso(`ver."verifiedAt"`))}, 'revisionNumber', ver."revisionNumber",
                                               'hash', ver."hash", 'content', ver."content", 'verifiedBy', ${Prisma.raw(person(`ver."verifiedById"`))})
                            ORDER BY ver."verifiedAt" DESC, ver."id")
            FROM "Verification" ver WHERE ver."claimId" = c."id"), '[]') AS "verifications",
  COALESCE((SELECT json_agg(json_build_object('id', cm."id", 'body', cm."body", 'createdAt', ${Prisma.raw(iso(`cm."createdAt"`))},
                                               'author', ${Prisma.raw(person(`cm."authorId"`))})
                            ORDER BY cm."createdAt", cm."id")
            FROM "Comment" cm WHERE cm."claimId" = c."id"), '[]') AS "comments",
  COALESCE((SELECT json_agg(e.entry ORDER BY e."createdAt" DESC, e."id" DESC)
            FROM (SELECT ev."createdAt", ev."id",
                         json_build_object('id', ev."id", 'field', ev."field", 'oldValue', ev."oldValue", 'newValue', ev."newValue", 'reason', ev."reason",
                                           'createdAt', ${Prisma.raw(iso(`ev."createdAt"`))}, 'actor', ${Prisma.raw(person(`ev."actorId"`))}) AS entry
                  FROM "ClaimEvent" ev WHERE ev."claimId" = c."id" ORDER BY ev."createdAt" DESC, ev."id" DESC LIMIT 200) e), '[]') AS "history",
  (SELECT count(*)::int FROM "BlindReview" br WHERE br."claimId" = c."id") AS "blindReviewCount"
FROM "Claim" c
WHERE c."id" = ${claimId} AND c."deletedAt" IS NULL`;
