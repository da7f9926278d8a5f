// `npm start`: installs what is missing, builds the demo portal (a production build, so its
// strict Content-Security-Policy holds: no dev-server inline scripts), builds the reference
// server and serves both from one origin on 127.0.0.1:5173 (or the next free port). The portal
// talks HTTP to the server's REST API; its data lives in demo/server/data/.
//
// If the server cannot be built or started (say better-sqlite3 did not compile), the portal is
// served alone and runs on the memory adapter. Ctrl-C or SIGTERM stops everything, exit code 0.
//
//   PORT=8080 npm start           first port to try (0: any free port); also `--port 8080`
//   PH_DATA_DIR=/tmp/hub npm start where the server keeps its database; also `--data-dir`
//
// The e2e tests import buildDemo() and startDemo() from here.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import {
  createReadStream,
  existsSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { SetupError, ensureDependencies, root, runScript } from './ensure.mjs';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { staticGraphChunk } from './static-graph-chunk.mjs';

export const demoOutDir = join(root, '.cache', 'demo');
export const defaultDataDir = join(root, 'demo', 'server', 'data');
const stampFile = join(demoOutDir, '.build-stamp');
const firstPort = 5173;
const portsToTry = 20;

/** The Content-Security-Policy the portal is served with (also in demo/index.html). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

// ── the demo build ──────────────────────────────────────────────────────────────────────────

function* files(dir, skip) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip(path)) continue;
    if (entry.isDirectory()) yield* files(path, skip);
    else yield path;
  }
}

/**
 * A fingerprint of everything the demo build reads: sources, demo files, lockfile, this file and
 * the build plugins.
 */
function inputsFingerprint() {
  const serverDir = join(root, 'demo', 'server');
  const skip = (path) => path === serverDir || path.endsWith(`${sep}node_modules`);
  const inputs = [
    ...files(join(root, 'src'), skip),
    ...files(join(root, 'demo'), skip),
    join(root, 'package-lock.json'),
    join(root, 'tsconfig.json'),
    fileURLToPath(import.meta.url),
    join(root, 'scripts', 'minify-templates.mjs'),
    join(root, 'scripts', 'static-graph-chunk.mjs'),
  ].sort();
  const hash = createHash('sha256');
  for (const file of inputs) {
    const { mtimeMs, size } = statSync(file);
    hash.update(`${relative(root, file)}\0${mtimeMs}\0${size}\n`);
  }
  return hash.digest('hex');
}

/**
 * Builds the demo portal into .cache/demo/ with Vite, unless the last build there was made
 * from exactly the current inputs. Resolves to the output directory.
 */
export async function buildDemo({ force = false, quiet = false } = {}) {
  const fingerprint = inputsFingerprint();
  const built = existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === fingerprint;
  if (built && !force) return demoOutDir;
  if (!quiet) console.log('Building the demo portal…');
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: join(root, 'demo'),
    base: './',
    logLevel: 'warn',
    clearScreen: false,
    build: {
      outDir: demoOutDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      // Chromium, Firefox and Safari preload modules natively: no polyfill script needed.
      modulePreload: { polyfill: false },
      // As the library build does: Lit's templates are minified too. What the portal imports
      // statically is one chunk (scripts/static-graph-chunk.mjs), as the bench measures it.
      rolldownOptions: {
        plugins: [minifyTemplatesPlugin(), staticGraphChunk()],
        output: { minify: true },
        // The portal imports the whole kit up front (src/index.js), so the hub's tabs, which
        // <ph-partner-hub> imports on demand, are in its first chunk already: not a problem to
        // warn about on every `npm start`.
        checks: { ineffectiveDynamicImport: false },
      },
    },
  });
  writeFileSync(stampFile, `${fingerprint}\n`);
  return demoOutDir;
}

