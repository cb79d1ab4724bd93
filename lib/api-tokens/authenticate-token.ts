import type { Actor, TokenScope } from "@/lib/auth/permissions";
import type { Role } from "@/lib/enums";
import { config } from "@/lib/config";
import { db, queryRows } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { hashTokenSecret, isTokenSecret, tokenPrefix } from "./token-secret";

const windowSeconds = 60;

type UsedToken = { id: string; name: string; scopes: string[]; windowCount: number; resetsIn: number; userId: string; email: string; userName: string; role: Role };

const unauthenticated = (message: string) => new AppError("unauthenticated", message);

/**
 * The person behind `Authorization: Bearer <token>`, narrowed to the token's scopes. One UPDATE
 * finds a live token of an enabled user, counts the request against the token's per-minute
 * limit and marks it used; only a refused token costs a second query, to say why.
 */
export async function authenticateBearer(header: string): Promise<Actor> {
  const [scheme, secret, ...rest] = header.trim().split(/\s+/);
  if (scheme?.toLowerCase() !== "bearer" || !secret || rest.length) throw unauthenticated("Authorization must be \"Bearer <token>\"");
  if (!isTokenSecret(secret)) throw unauthenticated(`Malformed API token: tokens start with "${tokenPrefix}"`);
  const hash = hashTokenSecret(secret);
  // Straight through pg (queryRows): it runs on every request a token makes.
  const [used] = await queryRows<UsedToken>(Prisma.sql`
    UPDATE "ApiToken" t SET
      "windowCount" = CASE WHEN t."windowStart" <= now() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE t."windowCount" + 1 END,
      "windowStart" = CASE WHEN t."windowStart" <= now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE t."windowStart" END,
      "lastUsedAt" = now()
    FROM "User" u
    WHERE t."tokenHash" = ${hash} AND t."revokedAt" IS NULL AND t."expiresAt" > now() AND u.id = t."userId" AND u."disabledAt" IS NULL
    RETURNING t.id, t.name, t.scopes::text[] AS scopes, t."windowCount",
      CEIL(EXTRACT(EPOCH FROM (t."windowStart" + make_interval(secs => ${windowSeconds}) - now())))::int AS "resetsIn",
      u.id AS "userId", u.email, u.name AS "userName", u.role::text AS role`);
  if (!used) throw await refusal(hash);
  if (used.windowCount > config().API_TOKEN_RATE_LIMIT) {
    throw new AppError("rate_limited", `This token made more than ${config().API_TOKEN_RATE_LIMIT} requests this minute; retry later`, undefined, { retryAfter: Math.max(1, used.resetsIn) });
  }
  return {
    id: used.userId,
    email: used.email,
    name: used.userName,
    role: used.role,
    token: { id: used.id, name: used.name, scopes: used.scopes as TokenScope[] },
  };
}

async function refusal(hash: string): Promise<AppError> {
  const token = await db.apiToken.findUnique({ where: { tokenHash: hash }, select: { revokedAt: true, expiresAt: true, user: { select: { disabledAt: true } } } });
  if (!token) return unauthenticated("Unknown API token");
  if (token.revokedAt) return unauthenticated("This API token was revoked");
  if (token.expiresAt <= new Date()) return unauthenticated(`This API token expired on ${token.expiresAt.toISOString().slice(0, 10)}`);
  return unauthenticated("This account is disabled");
}

const urlTokenKeys = new Set(["access_token", "token", "api_token", "apikey", "api_key", "bearer"]);

/** A token in a URL ends up in logs and browser history: refused, whatever the route. */
export function assertNoTokenInUrl(url: URL) {
  for (const [key, value] of url.searchParams) {
    if (urlTokenKeys.has(key.toLowerCase()) || value.startsWith(tokenPrefix)) {
      throw unauthenticated("Send API tokens in the Authorization header, never in the URL");
    }
  }
}

/** Token writes are in the audit log under the token's name, right after the change commits. */
export async function recordTokenWrite(actor: Actor, request: { method: string; path: string; status: number }) {
  if (!actor.token) return;
  await db.auditEvent.create({
    data: { actorId: actor.id, action: "api.write", targetType: "api-token", targetId: actor.token.id, data: { token: actor.token.name, ...request } },
  });
}

/** For long-lived streams: is this token still live (not revoked, not expired, its owner enabled)? */
export async function tokenStillValid(tokenId: string): Promise<boolean> {
  const token = await db.apiToken.findUnique({ where: { id: tokenId }, select: { revokedAt: true, expiresAt: true, user: { select: { disabledAt: true } } } });
  return !!token && !token.revokedAt && token.expiresAt > new Date() && !token.user.disabledAt;
}
