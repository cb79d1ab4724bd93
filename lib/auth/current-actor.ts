import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { config } from "@/lib/config";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { sessionCookieName } from "./options";
import { can, type Actor, type Permission } from "./permissions";
import { findSessionActor } from "./sessions";

/** next-auth splits a large token into `name.0`, `name.1`, …; ours is small, but read both forms. */
function sessionToken(jar: Awaited<ReturnType<typeof cookies>>): string | undefined {
  const whole = jar.get(sessionCookieName)?.value;
  if (whole) return whole;
  const chunks = jar.getAll().filter((c) => c.name.startsWith(`${sessionCookieName}.`));
  chunks.sort((a, b) => Number(a.name.split(".").at(-1)) - Number(b.name.split(".").at(-1)));
  return chunks.length ? chunks.map((c) => c.value).join("") : undefined;
}

/**
 * The signed-in person for this request: the session cookie decoded once (signature and
 * expiry checked by next-auth's own decoder), then one indexed lookup of the session row, so a
 * revoked session, a disabled user or a copied cookie of either is refused at once.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const raw = sessionToken(await cookies());
  const secret = config().NEXTAUTH_SECRET;
  if (!raw || !secret) return null;
  const sessionId = await sessionIdOf(raw, secret);
  if (!sessionId) return null;
  const actor = await findSessionActor(sessionId);
  return actor && { ...actor, sessionId };
});

/**
 * Cookies this process decrypted lately, with the session id inside and when the cookie
 * expires. Decrypting is a tenth of a signed-in request's time, and a browser sends the same
 * cookie with every request; the session row is still read every time, so a revoked session
 * is refused at once. Only a cache: another instance simply decrypts the cookie itself.
 */
const decrypted = new Map<string, { sessionId: string; expiresAt: number }>();
const decryptedLimit = 2000;

async function sessionIdOf(raw: string, secret: string): Promise<string | null> {
  const known = decrypted.get(raw);
  if (known && known.expiresAt > Date.now()) return known.sessionId;
  const token = await decode({ token: raw, secret }).catch(() => null);
  if (typeof token?.sid !== "string" || typeof token.exp !== "number") return null;
  // Oldest first out: a Map iterates in insertion order.
  if (decrypted.size >= decryptedLimit) decrypted.delete(decrypted.keys().next().value!);
  decrypted.set(raw, { sessionId: token.sid, expiresAt: token.exp * 1000 });
  return token.sid;
}

/**
 * getActor for pages and layouts. It is their first database call, so an outage shows up
 * here: the person is sent to the 503 page (a page cannot answer 503 itself), which retries.
 */
export async function getPageActor(returnTo = "/"): Promise<Actor | null> {
  try {
    return await getActor();
  } catch (error) {
    if (isDatabaseUnavailable(error)) redirect(`/unavailable?from=${encodeURIComponent(returnTo)}`);
    throw error;
  }
}

/** For pages: sends visitors to the login page and renders 403 when the role lacks the permission. */
export async function requirePageActor(permission?: Permission, returnTo?: string): Promise<Actor> {
  const actor = await getPageActor(returnTo);
  if (!actor) redirect(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : "/login");
  if (permission && !can(actor, permission)) forbidden();
  return actor;
}
