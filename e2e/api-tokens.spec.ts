import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createApiToken } from "../lib/api-tokens/manage-api-tokens";
import { db } from "../lib/db/client";
import { readmeBlocks } from "../tests/support/readme-blocks";
import { logIn, waitForHydration } from "./support/login";
import { seedArticle, seedUser } from "./support/seed";

const bearer = (secret: string) => ({ Authorization: `Bearer ${secret}` });

test("a person creates an API token, uses it from a script, sees it used, and revokes it", async ({ page, baseURL }) => {
  const editor = await seedUser("EDITOR");
  const article = await seedArticle(editor.id);
  await logIn(page, editor);
  await page.getByTestId("signed-in-user").getByRole("link", { name: editor.name }).click();
  await expect(page.getByRole("heading", { name: "Account" })).toBeVisible();
  await waitForHydration(page);

  const form = page.getByRole("form", { name: "Create an API token" });
  // Admin scope is not offered to an editor.
  await expect(form.getByRole("checkbox")).toHaveCount(3);
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByText("Enter a name")).toBeVisible();
  await expect(form.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Name").fill("CMS sync");
  await form.getByRole("checkbox", { name: /write/ }).check();
  await form.getByLabel("Expires after").selectOption("30");
  await form.getByRole("button", { name: "Create token" }).click();
  const secretField = page.getByLabel("New token");
  await expect(secretField).toHaveValue(/^fct_/);
  const secret = await secretField.inputValue();
  const row = page.getByRole("row", { name: "CMS sync" });
  await expect(row).toContainText("read, write");
  await expect(row).toContainText("never");

  // A script uses it: reads, writes a claim by its quote, and is refused the export it has no scope for.
  const list = await fetch(`${baseURL}/api/articles?search=${encodeURIComponent(article.title)}`, { headers: bearer(secret) });
  expect(list.status).toBe(200);
  expect((await list.json()).articles.map((a: { id: string }) => a.id)).toEqual([article.id]);
  const created = await fetch(`${baseURL}/api/articles/${article.id}/claims`, {
    method: "POST",
    headers: { ...bearer(secret), "Content-Type": "application/json", Origin: "https://cms.example" },
    body: JSON.stringify({ exact: "Construction costs rose 38%" }),
  });
  expect(created.status).toBe(201);
  const { claim } = await created.json();
  expect(claim.createdBy.id).toBe(editor.id);
  const exported = await fetch(`${baseURL}/api/export/claims`, { headers: bearer(secret) });
  expect(exported.status).toBe(403);
  expect((await exported.json()).error.message).toBe('This API token lacks the "export" scope');
  // The write is in the audit log under the token's name.
  const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "api.write", actorId: editor.id } });
  expect(audit.data).toMatchObject({ token: "CMS sync", method: "POST", path: `/api/articles/${article.id}/claims`, status: 201 });

  // The secret is shown once: not after a reload; the list says it was used.
  await page.reload();
  await waitForHydration(page);
  expect(await page.content()).not.toContain(secret);
  await expect(page.getByLabel("New token")).toHaveCount(0);
  await expect(row).not.toContainText("never");

  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: "Revoke CMS sync" }).click();
  await expect(row).toContainText("Revoked");
  const after = await fetch(`${baseURL}/api/articles`, { headers: bearer(secret) });
  expect(after.status).toBe(401);
  expect((await after.json()).error.message).toBe("This API token was revoked");
});

test("an admin sees everyone's tokens and revokes one; disabling a person stops their tokens at the next request", async ({ page, baseURL }) => {
  const [admin, reviewer, other] = await Promise.all([seedUser("ADMIN"), seedUser("REVIEWER"), seedUser("EDITOR")]);
  const bot = await createApiToken({ actor: reviewer, input: { name: "Reviewer bot", scopes: ["read"] } });
  const script = await createApiToken({ actor: other, input: { name: "Editor script", scopes: ["read"] } });
  expect((await fetch(`${baseURL}/api/verdicts`, { headers: bearer(script.secret) })).status).toBe(200);

  await logIn(page, admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tokens" }).click();
  await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();
  await waitForHydration(page);
  const row = page.getByRole("row", { name: "Reviewer bot" });
  await expect(row).toContainText(reviewer.email);
  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: "Revoke Reviewer bot" }).click();
  await expect(row).toContainText("Revoked");
  expect((await fetch(`${baseURL}/api/verdicts`, { headers: bearer(bot.secret) })).status).toBe(401);

  await page.goto("/admin");
  await waitForHydration(page);
  await page.getByRole("row", { name: other.email }).getByRole("button", { name: `Disable ${other.email}` }).click();
  await expect(page.getByRole("row", { name: other.email })).toContainText("Disabled");
  const refused = await fetch(`${baseURL}/api/verdicts`, { headers: bearer(script.secret) });
  expect(refused.status).toBe(401);
  expect((await refused.json()).error.message).toBe("This account is disabled");
});

