import { authedRoute } from "@/lib/http/route";
import { openDeskStream } from "@/lib/live/desk-stream";

/** Live updates for one article, as Server-Sent Events (?after=<event id> to start from; reconnects send Last-Event-ID). */
export const GET = authedRoute<{ id: string }>(async ({ req, actor, params }) => {
  const stream = await openDeskStream({
    actor,
    articleId: params.id,
    lastEventId: req.headers.get("last-event-id"),
    query: Object.fromEntries(new URL(req.url).searchParams),
    signal: req.signal,
  });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no" } });
});
