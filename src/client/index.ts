export { DEFAULT_TIMEOUTS, PartnerHubClient, createIdempotencyKey } from './client.js';
export type {
  ClientEventMap,
  ClientOptions,
  Resource,
  ResourceListener,
  ResourceState,
  ResourceStatus,
  RetryOptions,
  TimeoutOptions,
} from './client.js';
export { resourceKey } from './resources.js';
export { registerChangeEffects, registerResultSchemas } from './results.js';
export type { Answer, CacheUpdate, ChangeEffect } from './results.js';
export type { ResourceMap, ResourceParams, ResourceValue } from './resources.js';
export { failureOf, formatFailure } from './diagnostics.js';
export type { AdapterFailure } from './diagnostics.js';
