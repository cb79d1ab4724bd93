import { db, type DbTransaction } from "@/lib/db/client";
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
  const session = await db.authSession.findUnique({
    where: { id: sessionId },
    select: {
      revokedAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
    },
  });
  if (!session || session.revokedAt || session.expiresAt <= new Date() || session.user.disabledAt) return null;
  const { id, email, name, role } = session.user;
  return { id, email, name, role };
}

export async function revokeSession(sessionId: string): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

export async function revokeAllSessions(tx: DbTransaction, userId: string): Promise<void> {
  await tx.authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}
