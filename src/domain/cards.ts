import { DAY_MS } from './dates.js';

/** Whether a card can still be charged: `expiring` cards work but should be replaced soon. */
export type CardExpiryState = 'valid' | 'expiring' | 'expired';

/**
 * The first instant a card no longer works: a card is valid through the last day of its expiry
 * month (UTC), so this is midnight UTC on the first day of the following month. Two-digit years
 * are read as 20xx.
 *
 * @throws RangeError for a month outside 1–12 or a year that is not a whole number.
 */
export function cardExpiresAt(expMonth: number, expYear: number): Date {
  if (!Number.isInteger(expMonth) || expMonth < 1 || expMonth > 12) {
    throw new RangeError(`Not a card expiry month: ${expMonth}`);
  }
  if (!Number.isInteger(expYear) || expYear < 0) {
    throw new RangeError(`Not a card expiry year: ${expYear}`);
  }
  return new Date(Date.UTC(fullYear(expYear), expMonth, 1)); // index expMonth: the next month
}

function fullYear(expYear: number): number {
  return expYear < 100 ? 2000 + expYear : expYear;
}

/**
 * The expiry state of a card at `now`:
 *
 * - `expired` from the first day after its expiry month;
 * - `expiring` during its expiry month, or when it stops working within `soonDays` days;
 * - `valid` otherwise.
 */
export function cardExpiryState(
  expMonth: number,
  expYear: number,
  now: Date,
  soonDays = 30,
): CardExpiryState {
  const end = cardExpiresAt(expMonth, expYear).getTime();
  const t = now.getTime();
  if (t >= end) return 'expired';
  const monthStart = Date.UTC(fullYear(expYear), expMonth - 1, 1);
  if (t >= monthStart || end - t <= soonDays * DAY_MS) return 'expiring';
  return 'valid';
}

/** What the card rules read of a payment method (methods without an expiry never expire). */
export interface CardFacts {
  id: string;
  isDefault: boolean;
  expMonth?: number | undefined;
  expYear?: number | undefined;
}

/**
 * The expiry state of a payment method at `now`; `valid` for one without an expiry (PIX,
 * Boleto, SEPA debit).
 */
export function methodExpiryState(
  method: Pick<CardFacts, 'expMonth' | 'expYear'>,
  now: Date,
  soonDays = 30,
): CardExpiryState {
  if (method.expMonth === undefined || method.expYear === undefined) return 'valid';
  return cardExpiryState(method.expMonth, method.expYear, now, soonDays);
}

/** Whether the card can no longer be charged at `now`. */
export function isCardExpired(card: Pick<CardFacts, 'expMonth' | 'expYear'>, now: Date): boolean {
  return methodExpiryState(card, now) === 'expired';
}

/** The account's default card, if it has one. */
export function defaultCardOf<T extends Pick<CardFacts, 'isDefault'>>(
  cards: readonly T[],
): T | undefined {
  return cards.find((card) => card.isDefault);
}

/**
 * The card a payment uses unless the user picks another: the one already chosen while it can
 * still be charged, else the default card unless it has expired, else the first card that has
 * not. `null` when no card can be charged.
 */
export function chooseCard<T extends CardFacts>(
  cards: readonly T[],
  now: Date,
  chosenId?: string | null,
): T | null {
  const usable = cards.filter((card) => !isCardExpired(card, now));
  return usable.find((card) => card.id === chosenId) ?? defaultCardOf(usable) ?? usable[0] ?? null;
}

/** The expiry as printed on cards and in labels: two-digit month, four-digit year ("06/2030"). */
export function cardExpiryLabel(expMonth: number, expYear: number): string {
  return `${String(expMonth).padStart(2, '0')}/${fullYear(expYear)}`;
}

/** Why a payment method may not be removed (`null`: it may). */
export type MethodRemovalRefusal = 'default_with_others' | 'last_with_auto_renewal';

/**
 * Whether the method `id` may be removed: not the default while others exist (another must
 * become the default first, so the hub always knows what to charge), and never the last one
 * while auto-renewal is on (the hub would have nothing to charge when the balance reaches its
 * threshold).
 */
export function methodRemovalRefusal(
  methods: readonly Pick<CardFacts, 'id' | 'isDefault'>[],
  id: string,
  autoRenewalOn: boolean,
): MethodRemovalRefusal | null {
  const others = methods.filter((m) => m.id !== id);
  if (others.length === 0) return autoRenewalOn ? 'last_with_auto_renewal' : null;
  return methods.some((m) => m.id === id && m.isDefault) ? 'default_with_others' : null;
}
