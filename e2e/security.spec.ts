import { expect, test, type Page } from "@playwright/test";
import { db } from "../lib/db/client";
import { apiAs } from "./support/api-login";
import { logIn } from "./support/login";
import { seedUser } from "./support/seed";
import { htmlPayloads, textPayload } from "./support/xss-corpus";

async function assertNoScriptableDom(page: Page) {
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    for (const element of document.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) problems.push(`${element.tagName} ${attribute.name}`);
        if (/^(href|src|data|action|formaction|xlink:href)$/i.test(attribute.name) && /^\s*(javascript|data|vbscript):/i.test(attribute.value)) {
          problems.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
        }
      }
    }
    for (const selector of [".article-body script", ".article-body svg", ".article-body iframe", ".article-body object", ".article-body img", ".article-body style", "main base"]) {
      if (document.querySelector(selector)) problems.push(selector);
    }
    return problems;
  });
  expect(found).toEqual([]);
}

test("security headers and cookie flags", async ({ page, request }) => {
  const response = await request.get("/login");
  const headers = response.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const api = await request.get("/api/health");
  expect(api.headers()["content-security-policy"]).toContain("default-src 'self'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");

  const user = await seedUser("REVIEWER");
  await logIn(page, user);
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("hostile HTML and text never run in the viewer, the panel or the library", async ({ page, baseURL }) => {
  const reviewer = await seedUser("REVIEWER");
  const api = await apiAs(baseURL!, reviewer);
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  const imported = await api.post("/api/articles", {
    multipart: { title: textPayload, outlet: textPayload, format: "html", text: `<p>Safe opening sentence for claims.</p>${htmlPayloads.join("\n")}` },
  });
  expect(imported.status()).toBe(201);
  const { article } = await imported.json();
  const stored = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
  expect(JSON.stringify(stored.doc)).not.toMatch(/javascript:|onerror|onclick|<script/i);

  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
  const exact = "Safe opening sentence for claims.";
  const created = await api.post(`/api/articles/${article.id}/claims`, { data: { revisionId: revision.id, start: 0, end: exact.length, exact, statement: textPayload } });
  expect(created.status()).toBe(201);
  const { claim } = await created.json();
  expect((await api.patch(`/api/claims/${claim.id}`, { data: { version: 1, changes: { verdictId: "verdict_false", rationale: textPayload, claimant: textPayload, tags: [textPayload.slice(0, 40)] } } })).status()).toBe(200);
  for (const url of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)"]) {
    expect((await api.post(`/api/claims/${claim.id}/sources`, { data: { url, title: "x" } })).status()).toBe(422);
  }
  expect((await api.post(`/api/claims/${claim.id}/sources`, { data: { url: "https://example.org/ok", title: textPayload, quotedPassage: textPayload, publisher: textPayload } })).status()).toBe(201);
  expect((await api.post(`/api/claims/${claim.id}/comments`, { data: { body: textPayload } })).status()).toBe(201);

  await logIn(page, reviewer, `/articles/${article.slug}`);
  await page.locator(".claim-hl").first().click();
  await expect(page.getByRole("region", { name: "Comments" })).toContainText("<script>alert('t2')</script>");
  await expect(page.getByRole("region", { name: "Sources" })).toContainText("onerror");
  await assertNoScriptableDom(page);
  await page.goto("/");
  await expect(page.getByRole("link", { name: textPayload })).toBeVisible();
  await assertNoScriptableDom(page);
  await page.goto("/mentions");
  expect(dialogs).toEqual([]);
  await api.dispose();
});

test("__proto__ keys in JSON bodies are refused and pollute nothing", async ({ baseURL }) => {
  const reviewer = await seedUser("REVIEWER");
  const api = await apiAs(baseURL!, reviewer);
  const imported = await (await api.post("/api/articles", { multipart: { title: "Proto", format: "text", text: "A sentence to claim here." } })).json();
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: imported.article.id } });
  const exact = "A sentence to claim here.";
  const polluted = `{"revisionId":"${revision.id}","start":0,"end":${exact.length},"exact":"${exact}","__proto__":{"isAdmin":true}}`;
  const response = await api.post(`/api/articles/${imported.article.id}/claims`, { data: polluted, headers: { "Content-Type": "application/json" } });
  expect(response.status()).toBe(422);
  expect(await db.claim.count({ where: { articleId: imported.article.id } })).toBe(0);

  const ok = await (await api.post(`/api/articles/${imported.article.id}/claims`, { data: { revisionId: revision.id, start: 0, end: exact.length, exact } })).json();
  const nested = `{"version":1,"changes":{"statement":"x","__proto__":{"status":"VERIFIED"}}}`;
  expect((await api.patch(`/api/claims/${ok.claim.id}`, { data: nested, headers: { "Content-Type": "application/json" } })).status()).toBe(422);
  expect(await db.claim.findUniqueOrThrow({ where: { id: ok.claim.id } })).toMatchObject({ statement: exact, status: "DRAFT", version: 1 });
  // The server's objects are not polluted: a fresh request still validates normally.
  expect((await api.patch(`/api/claims/${ok.claim.id}`, { data: { version: 1, changes: { statement: "Fine" } } })).status()).toBe(200);
  await api.dispose();
});
