/**
 * `npm test`: type check, lint, unit + integration tests (Vitest, real PostgreSQL) and
 * end-to-end tests (Playwright, real Chromium, production build). Every stage runs even when
 * an earlier one fails; the last line totals them: `N passed, N failed, N skipped`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { findChromium, noChromiumMessage } from "../e2e/support/chromium";
import { playwrightFailures, vitestFailures, type PlaywrightReport, type VitestReport } from "./lib/test-reports";

type Tally = { passed: number; failed: number; skipped: number; failures?: string[] };
const resultsDir = ".test-results";

function run(command: string, args: string[]): boolean {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit", env: process.env }).status === 0;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

/** A stage that is one check (type check, lint). */
function check(name: string, command: string, args: string[]): Tally {
  const ok = run(command, args);
  console.log(`${name}: ${ok ? "ok" : "FAILED"}`);
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
}

function vitest(): Tally {
  const file = `${resultsDir}/vitest.json`;
  const ok = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`]);
  const report = readJson<VitestReport>(file);
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  // A suite that fails to load has no failed test in it, only a failed exit.
  const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
  return {
    passed: report.numPassedTests,
    failed,
    skipped: report.numPendingTests + report.numTodoTests,
    failures: vitestFailures(report),
  };
}

/**
 * A browser for the end-to-end tests: one already there (Playwright's own, CHROMIUM_PATH or
 * the system's), else Playwright's own download, else a message saying what to install.
 */
function ensureChromium(): boolean {
  if (findChromium() !== null) return true;
  console.log("No Chromium found: trying `npx playwright install chromium`…");
  spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit", timeout: 300_000 });
  if (findChromium() !== null) return true;
  console.error(noChromiumMessage);
  return false;
}

function playwright(): Tally {
  if (!ensureChromium()) return { passed: 0, failed: 1, skipped: 0 };
  const file = `${resultsDir}/playwright.json`;
  const ok = run("npx", ["playwright", "test"]);
  const report = readJson<PlaywrightReport>(file);
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  const { expected, unexpected, flaky, skipped } = report.stats;
  return {
    passed: expected,
    failed: unexpected + flaky + (ok || unexpected + flaky > 0 ? 0 : 1),
    skipped,
    failures: playwrightFailures(report.suites ?? []),
  };
}

mkdirSync(resultsDir, { recursive: true });
for (const file of ["vitest.json", "playwright.json", "summary.txt"]) rmSync(`${resultsDir}/${file}`, { force: true });

const stages: [string, () => Tally][] = [
  ["typecheck", () => check("typecheck", "npm", ["run", "--silent", "typecheck"])],
  ["lint", () => check("lint", "npm", ["run", "--silent", "lint"])],
  ["vitest (unit + integration)", vitest],
  ["playwright (e2e)", playwright],
];

const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];
for (const [name, stage] of stages) {
  const tally = stage();
  lines.push(`${name}: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
  // Named here, beside the totals, because CI keeps only the end of a long log.
  for (const failure of tally.failures ?? []) lines.push(`  failed: ${failure}`);
  total.passed += tally.passed;
  total.failed += tally.failed;
  total.skipped += tally.skipped;
}

const summary = `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`;
console.log(`\n${lines.join("\n")}\n${summary}`);
if (existsSync(resultsDir)) writeFileSync(`${resultsDir}/summary.txt`, `${summary}\n`);
process.exit(total.failed > 0 ? 1 : 0);
