import { msg, str } from '../../i18n/msg.js';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { AdapterUse } from '../../adapter/contract.js';
import { toAdapterError } from '../../adapter/errors.js';
import type { Invoice, InvoiceSort, InvoiceStatus } from '../../adapter/schemas.js';
import { PhBillingElement } from '../../base/billing-element.js';
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

const STATUSES: readonly InvoiceStatus[] = ['unpaid', 'overdue', 'pending', 'paid', 'void'];
const KNOWN_TYPES = [
  'plan_fee',
  'licence_fee',
  'usage_top_up',
  'monthly_closing',
  'prorated_upgrade',
] as const;
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
 * paused until it is paid.
 *
 * @summary Invoices: paging, filters, sorting, PDFs and paying unpaid ones.
 *
 * @slot empty - Shown when the partner has no invoices.
 *
 * @event {InvoicePdfRequestDetail} ph-invoice-pdf-request - "Download PDF" was chosen.
 *   Cancelable: `preventDefault()` to fetch and show the document yourself.
 * @event {InvoicePaidDetail} ph-invoice-paid - An invoice was paid (from the pay dialog).
 *
 * @csspart card - The card around everything.
 * @csspart table - The table of invoices.
 * @csspart status - Each status badge (icon and words).
 * @csspart button - Every button.
 * @csspart state - The loading, error, empty, forbidden and unavailable panels.
 */
export class PhInvoiceList extends PhBillingElement {
  static override styles = [...PhBillingElement.styles, ...styles];

  static override properties: PropertyDeclarations = {
    status: { state: true },
    type: { state: true },
    pdf: { state: true },
  };

  /** Everything it reads is for owners only. */
  protected override get ownerOnly(): boolean {
    return true;
  }

  /** The adapter methods this element reads and writes through (the README's table). */
  static override adapterUse: AdapterUse = {
    reads: ['getSession', 'listInvoices', 'getInvoicePdf', 'listPaymentMethods'],
    writes: ['payInvoice'],
    optional: ['getInvoicePdf'],
  };

  private get payDialog(): PhPayInvoiceDialog {
    return this.renderRoot.querySelector<PhPayInvoiceDialog>('ph-pay-invoice-dialog')!;
  }

  private status: InvoiceStatus | '' = '';
  private type = '';
  private pdf = new Map<string, PdfState>();

  private readonly sort = new SortController<SortKey>(this, {
    keys: ['issuedAt', 'total'],
    initial: { key: 'issuedAt', direction: 'descending' },
    firstDirection: () => 'descending',
    describe: (s) => this.describeSort(s),
    announce: (text) => this.announce(text),
  });

  private readonly invoices = new PagedListController(this, {
    name: 'invoices',
    pageSize: PAGE_SIZE,
    filters: () => ({
      ...(this.status ? { status: this.status } : {}),
      ...(this.type ? { type: this.type } : {}),
      sort: this.sort.param as InvoiceSort,
    }),
    enabled: () => this.partnerPaid && this.isOwner,
  });

  /** Re-reads the invoices from the first page. */
  refresh(): void {
    this.invoices.refresh();
  }

  // ── handlers ───────────────────────────────────────────────────────────────────────────

  private handleStatus(event: Event): void {
    this.status = (event.target as HTMLSelectElement).value as InvoiceStatus | '';
  }

  private handleType(event: Event): void {
    this.type = (event.target as HTMLSelectElement).value;
  }

  private async handlePdf(invoice: Invoice): Promise<void> {
    const client = this.hubClient;
    if (!client || this.pdf.get(invoice.id)?.kind === 'loading') return;
    if (!this.emit('ph-invoice-pdf-request', { invoice }, { cancelable: true })) return;
    this.setPdf(invoice.id, { kind: 'loading' });
    try {
      const document = await client.getInvoicePdf(invoice.id);
      if (typeof document !== 'string') {
        downloadBlob(document, `${invoice.number}.pdf`);
        this.setPdf(invoice.id, undefined);
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
        this.setPdf(invoice.id, { kind: 'refused', message });
        return;
      }
      openDocumentUrl(checked.url);
      this.setPdf(invoice.id, undefined);
      this.announce(msg(str`Invoice ${invoice.number} opened in a new tab.`));
    } catch (error) {
      const adapterError = toAdapterError(error);
      if (adapterError.code === 'aborted') return this.setPdf(invoice.id, undefined);
      this.setPdf(invoice.id, { kind: 'failed', message: this.describeError(adapterError) });
    }
  }

