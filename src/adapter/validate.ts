/**
 * Parsing at the seam: wraps any adapter so that every value it returns is checked against its
 * schema, and anything it throws becomes an {@link AdapterError}. A malformed response becomes
 * `invalid_response` naming the method and the offending field.
 */
import * as z from 'zod/mini';
import type { PartnerHubAdapter } from './contract.js';
import { AdapterError, toAdapterError } from './errors.js';
// Named imports: a bundler keeps a table of namespace members (`s.X`) even when it is unused,
// and with it every schema.
import {
  ApiKeyListSchema,
  AutoRenewalListSchema,
  AutoRenewalSchema,
  BalancesSchema,
  CreatedApiKeySchema,
  DailyUsageListSchema,
  IntegrationSettingsSchema,
  InviteUserResultSchema,
  InvoicePageSchema,
  InvoicingDetailsSchema,
  MovementListSchema,
  PartnerAccountListSchema,
  PayInvoiceResultSchema,
  PaymentMethodListSchema,
  PaymentMethodSchema,
  PlanChangeQuoteSchema,
  PlanSchema,
  ProfileSchema,
  SessionSchema,
  TopUpQuoteSchema,
  TopUpResultSchema,
  UserListSchema,
  UserSchema,
  WebhookTestResultSchema,
  WhatsAppAccountPageSchema,
} from './schemas.js';

export type AnySchema = z.core.$ZodType;

/**
 * What `getInvoicePdf` answers, as the contract types it: a URL the browser can open, or the PDF
 * itself as a Blob. (Whether the URL is one that is safe to open, the invoice list checks.)
 */
export const InvoicePdfSchema = /* @__PURE__ */ z.custom<string | Blob>(
  (value) =>
    (typeof value === 'string' && value.length > 0) ||
    (typeof Blob !== 'undefined' && value instanceof Blob),
  { params: { expected: 'a URL string or the PDF as a Blob' } },
);

/** Every method of the contract that answers with a value: all but `subscribe`. */
export type ResultMethod = Exclude<keyof PartnerHubAdapter, 'subscribe'>;

/** Schemas by method; `null`: the method answers nothing, so nothing is checked. */
export type ResultSchemas = { readonly [M in ResultMethod]?: AnySchema | null };

/**
 * The schema each method's result must satisfy (`null`: passed through unchecked). The client
 * does not carry this table: it checks against the schemas the page's elements registered
 * (`src/client/results.ts`), so a page carries only those of the methods it calls.
 */
export const RESULT_SCHEMAS: Record<ResultMethod, AnySchema | null> = {
  getSession: SessionSchema,
  getBalances: BalancesSchema,
  listDailyUsage: DailyUsageListSchema,
  topUp: TopUpResultSchema,
  quoteTopUp: TopUpQuoteSchema,
  getAutoRenewal: AutoRenewalListSchema,
  updateAutoRenewal: AutoRenewalSchema,
  listMovements: MovementListSchema,
  listInvoices: InvoicePageSchema,
  payInvoice: PayInvoiceResultSchema,
  getInvoicePdf: InvoicePdfSchema,
  getInvoicingDetails: InvoicingDetailsSchema,
  updateInvoicingDetails: InvoicingDetailsSchema,
  listPaymentMethods: PaymentMethodListSchema,
  setDefaultPaymentMethod: PaymentMethodListSchema,
  removePaymentMethod: PaymentMethodListSchema,
  collectPaymentMethod: PaymentMethodSchema,
  getPlan: PlanSchema,
  quotePlanChange: PlanChangeQuoteSchema,
  changePlan: PlanSchema,
  cancelPlan: PlanSchema,
  listUsers: UserListSchema,
  inviteUser: InviteUserResultSchema,
  resendInvitation: UserSchema,
  revokeInvitation: null,
  updateUserRole: UserSchema,
  removeUser: null,
  getIntegrationSettings: IntegrationSettingsSchema,
  updateIntegrationSettings: IntegrationSettingsSchema,
  sendTestWebhook: WebhookTestResultSchema,
  listApiKeys: ApiKeyListSchema,
  createApiKey: CreatedApiKeySchema,
  revokeApiKey: ApiKeyListSchema,
  getProfile: ProfileSchema,
  updateProfile: ProfileSchema,
  uploadLogo: ProfileSchema,
  listWhatsAppAccounts: WhatsAppAccountPageSchema,
  listPartnerAccounts: PartnerAccountListSchema,
  switchPartnerAccount: SessionSchema,
};

