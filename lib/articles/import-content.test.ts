import { describe, expect, it } from "vitest";
import { contentToHtml, formatOfFileName, plainTextToHtml } from "./import-content";

describe("import", () => {
  it("turns plain text into paragraphs and hard breaks, escaping markup", () => {
    expect(plainTextToHtml("One “quote” <b>\nline two\r\n\r\n\nTwo — 12%")).toBe("<p>One “quote” &lt;b&gt;<br>line two</p>\n<p>Two — 12%</p>");
  });

  it("renders Markdown", async () => {
    expect(await contentToHtml("markdown", "# Title\n\nSome *emphasis* and [a link](https://example.org).")).toContain('<em>emphasis</em> and <a href="https://example.org">a link</a>');
  });

  it("knows formats by file extension", () => {
    expect(formatOfFileName("Story.DOCX")).toBe("docx");
    expect(formatOfFileName("notes.md")).toBe("markdown");
    expect(formatOfFileName("image.png")).toBeNull();
  });
});
