/** Every error code on an error and its causes: Prisma's, its driver adapter's, PostgreSQL's SQLSTATE. */
function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const e = current as { code?: unknown; originalCode?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    for (const code of [e.originalCode, e.code]) if (typeof code === "string") codes.push(code);
    queue.push(e.cause, e.meta?.driverAdapterError);
  }
  return codes;
}

/**
 * Whether PostgreSQL refused a value itself (SQLSTATE class 22, "data exception": a NUL byte,
 * a number or date out of its range, text that is not a number). Input validation catches
 * these first with field messages; this is the net behind it, so such a value is a 422 and
 * never a 500. The statement failed, so its transaction wrote nothing.
 */
export function isDataException(error: unknown): boolean {
  return codesOf(error).some((code) => /^22[0-9A-Z]{3}$/.test(code));
}

// A unique index refused a second row, a serializable transaction lost, a deadlock was broken.
const writeConflictCodes = new Set(["23505", "40001", "40P01", "P2002", "P2034"]);

/**
 * Whether two writers collided and PostgreSQL stopped one of them. The domain code locks and
 * re-reads so that a person gets a worded 409 first; this is the net behind it, so a race it
 * missed is a 409 ("try again") and never a 500. The transaction was rolled back whole.
 */
export function isWriteConflict(error: unknown): boolean {
  return codesOf(error).some((code) => writeConflictCodes.has(code));
}
