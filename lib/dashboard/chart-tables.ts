/**
 * Each dashboard chart's numbers as a table: what screen readers read under the chart and what
 * its CSV download holds. Pure.
 */
import { statusLabels } from "@/lib/labels";
import type { DeskFigures } from "./desk-figures";
import type { DashboardChart } from "./schema";

export type Cell = string | number | null;
export type ChartTable = { title: string; columns: string[]; rows: Cell[][] };

const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));

export function chartTables(f: DeskFigures): Record<DashboardChart, ChartTable> {
  const { timeToVerify: t, agreement: a } = f;
  return {
    "created-verified": { title: "Claims created and verified per day", columns: ["Day", "Created", "Verified"], rows: f.perDay.map((d) => [d.day, d.created, d.verified]) },
    "backlog-status": { title: "Claims by status", columns: ["Status", "Claims"], rows: f.byStatus.map((s) => [statusLabels[s.status], s.count]) },
    "backlog-assignee": { title: "Open claims by assignee", columns: ["Assignee", "Status", "Claims"], rows: f.byAssignee.map((r) => [r.assignee, statusLabels[r.status], r.count]) },
    verdicts: { title: "Verdicts of the claims verified", columns: ["Verdict", "Claims"], rows: f.verdicts.map((v) => [v.verdict, v.count]) },
    "time-to-verify": {
      title: "Hours from created to verified",
      columns: ["Week starting", "Claims verified", "Median hours", "90th percentile hours"],
      rows: [...t.weeks.map((w) => [w.week, w.claims, round(w.median, 1), round(w.p90, 1)]), ["Whole period", t.claims, round(t.median, 1), round(t.p90, 1)]],
    },
    "re-review": { title: "Claims that need re-review", columns: ["Claim", "Article", "Why", "Since"], rows: f.reReview.claims.map((c) => [c.statement, c.title, c.reason, c.since.slice(0, 10)]) },
    agreement: {
      title: "Agreement on blind verdicts per week",
      columns: ["Week starting", "Claims judged blind", "Krippendorff's alpha (nominal)", "Krippendorff's alpha (ordinal)"],
      rows: [...a.weeks.map((w) => [w.week, w.units, round(w.alphaNominal, 3), round(w.alphaOrdinal, 3)]), ["Whole period", a.units, round(a.alphaNominal, 3), round(a.alphaOrdinal, 3)]],
    },
    "reviewer-pairs": {
      title: "Cohen's kappa for each pair of reviewers",
      columns: ["Reviewer", "Reviewer", "Claims both judged", "Cohen's kappa"],
      rows: a.pairs.map((p) => [p.a.name, p.b.name, p.units, round(p.kappa, 3)]),
    },
  };
}
