/**
 * The single source of truth for every entity that crosses the adapter seam.
 *
 * TypeScript types are inferred from these schemas; the client parses every adapter response
 * through them (see `validate.ts`), so a bad adapter produces an `invalid_response` error that
 * names the field instead of a broken render. Browser code uses `zod/mini` (about 6 KB).
 */
import * as z from 'zod/mini';

/**
 * Builds a schema: the same as `make()`, marked free of side effects so that a bundler drops a
 * schema no code of the page uses (each page carries only the schemas its elements check answers
 * with: `src/client/results/`). zod's builders nest calls a bundler cannot see through.
 */
/* @__NO_SIDE_EFFECTS__ */
function schema<T>(make: () => T): T {
  return make();
}

/** A calendar date, `YYYY-MM-DD`: each month its length, 29 February in leap years only. */
const DAY =
  '(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
  '|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)';

/**
 * A string in a named format, checked by `pattern`: the check zod's own string formats make
 * (an error names the format, the OpenAPI document gives it), without their builders. With
 * `regex` it is exactly the check `z.regex(pattern)` makes (the same definition, issue and
 * OpenAPI pattern), and every schema's patterns share one check class.
 */
/* @__NO_SIDE_EFFECTS__ */
function formatted(format: 'datetime' | 'date' | 'regex', pattern: RegExp) {
  return z
    .string()
    .check(new z.core.$ZodCheckStringFormat({ check: 'string_format', format, pattern }));
}

/** RFC 3339 with an offset: the date, `T`, the time with seconds (any fraction), `Z` or ±hh:mm. */
const isoDateTime = schema(() =>
  formatted(
    'datetime',
    new RegExp(
      `^${DAY}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$`,
    ),
  ),
);
const isoDate = schema(() => formatted('date', new RegExp(`^${DAY}$`)));

/**
 * Every string has a length cap (in UTF-16 code units), so no request can store megabytes in a
 * name and no response can carry them; the OpenAPI document shows each as `maxLength`.
 */
export const MAX_LENGTH = {
  /** Identifiers (users, invoices, cards, plans…). */
  id: 200,
  /** Names, labels, brand names, address lines. */
  name: 200,
  /** E-mail addresses (RFC 5321's path limit). */
  email: 320,
  /** URLs (webhook, redirect, support pages). */
  url: 2048,
  /** Short codes: VAT IDs, postal codes, Solution IDs, region ids, reason codes. */
  code: 64,
  /** Sentences a hub shows as-is: descriptions, conditions, failure reasons. */
  text: 2000,
  /** A logo as a `data:` URL (the server's 4 MiB upload limit, base64-encoded). */
  logoUrl: 6_000_000,
} as const;

/** A string of at most `max` UTF-16 code units. */
/* @__NO_SIDE_EFFECTS__ */
function text(max: number) {
  return z.string().check(z.maxLength(max));
}
const id = schema(() => z.string().check(z.minLength(1), z.maxLength(MAX_LENGTH.id)));
const name = text(MAX_LENGTH.name);
const email = text(MAX_LENGTH.email);
const url = schema(() => text(MAX_LENGTH.url));
const code = text(MAX_LENGTH.code);
const sentence = text(MAX_LENGTH.text);

/** A period of one calendar month, `YYYY-MM`. */
export const PeriodSchema = schema(() => formatted('regex', /^\d{4}-(0[1-9]|1[0-2])$/));

/** ISO 4217 alphabetic code. */
/** An ISO 4217 code as the contract carries it: three capital letters. */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
export const CurrencySchema = schema(() => formatted('regex', CURRENCY_PATTERN));

/** Money in integer minor units with its ISO 4217 currency. Never a float. */
export const MoneySchema = schema(() =>
  z.object({
    amount: z.int(),
    currency: CurrencySchema,
  }),
);

/** Money in a request body: the same shape, with no other fields allowed. */
export const MoneyInputSchema = schema(() =>
  z.strictObject({
    amount: z.int(),
    currency: CurrencySchema,
  }),
);

export const RoleSchema = schema(() => z.enum(['owner', 'member']));
export const BillingModeSchema = schema(() => z.enum(['partner_paid', 'client_paid']));

// ── session ────────────────────────────────────────────────────────────────────────────────

