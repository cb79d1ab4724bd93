import type { Metadata } from "next";
import Link from "next/link";
import { ChartFigure } from "@/components/dashboard/chart-figure";
import { chartSvgs } from "@/lib/dashboard/chart-svgs";
import { requirePageActor } from "@/lib/auth/current-actor";
import { chartTables } from "@/lib/dashboard/chart-tables";
import { deskFigures, reReviewShown } from "@/lib/dashboard/desk-figures";
import { periodSchema, type DashboardChart } from "@/lib/dashboard/schema";
import { fieldErrors } from "@/lib/validation";

export const metadata: Metadata = { title: "Dashboard" };

const hours = (value: number | null) => (value === null ? "—" : value < 48 ? `${value.toFixed(1)} h` : `${(value / 24).toFixed(1)} days`);
const alpha = (value: number | null) => (value === null ? "—" : value.toFixed(2));

/** The desk at a glance for editors: throughput, backlog, verdicts, speed, re-review, agreement. */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("dashboard.read", "/dashboard");
  const params = await searchParams;
  const asked = Object.fromEntries(["from", "to"].flatMap((key) => (params[key] ? [[key, params[key]]] : [])));
  const parsed = periodSchema.safeParse(asked);
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  const period = parsed.success ? parsed.data : periodSchema.parse({});
  const figures = await deskFigures({ actor, period });
  const tables = chartTables(figures);
  const svgs = chartSvgs(figures);
  const csv = (chart: DashboardChart) => `/api/dashboard/${chart}?${new URLSearchParams(period)}`;
  const figure = (chart: DashboardChart, note?: string) => <ChartFigure id={chart} table={tables[chart]} svg={svgs[chart]} csvHref={csv(chart)} note={note} />;
  const open = figures.byStatus.filter((s) => s.status === "DRAFT" || s.status === "IN_REVIEW").reduce((sum, s) => sum + s.count, 0);

  return (
    <>
      <div className="page-heading">
        <h1>Desk dashboard</h1>
      </div>
      <form className="filters" method="get" aria-label="Period">
        <label className="filter">
          <span>From</span>
          <input type="date" name="from" defaultValue={period.from} aria-invalid={errors.from ? true : undefined} aria-describedby={errors.from ? "period-error" : undefined} />
        </label>
        <label className="filter">
          <span>To</span>
          <input type="date" name="to" defaultValue={period.to} aria-invalid={errors.to ? true : undefined} aria-describedby={errors.to ? "period-error" : undefined} />
        </label>
        <button type="submit" className="button">
          Show
        </button>
        {!parsed.success && (
          <p id="period-error" className="field-error" role="alert">
            {Object.values(errors)[0]} Showing the last 30 days instead.
          </p>
        )}
      </form>
      <dl className="dashboard-summary" aria-label="At a glance">
        <div>
          <dt>Open claims</dt>
          <dd>{open.toLocaleString("en")}</dd>
        </div>
        <div>
          <dt>Median time to verify</dt>
          <dd>{hours(figures.timeToVerify.median)}</dd>
        </div>
        <div>
          <dt>90th percentile</dt>
          <dd>{hours(figures.timeToVerify.p90)}</dd>
        </div>
        <div>
          <dt>Need re-review</dt>
          <dd>{figures.reReview.total.toLocaleString("en")}</dd>
        </div>
        <div>
          <dt>Agreement (α, nominal)</dt>
          <dd>{alpha(figures.agreement.alphaNominal)}</dd>
        </div>
      </dl>
      <div className="dashboard-grid">
        {figure("created-verified")}
        {figure("backlog-status", "Every claim now, whatever the period.")}
        {figure("backlog-assignee", "Draft and in review, now.")}
        {figure("verdicts")}
        {figure("time-to-verify")}
        {figure("agreement", `From ${figures.agreement.units} claims judged blind in this period. Ordinal: over rated verdicts, near misses count less.`)}
        {figure("reviewer-pairs")}
        <section className="chart" aria-labelledby="re-review-title" data-testid="chart-re-review">
          <div className="chart-head">
            <h2 id="re-review-title">{tables["re-review"].title}</h2>
            <a className="button button-quiet" href={csv("re-review")} download aria-label="CSV of claims that need re-review">
              CSV
            </a>
          </div>
          {figures.reReview.total === 0 ? (
            <p className="muted">Nothing needs re-review.</p>
          ) : (
            <>
              <p className="muted">
                {figures.reReview.total.toLocaleString("en")} in all{figures.reReview.total > reReviewShown && `; the ${reReviewShown} waiting longest`}.
              </p>
              <ul className="article-list">
                {figures.reReview.claims.map((c) => (
                  <li key={c.id}>
                    <Link href={`/articles/${c.slug}?claim=${c.id}`}>“{c.statement}”</Link> <span className="pill pill-warn">{c.reason}</span>
                    <p className="muted">
                      {c.title} · since {c.since.slice(0, 10)}
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
    </>
  );
}
