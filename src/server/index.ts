/**
 * `partner-hub-elements/server`: the partner's backend for the elements in one import. One
 * web-standard handler (`Request` → `Response`) serves the whole REST contract the http adapter
 * speaks; the host supplies who is asking and a backend that does the work. Runs on Node 20,
 * Deno, Bun and edge runtimes (no Node imports here; the node:http adapter is
 * `partner-hub-elements/server/node`).
 *
 * ```ts
 * const handler = createPartnerHubHandler({
 *   authenticate: async (request) => sessionFrom(request), // → { partnerAccountId, user } or null
 *   backend: myBackend, // the contract's methods, each receiving the actor
 * });
 * ```
 */
export { createPartnerHubHandler, DEFAULT_LIMITS, IDEMPOTENCY_TTL_MS } from './handler.js';
export { createMemoryIdempotencyStore, createMemoryLiveFanout } from './memory.js';
export type { MemoryIdempotencyOptions } from './memory.js';
export { backendFromAdapter } from './adapter-backend.js';
export { buildOpenApiDocument } from './openapi.js';
export { HttpProblem, STATUS_OF, problemResponse } from './problem.js';
export type {
  Authenticate,
  BackendMethod,
  CallContext,
  Execution,
  Identity,
  IdempotencyOutcome,
  IdempotencyRequest,
  IdempotencyScope,
  IdempotencyStore,
  LiveFanout,
  PartnerHubBackend,
  PartnerHubHandler,
  PartnerHubHandlerOptions,
  ServerLimits,
  ServerStores,
  StoredResponse,
} from './types.js';
