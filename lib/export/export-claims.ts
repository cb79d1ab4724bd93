import { stringify } from "csv-stringify/sync";
import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { astralPositions, toCodePointOffset } from "@/lib/anchoring/code-points";
import { config } from "@/lib/config";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { streamRows } from "@/lib/db/stream-rows";
import { invalid } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation";
import { csvHeader, csvRecords } from "./csv-columns";
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
const csvOptions = { record_delimiter: "\r\n" } as const; // RFC 4180: CRLF; quoting only where needed

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
 * every filter validated (422) before anything is sent, then chunks read from a database cursor
 * in batches. The audit row is written when the chunks run out, with the number of claims
 * that went out. The route turns the chunks into the HTTP response.
 */
export async function exportClaims({ actor, params, appUrl }: { actor: Actor; params: URLSearchParams; appUrl: string }) {
  assertCan(actor, "export.csv");
  const query = parseQuery(params);
  const slug = await assertFilterTargetsExist(query);
  const claimReview = {
    organization: { name: config().FACTCHECK_ORG_NAME, url: config().FACTCHECK_ORG_URL },
    scale: query.format === "claimreview" ? ratingScaleOf(await db.verdict.findMany({ select: { rating: true } })) : { worst: 1, best: 1 },
    publicUrl: config().FACTCHECK_PUBLIC_URL?.replaceAll("%7Bid%7D", "{id}"),
  };
  const stamp = new Date().toISOString().slice(0, 10).replaceAll("-", "");
  const { text, values } = exportQuery(query, { blindClaimIds: [...(await claimsBlindTo(actor.id))] });
  const astralByRevision = new Map<string, number[]>();

  async function toCodePointsFor(rows: ExportRow[]) {
    const missing = [...new Set(rows.map((r) => r.revisionId))].filter((id) => !astralByRevision.has(id));
    const revisions = missing.length ? await db.articleRevision.findMany({ where: { id: { in: missing } }, select: { id: true, text: true } }) : [];
    for (const revision of revisions) astralByRevision.set(revision.id, astralPositions(revision.text));
  }

  async function* chunks(): AsyncGenerator<string> {
    let count = 0;
    let first = true;
    if (query.format === "csv") yield (query.bom ? "\uFEFF" : "") + stringify([csvHeader(query.rows)], csvOptions);
    else yield "[";
    // 500 rows per cursor fetch: larger batches were no faster end to end but grew the
    // server's memory past 100 MB on 100,000 claims (bench/export).
    for await (const rows of streamRows<ExportRow>(text, values, 500)) {
      count += rows.length;
      if (query.format === "csv") {
        yield stringify(rows.flatMap((row) => csvRecords(row, appUrl, query.rows)), csvOptions);
        continue;
      }
      if (query.format === "annotation") await toCodePointsFor(rows);
      const items = rows.map((row) =>
        query.format === "json"
          ? toJsonRecord(row, appUrl)
          : query.format === "claimreview"
            ? toClaimReview(row, { ...claimReview, appUrl })
            : toWebAnnotation(row, { appUrl, toCodePoint: (offset) => toCodePointOffset(astralByRevision.get(row.revisionId) ?? [], offset) }),
      );
      yield (first ? "\n" : ",\n") + items.map((item) => JSON.stringify(item)).join(",\n");
      first = false;
    }
    if (query.format !== "csv") yield "\n]\n";
    const { format, status, verdictId, from, to, tag, reviewerId, articleId, rows } = query;
    const filters = { status, verdictId, from, to, tag, reviewerId, articleId, rows };
    await db.$transaction((tx) => recordAuditEvent(tx, { actorId: actor.id, action: "export.claims", targetType: "export", data: { format, filters, rowCount: count } }));
  }

  return {
    chunks: chunks(),
    contentType: contentTypes[query.format],
    filename: `claims-${slug}-${stamp}.${extensions[query.format]}`,
  };
}
