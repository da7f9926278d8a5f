/**
 * The memory engine: the one module through which code outside the memory adapter (the
 * reference server in `demo/server/`) reuses the adapter's hub, its resource rules and its
 * record shapes, instead of reaching into its files one by one. What is not exported here is
 * the adapter's own business and may change without notice.
 */
import type { PartnerHubAdapter } from '../contract.js';
import type { MemoryHub } from './hub.js';
import { accountMethods } from './resources/account.js';
import { apiKeyMethods } from './resources/api-keys.js';
import { balanceMethods } from './resources/balance.js';
import { invoiceMethods } from './resources/invoices.js';
import { paymentMethodMethods } from './resources/payment-methods.js';
import { planMethods } from './resources/plan.js';
import { settingsMethods } from './resources/settings.js';

export { MemoryHub, checkLatency } from './hub.js';
export type { ActiveChannels } from './hub.js';
export { DEFAULT_NOW } from './seed.js';
export { decodeCursor, encodeCursor, pageLimit } from './paging.js';
export { orderAccounts } from './whatsapp-accounts.js';
export { sha256Hex } from './resources/api-keys.js';
export { refusalIn } from './words.js';
export type {
  AccountState,
  Card,
  IndexedWhatsAppAccount,
  StoredApiKey,
  StoredInvoice,
  Wallet,
  World,
} from './state.js';
export type { UsageProfile } from './usage-profile.js';
export type { AdapterMethod } from './types.js';

/** Every adapter method but `subscribe`, run by `hub` under the hub's rules. */
export type EngineMethods = Required<Omit<PartnerHubAdapter, 'subscribe'>>;

/** The adapter's methods over `hub`: the same rules for the memory adapter and the server. */
export function hubMethods(hub: MemoryHub): EngineMethods {
  return {
    ...accountMethods(hub),
    ...balanceMethods(hub),
    ...invoiceMethods(hub),
    ...paymentMethodMethods(hub),
    ...planMethods(hub),
    ...settingsMethods(hub),
    ...apiKeyMethods(hub),
  };
}
