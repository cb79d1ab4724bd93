import type { z } from "zod";
import { AppError, invalid, type FieldErrors } from "@/lib/errors";

/** First message per field, keyed by dotted path ("sources.0.url"). */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

/**
 * parseWith for a search's URL parameters: a malformed search is a bad request (400), with a
 * message per parameter, as the claim-intelligence routes promise.
 */
export function parseSearchWith<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const fields = fieldErrors(result.error);
    throw new AppError("bad_request", Object.values(fields)[0] ?? "Malformed search", fields);
  }
  return result.data;
}

export function parseWith<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw invalid(fieldErrors(result.error));
  return result.data;
}


/**
 * Text PostgreSQL cannot store (NUL) or that is not well-formed Unicode (an unpaired UTF-16
 * surrogate, which would be stored as U+FFFD): a message for the person, or null when fine.
 */
export function textProblem(value: string): string | null {
  if (value.includes("\u0000")) return "Remove the NUL character from this text";
  if (/\p{Cs}/u.test(value)) return "This text contains a broken character (an unpaired surrogate); retype it";
  return null;
}

/** The first string in a parsed JSON body (values and keys) with a text problem, by dotted path. */
export function findTextProblem(value: unknown, path: string[] = []): { field: string; message: string } | null {
  if (typeof value === "string") {
    const message = textProblem(value);
    return message ? { field: path.join(".") || "_", message } : null;
  }
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const keyMessage = textProblem(key);
      if (keyMessage) return { field: [...path, "_key"].join("."), message: keyMessage };
      const found = findTextProblem(child, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** Refuses (422, with the field) a body or form holding text that cannot be stored faithfully. */
export function assertStorableText(value: unknown): void {
  const problem = findTextProblem(value);
  if (problem) throw invalid({ [problem.field]: problem.message }, problem.message);
}
