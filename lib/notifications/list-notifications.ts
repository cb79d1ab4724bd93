import { z } from "zod";
import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db, queryRows } from "@/lib/db/client";
import type { NotificationKind } from "@/lib/db/generated/enums";
import { parseWith } from "@/lib/validation";

export type NotificationDto = {
  id: string;
  kind: NotificationKind;
  unread: boolean;
  actorName: string | null;
  createdAt: string;
  claim: { id: string; statement: string; article: { slug: string; title: string } };
};

/** The person's notifications, newest first (the latest 100), with how many are unread. */
export async function listNotifications({ actor }: { actor: Actor }): Promise<{ unread: number; notifications: NotificationDto[] }> {
  assertCan(actor, "article.read");
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId: actor.id },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: { id: true, kind: true, readAt: true, actorName: true, createdAt: true, claim: { select: { id: true, statement: true, article: { select: { slug: true, title: true } } } } },
    }),
    countUnread({ actor }),
  ]);
  return { unread, notifications: rows.map(({ readAt, createdAt, ...row }) => ({ ...row, unread: readAt === null, createdAt: createdAt.toISOString() })) };
}

/** Through pg: every page's header shows it. */
export async function countUnread({ actor }: { actor: Actor }): Promise<number> {
  const [{ count }] = await queryRows<{ count: number }>({ text: `SELECT count(*)::int AS "count" FROM "Notification" WHERE "userId" = $1 AND "readAt" IS NULL`, values: [actor.id] });
  return count;
}

export const markReadSchema = z.object({ ids: z.array(z.string().min(1).max(100), { error: "ids must be a list of notification ids" }).max(500).optional() }).strict();

/** Marks the person's notifications read: the ones named, or all. Returns how many changed. */
export async function markNotificationsRead({ actor, input }: { actor: Actor; input: unknown }): Promise<number> {
  assertCan(actor, "article.read");
  const { ids } = parseWith(markReadSchema, input);
  const { count } = await db.notification.updateMany({ where: { userId: actor.id, readAt: null, ...(ids ? { id: { in: ids } } : {}) }, data: { readAt: new Date() } });
  return count;
}
