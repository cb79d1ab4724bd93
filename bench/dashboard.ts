/**
 * The desk dashboard's queries on 100,000 claims (all of them, as /dashboard runs them for a
 * 30-day period), against a plain COUNT(*) over the same table in the same run.
 */
import pg from "pg";
import { insertTrustedArticle } from "../lib/articles/insert-article";
import { db } from "../lib/db/client";
import { deskFigures } from "../lib/dashboard/desk-figures";
import { periodSchema } from "../lib/dashboard/schema";
import { benchUser, median, timed } from "./support/environment";

/** 100,000 claims over 30 days across 50 articles: a quarter each draft, in review, verified (with seals) and rejected; 2,000 blind pairs. */
export async function seedDesk(databaseUrl: string, count = 100_000) {
  const editor = await benchUser("EDITOR");
  const people = [];
  for (let i = 0; i < 20; i++) people.push(await benchUser("REVIEWER"));
  const articles = [];
  for (let i = 0; i < 50; i++) {
    articles.push(await db.$transaction((tx) => insertTrustedArticle(tx, { actorId: editor.id, input: { title: `Dashboard bench ${i}`, html: `<p>Article ${i}: costs rose 12%.</p>` } })));
  }
  const revisions = await db.articleRevision.findMany({ where: { articleId: { in: articles.map((a) => a.id) } }, select: { id: true } });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(
    `INSERT INTO "Claim" ("id", "articleId", "revisionId", "quote", "prefix", "suffix", "startOffset", "endOffset", "occurrence", "statement",
       "status", "verdictId", "rationale", "createdById", "assigneeId", "anchorState", "createdAt", "verifiedById", "verifiedAt", "updatedAt")
     SELECT 'dash_' || g, r."articleId", r."id", 'Costs rose 12%', '', '', 0, 14, 0, 'Claim ' || g,
            (ARRAY['DRAFT', 'IN_REVIEW', 'VERIFIED', 'REJECTED'])[1 + g % 4]::"ClaimStatus",
            (ARRAY['verdict_true', 'verdict_mostly_true', 'verdict_half_true', 'verdict_mostly_false', 'verdict_false'])[1 + g % 5], 'R',
            $1, ($2::text[])[1 + g % 20], CASE WHEN g % 97 = 0 THEN 'NEEDS_REVIEW'::"AnchorState" ELSE 'ANCHORED'::"AnchorState" END,
            now() - ((g % 30) || ' days')::interval, CASE WHEN g % 4 = 2 THEN $1 END,
            CASE WHEN g % 4 = 2 THEN now() - ((g % 30) || ' days')::interval + ((g % 72) || ' hours')::interval END, now()
     FROM generate_series(1, $3::int) g
     JOIN (SELECT "id", "articleId", row_number() OVER (ORDER BY "id") - 1 AS n FROM "ArticleRevision" WHERE "id" = ANY($4)) r ON r.n = g % 50`,
    [editor.id, people.map((p) => p.id), count, revisions.map((r) => r.id)],
  );
  await client.query(
    `INSERT INTO "Verification" ("id", "claimId", "revisionId", "revisionNumber", "verifiedById", "verifiedAt", "content", "hash")
     SELECT 'seal_' || c."id", c."id", c."revisionId", 1, c."verifiedById", c."verifiedAt", '{}', md5(c."id") FROM "Claim" c WHERE c."status" = 'VERIFIED'`,
  );
  await client.query(`UPDATE "Claim" SET "verificationId" = 'seal_' || "id" WHERE "status" = 'VERIFIED'`);
  await client.query(
    `INSERT INTO "BlindReview" ("id", "claimId", "requestedById", "createdAt", "completedAt", "adjudicatedAt")
     SELECT 'blind_' || g, 'dash_' || (g * 4 + 1), $1, now() - ((g % 30) || ' days')::interval, now() - ((g % 30) || ' days')::interval, now() FROM generate_series(1, 2000) g`,
    [editor.id],
  );
  await client.query(
    `INSERT INTO "BlindVerdict" ("id", "reviewId", "reviewerId", "verdictId", "rationale", "submittedAt")
     SELECT 'bv_' || g || '_' || k, 'blind_' || g, ($1::text[])[1 + (g + k) % 20],
            (ARRAY['verdict_true', 'verdict_mostly_true', 'verdict_half_true', 'verdict_mostly_false', 'verdict_false'])[1 + (g + k * (g % 3)) % 5], 'R', now()
     FROM generate_series(1, 2000) g CROSS JOIN generate_series(0, 1) k`,
    [people.map((p) => p.id)],
  );
  await client.query("ANALYZE");
  await client.end();
  return { editor };
}

export async function benchDashboard(databaseUrl: string, editor: Awaited<ReturnType<typeof benchUser>>, runs = 7) {
  const period = periodSchema.parse({});
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await deskFigures({ actor: editor, period }); // warm: plans and pages in cache, for both
    await client.query(`SELECT count(*) FROM "Claim"`);
    const ours: number[] = [];
    const counts: number[] = [];
    let figures;
    for (let i = 0; i < runs; i++) {
      const [ms, result] = await timed(() => deskFigures({ actor: editor, period }));
      ours.push(ms);
      figures = result;
      counts.push((await timed(() => client.query(`SELECT count(*) FROM "Claim"`)))[0]);
    }
    return { oursMs: median(ours), countMs: median(counts), claims: figures!.byStatus.reduce((sum, s) => sum + s.count, 0), agreementUnits: figures!.agreement.units };
  } finally {
    await client.end();
  }
}
