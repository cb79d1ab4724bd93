/**
 * Calendar days as people type them (YYYY-MM-DD), limited to years 1000–9999: a mistyped
 * five-digit year from a browser date field is refused instead of stored, and PostgreSQL's
 * own range is never reached. Pure; shared by every schema with a date.
 */
import { z } from "zod";

export const minYear = 1000;
export const maxYear = 9999;

const yearOf = (day: string) => Number(day.slice(0, 4));

export const calendarDay = z
  .string({ error: "Enter a date as YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date as YYYY-MM-DD")
  .pipe(z.iso.date({ error: "Enter a real date as YYYY-MM-DD" }))
  .refine((day) => yearOf(day) >= minYear && yearOf(day) <= maxYear, `Enter a year between ${minYear} and ${maxYear}`);

/** An optional day from a form: "" and null mean none; otherwise a Date at midnight UTC. */
export const optionalDay = z.preprocess((value) => (value === "" ? null : value), calendarDay.transform((day) => new Date(`${day}T00:00:00Z`)).nullish());

/**
 * A stored date as YYYY-MM-DD, or null when there is none or it cannot be shown (a value
 * written before these rules, or straight into the database): pages never crash on it.
 */
export function isoDay(date: Date | null | undefined): string | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  if (year < 1 || year > maxYear) return null;
  return date.toISOString().slice(0, 10);
}
