// The end-to-end tests: `node test/e2e/run.mjs` (scripts/test.mjs runs it as its
// "end-to-end tests" stage). Builds nothing itself: each test starts the built demo portal on
// the reference server (scripts/start.mjs builds the demo when its sources changed). Counts go
// to PH_E2E_RESULTS (JSON) when that is set; the exit code is 1 when a test failed.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChrome, root, runScript } from '../../scripts/ensure.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

await runScript(async () => {
  ensureChrome();
  // One file at a time: the first to start the portal builds the demo, the others reuse it.
  const files = readdirSync(here)
    .filter((name) => name.endsWith('.e2e.mjs'))
    .map((name) => join(here, name));
  const child = spawn(
    process.execPath,
    [
      '--test',
      '--test-concurrency=1',
      '--test-timeout=300000',
      `--test-reporter=${join(here, 'reporter.mjs')}`,
      '--test-reporter-destination=stdout',
      ...files,
    ],
    { cwd: root, stdio: 'inherit' },
  );
  const [code] = await new Promise((resolve) => child.on('exit', (...args) => resolve(args)));
  process.exitCode = code ?? 1;
});
