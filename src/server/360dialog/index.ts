/**
 * A backend over 360dialog's Partner API v2, for the partner's server: balances, WhatsApp
 * accounts (channels), client names, profile and integration settings from the hub; the rest
 * from the host's own implementations.
 */
export { create360dialogBackend, HOST_METHODS, PARTNER_API_METHODS } from './backend.js';
export type { Dialog360Backend, Dialog360BackendOptions } from './backend.js';
export { CHANNEL_STATUS_MAP, kitStatusOf } from './mapping.js';
export { decimalToMoney, parseJsonKeepingNumbers, JsonNumber } from './decimal-json.js';
export { DEFAULT_BASE_URL } from './upstream.js';
export { createSimulated360dialogApi } from './simulated.js';
export type { SimulatedApi, SimulatedApiOptions, SimulatedChannel } from './simulated.js';
export { createSimulated360dialogAdapter } from './simulated-adapter.js';
export type { SimulatedAdapter, SimulatedAdapterOptions } from './simulated-adapter.js';
