/**
 * Calendar helpers for the domain rules. Everything is UTC and works on ISO strings, so a rule
 * gives the same answer in every time zone and never reads the clock: "now" is passed in.
 */

/** Milliseconds in one UTC day. */
export const DAY_MS = 86_400_000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERIOD = /^(\d{4})-(\d{2})$/;

/** The UTC calendar date of an instant, `YYYY-MM-DD`. */
export function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/**
 * Days since 1970-01-01 for a `YYYY-MM-DD` date (UTC). Throws a `RangeError` for anything that
 * is not a real calendar date, so `2024-02-30` never slips through as March.
 */
export function dayNumber(date: string): number {
  const match = DATE.exec(date);
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const ms = Date.UTC(y, m - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d) {
      return ms / DAY_MS;
    }
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

/** The `YYYY-MM-DD` date of a day number (see {@link dayNumber}). */
export function dateOfDay(day: number): string {
  return isoDate(new Date(day * DAY_MS));
}

/** A date moved by a whole number of days. */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** Month index since year 0 (`year * 12 + month - 1`) of a `YYYY-MM` period. */
export function monthNumber(period: string): number {
  const match = PERIOD.exec(period);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) {
    throw new RangeError(`Not a period (YYYY-MM): ${JSON.stringify(period)}`);
  }
  return year * 12 + month - 1;
}

/** The `YYYY-MM` period of a month index (see {@link monthNumber}). */
export function periodOfMonth(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * Milliseconds since the epoch of an ISO date or date-time; throws a `RangeError` when
 * unparsable. A date-time without an offset is read as UTC (browsers would read it as local
 * time), so the answer never depends on where the code runs.
 */
export function instant(value: string): number {
  const utc = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? `${value}Z` : value;
  const ms = Date.parse(utc);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO date-time: ${JSON.stringify(value)}`);
  return ms;
}

/**
 * The hub's "now" for what a balance says (card expiry, forecasts, last month's usage): when the
 * hub last updated it, else this device's clock.
 */
export function hubNow(updatedAt: string | undefined): Date {
  return updatedAt ? new Date(updatedAt) : new Date();
}

/**
 * The hub's clock at `deviceNow` (ms on this device): the `asOf` of the hub's last answer,
 * received at `receivedAt` (ms on this device), moved on by the time this device has counted
 * since; `deviceNow` itself when the hub gave no clock. So a device whose clock is off, or a
 * simulated hub whose clock is elsewhere, still reads dates as the hub does.
 */
export function hubClock(
  asOf: string | undefined,
  receivedAt: number | undefined,
  deviceNow: number,
): Date {
  if (!asOf) return new Date(deviceNow);
  return new Date(instant(asOf) + Math.max(0, deviceNow - (receivedAt ?? deviceNow)));
}

/**
 * The calendar month (UTC) before the month of `at`, as the first and last `YYYY-MM-DD` dates:
 * the month the auto-renewal recommendation and "last month" simulation look at.
 */
export function previousMonth(at: Date): { from: string; to: string } {
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth();
  return {
    from: isoDate(new Date(Date.UTC(year, month - 1, 1))),
    to: isoDate(new Date(Date.UTC(year, month, 0))),
  };
}