export const SessionSchema = schema(() =>
  z.object({
    user: z.object({
      id,
      email,
      name,
      role: RoleSchema,
    }),
    partner: z.object({
      id,
      name,
    }),
    billingMode: BillingModeSchema,
    /** A BCP 47 locale the hub suggests for this user; the provider's `locale` wins. */
    locale: z.optional(code),
    /**
     * The hub's clock when it answered. Dates that depend on "now" (whether a card can still be
     * charged) are read by the hub's clock, so every widget agrees with the hub and with each
     * other whatever this device's clock says; without it, the device's clock.
     */
    asOf: z.optional(isoDateTime),
  }),
);

// ── balances and usage ─────────────────────────────────────────────────────────────────────

export const BalanceSchema = schema(() =>
  z.object({
    money: MoneySchema,
    /**
     * When the hub last computed the balance. Optional: a hub that cannot say leaves it out, and
     * the balance card then shows no "Updated …" line and forecasts from now.
     */
    updatedAt: z.optional(isoDateTime),
    /** The smallest and largest manual top-up the hub accepts for this balance, when it says. */
    topUpLimits: z.optional(z.object({ min: MoneySchema, max: MoneySchema })),
    /**
     * Why outbound messaging is blocked whatever the amount, when it is: `unpaid_licence_invoice`
     * (the kit says so and names the invoice) or another reason the hub gives in `message`.
     */
    messagingBlock: z.optional(
      z.object({ reason: code, invoiceNumber: z.optional(name), message: z.optional(sentence) }),
    ),
  }),
);
export const BalancesSchema = schema(() => z.array(BalanceSchema));

export const DailyUsageSchema = schema(() =>
  z.object({
    date: isoDate,
    usage: MoneySchema,
  }),
);
export const DailyUsageListSchema = schema(() => z.array(DailyUsageSchema));

// ── auto-renewal ───────────────────────────────────────────────────────────────────────────

export const AutoRenewalLimitsSchema = schema(() =>
  z.object({
    minThreshold: MoneySchema,
    maxThreshold: MoneySchema,
    minAmount: MoneySchema,
    maxAmount: MoneySchema,
  }),
);

export const AutoRenewalRecommendationSchema = schema(() =>
  z.object({
    threshold: MoneySchema,
    amount: MoneySchema,
    basis: z.enum(['monthly_average', 'last_15_days']),
  }),
);

/** Auto-renewal (auto-recharge) settings for one balance currency. */
export const AutoRenewalSchema = schema(() =>
  z.object({
    currency: CurrencySchema,
    enabled: z.boolean(),
    threshold: MoneySchema,
    amount: MoneySchema,
    /**
     * The smallest and largest threshold and amount the hub accepts. Optional: without them the
     * form takes any positive amount (the hub still has the last word when saving) and shows no
     * range under the fields.
     */
    limits: z.optional(AutoRenewalLimitsSchema),
    paymentMethodId: z.nullable(id),
    /** A recommendation the hub computed itself; when absent the domain rule computes one. */
    recommendation: z.optional(AutoRenewalRecommendationSchema),
  }),
);
export const AutoRenewalListSchema = schema(() => z.array(AutoRenewalSchema));

export const AutoRenewalUpdateSchema = schema(() =>
  z.strictObject({
    currency: CurrencySchema,
    enabled: z.boolean(),
    threshold: MoneyInputSchema,
    amount: MoneyInputSchema,
  }),
);

// ── top-ups ────────────────────────────────────────────────────────────────────────────────

export const TopUpQuoteSchema = schema(() =>
  z.object({
    amount: MoneySchema,
    fee: MoneySchema,
    total: MoneySchema,
  }),
);

export const TopUpResultSchema = schema(() =>
  z.object({
    id,
    status: z.enum(['succeeded', 'failed', 'pending']),
    amount: MoneySchema,
    balance: BalanceSchema,
    /** Why a payment failed, in words the hub chose (shown as-is, as text). */
    reason: z.optional(sentence),
    /** A machine-readable reason, e.g. `card_declined`, `insufficient_funds`, `expired_card`. */
    reasonCode: z.optional(code),
  }),
);

// ── movements ──────────────────────────────────────────────────────────────────────────────

