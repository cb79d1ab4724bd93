import { z } from "zod";
import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { FetchFailed } from "@/lib/outbound/fetch-page";
import { capturePage, isHtml, storeSnapshot } from "@/lib/snapshots/capture-page";
import { parseWith } from "@/lib/validation";
import { httpUrlSchema } from "./schema";

export const fetchArticleSchema = z.object({ url: httpUrlSchema }).strict();

/** A date as a browser's date field wants it, from whatever the page's metadata said. */
function dayOf(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1000 || date.getUTCFullYear() > 9999 ? null : date.toISOString().slice(0, 10);
}

/**
 * Step one of an import by URL: fetch the page safely, read it as Reader View would, keep the
 * snapshot and hand back the details found, for the person to correct before importing. A
 * page that cannot be fetched or read gets a sentence saying why, and nothing is written.
 */
export async function fetchArticlePage({ actor, input }: { actor: Actor; input: unknown }) {
  assertCan(actor, "article.create");
  const { url } = parseWith(fetchArticleSchema, input);
  let captured;
  try {
    captured = await capturePage(url);
  } catch (error) {
    if (error instanceof FetchFailed) throw invalid({ url: error.message }, error.message);
    throw error;
  }
  if (!isHtml(captured)) throw invalid({ url: `This address is not a web page (${captured.page.contentType}). Paste the article's text instead.` });
  const readable = captured.readable;
  if (!readable) throw invalid({ url: captured.unreadable ?? "We could not read this page" });
  const snapshot = await db.$transaction((tx) => storeSnapshot(tx, captured, actor.id));
  return {
    snapshotId: snapshot.id,
    finalUrl: snapshot.finalUrl,
    capturedAt: snapshot.capturedAt.toISOString(),
    sha256: snapshot.sha256,
    title: readable.title,
    outlet: readable.siteName ?? new URL(snapshot.finalUrl).hostname.replace(/^www\./, ""),
    author: readable.byline?.replace(/^by\s+/i, "") || null,
    publishedAt: dayOf(readable.publishedTime),
    words: readable.text.split(/\s+/).filter(Boolean).length,
    excerpt: readable.text.slice(0, 280),
  };
}
export type FetchedArticleDto = Awaited<ReturnType<typeof fetchArticlePage>>;
