import type { ReactiveControllerHost } from 'lit';

/** The values of `aria-sort` a sortable column header carries. */
export type AriaSort = 'ascending' | 'descending' | 'none';

export type SortDirection = 'ascending' | 'descending';

export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

export interface SortControllerOptions<K extends string> {
  /** The columns that can be sorted; `toggle` refuses others. */
  keys: readonly K[];
  /** The sort shown first. */
  initial: SortState<K>;
  /** The direction a column starts in when first chosen (default ascending). */
  firstDirection?: (key: K) => SortDirection;
  /**
   * The whole sentence announcing a new sort, in the widget's words ("Sorted by name, A to Z.").
   * The widget writes one sentence per column and direction, so every language reads naturally.
   */
  describe: (state: SortState<K>) => string;
  /** Where the sentence goes: the host's polite live region. */
  announce: (text: string) => void;
  /** Told after every change (re-query the adapter, re-sort rows). */
  onChange?: (state: SortState<K>) => void;
}

/**
 * The sort state of a table: which column, which direction, the `aria-sort` of each header,
 * and the change announced once in the host's words. Choosing the sorted column again reverses
 * it; choosing another starts it in its first direction.
 *
 * The controller knows nothing about rows: a widget sorts its own (`compare`) or passes
 * `param` (`"name"`, `"-createdAt"`) to an adapter that sorts, the shape of the 360dialog
 * partner API's `sort`.
 */
export class SortController<K extends string> {
  #host: ReactiveControllerHost;
  #options: SortControllerOptions<K>;
  #current: SortState<K>;

  constructor(host: ReactiveControllerHost, options: SortControllerOptions<K>) {
    this.#host = host;
    this.#options = options;
    this.#current = { ...options.initial };
  }

  get state(): SortState<K> {
    return this.#current;
  }

  get key(): K {
    return this.#current.key;
  }

  get direction(): SortDirection {
    return this.#current.direction;
  }

  /** `key` ascending, `-key` descending: what sorting adapters take. */
  get param(): string {
    return sortParam(this.#current);
  }

  /** The `aria-sort` value for a column header. */
  ariaSort(key: K): AriaSort {
    return key === this.#current.key ? this.#current.direction : 'none';
  }

  /** The user chose a column: sort by it, or reverse it if it is the sorted one. Announced. */
  toggle(key: K): void {
    if (!this.#options.keys.includes(key)) return;
    const direction: SortDirection =
      key === this.#current.key
        ? this.#current.direction === 'ascending'
          ? 'descending'
          : 'ascending'
        : (this.#options.firstDirection?.(key) ?? 'ascending');
    this.set({ key, direction });
  }

  /** Sets the sort (announced when it changes). */
  set(next: SortState<K>): void {
    if (!this.#options.keys.includes(next.key)) return;
    if (next.key === this.#current.key && next.direction === this.#current.direction) return;
    this.#current = { ...next };
    this.#options.announce(this.#options.describe(this.#current));
    this.#options.onChange?.(this.#current);
    this.#host.requestUpdate();
  }

  /** A comparator in the current direction from an ascending one per column. */
  compare<T>(ascending: Record<K, (a: T, b: T) => number>): (a: T, b: T) => number {
    const by = ascending[this.#current.key];
    const sign = this.#current.direction === 'ascending' ? 1 : -1;
    return (a, b) => sign * by(a, b);
  }
}

/** `{ key: 'createdAt', direction: 'descending' }` → `"-createdAt"`. */
export function sortParam<K extends string>(state: SortState<K>): string {
  return state.direction === 'descending' ? `-${state.key}` : state.key;
}

/** `"-createdAt"` → `{ key: 'createdAt', direction: 'descending' }`; unknown keys → undefined. */
export function parseSortParam<K extends string>(
  param: string | undefined,
  keys: readonly K[],
): SortState<K> | undefined {
  if (!param) return undefined;
  const descending = param.startsWith('-');
  const key = (descending ? param.slice(1) : param) as K;
  if (!keys.includes(key)) return undefined;
  return { key, direction: descending ? 'descending' : 'ascending' };
}
