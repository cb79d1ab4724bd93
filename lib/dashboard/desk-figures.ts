import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ClaimStatus, VerdictTone } from "@/lib/enums";
import { deskAgreement } from "@/lib/agreement/desk-agreement";
import type { Period } from "./schema";

// Every figure is aggregated by PostgreSQL; Node only shapes the few rows that come back.
// Periods are whole UTC days: [from, to + 1 day). Claims of deleted articles are left out by
// a hashed NOT IN over the few deleted articles: a join to every article cost more than the count.
const liveClaim = Prisma.sql`c."deletedAt" IS NULL AND c."articleId" NOT IN (SELECT a."id" FROM "Article" a WHERE a."deletedAt" IS NOT NULL)`;

const perDay = ({ from, to }: Period) => db.$queryRaw<{ day: string; created: number; verified: number }[]>`
  WITH days AS (SELECT d::date AS day FROM generate_series(${from}::date, ${to}::date, interval '1 day') d),
  created AS (
    SELECT c."createdAt"::date AS day, count(*)::int AS n FROM "Claim" c
    WHERE ${liveClaim} AND c."createdAt" >= ${from}::date AND c."createdAt" < ${to}::date + 1 GROUP BY 1
  ),
  verified AS (
    SELECT v."verifiedAt"::date AS day, count(*)::int AS n FROM "Verification" v JOIN "Claim" c ON c."id" = v."claimId"
    WHERE ${liveClaim} AND v."verifiedAt" >= ${from}::date AND v."verifiedAt" < ${to}::date + 1 GROUP BY 1
  )
  SELECT to_char(days.day, 'YYYY-MM-DD') AS day, coalesce(created.n, 0) AS created, coalesce(verified.n, 0) AS verified
  FROM days LEFT JOIN created USING (day) LEFT JOIN verified USING (day) ORDER BY days.day`;

const byStatus = () => db.$queryRaw<{ status: ClaimStatus; count: number }[]>`
  SELECT c."status"::text AS status, count(*)::int AS count
  FROM "Claim" c
  WHERE ${liveClaim} GROUP BY c."status" ORDER BY c."status"`;

/** The open work (draft and in review) by whom it is assigned to, the busiest first. */
const byAssignee = () => db.$queryRaw<{ assignee: string | null; status: ClaimStatus; count: number }[]>`
  SELECT u."name" AS assignee, c."status"::text AS status, count(*)::int AS count
  FROM "Claim" c LEFT JOIN "User" u ON u."id" = c."assigneeId"
  WHERE ${liveClaim} AND c."status" IN ('DRAFT', 'IN_REVIEW')
  GROUP BY u."id", u."name", c."status"
  ORDER BY sum(count(*)) OVER (PARTITION BY u."id") DESC, u."name" NULLS FIRST, c."status"`;

/** Verdicts of the claims verified in the period (and still verified). */
const verdicts = ({ from, to }: Period) => db.$queryRaw<{ verdict: string; tone: VerdictTone; count: number }[]>`
  SELECT v."label" AS verdict, v."tone"::text AS tone, count(*)::int AS count
  FROM "Claim" c JOIN "Verdict" v ON v."id" = c."verdictId"
  WHERE ${liveClaim} AND c."status" = 'VERIFIED' AND c."verifiedAt" >= ${from}::date AND c."verifiedAt" < ${to}::date + 1
  GROUP BY v."id", v."label", v."tone", v."position" ORDER BY v."position"`;

/** Hours from a claim's creation to its verification, median and 90th percentile, per week and overall. */
const timeToVerify = ({ from, to }: Period) => db.$queryRaw<{ week: string | null; claims: number; median: number | null; p90: number | null }[]>`
  WITH t AS (
    SELECT date_trunc('week', c."verifiedAt") AS week, extract(epoch FROM c."verifiedAt" - c."createdAt") / 3600 AS hours
    FROM "Claim" c
    WHERE ${liveClaim} AND c."status" = 'VERIFIED' AND c."verifiedAt" >= ${from}::date AND c."verifiedAt" < ${to}::date + 1
  )
  SELECT to_char(week, 'YYYY-MM-DD') AS week, count(*)::int AS claims,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY hours)::float8 AS median,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY hours)::float8 AS p90
  FROM t GROUP BY GROUPING SETS ((week), ()) ORDER BY week NULLS FIRST`;

export const reReviewShown = 20;

/** Claims that need looking at again: highlights moved or lost by an edit, verified claims reopened. */
const reReview = () => db.$queryRaw<{ id: string; statement: string; slug: string; title: string; reason: string; since: Date; total: number }[]>`
  WITH needs AS (
    SELECT c."id", c."statement", c."articleId", c."updatedAt",
           CASE WHEN c."anchorState" = 'ORPHANED' THEN 'Text no longer in the article'
                WHEN c."anchorState" = 'NEEDS_REVIEW' THEN 'Highlight changed by an edit'
                ELSE 'Reopened after verification' END AS reason
    FROM "Claim" c
    WHERE c."deletedAt" IS NULL
      AND (c."anchorState" <> 'ANCHORED'
           OR (c."status" = 'IN_REVIEW' AND c."verificationId" IS NULL AND EXISTS (SELECT 1 FROM "Verification" v WHERE v."claimId" = c."id")))
  )
  SELECT n."id", n."statement", a."slug", a."title", n.reason, n."updatedAt" AS since, count(*) OVER ()::int AS total
  FROM needs n JOIN "Article" a ON a."id" = n."articleId" AND a."deletedAt" IS NULL
  ORDER BY n."updatedAt" ASC LIMIT ${reReviewShown}`;

/**
 * Everything on /dashboard for a period: claims created and verified per day, the backlog by
 * status and by assignee, the verdicts given, time to verification, what needs re-review and
 * agreement on blind verdicts. Editors and admins only.
 */
export async function deskFigures({ actor, period }: { actor: Actor; period: Period }) {
  assertCan(actor, "dashboard.read");
  const [days, statuses, assignees, verdictCounts, times, again, agreement] = await Promise.all([
    perDay(period),
    byStatus(),
    byAssignee(),
    verdicts(period),
    timeToVerify(period),
    reReview(),
    deskAgreement({ actor, period }),
  ]);
  const overall = times.find((t) => t.week === null);
  return {
    period,
    perDay: days,
    byStatus: statuses,
    byAssignee: assignees.map((row) => ({ ...row, assignee: row.assignee ?? "Unassigned" })),
    verdicts: verdictCounts,
    timeToVerify: { claims: overall?.claims ?? 0, median: overall?.median ?? null, p90: overall?.p90 ?? null, weeks: times.filter((t) => t.week !== null).map((t) => ({ ...t, week: t.week! })) },
    reReview: { total: again[0]?.total ?? 0, claims: again.map((c) => ({ id: c.id, statement: c.statement, slug: c.slug, title: c.title, reason: c.reason, since: c.since.toISOString() })) },
    agreement,
  };
}

export type DeskFigures = Awaited<ReturnType<typeof deskFigures>>;
