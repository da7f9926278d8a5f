// `npm run test:server`: builds the reference server, then runs test/server/*.test.mjs with
// Node's test runner (spec output). Prints `N passed, N failed`; with PH_SERVER_RESULTS set,
// writes `{ passed, failed, failures }` there for scripts/test.mjs. Exit code 1 on any failure.
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { buildServer } from '../../scripts/build-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
await buildServer();
const files = readdirSync(here)
  .filter((f) => f.endsWith('.test.mjs'))
  .sort()
  .map((f) => join(here, f));

let passed = 0;
let failed = 0;
const failures = [];
const stream = run({ files, concurrency: 2, timeout: 120_000 });
stream.on('test:pass', (data) => {
  if (data.details?.type !== 'suite' && data.nesting > 0) passed++;
});
stream.on('test:fail', (data) => {
  if (data.details?.type === 'suite') return;
  // A file that fails to load reports at nesting 0: count it once.
  failed++;
  failures.push(`${data.name}${data.file ? ` (${data.file.split('/').pop()})` : ''}`);
});
await new Promise((resolve, reject) => {
  const out = stream.compose(spec);
  out.pipe(process.stdout, { end: false });
  out.on('end', resolve);
  out.on('error', reject);
});

if (process.env.PH_SERVER_RESULTS) {
  writeFileSync(process.env.PH_SERVER_RESULTS, JSON.stringify({ passed, failed, failures }));
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
