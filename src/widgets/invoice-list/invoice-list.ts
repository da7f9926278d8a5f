import { msg, str } from '../../i18n/msg.js';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { toAdapterError } from '../../adapter/errors.js';
import type { Invoice, InvoiceSort, InvoiceStatus } from '../../adapter/schemas.js';
import { PhDataElement } from '../../base/data-element.js';
import { formatNumber } from '../../base/format-number.js';
import { checkDocumentUrl, downloadBlob, openDocumentUrl } from '../../base/download.js';
import { formatDay } from '../../base/format-date.js';
import { icon } from '../../base/icons.js';
import type { IconName } from '../../base/icons.js';
import { PagedListController } from '../../base/paged-list-controller.js';
import { SortController } from '../../base/sort-controller.js';
import type { SortState } from '../../base/sort-controller.js';
import type { PhPayInvoiceDialog } from '../pay-invoice-dialog/pay-invoice-dialog.js';
import '../../client/results/invoices.js';
import '../../client/results/payment-methods.js';
import { styles } from './invoice-list.styles.js';
import './invoice-list.types.js';
import { formatMoney } from '../../money/format.js';

type SortKey = 'issuedAt' | 'total';
type PdfState = { kind: 'loading' } | { kind: 'refused' | 'failed'; message: string };

/** Each status's icon (beside its words). */
const STATUS_ICONS: Readonly<Record<InvoiceStatus, IconName>> = {
  unpaid: 'error',
  overdue: 'warning',
  pending: 'pause',
  paid: 'check',
  void: 'minus',
};
const PAGE_SIZE = 20;

/** An invoice the partner still has to pay. */
const isPayable = (invoice: Invoice) => invoice.status === 'unpaid' || invoice.status === 'overdue';

/**
 * The partner's invoices: number, issue date, type, amount and status (in words and icon),
 * newest first, with "load more" and the total; filters by status and type; sorting by date
 * and amount where the adapter sorts; what is still to pay, per currency, at the top; the PDF
 * of each (only `https:`, `blob:` or same-origin links are followed); and paying an unpaid one
 * (`<ph-pay-invoice-dialog>`), after which the row, the unpaid total and every other element
 * under the same provider update. An unpaid licence invoice says that outbound messaging is
 * paused until it is paid. A client-paid account lists its invoices too: its clients pay for
 * their own messaging, the partner its plan and licence fees.
 *
 * @summary Invoices: paging, filters, sorting, PDFs and paying unpaid ones.
 *
 * @slot empty - Shown when the partner has no invoices.
 *
 * @event {InvoicePdfRequestDetail} ph-invoice-pdf-request - "Download PDF" was chosen.
 *   Cancelable: `preventDefault()` to fetch and show the document yourself.
 * @event {InvoicePaidDetail} ph-invoice-paid - An invoice was paid in the pay dialog.
 * @event {PaymentMethodRequestDetail} ph-payment-method-request - The partner chose to add a
 *   payment method: `reason` is `add` ("Add a payment method" in the payment methods) or
 *   `none_usable` (no card on file can be charged in a payment dialog). Cancelable: call
 *   `preventDefault()` to collect it yourself (your own page or form); otherwise the adapter's
 *   `collectPaymentMethod` runs when it has one.
 * @csspart card - The card around everything.
 * @csspart table - The table of invoices.
 * @csspart status - Each status badge (icon and words).
 * @csspart button - Every button.
 * @csspart state - The loading, error, empty, forbidden and unavailable panels.
 * @adapter-reads getSession listInvoices getInvoicePdf listPaymentMethods
 * @adapter-writes payInvoice collectPaymentMethod
 * @adapter-optional getInvoicePdf collectPaymentMethod
 */
export class PhInvoiceList extends PhDataElement {
  static override styles = [...PhDataElement.styles, ...styles];

  static override properties: PropertyDeclarations = {
    status: { state: true },
    type: { state: true },
    pdf: { state: true },
  };

  /** Everything it reads is for owners only. */
  protected override get ownerOnly(): boolean {
    return true;
  }

