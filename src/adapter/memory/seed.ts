/**
 * The memory adapter's seeded world: two partner accounts with a realistic, deterministic
 * history, adjusted per scenario. Everything is relative to the simulated "now", so any start
 * date gives the same shape of data.
 */
import { monthlyMovements, prorate, type AutoRenewalRule } from '../../domain/index.js';
import { add, money, ratio, type Money } from '../../money/index.js';
import type { PaymentMethod, PlanOption, Role, User } from '../schemas.js';
import {
  CARD_FEE_BASIS_POINTS,
  cardFee,
  creditWallet,
  deductUsage,
  newWallet,
  topUpDescription,
} from './billing.js';
import { DAY_MS, dayStart, iso, monthName, monthStart } from './calendar.js';
import { hourCost, HOUR_MS } from './usage-profile.js';
import type {
  AccountState,
  Card,
  IndexedWhatsAppAccount,
  PlanState,
  Wallet,
  World,
} from './state.js';
import { issueInvoice, type NewInvoice } from './state.js';
import { seedWhatsAppAccounts } from './whatsapp-accounts.js';

/**
 * The seeded worlds. All but `empty` hold the same two partner accounts, "Acme Messaging GmbH"
 * (partner-paid, EUR, 14 months of history) and "Acme Client-Paid Ltd" (client-paid, GBP):
 *
 * - `positive`: €1,284.50, auto-renewal on at €200.00 with €1,000.00 top-ups (the default).
 * - `low`: €162.75, at or under that threshold: the next hour of usage fires auto-renewal.
 * - `zero`: €0.00, auto-renewal off: messaging is paused and stays so until a top-up.
 * - `negative`: −€35.20, auto-renewal off: the next hour fires an emergency top-up.
 * - `client-paid`: the session is on the client-paid account (no credit balance).
 * - `empty`: a brand-new partner: no balance, movements, invoices, cards or WhatsApp
 *   accounts, one user.
 * - `failing`: every resource read and mutation rejects with `unavailable` (the session and
 *   the partner accounts still load) until `setFailing(false)`.
 * - `slow`: `positive` with 1.5–3 s of latency per call.
 * - `multi-currency`: `positive` plus a USD balance of $2,140.00 with its own auto-renewal.
 * - `licence-unpaid`: `positive`, but the licence invoice for 25 more numbers, issued three
 *   days ago, is unpaid: outbound messaging has been paused since (no usage charged) and stays
 *   so until it is paid. In the other scenarios that invoice is paid.
 */
export type MemoryScenario =
  | 'positive'
  | 'low'
  | 'zero'
  | 'negative'
  | 'client-paid'
  | 'empty'
  | 'failing'
  | 'slow'
  | 'multi-currency'
  | 'licence-unpaid';

export const SCENARIOS: readonly MemoryScenario[] = [
  'positive',
  'low',
  'zero',
  'negative',
  'client-paid',
  'empty',
  'failing',
  'slow',
  'multi-currency',
  'licence-unpaid',
];

/** The simulated clock's default start: a Tuesday mid-month, so seeds are deterministic. */
export const DEFAULT_NOW = '2026-11-17T10:00:00.000Z';

export const PARTNER_PAID_ID = 'acme';
export const CLIENT_PAID_ID = 'acme-cp';
export const CURRENT_USER_ID = 'usr_lena';

const SUPPORT_URL = 'https://hub.example/support';

/** The months of ledger history the partner-paid account carries, the current one included. */
export const HISTORY_MONTHS = 14;

function eur(major: number): Money {
  return money(Math.round(major * 100), 'EUR');
}

// ── static parts ──────────────────────────────────────────────────────────────────────────

function planOptions(currency: string, basic: number, premium: number): PlanOption[] {
  return [
    {
      id: 'basic',
      name: 'Basic',
      price: { amount: basic, currency },
      interval: 'month',
      features: [
        'Up to 50 WhatsApp numbers',
        'Partner API and webhooks',
        'Integrated Onboarding',
        'Email support',
      ],
    },
    {
      id: 'premium',
      name: 'Premium',
      price: { amount: premium, currency },
      interval: 'month',
      features: [
        'Unlimited WhatsApp numbers',
        'Integrated Onboarding with your logo and brand name',
        'Volume pricing on messaging',
        'Priority support with a named contact',
      ],
    },
  ];
}

