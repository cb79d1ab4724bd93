import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/**
 * Playwright's own Chromium when installed, else CHROMIUM_PATH, else Debian's /usr/bin/chromium.
 * Returns undefined for Playwright's own (it finds it itself).
 */
export function chromiumExecutable(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // not installed; fall through
  }
  for (const candidate of [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  console.error(
    "No Chromium for the end-to-end tests. Debian/Ubuntu: `apt-get install chromium`; elsewhere: `npx playwright install chromium` (or set CHROMIUM_PATH).",
  );
  process.exit(1);
}
