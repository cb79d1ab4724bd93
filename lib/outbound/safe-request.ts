/**
 * Outbound HTTP for addresses people typed (webhook receivers; later, pages to archive):
 * http(s) only, every resolved address checked before connecting (and the connection made to
 * that very address, so DNS cannot change its answer in between), no redirects followed, a
 * timeout, and at most `maxBytes` of the answer read.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

export class OutboundRefused extends Error {}

/** Loopback, private, link-local, unique-local, CGNAT, multicast, reserved…: anything but public unicast. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address); // IPv4-mapped IPv6 is judged as the IPv4 it maps
  return parsed.range() === "unicast";
}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as unknown as LookupAddress[];
      const refused = list.find((entry) => !allowPrivate && !isPublicAddress(entry.address));
      if (refused || list.length === 0) {
        return callback(new OutboundRefused(`${hostname} resolves to ${refused?.address ?? "nothing"}, which is not a public address`), "", 0);
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

export type SafeResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; truncated: boolean };

export function safeRequest(
  target: string,
  { method = "GET", headers = {}, body, timeoutMs = 10_000, maxBytes = 64 * 1024, allowPrivate = false }: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number; maxBytes?: number; allowPrivate?: boolean },
): Promise<SafeResponse> {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return Promise.reject(new OutboundRefused("Not a URL"));
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return Promise.reject(new OutboundRefused("Only http and https addresses are allowed"));
  // A literal IP skips DNS: judge it here.
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  if (ipaddr.isValid(literal) && !allowPrivate && !isPublicAddress(literal)) return Promise.reject(new OutboundRefused(`${literal} is not a public address`));

  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      { method, headers: { ...headers, ...(body !== undefined ? { "Content-Length": String(Buffer.byteLength(body)) } : {}) }, lookup: guardedLookup(allowPrivate), timeout: timeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let truncated = false;
        response.on("data", (chunk: Buffer) => {
          if (truncated) return;
          size += chunk.length;
          if (size > maxBytes) {
            truncated = true;
            chunks.push(chunk.subarray(0, maxBytes - (size - chunk.length)));
            response.destroy();
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks), truncated });
            return;
          }
          chunks.push(chunk);
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks), truncated }));
        response.on("error", reject);
      },
    );
    // The whole exchange, not just idle time: a receiver that trickles bytes is cut off too.
    const deadline = setTimeout(() => request.destroy(new Error(`No answer within ${timeoutMs} ms`)), timeoutMs);
    request.on("close", () => clearTimeout(deadline));
    request.on("timeout", () => request.destroy(new Error(`No answer within ${timeoutMs} ms`)));
    request.on("error", reject);
    request.end(body);
  });
}