const REGIONS = [
  { id: 'eu', label: 'EU (Frankfurt)' },
  { id: 'us', label: 'United States' },
  { id: 'br', label: 'Brazil (São Paulo)' },
  { id: 'in', label: 'India (Mumbai)' },
  { id: 'sg', label: 'Singapore' },
  { id: 'au', label: 'Australia (Sydney)' },
  { id: 'ca', label: 'Canada (Montréal)' },
  { id: 'id', label: 'Indonesia (Jakarta)' },
  { id: 'jp', label: 'Japan (Tokyo)' },
  { id: 'kr', label: 'South Korea (Seoul)' },
  { id: 'ch', label: 'Switzerland (Zurich)' },
  { id: 'gb', label: 'United Kingdom (London)' },
];

const LOGO_RULES = {
  maxBytes: 1_048_576,
  // No SVG: an SVG can carry script, and the hub takes no file it would have to sanitise.
  types: ['image/png', 'image/jpeg'],
  minWidth: 64,
  minHeight: 64,
  maxWidth: 2048,
  maxHeight: 2048,
};

/** A small SVG monogram as a data: URL (allowed by a CSP whose img-src admits data:). */
const ACME_LOGO = `data:image/svg+xml;base64,${btoa(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">' +
    '<rect width="64" height="64" rx="14" fill="#0b6e4f"/>' +
    '<path d="M20 46 32 16l12 30h-6.5l-2.4-6.4h-6.2L26.5 46zm10.6-11.6h2.8L32 30.2z" fill="#fff"/>' +
    '</svg>',
)}`;

function user(id: string, name: string, email: string, role: Role, status: User['status']): User {
  return { id, name, email, role, status };
}

function card(
  id: string,
  brand: string,
  last4: string,
  expiry: number,
  holderName: string,
  isDefault: boolean,
  behaviour: Card['behaviour'] = 'normal',
): Card {
  const d = new Date(expiry);
  const method: PaymentMethod = {
    id,
    brand,
    last4,
    expMonth: d.getUTCMonth() + 1,
    expYear: d.getUTCFullYear(),
    holderName,
    isDefault,
    feeBasisPoints: CARD_FEE_BASIS_POINTS,
  };
  return { method, behaviour };
}

function baseAccount(
  id: string,
  name: string,
  billingMode: AccountState['billingMode'],
  currency: string,
  invoicePrefix: string,
  plan: PlanState,
): AccountState {
  return {
    id,
    name,
    billingMode,
    currency,
    locale: 'en',
    invoicePrefix,
    wallets: [],
    ledger: [],
    invoices: [],
    invoiceSeq: 0,
    cards: [],
    cardSeq: 0,
    users: [],
    userSeq: 0,
    currentUserId: CURRENT_USER_ID,
    invoicing: {
      values: emptyInvoicing(),
      editable: ['billingEmail', 'vatId'],
      supportUrl: SUPPORT_URL,
    },
    plan,
    integration: {
      partnerId: '',
      solutionId: null,
      webhookUrl: null,
      redirectUrl: null,
      dataRegion: 'eu',
      availableRegions: REGIONS.map((r) => ({ ...r })),
    },
    profile: {
      brandName: name,
      logoUrl: null,
      logoRules: { ...LOGO_RULES, types: [...LOGO_RULES.types] },
    },
    apiKeys: [],
    whatsAppAccounts: [],
    idempotency: new Map(),
    topUpSeq: 0,
  };
}

function emptyInvoicing() {
  return {
    legalName: '',
    billingEmail: '',
    addressLine1: '',
    addressLine2: '',
    city: '',
    postalCode: '',
    country: 'DE',
    vatId: '',
  };
}

function planState(now: number, planId: string, options: PlanOption[]): PlanState {
  return {
    planId,
    periodStart: monthStart(now),
    periodEnd: monthStart(now, 1),
    status: 'active',
    cancelAt: null,
    options,
  };
}

// ── history ───────────────────────────────────────────────────────────────────────────────

interface HistoryPlan {
  /** Day offsets from the history start of manual top-ups (at 09:00 UTC, before that day's usage). */
  manualTopUps: ReadonlyArray<{ day: number; amount: number; card: string }>;
  /** Auto-renewal before `ruleFromDay` and from then on. */
  ruleBefore: AutoRenewalRule;
  ruleFromDay: number;
  rule: AutoRenewalRule;
  /** Balance carried over from before the history window. */
  opening: number;
  /** From this time on outbound messaging is paused (an unpaid licence invoice): no usage. */
  pausedFrom?: number;
}

