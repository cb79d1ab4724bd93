import "server-only";
import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";
import type { DeskFigures } from "./desk-figures";
import type { DashboardChart } from "./schema";
import { statusLabels } from "@/lib/labels";

/**
 * The dashboard's charts, drawn on the server by Observable Plot into SVG: the page needs no
 * chart code in the browser, and the numbers of each chart are also in a table beside it.
 */
let dom: Document | undefined;
const serverDocument = () => (dom ??= new JSDOM("<!doctype html><body></body>").window.document);

const toneColors = { domain: ["TRUE", "MIXED", "FALSE", "OTHER"], range: ["#2e7d4f", "#b7791f", "#c0392b", "#6b7280"] };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const maxAssignees = 12;

function draw(options: Plot.PlotOptions): string {
  return Plot.plot({ width: 640, marginLeft: 110, marginRight: 40, style: { fontSize: "12px", background: "transparent" }, ...options, document: serverDocument() }).outerHTML;
}

export function chartSvgs(f: DeskFigures): Partial<Record<DashboardChart, string>> {
  const perDay = f.perDay.flatMap((d) => [
    { day: day(d.day), series: "Created", claims: d.created },
    { day: day(d.day), series: "Verified", claims: d.verified },
  ]);
  const assignees = [...new Set(f.byAssignee.map((r) => r.assignee))].slice(0, maxAssignees);
  const weeksToVerify = f.timeToVerify.weeks.flatMap((w) => [
    { week: day(w.week), series: "Median", hours: w.median },
    { week: day(w.week), series: "90th percentile", hours: w.p90 },
  ]);
  const agreement = f.agreement.weeks.flatMap((w) => [
    { week: day(w.week), series: "Nominal", alpha: w.alphaNominal },
    { week: day(w.week), series: "Ordinal", alpha: w.alphaOrdinal },
  ]).filter((p) => p.alpha !== null);
  return {
    "created-verified": draw({
      height: 220,
      marginLeft: 40,
      x: { type: "utc", label: null },
      y: { grid: true, label: "Claims", nice: true },
      color: { legend: true, domain: ["Created", "Verified"], range: ["#3b5bdb", "#2e7d4f"] },
      marks: [Plot.ruleY([0]), Plot.lineY(perDay, { x: "day", y: "claims", stroke: "series" }), Plot.dot(perDay, { x: "day", y: "claims", fill: "series", r: 2 })],
    }),
    "backlog-status": draw({
      height: 160,
      x: { grid: true, label: "Claims" },
      y: { label: null, domain: f.byStatus.map((s) => statusLabels[s.status]) },
      marks: [
        Plot.barX(f.byStatus, { x: "count", y: (s: (typeof f.byStatus)[number]) => statusLabels[s.status], fill: "#3b5bdb" }),
        Plot.text(f.byStatus, { x: "count", y: (s: (typeof f.byStatus)[number]) => statusLabels[s.status], text: (s: (typeof f.byStatus)[number]) => String(s.count), dx: 4, textAnchor: "start" }),
      ],
    }),
    "backlog-assignee": draw({
      height: 40 + 24 * Math.max(assignees.length, 1),
      x: { grid: true, label: "Open claims" },
      y: { label: null, domain: assignees },
      color: { legend: true, domain: [statusLabels.DRAFT, statusLabels.IN_REVIEW], range: ["#9aa5b1", "#3b5bdb"] },
      marks: [Plot.barX(f.byAssignee.filter((r) => assignees.includes(r.assignee)), { x: "count", y: "assignee", fill: (r: (typeof f.byAssignee)[number]) => statusLabels[r.status] })],
    }),
    verdicts: draw({
      height: 40 + 26 * Math.max(f.verdicts.length, 1),
      x: { grid: true, label: "Claims verified" },
      y: { label: null, domain: f.verdicts.map((v) => v.verdict) },
      color: toneColors,
      marks: [Plot.barX(f.verdicts, { x: "count", y: "verdict", fill: "tone" }), Plot.text(f.verdicts, { x: "count", y: "verdict", text: (v: (typeof f.verdicts)[number]) => String(v.count), dx: 4, textAnchor: "start" })],
    }),
    "time-to-verify": draw({
      height: 220,
      marginLeft: 50,
      x: { type: "utc", label: null },
      y: { grid: true, label: "Hours", nice: true },
      color: { legend: true, domain: ["Median", "90th percentile"], range: ["#3b5bdb", "#b7791f"] },
      marks: [Plot.ruleY([0]), Plot.lineY(weeksToVerify, { x: "week", y: "hours", stroke: "series" }), Plot.dot(weeksToVerify, { x: "week", y: "hours", fill: "series", r: 3 })],
    }),
    agreement: draw({
      height: 220,
      marginLeft: 50,
      x: { type: "utc", label: null },
      y: { grid: true, label: "Krippendorff's alpha", domain: [Math.min(0, ...agreement.map((p) => p.alpha!)), 1] },
      color: { legend: true, domain: ["Nominal", "Ordinal"], range: ["#3b5bdb", "#2e7d4f"] },
      marks: [Plot.ruleY([0]), Plot.lineY(agreement, { x: "week", y: "alpha", stroke: "series" }), Plot.dot(agreement, { x: "week", y: "alpha", fill: "series", r: 3 })],
    }),
  };
}
