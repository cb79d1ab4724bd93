import { readPage } from "@/lib/articles/prepare-document";
import type { ReadablePage } from "@/lib/articles/readable-page";
import type { DbTransaction } from "@/lib/db/client";
import { FetchFailed, fetchPage, type FetchedPage } from "@/lib/outbound/fetch-page";

export type CapturedPage = { page: FetchedPage; readable: ReadablePage | null; unreadable: string | null };

const htmlTypes = new Set(["text/html", "application/xhtml+xml"]);

/**
 * Fetches a page safely and, for HTML, reads it as Reader View would (in the worker pool).
 * Writes nothing: the caller stores it (storeSnapshot) once it knows it wants it.
 */
export async function capturePage(url: string): Promise<CapturedPage> {
  const page = await fetchPage(url);
  if (page.status < 200 || page.status >= 300) throw new FetchFailed(`The page answered ${page.status}`);
  if (!htmlTypes.has(page.contentType)) return { page, readable: null, unreadable: null };
  const result = await readPage(page.body.toString("utf8"), page.finalUrl);
  return result.ok ? { page, readable: result, unreadable: null } : { page, readable: null, unreadable: result.message };
}

export function isHtml(captured: CapturedPage): boolean {
  return htmlTypes.has(captured.page.contentType);
}

/** One immutable snapshot row for a captured page. */
export async function storeSnapshot(tx: DbTransaction, { page, readable }: CapturedPage, createdById: string | null) {
  return tx.snapshot.create({
    data: {
      requestedUrl: page.requestedUrl,
      finalUrl: page.finalUrl,
      status: page.status,
      contentType: page.contentType,
      sha256: page.sha256,
      byteSize: page.body.length,
      body: new Uint8Array(page.body),
      title: readable?.title ?? null,
      byline: readable?.byline ?? null,
      siteName: readable?.siteName ?? null,
      publishedAt: readable?.publishedTime ?? null,
      readableHtml: readable?.html ?? null,
      text: readable?.text ?? null,
      createdById,
    },
    select: { id: true, finalUrl: true, capturedAt: true, sha256: true },
  });
}
