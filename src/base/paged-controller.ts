import type { ResourceValue } from '../client/resources.js';
import { PagedListController, emptyChain } from './paged-list-controller.js';
import type {
  Chain,
  PagedFilters,
  PagedItem,
  PagedListControllerOptions,
  PagedResourceName,
} from './paged-list-controller.js';
import type { ResourceControllerHost } from './resource-controller.js';

export type {
  PagedFilters,
  PagedItem,
  PagedResourceName,
  PagedStatus,
} from './paged-list-controller.js';
export { PagedListController } from './paged-list-controller.js';

export interface PagedResourceControllerOptions<
  N extends PagedResourceName,
> extends PagedListControllerOptions<N> {
  /** Rows per page for "load more" and for the rows next to those loaded (default 50). */
  pageSize?: number;
  /** The largest page asked for when rows far from those loaded are needed (default 500). */
  maxPageSize?: number;
  /**
   * The same filters in exactly the reverse order, when the adapter sorts (say `sort: "name"`
   * for `"-name"`), given the first page's answer. With it the rows at the end (Ctrl+End, the
   * bottom of a scrolled list) load from the end instead of paging through everything. Return
   * `undefined` when the answer shows the adapter does not sort.
   */
  reverse?: (filters: PagedFilters<N>, firstPage: ResourceValue<N>) => PagedFilters<N> | undefined;
}

/**
 * A paged list (`PagedListController`: cursor, filters, "load more", total, the newer answer
 * wins) for virtualized lists: rows far down a long list load on demand (`ensure`), from the
 * end when the adapter can sort in reverse.
 *
 * Rows are kept as two contiguous runs, from the start and from the end; `rowAt(i)` is a row
 * or `undefined` while it loads.
 */
export class PagedResourceController<N extends PagedResourceName> extends PagedListController<N> {
  #windowOptions: PagedResourceControllerOptions<N>;
  #reversed: PagedFilters<N> | undefined;
  #tail: Chain<PagedItem<N>> = emptyChain();
  #wanted: [number, number] = [0, 0];

  constructor(host: ResourceControllerHost, options: PagedResourceControllerOptions<N>) {
    super(host, options);
    this.#windowOptions = options;
  }

  override get pageError() {
    return this.head.error ?? this.#tail.error;
  }

  override get fetching(): boolean {
    return super.fetching || this.#tail.release !== undefined;
  }

  /**
   * Every row is loaded: the rows from the start and from the end meet, or the rows from the start
   * reach the total and the adapter gives no cursor after them.
   */
  get complete(): boolean {
    if (this.knownTotal === undefined) return this.currentStatus === 'ready' && !this.hasMore;
    const tail = this.#tail.rows.length;
    return (
      this.head.rows.length + tail >= this.knownTotal && (tail > 0 || this.head.cursor === null)
    );
  }

  /** Rows at the end are read from the end (the adapter sorts in reverse). */
  get readsFromEnd(): boolean {
    return this.#reversed !== undefined;
  }

  /** The row at `index`, or `undefined` while it is not loaded. */
  rowAt(index: number): PagedItem<N> | undefined {
    if (index < 0) return undefined;
    if (index < this.head.rows.length) return this.head.rows[index];
    if (this.knownTotal === undefined || index >= this.knownTotal) return undefined;
    return this.#tail.rows[this.knownTotal - 1 - index];
  }

  /** The index of the first loaded row that matches, or -1 (rows not loaded are not searched). */
  indexOf(predicate: (row: PagedItem<N>) => boolean): number {
    const head = this.head.rows.findIndex(predicate);
    if (head >= 0 || this.knownTotal === undefined) return head;
    const tail = this.#tail.rows.findIndex(predicate);
    return tail < 0 ? -1 : this.knownTotal - 1 - tail;
  }

  /**
   * Makes sure rows `from` to `to` (exclusive) load: those next to rows already loaded come a
   * page at a time; far ones in the largest pages, from whichever end is nearer.
   */
  ensure(from: number, to: number): void {
    this.#wanted = [Math.max(0, from), Math.max(0, to)];
    this.pursue();
  }

  get #maxPageSize(): number {
    return Math.max(this.pageSize, this.#windowOptions.maxPageSize ?? 500);
  }

  protected override clearPageErrors(): void {
    super.clearPageErrors();
    this.#tail.error = undefined;
  }

  protected override get broken(): boolean {
    return super.broken || this.#tail.broken;
  }

  /**
   * After every page: the list has ended when the rows from the start reach the last one (the
   * rows read from the end then are some of the same), or the rows from the end reach the first
   * one (they hold the whole list). Either way its total is the rows read, whatever the adapter
   * claimed, so no row waits for rows that do not exist. Rows from the end that stopped adding
   * up are read from the start instead.
   */
  protected override settle(): void {
    const tail = this.#tail;
    if (this.head.cursor === null) {
      this.releaseChain(tail);
      this.#tail = emptyChain();
      this.#reversed = undefined;
    } else if (tail.broken) {
      this.#reversed = undefined;
    } else if (tail.cursor === null && tail.rows.length > 0 && tail.release === undefined) {
      this.settleTotal(tail.rows.length);
      return;
    }
    super.settle();
  }

  protected override applyFirstPage(page: ResourceValue<N>): void {
    this.releaseChain(this.#tail);
    this.#tail = emptyChain();
    const total = (page as { total?: number }).total;
    this.#reversed =
      typeof total === 'number' && page.nextCursor !== null && this.filters
        ? this.#windowOptions.reverse?.(this.filters, page)
        : undefined;
    super.applyFirstPage(page);
  }

  /** Loads towards the rows the host wants, one request per direction at a time. */
  protected override pursue(): void {
    if (this.restarting || this.currentStatus !== 'ready' || this.complete) return;
    const [from, to] = this.#wanted;
    const total = this.knownTotal;
    const headEnd = this.head.rows.length;
    // Without a total, or with every row it counts read and a cursor after them (a count out of
    // date, or a hub that gives one more cursor), the rows after the last are read when wanted.
    if (total === undefined || (headEnd >= total && this.#tail.rows.length === 0)) {
      if (to >= headEnd) this.extendHead(clamp(to - headEnd, this.pageSize, this.#maxPageSize));
      return;
    }
    const tailStart = total - this.#tail.rows.length;
    const gapFrom = Math.max(from, headEnd);
    const gapTo = Math.min(to, tailStart);
    if (gapFrom >= gapTo) return;
    const fromHead = gapTo - headEnd;
    const fromTail = tailStart - gapFrom;
    if (this.#reversed !== undefined && fromTail < fromHead) {
      // The first page from the end has no cursor yet; a later one without a cursor is the last.
      if (this.#tail.cursor !== null || this.#tail.rows.length === 0) {
        this.extend(this.#tail, this.#reversed, clamp(fromTail, this.pageSize, this.#maxPageSize));
      }
    } else {
      this.extendHead(clamp(fromHead, this.pageSize, this.#maxPageSize));
    }
  }

  /** A total smaller than the rows read from the start: rows read from the end are not placed by it. */
  protected override dropTotal(): void {
    this.releaseChain(this.#tail);
    this.#tail = emptyChain();
    this.#reversed = undefined;
    super.dropTotal();
  }

  protected override releaseAll(): void {
    this.releaseChain(this.#tail);
    super.releaseAll();
  }

  protected override clearRows(): void {
    super.clearRows();
    this.#tail = emptyChain();
    this.#reversed = undefined;
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
