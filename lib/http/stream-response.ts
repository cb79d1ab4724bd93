import { log } from "@/lib/log";

/**
 * A response streamed from chunks of text or bytes, pulled only as fast as the client reads. A failure
 * after the first byte can only end the stream (the status is already sent), so it is logged;
 * a client that hangs up stops the producer.
 */
export function streamResponse(chunks: AsyncIterator<string | Uint8Array>, headers: Record<string, string>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(typeof value === "string" ? encoder.encode(value) : value);
      } catch (error) {
        log.error({ err: error, event: "stream_failed" }, "streamed response failed");
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return?.(undefined);
    },
  });
  return new Response(body, { headers });
}
