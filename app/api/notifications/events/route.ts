import { authedRoute } from "@/lib/http/route";
import { openNotificationStream } from "@/lib/notifications/notification-stream";

/** The bell's live unread count, as Server-Sent Events. */
export const GET = authedRoute(async ({ req, actor }) => {
  const stream = await openNotificationStream({ actor, signal: req.signal });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no" } });
});
