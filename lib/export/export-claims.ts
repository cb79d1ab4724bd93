import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { astralPositions, toCodePointOffset } from "@/lib/anchoring/code-points";
import { config } from "@/lib/config";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { streamCopyOut, streamRows } from "@/lib/db/stream-rows";
import { invalid } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation";
import { crlfRecordEnds } from "./crlf-records";
import { csvCopySql } from "./csv-copy";
import { claimsBlindTo } from "@/lib/blind-reviews/blind-visibility";
import { exportQuery } from "./export-query";
import type { ExportRow } from "./export-row";
import { toClaimReview, toJsonRecord, toWebAnnotation } from "./json-formats";
import { exportQueryKeys, exportQuerySchema, type ExportQuery } from "./schema";
import { ratingScaleOf } from "@/lib/verdicts/rating-scale";

const contentTypes = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  claimreview: "application/ld+json; charset=utf-8",
  annotation: "application/ld+json; charset=utf-8",
} as const;
const extensions = { csv: "csv", json: "json", claimreview: "claimreview.jsonld", annotation: "annotations.jsonld" } as const;
const byteOrderMark = Buffer.from("\uFEFF"); // Excel reads the file as UTF-8 only with it

function parseQuery(params: URLSearchParams): ExportQuery {
  // Checked by name first: Object.fromEntries would make "__proto__" an own key zod may not see.
  const unknown = [...params.keys()].find((key) => !exportQueryKeys.has(key));
  if (unknown !== undefined) throw invalid({ _: `Unknown parameter: ${unknown}` }, `Unknown parameter: ${unknown}`);
  const result = exportQuerySchema.safeParse(Object.fromEntries(params));
  if (result.success) return result.data;
  const fields = fieldErrors(result.error);
  throw invalid(fields, Object.entries(fields).map(([field, message]) => (field === "_" ? message : `${field}: ${message}`)).join("; "));
}

async function assertFilterTargetsExist(query: ExportQuery) {
  const [verdict, reviewer, article] = await Promise.all([
    query.verdictId ? db.verdict.findUnique({ where: { id: query.verdictId }, select: { id: true } }) : true,
    query.reviewerId ? db.user.findUnique({ where: { id: query.reviewerId }, select: { id: true } }) : true,
    query.articleId ? db.article.findUnique({ where: { id: query.articleId }, select: { slug: true } }) : null,
  ]);
  if (!verdict) throw invalid({ verdictId: "Unknown verdict" }, "verdictId: unknown verdict");
  if (!reviewer) throw invalid({ reviewerId: "Unknown user" }, "reviewerId: unknown user");
  if (query.articleId && !article) throw invalid({ articleId: "Unknown article" }, "articleId: unknown article");
  return article?.slug ?? "all";
}

/**
 * Verified claims (or whatever the filters say) as CSV, JSON, ClaimReview or Web Annotation:
 * every filter validated (422) before anything is sent. The CSV is written by PostgreSQL under
 * COPY (csv-copy.ts); the JSON formats are built from rows read through a cursor in batches.
 * The audit row is written when the chunks run out, with the number of records that went out
 * (claims, or for a CSV with a row per source, those rows). The route turns the chunks into
 * the HTTP response.
 */
export async function exportClaims({ actor, params, appUrl }: { actor: Actor; params: URLSearchParams; appUrl: string }) {
  assertCan(actor, "export.csv");
  const query = parseQuery(params);
  const slug = await assertFilterTargetsExist(query);
  const blindClaimIds = [...(await claimsBlindTo(actor.id))];
  const stamp = new Date().toISOString().slice(0, 10).replaceAll("-", "");

  async function* chunks(): AsyncGenerator<string | Buffer> {
    const records = yield* query.format === "csv" ? csvChunks(query, { appUrl, blindClaimIds }) : jsonChunks(query, { appUrl, blindClaimIds });
    const { format, status, verdictId, from, to, tag, reviewerId, articleId, rows } = query;
    const filters = { status, verdictId, from, to, tag, reviewerId, articleId, rows };
    await db.$transaction((tx) => recordAuditEvent(tx, { actorId: actor.id, action: "export.claims", targetType: "export", data: { format, filters, rowCount: records } }));
  }

  return {
    chunks: chunks(),
    contentType: contentTypes[query.format],
    filename: `claims-${slug}-${stamp}.${extensions[query.format]}`,
  };
}

type Scope = { appUrl: string; blindClaimIds: string[] };

/** The CSV as PostgreSQL writes it, with CRLF record ends and the BOM; returns its record count. */
async function* csvChunks(query: ExportQuery, scope: Scope): AsyncGenerator<Buffer, number> {
  if (query.bom) yield byteOrderMark;
  const toCrlf = crlfRecordEnds();
  const copy = streamCopyOut(csvCopySql(query, scope));
  for (let next = await copy.next(); ; next = await copy.next()) {
    if (next.done) return next.value;
    yield toCrlf(next.value);
  }
}

/** A JSON array of claims in one of three shapes; returns how many went out. */
async function* jsonChunks(query: ExportQuery, { appUrl, blindClaimIds }: Scope): AsyncGenerator<string, number> {
  const claimReview = {
    organization: { name: config().FACTCHECK_ORG_NAME, url: config().FACTCHECK_ORG_URL },
    scale: query.format === "claimreview" ? ratingScaleOf(await db.verdict.findMany({ select: { rating: true } })) : { worst: 1, best: 1 },
    publicUrl: config().FACTCHECK_PUBLIC_URL?.replaceAll("%7Bid%7D", "{id}"),
  };
  const { text, values } = exportQuery(query, { blindClaimIds });
  const astralByRevision = new Map<string, number[]>();

  async function toCodePointsFor(rows: ExportRow[]) {
    const missing = [...new Set(rows.map((r) => r.revisionId))].filter((id) => !astralByRevision.has(id));
    const revisions = missing.length ? await db.articleRevision.findMany({ where: { id: { in: missing } }, select: { id: true, text: true } }) : [];
    for (const revision of revisions) astralByRevision.set(revision.id, astralPositions(revision.text));
  }

  let count = 0;
  yield "[";
  // 500 rows per cursor fetch: larger batches were no faster end to end but grew the
  // server's memory past 100 MB on 100,000 claims (bench/export).
  for await (const rows of streamRows<ExportRow>(text, values, 500)) {
    if (query.format === "annotation") await toCodePointsFor(rows);
    const items = rows.map((row) =>
      query.format === "json"
        ? toJsonRecord(row, appUrl)
        : query.format === "claimreview"
          ? toClaimReview(row, { ...claimReview, appUrl })
          : toWebAnnotation(row, { appUrl, toCodePoint: (offset) => toCodePointOffset(astralByRevision.get(row.revisionId) ?? [], offset) }),
    );
    yield (count === 0 ? "\n" : ",\n") + items.map((item) => JSON.stringify(item)).join(",\n");
    count += rows.length;
  }
  yield "\n]\n";
  return count;
}
