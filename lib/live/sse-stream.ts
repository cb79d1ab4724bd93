import type { Actor } from "@/lib/auth/permissions";
import { stillSignedIn } from "./still-signed-in";

/** How often a stream checks that its person is still signed in (the issue asks for 5 s). */
export const sessionCheckMs = 5000;
const keepAliveMs = 15_000;

export type SseSend = (text: string) => void;

/**
 * A Server-Sent Events body for a signed-in person: `start` subscribes (and may send at once)
 * and returns its unsubscribe; the stream keeps the connection alive, and ends with
 * `event: signed-out` within 5 s of the person signing out, being disabled or their token
 * being revoked, or when the client goes.
 */
export function personStream({ actor, signal, retryMs, start }: { actor: Actor; signal: AbortSignal; retryMs: number; start: (send: SseSend) => Promise<() => void> }) {
  const encoder = new TextEncoder();
  let stop = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const send: SseSend = (text) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      send(`retry: ${retryMs}\n\n`);
      const unsubscribe = await start(send);
      const check = setInterval(() => {
        void stillSignedIn(actor)
          .then((ok) => {
            if (ok) return;
            send("event: signed-out\ndata: {}\n\n");
            stop();
          })
          .catch(() => {}); // a database outage is not a sign-out
      }, sessionCheckMs);
      const keepAlive = setInterval(() => send(": keep-alive\n\n"), keepAliveMs);
      stop = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(check);
        clearInterval(keepAlive);
        controller.close();
      };
      signal.addEventListener("abort", () => stop());
    },
    cancel() {
      stop();
    },
  });
}
