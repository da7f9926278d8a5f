// Makes a machine ready for `npm start` and `npm test`: installs npm dependencies when they are
// missing or older than package-lock.json, and finds (or installs) a Chromium for the browser
// tests. Used by scripts/start.mjs and scripts/test.mjs; never needs anything but Node itself.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

const lockFile = join(root, 'package-lock.json');
const modulesDir = join(root, 'node_modules');
const hashFile = join(modulesDir, '.ph-lock-hash');

/**
 * Flags for headless Chromium on a CI container (as root, no GPU, closed network). The
 * networking flags stop it from flooding a closed network with refused connections.
 */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

/** A setup problem the user can fix; its message is one plain sentence, shown without a stack. */
export class SetupError extends Error {
  name = 'SetupError';
}

/** Ends the process with one plain sentence instead of a stack trace. */
export function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

/** Runs a script body; a SetupError ends the process with its sentence, not a stack trace. */
export async function runScript(main) {
  try {
    await main();
  } catch (error) {
    if (error instanceof SetupError) fail(error.message);
    throw error;
  }
}

function lockHash() {
  return createHash('sha256').update(readFileSync(lockFile)).digest('hex');
}

/**
 * True when node_modules already holds exactly what package-lock.json asks for, judged by npm's
 * own record of the installed tree (node_modules/.package-lock.json). Packages that npm skipped
 * because they are optional (other platforms' binaries) do not count as missing.
 */
function installedTreeMatchesLock() {
  const hidden = join(modulesDir, '.package-lock.json');
  if (!existsSync(hidden)) return false;
  const wanted = JSON.parse(readFileSync(lockFile, 'utf8')).packages ?? {};
  const installed = JSON.parse(readFileSync(hidden, 'utf8')).packages ?? {};
  return Object.entries(wanted).every(([path, entry]) => {
    if (path === '' || entry.link) return true;
    const have = installed[path];
    if (!have) return Boolean(entry.optional || entry.devOptional);
    return have.version === entry.version;
  });
}

/** Runs `npm ci` when node_modules is absent or does not match package-lock.json. */
export function ensureDependencies() {
  if (!existsSync(lockFile)) {
    throw new SetupError('package-lock.json is missing: run `npm install` once to create it.');
  }
  const hash = lockHash();
  if (existsSync(hashFile) && readFileSync(hashFile, 'utf8').trim() === hash) return;
  if (existsSync(modulesDir) && installedTreeMatchesLock()) {
    writeFileSync(hashFile, `${hash}\n`);
    return;
  }
  console.log('Installing npm dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    throw new SetupError(
      'Installing the npm dependencies failed (see the npm output above); check the access to the npm registry and retry.',
    );
  }
  writeFileSync(hashFile, `${hash}\n`);
}

export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const chromeNames = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
];
const chromeFixedPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The first Chrome or Chromium binary on this machine, or undefined. `CHROME_PATH` wins. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) {
      throw new SetupError(`CHROME_PATH is set to ${fromEnv}, which is not an executable file.`);
    }
    return fromEnv;
  }
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => chromeNames.map((name) => join(dir, name)));
  return [...chromeFixedPaths, ...onPath].find(isExecutable);
}

function installChromiumWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !isExecutable('/usr/bin/apt-get')) return false;
  console.log('No Chrome or Chromium found: installing chromium with apt-get (about a minute)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const result = spawnSync('/usr/bin/apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) return false;
  }
  return true;
}

/**
 * Returns the path of a Chrome or Chromium binary, installing Debian's chromium when there is
 * none and we may (root with apt-get). Exports it as CHROME_PATH for child processes.
 */
export function ensureChrome() {
  let chrome = findChrome();
  if (!chrome && installChromiumWithApt()) chrome = findChrome();
  if (!chrome) {
    throw new SetupError(
      'No Chrome or Chromium found and it could not be installed automatically: install it (on Debian or Ubuntu, `apt-get install chromium` as root) or set CHROME_PATH to its binary.',
    );
  }
  process.env.CHROME_PATH = chrome;
  return chrome;
}

// `node scripts/ensure.mjs` on its own: prepare everything and say where Chromium is.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runScript(() => {
    ensureDependencies();
    console.log(`Dependencies are installed; Chromium: ${ensureChrome()}`);
  });
}