export const MovementSchema = schema(() =>
  z.object({
    period: PeriodSchema,
    fundsAdded: MoneySchema,
    usage: MoneySchema,
  }),
);
export const MovementListSchema = schema(() => z.array(MovementSchema));

// ── invoices ───────────────────────────────────────────────────────────────────────────────

export const InvoiceStatusSchema = schema(() =>
  z.enum(['paid', 'unpaid', 'pending', 'overdue', 'void']),
);
export const InvoiceTypeSchema = schema(() =>
  z.enum(['plan_fee', 'licence_fee', 'usage_top_up', 'monthly_closing', 'prorated_upgrade']),
);

/** The orders an adapter may sort invoices in (`-` descending), echoed in the page's `sort`. */
export const InvoiceSortSchema = schema(() => z.enum(['issuedAt', '-issuedAt', 'total', '-total']));

export const InvoiceSchema = schema(() =>
  z.object({
    id,
    number: name,
    /**
     * One of `InvoiceTypeSchema`'s types, or another the hub has: the list shows a known type in
     * the user's language and any other by its `typeLabel` (else the code itself).
     */
    type: code,
    /** The hub's own words for the type, shown for types the kit does not know. */
    typeLabel: z.optional(name),
    status: InvoiceStatusSchema,
    issuedAt: isoDateTime,
    dueAt: z.nullable(isoDateTime),
    total: MoneySchema,
    description: sentence,
  }),
);

export const InvoicePageSchema = schema(() =>
  z.object({
    items: z.array(InvoiceSchema),
    nextCursor: z.nullable(sentence),
    /** Total matching rows, when the hub knows it cheaply. */
    total: z.optional(z.int()),
    /** The order applied, when the adapter sorts (it then offers sorting by date and amount). */
    sort: z.optional(InvoiceSortSchema),
    /** What is still to pay (unpaid and overdue invoices), per currency, whatever the filters. */
    unpaidTotals: z.optional(z.array(MoneySchema)),
  }),
);

export const PayInvoiceResultSchema = schema(() =>
  z.object({
    invoice: InvoiceSchema,
    status: z.enum(['succeeded', 'failed', 'pending']),
    reason: z.optional(sentence),
    reasonCode: z.optional(code),
  }),
);

// ── invoicing details ──────────────────────────────────────────────────────────────────────

export const InvoicingFieldSchema = schema(() =>
  z.enum([
    'legalName',
    'billingEmail',
    'addressLine1',
    'addressLine2',
    'city',
    'postalCode',
    'country',
    'vatId',
  ]),
);

const invoicingValues = schema(() => ({
  legalName: name,
  billingEmail: email,
  addressLine1: name,
  addressLine2: name,
  city: name,
  postalCode: code,
  /** ISO 3166-1 alpha-2. */
  country: formatted('regex', /^[A-Z]{2}$/),
  vatId: code,
}));

export const InvoicingValuesSchema = schema(() => z.object(invoicingValues));

export const InvoicingDetailsSchema = schema(() =>
  z.object({
    values: InvoicingValuesSchema,
    /** The fields this partner may change here; the rest go through support. */
    editable: z.array(InvoicingFieldSchema),
    supportUrl: z.optional(url),
    /**
     * How VAT applies to this partner's invoices, when the hub says: `domestic` (the hub's own
     * country's VAT is charged), `reverse_charge` (EU, a valid VAT ID: the partner accounts for
     * it), `outside_eu` (no VAT charged).
     */
    vatTreatment: z.optional(z.enum(['domestic', 'reverse_charge', 'outside_eu'])),
  }),
);

export const InvoicingDetailsPatchSchema = schema(() => z.partial(z.strictObject(invoicingValues)));

// ── payment methods ────────────────────────────────────────────────────────────────────────

/** The kinds of payment method the kit names in words; others show the hub's `typeLabel`. */
export const PaymentMethodTypeSchema = schema(() =>
  z.enum(['card', 'pix', 'boleto', 'sepa_debit']),
);

