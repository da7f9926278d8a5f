import type { ReactiveController } from 'lit';
import type { ResourceName } from '../adapter/contract.js';
import type { AdapterError } from '../adapter/errors.js';
import type { PartnerHubClient, ResourceState } from '../client/client.js';
import { resourceKey } from '../client/resources.js';
import type { ResourceParams, ResourceValue } from '../client/resources.js';
import type { ResourceControllerHost } from './resource-controller.js';

/** The resources read page by page with a cursor: invoices, WhatsApp accounts. */
export type PagedResourceName = {
  [N in ResourceName]: ResourceValue<N> extends {
    items: readonly unknown[];
    nextCursor: string | null;
  }
    ? ResourceParams<N> extends { cursor?: string | null; limit?: number }
      ? N
      : never
    : never;
}[ResourceName];

/** One row of a paged resource. */
export type PagedItem<N extends PagedResourceName> = ResourceValue<N>['items'][number];

/** The parameters of a paged read other than the cursor and page size: query, filters, sort. */
export type PagedFilters<N extends PagedResourceName> = Omit<ResourceParams<N>, 'cursor' | 'limit'>;

export interface PagedResourceControllerOptions<N extends PagedResourceName> {
  name: N;
  /**
   * The query, filters and sort, re-evaluated before every update of the host. A change starts
   * the list over from the first page; the rows shown stay until the new first page arrives,
   * and an answer to older filters is never shown.
   */
  filters?: () => PagedFilters<N>;
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
  /** Read only while this holds. */
  enabled?: () => boolean;
}

export type PagedStatus = 'idle' | 'loading' | 'ready' | 'error';

interface Chain<T> {
  rows: T[];
  /** The cursor of the next page in this direction; null when there is none. */
  cursor: string | null;
  /** The page request in flight, if any. */
  release: (() => void) | undefined;
  error: AdapterError | undefined;
}

const emptyChain = <T>(): Chain<T> => ({
  rows: [],
  cursor: null,
  release: undefined,
  error: undefined,
});

/**
 * A list read page by page through the client: the cursor, the query and filters, "load
 * more", the total, and rows far down a long list loaded on demand (`ensure`), from the end
 * when the adapter can sort in reverse.
 *
 * - Each page is a client resource, so a page already read is not read again while fresh, and
 *   the client parses, retries and dedupes it.
 * - Filters changing (a new search) starts over; every request of the older filters is let go,
 *   which aborts it, and an answer that still arrives is ignored: the newer answer always wins.
 * - Disconnecting lets every request go (aborted); reconnecting starts over from the cache.
 * - When the first page changes under it (a live event, a mutation, an account switch), the
 *   list starts over from that new first page.
 *
 * Rows are kept as two contiguous runs, from the start and from the end; `rowAt(i)` is a row
 * or `undefined` while it loads.
 */
export class PagedResourceController<N extends PagedResourceName> implements ReactiveController {
  private readonly host: ResourceControllerHost;
  private readonly options: PagedResourceControllerOptions<N>;
  private connected = false;
  private client: PartnerHubClient | undefined;
  private key: string | undefined;
  private filters: PagedFilters<N> | undefined;
  private reversed: PagedFilters<N> | undefined;
  /** Bumped on every restart: an answer for older filters is dropped. */
  private generation = 0;
  /** Bumped on every new first page: an answer for a page after an older one is dropped. */
  private epoch = 0;
  private head: Chain<PagedItem<N>> = emptyChain();
  private tail: Chain<PagedItem<N>> = emptyChain();
  private firstPage: { release: () => void } | undefined;
  private knownTotal: number | undefined;
  private lastFirstPage: ResourceValue<N> | undefined;
  private currentStatus: PagedStatus = 'idle';
  private firstError: AdapterError | undefined;
  private restarting = false;
  private wanted: [number, number] = [0, 0];
  private changes = 0;

