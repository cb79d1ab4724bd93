/**
 * The Content-Security-Policy for one response. Scripts run only with this response's nonce
 * (Next adds it to its own scripts) or when loaded by such a script ('strict-dynamic').
 * Styles allow inline attributes: React's style props and ProseMirror need them.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** For archived copies (downloads of pages we fetched): sandboxed, nothing loads or runs. */
export const archivedCopyPolicy = "sandbox; default-src 'none'";

const safeRequestId = /^[A-Za-z0-9._-]{8,64}$/;

/** Keeps a well-formed incoming X-Request-Id (from a proxy in front of us), else makes one. */
export function requestIdFrom(header: string | null): string {
  return header && safeRequestId.test(header) ? header : crypto.randomUUID();
}
