import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import Piscina from "piscina";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { PreparedDocument } from "./document-from-html";
import type { DocumentTask, DocumentTaskResult } from "./document-worker";
import type { ReadableResult } from "./readable-page";
import type { SentenceHint } from "@/lib/claim-hints/hint-sentences";
import { maxArticleBytes } from "./schema";

/** How long one article may take to convert and sanitize before the person is told so. */
export const documentTimeoutMs = 15_000;

type PoolTask = DocumentTask | { html: string; url: string } | { text: string };
type PoolResult = DocumentTaskResult | ReadableResult | SentenceHint[];
let pool: Piscina<PoolTask, PoolResult> | undefined;

/**
 * The worker compiled to one ES module: the standalone output carries it beside the server
 * (scripts/build-standalone.ts), and a server started from the checkout is handed one made at
 * its start (DOCUMENT_WORKER_FILE, scripts/lib/build.ts). Tests and `npm run dev` load our
 * TypeScript through tsx, as the scripts do: the same code, parsing at a fraction of the speed.
 */
function documentWorker(): { filename: string; execArgv: string[] } {
  const compiled = process.env.DOCUMENT_WORKER_FILE || path.join(process.cwd(), "lib", "articles", "document-worker.mjs");
  if (existsSync(compiled)) return { filename: compiled, execArgv: [] };
  return { filename: path.join(process.cwd(), "lib", "articles", "document-worker.ts"), execArgv: ["--import", "tsx"] };
}

/**
 * Parsing, sanitizing and converting untrusted articles runs in worker threads with a time and
 * a memory limit, so one hostile document never stalls the server for everyone else.
 */
function documentPool() {
  if (pool) return pool;
  pool = new Piscina<PoolTask, PoolResult>({
    ...documentWorker(),
    minThreads: 1, // kept alive, and so kept compiled (see warmDocumentPool)
    maxThreads: Math.max(1, Math.min(2, availableParallelism())),
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
  });
  return pool;
}

/** Why the pool gave up on a document (out of time or memory), or null for any other error. */
function tooCostly(error: unknown): string | null {
  const { name, code } = error as { name?: string; code?: string };
  if (name === "AbortError" || name === "TimeoutError") return name;
  return code === "ERR_WORKER_OUT_OF_MEMORY" ? code : null;
}

// Every kind of markup the pipeline meets, in a few hundred bytes of our own words.
const warmUpArticle = `<h2>Council “agrees” budget – again</h2><p>The council said on 3 May that spending rose 12% to <strong>£4.2m</strong>,
<em>according to</em> <a href="https://example.org/report">its report</a>.<br>Critics disagreed.</p><ul><li>One</li><li>Two</li></ul>
<blockquote><p>“We kept our promise,” she said.</p></blockquote><script>alert(1)</script><img src="x" onerror="alert(1)"><table><tr><td>cell</td></tr></table>`;

/**
 * Starts a worker ahead of the first article, so nobody waits for its start-up (about 1.5 s),
 * and runs a sample article through it a few dozen times (about 100 ms): V8 compiles the
 * parsing and sanitizing code as it gets used, and the first articles ran at half speed.
 */
export async function warmDocumentPool(): Promise<void> {
  try {
    for (let i = 0; i < 40; i++) await documentPool().run({ format: "html", content: warmUpArticle });
  } catch (error) {
    log.warn({ err: error, event: "document_pool_warmup_failed" }, "document pool warm-up failed");
  }
}

export async function closeDocumentPool() {
  await pool?.destroy();
  pool = undefined;
}

/**
 * The one ingestion pipeline for imports and edits: size check, then (in a worker) conversion
 * of Markdown or .docx, tree limits, sanitizing, the TipTap document, its canonical text and
 * the "has text" check. Runs before any transaction opens; the transaction only writes.
 */
export async function prepareDocument(task: DocumentTask): Promise<PreparedDocument> {
  const size = typeof task.content === "string" ? Buffer.byteLength(task.content) : task.content.byteLength;
  if (size > maxArticleBytes) throw new AppError("payload_too_large", "The article is over the 2 MB limit");
  let result: DocumentTaskResult;
  try {
    result = (await documentPool().run(task, { signal: AbortSignal.timeout(documentTimeoutMs) })) as DocumentTaskResult;
  } catch (error) {
    if (tooCostly(error)) {
      log.warn({ event: "document_refused", reason: tooCostly(error), size }, "article too costly to process");
      throw new AppError("validation", "This article is too large or too complex to process. Simplify its HTML or paste it as plain text.", { html: "Too large or too complex to process" });
    }
    throw error;
  }
  if (!result.ok) throw new AppError(result.code, result.message, result.fields);
  return { doc: result.doc, text: result.text };
}

/** A fetched page read as Reader View would, in the worker pool (same time and memory limits). */
export async function readPage(html: string, url: string): Promise<ReadableResult> {
  try {
    return (await documentPool().run({ html, url }, { name: "readable", signal: AbortSignal.timeout(documentTimeoutMs) })) as ReadableResult;
  } catch (error) {
    if (tooCostly(error)) return { ok: false, message: "The page is too large or too complex to read" };
    throw error;
  }
}

/** How long scoring one revision may take: a background job, so longer than a request may wait. */
export const hintsTimeoutMs = 5 * 60_000;

/** Check-worthiness hints for a revision's text, in the worker pool (same memory limit). */
export async function hintsInPool(text: string): Promise<SentenceHint[]> {
  return (await documentPool().run({ text }, { name: "hints", signal: AbortSignal.timeout(hintsTimeoutMs) })) as SentenceHint[];
}

export { tooCostly as poolRefused };
