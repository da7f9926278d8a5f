import { msg, str } from '../../i18n/msg.js';
import { html, svg } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { Money, Movement } from '../../adapter/schemas.js';
import { downloadBlob } from '../../base/download.js';
import { downShape, drawIcon, sortableShape, upShape } from '../../base/icons.js';
import { PhBillingElement } from '../../base/billing-element.js';
import type { ViewState } from '../../base/element.js';
import { ResourceController } from '../../base/resource-controller.js';
import { segmentedButtons, segmentedStyles } from '../../base/segmented.js';
import { formatMoney, isNegative } from '../../money/index.js';
import { chartLayout } from './chart.js';
import { CSV_MIME_TYPE, UTF8_BOM, movementsCsv, movementsFilename } from './csv.js';
import { filterRange, periodSpan, sectionsOf, sortRows } from './model.js';
import type { CurrencySection } from './model.js';
import '../../client/results/movements.js';
import { styles } from './movements-table.styles.js';
import type {
  MovementsRange,
  MovementsSortColumn,
  MovementsSortDirection,
  MovementsView,
} from './movements-table.types.js';
import { dateFormat } from '../../base/format-date.js';

const RANGES: readonly MovementsRange[] = ['last-6', 'last-12', 'all'];
const VIEWS: readonly MovementsView[] = ['table', 'chart'];
const COLUMNS: readonly MovementsSortColumn[] = ['period', 'fundsAdded', 'usage', 'net'];

/** Each range's button. */
const rangeLabels = (): Record<MovementsRange, string> => ({
  'last-6': msg('6 months'),
  'last-12': msg('12 months'),
  all: msg('All'),
});

/** What the live region says after a range is chosen: one whole sentence per range. */
const rangeAnnouncements = (): Record<MovementsRange, string> => ({
  'last-6': msg('Showing the last 6 months.'),
  'last-12': msg('Showing the last 12 months.'),
  all: msg('Showing all months.'),
});

/** The columns' headers (and the CSV's). */
const columnLabels = (): Record<MovementsSortColumn, string> => ({
  period: msg('Month'),
  fundsAdded: msg('Funds added'),
  usage: msg('Usage'),
  net: msg('Net'),
});

/**
 * What the live region says after a sort: one whole sentence per column and direction, so each
 * language words it its own way (never a header dropped into a shared sentence).
 */
function sortSentence(column: MovementsSortColumn, direction: MovementsSortDirection): string {
  const up = direction === 'ascending';
  switch (column) {
    case 'period':
      return up ? msg('Sorted by month, oldest first.') : msg('Sorted by month, newest first.');
    case 'fundsAdded':
      return up
        ? msg('Sorted by funds added, smallest first.')
        : msg('Sorted by funds added, largest first.');
    case 'usage':
      return up ? msg('Sorted by usage, smallest first.') : msg('Sorted by usage, largest first.');
    case 'net':
      return up ? msg('Sorted by net, lowest first.') : msg('Sorted by net, highest first.');
  }
}

/** The month of a `YYYY-MM` period in `locale`: "October 2026", or "Oct 26" when short. */
function formatPeriod(period: string, locale: string, short = false): string {
  const format = dateFormat(locale, {
    month: short ? 'short' : 'long',
    year: short ? '2-digit' : 'numeric',
    timeZone: 'UTC',
  });
  // A date-only ISO string ("2026-10") is read as UTC.
  return format.format(new Date(period));
}

/**
 * Funds added (top-ups of every kind) and usage (messaging and call costs) per month, with the
 * net of each month and the totals of the range, for spend tracking and reconciliation. Shows
 * the last 6 or 12 months or the whole history, as a sortable table or a bar chart, and
 * downloads the rows as CSV. Balances in several currencies get one table (or chart) each;
 * amounts of different currencies are never added together. Updates by itself when a top-up
 * or live usage changes the movements.
 *
 * @summary Movements per month as a sortable table or bar chart, with CSV export.
 *
 * @slot empty - Shown when the partner has no movements yet.
 *
 * @event {MovementsExportDetail} ph-movements-export - "Download CSV" was chosen. Cancelable:
 *   call `preventDefault()` to handle `detail.csv` yourself instead of the browser download.
 *
 * @csspart card - The card around everything.
 * @csspart toolbar - The row with the range, the view switch and the download button.
 * @csspart table - Each table (one per currency).
 * @csspart chart - Each chart (one per currency).
 * @csspart button - Every button.
 * @csspart state - The loading, error, empty, forbidden and unavailable panels.
 *
 * @cssproperty [--ph-chart-funds-color=var(--ph-color-accent)] - Bars of funds added.
 * @cssproperty [--ph-chart-usage-color=var(--ph-color-info)] - Bars of usage (hatched).
 * @adapter-reads getSession listMovements
 */