/**
 * Replays usage day by day from `start` to the end of yesterday, then hour by hour until the
 * last whole hour before `now`, through the same deduction the simulated clock uses, with the
 * manual top-ups of the plan: auto-renewals and emergency top-ups fire where the rules say.
 */
function replayHistory(
  account: AccountState,
  wallet: Wallet,
  start: number,
  now: number,
  plan: HistoryPlan,
) {
  const profile = wallet.profile!;
  const currency = wallet.balance.currency;
  wallet.balance = money(plan.opening, currency);
  const today = dayStart(now);
  const cardById = new Map(account.cards.map((c) => [c.method.id, c]));
  const manual = (day: number, at: number) => {
    for (const t of plan.manualTopUps.filter((m) => m.day === day)) {
      const amount = money(t.amount, currency);
      const card = cardById.get(t.card);
      const fee = cardFee(card, amount);
      const last4 = card?.method.last4 ?? '4242';
      creditWallet(account, wallet, 'top_up', amount, at, {
        total: add(amount, fee),
        description: topUpDescription(amount, fee, last4),
      });
    }
  };
  const paused = (hour: number) => plan.pausedFrom !== undefined && hour >= plan.pausedFrom;
  for (let day = start, index = 0; day < today; day += DAY_MS, index++) {
    wallet.rule = { ...(index >= plan.ruleFromDay ? plan.rule : plan.ruleBefore) };
    manual(index, day + 9 * HOUR_MS + 17 * 60_000);
    let cost = 0;
    for (let h = 0; h < 24; h++) {
      if (!paused(day + h * HOUR_MS)) cost += hourCost(profile, day + h * HOUR_MS);
    }
    if (cost > 0) deductUsage(account, wallet, cost, day + 18 * HOUR_MS);
  }
  const lastHour = Math.floor(now / HOUR_MS) * HOUR_MS;
  for (let hour = today; hour < lastHour && !paused(hour); hour += HOUR_MS) {
    deductUsage(account, wallet, hourCost(profile, hour), hour + HOUR_MS - 1000);
  }
}

/** When the licence invoice for extra numbers was issued: three days ago, 11:00 UTC. */
const extraLicenceAt = (now: number) => dayStart(now) - 3 * DAY_MS + 11 * HOUR_MS;

/**
 * Numbers the account's invoices (those the replayed top-ups issued plus `drafts`) in issue
 * order, as a hub numbers them.
 */
function numberInvoices(account: AccountState, drafts: readonly NewInvoice[]): void {
  const recorded = account.invoices.map((inv): NewInvoice => ({
    type: inv.type,
    status: inv.status,
    issuedAt: Date.parse(inv.issuedAt),
    dueAt: inv.dueAt === null ? null : Date.parse(inv.dueAt),
    total: inv.total,
    description: inv.description,
  }));
  account.invoices = [];
  account.invoiceSeq = 0;
  // A stable sort: invoices issued at the same instant keep their order.
  for (const draft of [...recorded, ...drafts].sort((x, y) => x.issuedAt - y.issuedAt)) {
    issueInvoice(account, draft);
  }
}

