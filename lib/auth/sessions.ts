import { db, queryRows, type DbTransaction } from "@/lib/db/client";
import type { Actor } from "./permissions";

export const sessionMaxAgeSeconds = 8 * 60 * 60; // one working shift

export async function createAuthSession(userId: string): Promise<string> {
  const session = await db.authSession.create({
    data: { userId, expiresAt: new Date(Date.now() + sessionMaxAgeSeconds * 1000) },
    select: { id: true },
  });
  return session.id;
}

/**
 * The actor behind a session id, or null when the session was revoked, expired, or its user
 * was disabled. Checked on every request, so logouts and disabling take effect at once.
 */
export async function findSessionActor(sessionId: string): Promise<Actor | null> {
  // One statement straight through pg (queryRows): it runs on every request.
  const [actor] = await queryRows<Actor>({
    text: `SELECT u."id", u."email", u."name", u."role"::text AS "role"
           FROM "AuthSession" s JOIN "User" u ON u."id" = s."userId"
           WHERE s."id" = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > now() AND u."disabledAt" IS NULL`,
    values: [sessionId],
  });
  return actor ?? null;
}

export async function revokeSession(sessionId: string): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

export async function revokeAllSessions(tx: DbTransaction, userId: string): Promise<void> {
  await tx.authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}
