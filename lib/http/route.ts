import type { NextRequest } from "next/server";
import { assertNoTokenInUrl, authenticateBearer, recordTokenWrite } from "@/lib/api-tokens/authenticate-token";
import { getActor } from "@/lib/auth/current-actor";
import { config } from "@/lib/config";
import { log } from "@/lib/log";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, invalid, notFound } from "@/lib/errors";
import { textProblem } from "@/lib/validation";
import { errorResponse } from "./responses";
import { forwardedHeader } from "./trust-proxy";

type RouteContext<P> = { params: Promise<P> };
export type AuthedHandler<P> = (ctx: { req: NextRequest; actor: Actor; params: P }) => Promise<Response>;

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Scheme, host and port the app is served at: NEXTAUTH_URL, else this request's own. */
function appOrigin(req: NextRequest): string {
  const configured = config().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const host = forwardedHeader(req.headers, "x-forwarded-host") ?? req.headers.get("host") ?? req.nextUrl.host;
  const proto = forwardedHeader(req.headers, "x-forwarded-proto") ?? req.nextUrl.protocol.replace(/:$/, "");
  return `${proto}://${host}`;
}

/**
 * Browsers send Origin on cross-site requests; a state-changing request from another origin
 * (scheme, host and port) is refused (CSRF), and so is one whose Origin is not a URL at all.
 * Requests without Origin (curl, server-to-server) carry no ambient cookies from a victim's
 * browser, so they pass unless the browser says they are cross-site.
 */
function assertSameOrigin(req: NextRequest) {
  if (!unsafeMethods.has(req.method)) return;
  const origin = req.headers.get("origin");
  if (origin === null) {
    if (req.headers.get("sec-fetch-site") === "cross-site") throw new AppError("forbidden", "Cross-site request refused");
    return;
  }
  let parsed: string;
  try {
    parsed = new URL(origin).origin;
  } catch {
    throw new AppError("forbidden", "Cross-site request refused");
  }
  if (parsed !== appOrigin(req)) throw new AppError("forbidden", "Cross-site request refused");
}

/** Ids and query values with text no record can hold: a malformed id is simply not found. */
function assertStorableRequest(req: NextRequest, params: Record<string, unknown>) {
  if (Object.values(params).some((value) => typeof value === "string" && textProblem(value))) throw notFound();
  // The raw URL: Next's parsed searchParams drop keys such as "__proto__".
  for (const [key, value] of new URL(req.url).searchParams) {
    const problem = textProblem(key) ?? textProblem(value);
    if (problem) throw invalid({ [key]: problem }, `${key}: ${problem}`);
  }
}

/** Responses carry people's data: never stored by a browser or a shared cache. */
function noStore(response: Response): Response {
  if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "no-store");
  return response;
}

/**
 * The person making the request: an API token (`Authorization: Bearer …`, narrowed to its
 * scopes) or the session cookie. A token request carries no ambient credentials, so it skips
 * the same-origin check; a cookie request must pass it.
 */
async function requestActor(req: NextRequest, tokens: boolean): Promise<Actor> {
  // Only Bearer is ours: a proxy's Basic authentication in front of the app falls through to the session.
  const authorization = req.headers.get("authorization");
  if (authorization !== null && /^\s*bearer(\s|$)/i.test(authorization)) {
    if (!tokens) throw new AppError("forbidden", "API tokens cannot be used here; sign in to the app");
    return authenticateBearer(authorization);
  }
  assertSameOrigin(req);
  const actor = await getActor();
  if (!actor) throw new AppError("unauthenticated", "Please sign in");
  return actor;
}

/**
 * Every route handler goes through here: a signed-in actor (checked against the database) by
 * session or API token, same-origin check for sessions, and one error shape. Permissions are
 * asserted by the domain functions. `tokens: false` for what only a person may do.
 */
export function authedRoute<P = Record<string, never>>(handler: AuthedHandler<P>, { tokens = true }: { tokens?: boolean } = {}) {
  return async (req: NextRequest, context: RouteContext<P>): Promise<Response> => {
    try {
      const url = new URL(req.url);
      assertNoTokenInUrl(url);
      const actor = await requestActor(req, tokens);
      const params = await context.params;
      assertStorableRequest(req, (params ?? {}) as Record<string, unknown>);
      const response = await handler({ req, actor, params });
      if (actor.token && unsafeMethods.has(req.method) && response.status < 400) {
        // The change is committed: a failed audit row is logged, and the caller still hears it succeeded.
        await recordTokenWrite(actor, { method: req.method, path: url.pathname, status: response.status }).catch((error: unknown) =>
          log.error({ err: error, event: "token_audit_failed", tokenId: actor.token?.id, path: url.pathname }, "could not audit a token write"),
        );
      }
      return noStore(response);
    } catch (error) {
      return noStore(errorResponse(error, { method: req.method, path: req.nextUrl.pathname, requestId: req.headers.get("x-request-id") ?? undefined }));
    }
  };
}