/** The value at a dotted path of `root`, or undefined. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A short, safe rendering of what was received. */
function received(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  return Array.isArray(value) ? 'a list' : `a value of type ${typeof value}`;
}

interface Issue {
  code: string;
  path: readonly PropertyKey[];
  expected?: string;
  format?: string;
  values?: readonly unknown[];
  origin?: string;
  /** A custom check's own words for what it expects (`z.custom(…, { params: { expected } })`). */
  params?: { expected?: unknown };
}

/**
 * What a field should hold, in words a developer can act on: "integer minor units", "an ISO
 * 4217 code in capitals". zod's own message ("Invalid input") says nothing.
 */
export function expectationOf(issue: Issue): string {
  const last = issue.path.at(-1);
  if (issue.code === 'custom' && typeof issue.params?.expected === 'string') {
    return issue.params.expected;
  }
  if (
    last === 'amount' &&
    (issue.origin === 'int' || issue.expected === 'int' || issue.expected === 'number')
  ) {
    return 'integer minor units (10045 for 100.45 EUR), never a decimal number';
  }
  if (last === 'currency') return 'an ISO 4217 code in capitals, such as "EUR"';
  if (last === 'period') return 'a month, "YYYY-MM"';
  if (issue.format === 'datetime') {
    return 'an ISO 8601 date and time with its offset, such as "2026-11-01T12:00:00Z"';
  }
  if (issue.format === 'date') return 'a date, "YYYY-MM-DD"';
  if (issue.code === 'invalid_value' && issue.values) {
    return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (issue.code === 'too_big' && issue.origin === 'int') return 'a safe integer';
  if (issue.code === 'invalid_type' && issue.expected) {
    const expected = issue.expected === 'int' ? 'an integer' : `a value of type ${issue.expected}`;
    return expected;
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') return 'a value within its limits';
  return 'a value of the documented shape';
}

/**
 * Parses `value` with `schema`, or throws `invalid_response` naming the first bad field, what it
 * should hold and what it held.
 */
export function parseOrThrow<T>(schema: z.core.$ZodType<T>, value: unknown, what: string): T {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issue = result.error.issues[0] as Issue | undefined;
  const path = issue?.path ?? [];
  const field = path.map(String).join('.');
  const where = field ? `field "${field}"` : 'the value';
  const expected = issue ? expectationOf(issue) : 'a value of the documented shape';
  throw new AdapterError(
    'invalid_response',
    `${what} returned an invalid response: ${where} should be ${expected}, got ${received(valueAt(value, path))}.`,
    { field, expected, cause: result.error },
  );
}

const validated = new WeakMap<PartnerHubAdapter, PartnerHubAdapter>();

/**
 * Returns an adapter with the same capabilities whose results are parsed and whose errors are
 * AdapterErrors. Wrapping twice returns the same wrapper.
 */
export function withValidation<A extends PartnerHubAdapter>(adapter: A): A {
  if (validated.has(adapter)) return validated.get(adapter) as A;
  const wrapper: Record<string, unknown> = {};
  for (const [method, schema] of Object.entries(RESULT_SCHEMAS)) {
    const original = (adapter as unknown as Record<string, unknown>)[method];
    if (typeof original !== 'function') continue;
    wrapper[method] = async (...args: unknown[]) => {
      let value: unknown;
      try {
        value = await (original as (...a: unknown[]) => unknown).apply(adapter, args);
      } catch (error) {
        throw toAdapterError(error, method);
      }
      if (schema === null) return value;
      return parseOrThrow(schema, value, method);
    };
  }
  if (typeof adapter.subscribe === 'function') {
    wrapper['subscribe'] = adapter.subscribe.bind(adapter);
  }
  const result = wrapper as unknown as A;
  validated.set(adapter, result);
  validated.set(result, result);
  return result;
}
