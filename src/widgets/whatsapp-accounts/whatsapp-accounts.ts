import { msg } from '../../i18n/msg.js';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { WhatsAppAccount, WhatsAppAccountSort } from '../../adapter/schemas.js';
import { PhDataElement } from '../../base/data-element.js';
import type { ViewState } from '../../base/element.js';
import { GridKeyboardController } from '../../base/grid-keyboard-controller.js';
import { icon } from '../../base/icons.js';
import { PagedResourceController } from '../../base/paged-controller.js';
import { SearchController } from '../../base/search-controller.js';
import { SortController } from '../../base/sort-controller.js';
import { carriesQuality, phoneCell, qualityCell, statusCell } from './cells.js';
import { formatDay } from '../../base/format-date.js';
import { VirtualRowsController, virtualRowsStyles } from './virtual-rows.js';
import '../../client/results/whatsapp-accounts.js';
import { styles } from './whatsapp-accounts.styles.js';
import type {
  WhatsAppAccountRowAction,
  WhatsAppAccountStatus,
  WhatsAppAccountsSortKey,
} from './whatsapp-accounts.types.js';
import * as words from './words.js';

/** Up to this many matching rows, the list is a plain table with every row in the DOM. */
export const PLAIN_TABLE_LIMIT = 300;
const SORT_KEYS: readonly WhatsAppAccountsSortKey[] = ['name', 'createdAt', 'status'];
type Column = 'name' | 'phone' | 'status' | 'quality' | 'client' | 'createdAt';
const COLUMNS: readonly Column[] = ['name', 'phone', 'status', 'client', 'createdAt'];
const WITH_QUALITY: readonly Column[] = [
  'name',
  'phone',
  'status',
  'quality',
  'client',
  'createdAt',
];
const flip = (sort: string) => (sort.startsWith('-') ? sort.slice(1) : `-${sort}`);

/**
 * The partner's clients' WhatsApp Business Accounts and numbers: name, phone number (grouped
 * for reading, copied as E.164), status in words and icon, the quality rating and messaging
 * limit (a column only when the adapter sends them), client and date added. Search and
 * the status filter go to the adapter (the search waits until typing pauses; a newer search
 * aborts the older, whose answer is never shown), and the count of matching accounts is read
 * out once each answer is in; the columns sort where the adapter sorts.
 *
 * Up to 300 matching rows it is a plain table. Beyond, a virtualized ARIA grid that keeps
 * under a hundred row elements in the DOM at any scroll position, however many rows match
 * (tested with 100,000): `aria-rowcount` is the full count and each row's `aria-rowindex` its
 * true position; arrows, Page Up/Down, Home/End move between cells, Ctrl+Home/End reach the
 * first and last row (read on demand, announced); focus stays on the same account when rows
 * load or re-sort. Clicking a row or pressing Enter on it selects the account.
 *
 * Its rows follow its own width: one line above 90rem, three lines of two columns above 48rem
 * (where one line would cut the statuses and numbers off), below (a phone) a card of a line a
 * field, so nothing is cut off from 320 px up.
 *
 * @summary The clients' WhatsApp accounts: search, status filter, sort, 100,000 rows fast.
 *
 * @slot empty - Shown when the partner has no WhatsApp accounts yet.
 *
 * @event {WhatsAppAccountSelectDetail} ph-whatsapp-account-select - A row was activated (click
 *   or Enter); `detail.account` is the account.
 * @event {WhatsAppAccountActionDetail} ph-whatsapp-account-action - One of `rowActions` was
 *   chosen on a row.
 *
 * @csspart card - The card around everything.
 * @csspart toolbar - The search field, the status filter and the count.
 * @csspart grid - The virtualized grid (many rows).
 * @csspart table - The plain table (a few hundred rows or fewer).
 * @csspart row - Each row of either.
 * @csspart row-action - Each button of `rowActions`.
 * @csspart status - The status of a row (icon and words).
 * @csspart quality - The quality rating of a row (icon and words).
 * @csspart button - "Try again", in the error panel and after rows further down failed to load.
 * @csspart state - The loading, error, empty, forbidden and unavailable panels.
 *
 * @cssproperty [--ph-accounts-height=30rem] - Height of the scrolling grid.
 * @adapter-reads getSession listWhatsAppAccounts
 */
