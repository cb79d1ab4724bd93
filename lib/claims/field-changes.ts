import { isoDay } from "@/lib/dates";

/** Which fields an update really changes, as history entries (old → new, JSON-ready). */
export type FieldChange = { field: string; oldValue: unknown; newValue: unknown };

function comparable(value: unknown): unknown {
  if (value instanceof Date) return isoDay(value);
  if (value === undefined) return null;
  return value;
}

export function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, next] of Object.entries(after)) {
    if (next === undefined) continue;
    const oldValue = comparable(before[field]);
    const newValue = comparable(next);
    if (JSON.stringify(oldValue) !== JSON.stringify(newValue)) changes.push({ field, oldValue, newValue });
  }
  return changes;
}
