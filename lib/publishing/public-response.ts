import { createHash } from "node:crypto";
import { reserveAttempt } from "@/lib/auth/rate-limit";
import { clientIp } from "@/lib/http/client-ip";
import { config } from "@/lib/config";

/** The public URL of the desk: NEXTAUTH_URL, else this request's own origin. */
export function publicOrigin(req: Request): string {
  return (config().NEXTAUTH_URL ?? new URL(req.url).origin).replace(/\/$/, "");
}

/** Counts the request against its address's per-minute allowance; a 429 response when over it. */
export async function publicRateLimit(req: Request): Promise<Response | null> {
  const wait = await reserveAttempt([{ key: `public:${clientIp(req.headers)}`, max: config().PUBLIC_RATE_LIMIT, windowSeconds: 60 }]);
  if (wait === 0) return null;
  return new Response("Too many requests. Please wait a moment.", { status: 429, headers: { "Retry-After": String(wait), "Content-Type": "text/plain; charset=utf-8" } });
}

/**
 * A public page: cacheable for a minute by browsers and shared caches, then revalidated with
 * its ETag (a 304 when nothing changed), so a desk's fact-checks can sit behind a CDN.
 */
export function cacheableResponse(req: Request, status: number, body: string, contentType: string): Response {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = { "Content-Type": contentType, "Cache-Control": "public, max-age=60, must-revalidate", ETag: etag, "X-Content-Type-Options": "nosniff" };
  if (status === 200 && req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { status, headers });
}
