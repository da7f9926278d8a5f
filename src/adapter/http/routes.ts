/**
 * The REST contract, as data: one row per adapter method. The http adapter builds its requests
 * from it, the reference server dispatches on it, and the OpenAPI document is generated from it
 * and the zod schemas, so the three can never drift apart.
 *
 * Conventions:
 * - JSON bodies; money as `{ amount, currency }` in integer minor units.
 * - Every mutation sends an `Idempotency-Key` header (same key, same response; same key with
 *   another body → 409). With `namePartnerAccount`, the http adapter also sends
 *   `X-Partner-Account`: the partner account its session named when the key was first sent. A
 *   server answers 409 when the caller now works in another one (a switch in another tab), so
 *   a retry never lands on an account it was not made for.
 * - Errors are `application/problem+json` (RFC 9457) with a `code` member carrying the adapter
 *   error code and, for validation errors, `errors: { field: message }`. 429 and 503 send
 *   `Retry-After` (seconds).
 * - Live changes: `GET /events` (Server-Sent Events), each `data:` line one LiveEvent.
 */
import type * as z from 'zod/mini';
import type { PartnerHubAdapter } from '../contract.js';
import * as s from '../schemas.js';

/** The partner account a change was made for (see above); absent, the caller's current one. */
export const PARTNER_ACCOUNT_HEADER = 'X-Partner-Account';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Route {
  /** The adapter method this route serves. */
  method: Exclude<keyof PartnerHubAdapter, 'subscribe'>;
  http: HttpMethod;
  /** Path with `{param}` segments. */
  path: string;
  summary: string;
  /** Path parameters, in order; the adapter method's leading string arguments. */
  params?: readonly string[];
  /** Query parameters and their JSON-schema-like types (all optional strings or integers). */
  query?: Readonly<Record<string, 'string' | 'integer'>>;
  /** Request body schema (JSON), or `binary` for a raw upload. */
  body?: z.core.$ZodType | 'binary';
  /** Response body schema; `null` for 204; `pdf` for a binary PDF. */
  response: z.core.$ZodType | null | 'pdf';
  /** Mutations require `Idempotency-Key`. */
  mutation: boolean;
  /** Only owners may call it (members get 403). */
  ownerOnly: boolean;
  /** Optional in the adapter contract: a server may answer 501. */
  capability?: boolean;
  /**
   * A response field shown once: a replay of the same request (same idempotency key) answers
   * with it `null`, and it is never kept in the idempotency records.
   */
  oneTimeSecret?: string;
}

const read = { mutation: false, ownerOnly: false } as const;
const ownerRead = { mutation: false, ownerOnly: true } as const;
const write = { mutation: true, ownerOnly: true } as const;

