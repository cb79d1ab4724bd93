/**
 * Worker-thread entry (piscina): converts and sanitizes one article off the request path.
 * Returns errors as data, since an AppError does not survive the trip between threads.
 */
import { AppError } from "@/lib/errors";
import { documentFromHtml, type PreparedDocument } from "./document-from-html";
import { contentToHtml, type ImportFormat } from "./import-content";
import { readablePage, type ReadableResult } from "./readable-page";
import { hintSentences, type SentenceHint } from "@/lib/claim-hints/hint-sentences";

export type DocumentTask = { format: ImportFormat; content: string | Uint8Array };
export type DocumentTaskResult = ({ ok: true } & PreparedDocument) | { ok: false; code: AppError["code"]; message: string; fields?: Record<string, string> };

export default async function prepare({ format, content }: DocumentTask): Promise<DocumentTaskResult> {
  try {
    const html = await contentToHtml(format, typeof content === "string" ? content : Buffer.from(content));
    return { ok: true, ...documentFromHtml(html) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code, message: error.message, fields: error.fields };
    throw error;
  }
}

/** The second task of the pool (`run(task, { name: "readable" })`): a fetched page, read as Reader View would. */
export function readable({ html, url }: { html: string; url: string }): ReadableResult {
  return readablePage(html, url);
}

/** The third task (`{ name: "hints" }`): check-worthiness hints for a revision's text. */
export function hints({ text }: { text: string }): SentenceHint[] {
  return hintSentences(text);
}
