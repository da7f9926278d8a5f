/**
 * A backend from an adapter: when the host already has a `PartnerHubAdapter` that runs on the
 * server (over its own database or an upstream API), `backendFromAdapter` serves it through the
 * handler, picking (or creating) the adapter for each actor.
 */
import type { MutationOptions, PartnerHubAdapter } from '../adapter/contract.js';
import { ROUTES } from '../adapter/http/routes.js';
import { HttpProblem } from './problem.js';
import type { CallContext, Identity, PartnerHubBackend } from './types.js';

export function backendFromAdapter(
  adapterFor: (actor: Identity) => PartnerHubAdapter | Promise<PartnerHubAdapter>,
): PartnerHubBackend {
  const backend: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const route of ROUTES) {
    backend[route.method] = async (...args: unknown[]) => {
      const ctx = args.pop() as CallContext;
      const adapter = await adapterFor(ctx.actor);
      const fn = adapter[route.method] as ((...a: unknown[]) => Promise<unknown>) | undefined;
      if (typeof fn !== 'function') {
        throw new HttpProblem(501, 'unavailable', 'This server does not offer this operation.');
      }
      const options: Partial<MutationOptions> = { signal: ctx.signal };
      if (ctx.idempotencyKey !== undefined) options.idempotencyKey = ctx.idempotencyKey;
      if (ctx.locale !== undefined) options.locale = ctx.locale;
      return fn.call(adapter, ...args, options);
    };
  }
  return backend as PartnerHubBackend;
}
