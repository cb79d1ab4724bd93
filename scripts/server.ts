/**
 * The production HTTP server: Next.js's request handler behind Node's own http server, so
 * the app knows who is on the other end of each connection. It writes the peer address into
 * one header (overwriting any copy a client sent); X-Forwarded-For stays a client's word
 * unless TRUST_PROXY says which entries our proxies wrote (lib/http/client-ip.ts).
 */
import { createServer } from "node:http";
import next from "next";
import { peerAddressHeader } from "../lib/http/client-ip";

const port = Number(process.env.PORT ?? 3000);
const dev = process.argv.includes("--dev");

const app = next({ dev, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  req.headers[peerAddressHeader] = req.socket.remoteAddress ?? "unknown";
  void handle(req, res);
}).listen(port, () => {
  console.log(`▲ Factcheck on http://localhost:${port}${dev ? " (development)" : ""}`);
});
