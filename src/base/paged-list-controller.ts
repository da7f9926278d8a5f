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

export interface PagedListControllerOptions<N extends PagedResourceName> {
  name: N;
  /**
   * The query, filters and sort, re-evaluated before every update of the host. A change starts
   * the list over from the first page; the rows shown stay until the new first page arrives,
   * and an answer to older filters is never shown.
   */
  filters?: () => PagedFilters<N>;
  /** Rows per page for "load more" (default 50). */
  pageSize?: number;
  /** Read only while this holds. */
  enabled?: () => boolean;
}

export type PagedStatus = 'idle' | 'loading' | 'ready' | 'error';

/** A run of contiguous rows and the page that continues it. */
export interface Chain<T> {
  rows: T[];
  /** The cursor of the next page in this direction; null when there is none. */
  cursor: string | null;
  /** The page request in flight, if any. */
  release: (() => void) | undefined;
  error: AdapterError | undefined;
}

export const emptyChain = <T>(): Chain<T> => ({
  rows: [],
  cursor: null,
  release: undefined,
  error: undefined,
});

/**
 * A list read page by page through the client, from the first row on: the cursor, the query
 * and filters, "load more" and the total. `PagedResourceController` (`paged-controller.ts`)
 * adds rows far down a long list loaded on demand, for virtualized lists.
 *
 * - Each page is a client resource, so a page already read is not read again while fresh, and
 *   the client parses, retries and dedupes it.
 * - Filters changing (a new search) starts over; every request of the older filters is let go,
 *   which aborts it, and an answer that still arrives is ignored: the newer answer always wins.
 * - Disconnecting lets every request go (aborted); reconnecting starts over from the cache.
 * - When the first page changes under it (a live event, a mutation, an account switch), the
 *   list starts over from that new first page.
 */
export class PagedListController<N extends PagedResourceName> implements ReactiveController {
  #host: ResourceControllerHost;
  #options: PagedListControllerOptions<N>;
  #connected = false;
  protected client: PartnerHubClient | undefined;
  #key: string | undefined;
  protected filters: PagedFilters<N> | undefined;
  /** Bumped on every restart: an answer for older filters is dropped. */
  #generation = 0;
  /** Bumped on every new first page: an answer for a page after an older one is dropped. */
  #epoch = 0;
  protected head: Chain<PagedItem<N>> = emptyChain();
  #firstPage: { release: () => void } | undefined;
  protected knownTotal: number | undefined;
  #lastFirstPage: ResourceValue<N> | undefined;
  protected currentStatus: PagedStatus = 'idle';
  #firstError: AdapterError | undefined;
  protected restarting = false;

