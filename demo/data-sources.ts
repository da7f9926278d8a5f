/**
 * Where the demo's data comes from: the reference server over HTTP (the real wire path, as a
 * partner's portal would run it) or the memory adapter in this tab.
 *
 * The reference server stands in for the partner's backend. Its demo users are chosen with
 * the `X-Demo-User` header, where a real portal would send its own session cookie or token.
 */
import { createHttpAdapter, createMemoryAdapter } from '../src/adapter/index.js';
import type { MemoryAdapter, PartnerHubAdapter } from '../src/adapter/index.js';
import { createSimulated360dialogAdapter } from '../src/server/360dialog/simulated-adapter.js';
import type { SimulatedApi } from '../src/server/360dialog/simulated.js';
import type { DemoRole } from './settings.js';

export const API_BASE = `${location.origin}/api/v1`;

/** The reference server's demo users, one per role. */
export interface ServerUsers {
  owner: string;
  member: string | undefined;
}

const isJson = (response: Response) =>
  (response.headers.get('content-type') ?? '').includes('json');

/**
 * Asks the origin whether the reference server is behind it; resolves to an owner and a
 * member to act as, or undefined when there is no server (the demo then runs in memory).
 * `/__demo/users` is the demo server's stand-in for a sign-in page: the API itself answers
 * 401 to a request that names no user.
 */
export async function probeServer(): Promise<ServerUsers | undefined> {
  try {
    const response = await fetch(`${API_BASE}/__demo/users`);
    if (!response.ok || !isJson(response)) return undefined;
    const users = (await response.json()) as { owner?: string; member?: string };
    if (!users.owner) return undefined;
    const session = await fetch(`${API_BASE}/session`, {
      headers: { 'X-Demo-User': users.owner },
    });
    if (!session.ok) return undefined;
    return { owner: users.owner, member: users.member };
  } catch {
    return undefined;
  }
}

/** An http adapter acting as the server's demo user of `role`. */
export function httpAdapter(users: ServerUsers, role: DemoRole): PartnerHubAdapter {
  const userId = (role === 'member' && users.member) || users.owner;
  return createHttpAdapter({
    baseUrl: API_BASE,
    getHeaders: () => ({ 'X-Demo-User': userId }),
    // The reference server's session names the account its authenticate acts in.
    namePartnerAccount: true,
    // EventSource cannot send headers: the demo server takes the user from the query instead.
    eventsUrl: `${API_BASE}/events?demoUser=${encodeURIComponent(userId)}`,
  });
}

let memory: MemoryAdapter | undefined;

/**
 * The demo's stand-in for the signed-in owner's inbox: the latest one-time code the hub
 * e-mailed them (the reference server's `/__demo/mailbox`, or the memory adapter's outbox).
 */
export async function latestCode(
  users: ServerUsers | undefined,
  role: DemoRole,
  inMemory: MemoryAdapter | undefined,
): Promise<string | undefined> {
  if (inMemory) return inMemory.outbox.at(-1)?.code;
  if (!users) return undefined;
  const userId = (role === 'member' && users.member) || users.owner;
  const response = await fetch(`${API_BASE}/__demo/mailbox?user=${encodeURIComponent(userId)}`);
  if (!response.ok || !isJson(response)) return undefined;
  const mails = (await response.json()) as Array<{ code: string }>;
  return mails.at(-1)?.code;
}

/** The tab's one memory adapter: its data (and simulated clock) lasts until a reload. */
export function memoryAdapter(role: DemoRole): {
  adapter: PartnerHubAdapter;
  memory: MemoryAdapter;
} {
  // Invitations are confirmed with a one-time code, as in the hub's newer versions.
  memory ??= createMemoryAdapter({ latency: { min: 80, max: 240 }, inviteCodes: true });
  memory.setRole(role);
  // A new object for the same data: the provider makes a new client, so every widget reloads
  // as the new role.
  return { adapter: { ...memory }, memory };
}

let hub: SimulatedApi | undefined;

/**
 * The 360dialog backend over a simulated partner API (2,500 channels, balances as the hub
 * sends them), run in this tab. What the partner API lacks shows as unavailable. A real
 * partner API key belongs on the server, behind the handler, never in a page like this.
 */
export function dialog360Adapter(role: DemoRole): PartnerHubAdapter {
  const created = createSimulated360dialogAdapter({
    role,
    ...(hub
      ? { api: hub }
      : {
          channels: 2500,
          latencyMs: 150,
          balances: [
            { total: '100.45', currency: 'eur' },
            { total: '19.989999999999998', currency: 'usd' },
          ],
        }),
  });
  hub = created.api;
  return created.adapter;
}
