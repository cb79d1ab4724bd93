import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { isDataException, isWriteConflict } from "@/lib/db/sql-errors";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { AppError, statusByCode } from "@/lib/errors";
import { log } from "@/lib/log";
import { fieldErrors } from "@/lib/validation";

export type ErrorBody = {
  error: { code: string; message: string; fields?: Record<string, string>; ref?: string };
  /** On 409: the record as it is now, so the person can see the other change. */
  current?: unknown;
};

export function errorResponse(error: unknown, context: { method?: string; path?: string; requestId?: string } = {}): NextResponse<ErrorBody> {
  if (error instanceof AppError) {
    if (error.code === "forbidden" || error.code === "unauthenticated") {
      log.warn({ event: "authorization_failed", code: error.code, ...context }, error.message);
    }
    const headers = error.code === "rate_limited" ? { "Retry-After": String(error.details?.retryAfter ?? 60) } : undefined;
    return NextResponse.json(
      {
        error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) },
        ...(error.code === "conflict" && error.details?.current ? { current: error.details.current } : {}),
      },
      { status: statusByCode[error.code], headers },
    );
  }
  if (error instanceof ZodError) {
    return NextResponse.json(
      { error: { code: "validation", message: "Please correct the highlighted fields", fields: fieldErrors(error) } },
      { status: 422 },
    );
  }
  if (isDataException(error)) {
    return NextResponse.json(
      { error: { code: "validation", message: "A value is out of range or contains characters that cannot be stored." } },
      { status: 422 },
    );
  }
  if (isWriteConflict(error)) {
    log.warn({ err: error, event: "write_conflict", ...context }, "a concurrent write was refused by the database");
    return NextResponse.json(
      { error: { code: "conflict", message: "Someone else saved a change here at the same moment. Reload and try again." } },
      { status: 409 },
    );
  }
  if (isDatabaseUnavailable(error)) {
    log.warn({ err: error, event: "database_unavailable", requestId: context.requestId, ...context }, "database unavailable");
    return NextResponse.json(
      { error: { code: "unavailable", message: "The database is unavailable right now. Please retry in a few seconds." } },
      { status: 503, headers: { "Retry-After": "5" } },
    );
  }
  // The reference the person sees is the request id, which every log line of the request carries.
  const ref = context.requestId ?? randomUUID();
  log.error({ err: error, ref, ...context }, "unhandled error");
  return NextResponse.json(
    { error: { code: "internal", message: `Something went wrong. Reference: ${ref}`, ref } },
    { status: 500 },
  );
}