/** Plan fees, licence fees and monthly closings over the history, to be numbered. */
function historyInvoices(
  account: AccountState,
  start: number,
  now: number,
  withClosings: boolean,
  licenceUnpaid: boolean,
): NewInvoice[] {
  const drafts: NewInvoice[] = [];
  const plan = account.plan.options.find((o) => o.id === account.plan.planId)!;
  const currency = plan.price.currency;
  const months: number[] = [];
  for (let m = start; m <= now; m = monthStart(m, 1)) months.push(m);
  months.forEach((m, i) => {
    const current = i === months.length - 1;
    const issued = m + 6 * HOUR_MS;
    const due = issued + 14 * DAY_MS;
    drafts.push({
      type: 'plan_fee',
      status: current ? (due < now ? 'overdue' : 'unpaid') : 'paid',
      issuedAt: issued,
      dueAt: due,
      total: plan.price,
      description: `Partner plan ${plan.name}, ${monthName(m)}`,
    });
    const month = new Date(m).getUTCMonth();
    if (i === 0 || month === 0) {
      const year = new Date(m).getUTCFullYear();
      const full = money(60_000, currency);
      // A partner joining mid-year pays the licence for the rest of the year.
      const amount = i === 0 && month !== 0 ? ratio(full, 12 - month, 12) : full;
      drafts.push({
        type: 'licence_fee',
        status: 'paid',
        issuedAt: m + 7 * HOUR_MS,
        dueAt: m + 7 * HOUR_MS + 14 * DAY_MS,
        total: amount,
        description:
          amount === full
            ? `WhatsApp Business Platform licence ${year}`
            : `WhatsApp Business Platform licence ${year} (from ${monthName(m)})`,
      });
    }
    if (withClosings && !current) {
      const movement = monthlyMovements(account.ledger, {
        from: iso(m).slice(0, 7),
        to: iso(m).slice(0, 7),
        currency: account.currency,
      })[0]!;
      const lastClosed = i === months.length - 2;
      drafts.push({
        type: 'monthly_closing',
        status: lastClosed ? 'pending' : 'paid',
        issuedAt: monthStart(m, 1) + 2 * HOUR_MS,
        dueAt: null,
        total: movement.usage,
        description: `Monthly closing, ${monthName(m)}: messaging and calls settled from the credit balance`,
      });
    }
  });
  // Extra numbers licensed a few days ago, paid at once or not yet.
  const extra = extraLicenceAt(now);
  if (extra > start) {
    drafts.push({
      type: 'licence_fee',
      status: licenceUnpaid ? 'unpaid' : 'paid',
      issuedAt: extra,
      dueAt: extra + 14 * DAY_MS,
      total: money(13_500, currency),
      description: 'Licence fee: 25 additional WhatsApp numbers, rest of the year',
    });
  }
  return drafts;
}

/**
 * Generates the account's WhatsApp accounts on first use: thousands of rows that most
 * sessions (a widget test, a story) never list.
 */
function generateLazily(account: AccountState, generate: () => IndexedWhatsAppAccount[]): void {
  let rows: IndexedWhatsAppAccount[] | undefined;
  Object.defineProperty(account, 'whatsAppAccounts', {
    enumerable: true,
    get: () => (rows ??= generate()),
  });
}

// ── the accounts ──────────────────────────────────────────────────────────────────────────

/** The default number of seeded WhatsApp accounts, and the most a seed may ask for. */
export const DEFAULT_WHATSAPP_ACCOUNTS = 2_000;
export const MAX_WHATSAPP_ACCOUNTS = 100_000;

export interface SeedOptions {
  /** WhatsApp accounts of the partner-paid account (default 2,000, at most 100,000). */
  whatsAppAccounts?: number | undefined;
}

function whatsAppAccountCount(options: SeedOptions): number {
  const count = options.whatsAppAccounts ?? DEFAULT_WHATSAPP_ACCOUNTS;
  if (!Number.isInteger(count) || count < 0 || count > MAX_WHATSAPP_ACCOUNTS) {
    throw new RangeError(
      `whatsAppAccounts must be a whole number from 0 to ${MAX_WHATSAPP_ACCOUNTS}, not ${count}.`,
    );
  }
  return count;
}