export class PhWhatsAppAccounts extends PhDataElement {
  static override styles = [...PhDataElement.styles, virtualRowsStyles, styles];

  static override properties: PropertyDeclarations = {
    query: {},
    status: {},
    rowActions: { attribute: false },
  };

  /** @internal */
  readonly list = new PagedResourceController(this, {
    name: 'whatsAppAccounts',
    filters: () => ({
      ...(this.query ? { query: this.query } : {}),
      ...(this.status ? { status: this.status } : {}),
      sort: this.sort.param as WhatsAppAccountSort,
    }),
    reverse: (filters, page) =>
      page.sort ? { ...filters, sort: flip(page.sort) as WhatsAppAccountSort } : undefined,
  });

  /** @internal */
  readonly sort = new SortController<WhatsAppAccountsSortKey>(this, {
    keys: SORT_KEYS,
    initial: { key: 'createdAt', direction: 'descending' },
    firstDirection: (key) => (key === 'createdAt' ? 'descending' : 'ascending'),
    describe: words.sortSentence,
    announce: (text) => this.announce(text),
  });

  /** @internal */
  readonly keys = new GridKeyboardController<WhatsAppAccount>(this, {
    size: () => ({
      rows: this.list.total,
      cols: this.#columnCount,
      page: this.rows.pageRows,
    }),
    rowAt: (index) => this.list.rowAt(index),
    idOf: (account) => account.id,
    indexOf: (id) => this.list.indexOf((a) => a.id === id),
    scrollTo: (index) => this.rows.scrollTo(index),
    activate: (account) => this.#select(account),
    arrived: (index, account) =>
      this.announce(words.rowSentence(index, this.list.total, account.name, this.locale)),
  });

  /** @internal */
  readonly search = new SearchController(this, { search: (text) => (this.query = text) });

  /** @internal */
  readonly rows = new VirtualRowsController(this, {
    count: () => (this.#virtualized ? this.list.total : 0),
    renderRow: (index) => this.#renderGridRow(index),
    // Load the rows drawn (and the focused one), with a margin either side. (The focused cell,
    // drawn again, takes focus back in the same update: the keyboard controller's hostUpdated.)
    rangeChanged: (first, last) => {
      const { row } = this.keys.position;
      this.list.ensure(Math.min(first, row) - 20, Math.max(last, row) + 20);
    },
  });

  /** The text searched for (name, client, number or WABA ID); set it to search from code. */
  query = '';

  /** Only accounts in this status; empty for all. */
  status: WhatsAppAccountStatus | '' = '';

  /** Buttons the host adds to every row; choosing one fires `ph-whatsapp-account-action`. */
  rowActions: WhatsAppAccountRowAction[] = [];

  /** Whether some row read from the start of the list has a quality rating or limit. */
  #quality = false;

  /** The columns shown: quality and limit only when the adapter sends them. */
  get #columns(): readonly Column[] {
    return this.#quality ? WITH_QUALITY : COLUMNS;
  }

