/**
 * The readable resources, their parameters and how each is loaded from an adapter.
 * Adding a resource here is all the client needs to cache, dedupe and invalidate it.
 */
import { canonical } from '../adapter/canonical.js';
import { RESOURCE_NAMES } from '../adapter/contract.js';
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

/** The resources read with a `list…` method (`listMovements`); the rest have a `get…` one. */
const LISTED_NAMES = [
  'dailyUsage',
  'movements',
  'invoices',
  'paymentMethods',
  'users',
  'apiKeys',
  'whatsAppAccounts',
  'partnerAccounts',
] as const satisfies readonly ResourceName[];
type Listed = (typeof LISTED_NAMES)[number];
const LISTED: ReadonlySet<ResourceName> = new Set(LISTED_NAMES);

/** The adapter method a resource is read with: `getBalances`, `listMovements`… */
export type ReadMethod<N extends ResourceName> = N extends Listed
  ? `list${Capitalize<N>}`
  : `get${Capitalize<N>}`;

/** The adapter method resource `name` is read with (each is a method of the contract). */
export function readMethod<N extends ResourceName>(name: N): ReadMethod<N> {
  const verb = LISTED.has(name) ? 'list' : 'get';
  return `${verb}${name[0]!.toUpperCase()}${name.slice(1)}` as ReadMethod<N>;
}

/** The resources read with a query (the adapter method's first argument); the rest take none. */
const QUERIED: ReadonlySet<ResourceName> = new Set([
  'dailyUsage',
  'movements',
  'invoices',
  'whatsAppAccounts',
]);

/** Reads resource `name` from `adapter`: its read method, given the query if it takes one. */
export function loadResource(
  adapter: PartnerHubAdapter,
  name: ResourceName,
  params: unknown,
  options: ReadOptions,
): Promise<unknown> {
  const read = adapter[readMethod(name)] as (...args: unknown[]) => Promise<unknown>;
  return QUERIED.has(name) ? read.call(adapter, params, options) : read.call(adapter, options);
}

type Loader<N extends ResourceName> = (
  adapter: PartnerHubAdapter,
  params: ResourceParams<N>,
  options: ReadOptions,
) => Promise<ResourceValue<N>>;

/** Each resource's read, typed. */
/* @__NO_SIDE_EFFECTS__ */
function typedLoaders() {
  return Object.fromEntries(
    RESOURCE_NAMES.map((name) => [
      name,
      (adapter: PartnerHubAdapter, params: unknown, options: ReadOptions) =>
        loadResource(adapter, name, params, options),
    ]),
  ) as { [N in ResourceName]: Loader<N> };
}

/** Each resource's read, typed (the conformance suite reads every resource through these). */
export const LOADERS = typedLoaders();

/** A stable cache key: the name plus the parameters with their keys sorted. */
export function resourceKey(name: ResourceName, params: unknown): string {
  if (params === undefined || params === null) return name;
  return `${name}:${canonical(params)}`;
}
