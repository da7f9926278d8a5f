/**
 * Cursor paging over an ordered list. Cursors are opaque strings that name the last row a page
 * returned (keyset paging), so rows added at the top between two pages never shift the next
 * page: every row is returned exactly once while paging through.
 */
import { AdapterError } from '../errors.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 500;

/** A row's position in the order: compared element by element. */
export type SortKey = readonly [number, number];

interface Cursor {
  /** Which list the cursor belongs to, so an invoices cursor is refused for accounts. */
  list: string;
  after: SortKey;
}

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
}

export function encodeCursor(list: string, after: SortKey): string {
  return toBase64Url(JSON.stringify({ l: list, a: after }));
}

export function decodeCursor(list: string, cursor: string): Cursor {
  try {
    const parsed = JSON.parse(fromBase64Url(cursor)) as { l?: unknown; a?: unknown };
    const after = parsed.a;
    if (
      parsed.l === list &&
      Array.isArray(after) &&
      after.length === 2 &&
      after.every((n) => typeof n === 'number' && Number.isFinite(n))
    ) {
      return { list, after: [after[0] as number, after[1] as number] };
    }
  } catch {
    // fall through: not a cursor this adapter issued
  }
  throw new AdapterError(
    'validation',
    'The page cursor is not valid; start again from the first page.',
    {
      fieldErrors: { cursor: 'Not a cursor from this list.' },
    },
  );
}

/** The page size asked for, or a validation error for a nonsensical one. */
export function pageLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new AdapterError('validation', 'The page size must be a whole number of at least 1.', {
      fieldErrors: { limit: 'Must be a whole number of at least 1.' },
    });
  }
  return Math.min(limit, MAX_LIMIT);
}

function compareKeys(a: SortKey, b: SortKey): number {
  return a[0] - b[0] || a[1] - b[1];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

/**
 * One page of `rows`, which must already be filtered and sorted by `key` in `order`.
 */
export function paginate<T>(
  list: string,
  rows: readonly T[],
  key: (row: T) => SortKey,
  order: 'asc' | 'desc',
  query: { cursor?: string | null; limit?: number },
): Page<T> {
  const limit = pageLimit(query.limit);
  let start = 0;
  if (query.cursor) {
    const { after } = decodeCursor(list, query.cursor);
    const sign = order === 'asc' ? 1 : -1;
    // Binary search for the first row strictly after the cursor in the list's order.
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sign * compareKeys(key(rows[mid]!), after) > 0) hi = mid;
      else lo = mid + 1;
    }
    start = lo;
  }
  const items = rows.slice(start, start + limit);
  const last = items[items.length - 1];
  const more = start + limit < rows.length;
  return {
    items,
    nextCursor: more && last !== undefined ? encodeCursor(list, key(last)) : null,
    total: rows.length,
  };
}