// ── serving ─────────────────────────────────────────────────────────────────────────────────

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** The portal without the reference server: static files only, under the same CSP. */
export async function startStaticServer({ dir, port, host, csp = CSP }) {
  const base = resolve(dir);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path.startsWith('/api/')) {
      response.writeHead(503, { 'content-type': 'application/problem+json' });
      response.end(
        JSON.stringify({
          type: 'urn:partner-hub:problem:unavailable',
          title: 'Service Unavailable',
          status: 503,
          code: 'unavailable',
          detail: 'The reference server is not running; the demo uses the memory adapter.',
        }),
      );
      return;
    }
    let file = resolve(base, `.${path}`);
    if (file !== base && !file.startsWith(base + sep)) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(response);
  });
  server.listen(port, host);
  await Promise.race([
    once(server, 'listening'),
    once(server, 'error').then(([error]) => Promise.reject(error)),
  ]);
  const url = `http://${host}:${server.address().port}`;
  return {
    url,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** Tries `port`, then the next ones, until one is free (port 0: any free port at once). */
async function onFreePort(port, listen) {
  const attempts = port === 0 ? 1 : portsToTry;
  for (let i = 0; ; i += 1) {
    try {
      return await listen(port === 0 ? 0 : port + i);
    } catch (error) {
      if (error?.code !== 'EADDRINUSE' || i + 1 >= attempts) throw error;
    }
  }
}

/** Builds and imports the reference server; rejects when it cannot (no native SQLite…). */
async function loadReferenceServer() {
  const { buildServer } = await import('./build-server.mjs');
  const { index } = await buildServer();
  const module = await import(pathToFileURL(index).href);
  return module.startReferenceServer;
}

/**
 * Builds the demo and the server and serves them. Resolves to `{ url, mode, close }`; `mode` is
 * `http` (portal and reference server) or `memory` (portal alone; `reason` says why).
 */
export async function startDemo({
  port = firstPort,
  host = '127.0.0.1',
  dataDir = defaultDataDir,
  usageSpeed = 600,
  testHooks = false,
  quiet = false,
  scenario,
} = {}) {
  const staticDir = await buildDemo({ quiet });
  let startReferenceServer;
  try {
    startReferenceServer = await loadReferenceServer();
  } catch (error) {
    const server = await onFreePort(port, (p) =>
      startStaticServer({ dir: staticDir, port: p, host }),
    );
    return { ...server, mode: 'memory', reason: firstLine(error) };
  }
  const server = await onFreePort(port, (p) =>
    startReferenceServer({
      port: p,
      host,
      dataDir,
      usageSpeed,
      testHooks,
      staticDir,
      inviteCodes: true,
      ...(scenario ? { scenario } : {}),
    }),
  );
  return { url: server.url, apiBase: server.apiBase, mode: 'http', close: () => server.close() };
}

function firstLine(error) {
  return String(error?.message ?? error).split('\n')[0];
}

// ── `npm start` ─────────────────────────────────────────────────────────────────────────────

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
    }));
  } catch (error) {
    throw new SetupError(`${error.message} (npm start accepts --port N and --data-dir DIR).`);
  }
  const portText = values.port ?? process.env.PORT;
  const port = portText === undefined || portText === '' ? firstPort : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new SetupError(`The port must be a whole number from 0 to 65535, not "${portText}".`);
  }
  const dataDir = resolve(values['data-dir'] ?? process.env.PH_DATA_DIR ?? defaultDataDir);

  ensureDependencies();
  const demo = await startDemo({ port, dataDir });
  if (demo.mode === 'memory') {
    console.log(
      `The reference server could not start (${demo.reason}), so the portal runs on the memory adapter only.`,
    );
  }
  console.log(`Acme Messaging demo portal: ${demo.url}/`);
  console.log('Press Ctrl-C to stop.');

  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    // Should closing hang (a stuck connection), leave anyway after a few seconds.
    setTimeout(() => process.exit(0), 3000).unref();
    await demo.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runScript(main);
}
