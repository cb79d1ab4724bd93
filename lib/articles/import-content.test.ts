import { describe, expect, it } from "vitest";
import { contentToHtml, formatOfFileName, plainTextToHtml } from "./import-content";
import { firstLineOf } from "./first-line";

describe("import", () => {
  it("makes every non-empty line of plain text a paragraph, escaping markup", () => {
    expect(plainTextToHtml("One “quote” <b>\nline two\r\n\r\n\nTwo — 12%\rthree")).toBe("<p>One “quote” &lt;b&gt;</p>\n<p>line two</p>\n<p>Two — 12%</p>\n<p>three</p>");
  });

  it("offers the first non-empty line as a title", () => {
    expect(firstLineOf("\n  \r\n  Council approves bus plan  \nBody")).toBe("Council approves bus plan");
    expect(firstLineOf("   ")).toBe("");
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
