/**
 * `partner-hub-elements/adapter`: the adapter contract and everything a host needs to feed the
 * elements, without any DOM or Lit: the contract's types, the error class, the zod schemas and
 * the parsing wrapper, the role table, the memory adapter and the http adapter.
 */
export type {
  AdapterCapability,
  CollectPaymentMethodInput,
  InviteUserInput,
  InvoiceQuery,
  LiveEvent,
  LiveListener,
  MovementQuery,
  MutationOptions,
  PartnerHubAdapter,
  ReadOptions,
  ResourceName,
  TopUpInput,
  UsageQuery,
  WhatsAppAccountQuery,
} from './contract.js';
export { hasCapability } from './contract.js';
export { AdapterError, isAdapterError, toAdapterError } from './errors.js';
export type { AdapterErrorCode, AdapterErrorOptions } from './errors.js';
export * from './schemas.js';
export { parseOrThrow, RESULT_SCHEMAS, withValidation } from './validate.js';
export type { AnySchema, ResultMethod, ResultSchemas } from './validate.js';
export { isAllowed } from './permissions.js';
export * from './memory/index.js';
export { createHttpAdapter } from './http/http-adapter.js';
export type { HeadersContext, HttpAdapterOptions } from './http/http-adapter.js';
export type { EventSourceConstructor } from './http/live.js';
export { ROUTES, ROUTE_BY_METHOD, fillPath, matchRoute } from './http/routes.js';
export type { HttpMethod, Route } from './http/routes.js';
