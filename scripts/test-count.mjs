// What the count of `npm test` is made of: `node scripts/test-count.mjs`.
//
// `npm test` counts every test that ran, every story the smoke run opened and each other stage
// once. That number mixes three kinds of thing, which this script tells apart:
//
// - written checks: each `it(…)` / `test(…)` in the test sources, and each check of the adapter
//   conformance suite (src/testing/checks.ts), counted once however often it runs;
// - generated cases: the further runs of a written check — a loop over scenarios, locales or
//   currencies, a shared suite every widget runs, the conformance suite against three adapters;
// - smoke runs and stages: each story opened by the smoke run, and typecheck, lint, the builds.
//
// The written checks are counted in the sources; the runs come from the results files of the
// last `npm test` (.cache/test-results/), when there are any. Generated cases are the runs of a
// stage minus its written checks.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function files(dir, test) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, test));
    else if (test(path)) out.push(path);
  }
  return out;
}

const read = (path) => readFileSync(path, 'utf8');

/** Call sites of `it(` / `test(` (not `.it(`, not `split(`), outside line comments. */
function callSites(source, names) {
  const pattern = new RegExp(`(^|[^\\w.$])(${names.join('|')})\\(`, 'g');
  return source
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\*)/.test(line))
    .reduce((n, line) => n + (line.match(pattern)?.length ?? 0), 0);
}

/** Written checks per stage of `npm test`, from the sources. */
export function writtenChecks() {
  const testDir = join(root, 'test');
  const rel = (p) => relative(root, p).split('\\').join('/');
  const isServerNode = (p) => rel(p).startsWith('test/server/') && p.endsWith('.mjs');
  const isE2e = (p) => rel(p).startsWith('test/e2e/');
  // The unit and component tests: every .ts under test/ (test files and the shared suites
  // they call), and the conformance suite's checks, which its one `it(check.name)` registers.
  const unitFiles = files(testDir, (p) => p.endsWith('.ts') && !isE2e(p));
  const unitIts = unitFiles.reduce((n, p) => n + callSites(read(p), ['it']), 0);
  const checksFile = join(root, 'src', 'testing', 'checks.ts');
  const checks = existsSync(checksFile) ? read(checksFile) : '';
  // Each check(…) and capability(…) call, and each kind of "not applicable" stand-in.
  const conformance =
    (checks.match(/^\s*(check|capability)\(/gm)?.length ?? 0) +
    (checks.match(/^\s*name = `/gm)?.length ?? 0);
  const server = files(testDir, (p) => isServerNode(p) && p.endsWith('.test.mjs')).reduce(
    (n, p) => n + callSites(read(p), ['it', 'test']),
    0,
  );
  const e2e = files(testDir, (p) => isE2e(p) && p.endsWith('.e2e.mjs')).reduce(
    (n, p) => n + callSites(read(p), ['it', 'test']),
    0,
  );
  return { unit: unitIts + conformance, unitIts, conformance, server, e2e };
}

/** Stories the smoke run opens: from the last Storybook build, else counted in the sources. */
export function stories() {
  const index = join(root, 'storybook-static', 'index.json');
  if (existsSync(index)) {
    const entries = Object.values(JSON.parse(read(index)).entries);
    return { count: entries.filter((e) => e.type === 'story').length, from: 'storybook-static' };
  }
  const count = files(join(root, 'stories'), (p) => p.endsWith('.stories.ts')).reduce(
    (n, p) => n + (read(p).match(/^export const \w+/gm)?.length ?? 0),
    0,
  );
  return { count, from: 'stories/*.stories.ts' };
}

function lastRun() {
  const path = join(root, '.cache', 'test-results', 'summary.json');
  return existsSync(path) ? JSON.parse(read(path)) : undefined;
}

function main() {
  const written = writtenChecks();
  const story = stories();
  const run = lastRun();
  const ran = (name) => run?.stages.find((s) => s.stage === name);
  const line = (label, writtenCount, stage, note = '') => {
    const r = ran(stage);
    const runs = r ? r.passed + r.failed : undefined;
    const generated = runs === undefined ? '' : `, ${runs} ran: ${runs - writtenCount} generated`;
    console.log(
      `  ${label.padEnd(28)} ${String(writtenCount).padStart(5)} written${generated}${note}`,
    );
  };
  console.log('What `npm test` counts:');
  line(
    'unit and component tests',
    written.unit,
    'unit and component tests',
    ` (${written.unitIts} it() calls, ${written.conformance} conformance checks)`,
  );
  line('server tests', written.server, 'server tests');
  line('end-to-end tests', written.e2e, 'end-to-end tests');
  const smoke = ran('story smoke test');
  console.log(
    `  ${'story smoke runs'.padEnd(28)} ${String(story.count).padStart(5)} stories (${story.from})` +
      (smoke ? `, ${smoke.passed + smoke.failed} opened` : ''),
  );
  const single = read(join(root, 'scripts', 'test.mjs')).match(/run: single\(/g)?.length ?? 0;
  console.log(`  ${'other stages'.padEnd(28)} ${String(single).padStart(5)} (one each)`);
  const total = written.unit + written.server + written.e2e;
  console.log(`Written checks: ${total}.`);
  if (run)
    console.log(`Last run (.cache/test-results): ${run.passed} passed, ${run.failed} failed.`);
  else console.log('No results of a `npm test` run yet (.cache/test-results/summary.json).');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