test("tokens are refused in URLs, cannot manage tokens, and are limited per minute with Retry-After", async ({ baseURL }) => {
  const editor = await seedUser("EDITOR");
  const { token, secret } = await createApiToken({ actor: editor, input: { name: "Limits", scopes: ["read", "write"] } });

  const inUrl = await fetch(`${baseURL}/api/articles?access_token=${secret}`);
  expect(inUrl.status).toBe(401);
  expect((await inUrl.json()).error.message).toMatch(/Authorization header/);

  const mint = await fetch(`${baseURL}/api/tokens`, { method: "POST", headers: { ...bearer(secret), "Content-Type": "application/json" }, body: JSON.stringify({ name: "Child", scopes: ["read"] }) });
  expect(mint.status).toBe(403);
  expect(await db.apiToken.count({ where: { userId: editor.id } })).toBe(1);

  // Another scheme (a proxy's Basic authentication) is not a token: the session decides, and there is none.
  const basic = await fetch(`${baseURL}/api/articles`, { headers: { Authorization: "Basic dXNlcjpwYXNz" } });
  expect(basic.status).toBe(401);
  expect((await basic.json()).error.message).toBe("Please sign in");

  const malformed = await fetch(`${baseURL}/api/articles`, { headers: { Authorization: "Bearer not-a-token" } });
  expect(malformed.status).toBe(401);
  expect(await malformed.json()).toEqual({ error: { code: "unauthenticated", message: 'Malformed API token: tokens start with "fct_"' } });

  await db.apiToken.update({ where: { id: token.id }, data: { windowStart: new Date(), windowCount: 600 } });
  const limited = await fetch(`${baseURL}/api/articles`, { headers: bearer(secret) });
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  expect((await limited.json()).error.code).toBe("rate_limited");
});

test("the API reference is one click from the header and lists every operation", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused/.test(message.text())) violations.push(message.text());
  });
  await logIn(page, reviewer);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API" }).click();
  await expect(page).toHaveURL(/\/api\/docs$/);
  await expect(page.getByRole("heading", { name: /Factcheck API/ })).toBeVisible();
  await expect(page.getByText("/api/articles/{id}/claims").first()).toBeVisible();
  await expect(page.getByRole("button", { name: /Authorize/ })).toBeVisible();
  expect(violations).toEqual([]);
});

test("the README's curl examples work as written", async ({ baseURL }) => {
  const editor = await seedUser("EDITOR");
  const article = await seedArticle(editor.id, `Depot story ${Date.now()}`);
  const { secret } = await createApiToken({ actor: editor, input: { name: "README", scopes: ["read", "write", "export"] } });
  const dir = mkdtempSync(path.join(os.tmpdir(), "readme-curl-"));
  const commands = readmeBlocks("## API", "sh")[0]
    .split("\n")
    .filter((line) => line.startsWith("curl "));
  expect(commands).toHaveLength(3);
  const run = (command: string) =>
    spawnSync("bash", ["-c", command], { cwd: dir, encoding: "utf8", env: { ...process.env, FACTCHECK_URL: baseURL, FACTCHECK_TOKEN: secret, ARTICLE_ID: article.id } });
  const listed = run(commands[0]);
  expect(listed.status, listed.stderr).toBe(0);
  expect(JSON.parse(listed.stdout).articles.map((a: { id: string }) => a.id)).toContain(article.id);
  const created = run(commands[1]);
  expect(created.status, created.stderr).toBe(0);
  expect(JSON.parse(created.stdout).claim).toMatchObject({ quote: "Construction costs rose 38%", status: "DRAFT" });
  const exported = run(commands[2]);
  expect(exported.status, exported.stderr).toBe(0);
  expect(readFileSync(path.join(dir, "verified.csv"), "utf8")).toMatch(/^\uFEFF?"?claim_id/);
  rmSync(dir, { recursive: true, force: true });
});
