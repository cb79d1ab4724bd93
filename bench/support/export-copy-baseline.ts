/**
 * The baseline for the export benchmark: the CSV the export route writes (rows=claim, the
 * default filters), made by PostgreSQL alone under COPY. Same 24 columns in the same order,
 * the same cell formatting (sources joined with string_agg as sourcesCell does, tags joined,
 * the claim link, the re-review word) and the same formula neutralization, so the two outputs
 * are the same bytes but for line endings (COPY writes LF, we write CRLF) and the BOM.
 * The FROM, WHERE and ORDER BY are taken from exportQuery itself, so the rows are the same.
 */
import { csvHeader } from "../../lib/export/csv-columns";
import { exportQuery } from "../../lib/export/export-query";
import { exportQuerySchema } from "../../lib/export/schema";

/** neutralize.ts in SQL: a leading formula sign (after spaces or zero-width characters) gets a quote, plain numbers do not. */
export const neutralizeFunction = `
CREATE OR REPLACE FUNCTION pg_temp.neutral(x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN x ~ '^([\\t\\r\\n]|[[:space:]\\u200B-\\u200D\\u2060\\u180E]*[=+@\\uFF1D\\uFF0B\\uFF0D\\uFF20-])'
     AND x !~* '^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(e[+-]?[0-9]+)?$'
    THEN '''' || x ELSE x END
$$`;

export function copyBaselineSql(appUrl: string, literal: (value: unknown) => string): string {
  const { text, values } = exportQuery(exportQuerySchema.parse({}));
  const from = text.slice(text.indexOf(`FROM "Claim" c`)).replace(/\$(\d+)/g, (_, n) => literal(values[Number(n) - 1]));
  const sources = `LEFT JOIN LATERAL (
  SELECT string_agg(concat_ws(' — ', s."title", s."url",
           '“' || regexp_replace(s."quotedPassage", '^["“”„«‹'']+|["“”‟»›'']+$', '', 'g') || '”',
           'archived ' || to_char(snap."capturedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || ' sha256:' || snap."sha256"), E'\\n' ORDER BY s."createdAt", s."id") AS "cell",
         count(*) AS "count"
  FROM "Source" s LEFT JOIN "Snapshot" snap ON snap."id" = s."snapshotId" WHERE s."claimId" = c."id" AND s."retractedAt" IS NULL) src ON true
WHERE`;
  // NULLIF: COPY writes an empty string as "" and NULL as nothing; the route writes nothing for both.
  const n = (expression: string) => `NULLIF(pg_temp.neutral(${expression}), '')`;
  const columns = [
    n(`c."id"`),
    n(`a."title"`),
    n(`a."url"`),
    n(`a."outlet"`),
    n(`c."quote"`),
    n(`c."statement"`),
    n(`c."claimant"`),
    n(`to_char(c."claimDate", 'YYYY-MM-DD')`),
    n(`v."label"`),
    n(`c."rationale"`),
    n(`c."confidence"::text`),
    n(`COALESCE(src."cell", '')`),
    `src."count"`,
    n(`array_to_string(COALESCE(c."tags", ARRAY[]::text[]), ', ')`),
    n(`author."name"`),
    n(`verifier."name"`),
    n(`to_char(c."verifiedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`),
    `ver."revisionNumber"`,
    n(`ver."hash"`),
    `r."number"`,
    `c."startOffset"`,
    `c."endOffset"`,
    n(`${literal(`${appUrl}/articles/`)} || a."slug" || '?claim=' || c."id"`),
    `CASE c."anchorState" WHEN 'ANCHORED' THEN 'no' WHEN 'ORPHANED' THEN 'orphaned' ELSE 'yes' END`,
  ];
  const names = csvHeader("claim");
  if (names.length !== columns.length) throw new Error(`the baseline has ${columns.length} columns, the export ${names.length}`);
  const select = columns.map((column, i) => `${column} AS "${names[i]}"`).join(",\n       ");
  return `COPY (SELECT ${select}\n${from.replace(/\nWHERE/, () => `\n${sources}`)}) TO STDOUT (FORMAT csv, HEADER)`;
}
