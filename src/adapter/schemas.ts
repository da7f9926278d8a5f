/**
 * The single source of truth for every entity that crosses the adapter seam.
 *
 * TypeScript types are inferred from these schemas; the client parses every adapter response
 * through them (see `validate.ts`), so a bad adapter produces an `invalid_response` error that
 * names the field instead of a broken render. Browser code uses `zod/mini` (about 6 KB).
 */
import * as z from 'zod/mini';

const isoDateTime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const id = z.string().check(z.minLength(1), z.maxLength(200));

/** A period of one calendar month, `YYYY-MM`. */
export const PeriodSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

/** ISO 4217 alphabetic code. */
export const CurrencySchema = z.string().check(z.regex(/^[A-Z]{3}$/));

/** Money in integer minor units with its ISO 4217 currency. Never a float. */
export const MoneySchema = z.object({
  amount: z.int(),
  currency: CurrencySchema,
});

export const RoleSchema = z.enum(['owner', 'member']);
export const BillingModeSchema = z.enum(['partner_paid', 'client_paid']);

// ── session ────────────────────────────────────────────────────────────────────────────────

export const SessionSchema = z.object({
  user: z.object({
    id,
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
  }),
  partner: z.object({
    id,
    name: z.string(),
  }),
  billingMode: BillingModeSchema,
  /** A BCP 47 locale the hub suggests for this user; the provider's `locale` wins. */
  locale: z.optional(z.string()),
});

// ── balances and usage ─────────────────────────────────────────────────────────────────────

export const BalanceSchema = z.object({
  money: MoneySchema,
  updatedAt: isoDateTime,
  /** The smallest and largest manual top-up the hub accepts for this balance, when it says. */
  topUpLimits: z.optional(z.object({ min: MoneySchema, max: MoneySchema })),
});
export const BalancesSchema = z.array(BalanceSchema);

export const DailyUsageSchema = z.object({
  date: isoDate,
  usage: MoneySchema,
});
export const DailyUsageListSchema = z.array(DailyUsageSchema);

// ── auto-renewal ───────────────────────────────────────────────────────────────────────────

export const AutoRenewalLimitsSchema = z.object({
  minThreshold: MoneySchema,
  maxThreshold: MoneySchema,
  minAmount: MoneySchema,
  maxAmount: MoneySchema,
});

export const AutoRenewalRecommendationSchema = z.object({
  threshold: MoneySchema,
  amount: MoneySchema,
  basis: z.enum(['monthly_average', 'last_15_days']),
});

/** Auto-renewal (auto-recharge) settings for one balance currency. */
export const AutoRenewalSchema = z.object({
  currency: CurrencySchema,
  enabled: z.boolean(),
  threshold: MoneySchema,
  amount: MoneySchema,
  limits: AutoRenewalLimitsSchema,
  paymentMethodId: z.nullable(z.string()),
  /** A recommendation the hub computed itself; when absent the domain rule computes one. */
  recommendation: z.optional(AutoRenewalRecommendationSchema),
});
export const AutoRenewalListSchema = z.array(AutoRenewalSchema);

export const AutoRenewalUpdateSchema = z.object({
  currency: CurrencySchema,
  enabled: z.boolean(),
  threshold: MoneySchema,
  amount: MoneySchema,
});

// ── top-ups ────────────────────────────────────────────────────────────────────────────────

export const TopUpQuoteSchema = z.object({
  amount: MoneySchema,
  fee: MoneySchema,
  total: MoneySchema,
});

export const TopUpResultSchema = z.object({
  id,
  status: z.enum(['succeeded', 'failed', 'pending']),
  amount: MoneySchema,
  balance: BalanceSchema,
  /** Why a payment failed, in words the hub chose (shown as-is, as text). */
  reason: z.optional(z.string()),
  /** A machine-readable reason, e.g. `card_declined`, `insufficient_funds`, `expired_card`. */
  reasonCode: z.optional(z.string()),
});

// ── movements ──────────────────────────────────────────────────────────────────────────────

export const MovementSchema = z.object({
  period: PeriodSchema,
  fundsAdded: MoneySchema,
  usage: MoneySchema,
});
export const MovementListSchema = z.array(MovementSchema);

// ── invoices ───────────────────────────────────────────────────────────────────────────────

export const InvoiceStatusSchema = z.enum(['paid', 'unpaid', 'pending', 'overdue', 'void']);
export const InvoiceTypeSchema = z.enum([
  'plan_fee',
  'licence_fee',
  'usage_top_up',
  'monthly_closing',
  'prorated_upgrade',
]);

