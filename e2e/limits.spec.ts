import http from "node:http";
import { expect, test } from "@playwright/test";
import { db } from "../lib/db/client";
import { apiAs } from "./support/api-login";
import { logIn } from "./support/login";
import { seedArticle, seedUser } from "./support/seed";

test("oversized and hostile inputs are refused while other people keep working", async ({ baseURL }) => {
  const reviewer = await seedUser("REVIEWER");
  const other = await seedUser("EDITOR");
  const article = await seedArticle(reviewer.id);
  const api = await apiAs(baseURL!, reviewer);
  const colleague = await apiAs(baseURL!, other);

  const nested = "<div>".repeat(10_000) + "deep" + "</div>".repeat(10_000);
  const attacks = Promise.all([
    api.post("/api/articles", { multipart: { title: "Big", format: "text", text: "x".repeat(3 * 1024 * 1024) } }),
    api.post("/api/articles", { multipart: { title: "Nested", format: "html", text: nested } }),
    api.post(`/api/articles/${article.id}/claims`, { data: { revisionId: "r", start: 0, end: 1, exact: "x".repeat(1024 * 1024) } }),
    api.post(`/api/articles/${article.id}/claims`, { data: "{" + '"a":['.repeat(50_000), headers: { "Content-Type": "application/json" } }),
  ]);
  // Meanwhile a colleague's ordinary requests are answered.
  const [list, claims, health] = await Promise.all([colleague.get("/"), colleague.get(`/api/articles/${article.id}/claims`), colleague.get("/api/health")]);
  expect([list.status(), claims.status(), health.status()]).toEqual([200, 200, 200]);

  const [big, deep, hugeJson, malformed] = await attacks;
  expect(big.status()).toBe(413);
  expect(deep.status()).toBe(422);
  expect((await deep.json()).error.message).toMatch(/nested more than 100 levels/);
  expect(hugeJson.status()).toBe(413);
  expect([400, 413]).toContain(malformed.status());

  const long = await api.post(`/api/articles/${article.id}/claims`, {
    data: { revisionId: "r", start: 0, end: 5, exact: "x", statement: "y".repeat(100_000) },
  });
  expect(long.status()).toBe(422);
  expect((await long.json()).error.fields.statement).toBe("Use at most 2,000 characters");
  await api.dispose();
  await colleague.dispose();
});

/** HTML that parsers nest 10,000 deep although a tag scan sees nothing deep, plus hostile samples. */
const nestingCorpus: [string, string][] = [
  ["<div/> × 10,000", "<div/>".repeat(10_000)],
  ["<div></x> × 10,000", "<div></x>".repeat(10_000)],
  ["<blockquote/> × 10,000", "<blockquote/>".repeat(10_000)],
  ["<ul><li> × 10,000", "<ul><li>".repeat(10_000)],
  ["mXSS in deep <svg><g>", "<svg>" + "<g>".repeat(10_000) + '<style><a id="</style><img src=x onerror=alert(1)>">'],
  ["<noscript> deep", "<noscript><div>".repeat(5_000) + "<img src=x onerror=alert(1)>"],
];

test("HTML nested deep on the parser's tree is refused with 422, off the request path, while the server keeps answering", async ({ baseURL }) => {
  const editor = await seedUser("EDITOR");
  const article = await seedArticle(editor.id);
  const api = await apiAs(baseURL!, editor);
  const revision = () => db.articleRevision.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { number: "desc" } });
  const before = await db.article.count({ where: { createdById: editor.id } });
  const baseRevisionId = (await revision()).id;

  for (const [label, html] of nestingCorpus) {
    const started = performance.now();
    const [imported, edited] = await Promise.all([
      api.post("/api/articles", { multipart: { title: label, format: "html", text: html } }),
      api.put(`/api/articles/${article.id}/text`, { data: { baseRevisionId, html } }),
    ]);
    test.info().annotations.push({ type: "timing", description: `${label}: ${Math.round(performance.now() - started)} ms` });
    for (const response of [imported, edited]) {
      expect(response.status(), label).toBe(422);
      expect((await response.json()).error.message, label).toMatch(/nested more than 100 levels/);
    }
  }
  expect(await db.article.count({ where: { createdById: editor.id } })).toBe(before);
  expect((await revision()).id).toBe(baseRevisionId);

  // Three hostile imports at once: the health route still answers meanwhile (timed, not asserted: machines are noisy).
  const attacks = Promise.all(nestingCorpus.slice(0, 3).map(([label, html]) => api.post("/api/articles", { multipart: { title: label, format: "html", text: html } })));
  const started = performance.now();
  const health = await api.get("/api/health");
  test.info().annotations.push({ type: "timing", description: `health during 3 parallel attacks: ${Math.round(performance.now() - started)} ms` });
  expect(health.status()).toBe(200);
  expect((await attacks).map((r) => r.status())).toEqual([422, 422, 422]);
  await api.dispose();
});

test("a date no page can format, written straight into the database, does not break the library or the article", async ({ page }) => {
  const editor = await seedUser("EDITOR");
  const article = await seedArticle(editor.id);
  await db.$executeRaw`UPDATE "Article" SET "publishedAt" = '20260-01-01' WHERE "id" = ${article.id}`;
  await logIn(page, editor, "/");
  await expect(page.getByRole("link", { name: article.title })).toBeVisible();
  const response = await page.goto(`/articles/${article.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: article.title })).toBeVisible();
  expect((await page.goto(`/articles/${article.slug}/revisions/1`))?.status()).toBe(200);
});

test("an upload over the limit sent chunked (no Content-Length) gets 413, not a parse error", async ({ baseURL }) => {
  const reviewer = await seedUser("REVIEWER");
  const api = await apiAs(baseURL!, reviewer);
  const cookie = (await api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const boundary = "----factcheck-chunked";
  const url = new URL("/api/articles", baseURL);
  const status = await new Promise<number>((resolve, reject) => {
    const request = http.request(url, { method: "POST", headers: { cookie, "content-type": `multipart/form-data; boundary=${boundary}`, "transfer-encoding": "chunked" } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", (error) => ((error as NodeJS.ErrnoException).code === "EPIPE" || (error as NodeJS.ErrnoException).code === "ECONNRESET" ? undefined : reject(error)));
    request.write(`--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nChunked\r\n--${boundary}\r\nContent-Disposition: form-data; name="format"\r\n\r\ntext\r\n--${boundary}\r\nContent-Disposition: form-data; name="text"\r\n\r\n`);
    const chunk = "x".repeat(256 * 1024);
    let sent = 0;
    const pump = () => {
      while (sent < 12 * 1024 * 1024) {
        sent += chunk.length;
        if (!request.write(chunk)) return request.once("drain", pump);
      }
      request.end(`\r\n--${boundary}--\r\n`);
    };
    pump();
  });
  expect(status).toBe(413);
  expect(await db.article.count({ where: { title: "Chunked", createdById: reviewer.id } })).toBe(0);
  await api.dispose();
});
