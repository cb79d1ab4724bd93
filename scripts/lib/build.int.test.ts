import Piscina from "piscina";
import { afterAll, describe, expect, it } from "vitest";
import { documentFromHtml } from "@/lib/articles/document-from-html";
import type { DocumentTask, DocumentTaskResult } from "@/lib/articles/document-worker";
import { bundleDocumentWorker } from "./build";

describe("the bundled document worker a started server runs", () => {
  let pool: Piscina<DocumentTask, DocumentTaskResult> | undefined;
  afterAll(() => pool?.destroy());

  it("converts and sanitizes in a worker thread without tsx, exactly as the sources do", async () => {
    pool = new Piscina({ filename: await bundleDocumentWorker(), maxThreads: 1 });
    const html = `<h2>Budget “agreed” – again</h2><p>Spending rose 12%<br>to £4.2m, <a href="javascript:alert(1)">it said</a>.</p><script>alert(2)</script><img src=x onerror=alert(3)>`;

    const result = await pool.run({ format: "html", content: html });

    expect(result).toEqual({ ok: true, ...documentFromHtml(html) });
    expect(JSON.stringify(result)).not.toMatch(/alert|javascript/);
  });

  it("answers a refused article as data, as the pool expects", async () => {
    pool ??= new Piscina({ filename: await bundleDocumentWorker(), maxThreads: 1 });

    expect(await pool.run({ format: "html", content: "<p> </p>" })).toMatchObject({ ok: false, code: "validation", fields: { html: "The article has no text" } });
  });
});
