/**
 * The desk dashboard: an editor picks a period and reads each chart's numbers as a table and
 * as CSV. The period is a random month long ago, so only this test's claims are in it.
 */
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { db } from "../lib/db/client";
import { sealVerification } from "../lib/verifications/seal-verification";
import { logIn } from "./support/login";
import { seedArticle, seedClaim, seedUser } from "./support/seed";

test("an editor reads a period's throughput and verdicts from charts, tables and CSV", async ({ page }) => {
  const year = 1990 + Math.floor(Math.random() * 30);
  const [created, verified] = [new Date(`${year}-05-06T09:00:00Z`), new Date(`${year}-05-07T15:00:00Z`)];
  const editor = await seedUser("EDITOR");
  const verifier = await seedUser("EDITOR");
  const article = await seedArticle(editor.id);
  const open = await seedClaim(article.id, "officials said on Monday", editor.id, { createdAt: created });
  const checked = await seedClaim(article.id, "Construction costs rose 38%", editor.id, { createdAt: created, status: "VERIFIED", verdictId: "verdict_false", rationale: "Tender documents." });
  const verificationId = await db.$transaction((tx) => sealVerification(tx, { claimId: checked.id, verifier, verifiedAt: verified }));
  await db.claim.update({ where: { id: checked.id }, data: { verificationId, verifiedById: verifier.id, verifiedAt: verified } });
  expect(open.status).toBe("DRAFT");

  await logIn(page, editor);
  await page.getByRole("navigation").getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { name: "Desk dashboard" })).toBeVisible();
  const period = page.getByRole("form", { name: "Period" });
  await period.getByLabel("From").fill(`${year}-05-01`);
  await period.getByLabel("To").fill(`${year}-05-31`);
  await period.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${year}-05-01&to=${year}-05-31`));

  const perDay = page.getByTestId("chart-created-verified");
  await expect(perDay.locator(".chart-svg svg").first()).toBeVisible();
  await perDay.getByText("Numbers: Claims created and verified per day").click();
  await expect(perDay.getByRole("row", { name: `${year}-05-06 2 0` })).toBeVisible();
  await expect(perDay.getByRole("row", { name: `${year}-05-07 0 1` })).toBeVisible();

  const verdicts = page.getByTestId("chart-verdicts");
  await verdicts.getByText("Numbers:").click();
  await expect(verdicts.getByRole("row", { name: "False 1" })).toBeVisible();
  const speed = page.getByTestId("chart-time-to-verify");
  await speed.getByText("Numbers:").click();
  await expect(speed.getByRole("row", { name: "Whole period 1 30 30" })).toBeVisible();

  const download = page.waitForEvent("download");
  await perDay.getByRole("link", { name: "CSV of Claims created and verified per day" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`created-verified-${year}-05-01-to-${year}-05-31.csv`);
  const csv = await readFile((await file.path())!, "utf8");
  expect(csv.split("\n")[0]).toBe("Day,Created,Verified");
  expect(csv).toContain(`${year}-05-06,2,0\n${year}-05-07,0,1\n`);

  await page.goto(`/dashboard?from=${year}-05-31&to=${year}-05-01`);
  await expect(page.getByRole("form", { name: "Period" }).getByRole("alert")).toContainText("The start must not be after the end");
});