  get #payDialog(): PhPayInvoiceDialog {
    return this.renderRoot.querySelector<PhPayInvoiceDialog>('ph-pay-invoice-dialog')!;
  }

  private status: InvoiceStatus | '' = '';
  private type = '';
  private pdf = new Map<string, PdfState>();

  readonly #sort = new SortController<SortKey>(this, {
    keys: ['issuedAt', 'total'],
    initial: { key: 'issuedAt', direction: 'descending' },
    firstDirection: () => 'descending',
    describe: (s) => this.#describeSort(s),
    announce: (text) => this.announce(text),
  });

  readonly #invoices = new PagedListController(this, {
    name: 'invoices',
    pageSize: PAGE_SIZE,
    filters: () => ({
      ...(this.status ? { status: this.status } : {}),
      ...(this.type ? { type: this.type } : {}),
      sort: this.#sort.param as InvoiceSort,
    }),
    enabled: () => this.isOwner,
  });

  /** Re-reads the invoices from the first page. */
  refresh(): void {
    this.#invoices.refresh();
  }

  // ── handlers ───────────────────────────────────────────────────────────────────────────

  async #handlePdf(invoice: Invoice): Promise<void> {
    const client = this.hubClient;
    if (!client || this.pdf.get(invoice.id)?.kind === 'loading') return;
    if (!this.emit('ph-invoice-pdf-request', { invoice }, { cancelable: true })) return;
    this.#setPdf(invoice.id, { kind: 'loading' });
    try {
      const document = await client.getInvoicePdf(invoice.id);
      if (typeof document !== 'string') {
        downloadBlob(document, `${invoice.number}.pdf`);
        this.#setPdf(invoice.id, undefined);
        this.announce(msg(str`Invoice ${invoice.number} downloaded.`));
        return;
      }
      const checked = checkDocumentUrl(document);
      if (!checked.ok) {
        const message = msg(
          'This PDF link was refused: it is not an https link or one of this site, so it could run code in this page.',
        );
        console.error(
          `[partner-hub-elements] <ph-invoice-list>: getInvoicePdf("${invoice.id}") returned a ${checked.reason === 'malformed' ? 'malformed URL' : 'URL with a scheme that is not https:, blob: or same-origin'}; it was not opened.`,
        );
        this.#setPdf(invoice.id, { kind: 'refused', message });
        return;
      }
      openDocumentUrl(checked.url);
      this.#setPdf(invoice.id, undefined);
      this.announce(msg(str`Invoice ${invoice.number} opened in a new tab.`));
    } catch (error) {
      const adapterError = toAdapterError(error);
      if (adapterError.code === 'aborted') return this.#setPdf(invoice.id, undefined);
      this.#setPdf(invoice.id, { kind: 'failed', message: this.describeError(adapterError) });
    }
  }

  #setPdf(id: string, value: PdfState | undefined): void {
    const next = new Map(this.pdf);
    if (value) next.set(id, value);
    else next.delete(id);
    this.pdf = next;
  }

  /** Where the rows a "Load more" brings start, until they are shown. */
  #moreFrom: number | undefined;

  #handleMore(): void {
    const list = this.#invoices;
    this.#moreFrom = list.items.length;
    if (list.pageError) list.retry();
    else list.loadMore();
  }

  protected override updated(): void {
    const from = this.#moreFrom;
    const list = this.#invoices;
    if (from === undefined || list.fetching) return;
    this.#moreFrom = undefined;
    // The last page took the button with it: focus goes to the first invoice it brought.
    const first = list.items[from];
    if (first && !list.hasMore) {
      this.renderRoot
        .querySelector<HTMLElement>(`[data-invoice="${CSS.escape(first.id)}"] th`)
        ?.focus();
    }
  }

  #handlePay(invoice: Invoice): void {
    void this.#payDialog.show(invoice);
  }

  #handlePaid(event: CustomEvent<{ invoice: Invoice }>): void {
    // The client re-reads the invoices; focus stays in the table, on the paid row's number.
    const id = event.detail.invoice.id;
    void this.focusAfterUpdate(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-invoice="${CSS.escape(id)}"] th`),
    );
  }

  // ── words ──────────────────────────────────────────────────────────────────────────────

  #describeSort({ key, direction }: SortState<SortKey>): string {
    if (key === 'issuedAt') {
      return direction === 'descending'
        ? msg('Sorted by issue date, newest first.')
        : msg('Sorted by issue date, oldest first.');
    }
    return direction === 'descending'
      ? msg('Sorted by amount, largest first.')
      : msg('Sorted by amount, smallest first.');
  }

  /** Each status in words. */
  #statusWords(): Record<InvoiceStatus, string> {
    return {
      unpaid: msg('Unpaid'),
      overdue: msg('Overdue'),
      pending: msg('Pending'),
      paid: msg('Paid'),
      void: msg('Void'),
    };
  }

  /** The types the kit names in words; the hub's other types show its label, else the code. */
  #typeWords(): Map<string, string> {
    return new Map([
      ['plan_fee', msg('Plan fee')],
      ['licence_fee', msg('Licence fee')],
      ['usage_top_up', msg('Usage top-up')],
      ['monthly_closing', msg('Monthly closing')],
      ['prorated_upgrade', msg('Prorated upgrade')],
    ]);
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────

  #renderUnpaid(): TemplateResult | typeof nothing {
    const totals = this.#invoices.firstPageValue?.unpaidTotals;
    if (!totals) return nothing;
    const owed = totals.filter((t) => t.amount !== 0);
    return html`<p class="unpaid" data-unpaid>
      ${
        owed.length === 0
          ? msg('Nothing left to pay.')
          : msg(str`Still to pay: ${owed.map((t) => formatMoney(t, this.locale)).join(' · ')}.`)
      }
    </p>`;
  }

  #renderFilters(): TemplateResult {
    const statuses = Object.entries(this.#statusWords());
    // The known types, then any other type among the rows, by its label.
    const types = this.#typeWords();
    for (const { type, typeLabel } of this.#invoices.items) {
      if (!types.has(type)) types.set(type, typeLabel ?? type);
    }
    return html`<div class="filters">
      ${this.#renderFilter('status', msg('Status'), msg('All statuses'), statuses)}
      ${this.#renderFilter('type', msg('Type'), msg('All types'), [...types])}
    </div>`;
  }

  /** One filter: "all", then each choice (value, words). */
  #renderFilter(
    name: 'status' | 'type',
    label: string,
    all: string,
    choices: [string, string][],
  ): TemplateResult {
    const value = this[name];
    return html`<label>
      <span>${label}</span>
      <select
        @change=${(event: Event) => {
          // One of the choices: a status for the status filter, a type for the type filter.
          this[name] = (event.target as HTMLSelectElement).value as InvoiceStatus;
        }}
        .value=${value}
      >
        <option value="">${all}</option>
        ${choices.map(
          ([choice, words]) =>
            html`<option value=${choice} ?selected=${value === choice}>${words}</option>`,
        )}
      </select>
    </label>`;
  }

  #renderHeader(key: SortKey, label: string, sortable: boolean): TemplateResult {
    if (!sortable) return html`<th scope="col">${label}</th>`;
    const ariaSort = this.#sort.ariaSort(key);
    return html`<th scope="col" aria-sort=${ariaSort}>
      <button type="button" class="sort" data-column=${key} @click=${() => this.#sort.toggle(key)}>
        ${label}
        ${icon(ariaSort === 'none' ? 'sortable' : ariaSort === 'ascending' ? 'up' : 'down')}
      </button>
    </th>`;
  }

  #renderRow(invoice: Invoice): TemplateResult {
    const pdf = this.pdf.get(invoice.id);
    const payable = isPayable(invoice);
    const blocking = payable && invoice.type === 'licence_fee';
    const notes = [
      blocking ? msg('Outbound messaging is paused until this invoice is paid.') : '',
      pdf && pdf.kind !== 'loading' ? pdf.message : '',
    ].filter(Boolean);
    return html`<tr data-invoice=${invoice.id} data-status=${invoice.status}>
      <th scope="row" tabindex="-1">${invoice.number}</th>
      <td>${formatDay(invoice.issuedAt, this.locale)}</td>
      <td>${this.#typeWords().get(invoice.type) ?? invoice.typeLabel ?? invoice.type}</td>
      <td class="amount">${formatMoney(invoice.total, this.locale)}</td>
      <td>
        <span class="status ${invoice.status}" part="status"
          >${icon(STATUS_ICONS[invoice.status])} ${this.#statusWords()[invoice.status]}</span
        >
      </td>
      <td class="actions">
        ${
          this.hubClient?.can('getInvoicePdf')
            ? html`<button
                type="button"
                part="button"
                aria-label=${msg(str`Download invoice ${invoice.number} as PDF`)}
                aria-disabled=${pdf?.kind === 'loading' ? 'true' : 'false'}
                @click=${() => this.#handlePdf(invoice)}
              >
                ${msg('PDF')}
              </button>`
            : nothing
        }
        ${
          payable
            ? html`<button
                type="button"
                part="button"
                class="primary"
                aria-label=${msg(str`Pay invoice ${invoice.number}`)}
                @click=${() => this.#handlePay(invoice)}
              >
                ${msg('Pay')}
              </button>`
            : nothing
        }
        ${notes.map(
          (note) => html`<p class="note ${blocking ? 'blocking' : ''}" data-note>${note}</p>`,
        )}
      </td>
    </tr>`;
  }

  #renderTable(): TemplateResult {
    const rows = this.#invoices.items;
    const sortable = this.#invoices.firstPageValue?.sort !== undefined;
    return html`<div class="scroll" role="region" tabindex="0" aria-label=${msg('Invoice table')}>
      <table part="table">
        <caption class="visually-hidden">
          ${msg('Invoices, one per row, with their status and actions.')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Number')}</th>
            ${this.#renderHeader('issuedAt', msg('Issued'), sortable)}
            <th scope="col">${msg('Type')}</th>
            ${this.#renderHeader('total', msg('Amount'), sortable)}
            <th scope="col">${msg('Status')}</th>
            <th scope="col">${msg('Actions')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((invoice) => this.#renderRow(invoice))}
        </tbody>
      </table>
    </div>`;
  }

  /** The count (a polite live region, also when the filters match none), then "load more". */
  #renderMore(): TemplateResult {
    const shown = this.#invoices.items.length;
    const total = this.#invoices.total;
    const count = (n: number) => formatNumber(n, this.locale);
    return html`<div class="more">
      <p class="muted" aria-live="polite" data-state=${shown ? 'count' : 'no-match'}>
        ${
          shown === 0
            ? msg('No invoices match these filters.')
            : (this.#invoices.totalKnown ? total : shown) === 1
              ? msg('Showing 1 invoice.')
              : this.#invoices.totalKnown
                ? msg(str`Showing ${count(shown)} of ${count(total)} invoices.`)
                : msg(str`Showing ${count(shown)} invoices.`)
        }
      </p>
      ${
        this.#invoices.pageError
          ? html`<p class="note" role="alert">
              ${msg('More invoices could not be loaded.')}
              ${this.describeError(this.#invoices.pageError)}
            </p>`
          : nothing
      }
      ${
        this.#invoices.hasMore
          ? html`<button
              type="button"
              part="button"
              aria-disabled=${this.#invoices.fetching ? 'true' : 'false'}
              @click=${this.#handleMore}
            >
              ${this.#invoices.fetching ? msg('Loading more…') : msg('Load more invoices')}
            </button>`
          : nothing
      }
    </div>`;
  }

  protected override render() {
    const list = this.#invoices;
    const none = list.items.length === 0;
    const view = this.dataViewState([list.asResource], () => none && !this.status && !this.type);
    const words = {
      error: msg('Couldn’t load your invoices.'),
      forbidden: msg('Only owners of this partner account can see its invoices.'),
      empty: msg('No invoices yet. They appear here from your first top-up or plan fee on.'),
      unavailable: msg('This hub does not offer invoices here.'),
    };
    return html`<section class="card" part="card" aria-labelledby="heading">
      <h2 id="heading">${msg('Invoices')}</h2>
      ${
        view.kind === 'ready'
          ? html`${this.#renderUnpaid()} ${this.#renderFilters()}
            ${none ? nothing : this.#renderTable()} ${this.#renderMore()}`
          : this.renderState(view, words)
      }
      <ph-pay-invoice-dialog @ph-invoice-paid=${this.#handlePaid}></ph-pay-invoice-dialog>
    </section>`;
  }
}
