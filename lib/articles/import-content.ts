import mammoth from "mammoth";
import { marked } from "marked";
import { AppError, invalid } from "@/lib/errors";

export const importFormats = ["text", "markdown", "html", "docx"] as const;
export type ImportFormat = (typeof importFormats)[number];

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Plain text: every non-empty line is a paragraph. Newsroom systems and press releases often
 * separate paragraphs with a single line break, so a line break never joins two lines into one
 * paragraph (that made triple-click select the whole article).
 */
export function plainTextToHtml(text: string): string {
  return text
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join("\n");
}

export function formatOfFileName(name: string): ImportFormat | null {
  const extension = name.toLowerCase().split(".").pop();
  if (extension === "txt") return "text";
  if (extension === "md" || extension === "markdown") return "markdown";
  if (extension === "html" || extension === "htm") return "html";
  if (extension === "docx") return "docx";
  return null;
}

/** Any supported input to (still untrusted) HTML; sanitizing happens in htmlToDoc. */
export async function contentToHtml(format: ImportFormat, content: string | Buffer): Promise<string> {
  switch (format) {
    case "text":
      return plainTextToHtml(content.toString());
    case "markdown":
      return marked.parse(content.toString(), { async: false, gfm: true });
    case "html":
      return content.toString();
    case "docx":
      try {
        const buffer = typeof content === "string" ? Buffer.from(content, "binary") : content;
        return (await mammoth.convertToHtml({ buffer })).value;
      } catch {
        throw invalid({ file: "This .docx file could not be read" });
      }
    default:
      throw new AppError("bad_request", "Unknown format");
  }
}
