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
