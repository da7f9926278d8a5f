import type { ReactiveController } from 'lit';
import type { ResourceName } from '../adapter/contract.js';
import { AdapterError } from '../adapter/errors.js';
import type { PartnerHubClient, ResourceState } from '../client/client.js';
import { recordFailure } from '../client/diagnostics.js';
import { readMethod, resourceKey } from '../client/resources.js';
import type { ResourceParams, ResourceValue } from '../client/resources.js';
import { reportFailure } from './error-event.js';
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
  /** The cursors this chain followed: one answered again would repeat its pages forever. */
  followed: Set<string>;
  /** The ids of its rows (rows with an `id`), to tell a page that brings nothing new. */
  ids: Set<unknown>;
  /** The adapter's pages stopped adding up (a cursor again, nothing new): the chain ended. */
  broken: boolean;
  /** Empty pages in a row (a hub that filters after reading answers some, with a cursor). */
  empties: number;
}

export const emptyChain = <T>(rows: T[] = []): Chain<T> => ({
  rows,
  cursor: null,
  release: undefined,
  error: undefined,
  followed: new Set(),
  ids: new Set(rows.map(idOf)),
  broken: false,
  empties: 0,
});

/** A row's `id`, when it has one. */
function idOf(row: unknown): unknown {
  return typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
}

/** The rows whose id is not in `ids` yet (rows without an id all count), added to `ids`. */
function newRows<T>(ids: Set<unknown>, rows: readonly T[]): T[] {
  return rows.filter((row) => {
    const id = idOf(row);
    if (id === undefined) return true;
    if (ids.has(id)) return false;
    ids.add(id);
    return true;
  });
}

