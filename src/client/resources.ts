/**
 * The readable resources, their parameters and how each is loaded from an adapter.
 * Adding a resource here is all the client needs to cache, dedupe and invalidate it.
 */
import { canonical } from '../adapter/canonical.js';
import type {
  MovementQuery,
  UsageQuery,
  InvoiceQuery,
  PartnerHubAdapter,
  ReadOptions,
  ResourceName,
  WhatsAppAccountQuery,
} from '../adapter/contract.js';
import type {
  AutoRenewal,
  Balance,
  DailyUsage,
  ApiKey,
  IntegrationSettings,
  InvoicePage,
  InvoicingDetails,
  Movement,
  PartnerAccount,
  PaymentMethod,
  Plan,
  Profile,
  Session,
  User,
  WhatsAppAccountPage,
} from '../adapter/schemas.js';

/** Each resource's value type and the parameters it is read with (`void`: none). */
export interface ResourceMap {
  session: { value: Session; params: void };
  balances: { value: Balance[]; params: void };
  dailyUsage: { value: DailyUsage[]; params: UsageQuery };
  autoRenewal: { value: AutoRenewal[]; params: void };
  movements: { value: Movement[]; params: MovementQuery };
  invoices: { value: InvoicePage; params: InvoiceQuery };
  invoicingDetails: { value: InvoicingDetails; params: void };
  paymentMethods: { value: PaymentMethod[]; params: void };
  plan: { value: Plan; params: void };
  users: { value: User[]; params: void };
  integrationSettings: { value: IntegrationSettings; params: void };
  apiKeys: { value: ApiKey[]; params: void };
  profile: { value: Profile; params: void };
  whatsAppAccounts: { value: WhatsAppAccountPage; params: WhatsAppAccountQuery };
  partnerAccounts: { value: PartnerAccount[]; params: void };
}

export type ResourceValue<N extends ResourceName> = ResourceMap[N]['value'];
export type ResourceParams<N extends ResourceName> = ResourceMap[N]['params'];

type Loader<N extends ResourceName> = (
  adapter: PartnerHubAdapter,
  params: ResourceParams<N>,
  options: ReadOptions,
) => Promise<ResourceValue<N>>;

export const LOADERS: { [N in ResourceName]: Loader<N> } = {
  session: (a, _p, o) => a.getSession!(o),
  balances: (a, _p, o) => a.getBalances!(o),
  dailyUsage: (a, p, o) => a.listDailyUsage!(p, o),
  autoRenewal: (a, _p, o) => a.getAutoRenewal!(o),
  movements: (a, p, o) => a.listMovements!(p, o),
  invoices: (a, p, o) => a.listInvoices!(p, o),
  invoicingDetails: (a, _p, o) => a.getInvoicingDetails!(o),
  paymentMethods: (a, _p, o) => a.listPaymentMethods!(o),
  plan: (a, _p, o) => a.getPlan!(o),
  users: (a, _p, o) => a.listUsers!(o),
  integrationSettings: (a, _p, o) => a.getIntegrationSettings!(o),
  apiKeys: (a, _p, o) => a.listApiKeys!(o),
  profile: (a, _p, o) => a.getProfile!(o),
  whatsAppAccounts: (a, p, o) => a.listWhatsAppAccounts!(p, o),
  partnerAccounts: (a, _p, o) => a.listPartnerAccounts!(o),
};

/** The adapter method each resource is read with. */
export const READ_METHODS = {
  session: 'getSession',
  balances: 'getBalances',
  dailyUsage: 'listDailyUsage',
  autoRenewal: 'getAutoRenewal',
  movements: 'listMovements',
  invoices: 'listInvoices',
  invoicingDetails: 'getInvoicingDetails',
  paymentMethods: 'listPaymentMethods',
  plan: 'getPlan',
  users: 'listUsers',
  integrationSettings: 'getIntegrationSettings',
  apiKeys: 'listApiKeys',
  profile: 'getProfile',
  whatsAppAccounts: 'listWhatsAppAccounts',
  partnerAccounts: 'listPartnerAccounts',
} as const satisfies Record<ResourceName, keyof PartnerHubAdapter>;

/** A stable cache key: the name plus the parameters with their keys sorted. */
export function resourceKey(name: ResourceName, params: unknown): string {
  if (params === undefined || params === null) return name;
  return `${name}:${canonical(params)}`;
}
