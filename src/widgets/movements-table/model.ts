/**
 * The movements table's model as pure functions: the range filter, one section per currency,
 * net and totals through `src/money`, and sorting. No DOM, no Lit.
 */
import type { Movement } from '../../adapter/schemas.js';
import { compare, subtract, sum } from '../../money/index.js';
import type { Money } from '../../money/index.js';
import type {
  MovementsRange,
  MovementsSortColumn,
  MovementsSortDirection,
} from './movements-table.types.js';

/** One month of one currency, with its net (funds added − usage). */
export interface MovementRow {
  period: string;
  fundsAdded: Money;
  usage: Money;
  net: Money;
}

/** The rows of one currency and their totals. */
export interface CurrencySection {
  currency: string;
  /** Oldest month first. */
  rows: MovementRow[];
  totals: { fundsAdded: Money; usage: Money; net: Money };
}

/** How many months each range covers, counting back from the latest month; `all`: every one. */
export const RANGE_MONTHS: Record<MovementsRange, number | undefined> = {
  'last-6': 6,
  'last-12': 12,
  all: undefined,
};

/** The movements of `range`: the last N months up to the latest period present (any currency). */
export function filterRange(movements: readonly Movement[], range: MovementsRange): Movement[] {
  const months = RANGE_MONTHS[range];
  const latest = periodSpan(movements)?.[1];
  if (months === undefined || !latest) return [...movements];
  // The first month shown: N − 1 before the latest (a date-only ISO string is read as UTC).
  const first = new Date(latest);
  first.setUTCMonth(first.getUTCMonth() - months + 1);
  const from = first.toISOString().slice(0, 7);
  return movements.filter((m) => m.period >= from);
}

/** The first and last period of `movements` (`undefined` when there are none). */
export function periodSpan(movements: readonly Movement[]): [string, string] | undefined {
  if (movements.length === 0) return undefined;
  const periods = movements.map((m) => m.period).sort();
  return [periods[0]!, periods.at(-1)!];
}

/** Net of one month: funds added − usage. */
export function toRow(movement: Movement): MovementRow {
  return { ...movement, net: subtract(movement.fundsAdded, movement.usage) };
}

/** Oldest month first. */
const byPeriod = (a: MovementRow, b: MovementRow) =>
  a.period < b.period ? -1 : a.period > b.period ? 1 : 0;

/**
 * One section per currency, in the order the currencies first appear; rows oldest first. Amounts
 * of different currencies are never added together.
 */
export function sectionsOf(movements: readonly Movement[]): CurrencySection[] {
  const byCurrency = new Map<string, MovementRow[]>();
  for (const movement of movements) {
    const currency = movement.fundsAdded.currency;
    const rows = byCurrency.get(currency) ?? [];
    rows.push(toRow(movement));
    byCurrency.set(currency, rows);
  }
  return [...byCurrency].map(([currency, rows]) => {
    rows.sort(byPeriod);
    return {
      currency,
      rows,
      totals: {
        fundsAdded: sum(
          rows.map((r) => r.fundsAdded),
          currency,
        ),
        usage: sum(
          rows.map((r) => r.usage),
          currency,
        ),
        net: sum(
          rows.map((r) => r.net),
          currency,
        ),
      },
    };
  });
}

/** `rows` sorted by `column` (ties by month), without changing the input. */
export function sortRows(
  rows: readonly MovementRow[],
  column: MovementsSortColumn,
  direction: MovementsSortDirection,
): MovementRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const order = column === 'period' ? byPeriod(a, b) : compare(a[column], b[column]);
    return sign * (order === 0 ? byPeriod(a, b) : order);
  });
}
