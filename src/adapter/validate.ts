/**
 * Parsing at the seam: wraps any adapter so that every value it returns is checked against its
 * schema, and anything it throws becomes an {@link AdapterError}. A malformed response becomes
 * `invalid_response` naming the method and the offending field.
 */
import * as z from 'zod/mini';
import type { PartnerHubAdapter } from './contract.js';
import { AdapterError, toAdapterError } from './errors.js';
import * as s from './schemas.js';

type AnySchema = z.core.$ZodType;

/** The schema each method's result must satisfy (`null`: passed through unchecked). */
export const RESULT_SCHEMAS: Record<
  Exclude<keyof PartnerHubAdapter, 'subscribe'>,
  AnySchema | null
> = {
  getSession: s.SessionSchema,
  getBalances: s.BalancesSchema,
  listDailyUsage: s.DailyUsageListSchema,
  topUp: s.TopUpResultSchema,
  quoteTopUp: s.TopUpQuoteSchema,
  getAutoRenewal: s.AutoRenewalListSchema,
  updateAutoRenewal: s.AutoRenewalSchema,
  listMovements: s.MovementListSchema,
  listInvoices: s.InvoicePageSchema,
  payInvoice: s.PayInvoiceResultSchema,
  getInvoicePdf: null,
  getInvoicingDetails: s.InvoicingDetailsSchema,
  updateInvoicingDetails: s.InvoicingDetailsSchema,
  listPaymentMethods: s.PaymentMethodListSchema,
  setDefaultPaymentMethod: s.PaymentMethodListSchema,
  removePaymentMethod: s.PaymentMethodListSchema,
  collectPaymentMethod: s.PaymentMethodSchema,
  getPlan: s.PlanSchema,
  quotePlanChange: s.PlanChangeQuoteSchema,
  changePlan: s.PlanSchema,
  cancelPlan: s.PlanSchema,
  listUsers: s.UserListSchema,
  inviteUser: s.UserSchema,
  updateUserRole: s.UserSchema,
  removeUser: null,
  getIntegrationSettings: s.IntegrationSettingsSchema,
  updateIntegrationSettings: s.IntegrationSettingsSchema,
  sendTestWebhook: s.WebhookTestResultSchema,
  getProfile: s.ProfileSchema,
  updateProfile: s.ProfileSchema,
  uploadLogo: s.ProfileSchema,
  listWhatsAppAccounts: s.WhatsAppAccountPageSchema,
  listPartnerAccounts: s.PartnerAccountListSchema,
  switchPartnerAccount: s.SessionSchema,
};

/** Parses `value` with `schema`, or throws `invalid_response` naming the first bad field. */
export function parseOrThrow<T>(schema: z.core.$ZodType<T>, value: unknown, what: string): T {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  const where = field ? `field "${field}"` : 'the value';
  throw new AdapterError(
    'invalid_response',
    `${what} returned an invalid response: ${where}: ${issue?.message ?? 'invalid'}.`,
    { field, cause: result.error },
  );
}

const validated = new WeakMap<PartnerHubAdapter, PartnerHubAdapter>();

/**
 * Returns an adapter with the same capabilities whose results are parsed and whose errors are
 * AdapterErrors. Wrapping twice returns the same wrapper.
 */
export function withValidation(adapter: PartnerHubAdapter): PartnerHubAdapter {
  if (validated.has(adapter)) return validated.get(adapter)!;
  const wrapper: Record<string, unknown> = {};
  for (const [method, schema] of Object.entries(RESULT_SCHEMAS)) {
    const original = (adapter as unknown as Record<string, unknown>)[method];
    if (typeof original !== 'function') continue;
    wrapper[method] = async (...args: unknown[]) => {
      let value: unknown;
      try {
        value = await (original as (...a: unknown[]) => unknown).apply(adapter, args);
      } catch (error) {
        throw toAdapterError(error);
      }
      if (schema === null) return value;
      return parseOrThrow(schema, value, method);
    };
  }
  if (typeof adapter.subscribe === 'function') {
    wrapper['subscribe'] = adapter.subscribe.bind(adapter);
  }
  const result = wrapper as unknown as PartnerHubAdapter;
  validated.set(adapter, result);
  validated.set(result, result);
  return result;
}