export class PhMovementsTable extends PhBillingElement {
  static override styles = [...PhBillingElement.styles, segmentedStyles, styles];

  static override properties: PropertyDeclarations = {
    range: { reflect: true },
    view: { reflect: true },
    sortColumn: { state: true },
    sortDirection: { state: true },
    chartWidth: { state: true },
  };

  /** The whole history, read once: every range is a slice of it, so switching never re-reads. */
  readonly #movements = new ResourceController(this, {
    name: 'movements',
    params: () => ({}),
    enabled: () => this.partnerPaid,
  });

  /**
   * Which months to show: `last-6` or `last-12` (counting back from the latest month the hub
   * reports, the current one included) or `all`.
   */
  range: MovementsRange = 'last-12';

  /** `table` or `chart`; the table is the accessible form of the chart. */
  view: MovementsView = 'table';

  private sortColumn: MovementsSortColumn = 'period';

  private sortDirection: MovementsSortDirection = 'descending';

  /** The width the charts have, measured: they reflow to it instead of being scaled down. */
  private chartWidth: number | undefined;

  readonly #resizeObserver =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver(([entry]) => {
          const width = Math.floor(entry?.contentRect.width ?? 0);
          // Re-laid out in the next frame: a change of height in this one would be a
          // ResizeObserver loop.
          if (width > 0 && width !== this.chartWidth) {
            requestAnimationFrame(() => (this.chartWidth = width));
          }
        });

  #measured: Element | null = null;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const sections = this.renderRoot.querySelector('.sections');
    if (sections !== this.#measured) {
      this.#resizeObserver?.disconnect();
      if (sections) this.#resizeObserver?.observe(sections);
      this.#measured = sections;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: measure again.
    if (this.#measured) this.#resizeObserver?.observe(this.#measured);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
  }

  get #currentRange(): MovementsRange {
    return RANGES.includes(this.range) ? this.range : 'last-12';
  }

  get #currentView(): MovementsView {
    return VIEWS.includes(this.view) ? this.view : 'table';
  }

  /** The movements of the range shown. */
  get #shown(): Movement[] {
    return filterRange(this.#movements.value ?? [], this.#currentRange);
  }

  #handleRange(range: MovementsRange): void {
    if (range === this.#currentRange) return;
    this.range = range;
    this.announce(rangeAnnouncements()[range]);
  }

  #handleSort(column: MovementsSortColumn): void {
    // The sorted column reverses; another starts from the latest month or the smallest amount.
    const ascending =
      column === this.sortColumn ? this.sortDirection === 'descending' : column !== 'period';
    this.sortColumn = column;
    this.sortDirection = ascending ? 'ascending' : 'descending';
    this.announce(sortSentence(column, this.sortDirection));
  }

  #handleExport(): void {
    const ordered = sectionsOf(this.#shown).flatMap((s) => s.rows);
    const span = periodSpan(ordered);
    if (!span) return;
    const csv = movementsCsv(
      ordered,
      { ...columnLabels(), period: msg('Period'), month: msg('Month'), currency: msg('Currency') },
      (period) => formatPeriod(period, this.locale),
    );
    const filename = movementsFilename(span[0], span[1]);
    const proceed = this.emit('ph-movements-export', { csv, filename }, { cancelable: true });
    if (!proceed) return;
    downloadBlob(new Blob([UTF8_BOM, csv], { type: CSV_MIME_TYPE }), filename, this.renderRoot);
    this.announce(msg(str`Downloading ${filename}.`));
  }

  /** Re-reads the movements. */
  async refresh(): Promise<void> {
    await Promise.all([this.session.refresh(), this.#movements.refresh()]);
  }

  get #viewState(): ViewState {
    return this.billingViewState([this.#movements], () => this.#movements.value?.length === 0);
  }

  /** The first and last month of a section, in words. */
  #span({ rows }: CurrencySection): string[] {
    return [rows[0]!, rows.at(-1)!].map((row) => formatPeriod(row.period, this.locale));
  }

  /**
   * "Movements per month, last 6 months (June 2026 – November 2026)", with the currency when
   * several: a whole sentence per range, so each language words it its own way.
   */
  #captionOf(section: CurrencySection, multi: boolean): string {
    const [first, last] = this.#span(section);
    const currency = section.currency;
    switch (this.#currentRange) {
      case 'last-6':
        return multi
          ? msg(str`Movements per month in ${currency}, last 6 months (${first} – ${last})`)
          : msg(str`Movements per month, last 6 months (${first} – ${last})`);
      case 'last-12':
        return multi
          ? msg(str`Movements per month in ${currency}, last 12 months (${first} – ${last})`)
          : msg(str`Movements per month, last 12 months (${first} – ${last})`);
      case 'all':
        return multi
          ? msg(str`Movements per month in ${currency}, all months (${first} – ${last})`)
          : msg(str`Movements per month, all months (${first} – ${last})`);
    }
  }

  /** A month's pair of bars in words: one sentence with the month and both amounts. */
  #barTitle(period: string, funds: Money, usage: Money): string {
    const month = formatPeriod(period, this.locale);
    const added = formatMoney(funds, this.locale);
    const used = formatMoney(usage, this.locale);
    return msg(str`In ${month}, funds added were ${added} and usage was ${used}.`);
  }

  #renderToolbar(): TemplateResult {
    return html`<div class="toolbar" part="toolbar">
      ${segmentedButtons({
        label: msg('Range'),
        options: RANGES,
        current: this.#currentRange,
        text: (r) => rangeLabels()[r],
        select: (r) => this.#handleRange(r),
      })}
      ${segmentedButtons({
        label: msg('View'),
        options: VIEWS,
        current: this.#currentView,
        text: (v) => (v === 'table' ? msg('Table') : msg('Chart')),
        select: (v) => (this.view = v),
      })}
      <button type="button" class="export" part="button" @click=${this.#handleExport}>
        ${msg('Download CSV')}
      </button>
    </div>`;
  }

  #renderHeader(column: MovementsSortColumn): TemplateResult {
    const sort = column === this.sortColumn ? this.sortDirection : 'none';
    const shape = sort === 'none' ? sortableShape : sort === 'ascending' ? upShape : downShape;
    return html`<th scope="col" class=${column === 'period' ? '' : 'num'} aria-sort=${sort}>
      <button
        type="button"
        class="sort"
        data-column=${column}
        @click=${() => this.#handleSort(column)}
      >
        <span>${columnLabels()[column]}</span>${drawIcon(shape(), 'sort-icon')}
      </button>
    </th>`;
  }

  /** A month's or the totals' cells: funds added, usage, and the net (marked when negative). */
  #renderAmounts({ fundsAdded, usage, net }: CurrencySection['totals']): TemplateResult {
    return html`<td class="num">${formatMoney(fundsAdded, this.locale)}</td>
      <td class="num">${formatMoney(usage, this.locale)}</td>
      <td class="num ${isNegative(net) ? 'negative' : ''}">${formatMoney(net, this.locale)}</td>`;
  }

  #renderTable(section: CurrencySection, multi: boolean): TemplateResult {
    const rows = sortRows(section.rows, this.sortColumn, this.sortDirection);
    const caption = `caption-${section.currency}`;
    // The caption sits above the scroll region, so it is never cut off at 390 px; the region
    // is named by it and focusable, so a keyboard can scroll it (Safari included).
    return html`<div class="table-block" data-currency=${section.currency}>
      <p class="caption" id=${caption}>${this.#captionOf(section, multi)}</p>
      <div class="table-wrap" role="region" tabindex="0" aria-labelledby=${caption}>
        <table part="table" aria-labelledby=${caption}>
          <thead>
            <tr>
              ${COLUMNS.map((c) => this.#renderHeader(c))}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) =>
                html`<tr data-period=${row.period}>
                  <th scope="row">${formatPeriod(row.period, this.locale)}</th>
                  ${this.#renderAmounts(row)}
                </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${msg('Total')}</th>
              ${this.#renderAmounts(section.totals)}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>`;
  }

  #renderChart(section: CurrencySection, multi: boolean): TemplateResult {
    const layout = chartLayout(section.rows, section.currency, this.chartWidth);
    const hatch = `usage-hatch-${section.currency}`;
    const fill = `url(#${hatch})`;
    const [first, last] = this.#span(section);
    const currency = section.currency;
    const fundsTotal = formatMoney(section.totals.fundsAdded, this.locale);
    const usageTotal = formatMoney(section.totals.usage, this.locale);
    const summary = msg(
      str`Bar chart of funds added and usage per month in ${currency}, ${first} to ${last}. Total funds added: ${fundsTotal}. Total usage: ${usageTotal}. The table view lists every month.`,
    );
    const { axis } = layout;
    return html`<figure
      class="chart"
      part="chart"
      data-currency=${section.currency}
      data-orientation=${layout.orientation}
    >
      <figcaption>${this.#captionOf(section, multi)}</figcaption>
      <div class="plot">
        <svg
          role="img"
          aria-label=${summary}
          width=${layout.width}
          height=${layout.height}
          viewBox="0 0 ${layout.width} ${layout.height}"
        >
          <defs>
            <pattern
              id=${hatch}
              patternUnits="userSpaceOnUse"
              width="6"
              height="6"
              patternTransform="rotate(45)"
            >
              <rect class="usage-ground" width="6" height="6"></rect>
              <line class="usage-line" x1="0" y1="0" x2="0" y2="6"></line>
            </pattern>
          </defs>
          ${layout.ticks.map(
            (tick) =>
              svg`<line class="grid" x1=${tick.line.x1} x2=${tick.line.x2} y1=${tick.line.y1} y2=${tick.line.y2}></line>
                <text class="tick" x=${tick.label.x} y=${tick.label.y} text-anchor=${tick.label.anchor}>${formatMoney(tick.value, this.locale, { compact: true })}</text>`,
          )}
          ${layout.groups.map(
            (group) =>
              svg`<g class="pair" data-period=${group.period}>
                <title>${this.#barTitle(group.period, group.funds.value, group.usage.value)}</title>
                <rect class="bar funds" x=${group.funds.x} y=${group.funds.y} width=${group.funds.width} height=${group.funds.height}></rect>
                <rect class="bar usage" fill=${fill} x=${group.usage.x} y=${group.usage.y} width=${group.usage.width} height=${group.usage.height}></rect>
                <text class="label" x=${group.label.x} y=${group.label.y} text-anchor=${group.label.anchor}>${formatPeriod(group.period, this.locale, true)}</text>
              </g>`,
          )}
          <line class="axis" x1=${axis.x1} x2=${axis.x2} y1=${axis.y1} y2=${axis.y2}></line>
        </svg>
      </div>
      <ul class="legend">
        <li>
          <svg class="swatch" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
            <rect class="bar funds" width="12" height="12"></rect>
          </svg>
          ${msg('Funds added')}
        </li>
        <li>
          <svg class="swatch" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
            <rect class="bar usage" fill=${fill} width="12" height="12"></rect>
          </svg>
          ${msg('Usage')}
        </li>
      </ul>
    </figure>`;
  }

  #renderReady(): TemplateResult {
    const sections = sectionsOf(this.#shown);
    const multi = sections.length > 1;
    return html`${this.#renderToolbar()}
      <div class="sections">
        ${sections.map((s) =>
          this.#currentView === 'chart' ? this.#renderChart(s, multi) : this.#renderTable(s, multi),
        )}
      </div>`;
  }

  protected override render() {
    const view = this.#viewState;
    return html`<article class="card" part="card" aria-labelledby="title">
      <h2 id="title">${msg('Movements per month')}</h2>
      ${
        view.kind === 'ready'
          ? this.#renderReady()
          : this.renderState(view, {
              error: msg('Couldn’t load the movements.'),
              forbidden: msg('You don’t have access to the movements.'),
              empty: msg('No movements yet.'),
            })
      }
    </article>`;
  }
}
