import { z } from "zod";
import { calendarDay } from "@/lib/dates";

export const maxPeriodDays = 366;
const dayMs = 86_400_000;

const today = () => new Date().toISOString().slice(0, 10);
const daysBefore = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * dayMs).toISOString().slice(0, 10);

/** The query parameters (documented in OpenAPI); see `periodSchema` for their meaning. */
export const periodQuerySchema = z.object({ from: calendarDay.optional(), to: calendarDay.optional() }).strict();

/** The dashboard's period (?from=&to=, days inclusive): the last 30 days unless given. */
export const periodSchema = periodQuerySchema
  .transform(({ from, to }) => {
    const end = to ?? today();
    return { from: from ?? daysBefore(end, 29), to: end };
  })
  .refine((p) => p.from <= p.to, { message: "The start must not be after the end", path: ["from"] })
  .refine((p) => (Date.parse(p.to) - Date.parse(p.from)) / dayMs < maxPeriodDays, { message: `Choose at most ${maxPeriodDays} days`, path: ["from"] });

export type Period = z.output<typeof periodSchema>;

export const dashboardCharts = ["created-verified", "backlog-status", "backlog-assignee", "verdicts", "time-to-verify", "re-review", "agreement", "reviewer-pairs"] as const;
export type DashboardChart = (typeof dashboardCharts)[number];
