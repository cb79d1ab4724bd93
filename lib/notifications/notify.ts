import type { Actor } from "@/lib/auth/permissions";
import type { DbTransaction } from "@/lib/db/client";
import type { NotificationKind } from "@/lib/db/generated/enums";
import { deskChannel } from "@/lib/live/desk-events";

/**
 * Notifies people of a change to a claim, in the change's transaction: a row each (never for
 * the person who made the change), and a NOTIFY each that PostgreSQL delivers at commit, so
 * their bell counts up on whichever instance they are on.
 */
export async function notify(tx: DbTransaction, { userIds, kind, claimId, actor }: { userIds: (string | null | undefined)[]; kind: NotificationKind; claimId: string; actor: Pick<Actor, "id" | "name"> | null }) {
  const recipients = [...new Set(userIds.filter((id): id is string => !!id && id !== actor?.id))];
  if (!recipients.length) return;
  await tx.notification.createMany({ data: recipients.map((userId) => ({ userId, kind, claimId, actorName: actor?.name ?? null })) });
  for (const userId of recipients) await tx.$executeRaw`SELECT pg_notify(${deskChannel}, ${`user:${userId}`})`;
}