function seedPartnerPaid(
  seed: number,
  now: number,
  scenario: MemoryScenario,
  options: SeedOptions = {},
): AccountState {
  const start = monthStart(now, -(HISTORY_MONTHS - 1));
  const account = baseAccount(
    PARTNER_PAID_ID,
    'Acme Messaging GmbH',
    'partner_paid',
    'EUR',
    'AM',
    planState(now, 'basic', planOptions('EUR', 9_900, 29_900)),
  );
  account.invoicing.values = {
    legalName: 'Acme Messaging GmbH',
    billingEmail: 'billing@acme-messaging.example',
    addressLine1: 'Friedrichstraße 68',
    addressLine2: '4. OG',
    city: 'Berlin',
    postalCode: '10117',
    country: 'DE',
    vatId: 'DE136695976',
  };
  account.profile.brandName = 'Acme Messaging';
  account.integration.partnerId = 'pA7kQ9mX2PA';

  if (scenario === 'empty') {
    // A brand-new partner: signed up today, nothing configured, nothing spent.
    account.users = [
      user(
        CURRENT_USER_ID,
        'Lena Fischer',
        'lena.fischer@acme-messaging.example',
        'owner',
        'active',
      ),
    ];
    account.userSeq = 1;
    account.invoicing.values.addressLine2 = '';
    account.invoicing.values.vatId = '';
    return account;
  }

  account.integration.solutionId = '482019376541123';
  account.integration.webhookUrl = 'https://hooks.acme-messaging.example/partner-hub/events';
  account.integration.redirectUrl = 'https://portal.acme-messaging.example/onboarding/complete';
  account.profile.logoUrl = ACME_LOGO;
  // One key in use by the partner's backend (its secret is nobody's: only the hash is kept).
  account.apiKeys = [
    {
      key: {
        id: 'key_prod01',
        name: 'Production backend',
        prefix: 'phk_7Hq2',
        createdAt: new Date(now - 41 * DAY_MS).toISOString(),
        lastUsedAt: new Date(now - 3 * 3_600_000).toISOString(),
      },
      hash: '2ed1a18a933bad87740933d4175de50ca50f5b1af91f60479cd903e926cd27c4',
    },
  ];
  account.users = [
    user(CURRENT_USER_ID, 'Lena Fischer', 'lena.fischer@acme-messaging.example', 'owner', 'active'),
    user('usr_jonas', 'Jonas Weber', 'jonas.weber@acme-messaging.example', 'owner', 'active'),
    user('usr_priya', 'Priya Raman', 'priya.raman@acme-messaging.example', 'member', 'active'),
    user('usr_marco', 'Marco Rossi', 'marco.rossi@acme-messaging.example', 'member', 'active'),
    user('usr_sofia', 'Sofia Almeida', 'sofia.almeida@acme-messaging.example', 'member', 'invited'),
  ];
  account.userSeq = account.users.length;
  account.cards = [
    card('pm_visa_4242', 'Visa', '4242', monthStart(now, 21), 'Lena Fischer', true),
    card('pm_mc_5454', 'Mastercard', '5454', monthStart(now), 'Jonas Weber', false),
    card('pm_amex_0005', 'American Express', '0005', monthStart(now, -2), 'Lena Fischer', false),
    card(
      'pm_test_0002',
      'Visa',
      '0002',
      monthStart(now, 48),
      'Test card: always declined',
      false,
      'decline',
    ),
  ];
  account.cardSeq = account.cards.length;

  const eurRule: AutoRenewalRule = { enabled: true, threshold: eur(200), amount: eur(1_000) };
  const eurWallet = newWallet(
    'EUR',
    eurRule,
    {
      currency: 'EUR',
      seed: seed * 7 + 1,
      startDay: Math.floor(start / DAY_MS),
      dailyAtStart: 2_600,
      growthPerDay: 0.00168,
      callShare: 0.18,
      utcOffsetHours: 1,
    },
    now,
  );
  account.wallets.push(eurWallet);
  replayHistory(account, eurWallet, start, now, {
    opening: 0,
    manualTopUps: [
      { day: 0, amount: 80_000, card: 'pm_visa_4242' },
      { day: 27, amount: 50_000, card: 'pm_visa_4242' },
      { day: 52, amount: 75_000, card: 'pm_mc_5454' },
      { day: 83, amount: 100_000, card: 'pm_visa_4242' },
      { day: 152, amount: 200_000, card: 'pm_visa_4242' },
      { day: 318, amount: 150_000, card: 'pm_amex_0005' },
    ],
    ruleBefore: { ...eurRule, enabled: false },
    ruleFromDay: 99,
    rule: eurRule,
    ...(scenario === 'licence-unpaid' ? { pausedFrom: extraLicenceAt(now) } : {}),
  });

  if (scenario === 'multi-currency') {
    const usdStart = monthStart(now, -5);
    const usdRule: AutoRenewalRule = {
      enabled: true,
      threshold: money(30_000, 'USD'),
      amount: money(150_000, 'USD'),
    };
    const usdWallet = newWallet(
      'USD',
      usdRule,
      {
        currency: 'USD',
        seed: seed * 7 + 2,
        startDay: Math.floor(usdStart / DAY_MS),
        dailyAtStart: 1_400,
        growthPerDay: 0.002,
        callShare: 0.1,
        utcOffsetHours: -5,
      },
      now,
    );
    account.wallets.push(usdWallet);
    replayHistory(account, usdWallet, usdStart, now, {
      opening: 0,
      manualTopUps: [{ day: 0, amount: 100_000, card: 'pm_visa_4242' }],
      ruleBefore: usdRule,
      ruleFromDay: 0,
      rule: usdRule,
    });
    usdWallet.balance = money(214_000, 'USD');
  }

  const drafts = historyInvoices(account, start, now, true, scenario === 'licence-unpaid');
  // A Premium upgrade five months in, reverted by support the same day and voided.
  const upgradeAt = monthStart(now, -(HISTORY_MONTHS - 6)) + 9 * DAY_MS + 14 * HOUR_MS;
  const [basic, premium] = account.plan.options;
  drafts.push({
    type: 'prorated_upgrade',
    status: 'void',
    issuedAt: upgradeAt,
    dueAt: null,
    total: prorate({
      currentPrice: basic!.price,
      newPrice: premium!.price,
      periodStart: iso(monthStart(upgradeAt)),
      periodEnd: iso(monthStart(upgradeAt, 1)),
      at: iso(upgradeAt),
    }).amount,
    description: 'Prorated upgrade to Premium (reverted on request, voided)',
  });
  numberInvoices(account, drafts);

  // The scenario decides where the balance stands now.
  const balances: Partial<Record<MemoryScenario, [number, boolean]>> = {
    low: [16_275, true],
    zero: [0, false],
    negative: [-3_520, false],
  };
  const [amount, enabled] = balances[scenario] ?? [128_450, true];
  const count = whatsAppAccountCount(options);
  eurWallet.balance = money(amount, 'EUR');
  eurWallet.rule = { ...eurRule, enabled };

  generateLazily(account, () =>
    seedWhatsAppAccounts(seed * 31 + 3, 'wa', count, monthStart(now, -44), now),
  );
  return account;
}