  constructor(host: ResourceControllerHost, options: PagedResourceControllerOptions<N>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  // ── what the host reads ─────────────────────────────────────────────────────────────────

  /** `loading` until the first page of the current filters (or the ones shown) arrives. */
  get status(): PagedStatus {
    return this.currentStatus;
  }

  /** The first page failed (with nothing to show); `retry()` tries again. */
  get error(): AdapterError | undefined {
    return this.firstError;
  }

  /** A later page failed; the rows loaded stay, `retry()` asks again. */
  get pageError(): AdapterError | undefined {
    return this.head.error ?? this.tail.error;
  }

  /** A request for the current filters is in flight (a new search, more rows). */
  get fetching(): boolean {
    return this.restarting || this.head.release !== undefined || this.tail.release !== undefined;
  }

  /** The rows matching the filters, as the adapter counts them; else the rows known so far. */
  get total(): number {
    return this.knownTotal ?? this.head.rows.length;
  }

  /**
   * The first page as the adapter answered it, for what it says beside the rows (the order it
   * applied, totals); `undefined` until it arrives.
   */
  get firstPageValue(): ResourceValue<N> | undefined {
    return this.lastFirstPage;
  }

  /** Whether the adapter reported a total. */
  get totalKnown(): boolean {
    return this.knownTotal !== undefined;
  }

  /** The rows from the first one on, without gaps ("load more" lists show these). */
  get items(): readonly PagedItem<N>[] {
    return this.head.rows;
  }

  /** There are rows after `items`. */
  get hasMore(): boolean {
    return this.head.cursor !== null && (this.knownTotal ?? Infinity) > this.head.rows.length;
  }

  /** Every row is loaded. */
  get complete(): boolean {
    if (this.knownTotal === undefined) return this.currentStatus === 'ready' && !this.hasMore;
    return this.head.rows.length + this.tail.rows.length >= this.knownTotal;
  }

  /** Rows at the end are read from the end (the adapter sorts in reverse). */
  get readsFromEnd(): boolean {
    return this.reversed !== undefined;
  }

  /** Changes with every row or status change: a cheap key for re-rendering. */
  get version(): number {
    return this.changes;
  }

  /** The row at `index`, or `undefined` while it is not loaded. */
  rowAt(index: number): PagedItem<N> | undefined {
    if (index < 0) return undefined;
    if (index < this.head.rows.length) return this.head.rows[index];
    if (this.knownTotal === undefined || index >= this.knownTotal) return undefined;
    return this.tail.rows[this.knownTotal - 1 - index];
  }

  /** The index of the first loaded row that matches, or -1 (rows not loaded are not searched). */
  indexOf(predicate: (row: PagedItem<N>) => boolean): number {
    const head = this.head.rows.findIndex(predicate);
    if (head >= 0 || this.knownTotal === undefined) return head;
    const tail = this.tail.rows.findIndex(predicate);
    return tail < 0 ? -1 : this.knownTotal - 1 - tail;
  }

  // ── what the host asks for ──────────────────────────────────────────────────────────────

  /** Loads the next page after `items`. */
  loadMore(): void {
    this.extend(this.head, 'head', this.pageSize);
  }

  /**
   * Makes sure rows `from` to `to` (exclusive) load: those next to rows already loaded come a
   * page at a time; far ones in the largest pages, from whichever end is nearer.
   */
  ensure(from: number, to: number): void {
    this.wanted = [Math.max(0, from), Math.max(0, to)];
    this.pursue();
  }

  /** Tries a failed read again: the first page, or the page that failed. */
  retry(): void {
    if (this.currentStatus === 'error') {
      this.restart(true);
      return;
    }
    this.head.error = undefined;
    this.tail.error = undefined;
    this.pursue();
    if (!this.fetching && this.hasMore) this.loadMore();
  }

  /** Reads the list again from the first page (the rows shown stay until it arrives). */
  refresh(): void {
    this.restart(true);
  }

  // ── lifecycle ───────────────────────────────────────────────────────────────────────────

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.releaseAll();
    this.key = undefined;
    this.client = undefined;
  }

  /** Another partner account under the same client: no row of the old one stays. */
  hostScopeChanged(): void {
    if (this.connected && this.client) this.restart(false);
  }

  // ── internals ───────────────────────────────────────────────────────────────────────────

  private get pageSize(): number {
    return this.options.pageSize ?? 50;
  }

  private get maxPageSize(): number {
    return Math.max(this.pageSize, this.options.maxPageSize ?? 500);
  }

  private sync(): void {
    if (!this.connected) return;
    const client = this.host.hubClient;
    if (!client || !(this.options.enabled?.() ?? true)) {
      if (this.key !== undefined) {
        this.releaseAll();
        this.key = undefined;
        this.client = undefined;
        this.clearRows();
        this.setStatus('idle');
      }
      return;
    }
    const filters = (this.options.filters?.() ?? {}) as PagedFilters<N>;
    const key = resourceKey(this.options.name, filters);
    if (client === this.client && key === this.key) return;
    const sameClient = client === this.client;
    this.client = client;
    this.key = key;
    this.filters = filters;
    // Another client is another account or hub: nothing of the old one may stay on screen.
    this.restart(sameClient);
  }

  /** Starts over from the first page; `keepRows` shows the old rows until it arrives. */
  private restart(keepRows: boolean): void {
    this.releaseAll();
    const generation = ++this.generation;
    if (!keepRows) this.clearRows();
    this.firstError = undefined;
    const client = this.client;
    if (!client || !this.filters) return;
    this.restarting = true;
    const resource = this.pageResource(client, this.filters, null, this.pageSize);
    const first: { release: () => void; data: ResourceValue<N> | undefined } = {
      release: () => {},
      data: undefined,
    };
    // Watched for as long as the filters hold: when it changes (a live event, a mutation, an
    // account switch), the list starts over from the new first page.
    const handle = (state: ResourceState<ResourceValue<N>>) => {
      if (generation !== this.generation) return;
      if (state.data !== undefined && state.data !== first.data) {
        first.data = state.data;
        this.applyFirstPage(state.data);
      } else if (state.status === 'error' && state.data === undefined && first.data === undefined) {
        this.restarting = false;
        this.clearRows();
        this.firstError = state.error;
        this.setStatus('error');
      }
    };
    this.firstPage = first;
    first.release = resource.subscribe(handle);
    if (this.currentStatus !== 'ready' || !keepRows) this.setStatus('loading');
    else this.touch();
    handle(resource.state);
  }

