/**
 * Whether an error means "the database cannot be reached right now" (server down, restarting,
 * connections terminated, pool exhausted) rather than a bug. Those become 503 + Retry-After.
 */
const prismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// PostgreSQL SQLSTATEs: admin shutdown / crash / cannot connect now, and connection exceptions.
const postgresCodes = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006"]);
const socketCodes = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN"]);
const adapterKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseDoesNotExist"]);
const messages = /Connection terminated|encountered a connection error and is not queryable|Client was closed and is not queryable|connection to server .* failed|Can't reach database server|Server has closed the connection|timeout exceeded when trying to connect|terminating connection due to administrator command|the database system is (starting up|shutting down)/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
    const code = typeof e.code === "string" ? e.code : typeof e.originalCode === "string" ? e.originalCode : undefined;
    if (code && (prismaCodes.has(code) || postgresCodes.has(code) || socketCodes.has(code))) return true;
    if (typeof e.kind === "string" && adapterKinds.has(e.kind)) return true;
    if (typeof e.message === "string" && messages.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}
