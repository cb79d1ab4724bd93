import { createHash } from "node:crypto";

/**
 * A response the receiver may keep and revalidate with its ETag: a 304 with no body when the
 * body it has is still the one we would send. `cacheControl` says who may keep it and how long.
 */
export function etagResponse(req: Request, response: { status?: number; body: string; contentType: string; cacheControl: string }): Response {
  const { status = 200, body, contentType, cacheControl } = response;
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = { "Content-Type": contentType, "Cache-Control": cacheControl, ETag: etag, "X-Content-Type-Options": "nosniff" };
  if (status === 200 && req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { status, headers });
}

/**
 * Signed-in JSON that is costly to send and often unchanged (every claim of an article): the
 * browser keeps it but asks again each time (`no-cache`), so a signed-out or refused person
 * gets the refusal, never the kept copy; unchanged, the answer is an empty 304.
 */
export function revalidatedJson(req: Request, json: string): Response {
  return etagResponse(req, { body: json, contentType: "application/json", cacheControl: "private, no-cache" });
}
