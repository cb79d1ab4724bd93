import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db, type DbTransaction } from "@/lib/db/client";

export const deskChannel = "desk_events";

export type DeskEventKind = "claim.created" | "claim.changed" | "claim.status" | "claim.sources" | "claim.comment" | "claim.deleted" | "claim.restored" | "claim.blind" | "article.revised" | "article.hints";

/**
 * Records that something changed on an article, in the transaction of the change, and
 * announces it with NOTIFY, which PostgreSQL delivers only when that transaction commits: a
 * rolled-back change is never pushed. The event names what changed, never its content;
 * browsers fetch that through the routes that check what they may read.
 */
export async function recordDeskEvent(tx: DbTransaction, event: { articleId: string; claimId?: string | null; kind: DeskEventKind; actor: Pick<Actor, "id" | "name"> | null }) {
  await tx.deskEvent.create({ data: { articleId: event.articleId, claimId: event.claimId ?? null, kind: event.kind, actorId: event.actor?.id ?? null, actorName: event.actor?.name ?? null } });
  await tx.$executeRaw`SELECT pg_notify(${deskChannel}, ${event.articleId})`;
}

export type DeskEventDto = { id: string; articleId: string; claimId: string | null; kind: string; actorId: string | null; actorName: string | null; createdAt: string };

/**
 * Reads under way in this process, by article, starting point and limit: the streams of one
 * article are told of an event at the same moment and mostly stand at the same id, so they
 * share one query instead of sending one each (the rows are the same for every reader).
 */
const reading = new Map<string, Promise<DeskEventDto[]>>();

/** An article's events after `after` (an event id), oldest first: what a reconnecting browser missed. */
export async function deskEventsAfter({ actor, articleId, after, limit = 500 }: { actor: Actor; articleId: string; after: bigint; limit?: number }): Promise<DeskEventDto[]> {
  assertCan(actor, "article.read");
  const key = `${articleId} ${after} ${limit}`;
  let rows = reading.get(key);
  if (!rows) {
    rows = db.deskEvent
      .findMany({ where: { articleId, id: { gt: after } }, orderBy: { id: "asc" }, take: limit })
      .then((found) => found.map((row) => ({ ...row, id: row.id.toString(), createdAt: row.createdAt.toISOString() })))
      .finally(() => reading.delete(key));
    reading.set(key, rows);
  }
  return rows;
}

/** The newest event id of an article (0 when none): where a new stream starts. */
export async function latestDeskEventId(articleId: string): Promise<bigint> {
  const latest = await db.deskEvent.findFirst({ where: { articleId }, orderBy: { id: "desc" }, select: { id: true } });
  return latest?.id ?? BigInt(0);
}

/** The queue's daily cron: events older than a week are no use to a reconnecting browser. */
export async function pruneDeskEvents(olderThanDays = 7): Promise<number> {
  const { count } = await db.deskEvent.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - olderThanDays * 86_400_000) } } });
  return count;
}

/** recordDeskEvent for a change to one claim, whose article it looks up. */
export async function recordClaimEvent(tx: DbTransaction, claimId: string, kind: DeskEventKind, actor: Pick<Actor, "id" | "name"> | null) {
  const { articleId } = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { articleId: true } });
  await recordDeskEvent(tx, { articleId, claimId, kind, actor });
}