export const PaymentMethodSchema = schema(() =>
  z.object({
    id,
    /**
     * One of `PaymentMethodTypeSchema`'s kinds or another the hub has (a card when left out):
     * known kinds are shown in the user's language, others by `typeLabel` (else the code).
     */
    type: z.optional(code),
    /** The hub's own words for the kind, shown for kinds the kit does not know. */
    typeLabel: z.optional(name),
    brand: name,
    /** Cards have them; other methods (PIX, Boleto, SEPA debit) may not. */
    last4: z.optional(formatted('regex', /^\d{4}$/)),
    expMonth: z.optional(z.int().check(z.minimum(1), z.maximum(12))),
    expYear: z.optional(z.int().check(z.minimum(2000), z.maximum(2200))),
    holderName: z.optional(name),
    isDefault: z.boolean(),
    /**
     * What the method adds to a payment, in basis points of the amount (cards: 400 = 4%).
     * Absent or 0: the method adds no fee (PIX, Boleto), and the kit says "No fee." and
     * charges the amount alone: an adapter whose hub charges a fee must give it.
     */
    feeBasisPoints: z.optional(z.int().check(z.minimum(0), z.maximum(10_000))),
  }),
);
export const PaymentMethodListSchema = schema(() => z.array(PaymentMethodSchema));

// ── plan ───────────────────────────────────────────────────────────────────────────────────

export const PlanOptionSchema = schema(() =>
  z.object({
    id,
    name,
    price: MoneySchema,
    interval: z.enum(['month', 'year']),
    features: z.array(sentence),
  }),
);

/**
 * Something that stops a cancellation until it is cleared: channel subscriptions still active,
 * invoices still unpaid, or a reason of the hub's own. The hub names the first few.
 */
export const PlanCancelBlockerSchema = schema(() =>
  z.object({
    /** `active_channels`, `unpaid_invoices`, or a kind of the hub's own (shown by `message`). */
    kind: code,
    /** How many there are in all. */
    count: z.int().check(z.minimum(1)),
    /** The first few, by name: invoice numbers, channel names. */
    items: z.array(z.object({ id, label: name })),
    /** The hub's own sentence, shown for a kind the kit does not know. */
    message: z.optional(sentence),
  }),
);

export const PlanSchema = schema(() =>
  z.object({
    /** The hub's clock when it answered: dates the widget works out itself start from it. */
    asOf: z.optional(isoDateTime),
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
      conditions: z.array(sentence),
      /** What must be cleared before the plan can be cancelled (none: nothing blocks it). */
      blockers: z.optional(z.array(PlanCancelBlockerSchema)),
      /**
       * When the plan ends: for an active plan, when it would end if cancelled now (the end of
       * the following calendar month); for a plan being cancelled, when it ends; null once ended.
       */
      effectiveAt: z.nullable(isoDateTime),
    }),
    supportUrl: z.optional(url),
  }),
);

export const PlanChangeQuoteSchema = schema(() =>
  z.object({
    planId: id,
    kind: z.enum(['upgrade', 'downgrade']),
    /** The prorated amount invoiced now for the rest of the period. */
    prorated: MoneySchema,
    effectiveAt: isoDateTime,
  }),
);

// ── users ──────────────────────────────────────────────────────────────────────────────────

export const UserSchema = schema(() =>
  z.object({
    id,
    email,
    name,
    role: RoleSchema,
    status: z.enum(['active', 'invited']),
  }),
);
export const UserListSchema = schema(() => z.array(UserSchema));

/**
 * The hub's answer to an invitation it wants confirmed: a one-time code was e-mailed to the
 * inviting owner; `inviteUser` again with the same e-mail, role and that `code` adds the user.
 */
export const InviteCodeRequiredSchema = schema(() =>
  z.object({
    status: z.literal('code_required'),
    /** Where the code went, masked for the screen (`l•••r@acme.example`). */
    sentTo: email,
    /** When the code stops working. */
    expiresAt: z.optional(isoDateTime),
  }),
);

/** `inviteUser`'s answer: the invited user, or a request for the one-time code. */
export const InviteUserResultSchema = schema(() => z.union([UserSchema, InviteCodeRequiredSchema]));

// ── integration settings ───────────────────────────────────────────────────────────────────

export const DataRegionSchema = schema(() => z.object({ id, label: name }));

export const IntegrationSettingsSchema = schema(() =>
  z.object({
    partnerId: id,
    solutionId: z.nullable(code),
    webhookUrl: z.nullable(url),
    redirectUrl: z.nullable(url),
    dataRegion: code,
    availableRegions: z.array(DataRegionSchema),
  }),
);