  constructor(host: ResourceControllerHost, options: PagedListControllerOptions<N>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  // ── what the host reads ─────────────────────────────────────────────────────────────────

  /** `loading` until the first page of the current filters (or the ones shown) arrives. */
  get status(): PagedStatus {
    return this.currentStatus;
  }

  /** The first page failed (with nothing to show); `retry()` tries again. */
  get error(): AdapterError | undefined {
    return this.#firstError;
  }

  /** A later page failed; the rows loaded stay, `retry()` asks again. */
  get pageError(): AdapterError | undefined {
    return this.head.error;
  }

  /** A request for the current filters is in flight (a new search, more rows). */
  get fetching(): boolean {
    return this.restarting || this.head.release !== undefined;
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
    return this.#lastFirstPage;
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

  /**
   * The list as a resource the element's shared states read (`viewStateOf`): loading, an error
   * with "Try again" (which retries), forbidden, and unavailable when the adapter lacks the read.
   */
  get asResource(): {
    state: ResourceState<readonly PagedItem<N>[]>;
    refresh: () => Promise<void>;
  } {
    const status = this.currentStatus;
    return {
      state: {
        status,
        data: status === 'ready' ? this.items : undefined,
        error: this.error,
        updatedAt: undefined,
        fetching: this.fetching,
      },
      refresh: async () => this.retry(),
    };
  }

  // ── what the host asks for ──────────────────────────────────────────────────────────────

  /** Loads the next page after `items`. */
  loadMore(): void {
    this.extendHead(this.pageSize);
  }

  /** Tries a failed read again: the first page, or the page that failed. */
  retry(): void {
    if (this.currentStatus === 'error') {
      this.#restart(true);
      return;
    }
    this.clearPageErrors();
    this.pursue();
    if (!this.fetching && this.hasMore) this.loadMore();
  }

  /** Reads the list again from the first page (the rows shown stay until it arrives). */
  refresh(): void {
    this.#restart(true);
  }

  // ── lifecycle ───────────────────────────────────────────────────────────────────────────

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.releaseAll();
    this.#key = undefined;
    this.client = undefined;
  }

  /** Another partner account under the same client: no row of the old one stays. */
  hostScopeChanged(): void {
    if (this.#connected && this.client) this.#restart(false);
  }

  // ── what a subclass builds on ───────────────────────────────────────────────────────────

  protected get pageSize(): number {
    return this.#options.pageSize ?? 50;
  }

  /** Loads towards the rows the host wants (a subclass's; "load more" lists want none). */
  protected pursue(): void {}

  protected clearPageErrors(): void {
    this.head.error = undefined;
  }

  protected applyFirstPage(page: ResourceValue<N>): void {
    this.#lastFirstPage = page;
    // Every other page follows the first: requests for the old ones are let go.
    this.releaseChain(this.head);
    this.#epoch++;
    this.restarting = false;
    this.head = {
      rows: [...page.items],
      cursor: page.nextCursor,
      release: undefined,
      error: undefined,
    };
    const total = (page as { total?: number }).total;
    this.knownTotal = typeof total === 'number' ? Math.max(total, page.items.length) : undefined;
    this.#firstError = undefined;
    this.#setStatus('ready');
    this.pursue();
  }

  protected extendHead(limit: number): void {
    if (this.head.cursor !== null) this.extend(this.head, this.filters, limit);
  }

  /** Reads the page after `chain` (one request per chain at a time) and appends its rows. */
  protected extend(
    chain: Chain<PagedItem<N>>,
    filters: PagedFilters<N> | undefined,
    limit: number,
  ): void {
    const client = this.client;
    if (!client || !filters || chain.release || chain.error || this.restarting) return;
    const epoch = this.#epoch;
    const resource = this.#pageResource(client, filters, chain.cursor, limit);
    let done = false;
    const handle = (state: ResourceState<ResourceValue<N>>) => {
      if (done || epoch !== this.#epoch) return;
      if (state.data !== undefined) {
        done = true;
        const release = chain.release;
        chain.release = undefined;
        chain.rows.push(...state.data.items);
        chain.cursor = state.data.nextCursor;
        // Read and parsed: the client keeps it cached; this list no longer needs to watch it.
        queueMicrotask(() => release?.());
        this.#touch();
        this.pursue();
      } else if (state.status === 'error') {
        done = true;
        chain.release?.();
        chain.release = undefined;
        chain.error = state.error;
        this.#touch();
      }
    };
    chain.release = () => {};
    chain.release = resource.subscribe(handle);
    this.#touch();
    handle(resource.state);
  }

  protected releaseChain(chain: Chain<PagedItem<N>>): void {
    chain.release?.();
    chain.release = undefined;
  }

  protected releaseAll(): void {
    this.releaseChain(this.head);
    this.#firstPage?.release();
    this.#firstPage = undefined;
    this.restarting = false;
  }

  protected clearRows(): void {
    this.head = emptyChain();
    this.knownTotal = undefined;
    this.#lastFirstPage = undefined;
  }

  // ── internals ───────────────────────────────────────────────────────────────────────────

  #sync(): void {
    if (!this.#connected) return;
    const client = this.#host.hubClient;
    if (!client || !(this.#options.enabled?.() ?? true)) {
      if (this.#key !== undefined) {
        this.releaseAll();
        this.#key = undefined;
        this.client = undefined;
        this.clearRows();
        this.#setStatus('idle');
      }
      return;
    }
    const filters = (this.#options.filters?.() ?? {}) as PagedFilters<N>;
    const key = resourceKey(this.#options.name, filters);
    if (client === this.client && key === this.#key) return;
    const sameClient = client === this.client;
    this.client = client;
    this.#key = key;
    this.filters = filters;
    // Another client is another account or hub: nothing of the old one may stay on screen.
    this.#restart(sameClient);
  }

  /** Starts over from the first page; `keepRows` shows the old rows until it arrives. */
  #restart(keepRows: boolean): void {
    this.releaseAll();
    const generation = ++this.#generation;
    if (!keepRows) this.clearRows();
    this.#firstError = undefined;
    const client = this.client;
    if (!client || !this.filters) return;
    this.restarting = true;
    const resource = this.#pageResource(client, this.filters, null, this.pageSize);
    const first: { release: () => void; data: ResourceValue<N> | undefined } = {
      release: () => {},
      data: undefined,
    };
    // Watched for as long as the filters hold: when it changes (a live event, a mutation, an
    // account switch), the list starts over from the new first page.
    const handle = (state: ResourceState<ResourceValue<N>>) => {
      if (generation !== this.#generation) return;
      if (state.data !== undefined && state.data !== first.data) {
        first.data = state.data;
        this.applyFirstPage(state.data);
      } else if (state.status === 'error' && state.data === undefined && first.data === undefined) {
        this.restarting = false;
        this.clearRows();
        this.#firstError = state.error;
        this.#setStatus('error');
      }
    };
    this.#firstPage = first;
    first.release = resource.subscribe(handle);
    if (this.currentStatus !== 'ready' || !keepRows) this.#setStatus('loading');
    else this.#touch();
    handle(resource.state);
  }

  #pageResource(
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
    return read(this.#options.name, params) as unknown as {
      state: ResourceState<ResourceValue<N>>;
      subscribe(listener: (state: ResourceState<ResourceValue<N>>) => void): () => void;
    };
  }

  #setStatus(status: PagedStatus): void {
    this.currentStatus = status;
    this.#touch();
  }

  #touch(): void {
    this.#host.requestUpdate();
  }
}