export const InvoiceSchema = z.object({
  id,
  number: z.string(),
  type: InvoiceTypeSchema,
  status: InvoiceStatusSchema,
  issuedAt: isoDateTime,
  dueAt: z.nullable(isoDateTime),
  total: MoneySchema,
  description: z.string(),
});

export const InvoicePageSchema = z.object({
  items: z.array(InvoiceSchema),
  nextCursor: z.nullable(z.string()),
  /** Total matching rows, when the hub knows it cheaply. */
  total: z.optional(z.int()),
});

export const PayInvoiceResultSchema = z.object({
  invoice: InvoiceSchema,
  status: z.enum(['succeeded', 'failed', 'pending']),
  reason: z.optional(z.string()),
  reasonCode: z.optional(z.string()),
});

// ── invoicing details ──────────────────────────────────────────────────────────────────────

export const InvoicingFieldSchema = z.enum([
  'legalName',
  'billingEmail',
  'addressLine1',
  'addressLine2',
  'city',
  'postalCode',
  'country',
  'vatId',
]);

export const InvoicingValuesSchema = z.object({
  legalName: z.string(),
  billingEmail: z.string(),
  addressLine1: z.string(),
  addressLine2: z.string(),
  city: z.string(),
  postalCode: z.string(),
  /** ISO 3166-1 alpha-2. */
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  vatId: z.string(),
});

export const InvoicingDetailsSchema = z.object({
  values: InvoicingValuesSchema,
  /** The fields this partner may change here; the rest go through support. */
  editable: z.array(InvoicingFieldSchema),
  supportUrl: z.optional(z.string()),
});

export const InvoicingDetailsPatchSchema = z.partial(InvoicingValuesSchema);

// ── payment methods ────────────────────────────────────────────────────────────────────────

export const PaymentMethodSchema = z.object({
  id,
  brand: z.string(),
  last4: z.string().check(z.regex(/^\d{4}$/)),
  expMonth: z.int().check(z.minimum(1), z.maximum(12)),
  expYear: z.int().check(z.minimum(2000), z.maximum(2200)),
  holderName: z.optional(z.string()),
  isDefault: z.boolean(),
});
export const PaymentMethodListSchema = z.array(PaymentMethodSchema);

// ── plan ───────────────────────────────────────────────────────────────────────────────────

export const PlanOptionSchema = z.object({
  id,
  name: z.string(),
  price: MoneySchema,
  interval: z.enum(['month', 'year']),
  features: z.array(z.string()),
});

export const PlanSchema = z.object({
  current: z.object({
    planId: id,
    periodStart: isoDateTime,
    periodEnd: isoDateTime,
    status: z.enum(['active', 'cancelling', 'cancelled']),
  }),
  available: z.array(PlanOptionSchema),
  /** Whether a downgrade can be done here or only through support. */
  downgrade: z.enum(['self_service', 'support']),
  cancel: z.object({
    allowed: z.boolean(),
    /** The conditions the hub states, shown as text before the partner confirms. */
    conditions: z.array(z.string()),
    effectiveAt: z.nullable(isoDateTime),
  }),
  supportUrl: z.optional(z.string()),
});

export const PlanChangeQuoteSchema = z.object({
  planId: id,
  kind: z.enum(['upgrade', 'downgrade']),
  /** The prorated amount invoiced now for the rest of the period. */
  prorated: MoneySchema,
  effectiveAt: isoDateTime,
});

// ── users ──────────────────────────────────────────────────────────────────────────────────

export const UserSchema = z.object({
  id,
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  status: z.enum(['active', 'invited']),
});
export const UserListSchema = z.array(UserSchema);

// ── integration settings ───────────────────────────────────────────────────────────────────

export const DataRegionSchema = z.object({ id, label: z.string() });

export const IntegrationSettingsSchema = z.object({
  partnerId: id,
  solutionId: z.nullable(z.string()),
  webhookUrl: z.nullable(z.string()),
  redirectUrl: z.nullable(z.string()),
  dataRegion: z.string(),
  availableRegions: z.array(DataRegionSchema),
});

export const IntegrationSettingsPatchSchema = z.object({
  solutionId: z.optional(z.nullable(z.string())),
  webhookUrl: z.optional(z.nullable(z.string())),
  redirectUrl: z.optional(z.nullable(z.string())),
  dataRegion: z.optional(z.string()),
});

export const WebhookTestResultSchema = z.object({
  delivered: z.boolean(),
  status: z.optional(z.int()),
  message: z.optional(z.string()),
});

// ── profile ────────────────────────────────────────────────────────────────────────────────

export const ProfileSchema = z.object({
  brandName: z.string(),
  logoUrl: z.nullable(z.string()),
  logoRules: z.object({
    maxBytes: z.int(),
    types: z.array(z.string()),
  }),
});

