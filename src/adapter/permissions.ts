/**
 * Who may do what. Owners manage WhatsApp accounts, users and billing; members manage
 * WhatsApp accounts only. One table, used by the memory adapter and the reference server.
 */
import type { PartnerHubAdapter } from './contract.js';
import type { Role } from './schemas.js';

type Method = Exclude<keyof PartnerHubAdapter, 'subscribe'>;

/** Methods a member may call; every other method is owner-only and answers `forbidden`. */
const MEMBER_ALLOWED: ReadonlySet<Method> = new Set<Method>([
  'getSession',
  'getBalances',
  'listDailyUsage',
  'getAutoRenewal',
  'listMovements',
  'listUsers',
  'getIntegrationSettings',
  'getProfile',
  'listWhatsAppAccounts',
  'listPartnerAccounts',
  'switchPartnerAccount',
]);

export function isAllowed(role: Role, method: Method): boolean {
  return role === 'owner' || MEMBER_ALLOWED.has(method);
}
