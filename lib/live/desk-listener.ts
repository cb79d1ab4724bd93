import createSubscriber, { type Subscriber } from "pg-listen";
import { config } from "@/lib/config";
import { log } from "@/lib/log";
import { deskChannel } from "./desk-events";

/** What a notification says: new desk events to read, or a change in who is here. */
export type DeskNotice = "event" | "presence";
type Listener = (notice: DeskNotice) => void;

/**
 * One LISTEN connection per process (pg-listen: its own connection, outside Prisma's pool,
 * reconnecting by itself), fanned out to the streams of this process by article. Every app
 * instance has its own, so a change on any instance reaches browsers on all of them.
 */
let subscriber: Promise<Subscriber> | null = null;
const listeners = new Map<string, Set<Listener>>();

function connect(): Promise<Subscriber> {
  subscriber ??= (async () => {
    // The payload is a bare article id (new events), or "presence:" and the id; not JSON.
    const created = createSubscriber({ connectionString: config().DATABASE_URL }, { retryLimit: Infinity, retryInterval: 1000, parse: (payload: string) => payload, serialize: (value: unknown) => String(value) });
    created.events.on("error", (error) => log.warn({ err: error, component: "desk-listener" }, "desk listener error"));
    created.notifications.on(deskChannel, (payload: unknown) => {
      if (typeof payload !== "string") return;
      const notice: DeskNotice = payload.startsWith("presence:") ? "presence" : "event";
      const articleId = notice === "presence" ? payload.slice("presence:".length) : payload;
      for (const listener of listeners.get(articleId) ?? []) listener(notice);
    });
    await created.connect();
    await created.listenTo(deskChannel);
    return created;
  })().catch((error) => {
    subscriber = null;
    throw error;
  });
  return subscriber;
}

/** Calls `listener` whenever an event of the article commits, or who is here changes, on any instance. Returns the unsubscribe. */
export async function onDeskEvent(articleId: string, listener: Listener): Promise<() => void> {
  await connect();
  const set = listeners.get(articleId) ?? new Set<Listener>();
  set.add(listener);
  listeners.set(articleId, set);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(articleId);
  };
}

/** Closes this process's LISTEN connection (tests, shutdown). */
export async function closeDeskListener() {
  const current = subscriber;
  subscriber = null;
  listeners.clear();
  await (await current?.catch(() => null))?.close();
}
