import { createHash } from "node:crypto";
import { config } from "@/lib/config";
import { OutboundRefused, safeRequest } from "./safe-request";

export const maxPageBytes = 5 * 1024 * 1024;
const maxRedirects = 5;

/** Why a page could not be fetched, in words for the person who asked. */
export class FetchFailed extends Error {}

export type FetchedPage = {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  contentType: string;
  body: Buffer;
  sha256: string;
};

/**
 * GET a page a person named (an article to import, a source to archive): redirects followed by
 * hand, at most five, each target checked again (http(s), public address); a timeout; at most
 * 5 MB. Anything else is a FetchFailed with a sentence saying what went wrong.
 */
export async function fetchPage(url: string, { timeoutMs = config().FETCH_TIMEOUT_MS, allowPrivate = config().FETCH_ALLOW_PRIVATE } = {}): Promise<FetchedPage> {
  const seen = new Set<string>();
  let current = url;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    seen.add(current);
    let response;
    try {
      response = await safeRequest(current, {
        headers: { "User-Agent": "Factcheck-Archiver/1 (+https://github.com/factcheck)", Accept: "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5" },
        timeoutMs,
        maxBytes: maxPageBytes,
        allowPrivate,
      });
    } catch (error) {
      if (error instanceof OutboundRefused) throw new FetchFailed(`Refused: ${error.message}`);
      throw new FetchFailed(`Could not fetch ${new URL(current).host}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (response.status >= 300 && response.status < 400 && response.headers.location) {
      const next = new URL(response.headers.location, current).href;
      if (seen.has(next)) throw new FetchFailed("The page redirects in a loop");
      current = next;
      continue;
    }
    if (response.truncated) throw new FetchFailed("The page is larger than 5 MB");
    return {
      requestedUrl: url,
      finalUrl: current,
      status: response.status,
      contentType: (response.headers["content-type"] ?? "application/octet-stream").split(";")[0].trim().toLowerCase(),
      body: response.body,
      sha256: createHash("sha256").update(response.body).digest("hex"),
    };
  }
  throw new FetchFailed(`More than ${maxRedirects} redirects`);
}