function seedClientPaid(seed: number, now: number): AccountState {
  const start = monthStart(now, -5);
  const account = baseAccount(
    CLIENT_PAID_ID,
    'Acme Client-Paid Ltd',
    'client_paid',
    'GBP',
    'ACP',
    planState(now, 'premium', planOptions('GBP', 8_900, 26_900)),
  );
  account.invoicing.values = {
    legalName: 'Acme Client-Paid Ltd',
    billingEmail: 'accounts@acme-clientpaid.example',
    addressLine1: '221B Baker Street',
    addressLine2: '',
    city: 'London',
    postalCode: 'NW1 6XE',
    country: 'GB',
    vatId: 'GB123456789',
  };
  account.profile.brandName = 'Acme Client-Paid';
  account.integration = {
    ...account.integration,
    partnerId: 'cP3vL8tW5PA',
    solutionId: '771204598830217',
    webhookUrl: 'https://hooks.acme-clientpaid.example/hub',
    redirectUrl: 'https://acme-clientpaid.example/welcome',
    dataRegion: 'gb',
  };
  account.users = [
    user(CURRENT_USER_ID, 'Lena Fischer', 'lena.fischer@acme-messaging.example', 'owner', 'active'),
    user('usr_tom', 'Tom Baker', 'tom.baker@acme-clientpaid.example', 'owner', 'active'),
    user('usr_aisha', 'Aisha Khan', 'aisha.khan@acme-clientpaid.example', 'member', 'active'),
  ];
  account.userSeq = account.users.length;
  account.cards = [
    card('pm_visa_1881', 'Visa', '1881', monthStart(now, 30), 'Tom Baker', true),
    card('pm_mc_4444', 'Mastercard', '4444', monthStart(now, 14), 'Lena Fischer', false),
  ];
  account.cardSeq = account.cards.length;
  numberInvoices(account, historyInvoices(account, start, now, false, false));
  generateLazily(account, () =>
    seedWhatsAppAccounts(seed * 31 + 5, 'wacp', 240, monthStart(now, -20), now),
  );
  return account;
}

/** Builds the world of a scenario. `seed` varies names, numbers and usage noise. */
export function seedWorld(
  scenario: MemoryScenario,
  seed: number,
  now: number,
  role: Role,
  options: SeedOptions = {},
): World {
  const accounts =
    scenario === 'empty'
      ? [seedPartnerPaid(seed, now, scenario)]
      : [seedPartnerPaid(seed, now, scenario, options), seedClientPaid(seed, now)];
  for (const account of accounts) {
    const me = account.users.find((u) => u.id === account.currentUserId);
    if (me) me.role = role;
  }
  return {
    accounts,
    currentId: scenario === 'client-paid' ? CLIENT_PAID_ID : PARTNER_PAID_ID,
    now,
    settledUntil: Math.floor(now / HOUR_MS) * HOUR_MS,
  };
}
