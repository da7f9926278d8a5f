/**
 * The memory adapter's world: plain mutable records, owned by one adapter instance and never
 * handed out (every read returns a copy).
 */
import type { AutoRenewalLimits, AutoRenewalRule, LedgerEntry } from '../../domain/index.js';
import type { Money } from '../../money/index.js';
import type {
  ApiKey,
  BillingMode,
  IntegrationSettings,
  Invoice,
  InvoiceStatus,
  InvoiceType,
  InvoicingDetails,
  PaymentMethod,
  PlanOption,
  Profile,
  User,
  WhatsAppAccount,
} from '../schemas.js';
import type { UsageProfile } from './usage-profile.js';

/** One credit balance of an account, with its auto-renewal rule and usage profile. */
export interface Wallet {
  balance: Money;
  /** When the balance last changed (ms). */
  updatedAt: number;
  rule: AutoRenewalRule;
  limits: AutoRenewalLimits;
  /** Bounds of a manual top-up. */
  topUpLimits: { min: Money; max: Money };
  /** The smallest emergency top-up the hub charges. */
  emergencyMinimum: Money;
  /** How this balance is spent as simulated time passes (`null`: no usage). */
  profile: UsageProfile | null;
}

/** How a stored card behaves when charged. */
export type CardBehaviour = 'normal' | 'decline';

export interface Card {
  method: PaymentMethod;
  behaviour: CardBehaviour;
}

export interface StoredInvoice extends Invoice {
  /** The memory hub issues only the types the kit knows. */
  type: InvoiceType;
  /** Issue order, the tie-breaker of the newest-first order. */
  seq: number;
}

export interface PlanState {
  planId: string;
  periodStart: number;
  periodEnd: number;
  status: 'active' | 'cancelling' | 'cancelled';
  /** While cancelling: when the plan ends (the end of the month after the one it was asked in). */
  cancelAt: number | null;
  options: PlanOption[];
}

export interface IndexedWhatsAppAccount {
  account: WhatsAppAccount;
  /** Lower-case name, client name, phone number and WABA ID, for search. */
  haystack: string;
  /** The phone number's digits, for searches typed with spaces or dashes. */
  digits: string;
  createdMs: number;
  seq: number;
}

/** An API key as the hub keeps it: the SHA-256 of its secret, never the secret. */
export interface StoredApiKey {
  key: ApiKey;
  /** Lower-case hex SHA-256 of the secret. */
  hash: string;
}

export interface StoredResult {
  fingerprint: string;
  result: unknown;
}

export interface AccountState {
  id: string;
  name: string;
  billingMode: BillingMode;
  /** The currency a first top-up opens a balance in. */
  currency: string;
  locale: string;
  invoicePrefix: string;
  wallets: Wallet[];
  ledger: LedgerEntry[];
  invoices: StoredInvoice[];
  invoiceSeq: number;
  cards: Card[];
  cardSeq: number;
  users: User[];
  userSeq: number;
  currentUserId: string;
  invoicing: InvoicingDetails;
  plan: PlanState;
  integration: IntegrationSettings;
  profile: Profile;
  /** The partner's API keys, newest last. */
  apiKeys: StoredApiKey[];
  whatsAppAccounts: IndexedWhatsAppAccount[];
  /** Results of mutations by `method:idempotencyKey`. */
  idempotency: Map<string, StoredResult>;
  topUpSeq: number;
}

export interface World {
  accounts: AccountState[];
  currentId: string;
  /** Simulated time (ms). */
  now: number;
  /** Usage has been deducted up to this instant, always a whole hour. */
  settledUntil: number;
}

export interface NewInvoice {
  type: InvoiceType;
  status: InvoiceStatus;
  issuedAt: number;
  dueAt: number | null;
  total: Money;
  description: string;
}

/** Issues an invoice with the account's next number. */
export function issueInvoice(account: AccountState, input: NewInvoice): StoredInvoice {
  account.invoiceSeq += 1;
  const seq = account.invoiceSeq;
  const year = new Date(input.issuedAt).getUTCFullYear();
  const invoice: StoredInvoice = {
    id: `inv_${account.id}_${String(seq).padStart(5, '0')}`,
    number: `${account.invoicePrefix}-${year}-${String(seq).padStart(5, '0')}`,
    type: input.type,
    status: input.status,
    issuedAt: new Date(input.issuedAt).toISOString(),
    dueAt: input.dueAt === null ? null : new Date(input.dueAt).toISOString(),
    total: { amount: input.total.amount, currency: input.total.currency },
    description: input.description,
    seq,
  };
  account.invoices.push(invoice);
  return invoice;
}

export function walletFor(account: AccountState, currency: string): Wallet | undefined {
  return account.wallets.find((w) => w.balance.currency === currency);
}

export function defaultCard(account: AccountState): Card | undefined {
  return account.cards.find((c) => c.method.isDefault);
}