export const ProfilePatchSchema = z.object({
  brandName: z.optional(z.string()),
});

// ── WhatsApp accounts ──────────────────────────────────────────────────────────────────────

export const WhatsAppAccountStatusSchema = z.enum([
  'connected',
  'pending_review',
  'restricted',
  'flagged',
  'disconnected',
]);

export const WhatsAppAccountSchema = z.object({
  id,
  wabaId: z.string(),
  name: z.string(),
  clientName: z.string(),
  phoneNumber: z.string(),
  status: WhatsAppAccountStatusSchema,
  createdAt: isoDateTime,
});

export const WhatsAppAccountSortSchema = z.enum([
  'name',
  '-name',
  'createdAt',
  '-createdAt',
  'status',
  '-status',
]);

export const WhatsAppAccountPageSchema = z.object({
  items: z.array(WhatsAppAccountSchema),
  nextCursor: z.nullable(z.string()),
  total: z.int(),
  /** The order the adapter applied; absent when it does not sort on request. */
  sort: z.optional(WhatsAppAccountSortSchema),
});

// ── partner accounts ───────────────────────────────────────────────────────────────────────

export const PartnerAccountSchema = z.object({
  id,
  name: z.string(),
  billingMode: BillingModeSchema,
  current: z.boolean(),
});
export const PartnerAccountListSchema = z.array(PartnerAccountSchema);

// ── request bodies (the http contract; the adapter methods take the same shapes) ─────────

export const TopUpInputSchema = z.object({
  amount: MoneySchema,
  paymentMethodId: id,
});

export const PayInvoiceInputSchema = z.object({ paymentMethodId: id });

export const PlanChangeInputSchema = z.object({ planId: id });

export const InviteUserInputSchema = z.object({
  email: z.string(),
  name: z.optional(z.string()),
  role: RoleSchema,
});

export const UserRoleInputSchema = z.object({ role: RoleSchema });

// ── inferred types ─────────────────────────────────────────────────────────────────────────

export type Money = z.infer<typeof MoneySchema>;
export type Role = z.infer<typeof RoleSchema>;
export type BillingMode = z.infer<typeof BillingModeSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type Balance = z.infer<typeof BalanceSchema>;
export type DailyUsage = z.infer<typeof DailyUsageSchema>;
export type AutoRenewal = z.infer<typeof AutoRenewalSchema>;
export type AutoRenewalLimits = z.infer<typeof AutoRenewalLimitsSchema>;
export type AutoRenewalRecommendation = z.infer<typeof AutoRenewalRecommendationSchema>;
export type AutoRenewalUpdate = z.infer<typeof AutoRenewalUpdateSchema>;
export type TopUpQuote = z.infer<typeof TopUpQuoteSchema>;
export type TopUpResult = z.infer<typeof TopUpResultSchema>;
export type Movement = z.infer<typeof MovementSchema>;
export type InvoiceStatus = z.infer<typeof InvoiceStatusSchema>;
export type InvoiceType = z.infer<typeof InvoiceTypeSchema>;
export type Invoice = z.infer<typeof InvoiceSchema>;
export type InvoicePage = z.infer<typeof InvoicePageSchema>;
export type PayInvoiceResult = z.infer<typeof PayInvoiceResultSchema>;
export type InvoicingField = z.infer<typeof InvoicingFieldSchema>;
export type InvoicingValues = z.infer<typeof InvoicingValuesSchema>;
export type InvoicingDetails = z.infer<typeof InvoicingDetailsSchema>;
export type InvoicingDetailsPatch = z.infer<typeof InvoicingDetailsPatchSchema>;
export type PaymentMethod = z.infer<typeof PaymentMethodSchema>;
export type PlanOption = z.infer<typeof PlanOptionSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type PlanChangeQuote = z.infer<typeof PlanChangeQuoteSchema>;
export type User = z.infer<typeof UserSchema>;
export type DataRegion = z.infer<typeof DataRegionSchema>;
export type IntegrationSettings = z.infer<typeof IntegrationSettingsSchema>;
export type IntegrationSettingsPatch = z.infer<typeof IntegrationSettingsPatchSchema>;
export type WebhookTestResult = z.infer<typeof WebhookTestResultSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfilePatch = z.infer<typeof ProfilePatchSchema>;
export type WhatsAppAccountStatus = z.infer<typeof WhatsAppAccountStatusSchema>;
export type WhatsAppAccount = z.infer<typeof WhatsAppAccountSchema>;
export type WhatsAppAccountPage = z.infer<typeof WhatsAppAccountPageSchema>;
export type WhatsAppAccountSort = z.infer<typeof WhatsAppAccountSortSchema>;
export type PartnerAccount = z.infer<typeof PartnerAccountSchema>;
