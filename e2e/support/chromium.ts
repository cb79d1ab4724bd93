import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const noChromiumMessage =
  "No Chromium for the end-to-end tests. `npx playwright install chromium` could not get one either. Debian/Ubuntu: `apt-get install chromium`; or set CHROMIUM_PATH.";

/**
 * Playwright's own Chromium when installed ("playwright"), else CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium (a path), else null.
 */
export function findChromium(): "playwright" | string | null {
  try {
    if (existsSync(chromium.executablePath())) return "playwright";
  } catch {
    // not installed; fall through
  }
  for (const candidate of [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

/** For the Playwright config: the executable path, undefined for Playwright's own (it finds it itself). */
export function chromiumExecutable(): string | undefined {
  const found = findChromium();
  if (found === null) {
    console.error(noChromiumMessage);
    process.exit(1);
  }
  return found === "playwright" ? undefined : found;
}
