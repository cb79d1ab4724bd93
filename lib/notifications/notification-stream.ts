import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { onUserNotice } from "@/lib/live/desk-listener";
import { sessionCheckMs } from "@/lib/live/desk-stream";
import { stillSignedIn } from "@/lib/live/still-signed-in";
import { countUnread } from "./list-notifications";

/**
 * The bell's live count, as Server-Sent Events: `event: unread` with the number now, and again
 * whenever a notification for this person commits on any instance. Closes within 5 s of the
 * person signing out or being disabled.
 */
export async function openNotificationStream({ actor, signal }: { actor: Actor; signal: AbortSignal }) {
  assertCan(actor, "article.read");
  const encoder = new TextEncoder();
  let stop = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const sendCount = () =>
        void countUnread({ actor })
          .then((count) => send(`event: unread\ndata: ${JSON.stringify({ count })}\n\n`))
          .catch(() => {}); // the next notice catches up
      const unsubscribe = await onUserNotice(actor.id, sendCount);
      const check = setInterval(() => {
        void stillSignedIn(actor)
          .then((ok) => {
            if (ok) return;
            send("event: signed-out\ndata: {}\n\n");
            stop();
          })
          .catch(() => {});
      }, sessionCheckMs);
      const keepAlive = setInterval(() => send(": keep-alive\n\n"), 15_000);
      stop = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(check);
        clearInterval(keepAlive);
        controller.close();
      };
      signal.addEventListener("abort", () => stop());
      send("retry: 5000\n\n");
      sendCount();
    },
    cancel() {
      stop();
    },
  });
}
