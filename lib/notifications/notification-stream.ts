import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { onUserNotice } from "@/lib/live/desk-listener";
import { personStream } from "@/lib/live/sse-stream";
import { countUnread } from "./list-notifications";

/**
 * The bell's live count, as Server-Sent Events: `event: unread` with the number now, and again
 * whenever a notification for this person commits on any instance. Closes within 5 s of the
 * person signing out or being disabled.
 */
export async function openNotificationStream({ actor, signal }: { actor: Actor; signal: AbortSignal }) {
  assertCan(actor, "article.read");
  return personStream({
    actor,
    signal,
    retryMs: 5000,
    async start(send) {
      const sendCount = () =>
        void countUnread({ actor })
          .then((count) => send(`event: unread\ndata: ${JSON.stringify({ count })}\n\n`))
          .catch(() => {}); // the next notice catches up
      const unsubscribe = await onUserNotice(actor.id, sendCount);
      sendCount();
      return unsubscribe;
    },
  });
}
