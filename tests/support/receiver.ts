import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type Received = { headers: IncomingHttpHeaders; body: string; path: string };

/**
 * A webhook receiver on loopback: answers each request with the next status of `script`
 * (the last one repeats), a redirect, 200 after a delay, or never ("hang"). Records what it got.
 */
export async function startReceiver(script: (number | "hang" | { redirect: string } | { okAfterMs: number })[] = [200]) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), path: req.url ?? "" });
      const step = script[Math.min(received.length - 1, script.length - 1)];
      if (step === "hang") return;
      if (typeof step === "object" && "okAfterMs" in step) {
        setTimeout(() => res.writeHead(200).end("ok"), step.okAfterMs);
        return;
      }
      if (typeof step === "object") {
        res.writeHead(302, { Location: step.redirect }).end();
        return;
      }
      res.writeHead(step, { "Content-Type": "text/plain" }).end(step < 300 ? "ok" : "no");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // a "hang" request would hold close() forever
      }),
  };
}