export const IntegrationSettingsPatchSchema = schema(() =>
  z.strictObject({
    solutionId: z.optional(z.nullable(code)),
    webhookUrl: z.optional(z.nullable(url)),
    redirectUrl: z.optional(z.nullable(url)),
    dataRegion: z.optional(code),
  }),
);

export const WebhookTestResultSchema = schema(() =>
  z.object({
    delivered: z.boolean(),
    /** The HTTP status the webhook answered with. */
    status: z.optional(z.int()),
    /** How long the webhook took to answer, in milliseconds. */
    durationMs: z.optional(z.int().check(z.minimum(0))),
    /** The first line of the webhook's response body. */
    firstLine: z.optional(sentence),
    message: z.optional(sentence),
  }),
);

// ── API keys ───────────────────────────────────────────────────────────────────────────────

/** A partner API key as the hub lists it: never its secret, only the prefix it starts with. */
export const ApiKeySchema = schema(() =>
  z.object({
    id,
    name,
    /** The first characters of the secret, so a person can tell keys apart. */
    prefix: code,
    createdAt: isoDateTime,
    lastUsedAt: z.nullable(isoDateTime),
  }),
);

export const ApiKeyListSchema = schema(() => z.array(ApiKeySchema));

export const ApiKeyInputSchema = schema(() => z.strictObject({ name }));

/**
 * A key just created: its secret is in this answer only. A replay of the same request (same
 * idempotency key) answers with `secret: null`: the hub keeps only a hash.
 */
export const CreatedApiKeySchema = schema(() =>
  z.object({
    key: ApiKeySchema,
    secret: z.nullable(text(MAX_LENGTH.code)),
  }),
);

// ── profile ────────────────────────────────────────────────────────────────────────────────

export const ProfileSchema = schema(() =>
  z.object({
    brandName: name,
    logoUrl: z.nullable(text(MAX_LENGTH.logoUrl)),
    logoRules: z.object({
      maxBytes: z.int(),
      types: z.array(code),
      /** The smallest and largest logo taken, in pixels (a hub without limits leaves them out). */
      minWidth: z.optional(z.int()),
      minHeight: z.optional(z.int()),
      maxWidth: z.optional(z.int()),
      maxHeight: z.optional(z.int()),
    }),
    /**
     * (partner-paid accounts) Whether clients may add phone numbers themselves during
     * onboarding. Absent: the hub has no such switch (or the account is client-paid).
     */
    allowClientPhoneNumbers: z.optional(z.boolean()),
  }),
);

export const ProfilePatchSchema = schema(() =>
  z.strictObject({
    brandName: z.optional(name),
    allowClientPhoneNumbers: z.optional(z.boolean()),
  }),
);

// ── WhatsApp accounts ──────────────────────────────────────────────────────────────────────

export const WhatsAppAccountStatusSchema = schema(() =>
  z.enum(['connected', 'pending_review', 'restricted', 'flagged', 'disconnected']),
);

/**
 * The number's quality rating as Meta reports it (its GREEN, YELLOW and RED): how recipients
 * received its recent messages. A new number has none yet.
 */
export const WhatsAppQualitySchema = schema(() => z.enum(['high', 'medium', 'low']));

/**
 * The number's messaging limit (Meta's `messaging_limit_tier`): how many customers it may start
 * conversations with in a rolling 24 hours.
 */
export const WhatsAppMessagingLimitSchema = schema(() =>
  z.enum(['tier_250', 'tier_1k', 'tier_10k', 'tier_100k', 'unlimited']),
);

export const WhatsAppAccountSchema = schema(() =>
  z.object({
    id,
    wabaId: code,
    name,
    clientName: name,
    phoneNumber: code,
    status: WhatsAppAccountStatusSchema,
    createdAt: isoDateTime,
    /** Sent by a hub that knows it; the list shows its column only when some row has one. */
    quality: z.optional(WhatsAppQualitySchema),
    messagingLimit: z.optional(WhatsAppMessagingLimitSchema),
  }),
);

export const WhatsAppAccountSortSchema = schema(() =>
  z.enum(['name', '-name', 'createdAt', '-createdAt', 'status', '-status']),
);

