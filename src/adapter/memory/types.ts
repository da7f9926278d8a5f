/**
 * The public types of the memory adapter: its options and the controls the demo and the tests
 * drive it with.
 */
import type {
  AdapterCapability,
  CollectPaymentMethodInput,
  FullPartnerHubAdapter,
  PartnerHubAdapter,
} from '../contract.js';
import type { AdapterError } from '../errors.js';
import type { Role } from '../schemas.js';
import type { SentMail } from './hub.js';
import type { MemoryScenario } from './seed.js';

export type { SentMail } from './hub.js';

/** Simulated network latency in ms: fixed, or drawn (deterministically) from a range. */
export type MemoryLatency = number | { min: number; max: number };

/** Every data method of the contract (everything but `subscribe`). */
export type AdapterMethod = Exclude<keyof PartnerHubAdapter, 'subscribe'>;

/** A card the host collected through `collectCard` (the demo's clearly-labelled test form). */
export interface CollectedCard {
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  holderName?: string;
  /** The provider declines it when it is added (the test form's declining card). */
  declines?: boolean;
}

export interface MemoryAdapterOptions {
  /** Which seeded world to start from (default `positive`). */
  scenario?: MemoryScenario;
  /**
   * Start of the simulated clock (default `2026-11-17T10:00:00Z`, see `DEFAULT_NOW`), so the
   * seeded data is the same on every run. History and card expiry dates follow it.
   */
  now?: Date | string;
  /** Simulated latency per call (default 0; the `slow` scenario uses 1500–3000 ms). */
  latency?: MemoryLatency;
  /** The acting user's role (default `owner`). */
  role?: Role;
  /** Seed of the deterministic generator behind names, numbers and usage noise (default 1). */
  seed?: number;
  /**
   * How many WhatsApp accounts the partner-paid account holds (default 2,000; at most
   * 100,000, for scale tests and the bench). Generated on first use, about 0.2 s for 100,000.
   */
  whatsAppAccounts?: number;
  /**
   * Whether an invitation must first be confirmed with a one-time code e-mailed to the inviting
   * owner, as the hub's newer versions do (default true; false: `inviteUser` adds the user at
   * once, as older ones did). The codes land in the adapter's `outbox`.
   */
  inviteCodes?: boolean;
  /**
   * Switch methods off: `{ removeUser: false }` leaves `removeUser` out. Any method may be
   * switched off, to show how the elements meet a partial adapter (the type still lists it).
   */
  capabilities?: Partial<Record<AdapterCapability, boolean>>;
  /**
   * How `collectPaymentMethod` obtains a card: the host's (test) form. Resolve `null` when the
   * user cancels. Without it, each call adds the next of a few Visa and Mastercard test cards.
   */
  collectCard?: (
    input: CollectPaymentMethodInput,
    signal?: AbortSignal,
  ) => Promise<CollectedCard | null>;
}

/** One call made to the adapter, as made. */
export interface AdapterCall {
  method: AdapterMethod;
  args: unknown[];
}

export interface FailNextOptions {
  /**
   * Perform the call, then throw: a response lost after the hub applied a mutation (a timeout),
   * the case idempotent retries exist for. Default false: throw without doing anything.
   */
  afterApplying?: boolean;
  /** How many of the next calls fail (default 1). */
  times?: number;
}

/** The simulated clock. */
export interface MemoryClock {
  now(): Date;
  /**
   * Moves simulated time forward. Each whole hour crossed deducts that hour's usage (template
   * messages and calls, by the account's usage profile) from every balance, which may fire
   * auto-renewal or an emergency top-up; month ends close the month and start a new plan
   * period; unpaid invoices past due become overdue. Subscribers hear about what changed.
   */
  advance(ms: number): void;
}

/** The adapter plus the controls the demo and the tests drive it with. */
export interface MemoryAdapter extends FullPartnerHubAdapter {
  readonly scenario: MemoryScenario;
  readonly clock: MemoryClock;
  /** Every e-mail the hub sent (the one-time codes of invitations), oldest first (a snapshot). */
  readonly outbox: ReadonlyArray<SentMail>;
  /** Every call made so far, oldest first (a snapshot). */
  readonly calls: ReadonlyArray<AdapterCall>;
  clearCalls(): void;
  /** Changes the acting user's role (in every partner account). */
  setRole(role: Role): void;
  setLatency(latency: MemoryLatency): void;
  /**
   * Makes every resource read and mutation reject with `unavailable` (the `failing`
   * scenario starts with it on); the session and the partner accounts keep working.
   */
  setFailing(failing: boolean): void;
  /** Makes the next call(s) of `method` throw `error`. */
  failNext(method: AdapterMethod, error: AdapterError, options?: FailNextOptions): void;
  /** Back to the seeded world of the scenario: clock, data, idempotency keys, call log. */
  reset(): void;
}
