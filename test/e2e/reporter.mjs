// node:test reporter for the e2e run: one line per test (with the failure's message), the
// count at the end, and the counts as JSON in PH_E2E_RESULTS for scripts/test.mjs.
import { writeFileSync } from 'node:fs';

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

export default async function* reporter(source) {
  const counts = { passed: 0, failed: 0, failures: [] };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { name, details, nesting, skip, todo } = event.data;
    // Only the tests themselves (top level), not hooks' or suites' wrappers below them; a test
    // left out (by --test-name-pattern, skip or todo) counts neither way.
    if (nesting !== 0 || details?.type === 'suite' || skip || todo) continue;
    if (event.type === 'test:pass') {
      counts.passed += 1;
      yield `  ✓ ${name} (${seconds(details.duration_ms)})\n`;
    } else {
      counts.failed += 1;
      const error = details.error?.cause ?? details.error;
      const message = String(error?.message ?? error).trim();
      counts.failures.push(`e2e › ${name}: ${message.split('\n')[0]}`);
      yield `  ✗ ${name} (${seconds(details.duration_ms)})\n      ${message.replace(/\n/g, '\n      ')}\n`;
    }
  }
  const file = process.env.PH_E2E_RESULTS;
  if (file) writeFileSync(file, `${JSON.stringify(counts, null, 2)}\n`);
  yield `${file ? 'e2e: ' : ''}${counts.passed} passed, ${counts.failed} failed\n`;
}
