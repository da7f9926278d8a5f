/**
 * The 360dialog backend over the simulated partner API, run in-process as an adapter: the
 * demo's "360dialog partner API (simulated)" data source and the browser tests' way to show
 * the elements fed through this backend without a server. The roles are checked here the way
 * the server handler checks them. Never use it with a real key: a real partner API key
 * belongs on the server, behind the handler.
 */
import type { PartnerHubAdapter } from '../../adapter/contract.js';
import { AdapterError } from '../../adapter/errors.js';
import { ROUTES } from '../../adapter/http/routes.js';
import { isAllowed } from '../../adapter/permissions.js';
import type { Role } from '../../adapter/schemas.js';
import type { CallContext, Identity } from '../types.js';
import { create360dialogBackend, type Dialog360Backend } from './backend.js';
import {
  createSimulated360dialogApi,
  type SimulatedApi,
  type SimulatedApiOptions,
} from './simulated.js';

export interface SimulatedAdapterOptions extends Partial<Omit<SimulatedApiOptions, 'apiKey'>> {
  role?: Role;
  /** An existing simulated hub (to keep its data across role switches). */
  api?: SimulatedApi;
}

export interface SimulatedAdapter {
  adapter: PartnerHubAdapter;
  api: SimulatedApi;
  backend: Dialog360Backend;
}

const DEMO_KEY = 'simulated-partner-api-key';

export function createSimulated360dialogAdapter(
  options: SimulatedAdapterOptions = {},
): SimulatedAdapter {
  const partnerId = options.partnerId ?? options.api?.partner.id ?? 'demoPA';
  const api =
    options.api ?? createSimulated360dialogApi({ ...options, apiKey: DEMO_KEY, partnerId });
  const backend = create360dialogBackend({
    apiKey: DEMO_KEY,
    partnerId,
    fetch: api.fetch,
    describeUser: (identity) =>
      identity.user.role === 'owner'
        ? { email: 'lena.owner@acme.example', name: 'Lena Owner' }
        : { email: 'priya.member@acme.example', name: 'Priya Member' },
  });
  const role = options.role ?? 'owner';
  const actor: Identity = {
    partnerAccountId: partnerId,
    user: { id: role === 'owner' ? 'usr_owner' : 'usr_member', role, status: 'active' },
  };

  const adapter: Record<string, unknown> = {};
  for (const route of ROUTES) {
    const fn = (backend as Record<string, unknown>)[route.method];
    if (typeof fn !== 'function') {
      // A capability the backend lacks stays absent; a required method answers unavailable.
      if (!route.capability) {
        adapter[route.method] = () =>
          Promise.reject(
            new AdapterError(
              'unavailable',
              'The 360dialog partner API does not offer this, and this portal has not supplied it.',
            ),
          );
      }
      continue;
    }
    // The backend's methods take the contract's arguments, then the call context.
    const leading = fn.length - 1;
    adapter[route.method] = async (...args: unknown[]) => {
      if (!isAllowed(role, route.method)) {
        throw new AdapterError(
          'forbidden',
          'Only owners can do this. Ask an owner of this partner account.',
        );
      }
      const options = (args[leading] ?? {}) as { signal?: AbortSignal; idempotencyKey?: string };
      const context: CallContext = {
        actor,
        signal: options.signal ?? new AbortController().signal,
        request: new Request('https://portal.invalid/api/v1'),
        ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
      };
      const leadingArgs = Array.from({ length: leading }, (_, i) => args[i]);
      return (fn as (...a: unknown[]) => Promise<unknown>).apply(backend, [
        ...leadingArgs,
        context,
      ]);
    };
  }
  return { adapter: adapter as unknown as PartnerHubAdapter, api, backend };
}