// prettier-ignore
export const ROUTES: readonly Route[] = [
  { method: 'getSession', http: 'GET', path: '/session', summary: 'The current user, partner account and billing mode', response: s.SessionSchema, ...read },
  { method: 'getBalances', http: 'GET', path: '/balances', summary: 'Credit balances, one per currency', response: s.BalancesSchema, ...read },
  { method: 'listDailyUsage', http: 'GET', path: '/usage/daily', summary: 'Daily usage costs', query: { days: 'integer', from: 'string', to: 'string' }, response: s.DailyUsageListSchema, ...read },
  { method: 'topUp', http: 'POST', path: '/top-ups', summary: 'Add funds to a credit balance', body: s.TopUpInputSchema, response: s.TopUpResultSchema, ...write },
  { method: 'quoteTopUp', http: 'POST', path: '/top-ups/quote', summary: 'Fee and total of a top-up', body: s.TopUpInputSchema, response: s.TopUpQuoteSchema, ...ownerRead, capability: true },
  { method: 'getAutoRenewal', http: 'GET', path: '/auto-renewal', summary: 'Auto-renewal settings per currency', response: s.AutoRenewalListSchema, ...read },
  { method: 'updateAutoRenewal', http: 'PUT', path: '/auto-renewal', summary: 'Change auto-renewal for one currency', body: s.AutoRenewalUpdateSchema, response: s.AutoRenewalSchema, ...write },
  { method: 'listMovements', http: 'GET', path: '/movements', summary: 'Funds added and usage per month', query: { from: 'string', to: 'string' }, response: s.MovementListSchema, ...read },
  { method: 'listInvoices', http: 'GET', path: '/invoices', summary: 'Invoices, newest first, cursor-paged', query: { cursor: 'string', limit: 'integer', status: 'string', type: 'string', sort: 'string' }, response: s.InvoicePageSchema, ...ownerRead },
  { method: 'payInvoice', http: 'POST', path: '/invoices/{id}/pay', summary: 'Pay an unpaid invoice', params: ['id'], body: s.PayInvoiceInputSchema, response: s.PayInvoiceResultSchema, ...write },
  { method: 'getInvoicePdf', http: 'GET', path: '/invoices/{id}/pdf', summary: 'The invoice as PDF', params: ['id'], response: 'pdf', ...ownerRead },
  { method: 'getInvoicingDetails', http: 'GET', path: '/invoicing-details', summary: 'Invoicing details and which fields are editable', response: s.InvoicingDetailsSchema, ...ownerRead },
  { method: 'updateInvoicingDetails', http: 'PATCH', path: '/invoicing-details', summary: 'Change editable invoicing details', body: s.InvoicingDetailsPatchSchema, response: s.InvoicingDetailsSchema, ...write },
  { method: 'listPaymentMethods', http: 'GET', path: '/payment-methods', summary: 'Saved cards', response: s.PaymentMethodListSchema, ...ownerRead },
  { method: 'setDefaultPaymentMethod', http: 'POST', path: '/payment-methods/{id}/default', summary: 'Make a card the default', params: ['id'], response: s.PaymentMethodListSchema, ...write },
  { method: 'removePaymentMethod', http: 'DELETE', path: '/payment-methods/{id}', summary: 'Remove a card', params: ['id'], response: s.PaymentMethodListSchema, ...write, capability: true },
  { method: 'getPlan', http: 'GET', path: '/plan', summary: 'Current partner plan, options and cancel conditions', response: s.PlanSchema, ...ownerRead },
  { method: 'quotePlanChange', http: 'GET', path: '/plan/quote', summary: 'Prorated amount of a plan change', query: { planId: 'string' }, response: s.PlanChangeQuoteSchema, ...ownerRead, capability: true },
  { method: 'changePlan', http: 'POST', path: '/plan/change', summary: 'Upgrade (or self-service downgrade)', body: s.PlanChangeInputSchema, response: s.PlanSchema, ...write },
  { method: 'cancelPlan', http: 'POST', path: '/plan/cancel', summary: 'Cancel the partner plan', response: s.PlanSchema, ...write, capability: true },
  { method: 'listUsers', http: 'GET', path: '/users', summary: 'Users of the partner account', response: s.UserListSchema, ...read },
  { method: 'inviteUser', http: 'POST', path: '/users', summary: 'Invite a user (the hub may first ask for the one-time code it e-mailed to the inviting owner)', body: s.InviteUserInputSchema, response: s.InviteUserResultSchema, ...write },
  { method: 'resendInvitation', http: 'POST', path: '/users/{id}/invitation/resend', summary: 'Send the invitation e-mail again', params: ['id'], response: s.UserSchema, ...write, capability: true },
  { method: 'revokeInvitation', http: 'DELETE', path: '/users/{id}/invitation', summary: 'Withdraw an invitation not yet accepted', params: ['id'], response: null, ...write, capability: true },
  { method: 'updateUserRole', http: 'PATCH', path: '/users/{id}', summary: "Change a user's role", params: ['id'], body: s.UserRoleInputSchema, response: s.UserSchema, ...write },
  { method: 'removeUser', http: 'DELETE', path: '/users/{id}', summary: 'Remove a user', params: ['id'], response: null, ...write, capability: true },
  { method: 'getIntegrationSettings', http: 'GET', path: '/integration', summary: 'Partner ID, Solution ID, webhook and redirect URLs, data region', response: s.IntegrationSettingsSchema, ...read },
  { method: 'updateIntegrationSettings', http: 'PATCH', path: '/integration', summary: 'Change integration settings', body: s.IntegrationSettingsPatchSchema, response: s.IntegrationSettingsSchema, ...write },
  { method: 'sendTestWebhook', http: 'POST', path: '/integration/test-webhook', summary: 'Send a test event to the webhook URL', response: s.WebhookTestResultSchema, ...write, capability: true },
  { method: 'listApiKeys', http: 'GET', path: '/api-keys', summary: "The partner's API keys (names and prefixes, never a secret)", response: s.ApiKeyListSchema, ...ownerRead, capability: true },
  { method: 'createApiKey', http: 'POST', path: '/api-keys', summary: 'Create an API key; its secret is in this answer only (a replay answers secret: null)', body: s.ApiKeyInputSchema, response: s.CreatedApiKeySchema, ...write, capability: true, oneTimeSecret: 'secret' },
  { method: 'revokeApiKey', http: 'DELETE', path: '/api-keys/{id}', summary: 'Revoke an API key', params: ['id'], response: s.ApiKeyListSchema, ...write, capability: true },
  { method: 'getProfile', http: 'GET', path: '/profile', summary: 'Brand name and logo', response: s.ProfileSchema, ...read },
  { method: 'updateProfile', http: 'PATCH', path: '/profile', summary: 'Change the brand name', body: s.ProfilePatchSchema, response: s.ProfileSchema, ...write },
  { method: 'uploadLogo', http: 'PUT', path: '/profile/logo', summary: 'Upload the company logo (raw image body)', body: 'binary', response: s.ProfileSchema, ...write },
  { method: 'listWhatsAppAccounts', http: 'GET', path: '/whatsapp-accounts', summary: "Clients' WhatsApp Business Accounts, searchable and cursor-paged", query: { cursor: 'string', limit: 'integer', query: 'string', status: 'string', sort: 'string' }, response: s.WhatsAppAccountPageSchema, ...read },
  { method: 'listPartnerAccounts', http: 'GET', path: '/partner-accounts', summary: 'Partner accounts this user can access', response: s.PartnerAccountListSchema, ...read },
  { method: 'switchPartnerAccount', http: 'POST', path: '/partner-accounts/{id}/switch', summary: 'Switch to another partner account', params: ['id'], response: s.SessionSchema, mutation: true, ownerOnly: false, capability: true },
];

