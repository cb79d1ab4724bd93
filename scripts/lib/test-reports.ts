/**
 * The two test runners' JSON reports, as much of them as `npm test` reads: the counts, and the
 * names of what failed, which it prints beside the totals because CI keeps only a log's end.
 */
import path from "node:path";

export type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: { name: string; status: string; message?: string; assertionResults?: { fullName: string; status: string }[] }[];
};

/** The failed tests (and suites that failed to load) by file and name, for the last lines CI shows. */
export function vitestFailures(report: VitestReport): string[] {
  return (report.testResults ?? []).flatMap((suite) => {
    const file = path.relative(process.cwd(), suite.name);
    const tests = (suite.assertionResults ?? []).filter((test) => test.status === "failed");
    if (tests.length > 0) return tests.map((test) => `${file} › ${test.fullName}`);
    return suite.status === "failed" ? [`${file} (${(suite.message ?? "failed to run").split("\n")[0]})`] : [];
  });
}

type PlaywrightSuite = {
  title: string;
  file?: string;
  specs?: { title: string; file: string; line: number; tests: { status: string }[] }[];
  suites?: PlaywrightSuite[];
};
export type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; suites?: PlaywrightSuite[] };

/** Tests that failed or passed only on a retry, as `file:line › title`. */
export function playwrightFailures(suites: PlaywrightSuite[]): string[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? [])
      .filter((spec) => spec.tests.some((test) => test.status === "unexpected" || test.status === "flaky"))
      .map((spec) => `${spec.file}:${spec.line} › ${spec.title}`),
    ...playwrightFailures(suite.suites ?? []),
  ]);
}
