import { stringify } from "csv-stringify/sync";
import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { neutralizeFormula } from "@/lib/export/neutralize";
import { parseWith } from "@/lib/validation";
import { chartTables } from "./chart-tables";
import { deskFigures } from "./desk-figures";
import { dashboardCharts, periodSchema, type DashboardChart } from "./schema";

/** One chart's numbers as CSV (GET /api/dashboard/<chart>?from=&to=), names safe for spreadsheets. */
export async function dashboardCsv({ actor, chart, query }: { actor: Actor; chart: string; query: unknown }) {
  assertCan(actor, "dashboard.read");
  if (!(dashboardCharts as readonly string[]).includes(chart)) throw notFound("No such chart");
  const period = parseWith(periodSchema, query);
  const table = chartTables(await deskFigures({ actor, period }))[chart as DashboardChart];
  const rows = table.rows.map((row) => row.map((cell) => (typeof cell === "string" ? neutralizeFormula(cell) : cell)));
  return { filename: `${chart}-${period.from}-to-${period.to}.csv`, csv: stringify([table.columns, ...rows]) };
}
