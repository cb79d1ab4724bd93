import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Period } from "@/lib/dashboard/schema";
import { agreementOf, type BlindRating } from "./agreement-of";

type Row = { unitId: string; week: string; reviewerId: string; reviewerName: string; verdictId: string; rating: number | null };

/**
 * Agreement on verdicts over the blind requests completed in a period, for the whole period and
 * per week. A request cancelled after every verdict was in still counts: they were given blind.
 */
export async function deskAgreement({ actor, period }: { actor: Actor; period: Period }) {
  assertCan(actor, "dashboard.read");
  const rows = await db.$queryRaw<Row[]>`
    SELECT r."id" AS "unitId", to_char(date_trunc('week', r."completedAt"), 'YYYY-MM-DD') AS week,
           bv."reviewerId", u."name" AS "reviewerName", bv."verdictId", v."rating"
    FROM "BlindReview" r
    JOIN "BlindVerdict" bv ON bv."reviewId" = r."id" AND bv."submittedAt" IS NOT NULL
    JOIN "User" u ON u."id" = bv."reviewerId"
    JOIN "Verdict" v ON v."id" = bv."verdictId"
    WHERE r."completedAt" >= ${period.from}::date AND r."completedAt" < ${period.to}::date + 1`;
  const ratings = (subset: Row[]): BlindRating[] => subset.map((r) => ({ unitId: r.unitId, reviewer: { id: r.reviewerId, name: r.reviewerName }, verdictId: r.verdictId, rating: r.rating }));
  const weeks = [...new Set(rows.map((r) => r.week))].sort();
  return {
    ...agreementOf(ratings(rows)),
    weeks: weeks.map((week) => {
      const { units, alphaNominal, alphaOrdinal } = agreementOf(ratings(rows.filter((r) => r.week === week)));
      return { week, units, alphaNominal, alphaOrdinal };
    }),
  };
}
