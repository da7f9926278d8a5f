/**
 * The pluggable seam: the one contract a host implements to feed every element.
 *
 * Plain async methods, one per resource and mutation. Every call takes `{ signal }`; every
 * mutation also takes an `idempotencyKey` that the host must honour (same key, same result,
 * never a second charge). Errors are thrown as {@link AdapterError}.
 *
 * Every method is optional: each one is a capability the elements check. An adapter implements
 * what the page's elements use (each element's `adapterUse` says which, and the README's table
 * lists them); an element whose method is missing shows its "unavailable" state. The kit's own
 * memory and http adapters have every core method ({@link FullPartnerHubAdapter}).
 */
import type {
  ApiKey,
  ApiKeyInput,
  CreatedApiKey,
  AutoRenewal,
  AutoRenewalUpdate,
  Balance,
  DailyUsage,
  IntegrationSettings,
  IntegrationSettingsPatch,
  InviteUserResult,
  Invoice,
  InvoicePage,
  InvoiceSort,
  InvoiceStatus,
  InvoiceType,
  InvoicingDetails,
  InvoicingDetailsPatch,
  Money,
  Movement,
  PartnerAccount,
  PayInvoiceResult,
  PaymentMethod,
  Plan,
  PlanChangeQuote,
  Profile,
  ProfilePatch,
  Role,
  Session,
  TopUpQuote,
  TopUpResult,
  User,
  WebhookTestResult,
  WhatsAppAccountPage,
  WhatsAppAccountSort,
  WhatsAppAccountStatus,
} from './schemas.js';

export interface ReadOptions {
  signal?: AbortSignal;
  /**
   * The language the elements speak (BCP 47: the provider's `locale`, else `setKitLocale()`'s,
   * the page's `lang`, the browser's), for an adapter that can answer in it: plan features,
   * region names, the hub's refusals. Absent for a client no provider holds.
   */
  locale?: string;
}

export interface MutationOptions {
  signal?: AbortSignal;
  /** Unique per logical operation; reused on every retry of that operation. */
  idempotencyKey: string;
  /** As in {@link ReadOptions}: the language the hub's words (a refusal) are shown in. */
  locale?: string;
}

export interface TopUpInput {
  amount: Money;
  paymentMethodId: string;
}

/** Which days of usage to read: the last `days` up to the hub's today, or an explicit range. */
export interface UsageQuery {
  /** The last N days, ending today on the hub's clock (default 30 when no range is given). */
  days?: number;
  /** Inclusive, `YYYY-MM-DD`. */
  from?: string;
  /** Inclusive, `YYYY-MM-DD`. */
  to?: string;
}

/** Which months of movements to read; omit both for the whole history. */
export interface MovementQuery {
  /** Inclusive, `YYYY-MM`. */
  from?: string;
  /** Inclusive, `YYYY-MM`. */
  to?: string;
}

export interface InvoiceQuery {
  cursor?: string | null;
  limit?: number;
  status?: InvoiceStatus;
  /** A known `InvoiceType` or another type code the hub has. */
  type?: InvoiceType | (string & {});
  /**
   * (capability) The order, `-` for descending (default `-issuedAt`). An adapter that sorts
   * echoes it in the page's `sort`; one that does not leaves `sort` out, and the list then
   * offers no sorting.
   */
  sort?: InvoiceSort;
}

export interface WhatsAppAccountQuery {
  cursor?: string | null;
  limit?: number;
  /** Free text matched against name, client name, phone number and WABA ID. */
  query?: string;
  status?: WhatsAppAccountStatus;
  /**
   * (capability) The order: a field, descending with a leading `-` (default `-createdAt`). An
   * adapter that sorts says which order it applied in the page's `sort`; one that does not
   * leaves `sort` out of its answer, and the list then offers no sorting. Ties are broken the
   * same way in both directions, so `name` is exactly `-name` reversed.
   */
  sort?: WhatsAppAccountSort;
}

export interface InviteUserInput {
  email: string;
  name?: string;
  role: Role;
  /**
   * The one-time code e-mailed to the inviting owner, sent when the hub answered
   * `{ status: 'code_required' }`. A wrong or expired code is a `validation` error on `code`.
   */
  code?: string;
}

/** An element of the host's page, as far as the contract needs to know (an `HTMLElement`). */
export interface MountPoint {
  appendChild(node: never): unknown;
}

