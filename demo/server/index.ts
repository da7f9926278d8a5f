/// <reference types="node" />
/**
 * The reference server: the REST contract of `src/adapter/http/routes.ts` with real semantics
 * (usage deducted as simulated time passes, auto-renewal and emergency top-ups, idempotency,
 * roles, the last-owner rule) on an embedded SQLite database. The demo portal runs on it, and
 * it shows a partner what their own backend has to implement.
 *
 * ```js
 * import { startReferenceServer } from './.cache/server/index.mjs'; // built by scripts/build-server.mjs
 * const server = await startReferenceServer({ port: 0, dataDir: '/tmp/hub', usageSpeed: 0 });
 * await fetch(`${server.apiBase}/balances`);
 * await server.close();
 * ```
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { ServerLimits } from '../../src/server/types.js';
import { hardenNodeServer } from '../../src/server/node.js';
import { API_BASE, createHandler } from './http.js';
import { ServerHub } from './hub.js';

export { buildOpenApiDocument } from '../../src/server/openapi.js';
export { API_BASE, DEMO_USER_HEADER, demoAuthenticate } from './http.js';
/** The toolkit (`partner-hub-elements/server`), for tests that drive it directly. */
export * from '../../src/server/index.js';
export { toNodeListener, hardenNodeServer } from '../../src/server/node.js';
/** The contract this server serves (for tests and tools that load the bundle). */
export { ROUTES } from '../../src/adapter/http/routes.js';
export { isAllowed } from '../../src/adapter/permissions.js';
/** The SQLite store and the world it keeps, for the test that reads back what it wrote. */
export { openDatabase, WorldStore } from './store.js';
export { MemoryHub } from '../../src/adapter/memory/engine.js';
/** The demo hub (its backend and idempotency store), for tests that drive it under their own handler. */
export { ServerHub } from './hub.js';

export interface ReferenceServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Where the SQLite database lives (default `demo/server/data/`); created and seeded on first start. */
  dataDir?: string;
  /**
   * Simulated seconds per real second (default 3600: an hour of usage passes every second).
   * 0 freezes the clock; it then only moves through the `__test/advance` hook.
   */
  usageSpeed?: number;
  /** Enables `POST /api/v1/__test/advance` and `POST /api/v1/__test/fail-next` (tests only). */
  testHooks?: boolean;
  /** Serves the files of this directory at `/` (the demo portal), same origin as the API. */
  staticDir?: string;
  /** Logs one line per request. */
  log?: boolean;
  /** Where a new database's simulated clock starts (default the memory adapter's `DEFAULT_NOW`). */
  now?: string;
  /** WhatsApp accounts a new database is seeded with (default 2,000; up to 100,000). */
  whatsAppAccounts?: number;
  /** The handler's limits (body size and time, event streams); defaults in `DEFAULT_LIMITS`. */
  limits?: Partial<ServerLimits>;
  /**
   * Confirm every invitation with a one-time code e-mailed to the inviting owner, as the hub's
   * newer versions do (default true; false adds a user at once, as older hubs did). The demo's mailbox, `GET /api/v1/__demo/mailbox?user=…`,
   * shows the codes sent to a demo user.
   */
  inviteCodes?: boolean;
  /**
   * The seeded world of a new database: `positive` (default), or `licence-unpaid`, where a
   * licence invoice not yet paid has paused outbound messaging for three days.
   */
  scenario?: 'positive' | 'licence-unpaid';
}

export interface ReferenceServer {
  /** The origin, e.g. `http://127.0.0.1:43123`. */
  url: string;
  /** `url` + `/api/v1`. */
  apiBase: string;
  close(): Promise<void>;
}

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../demo/server/data/', import.meta.url));

export async function startReferenceServer(
  options: ReferenceServerOptions = {},
): Promise<ReferenceServer> {
  const usageSpeed = options.usageSpeed ?? 3600;
  if (!Number.isFinite(usageSpeed) || usageSpeed < 0) {
    throw new RangeError('usageSpeed is a number of simulated seconds per second, 0 or more.');
  }
  const hub = new ServerHub({
    dataDir: options.dataDir ?? DEFAULT_DATA_DIR,
    usageSpeed,
    inviteCodes: options.inviteCodes ?? true,
    ...(options.scenario ? { scenario: options.scenario } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.whatsAppAccounts !== undefined
      ? { whatsAppAccounts: options.whatsAppAccounts }
      : {}),
  });
  const handler = createHandler(hub, {
    testHooks: options.testHooks ?? false,
    log: options.log ?? false,
    ...(options.staticDir ? { staticDir: options.staticDir } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  // Timeouts are checked every second (Node's default is every 30 s), so a request whose
  // headers never finish is answered 408 within about 11 s.
  const server = hardenNodeServer(
    createServer({ connectionsCheckingInterval: 1_000 }, handler.listener),
  );

  // Usage keeps flowing (and live events keep coming) while nobody asks.
  const ticker =
    usageSpeed > 0
      ? setInterval(() => {
          hub.exclusive(() => hub.tick()).catch((error: unknown) => console.error(error));
        }, 1000)
      : undefined;
  ticker?.unref();

  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    if (ticker) clearInterval(ticker);
    hub.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    apiBase: `${url}${API_BASE}`,
    close() {
      closing ??= (async () => {
        if (ticker) clearInterval(ticker);
        handler.api.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        // Let a running operation finish before the database closes.
        await hub.exclusive(() => undefined);
        hub.close();
      })();
      return closing;
    },
  };
}
