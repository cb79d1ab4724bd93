import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { deskEventsAfter, latestDeskEventId } from "./desk-events";
import { onDeskEvent } from "./desk-listener";
import { deskStreamQuerySchema } from "./schema";
import { personStream } from "./sse-stream";

/**
 * Server-Sent Events for one article: every event after `Last-Event-ID` (so a browser that
 * reconnects misses nothing, in order), then each new one as it commits on any instance.
 * Opened only by those who may read the article; closed within 5 s of their signing out,
 * being disabled or their token being revoked.
 */
export async function openDeskStream({ actor, articleId, lastEventId, query, signal }: { actor: Actor; articleId: string; lastEventId: string | null; query: unknown; signal: AbortSignal }) {
  assertCan(actor, "article.read");
  const { after } = parseWith(deskStreamQuerySchema, query);
  const article = await db.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true } });
  if (!article) throw notFound("Article not found");
  // A reconnecting browser's Last-Event-ID, else the page's own point (?after=), else from now on.
  const resumeFrom = lastEventId && /^\d{1,18}$/.test(lastEventId) ? lastEventId : after;
  let last = resumeFrom ? BigInt(resumeFrom) : await latestDeskEventId(articleId);
  return personStream({
    actor,
    signal,
    retryMs: 2000,
    async start(send) {
      // One flush at a time, so events go out once and in order however fast notifications come.
      let queue = Promise.resolve();
      const flush = () => {
        queue = queue
          .then(async () => {
            for (const event of await deskEventsAfter({ actor, articleId, after: last })) {
              send(`id: ${event.id}\nevent: desk\ndata: ${JSON.stringify(event)}\n\n`);
              last = BigInt(event.id);
            }
          })
          .catch(() => {}); // the next notification or reconnect catches up
      };
      // Presence is not an event to replay: the browser asks who is here when told (event: presence).
      const unsubscribe = await onDeskEvent(articleId, (notice) => (notice === "presence" ? send("event: presence\ndata: {}\n\n") : flush()));
      flush();
      return unsubscribe;
    },
  });
}
