import { canonicalText, type DocNode } from "@/lib/anchoring/canonical-text";
import { invalid } from "@/lib/errors";
import { htmlToDoc } from "./html-to-doc";

export type PreparedDocument = { doc: DocNode; text: string };

/**
 * Untrusted HTML → limits checked on the parsed tree → sanitized → TipTap document →
 * canonical text → "has text". Synchronous and CPU-bound: requests reach it only through the
 * worker pool (prepare-document.ts); trusted callers (demo data, tests) may call it directly.
 */
export function documentFromHtml(html: string): PreparedDocument {
  const doc = htmlToDoc(html);
  const { text } = canonicalText(doc);
  if (!text.trim()) throw invalid({ html: "The article has no text" });
  return { doc, text };
}
