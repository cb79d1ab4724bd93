import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db, type DbTransaction } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { deskChannel } from "./desk-events";
import { leaveSchema, presenceSchema } from "./schema";

/** A tab not heard from for this long has left (it says so every 5 s while open). */
export const presenceTtlMs = 20_000;
export const presenceHeartbeatMs = 5_000;

/** Someone with the article open: the claim open in their latest tab, and whether they are editing it. */
export type PresentPerson = { userId: string; name: string; initials: string; claimId: string | null; editing: boolean };

export const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join("");

/** Presence changes ride on the desk's channel, told apart from events by their prefix. */
export const presencePayload = (articleId: string) => `presence:${articleId}`;
const announce = (tx: DbTransaction, articleId: string) => tx.$executeRaw`SELECT pg_notify(${deskChannel}, ${presencePayload(articleId)})`;

function assertPerson(actor: Actor) {
  // Presence is a person's, in a browser: a script with a token is never "here".
  if (actor.token) throw new AppError("forbidden", "API tokens cannot be used here; sign in to the app");
}

/**
 * A tab's heartbeat: where its person is now. Announced to the article's other viewers (on
 * every instance) only when something they see changed, not at every beat. Returns who is here.
 */
export async function markPresent({ actor, articleId, input }: { actor: Actor; articleId: string; input: unknown }): Promise<PresentPerson[]> {
  assertCan(actor, "article.read");
  assertPerson(actor);
  const { tabId, claimId, editing } = parseWith(presenceSchema, input);
  if (!(await db.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true } }))) throw notFound("Article not found");
  await db.$transaction(async (tx) => {
    const previous = await tx.presence.findUnique({ where: { userId_tabId: { userId: actor.id, tabId } } });
    const state = { articleId, claimId, editing, seenAt: new Date() };
    await tx.presence.upsert({ where: { userId_tabId: { userId: actor.id, tabId } }, create: { userId: actor.id, tabId, ...state }, update: state });
    const wasGone = !previous || previous.seenAt.getTime() < Date.now() - presenceTtlMs;
    if (wasGone || previous.articleId !== articleId || previous.claimId !== claimId || previous.editing !== editing) await announce(tx, articleId);
    if (previous && previous.articleId !== articleId) await announce(tx, previous.articleId);
  });
  return whoIsHere(articleId);
}

/** The tab is closing: gone at once for everyone, not 20 s later. */
export async function leave({ actor, articleId, input }: { actor: Actor; articleId: string; input: unknown }): Promise<boolean> {
  assertCan(actor, "article.read");
  assertPerson(actor);
  const { tabId } = parseWith(leaveSchema, input);
  return db.$transaction(async (tx) => {
    const { count } = await tx.presence.deleteMany({ where: { userId: actor.id, tabId, articleId } });
    if (count) await announce(tx, articleId);
    return count > 0;
  });
}

/** Who has the article open now (enabled people only), one entry per person, by their latest tab. */
export async function whoIsHere(articleId: string): Promise<PresentPerson[]> {
  const rows = await db.presence.findMany({
    where: { articleId, seenAt: { gt: new Date(Date.now() - presenceTtlMs) }, user: { disabledAt: null } },
    orderBy: { seenAt: "desc" },
    select: { userId: true, claimId: true, editing: true, user: { select: { name: true } } },
  });
  const people = new Map<string, PresentPerson>();
  for (const row of rows) {
    const known = people.get(row.userId);
    if (!known) people.set(row.userId, { userId: row.userId, name: row.user.name, initials: initialsOf(row.user.name), claimId: row.claimId, editing: row.editing });
    else if (row.editing && !known.editing) people.set(row.userId, { ...known, claimId: row.claimId, editing: true });
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The queue's daily cron: rows of tabs long closed. */
export async function prunePresence(olderThanMs = 86_400_000): Promise<number> {
  const { count } = await db.presence.deleteMany({ where: { seenAt: { lt: new Date(Date.now() - olderThanMs) } } });
  return count;
}
