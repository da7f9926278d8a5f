// `npm test`: the whole check, as CI runs it (.ci/run). On a fresh machine it first installs the
// npm dependencies and Chromium (scripts/ensure.mjs). Then, in order, each stage reported:
//
//   typecheck · lint · manifest · unit and component tests (wtr, coverage) · server tests
//   (node:test) · library build · Storybook build · story smoke test · end-to-end tests
//
// What counts as a test: every wtr test (test/support/reporter.mjs), every story of the smoke
// run, every end-to-end test (test/e2e/), and one test for each other stage. A failing stage does not stop the later ones (except
// the smoke run, which needs the Storybook build), so the count is complete. The last line
// printed is exactly `N passed, N failed`; the exit code is 1 when anything failed.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SetupError, ensureChrome, ensureDependencies, root } from './ensure.mjs';
import { ensurePostgres } from './postgres.mjs';

const resultsDir = join(root, '.cache', 'test-results');
const wtrResults = join(resultsDir, 'wtr.json');
const smokeResults = join(resultsDir, 'stories.json');
const serverResults = join(resultsDir, 'server.json');
const e2eResults = join(resultsDir, 'e2e.json');
// A stage past this is stopped and counted failed (the whole run must stay well under CI's 90 min).
const stageTimeoutMs = 15 * 60 * 1000;

/** Runs a command with inherited output; resolves to its exit code (null when it timed out). */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
      shell: process.platform === 'win32',
    });
    const timer = setTimeout(() => {
      console.error(`Stopped after ${stageTimeoutMs / 60000} minutes.`);
      child.kill('SIGTERM');
    }, stageTimeoutMs);
    child.on('error', (error) => {
      console.error(error.message);
      clearTimeout(timer);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(signal ? null : code);
    });
  });
}

/** `npm run -s <script>`: package.json's scripts are the one definition of every stage. */
const npmRun = (script, env) => run('npm', ['run', '-s', script], env);

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A stage that is one test: passes when every command exits 0. All commands always run. */
const single =
  (...scripts) =>
  async () => {
    let ok = true;
    for (const script of scripts) ok = (await npmRun(script)) === 0 && ok;
    return { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
  };

/** A stage that runs many tests and reports its counts in a JSON file. */
const counted = (file, env, command) => async () => {
  rmSync(file, { force: true });
  const code = await command({ ...env });
  const counts = readJson(file);
  if (!counts) {
    console.error('The stage ended without reporting its test counts.');
    return { passed: 0, failed: 1 };
  }
  // A non-zero exit with no failing test (coverage under its threshold, a crash) is one failure.
  const extra = code !== 0 && counts.failed === 0 ? 1 : 0;
  if (extra) console.error('The stage failed although no test failed (see its output above).');
  return { passed: counts.passed, failed: counts.failed + extra };
};

const stages = [
  { name: 'typecheck', run: single('typecheck') },
  { name: 'lint', run: single('lint') },
  // Before the unit tests: they read the manifest (the element list, each element's adapterUse),
  // so it must be the one the source makes now.
  { name: 'custom elements manifest', run: single('analyze') },
  {
    name: 'unit and component tests',
    run: counted(wtrResults, { PH_WTR_RESULTS: wtrResults }, (env) => npmRun('test:unit', env)),
  },
  {
    name: 'server tests',
    run: counted(serverResults, { PH_SERVER_RESULTS: serverResults }, (env) =>
      npmRun('test:server', env),
    ),
  },
  { name: 'library build', run: single('build') },
  { name: 'storybook build', run: single('build-storybook') },
  {
    name: 'story smoke test',
    needs: 'storybook build',
    run: counted(smokeResults, { PH_SMOKE_RESULTS: smokeResults }, (env) =>
      run(process.execPath, [join(root, 'scripts', 'smoke-stories.mjs')], env),
    ),
  },
  {
    // The built demo portal on the reference server in Chromium (test/e2e/), and `npm start`.
    name: 'end-to-end tests',
    run: counted(e2eResults, { PH_E2E_RESULTS: e2eResults }, (env) =>
      run(process.execPath, [join(root, 'test', 'e2e', 'run.mjs')], env),
    ),
  },
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const started = Date.now();
  try {
    ensureDependencies();
    console.log(`Chromium: ${ensureChrome()}`);
    // The server tests run two instances against a real PostgreSQL (test/server/postgres*).
    console.log(`PostgreSQL: ${ensurePostgres()}`);
  } catch (error) {
    console.error(error instanceof SetupError ? error.message : error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });

  const report = [];
  const failedStages = new Set();
  for (const stage of stages) {
    console.log(`\n━━ ${stage.name} ━━`);
    const stageStarted = Date.now();
    let result;
    if (stage.needs && failedStages.has(stage.needs)) {
      console.log(`Skipped: needs the ${stage.needs}, which failed.`);
      result = { passed: 0, failed: 0, skipped: true };
    } else {
      result = await stage.run();
    }
    const ms = Date.now() - stageStarted;
    if (result.failed) failedStages.add(stage.name);
    const verdict = result.skipped ? 'skipped' : result.failed ? 'FAILED' : 'ok';
    console.log(
      `━━ ${stage.name}: ${verdict} (${result.passed} passed, ${result.failed} failed, ${seconds(ms)})`,
    );
    report.push({ stage: stage.name, ...result, seconds: Math.round(ms / 100) / 10 });
  }

  const passed = report.reduce((sum, r) => sum + r.passed, 0);
  const failed = report.reduce((sum, r) => sum + r.failed, 0);
  writeFileSync(
    join(resultsDir, 'summary.json'),
    `${JSON.stringify({ passed, failed, seconds: (Date.now() - started) / 1000, stages: report }, null, 2)}\n`,
  );

  console.log('\nSummary');
  for (const r of report) {
    const status = r.skipped ? 'skipped' : r.failed ? 'FAILED ' : 'ok     ';
    console.log(
      `  ${status} ${r.stage.padEnd(26)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${seconds(r.seconds * 1000)}`,
    );
  }
  for (const file of [wtrResults, smokeResults, serverResults, e2eResults]) {
    for (const failure of readJson(file)?.failures ?? []) {
      console.log(`  ✗ ${failure}`);
    }
  }
  console.log(`  total ${seconds(Date.now() - started)}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
