import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { insertArticle } from "./insert-article";
import { formatOfFileName, importFormats, type ImportFormat } from "./import-content";
import { prepareDocument } from "./prepare-document";
import { articleMetadataSchema } from "./schema";

export type ImportInput = {
  metadata: Record<string, unknown>;
  format?: string | null;
  text?: string | null;
  file?: { name: string; bytes: Buffer } | null;
  /** From an import by URL (fetchArticlePage): the article's text is that snapshot's. */
  snapshotId?: string | null;
};

/**
 * Creates an article from pasted text, Markdown or HTML, an uploaded .txt/.md/.html/.docx, or
 * the snapshot of an import by URL:
 * permission, metadata, then the document prepared off the request path (size first); the
 * transaction only writes.
 */
export async function importArticle({ actor, input }: { actor: Actor; input: ImportInput }) {
  assertCan(actor, "article.create");
  const metadata = parseWith(articleMetadataSchema, input.metadata);
  const { format, text, file, snapshotId } = input;
  let chosen: ImportFormat;
  let content: string | Buffer;
  let snapshot: { id: string } | null = null;
  if (snapshotId && !(file && file.bytes.length > 0) && !text?.trim()) {
    const found = await db.snapshot.findUnique({ where: { id: snapshotId }, select: { id: true, readableHtml: true } });
    if (!found?.readableHtml) throw invalid({ url: "Fetch the page again: its copy is not available" });
    snapshot = { id: found.id };
    chosen = "html";
    content = found.readableHtml;
  } else if (file && file.bytes.length > 0) {
    const byName = formatOfFileName(file.name);
    if (!byName) throw invalid({ file: "Upload a .txt, .md, .html or .docx file" });
    chosen = byName;
    content = byName === "docx" ? file.bytes : file.bytes.toString("utf8");
  } else {
    if (!text?.trim()) throw invalid({ text: "Paste the article, or upload a file" });
    if (!importFormats.includes(format as ImportFormat) || format === "docx") throw invalid({ format: "Choose text, Markdown or HTML" });
    chosen = format as ImportFormat;
    content = text;
  }

  const document = await prepareDocument({ format: chosen, content: typeof content === "string" ? content : new Uint8Array(content) });
  return db.$transaction((tx) => insertArticle(tx, { actorId: actor.id, metadata, document, snapshotId: snapshot?.id ?? null }));
}
