import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { makeUser } from "@/tests/support/factories";
import { importArticle } from "./import-article";

async function textOf(articleId: string) {
  return (await db.articleRevision.findFirstOrThrow({ where: { articleId } })).text;
}

describe("importing articles", () => {
  it("sanitizes HTML: no scripts, handlers or javascript: links survive", async () => {
    const reviewer = await makeUser("REVIEWER");
    const article = await importArticle({
      actor: reviewer,
      input: {
        metadata: { title: "Hostile" },
        format: "html",
        text: `<p onclick="alert(1)">Safe “text”<script>alert(1)</script> <a href="JaVaScRiPt:alert(1)">bad</a> <a href="https://ok.example/">good</a></p><svg><script>alert(2)</script></svg><img src=x onerror=alert(3)>`,
      },
    });
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
    const json = JSON.stringify(revision.doc);
    expect(json).not.toMatch(/script|onclick|onerror|javascript/i);
    expect(json).toContain("https://ok.example/");
    expect(revision.text).toBe("Safe “text” bad good");
  });

  it("imports plain text and Markdown", async () => {
    const reviewer = await makeUser("REVIEWER");
    const plain = await importArticle({ actor: reviewer, input: { metadata: { title: "Plain" }, format: "text", text: "First — 1\n\nSecond 🎉" } });
    expect(await textOf(plain.id)).toBe("First — 1\n\nSecond 🎉");
    const md = await importArticle({ actor: reviewer, input: { metadata: { title: "Md" }, format: "markdown", text: "## Head\n\n*One* and **two**" } });
    expect(await textOf(md.id)).toBe("Head\n\nOne and two");
  });

  it("imports a .docx file through mammoth, keeping headings, emphasis and typography", async () => {
    const reviewer = await makeUser("REVIEWER");
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: "Depot costs", heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun("Costs rose “sharply” — by "), new TextRun({ text: "38%", bold: true }), new TextRun(" 🚧.")] }),
          ],
        },
      ],
    });
    const bytes = await Packer.toBuffer(document);
    const article = await importArticle({ actor: reviewer, input: { metadata: { title: "Docx" }, file: { name: "story.docx", bytes } } });
    expect(await textOf(article.id)).toBe("Depot costs\n\nCosts rose “sharply” — by 38% 🚧.");
    const doc = JSON.stringify((await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } })).doc);
    expect(doc).toContain('"type":"heading"');
    expect(doc).toContain('"type":"bold"');
  });

  it("refuses oversized imports with 413 and bad metadata with field messages", async () => {
    const reviewer = await makeUser("REVIEWER");
    const big = await importArticle({ actor: reviewer, input: { metadata: { title: "Big" }, format: "text", text: "x".repeat(2 * 1024 * 1024 + 1) } }).catch((e) => e);
    expect(big).toBeInstanceOf(AppError);
    expect(big.code).toBe("payload_too_large");
    const bad = await importArticle({ actor: reviewer, input: { metadata: { title: "", url: "javascript:alert(1)" }, format: "text", text: "Body" } }).catch((e) => e);
    expect(bad.code).toBe("validation");
    expect(Object.keys(bad.fields).sort()).toEqual(["title", "url"]);
    const noFile = await importArticle({ actor: reviewer, input: { metadata: { title: "T" }, file: { name: "photo.png", bytes: Buffer.from("x") } } }).catch((e) => e);
    expect(noFile.fields).toHaveProperty("file");
  });

  it("answers a frameset page, which has no body, with 422 and a field message (it was a 500)", async () => {
    const reviewer = await makeUser("REVIEWER");
    const frames = await importArticle({ actor: reviewer, input: { metadata: { title: "Frames" }, format: "html", text: `<frameset><frame src="https://example.org/"></frameset>` } }).catch((e) => e);
    expect(frames).toBeInstanceOf(AppError);
    expect(frames.code).toBe("validation");
    expect(frames.fields).toEqual({ html: "The article has no text" });
  });
});