  private setPdf(id: string, value: PdfState | undefined): void {
    const next = new Map(this.pdf);
    if (value) next.set(id, value);
    else next.delete(id);
    this.pdf = next;
  }

  private handlePay(invoice: Invoice): void {
    void this.payDialog.show(invoice);
  }

  private handlePaid(event: CustomEvent<{ invoice: Invoice }>): void {
    // The client re-reads the invoices; focus stays in the table, on the paid row's number.
    const id = event.detail.invoice.id;
    void this.focusAfterUpdate(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-invoice="${CSS.escape(id)}"] th`),
    );
  }

  // ── words ──────────────────────────────────────────────────────────────────────────────

  private describeSort({ key, direction }: SortState<SortKey>): string {
    if (key === 'issuedAt') {
      return direction === 'descending'
        ? msg('Sorted by issue date, newest first.')
        : msg('Sorted by issue date, oldest first.');
    }
    return direction === 'descending'
      ? msg('Sorted by amount, largest first.')
      : msg('Sorted by amount, smallest first.');
  }

  private statusWords(status: InvoiceStatus): { text: string; icon: IconName } {
    switch (status) {
      case 'paid':
        return { text: msg('Paid'), icon: 'check' };
      case 'unpaid':
        return { text: msg('Unpaid'), icon: 'error' };
      case 'overdue':
        return { text: msg('Overdue'), icon: 'warning' };
      case 'pending':
        return { text: msg('Pending'), icon: 'pause' };
      default:
        return { text: msg('Void'), icon: 'minus' };
    }
  }

  private typeWords(invoice: Pick<Invoice, 'type' | 'typeLabel'>): string {
    switch (invoice.type) {
      case 'plan_fee':
        return msg('Plan fee');
      case 'licence_fee':
        return msg('Licence fee');
      case 'usage_top_up':
        return msg('Usage top-up');
      case 'monthly_closing':
        return msg('Monthly closing');
      case 'prorated_upgrade':
        return msg('Prorated upgrade');
      default:
        return invoice.typeLabel ?? invoice.type;
    }
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────

  private renderUnpaid(): TemplateResult | typeof nothing {
    const totals = this.invoices.firstPageValue?.unpaidTotals;
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

  private renderFilters(): TemplateResult {
    const known = new Set<string>(KNOWN_TYPES);
    const extra = [...new Set(this.invoices.items.map((i) => i.type))].filter((t) => !known.has(t));
    return html`<div class="filters">
      <label>
        <span>${msg('Status')}</span>
        <select @change=${this.handleStatus} .value=${this.status}>
          <option value="">${msg('All statuses')}</option>
          ${STATUSES.map(
            (s) =>
              html`<option value=${s} ?selected=${this.status === s}>
                ${this.statusWords(s).text}
              </option>`,
          )}
        </select>
      </label>
      <label>
        <span>${msg('Type')}</span>
        <select @change=${this.handleType} .value=${this.type}>
          <option value="">${msg('All types')}</option>
          ${[...KNOWN_TYPES, ...extra].map(
            (t) =>
              html`<option value=${t} ?selected=${this.type === t}>
                ${this.typeWords({ type: t, typeLabel: this.invoices.items.find((i) => i.type === t)?.typeLabel })}
              </option>`,
          )}
        </select>
      </label>
    </div>`;
  }

  private renderHeader(key: SortKey, label: string, sortable: boolean): TemplateResult {
    if (!sortable) return html`<th scope="col">${label}</th>`;
    const ariaSort = this.sort.ariaSort(key);
    return html`<th scope="col" aria-sort=${ariaSort}>
      <button type="button" class="sort" data-column=${key} @click=${() => this.sort.toggle(key)}>
        ${label}
        ${icon(ariaSort === 'none' ? 'sortable' : ariaSort === 'ascending' ? 'up' : 'down')}
      </button>
    </th>`;
  }

  private renderRow(invoice: Invoice): TemplateResult {
    const status = this.statusWords(invoice.status);
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
      <td>${this.typeWords(invoice)}</td>
      <td class="amount">${formatMoney(invoice.total, this.locale)}</td>
      <td>
        <span class="status ${invoice.status}" part="status"
          >${icon(status.icon)} ${status.text}</span
        >
      </td>
      <td class="actions">
        <button
          type="button"
          part="button"
          aria-label=${msg(str`Download invoice ${invoice.number} as PDF`)}
          aria-disabled=${pdf?.kind === 'loading' ? 'true' : 'false'}
          @click=${() => this.handlePdf(invoice)}
        >
          ${msg('PDF')}
        </button>
        ${
          payable
            ? html`<button
                type="button"
                part="button"
                class="primary"
                aria-label=${msg(str`Pay invoice ${invoice.number}`)}
                @click=${() => this.handlePay(invoice)}
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

  private renderTable(): TemplateResult {
    const rows = this.invoices.items;
    const sortable = this.invoices.firstPageValue?.sort !== undefined;
    const shown = rows.length;
    const total = this.invoices.total;
    return html`<div class="scroll" role="region" tabindex="0" aria-label=${msg('Invoice table')}>
        <table part="table">
          <caption class="visually-hidden">
            ${msg('Invoices, one per row, with their status and actions.')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('Number')}</th>
              ${this.renderHeader('issuedAt', msg('Issued'), sortable)}
              <th scope="col">${msg('Type')}</th>
              ${this.renderHeader('total', msg('Amount'), sortable)}
              <th scope="col">${msg('Status')}</th>
              <th scope="col">${msg('Actions')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((invoice) => this.renderRow(invoice))}
          </tbody>
        </table>
      </div>
      <div class="more">
        <p class="muted" aria-live="polite">
          ${
            this.invoices.totalKnown
              ? msg(str`Showing ${shown} of ${total} invoices.`)
              : msg(str`Showing ${shown} invoices.`)
          }
        </p>
        ${
          this.invoices.pageError
            ? html`<p class="note" role="alert">
                ${msg('More invoices could not be loaded.')}
                ${this.describeError(this.invoices.pageError)}
              </p>`
            : nothing
        }
        ${
          this.invoices.hasMore
            ? html`<button
                type="button"
                part="button"
                aria-disabled=${this.invoices.fetching ? 'true' : 'false'}
                @click=${() =>
                  this.invoices.pageError ? this.invoices.retry() : this.invoices.loadMore()}
              >
                ${this.invoices.fetching ? msg('Loading more…') : msg('Load more invoices')}
              </button>`
            : nothing
        }
      </div>`;
  }

  protected override render() {
    const paged = {
      state: {
        status: this.invoices.status === 'error' ? ('error' as const) : ('ready' as const),
        data: this.invoices.status === 'ready' ? this.invoices.items : undefined,
        error: this.invoices.error,
        updatedAt: undefined,
        fetching: this.invoices.fetching,
      },
      refresh: async () => this.invoices.retry(),
    };
    const filtered = this.status !== '' || this.type !== '';
    const view = this.billingViewState(
      [paged],
      () => this.invoices.items.length === 0 && !filtered,
    );
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
          ? html`${this.renderUnpaid()} ${this.renderFilters()}
            ${
              this.invoices.items.length === 0
                ? html`<p class="muted" data-state="no-match">
                    ${msg('No invoices match these filters.')}
                  </p>`
                : this.renderTable()
            }`
          : this.renderState(view, words)
      }
      <ph-pay-invoice-dialog @ph-invoice-paid=${this.handlePaid}></ph-pay-invoice-dialog>
    </section>`;
  }
}
