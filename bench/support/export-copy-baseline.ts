/**
 * The baseline for the export benchmark: PostgreSQL's own COPY of the CSV the export route
 * writes (rows=claim, the default filters), with the same statement the route sends
 * (lib/export/csv-copy.ts), so the two outputs are the same bytes but for line endings (COPY
 * writes LF, the route CRLF) and the BOM. What the ratio measures is the route's own cost:
 * the session, the filters' checks, the CRLF pass, HTTP and the audit row.
 */
import { csvCopySql } from "../../lib/export/csv-copy";
import { exportQuerySchema } from "../../lib/export/schema";

export const copyBaselineSql = (appUrl: string) => csvCopySql(exportQuerySchema.parse({}), { appUrl });
