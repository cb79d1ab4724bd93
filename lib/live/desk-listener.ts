import createSubscriber, { type Subscriber } from "pg-listen";
import { config } from "@/lib/config";
import { log } from "@/lib/log";
import { deskChannel, deskNoticeHeard } from "./desk-events";

/** What a notification says: new desk events to read, a change in who is here, or a person's new notification. */
export type DeskNotice = "event" | "presence" | "notification";
type Listener = (notice: DeskNotice) => void;

/**
 * One LISTEN connection per process (pg-listen: its own connection, outside Prisma's pool,
 * reconnecting by itself), fanned out to the streams of this process by article. Every app
 * instance has its own, so a change on any instance reaches browsers on all of them.
 */
let subscriber: Promise<Subscriber> | null = null;
const noticesFor = (key: string): DeskNotice[] => (key.startsWith("user:") ? ["notification"] : ["event", "presence"]);
const listeners = new Map<string, Set<Listener>>();

function connect(): Promise<Subscriber> {
  subscriber ??= (async () => {
    // The payload is a bare article id (new events), "presence:" and the article id, or
    // "user:" and a person's id (their notifications); not JSON.
    // retryTimeout 0: never give up reconnecting (pg-listen's default stops after 3 s, which left
    // an instance deaf to every change after a longer database restart).
    const created = createSubscriber(
      { connectionString: config().DATABASE_URL },
      { retryLimit: Infinity, retryInterval: 1000, retryTimeout: 0, parse: (payload: string) => payload, serialize: (value: unknown) => String(value) },
    );
    created.events.on("error", (error) => log.warn({ err: error, component: "desk-listener" }, "desk listener error"));
    // Notifications sent while the connection was down are lost: once back, every stream of this
    // process looks for what it missed (streams read events from their last id, so none twice).
    created.events.on("connected", () => {
      deskNoticeHeard();
      for (const [key, set] of listeners) for (const listener of set) for (const notice of noticesFor(key)) listener(notice);
    });
    created.notifications.on(deskChannel, (payload: unknown) => {
      if (typeof payload !== "string") return;
      const notice: DeskNotice = payload.startsWith("presence:") ? "presence" : payload.startsWith("user:") ? "notification" : "event";
      const key = notice === "presence" ? payload.slice("presence:".length) : payload;
      if (notice === "event") deskNoticeHeard();
      for (const listener of listeners.get(key) ?? []) listener(notice);
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

async function listen(key: string, listener: Listener): Promise<() => void> {
  await connect();
  const set = listeners.get(key) ?? new Set<Listener>();
  set.add(listener);
  listeners.set(key, set);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(key);
  };
}

/** Calls `listener` whenever an event of the article commits, or who is here changes, on any instance. Returns the unsubscribe. */
export const onDeskEvent = (articleId: string, listener: Listener) => listen(articleId, listener);

/** Calls `listener` whenever the person gets a notification, on any instance. */
export const onUserNotice = (userId: string, listener: () => void) => listen(`user:${userId}`, () => listener());

/** Closes this process's LISTEN connection (tests, shutdown). */
export async function closeDeskListener() {
  const current = subscriber;
  subscriber = null;
  listeners.clear();
  await (await current?.catch(() => null))?.close();
}
