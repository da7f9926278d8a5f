// Runs the real reference server (demo/server/) beside web-test-runner, so browser tests can
// drive the http adapter over the real wire.
//
// - The first request for `/__ph-server.js` builds the server bundle (scripts/build-server.mjs)
//   and starts one shared instance on a free port with a fresh temporary data directory (runs
//   that never ask pay nothing); `serverStop` closes every instance and deletes its directory.
// - The server sends no CORS headers (the demo serves its page from the same origin), so the
//   browser reaches it through a same-origin proxy on the test server: `/__ph-api/<id>/…` goes
//   to instance <id>'s `/api/v1/…`, responses streamed as they come (Server-Sent Events too).
// - Identity: the server answers 401 to a request that names no user. The proxy plays the
//   browser's signed-in session: a request without `X-Demo-User` (and without `?demoUser=`,
//   which EventSource streams use) acts as the seeded owner `usr_lena`, the way a session cookie
//   would ride along with every request of a real portal. Tests of other users send the header.
// - `import { apiBase } from '/__ph-server.js'` gives the shared instance's base URL.
// - Isolation: `POST /__ph-server/instances` starts a new instance with its own fresh data
//   directory (`?inviteCodes=false`: one that adds users at once) and answers `{ id, apiBase }`; `DELETE /__ph-server/instances/<id>` stops it. A
//   test that changes data takes its own instance, so test files running side by side never
//   see each other's changes (and nothing restarts under another file's feet).
//
// Usage in web-test-runner.config.mjs: `middleware: [referenceServerProxy()]` and
// `plugins: [referenceServerPlugin()]` (they share the instances).
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PROXY = '/__ph-api/';
/** Who the browser's "session" is when a test names nobody (see above). */
const SESSION_USER = 'usr_lena';
const CONTROL = '/__ph-server/instances';
const MODULE = '/__ph-server.js';

/** id → { apiBase: URL, close(), dataDir } */
const instances = new Map();
let nextId = 0;
/** The built server module (`startReferenceServer`), loaded once per test run. */
let serverModule;

async function loadServer() {
  if (!serverModule) {
    const { buildServer } = await import('../../scripts/build-server.mjs');
    const { index } = await buildServer();
    serverModule = import(`${pathToFileURL(index).href}?v=${Date.now()}`);
  }
  return serverModule;
}

/** `options`: the server's own (`inviteCodes: false`, from `?inviteCodes=false` on the POST). */
async function startInstance(options = {}) {
  const { startReferenceServer } = await loadServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'ph-reference-'));
  let server;
  try {
    server = await startReferenceServer({
      port: 0,
      dataDir,
      usageSpeed: 0,
      testHooks: true,
      ...options,
    });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const id = String(++nextId);
  const apiBase = new URL(server.apiBase, server.url);
  instances.set(id, { apiBase, close: () => server.close(), dataDir });
  return id;
}

async function stopInstance(id) {
  const instance = instances.get(id);
  if (!instance) return false;
  instances.delete(id);
  try {
    await instance.close();
  } finally {
    rmSync(instance.dataDir, { recursive: true, force: true });
  }
  return true;
}

function json(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

/** Streams one request to an instance and its answer back, untouched. */
function proxy(ctx, instance, rest) {
  const target = new URL(instance.apiBase.href.replace(/\/?$/, '/') + rest + ctx.search);
  ctx.respond = false;
  return new Promise((resolve) => {
    const headers = { ...ctx.req.headers, host: target.host };
    if (!headers['x-demo-user'] && !target.searchParams.has('demoUser')) {
      headers['x-demo-user'] = SESSION_USER;
    }
    const upstream = request(target, { method: ctx.method, headers }, (answer) => {
      ctx.res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(ctx.res);
      answer.on('end', resolve);
      answer.on('error', resolve);
    });
    // The browser went away (an aborted fetch, a closed EventSource): drop the upstream too.
    ctx.res.on('close', () => {
      upstream.destroy();
      resolve();
    });
    upstream.on('error', (error) => {
      if (!ctx.res.headersSent) {
        ctx.res.writeHead(502, { 'content-type': 'text/plain' });
      }
      ctx.res.end(String(error));
      resolve();
    });
    ctx.req.pipe(upstream);
  });
}

/** Koa middleware: the same-origin proxy and the instance controls. */
export function referenceServerProxy() {
  return async function referenceServer(ctx, next) {
    if (ctx.path.startsWith(PROXY)) {
      const [id, ...rest] = ctx.path.slice(PROXY.length).split('/');
      const instance = instances.get(id);
      if (!instance) return json(ctx, 404, { title: `No reference server instance ${id}.` });
      return proxy(ctx, instance, rest.join('/'));
    }
    if (ctx.path === CONTROL && ctx.method === 'POST') {
      const id = await startInstance(
        ctx.query.inviteCodes === 'false' ? { inviteCodes: false } : {},
      );
      return json(ctx, 201, { id, apiBase: `${PROXY}${id}` });
    }
    if (ctx.path.startsWith(`${CONTROL}/`) && ctx.method === 'DELETE') {
      const stopped = await stopInstance(ctx.path.slice(CONTROL.length + 1));
      ctx.status = stopped ? 204 : 404;
      return;
    }
    return next();
  };
}

/**
 * web-test-runner plugin: serves `/__ph-server.js` (starting the shared instance on first use,
 * so runs that never ask for it pay nothing) and stops every instance with the test server.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function referenceServerPlugin() {
  let shared;
  return {
    name: 'ph-reference-server',
    async serverStop() {
      await Promise.allSettled([...instances.keys()].map((id) => stopInstance(id)));
    },
    async serve(context) {
      if (context.path !== MODULE) return undefined;
      shared ??= startInstance();
      let body;
      try {
        const id = await shared;
        body = `export const apiBase = new URL(${JSON.stringify(PROXY)} + ${JSON.stringify(id)}, location.origin).href;\n`;
      } catch (error) {
        const why = error instanceof Error ? (error.stack ?? error.message) : String(error);
        body = `throw new Error(${JSON.stringify(`The reference server did not start: ${why}`)});\n`;
      }
      return { body, type: 'js' };
    },
  };
}
