// A throwaway PostgreSQL server for the tests that need one (test/server/postgres*.test.mjs).
// Like Chromium in scripts/ensure.mjs: Debian's `postgresql` is installed with apt-get when it
// is missing and we are root; then a fresh cluster is made in a temporary directory and started
// on a free port of 127.0.0.1, owned by the `postgres` user when we run as root (PostgreSQL
// refuses to run as root). PH_TEST_DATABASE_URL, when set, is used instead of all of this.
//
//   node scripts/postgres.mjs        installs when missing and says where the binaries are
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SetupError, isExecutable } from './ensure.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** The directory holding `initdb` and `postgres`, or undefined. `PH_PG_BIN` wins. */
export function findPostgresBin() {
  const candidates = [];
  if (process.env.PH_PG_BIN) candidates.push(process.env.PH_PG_BIN);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  candidates.push(...(process.env.PATH ?? '').split(delimiter).filter(Boolean));
  return candidates.find(
    (dir) => isExecutable(join(dir, 'initdb')) && isExecutable(join(dir, 'postgres')),
  );
}

/** Finds PostgreSQL, installing Debian's `postgresql` with apt-get when missing and we may. */
export function ensurePostgres() {
  let bin = findPostgresBin();
  if (bin) return bin;
  if (isRoot && isExecutable('/usr/bin/apt-get')) {
    console.log('No PostgreSQL found: installing postgresql with apt-get (about a minute)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'postgresql']]) {
      const result = spawnSync('/usr/bin/apt-get', args, { stdio: 'inherit', env });
      if (result.status !== 0) break;
    }
    bin = findPostgresBin();
  }
  if (!bin) {
    throw new SetupError(
      'No PostgreSQL found and it could not be installed automatically: install it (on Debian or Ubuntu, `apt-get install postgresql` as root), set PH_PG_BIN to the directory of its initdb, or set PH_TEST_DATABASE_URL to a database the tests may use.',
    );
  }
  return bin;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function postgresUser() {
  const result = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const group = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (result.status !== 0 || group.status !== 0) {
    throw new SetupError(
      'Running as root, but there is no `postgres` user to run PostgreSQL as (install the postgresql package).',
    );
  }
  return { uid: Number(result.stdout.trim()), gid: Number(group.stdout.trim()) };
}

/**
 * Starts a fresh PostgreSQL; resolves to `{ url, stop }` once it accepts connections.
 * `stop()` shuts it down and deletes its files.
 */
export async function startTemporaryPostgres({ timeoutMs = 30_000 } = {}) {
  if (process.env.PH_TEST_DATABASE_URL) {
    return { url: process.env.PH_TEST_DATABASE_URL, stop: async () => undefined };
  }
  const bin = ensurePostgres();
  const dir = mkdtempSync(join(tmpdir(), 'ph-pg-'));
  const data = join(dir, 'data');
  const owner = isRoot ? postgresUser() : undefined;
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const as = owner ? { uid: owner.uid, gid: owner.gid } : {};
  const init = spawnSync(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'],
    { encoding: 'utf8', ...as },
  );
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new SetupError(`initdb failed: ${init.stderr || init.stdout}`);
  }
  const port = await freePort();
  let log = '';
  const server = spawn(
    join(bin, 'postgres'),
    [
      '-D',
      data,
      '-p',
      String(port),
      '-k',
      dir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=60',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], ...as },
  );
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;

  async function stop() {
    if (server.exitCode === null) {
      server.kill('SIGINT'); // fast shutdown
      let timer;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
      clearTimeout(timer);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  }

  const { default: pg } = await import('pg');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server.exitCode !== null) {
      await stop();
      throw new SetupError(`PostgreSQL did not start:\n${log}`);
    }
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return { url, stop };
    } catch {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) {
        await stop();
        throw new SetupError(
          `PostgreSQL did not accept connections within ${timeoutMs} ms:\n${log}`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(`PostgreSQL binaries: ${ensurePostgres()}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
