/**
 * The production HTTP server: Next.js's request handler behind Node's own http server, so
 * the app knows who is on the other end of each connection. It writes the peer address into
 * one header (overwriting any copy a client sent); X-Forwarded-For stays a client's word
 * unless TRUST_PROXY says which entries our proxies wrote (lib/http/client-ip.ts).
 */
import { createServer } from "node:http";
import next from "next";
import { config, ConfigError } from "../lib/config";
import { peerAddressHeader } from "../lib/http/client-ip";

const port = Number(process.env.PORT ?? 3000);
const dev = process.argv.includes("--dev");

// A bad setting stops the server here, with a sentence naming it, before anyone is served.
try {
  config();
} catch (error) {
  console.error(`✖ ${error instanceof ConfigError ? error.message : String(error)}`);
  process.exit(1);
}

const app = next({ dev, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

/** Next.js drops these query keys before the app sees the query; an API refuses them like any unknown key. */
const prototypeKey = /[?&](?:__proto__|constructor|prototype)(?:[=&[]|$)/i;

createServer((req, res) => {
  req.headers[peerAddressHeader] = req.socket.remoteAddress ?? "unknown";
  if (req.url?.startsWith("/api/") && prototypeKey.test(req.url)) {
    res.writeHead(422, { "Content-Type": "application/json", "Cache-Control": "no-store" });
    res.end(JSON.stringify({ error: { code: "validation", message: "Unknown parameter", fields: { _: "Unknown parameter" } } }));
    return;
  }
  void handle(req, res);
}).listen(port, () => {
  console.log(`▲ Factcheck on http://localhost:${port}${dev ? " (development)" : ""}`);
});
