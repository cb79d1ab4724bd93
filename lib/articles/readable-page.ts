import { Readability } from "@mozilla/readability";
import { JSDOM } from "jsdom";
import { canonicalText } from "@/lib/anchoring/canonical-text";
import { htmlLimitProblem } from "./html-limits";
import { htmlToDoc, sanitizeArticleHtml } from "./html-to-doc";

export type ReadablePage = { title: string | null; byline: string | null; siteName: string | null; publishedTime: string | null; html: string; text: string };
export type ReadableResult = ({ ok: true } & ReadablePage) | { ok: false; message: string };

const minimumText = 80;

/**
 * A fetched web page → what Reader View would show (Mozilla's Readability on jsdom, scripts
 * off): the article's sanitized HTML and canonical text, title, byline, site name and date.
 * CPU-bound and untrusted: it runs in the document worker pool (prepare-document.ts).
 */
export function readablePage(html: string, url: string): ReadableResult {
  const problem = htmlLimitProblem(html);
  if (problem) return { ok: false, message: `The page is too complex to read: ${problem.replace(/^The article/, "it")}` };
  const { document } = new JSDOM(html, { url }).window;
  const article = new Readability(document).parse();
  const clean = sanitizeArticleHtml(article?.content ?? "");
  const text = clean ? canonicalText(htmlToDoc(clean)).text : "";
  if (!article || text.trim().length < minimumText) return { ok: false, message: "We could not find an article on this page. Paste its text instead." };
  const tidy = (value: string | null | undefined) => value?.replace(/\s+/g, " ").trim() || null;
  return { ok: true, title: tidy(article.title), byline: tidy(article.byline), siteName: tidy(article.siteName), publishedTime: tidy(article.publishedTime), html: clean, text };
}