  get #columnCount(): number {
    return this.#columns.length + this.rowActions.length;
  }

  get #virtualized(): boolean {
    return this.list.total > PLAIN_TABLE_LIMIT;
  }

  protected override willUpdate(): void {
    this.#quality = carriesQuality(this.list.items);
  }

  protected override updated(): void {
    // Once this update is done: the rows it asks for are loaded in an update of their own.
    queueMicrotask(() => {
      if (this.#virtualized) {
        this.list.ensure(this.rows.visible[0] - 20, this.rows.visible[1] + 20);
      } else if (this.list.status === 'ready') {
        this.list.ensure(0, this.list.total);
      }
    });
  }

  // ── handlers ──────────────────────────────────────────────────────────────────────────

  #select(account: WhatsAppAccount | undefined): void {
    if (!account) return;
    this.emit('ph-whatsapp-account-select', { account });
  }

  readonly #speak = (text: string): void => this.announce(text);

  #handleRowClick(index: number, col: number): void {
    this.keys.moveTo(index, col);
    this.#select(this.list.rowAt(index));
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────

  /** A search or a status filter is on. */
  get #filtered(): boolean {
    return Boolean(this.query || this.status);
  }

  #viewState(): ViewState {
    return this.dataViewState(
      [this.list.asResource],
      () => this.list.total === 0 && !this.#filtered,
    );
  }

  #renderToolbar(): TemplateResult {
    const filtered = this.#filtered;
    return html`<div class="toolbar" part="toolbar">
      <label class="field">
        <span>${msg('Search by name, client, number or WABA ID')}</span>
        <input
          type="search"
          .value=${this.search.shown(this.query)}
          autocomplete="off"
          @input=${this.search.handleInput}
          @keydown=${this.search.handleKeydown}
        />
      </label>
      <label class="field status">
        <span>${msg('Status')}</span>
        <select
          @change=${(e: Event) =>
            (this.status = (e.target as HTMLSelectElement).value as WhatsAppAccountStatus | '')}
        >
          <option value="" ?selected=${!this.status}>${msg('All statuses')}</option>
          ${words.STATUSES.map(
            (s) =>
              html`<option value=${s} ?selected=${this.status === s}>
                ${words.statusLook(s).words}
              </option>`,
          )}
        </select>
      </label>
      <p class="count muted" aria-live="polite" aria-busy=${String(this.list.fetching)}>
        ${words.countSentence(this.list.total, filtered, this.locale)}
      </p>
    </div>`;
  }

  #renderHeader(col: Column, index: number): TemplateResult {
    const label = words.columnWords()[col];
    // Name, date and status sort, where the adapter sorts (its page echoes the order), however
    // few the rows.
    const key = col as WhatsAppAccountsSortKey;
    const sortable = SORT_KEYS.includes(key) && this.list.firstPageValue?.sort !== undefined;
    const sorted = sortable ? this.sort.ariaSort(key) : 'none';
    const content = sortable
      ? html`<button type="button" class="sort" @click=${() => this.sort.toggle(key)}>
          ${label}
          ${icon(sorted === 'none' ? 'sortable' : sorted === 'ascending' ? 'up' : 'down', 'sort-icon')}
        </button>`
      : label;
    return this.#virtualized
      ? html`<div
          role="columnheader"
          data-col=${col}
          aria-colindex=${index + 1}
          aria-sort=${sortable ? sorted : nothing}
        >
          ${content}
        </div>`
      : html`<th scope="col" aria-sort=${sortable ? sorted : nothing}>${content}</th>`;
  }

  #renderActions(account: WhatsAppAccount, tabindexOf?: (col: number) => number) {
    return this.rowActions.map((action, i) => {
      const content = html`<button
        type="button"
        part="row-action"
        tabindex=${tabindexOf?.(this.#columns.length + i) ?? nothing}
        @click=${(e: Event) => {
          e.stopPropagation(); // not a row click
          this.emit('ph-whatsapp-account-action', { action: action.id, account });
        }}
      >
        ${action.label}<span class="visually-hidden">: ${account.name}</span>
      </button>`;
      return tabindexOf
        ? html`<div role="gridcell" data-cell=${this.#columns.length + i}>${content}</div>`
        : html`<td>${content}</td>`;
    });
  }

  #renderGridRow(index: number): TemplateResult {
    const account = this.list.rowAt(index);
    const tab = (col: number) => this.keys.tabindex(index, col);
    const q = this.#quality ? 1 : 0;
    if (!account) {
      return html`<div
        role="row"
        class="row"
        part="row"
        data-index=${index}
        aria-rowindex=${index + 2}
      >
        <div role="gridcell" class="loading-row muted" tabindex=${tab(this.keys.position.col)}>
          ${words.loadingRowSentence(index, this.list.total, this.locale)}
        </div>
      </div>`;
    }
    // The grid's own keydown handles Enter and the arrows for every row (the grid pattern).
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<div
      role="row"
      class="row cols"
      part="row"
      data-index=${index}
      aria-rowindex=${index + 2}
      @click=${(e: Event) => this.#handleRowClick(index, this.#cellOf(e))}
    >
      <div role="gridcell" data-col="name" data-cell="0" tabindex=${tab(0)}>
        ${account.name}<span class="sub">${account.wabaId}</span>
      </div>
      <div role="gridcell" data-col="phone" data-cell="1">
        ${phoneCell(account, tab(1), this.#speak)}
      </div>
      <div role="gridcell" data-col="status" data-cell="2" tabindex=${tab(2)}>
        ${statusCell(account.status)}
      </div>
      ${
        q
          ? html`<div role="gridcell" data-col="quality" data-cell="3" tabindex=${tab(3)}>
              ${qualityCell(account, this.locale)}
            </div>`
          : nothing
      }
      <div role="gridcell" data-col="client" data-cell=${3 + q} tabindex=${tab(3 + q)}>
        ${account.clientName}
      </div>
      <div role="gridcell" data-col="createdAt" data-cell=${4 + q} tabindex=${tab(4 + q)}>
        ${formatDay(account.createdAt, this.locale)}
      </div>
      ${this.#renderActions(account, tab)}
    </div>`;
  }

  #cellOf(event: Event): number {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    return cell ? Number(cell.dataset['cell']) : 0;
  }

  #renderGrid(): TemplateResult {
    return html`<div
      class="grid actions-${this.rowActions.length} ${this.#quality ? 'with-quality' : ''}"
      role="grid"
      part="grid"
      tabindex="-1"
      aria-labelledby="title"
      aria-rowcount=${this.list.total + 1}
      aria-colcount=${this.#columnCount}
      @keydown=${this.keys.handleKeydown}
      @focusin=${this.keys.handleFocusIn}
      @focusout=${this.keys.handleFocusOut}
    >
      <div role="rowgroup">
        <div role="row" class="head cols" aria-rowindex="1">
          ${this.#columns.map((c, i) => this.#renderHeader(c, i))}
          ${this.rowActions.map(
            (a, i) =>
              // The hidden copy of the rows' button makes its column as wide as theirs, so the
              // headers before it stand above their cells.
              html`<div role="columnheader" aria-colindex=${this.#columns.length + i + 1}>
                <span class="visually-hidden">${a.label}</span>
                <button type="button" part="row-action" class="sizer" disabled>${a.label}</button>
              </div>`,
          )}
        </div>
      </div>
      ${this.rows.rows()}
    </div>`;
  }

  #renderTable(): TemplateResult {
    const rows: WhatsAppAccount[] = [];
    for (let i = 0; i < this.list.total; i++) {
      const account = this.list.rowAt(i);
      if (account) rows.push(account);
    }
    return html`<div
      class="table-wrap actions-${this.rowActions.length} ${this.#quality ? 'with-quality' : ''}"
    >
      <table part="table" aria-labelledby="title" aria-busy=${String(this.list.fetching)}>
        <thead>
          <tr>
            ${this.#columns.map((c, i) => this.#renderHeader(c, i))}
            ${this.rowActions.map((a) => html`<td><span class="visually-hidden">${a.label}</span></td>`)}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            rows,
            (a) => a.id,
            (a) =>
              html`<tr part="row">
                <th scope="row">
                  <button type="button" class="link" @click=${() => this.#select(a)}>
                    ${a.name}
                  </button>
                  <span class="sub">${a.wabaId}</span>
                </th>
                <td>${phoneCell(a, undefined, this.#speak)}</td>
                <td>${statusCell(a.status)}</td>
                ${this.#quality ? html`<td>${qualityCell(a, this.locale)}</td>` : nothing}
                <td>${a.clientName}</td>
                <td>${formatDay(a.createdAt, this.locale)}</td>
                ${this.#renderActions(a)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render(): TemplateResult {
    const view = this.#viewState();
    const ready = view.kind === 'ready';
    const none = ready && this.list.total === 0;
    return html`<section class="card" part="card">
      <h2 id="title">${msg('WhatsApp accounts')}</h2>
      ${
        // A search or filter that failed (or is loading) keeps the toolbar, to change it.
        ready || this.#filtered ? this.#renderToolbar() : nothing
      }
      ${
        ready
          ? none
            ? html`<p class="muted">${msg('No accounts match this search and status.')}</p>`
            : this.#virtualized
              ? this.#renderGrid()
              : this.#renderTable()
          : this.renderState(view, words.stateWords())
      }
      ${
        ready && this.list.pageError
          ? html`<p role="alert">
              ${this.describeError(this.list.pageError)}
              <button type="button" part="button" @click=${() => this.list.retry()}>
                ${msg('Try again')}
              </button>
            </p>`
          : nothing
      }
    </section>`;
  }
}