  private applyFirstPage(page: ResourceValue<N>): void {
    this.lastFirstPage = page;
    // Every other page follows the first: requests for the old ones are let go.
    this.releaseChain(this.head);
    this.releaseChain(this.tail);
    this.epoch++;
    this.restarting = false;
    this.head = {
      rows: [...page.items],
      cursor: page.nextCursor,
      release: undefined,
      error: undefined,
    };
    this.tail = emptyChain();
    const total = (page as { total?: number }).total;
    this.knownTotal = typeof total === 'number' ? Math.max(total, page.items.length) : undefined;
    this.reversed =
      this.knownTotal !== undefined && page.nextCursor !== null && this.filters
        ? this.options.reverse?.(this.filters, page)
        : undefined;
    this.firstError = undefined;
    this.setStatus('ready');
    this.pursue();
  }

  /** Loads towards the rows the host wants, one request per direction at a time. */
  private pursue(): void {
    if (this.restarting || this.currentStatus !== 'ready' || this.complete) return;
    const [from, to] = this.wanted;
    const total = this.knownTotal;
    const headEnd = this.head.rows.length;
    if (total === undefined) {
      if (to > headEnd && this.head.cursor !== null) {
        this.extend(this.head, 'head', clamp(to - headEnd, this.pageSize, this.maxPageSize));
      }
      return;
    }
    const tailStart = total - this.tail.rows.length;
    const gapFrom = Math.max(from, headEnd);
    const gapTo = Math.min(to, tailStart);
    if (gapFrom >= gapTo) return;
    const fromHead = gapTo - headEnd;
    const fromTail = tailStart - gapFrom;
    if (this.reversed !== undefined && fromTail < fromHead) {
      this.extend(this.tail, 'tail', clamp(fromTail, this.pageSize, this.maxPageSize));
    } else {
      this.extend(this.head, 'head', clamp(fromHead, this.pageSize, this.maxPageSize));
    }
  }

  private extend(chain: Chain<PagedItem<N>>, end: 'head' | 'tail', limit: number): void {
    const client = this.client;
    const filters = end === 'head' ? this.filters : this.reversed;
    if (!client || !filters || chain.release || chain.error || this.restarting) return;
    if (end === 'head' && chain.cursor === null) return;
    if (end === 'tail' && chain.cursor === null && chain.rows.length > 0) return;
    const epoch = this.epoch;
    const resource = this.pageResource(client, filters, chain.cursor, limit);
    let done = false;
    const handle = (state: ResourceState<ResourceValue<N>>) => {
      if (done || epoch !== this.epoch) return;
      if (state.data !== undefined) {
        done = true;
        const release = chain.release;
        chain.release = undefined;
        chain.rows.push(...state.data.items);
        chain.cursor = state.data.nextCursor;
        // Read and parsed: the client keeps it cached; this list no longer needs to watch it.
        queueMicrotask(() => release?.());
        this.touch();
        this.pursue();
      } else if (state.status === 'error') {
        done = true;
        chain.release?.();
        chain.release = undefined;
        chain.error = state.error;
        this.touch();
      }
    };
    chain.release = () => {};
    chain.release = resource.subscribe(handle);
    this.touch();
    handle(resource.state);
  }

  private pageResource(
    client: PartnerHubClient,
    filters: PagedFilters<N>,
    cursor: string | null,
    limit: number,
  ) {
    const params = { ...filters, ...(cursor ? { cursor } : {}), limit } as ResourceParams<N>;
    const read = client.resource.bind(client) as (
      name: N,
      params: ResourceParams<N>,
    ) => ReturnType<PartnerHubClient['resource']>;
    return read(this.options.name, params) as unknown as {
      state: ResourceState<ResourceValue<N>>;
      subscribe(listener: (state: ResourceState<ResourceValue<N>>) => void): () => void;
    };
  }

  private releaseChain(chain: Chain<PagedItem<N>>): void {
    chain.release?.();
    chain.release = undefined;
  }

  private releaseAll(): void {
    this.releaseChain(this.head);
    this.releaseChain(this.tail);
    this.firstPage?.release();
    this.firstPage = undefined;
    this.restarting = false;
  }

  private clearRows(): void {
    this.head = emptyChain();
    this.tail = emptyChain();
    this.knownTotal = undefined;
    this.reversed = undefined;
    this.lastFirstPage = undefined;
  }

  private setStatus(status: PagedStatus): void {
    this.currentStatus = status;
    this.touch();
  }

  private touch(): void {
    this.changes++;
    this.host.requestUpdate();
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