/** The route of each adapter method. */
export const ROUTE_BY_METHOD: ReadonlyMap<Route['method'], Route> = new Map(
  ROUTES.map((r) => [r.method, r]),
);

/**
 * `/users/{id}` with `{ id: 'u 1' }` → `/users/u%201`. No encoding makes "." or ".." safe (a
 * URL reads `%2E%2E` as a step up too): the http adapter refuses those, and "", before sending.
 */
export function fillPath(path: string, values: readonly string[]): string {
  let i = 0;
  return path.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[i++] ?? ''));
}

/** Matches a concrete path against the table; returns the route and its decoded params. */
export function matchRoute(
  http: string,
  pathname: string,
): { route: Route; params: string[] } | undefined {
  for (const route of ROUTES) {
    if (route.http !== http) continue;
    const pattern = new RegExp(`^${route.path.replace(/\{[^}]+\}/g, '([^/]+)')}$`);
    const match = pattern.exec(pathname);
    if (match) return { route, params: match.slice(1).map((p) => decodeURIComponent(p)) };
  }
  return undefined;
}

/** `locale` as a canonical BCP 47 tag, or `undefined` when it is not one ("de-", "x y"). */
export function wellFormed(locale: string | undefined): string | undefined {
  try {
    return locale ? Intl.getCanonicalLocales(locale)[0] : undefined;
  } catch {
    return undefined;
  }
}