/** A cursor as a console line quotes it: short, in quotes. */
function quoted(cursor: string): string {
  return JSON.stringify(cursor.length > 40 ? `${cursor.slice(0, 40)}…` : cursor);
}

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
 * - An adapter whose pages do not add up cannot keep it loading: a `nextCursor` the list already
 *   followed, or a page with no row it did not have, ends the list there (a page error, which
 *   "Try again" reads again); once the list has ended, its total is the rows it holds.
 * - Nor can it hide rows: the cursor says whether there are more, the total only counts them. Past
 *   a total smaller than its rows, the list reads on and counts the rows it has.
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

  /** There are rows after `items`: the adapter gave a cursor (a total is a count, not a promise). */
  get hasMore(): boolean {
    return this.head.cursor !== null;
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

  /**
   * Tries a failed read again: the first page, or the page that failed. After pages that did not
   * add up, the list is read again from the adapter (not the cache) from the first page.
   */
  retry(): void {
    if (this.broken) {
      // Not from the cache, which holds the same pages: the first page the adapter answers now.
      const stale = this.#lastFirstPage;
      this.client?.invalidate(this.#options.name);
      this.#restart(true, stale);
      return;
    }
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

  /**
   * Another partner account under the same client: no row of the old one stays. (Another client
   * is met by the list's own update, which starts over without the old rows.)
   */
  hostScopeChanged(anotherHub = false): void {
    if (!anotherHub && this.#connected && this.client) this.#restart(false);
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

  /** Some chain ended because the adapter's pages did not add up. */
  protected get broken(): boolean {
    return this.head.broken;
  }

  /**
   * Called after every page: once the list has ended (no cursor left from the first row on), the
   * rows it holds are all there are.
   */
  protected settle(): void {
    if (this.head.cursor === null) this.settleTotal(this.head.rows.length);
    else if (this.knownTotal !== undefined && this.head.rows.length > this.knownTotal) {
      this.dropTotal();
    }
  }

  /** The total the adapter's first page said, for the developer's message. */
  #claimedTotal: number | undefined;
  /** The developer was told of a total smaller than the rows (once a list). */
  #toldTotal = false;

  /**
   * The rows read from the first one on outnumber the total the adapter claimed, and its cursor
   * says there are more: the count was out of date. The list reads on by the cursor and counts the
   * rows it has (no total) until the next first page; the developer is told once.
   */
  protected dropTotal(): void {
    if (!this.#toldTotal) {
      this.#toldTotal = true;
      console.warn(
        `[partner-hub-elements] ${readMethod(this.#options.name)} said total: ${this.#claimedTotal}, ` +
          `but its pages go on past ${this.head.rows.length} rows; the list reads on by nextCursor.`,
      );
    }
    this.knownTotal = undefined;
  }

  /**
   * The list has ended with `rows` rows: they are its total. A larger total the adapter claimed
   * is reported (unless the pages already were, as not adding up).
   */
  protected settleTotal(rows: number): void {
    const claimed = this.knownTotal;
    if (claimed === undefined || claimed === rows) return;
    this.knownTotal = rows;
    if (claimed < rows || this.broken) return;
    console.warn(
      `[partner-hub-elements] ${readMethod(this.#options.name)} said total: ${claimed}, but its ` +
        `pages ended after ${rows} rows; the list counts those.`,
    );
  }

  protected applyFirstPage(page: ResourceValue<N>): void {
    this.#lastFirstPage = page;
    // Every other page follows the first: requests for the old ones are let go.
    this.releaseChain(this.head);
    this.#epoch++;
    this.restarting = false;
    this.head = { ...emptyChain([...page.items]), cursor: page.nextCursor };
    const total = (page as { total?: number }).total;
    this.#claimedTotal = typeof total === 'number' ? total : undefined;
    this.knownTotal = this.#claimedTotal;
    this.#firstError = undefined;
    this.settle();
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
    const cursor = chain.cursor;
    const resource = this.#pageResource(client, filters, cursor, limit);
    let done = false;
    const finish = () => {
      done = true;
      chain.release = undefined;
      // The client keeps the page cached; this list no longer needs to watch it.
      queueMicrotask(() => unsubscribe());
    };
    // An answer, not a page out of date in the cache while it is read again (subscribing starts
    // that read, and tells of it before it returns).
    const handle = (state: ResourceState<ResourceValue<N>>) => {
      if (done || epoch !== this.#epoch) return;
      if (state.data !== undefined && !state.fetching) {
        finish();
        this.#append(chain, cursor, state.data);
        this.settle();
        this.#touch();
        this.pursue();
        // An empty page with a cursor (a hub that filters after reading) brought nothing to
        // show for the person's "load more": the next page is read at once (twenty at most).
        if (chain.empties && chain.cursor !== null) this.extend(chain, filters, limit);
      } else if (state.status === 'error') {
        finish();
        chain.error = state.error;
        this.#touch();
      }
    };
    // Set first: a request for this chain is under way, and subscribing may already answer it.
    chain.release = () => (done = true);
    const unsubscribe = resource.subscribe(handle);
    if (!done) {
      chain.release = () => {
        done = true;
        unsubscribe();
      };
    }
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

  /**
   * Adds the rows of the page read at `cursor` that `chain` does not have yet (no row is shown
   * twice). A `nextCursor` already followed, a page of rows it already has, or twenty empty
   * pages in a row end the chain: following it would read the same pages forever. (One empty
   * page with a new cursor is a hub that filters after reading: the list goes on.)
   */
  #append(chain: Chain<PagedItem<N>>, cursor: string | null, page: ResourceValue<N>): void {
    if (cursor !== null) chain.followed.add(cursor);
    const rows = newRows(chain.ids, page.items as readonly PagedItem<N>[]);
    chain.rows.push(...rows);
    chain.empties = page.items.length ? 0 : chain.empties + 1;
    const nothing = page.items.length ? rows.length === 0 : chain.empties >= 20;
    const next = page.nextCursor;
    const again = next !== null && chain.followed.has(next);
    if (next === null || (!again && !nothing)) {
      chain.cursor = next;
      return;
    }
    chain.cursor = null;
    chain.broken = true;
    const name = this.#options.name;
    const method = readMethod(name);
    const error = new AdapterError(
      'invalid_response',
      `${method} answered ${again ? 'a nextCursor it had given before' : chain.empties ? 'twenty empty pages in a row' : 'a page of rows it had given before'} ` +
        `(nextCursor ${quoted(next)}), so the list stops there. Answer nextCursor null after the last page.`,
    );
    chain.error = error;
    recordFailure(error, { method, resource: name });
    reportFailure(this.#host as unknown as EventTarget, error);
  }

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

  /**
   * Starts over from the first page; `keepRows` shows the old rows until it arrives. `stale`, a
   * first page read before, is not taken for it (a newer one is on its way).
   */
  #restart(keepRows: boolean, stale?: ResourceValue<N>): void {
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
      const data = state.data === stale ? undefined : state.data;
      if (data !== undefined && data !== first.data) {
        first.data = data;
        this.applyFirstPage(data);
      } else if (state.status === 'error' && data === undefined && first.data === undefined) {
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
