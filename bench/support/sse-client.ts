/**
 * A minimal Server-Sent Events reader for benchmarks: calls `onEvent` with each event's id the
 * moment its block arrives (performance.now()), and resolves `ready` on the first bytes.
 */
export function openSse(url: string, cookie: string, onEvent: (id: string, at: number) => void) {
  const controller = new AbortController();
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const done = (async () => {
    const response = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal: controller.signal });
    if (response.status !== 200) throw new Error(`Stream answered ${response.status}`);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done: ended } = await reader.read();
      if (ended) return;
      markReady();
      const at = performance.now();
      buffer += decoder.decode(value, { stream: true });
      const blocks = buffer.split("\n\n");
      buffer = blocks.pop()!;
      for (const block of blocks) {
        const id = /^id: (\d+)$/m.exec(block)?.[1];
        if (id) onEvent(id, at);
      }
    }
  })().catch((error: unknown) => {
    if (!controller.signal.aborted) throw error;
  });
  return { ready, done, close: () => controller.abort() };
}
