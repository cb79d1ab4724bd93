import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { db } from "../lib/db/client";
import { logIn } from "./support/login";
import { seedArticle, seedClaim, seedUser } from "./support/seed";

function verifiedClaimOn(articleId: string, quote: string, reviewerId: string, editorId: string) {
  return seedClaim(articleId, quote, reviewerId, {
    status: "VERIFIED",
    verdictId: "verdict_false",
    verdictSetById: reviewerId,
    rationale: "=cmd|' /C calc'!A0 is not how costs are counted.",
    verifiedById: editorId,
    verifiedAt: new Date(),
    sources: { create: [{ url: "https://example.org/budget", title: "Budget, p. 4", createdById: reviewerId }] },
  });
}

test("an editor downloads the article's verified claims as a CSV that parses back", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  const editor = await seedUser("EDITOR");
  const article = await seedArticle(reviewer.id);
  const claim = await verifiedClaimOn(article.id, "Construction costs rose 38% to $112 million 🚧.", reviewer.id, editor.id);
  await logIn(page, editor, `/articles/${article.slug}`);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^claims-${article.slug}-\\d{8}\\.csv$`));
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records: Record<string, string>[] = parse(bytes, { bom: true, columns: true });
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({
    claim_id: claim.id,
    quote: "Construction costs rose 38% to $112 million 🚧.",
    verdict: "False",
    rationale: "'=cmd|' /C calc'!A0 is not how costs are counted.",
    sources: "Budget, p. 4 — https://example.org/budget",
    source_count: "1",
    verified_by: editor.name,
    needs_rereview: "no",
  });

  const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "export.claims", actorId: editor.id } });
  expect(audit.data).toMatchObject({ rowCount: 1, filters: { articleId: article.id } });

  // The claim link in the file opens that claim.
  await page.goto(new URL(records[0].claim_link).pathname + new URL(records[0].claim_link).search);
  await expect(page.getByTestId("claim-quote")).toHaveText("Construction costs rose 38% to $112 million 🚧.");
  await expect(page.locator(".claim-hl-selected")).toBeInViewport();
});

test("the export page builds filtered downloads; bad filters get a 422 with a message", async ({ page }) => {
  const editor = await seedUser("EDITOR");
  const reviewer = await seedUser("REVIEWER");
  // This test's own verified "False" claim, so the filtered download cannot pass by being empty.
  const own = await verifiedClaimOn((await seedArticle(reviewer.id)).id, "Construction costs rose 38% to $112 million 🚧.", reviewer.id, editor.id);
  await logIn(page, editor, "/export");
  const form = page.getByRole("form", { name: "Export claims" });
  await form.getByLabel("Format").selectOption("json");
  await form.getByLabel("Verdict").selectOption({ label: "False" });
  const [download] = await Promise.all([page.waitForEvent("download"), form.getByRole("button", { name: "Download" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^claims-all-\d{8}\.json$/);
  const records = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(Array.isArray(records)).toBe(true);
  expect(records.map((r: { claimId: string }) => r.claimId)).toContain(own.id);
  expect(records.every((r: { verdict: string }) => r.verdict === "False")).toBe(true);

  await form.getByLabel("Verified from").fill("2026-05-02");
  await form.getByLabel("Verified until").fill("2026-05-01");
  await form.getByRole("button", { name: "Download" }).click();
  await expect(form.getByText("The start date must not be after the end date")).toBeVisible();

  const bad = await page.request.get("/api/export/claims?status=MAYBE&from=tomorrow");
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.message).toMatch(/status: status must be one of .*from: Enter a date as YYYY-MM-DD/);
});

test("a reviewer cannot export", async ({ page }) => {
  const reviewer = await seedUser("REVIEWER");
  const article = await seedArticle(reviewer.id);
  await logIn(page, reviewer, `/articles/${article.slug}`);
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Export" })).toHaveCount(0);
  const response = await page.request.get(`/api/export/claims?articleId=${article.id}`);
  expect(response.status()).toBe(403);
  expect((await page.goto("/export"))?.status()).toBe(403);
});
