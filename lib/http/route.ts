import type { NextRequest } from "next/server";
import { getActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { errorResponse } from "./responses";

type RouteContext<P> = { params: Promise<P> };
export type AuthedHandler<P> = (ctx: { req: NextRequest; actor: Actor; params: P }) => Promise<Response>;

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Browsers send Origin on cross-site requests; a state-changing request from another origin
 * is refused (CSRF). Requests without Origin (curl, server-to-server) carry no ambient cookies
 * from a victim's browser, so they pass.
 */
function assertSameOrigin(req: NextRequest) {
  if (!unsafeMethods.has(req.method)) return;
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (origin && origin !== "null" && new URL(origin).host === host) return;
  if (!origin && req.headers.get("sec-fetch-site") !== "cross-site") return;
  throw new AppError("forbidden", "Cross-site request refused");
}

/**
 * Every route handler goes through here: same-origin check, a signed-in actor (checked against
 * the database), and one error shape. Permissions are asserted by the domain functions.
 */
export function authedRoute<P = Record<string, never>>(handler: AuthedHandler<P>) {
  return async (req: NextRequest, context: RouteContext<P>): Promise<Response> => {
    try {
      assertSameOrigin(req);
      const actor = await getActor();
      if (!actor) throw new AppError("unauthenticated", "Please sign in");
      return await handler({ req, actor, params: await context.params });
    } catch (error) {
      return errorResponse(error, { method: req.method, path: req.nextUrl.pathname, requestId: req.headers.get("x-request-id") ?? undefined });
    }
  };
}
