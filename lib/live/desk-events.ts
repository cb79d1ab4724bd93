import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db, queryRows, type DbTransaction } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

export const deskChannel = "desk_events";

export type DeskEventKind = "claim.created" | "claim.changed" | "claim.status" | "claim.sources" | "claim.comment" | "claim.deleted" | "claim.restored" | "claim.blind" | "article.revised" | "article.hints";

type DeskEvent = { articleId: string; claimId?: string | null; kind: DeskEventKind; actor: Pick<Actor, "id" | "name"> | null };

/**
 * Records that something changed on an article, in the transaction of the change, and
 * announces it with NOTIFY, which PostgreSQL delivers only when that transaction commits: a
 * rolled-back change is never pushed. The event names what changed, never its content;
 * browsers fetch that through the routes that check what they may read. One statement: the
 * row and its NOTIFY (every change on the desk pays for this round trip).
 */
export async function recordDeskEvent(tx: DbTransaction, event: DeskEvent) {
  await tx.$queryRaw(Prisma.sql`WITH ${deskEventRow(event)} SELECT ${deskEventNotice}`);
}

/**
 * The same inside a statement of the change's own (a new claim is one statement):
 * `WITH …, ${deskEventRow(event)} SELECT …, ${deskEventNotice} FROM …`. The row is a CTE named
 * desk_event; the notice is an expression, and is sent only if the statement selects it.
 */
export function deskEventRow(event: DeskEvent): Prisma.Sql {
  return Prisma.sql`desk_event AS (
    INSERT INTO "DeskEvent" ("articleId", "claimId", "kind", "actorId", "actorName")
    VALUES (${event.articleId}, ${event.claimId ?? null}, ${event.kind}, ${event.actor?.id ?? null}, ${event.actor?.name ?? null})
    RETURNING "articleId")`;
}
export const deskEventNotice = Prisma.sql`(SELECT pg_notify(${deskChannel}, "articleId")::text FROM desk_event)`;

export type DeskEventDto = { id: string; articleId: string; claimId: string | null; kind: string; actorId: string | null; actorName: string | null; createdAt: string };

/**
 * Reads under way in this process, by article, starting point, limit and the notices heard so
 * far: the streams of one article are told of an event at the same moment and mostly stand at
 * the same id, so they share one query instead of sending one each (the rows are the same for
 * every reader). A read begun before a notice may have missed the event it announces, so a
 * stream told of it never shares that read: it starts one of its own.
 */
const reading = new Map<string, Promise<DeskEventDto[]>>();
let noticesHeard = 0;

/** Called by the listener for every notice of new events (and on reconnecting), before any stream is told. */
export function deskNoticeHeard() {
  noticesHeard++;
}

/**
 * An article's events after `after` (an event id), oldest first: what a reconnecting browser
 * missed. Readers asking the same at the same moment get the same promise.
 */
export function deskEventsAfter({ actor, articleId, after, limit = 500 }: { actor: Actor; articleId: string; after: bigint; limit?: number }): Promise<DeskEventDto[]> {
  assertCan(actor, "article.read");
  const key = `${articleId} ${after} ${limit} ${noticesHeard}`;
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
  const [latest] = await queryRows<{ id: string }>({ text: `SELECT COALESCE(max("id"), 0)::text AS "id" FROM "DeskEvent" WHERE "articleId" = $1`, values: [articleId] });
  return BigInt(latest.id);
}

/** The queue's daily cron: events older than a week are no use to a reconnecting browser. */
export async function pruneDeskEvents(olderThanDays = 7): Promise<number> {
  const { count } = await db.deskEvent.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - olderThanDays * 86_400_000) } } });
  return count;
}

/** recordDeskEvent for a change to one claim, whose article it looks up in the same statement. */
export async function recordClaimEvent(tx: DbTransaction, claimId: string, kind: DeskEventKind, actor: Pick<Actor, "id" | "name"> | null) {
  const announced = await tx.$queryRaw<unknown[]>`
    WITH event AS (
      INSERT INTO "DeskEvent" ("articleId", "claimId", "kind", "actorId", "actorName")
      SELECT "articleId", "id", ${kind}, ${actor?.id ?? null}, ${actor?.name ?? null} FROM "Claim" WHERE "id" = ${claimId}
      RETURNING "articleId")
    SELECT pg_notify(${deskChannel}, "articleId")::text FROM event`;
  if (announced.length === 0) throw new Error(`No claim ${claimId} to record a desk event for`);
}