/** What `collectPaymentMethod` hands to the host's payment provider. */
export interface CollectPaymentMethodInput {
  /**
   * Where the host's PSP UI may mount, when it renders inline: an element of the page (typed
   * structurally, so the contract type-checks without the DOM library).
   */
  container?: MountPoint;
  makeDefault?: boolean;
}

/** The names of the resources the client caches; live events name one of these. */
export const RESOURCE_NAMES = [
  'session',
  'balances',
  'dailyUsage',
  'autoRenewal',
  'movements',
  'invoices',
  'invoicingDetails',
  'paymentMethods',
  'plan',
  'users',
  'integrationSettings',
  'apiKeys',
  'profile',
  'whatsAppAccounts',
  'partnerAccounts',
] as const;

export type ResourceName = (typeof RESOURCE_NAMES)[number];

/**
 * A live change pushed by the host. `data`, when given, is the resource's new value (it is
 * parsed like any response); without it the client re-reads the resource.
 */
export type LiveEvent =
  | { resource: 'balances'; data?: Balance[] }
  | { resource: Exclude<ResourceName, 'balances'>; data?: undefined };

export type LiveListener = (event: LiveEvent) => void;

/**
 * The adapter contract. Every method is optional (a capability); implement those the page's
 * elements use.
 */
export interface PartnerHubAdapter {
  // session
  getSession?(options?: ReadOptions): Promise<Session>;

  // balances and usage
  getBalances?(options?: ReadOptions): Promise<Balance[]>;
  /** Daily usage costs, for forecasts and recommendations. */
  listDailyUsage?(query: UsageQuery, options?: ReadOptions): Promise<DailyUsage[]>;
  topUp?(input: TopUpInput, options: MutationOptions): Promise<TopUpResult>;
  /** (capability) The fee and total a top-up would cost, shown before confirming. */
  quoteTopUp?(input: TopUpInput, options?: ReadOptions): Promise<TopUpQuote>;

  // auto-renewal, one entry per balance currency
  getAutoRenewal?(options?: ReadOptions): Promise<AutoRenewal[]>;
  updateAutoRenewal?(settings: AutoRenewalUpdate, options: MutationOptions): Promise<AutoRenewal>;

  // movements per month
  listMovements?(query: MovementQuery, options?: ReadOptions): Promise<Movement[]>;

  // invoices
  listInvoices?(query: InvoiceQuery, options?: ReadOptions): Promise<InvoicePage>;
  payInvoice?(
    id: string,
    input: { paymentMethodId: string },
    options: MutationOptions,
  ): Promise<PayInvoiceResult>;
  /** A URL the browser can open, or the PDF itself. */
  getInvoicePdf?(id: string, options?: ReadOptions): Promise<string | Blob>;

  // invoicing details
  getInvoicingDetails?(options?: ReadOptions): Promise<InvoicingDetails>;
  updateInvoicingDetails?(
    patch: InvoicingDetailsPatch,
    options: MutationOptions,
  ): Promise<InvoicingDetails>;

  // payment methods
  listPaymentMethods?(options?: ReadOptions): Promise<PaymentMethod[]>;
  setDefaultPaymentMethod?(id: string, options: MutationOptions): Promise<PaymentMethod[]>;
  /** (capability) */
  removePaymentMethod?(id: string, options: MutationOptions): Promise<PaymentMethod[]>;
  /** (capability) Collect a new card through the host's payment provider (PCI stays there). */
  collectPaymentMethod?(
    input: CollectPaymentMethodInput,
    options: MutationOptions,
  ): Promise<PaymentMethod>;

  // partner plan
  getPlan?(options?: ReadOptions): Promise<Plan>;
  /** (capability) The prorated amount of a change, shown before confirming. */
  quotePlanChange?(planId: string, options?: ReadOptions): Promise<PlanChangeQuote>;
  changePlan?(planId: string, options: MutationOptions): Promise<Plan>;
  /** (capability) */
  cancelPlan?(options: MutationOptions): Promise<Plan>;

  // users (mutations are owner-only: a member gets `forbidden`)
  listUsers?(options?: ReadOptions): Promise<User[]>;
  /**
   * Invites a user: answers the invited user, or `{ status: 'code_required', sentTo }` when the
   * hub first wants the inviting owner to confirm with a one-time code e-mailed to them (then
   * call again with `code`; calling again without one sends a new code). A malformed e-mail is
   * a `validation` error on `email`, one already on the account a `conflict`.
   */
  inviteUser?(input: InviteUserInput, options: MutationOptions): Promise<InviteUserResult>;
  /** (capability) Sends the invitation e-mail of a user not yet active again. */
  resendInvitation?(id: string, options: MutationOptions): Promise<User>;
  /** (capability) Withdraws the invitation of a user not yet active. */
  revokeInvitation?(id: string, options: MutationOptions): Promise<void>;
  updateUserRole?(id: string, role: Role, options: MutationOptions): Promise<User>;
  /** (capability) Without it the widget says "contact support to remove a user". */
  removeUser?(id: string, options: MutationOptions): Promise<void>;

