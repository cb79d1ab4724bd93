/**
 * Whether PostgreSQL refused a value itself (SQLSTATE class 22, "data exception": a NUL byte,
 * a number or date out of its range, text that is not a number). Input validation catches
 * these first with field messages; this is the net behind it, so such a value is a 422 and
 * never a 500. The statement failed, so its transaction wrote nothing.
 */
export function isDataException(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const e = current as { code?: unknown; originalCode?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    for (const code of [e.originalCode, e.code]) if (typeof code === "string" && /^22[0-9A-Z]{3}$/.test(code)) return true;
    queue.push(e.cause, e.meta?.driverAdapterError);
  }
  return false;
}
