// A web-test-runner reporter that counts tests for CI.
//
// - Every test that ran counts once, per browser; a skipped test counts as neither.
// - A test file whose session failed without a failing test (a broken import, an error thrown
//   outside a test, a browser that did not start) counts as one failed test, so it cannot hide.
// - The counts are written as JSON to the file named by PH_WTR_RESULTS (scripts/test.mjs reads
//   it) and printed when the process exits, because wtr's live progress display swallows what
//   a reporter prints while it runs. Run on its own (`npm run test:unit`) the last line is
//   exactly `N passed, N failed`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

function collectTests(suite, prefix, out) {
  if (!suite) return out;
  const path = suite.name ? [...prefix, suite.name] : prefix;
  for (const test of suite.tests ?? []) out.push({ name: [...path, test.name].join(' > '), test });
  for (const child of suite.suites ?? []) collectTests(child, path, out);
  return out;
}

function countSessions(sessions, rootDir) {
  const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for (const session of sessions) {
    const file = relative(rootDir, session.testFile);
    const where = `${file} [${session.browser?.name ?? 'browser'}]`;
    let failedHere = 0;
    for (const { name, test } of collectTests(session.testResults, [], [])) {
      if (test.skipped) counts.skipped += 1;
      else if (test.passed) counts.passed += 1;
      else {
        counts.failed += 1;
        failedHere += 1;
        counts.failures.push(`${where}: ${name}: ${test.error?.message ?? 'failed'}`);
      }
    }
    if (session.passed === false && failedHere === 0) {
      counts.failed += 1;
      const reason = session.errors?.[0]?.message ?? 'the test file failed outside any test';
      counts.failures.push(`${where}: ${reason}`);
    }
  }
  return counts;
}

/** @returns {import('@web/test-runner').Reporter} */
export function countingReporter() {
  const resultsFile = process.env.PH_WTR_RESULTS;
  let rootDir = process.cwd();
  let result;

  process.on('exit', () => {
    if (!result) return;
    const label = resultsFile ? 'web-test-runner: ' : '';
    if (result.coverage && !result.coverage.passed) {
      console.log('Coverage is under the thresholds set in web-test-runner.config.mjs.');
    }
    console.log(`${label}${result.passed} passed, ${result.failed} failed`);
  });

  return {
    start({ config }) {
      rootDir = config.rootDir ?? rootDir;
    },
    onTestRunFinished({ sessions, testCoverage }) {
      result = countSessions(sessions, rootDir);
      if (testCoverage) {
        result.coverage = { passed: testCoverage.passed, summary: testCoverage.summary };
      }
      if (resultsFile) {
        mkdirSync(dirname(resultsFile), { recursive: true });
        writeFileSync(resultsFile, `${JSON.stringify(result, null, 2)}\n`);
      }
    },
  };
}