  // integration settings
  getIntegrationSettings?(options?: ReadOptions): Promise<IntegrationSettings>;
  updateIntegrationSettings?(
    patch: IntegrationSettingsPatch,
    options: MutationOptions,
  ): Promise<IntegrationSettings>;
  /** (capability) */
  sendTestWebhook?(options: MutationOptions): Promise<WebhookTestResult>;

  // API keys (capability; owners only: a member gets `forbidden`)
  /** (capability) The partner's API keys: names and prefixes, never a secret. */
  listApiKeys?(options?: ReadOptions): Promise<ApiKey[]>;
  /** (capability) A new key; its secret is in this answer only (a replay gives `secret: null`). */
  createApiKey?(input: ApiKeyInput, options: MutationOptions): Promise<CreatedApiKey>;
  /** (capability) Revokes a key at once; answers with the keys left. */
  revokeApiKey?(id: string, options: MutationOptions): Promise<ApiKey[]>;

  // profile
  getProfile?(options?: ReadOptions): Promise<Profile>;
  updateProfile?(patch: ProfilePatch, options: MutationOptions): Promise<Profile>;
  uploadLogo?(file: Blob, options: MutationOptions): Promise<Profile>;

  // WhatsApp accounts (large: paged)
  listWhatsAppAccounts?(
    query: WhatsAppAccountQuery,
    options?: ReadOptions,
  ): Promise<WhatsAppAccountPage>;

  // partner accounts
  listPartnerAccounts?(options?: ReadOptions): Promise<PartnerAccount[]>;
  /** (capability) After it resolves, every read is scoped to the new account. */
  switchPartnerAccount?(id: string, options: MutationOptions): Promise<Session>;

  /** (capability) Push live changes; returns the unsubscribe function. */
  subscribe?(listener: LiveListener): () => void;
}

/** Every method of the contract, i.e. every capability an element may check for. */
export type AdapterCapability = keyof PartnerHubAdapter;

/** Every method of the contract, by name. */
export type AdapterMethod = AdapterCapability;

/**
 * The methods every complete hub has (the REST contract's required routes): the memory and
 * http adapters always offer them.
 */
export const CORE_METHODS = [
  'getSession',
  'getBalances',
  'listDailyUsage',
  'topUp',
  'getAutoRenewal',
  'updateAutoRenewal',
  'listMovements',
  'listInvoices',
  'payInvoice',
  'getInvoicePdf',
  'getInvoicingDetails',
  'updateInvoicingDetails',
  'listPaymentMethods',
  'setDefaultPaymentMethod',
  'getPlan',
  'changePlan',
  'listUsers',
  'inviteUser',
  'updateUserRole',
  'getIntegrationSettings',
  'updateIntegrationSettings',
  'getProfile',
  'updateProfile',
  'uploadLogo',
  'listWhatsAppAccounts',
  'listPartnerAccounts',
] as const satisfies readonly AdapterMethod[];

export type CoreMethod = (typeof CORE_METHODS)[number];

/** The methods even a complete hub may lack (quotes, removals, card collection, live events…). */
export type OptionalMethod = Exclude<AdapterMethod, CoreMethod>;

/** An adapter with every core method, such as the memory and http adapters. */
export type FullPartnerHubAdapter = PartnerHubAdapter &
  Required<Pick<PartnerHubAdapter, CoreMethod>>;

/**
 * What an element asks of the adapter: the methods it reads through, the ones it changes
 * through, and which of those it does without (hiding or explaining what they offer). Each
 * element declares it in its class comment (`@adapter-reads`, `@adapter-writes`,
 * `@adapter-optional`); the Custom Elements Manifest carries it as each element's `adapterUse`,
 * and the README's table lists it.
 */
export interface AdapterUse {
  readonly reads: readonly AdapterMethod[];
  readonly writes: readonly AdapterMethod[];
  /** Methods of `reads` and `writes` the element works without. */
  readonly optional?: readonly AdapterMethod[];
}

export function hasCapability(adapter: PartnerHubAdapter, capability: AdapterCapability): boolean {
  return typeof adapter[capability] === 'function';
}

export type { Invoice };
