/// <reference types="node" />
/**
 * `npm run server`: the reference server alone.
 *
 *   node .cache/server/main.mjs [--port 8787] [--host 127.0.0.1] [--data DIR] [--speed 3600]
 *                               [--static DIR] [--log] [--accounts 100000]
 *
 * `--accounts` seeds a new database with that many WhatsApp accounts (default 2,000).
 *
 * Prints the URL; Ctrl-C (SIGINT) or SIGTERM closes it cleanly.
 */
import { parseArgs } from 'node:util';
import { startReferenceServer } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string' },
    speed: { type: 'string', default: '3600' },
    static: { type: 'string' },
    log: { type: 'boolean', default: false },
    accounts: { type: 'string' },
  },
});

const port = Number(values.port);
const speed = Number(values.speed);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port: ${values.port}`);
  process.exit(2);
}
const accounts = values.accounts === undefined ? undefined : Number(values.accounts);
if (accounts !== undefined && (!Number.isInteger(accounts) || accounts < 0 || accounts > 100_000)) {
  console.error(`Not a number of WhatsApp accounts (0 to 100000): ${values.accounts}`);
  process.exit(2);
}
if (!Number.isFinite(speed) || speed < 0) {
  console.error(`Not a speed (simulated seconds per second, 0 or more): ${values.speed}`);
  process.exit(2);
}

async function start() {
  try {
    return await startReferenceServer({
      port,
      host: values.host,
      usageSpeed: speed,
      log: values.log,
      inviteCodes: true,
      ...(values.data ? { dataDir: values.data } : {}),
      ...(values.static ? { staticDir: values.static } : {}),
      ...(accounts !== undefined ? { whatsAppAccounts: accounts } : {}),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw error;
    console.log(`Port ${port} is taken; using a free one.`);
    return startReferenceServer({
      port: 0,
      host: values.host,
      usageSpeed: speed,
      log: values.log,
      inviteCodes: true,
      ...(values.data ? { dataDir: values.data } : {}),
      ...(values.static ? { staticDir: values.static } : {}),
      ...(accounts !== undefined ? { whatsAppAccounts: accounts } : {}),
    });
  }
}

const server = await start();
console.log(`Partner Hub reference server: ${server.apiBase}`);
console.log(`OpenAPI document: ${server.apiBase}/openapi.json`);
console.log('Press Ctrl-C to stop.');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
