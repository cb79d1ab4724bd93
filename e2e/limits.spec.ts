import { expect, test } from "@playwright/test";
import { apiAs } from "./support/api-login";
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