export const WhatsAppAccountPageSchema = schema(() =>
  z.object({
    items: z.array(WhatsAppAccountSchema),
    nextCursor: z.nullable(sentence),
    total: z.int(),
    /** The order the adapter applied; absent when it does not sort on request. */
    sort: z.optional(WhatsAppAccountSortSchema),
  }),
);

// ── partner accounts ───────────────────────────────────────────────────────────────────────

export const PartnerAccountSchema = schema(() =>
  z.object({
    id,
    name,
    billingMode: BillingModeSchema,
    current: z.boolean(),
  }),
);
export const PartnerAccountListSchema = schema(() => z.array(PartnerAccountSchema));

// ── request bodies (the http contract; the adapter methods take the same shapes) ─────────
// Strict: a field the contract does not know is refused by name, never silently dropped.
// (Responses stay tolerant: a hub that sends more than the contract names still works.)

export const TopUpInputSchema = schema(() =>
  z.strictObject({
    amount: MoneyInputSchema,
    paymentMethodId: id,
  }),
);

export const PayInvoiceInputSchema = schema(() => z.strictObject({ paymentMethodId: id }));

export const PlanChangeInputSchema = schema(() => z.strictObject({ planId: id }));

export const InviteUserInputSchema = schema(() =>
  z.strictObject({
    email,
    name: z.optional(name),
    role: RoleSchema,
    /** The one-time code the hub e-mailed to the inviting owner, when it asked for one. */
    code: z.optional(code),
  }),
);

export const UserRoleInputSchema = schema(() => z.strictObject({ role: RoleSchema }));

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
export type InvoiceSort = z.infer<typeof InvoiceSortSchema>;
export type Invoice = z.infer<typeof InvoiceSchema>;
export type InvoicePage = z.infer<typeof InvoicePageSchema>;
export type PayInvoiceResult = z.infer<typeof PayInvoiceResultSchema>;
export type InvoicingField = z.infer<typeof InvoicingFieldSchema>;
export type InvoicingValues = z.infer<typeof InvoicingValuesSchema>;
export type InvoicingDetails = z.infer<typeof InvoicingDetailsSchema>;
export type InvoicingDetailsPatch = z.infer<typeof InvoicingDetailsPatchSchema>;
export type PaymentMethod = z.infer<typeof PaymentMethodSchema>;
export type PaymentMethodType = z.infer<typeof PaymentMethodTypeSchema>;
export type PlanOption = z.infer<typeof PlanOptionSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type PlanCancelBlocker = z.infer<typeof PlanCancelBlockerSchema>;
export type PlanChangeQuote = z.infer<typeof PlanChangeQuoteSchema>;
export type User = z.infer<typeof UserSchema>;
export type InviteCodeRequired = z.infer<typeof InviteCodeRequiredSchema>;
export type InviteUserResult = z.infer<typeof InviteUserResultSchema>;
export type DataRegion = z.infer<typeof DataRegionSchema>;
export type IntegrationSettings = z.infer<typeof IntegrationSettingsSchema>;
export type IntegrationSettingsPatch = z.infer<typeof IntegrationSettingsPatchSchema>;
export type WebhookTestResult = z.infer<typeof WebhookTestResultSchema>;
export type ApiKey = z.infer<typeof ApiKeySchema>;
export type ApiKeyInput = z.infer<typeof ApiKeyInputSchema>;
export type CreatedApiKey = z.infer<typeof CreatedApiKeySchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfilePatch = z.infer<typeof ProfilePatchSchema>;
export type WhatsAppAccountStatus = z.infer<typeof WhatsAppAccountStatusSchema>;
export type WhatsAppAccount = z.infer<typeof WhatsAppAccountSchema>;
export type WhatsAppQuality = z.infer<typeof WhatsAppQualitySchema>;
export type WhatsAppMessagingLimit = z.infer<typeof WhatsAppMessagingLimitSchema>;
export type WhatsAppAccountPage = z.infer<typeof WhatsAppAccountPageSchema>;
export type WhatsAppAccountSort = z.infer<typeof WhatsAppAccountSortSchema>;
export type PartnerAccount = z.infer<typeof PartnerAccountSchema>;
