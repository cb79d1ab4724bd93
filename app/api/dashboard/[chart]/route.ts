import { dashboardCsv } from "@/lib/dashboard/dashboard-csv";
import { authedRoute } from "@/lib/http/route";

/** A dashboard chart's numbers as CSV, for the period in ?from=&to=. */
export const GET = authedRoute<{ chart: string }>(async ({ req, actor, params }) => {
  const { filename, csv } = await dashboardCsv({ actor, chart: params.chart, query: Object.fromEntries(new URL(req.url).searchParams) });
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"` } });
});
