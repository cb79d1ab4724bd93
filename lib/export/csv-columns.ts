import { claimUrl, type ExportRow, type ExportSource } from "./export-row";
import { neutralizeFormula } from "./neutralize";

type Cell = string | number | null;

/** Stable column order; documented in the README. */
const claimColumns: [string, (row: ExportRow, appUrl: string) => Cell][] = [
  ["claim_id", (r) => r.id],
  ["article_title", (r) => r.articleTitle],
  ["article_url", (r) => r.articleUrl],
  ["outlet", (r) => r.outlet],
  ["quote", (r) => r.quote],
  ["claim", (r) => r.statement],
  ["claimant", (r) => r.claimant],
  ["claim_date", (r) => r.claimDate],
  ["verdict", (r) => r.verdict],
  ["rationale", (r) => r.rationale],
  ["confidence", (r) => r.confidence],
];

const tailColumns: [string, (row: ExportRow, appUrl: string) => Cell][] = [
  ["tags", (r) => r.tags.join(", ")],
  ["author", (r) => r.author],
  ["verified_by", (r) => r.verifiedBy],
  ["verified_at", (r) => r.verifiedAt],
  ["verified_revision", (r) => r.verifiedRevision],
  ["verification_hash", (r) => r.verificationHash],
  ["revision", (r) => r.revisionNumber],
  ["anchor_start", (r) => r.startOffset],
  ["anchor_end", (r) => r.endOffset],
  ["claim_link", (r, appUrl) => claimUrl(appUrl, r)],
  ["needs_rereview", (r) => (r.anchorState === "ANCHORED" ? "no" : r.anchorState === "ORPHANED" ? "orphaned" : "yes")],
];

/** A quoted passage in curly quotes, without doubling the marks a passage already carries. */
export function quotePassage(passage: string): string {
  return `“${passage.replace(/^["“”„«‹']+|["“”‟»›']+$/gu, "")}”`;
}

/** The evidence locker's copy of a source, as one cell: when it was taken and its hash. */
export const archivedCell = (s: ExportSource) => (s.archivedAt ? `archived ${s.archivedAt} sha256:${s.sha256}` : null);

/** One line per source: title, URL, the quoted passage and the archived copy. */
export function sourcesCell(sources: ExportSource[]): string {
  return sources.map((s) => [s.title, s.url, s.quotedPassage ? quotePassage(s.quotedPassage) : null, archivedCell(s)].filter(Boolean).join(" — ")).join("\n");
}

const sourceColumns: [string, (source: ExportSource | undefined) => Cell][] = [
  ["source_title", (s) => s?.title ?? null],
  ["source_url", (s) => s?.url ?? null],
  ["source_publisher", (s) => s?.publisher ?? null],
  ["source_quoted_passage", (s) => s?.quotedPassage ?? null],
  ["source_kind", (s) => s?.kind ?? null],
  ["source_stance", (s) => s?.stance ?? null],
  ["source_archived_at", (s) => s?.archivedAt ?? null],
  ["source_archive_sha256", (s) => s?.sha256 ?? null],
];

export function csvHeader(rowsPer: "claim" | "source"): string[] {
  const middle = rowsPer === "claim" ? ["sources", "source_count"] : [...sourceColumns.map(([name]) => name), "source_count"];
  return [...claimColumns.map(([name]) => name), ...middle, ...tailColumns.map(([name]) => name)];
}

const safe = (cell: Cell): string | number => (cell === null ? "" : typeof cell === "number" ? cell : neutralizeFormula(cell));

/** The CSV records for one claim: one record, or one per source (at least one). */
export function csvRecords(row: ExportRow, appUrl: string, rowsPer: "claim" | "source"): (string | number)[][] {
  const head = claimColumns.map(([, get]) => safe(get(row, appUrl)));
  const tail = tailColumns.map(([, get]) => safe(get(row, appUrl)));
  if (rowsPer === "claim") return [[...head, safe(sourcesCell(row.sources)), row.sources.length, ...tail]];
  const perSource = row.sources.length ? row.sources : [undefined];
  return perSource.map((source) => [...head, ...sourceColumns.map(([, get]) => safe(get(source))), row.sources.length, ...tail]);
}
