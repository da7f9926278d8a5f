import type { Money } from '../money/index.js';
import { money } from '../money/index.js';
import { dateOfDay, dayNumber, instant, isoDate, monthNumber, periodOfMonth } from './dates.js';
import type { DailyUsage } from './usage.js';

/** What moved a balance. */
export type LedgerEntryKind = 'top_up' | 'auto_renewal' | 'emergency' | 'usage';

/** One movement of a balance. */
export interface LedgerEntry {
  /** ISO date-time. */
  at: string;
  kind: LedgerEntryKind;
  /** Positive for funds added, and positive for usage costs too: `kind` says which way. */
  amount: Money;
}

/** Funds added and usage over one calendar month. */
export interface MonthlyMovement {
  period: string;
  /** Top-ups of every kind applied to the balance: manual, auto-renewal and emergency. */
  fundsAdded: Money;
  /** Messaging and call costs deducted from the balance. */
  usage: Money;
}

export interface MovementRange {
  /** First month, `YYYY-MM`. */
  from: string;
  /** Last month, `YYYY-MM`, included. */
  to: string;
  currency: string;
}

const FUNDS_KINDS: ReadonlySet<LedgerEntryKind> = new Set(['top_up', 'auto_renewal', 'emergency']);

/** The UTC `YYYY-MM-DD` date of a ledger entry. */
function entryDate(entry: LedgerEntry): string {
  return isoDate(new Date(instant(entry.at)));
}

/**
 * Movements per month: for every UTC month from `from` to `to` (both included, oldest first,
 * months without movements as zeros), the funds added and the usage in `currency`. Entries in
 * other currencies or outside the range are left out.
 *
 * @throws RangeError for a malformed period or a range that ends before it starts.
 */
export function monthlyMovements(
  entries: readonly LedgerEntry[],
  range: MovementRange,
): MonthlyMovement[] {
  const first = monthNumber(range.from);
  const last = monthNumber(range.to);
  if (last < first)
    throw new RangeError(`The range ${range.from}…${range.to} ends before it starts.`);
  const funds = new Array<number>(last - first + 1).fill(0);
  const usage = new Array<number>(last - first + 1).fill(0);
  for (const entry of entries) {
    if (entry.amount.currency !== range.currency) continue;
    const index = monthNumber(entryDate(entry).slice(0, 7)) - first;
    if (index < 0 || index > last - first) continue;
    const bucket = FUNDS_KINDS.has(entry.kind) ? funds : usage;
    bucket[index]! += entry.amount.amount;
  }
  return funds.map((added, i) => ({
    period: periodOfMonth(first + i),
    fundsAdded: money(added, range.currency),
    usage: money(usage[i]!, range.currency),
  }));
}

/**
 * Usage per UTC day from `from` to `to` (`YYYY-MM-DD`, both included, oldest first, days
 * without usage as zeros), in `currency`: the series the forecast and the recommendation read.
 *
 * @throws RangeError for a malformed date or a range that ends before it starts.
 */
export function dailyUsageFrom(
  entries: readonly LedgerEntry[],
  from: string,
  to: string,
  currency: string,
): DailyUsage[] {
  const first = dayNumber(from);
  const last = dayNumber(to);
  if (last < first) throw new RangeError(`The range ${from}…${to} ends before it starts.`);
  const totals = new Array<number>(last - first + 1).fill(0);
  for (const entry of entries) {
    if (entry.kind !== 'usage' || entry.amount.currency !== currency) continue;
    const index = dayNumber(entryDate(entry)) - first;
    if (index >= 0 && index <= last - first) totals[index]! += entry.amount.amount;
  }
  return totals.map((amount, i) => ({
    date: dateOfDay(first + i),
    usage: money(amount, currency),
  }));
}
