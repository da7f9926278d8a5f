// Helpers of the reference-server tests: start the BUILT server (.cache/server, made by
// scripts/build-server.mjs; test/server/run.mjs builds it first) on a free port with a fresh
// temporary data directory, and small fetch wrappers.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bundle = join(root, '.cache', 'server', 'index.mjs');
if (!existsSync(bundle)) {
  throw new Error(
    'Build the server first: node scripts/build-server.mjs (npm run test:server does).',
  );
}
/** The built server module: startReferenceServer, ROUTES, buildOpenApiDocument, isAllowed. */
export const server = await import(pathToFileURL(bundle).href);

export const OWNER = 'usr_lena';
export const MEMBER = 'usr_priya';

export function tempDir() {
  return mkdtempSync(join(tmpdir(), 'ph-server-test-'));
}

/** Starts a server (frozen clock, test hooks on) on a new data dir unless one is given. */
export async function start(options = {}) {
  const dataDir = options.dataDir ?? tempDir();
  const s = await server.startReferenceServer({
    port: 0,
    usageSpeed: 0,
    testHooks: true,
    ...options,
    dataDir,
  });
  const api = createApi(s.apiBase);
  return {
    ...s,
    dataDir,
    api,
    async stop({ keepData = false } = {}) {
      await s.close();
      if (!keepData && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function key() {
  return randomUUID();
}

export function createApi(apiBase) {
  async function call(
    method,
    path,
    { body, user = OWNER, idempotencyKey, headers = {}, raw } = {},
  ) {
    const h = { ...headers };
    if (user) h['x-demo-user'] = user;
    if (idempotencyKey) h['idempotency-key'] = idempotencyKey;
    let payload;
    if (raw !== undefined) payload = raw;
    else if (body !== undefined) {
      h['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(apiBase + path, { method, headers: h, body: payload });
    const type = res.headers.get('content-type') ?? '';
    let data;
    if (type.includes('json')) data = await res.json();
    else if (res.status !== 204) data = new Uint8Array(await res.arrayBuffer());
    return { status: res.status, type, headers: res.headers, body: data };
  }
  return {
    call,
    get: (path, opts) => call('GET', path, opts),
    post: (path, body, opts = {}) =>
      call('POST', path, { ...opts, body, idempotencyKey: opts.idempotencyKey ?? key() }),
    balance: async (user = OWNER) => {
      const r = await call('GET', '/balances', { user });
      return r.body[0].money.amount;
    },
  };
}

export const EUR = (amount) => ({ amount, currency: 'EUR' });
export const topUpBody = (amount, paymentMethodId = 'pm_visa_4242') => ({
  amount: EUR(amount),
  paymentMethodId,
});
