import { expect, type Page } from "@playwright/test";
import type { SeededUser } from "./seed";

/** Signs in through the login form, as a person would. */
export async function logIn(page: Page, user: Pick<SeededUser, "email" | "password" | "name">, path = "/") {
  await page.goto(path === "/" ? "/login" : `/login?callbackUrl=${encodeURIComponent(path)}`);
  await waitForHydration(page);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-user")).toContainText(user.name);
  await waitForHydration(page);
}

/** Server-rendered pages look ready before React attaches their handlers. */
export async function waitForHydration(page: Page) {
  await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
}
