import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { Movement } from '../../src/adapter/schemas.js';
import '../../src/widgets/movements-table/define.js';
import type { PhMovementsTable } from '../../src/widgets/movements-table/movements-table.js';
import {
  checkNaughtyStrings,
  deepQuery,
  deepQueryAll,
  deepText,
  expectAccessible,
  itRendersSharedStates,
  mount,
  override,
  until,
} from '../support/conformance.js';
import { emulateForcedColors, systemColor } from '../support/forced-colors.js';
// A test tops up through the shared client, as the top-up dialog on the same page would.
import '../../src/client/results/top-up.js';
import { atPhoneWidth } from '../support/phone.js';
import { templates as de } from '../../src/i18n/locales/de.js';
import { templates as es } from '../../src/i18n/locales/es.js';
import { templates as ptBR } from '../../src/i18n/locales/pt-BR.js';

const table = () => html`<ph-movements-table></ph-movements-table>`;
const root = (el: Element) => el.shadowRoot!;
const bodyRows = (el: Element) => Array.from(root(el).querySelectorAll('tbody tr'));
const periods = (el: Element) => bodyRows(el).map((r) => r.getAttribute('data-period'));
const button = (el: Element, label: RegExp) =>
  deepQueryAll<HTMLButtonElement>(el, 'button').find((b) => label.test(b.textContent ?? ''))!;
const sortButton = (el: Element, column: string) =>
  root(el).querySelector<HTMLButtonElement>(`button.sort[data-column="${column}"]`)!;
/** The text that names an element through `aria-labelledby`. */
const captionOf = (labelled: Element) =>
  (labelled.getRootNode() as ShadowRoot)
    .getElementById(labelled.getAttribute('aria-labelledby')!)!
    .textContent!.trim();
const header = (el: Element, column: string) => sortButton(el, column).closest('th')!;
const eur = (minor: number, locale = 'en') =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(minor / 100);

/** Cents as a plain decimal, with integer math: -23450 → "-234.50". */
const decimal = (cents: number) =>
  `${cents < 0 ? '-' : ''}${Math.trunc(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;

/** Cells of a row as text: [month, funds added, usage, net]. */
const cells = (row: Element) =>
  Array.from(row.querySelectorAll('th, td')).map((c) => c.textContent!.replace(/\s+/g, ' ').trim());

async function choose(el: PhMovementsTable, label: RegExp) {
  button(el, label).click();
  await el.updateComplete;
}

describe('<ph-movements-table>', () => {
  describe('accessibility in every state', () => {
    it('is axe-clean as a table', async () => {
      const { el } = await mount(table());
      expect(root(el).querySelector('table')).to.exist;
      await expectAccessible(el);
    });

    it('is axe-clean as a chart', async () => {
      const { el } = await mount<PhMovementsTable>(table());
      await choose(el, /^\s*Chart\s*$/);
      expect(root(el).querySelector('svg[role="img"]')).to.exist;
      await expectAccessible(el);
    });

    it('is axe-clean with several currencies, as a table and as a chart', async () => {
      const { el } = await mount<PhMovementsTable>(table(), { scenario: 'multi-currency' });
      await expectAccessible(el);
      await choose(el, /^\s*Chart\s*$/);
      await expectAccessible(el);
    });

    it('is axe-clean when empty (a new partner)', async () => {
      const { el } = await mount(table(), { scenario: 'empty' });
      expect(deepQuery(el, '[data-state="empty"]')).to.exist;
      expect(deepText(el)).to.contain('No movements yet.');
      expect(root(el).querySelector('table')).to.not.exist;
      await expectAccessible(el);
    });

    itRendersSharedStates(table, { read: 'listMovements' });

    it('is axe-clean in the error state, and retry recovers', async () => {
      const adapter = createMemoryAdapter();
      adapter.failNext('listMovements', new AdapterError('network', 'Offline.'));
      const { el } = await mount(table(), { adapter });
      expect(deepQuery(el, '[data-state="error"]')).to.exist;
      expect(deepText(el)).to.contain('Couldn’t load the movements.');
      await expectAccessible(el);
      button(el, /Try again/).click();
      await until(() => bodyRows(el).length > 0, 'rows after retry');
    });

    it('is axe-clean in the forbidden state', async () => {
      const adapter = createMemoryAdapter();
      adapter.failNext('listMovements', new AdapterError('forbidden', 'Owners only.'));
      const { el } = await mount(table(), { adapter });
      expect(deepText(el)).to.contain('You don’t have access to the movements.');
      await expectAccessible(el);
    });

    it('is axe-clean when unavailable (client-paid), never an error', async () => {
      const { el, adapter } = await mount(table(), { scenario: 'client-paid' });
      expect(deepQuery(el, '[data-state="unavailable"]')).to.exist;
      expect(deepQuery(el, '[data-state="error"]')).to.not.exist;
      expect(deepText(el)).to.contain('Not available for this billing mode');
      expect(adapter.calls.filter((c) => c.method === 'listMovements')).to.have.length(0);
      await expectAccessible(el);
    });

    it('shows the table to a member too', async () => {
      const { el } = await mount(table(), { role: 'member' });
      expect(bodyRows(el)).to.have.length(12);
      await expectAccessible(el);
    });
  });

  describe('the table', () => {
    it('is a real table with a caption and the four column headers', async () => {
      const { el } = await mount(table());
      const caption = captionOf(root(el).querySelector('table')!);
      expect(caption).to.equal(
        'Movements per month, last 12 months (December 2025 – November 2026)',
      );
      const headers = Array.from(root(el).querySelectorAll('thead th')).map((th) =>
        th.textContent!.trim(),
      );
      expect(headers).to.deep.equal(['Month', 'Funds added', 'Usage', 'Net']);
      expect(root(el).querySelectorAll('tbody th[scope="row"]')).to.have.length(12);
    });

    it('shows 6, 12 or all of the 14 seeded months, with one adapter call', async () => {
      const { el, adapter } = await mount<PhMovementsTable>(table());
      const all = await adapter.listMovements({});
      expect(all).to.have.length(14);
      const latest = all
        .map((m) => m.period)
        .sort()
        .at(-1)!;
      expect(bodyRows(el)).to.have.length(12);
      await choose(el, /6 months/);
      expect(bodyRows(el)).to.have.length(6);
      expect(periods(el)[0]).to.equal(latest);
      expect(captionOf(root(el).querySelector('table')!)).to.contain('last 6 months');
      await choose(el, /^\s*All\s*$/);
      expect(bodyRows(el)).to.have.length(14);
      await choose(el, /12 months/);
      await choose(el, /6 months/);
      expect(bodyRows(el)).to.have.length(6);
      expect(button(el, /6 months/).getAttribute('aria-pressed')).to.equal('true');
      expect(button(el, /^\s*All\s*$/).getAttribute('aria-pressed')).to.equal('false');
      // Two calls to the adapter in this test: ours, above, and the widget's single one.
      expect(adapter.calls.filter((c) => c.method === 'listMovements')).to.have.length(2);
    });

    it('the range attribute chooses the months shown', async () => {
      const { el } = await mount(html`<ph-movements-table range="last-6"></ph-movements-table>`);
      expect(bodyRows(el)).to.have.length(6);
    });

    it('net per row is funds added − usage', async () => {
      const { el, adapter } = await mount(table());
      const all = await adapter.listMovements({});
      for (const row of bodyRows(el)) {
        const m = all.find((x) => x.period === row.getAttribute('data-period'))!;
        const [, funds, usage, net] = cells(row);
        expect(funds).to.equal(eur(m.fundsAdded.amount));
        expect(usage).to.equal(eur(m.usage.amount));
        expect(net).to.equal(eur(m.fundsAdded.amount - m.usage.amount));
      }
    });

    it('totals equal the sum of the rows', async () => {
      const { el, adapter } = await mount<PhMovementsTable>(table());
      const all = await adapter.listMovements({});
      for (const [label, count] of [
        [/^\s*All\s*$/, 14],
        [/6 months/, 6],
      ] as const) {
        await choose(el, label);
        const shown = [...all].sort((a, b) => (a.period < b.period ? 1 : -1)).slice(0, count);
        let funds = 0;
        let usage = 0;
        for (const m of shown) {
          funds += m.fundsAdded.amount;
          usage += m.usage.amount;
        }
        const totals = cells(root(el).querySelector('tfoot tr')!);
        expect(totals).to.deep.equal(['Total', eur(funds), eur(usage), eur(funds - usage)]);
      }
    });

    it('localizes month names in the element’s locale (de: "Oktober 2026")', async () => {
      const { el } = await mount(table(), { locale: 'de' });
      const october = bodyRows(el).find((r) => r.getAttribute('data-period') === '2026-10')!;
      expect(cells(october)[0]).to.equal('Oktober 2026');
      expect(cells(october)[1]).to.match(/€$/); // German money: "1.000,00 €"
    });

    it('words the range in whole German sentences, in the caption and when it changes', async () => {
      const { el } = await mount<PhMovementsTable>(table(), { locale: 'de' });
      await until(() => button(el, /6 Monate/) !== undefined, 'the German range buttons');
      await choose(el, /6 Monate/);
      expect(captionOf(root(el).querySelector('table')!)).to.match(
        /^Bewegungen pro Monat, die letzten 6 Monate \(\w+ 2026 – November 2026\)$/,
      );
      expect(root(el).querySelector('[data-announcer]')!.textContent).to.equal(
        'Die letzten 6 Monate werden angezeigt.',
      );
    });

    it('keeps currencies apart: one table per currency, totals never mixed', async () => {
      const { el, adapter } = await mount(table(), { scenario: 'multi-currency' });
      const all = await adapter.listMovements({});
      const tables = Array.from(root(el).querySelectorAll('.table-block'));
      expect(tables.map((t) => t.getAttribute('data-currency'))).to.deep.equal(['EUR', 'USD']);
      for (const wrap of tables) {
        const currency = wrap.getAttribute('data-currency')!;
        expect(captionOf(wrap.querySelector('table')!)).to.contain(`in ${currency}`);
        const shownPeriods = Array.from(wrap.querySelectorAll('tbody tr')).map((r) =>
          r.getAttribute('data-period')!,
        );
        const usage = all
          .filter((m) => m.usage.currency === currency && shownPeriods.includes(m.period))
          .reduce((t, m) => t + m.usage.amount, 0);
        const format = new Intl.NumberFormat('en', { style: 'currency', currency });
        expect(cells(wrap.querySelector('tfoot tr')!)[2]).to.equal(format.format(usage / 100));
      }
    });
  });

  describe('sorting', () => {
    it('sorts by month, newest first, by default', async () => {
      const { el } = await mount(table());
      const shown = periods(el);
      expect(shown).to.deep.equal([...shown].sort().reverse());
      expect(header(el, 'period').getAttribute('aria-sort')).to.equal('descending');
      expect(header(el, 'usage').getAttribute('aria-sort')).to.equal('none');
    });

    it('Tab reaches a header button; Enter and Space sort, aria-sort follows, the sort is announced', async () => {
      const { el } = await mount<PhMovementsTable>(table());
      button(el, /Download CSV/).focus();
      // First the table's scroll region (focusable, so a keyboard can scroll it), then the headers.
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(root(el).querySelector('.table-wrap'));
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(sortButton(el, 'period'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(header(el, 'period').getAttribute('aria-sort')).to.equal('ascending');
      expect(periods(el)).to.deep.equal([...periods(el)].sort());
      expect(root(el).querySelector('[role="status"]')!.textContent).to.contain(
        'Sorted by month, oldest first.',
      );

      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(sortButton(el, 'usage'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(header(el, 'usage').getAttribute('aria-sort')).to.equal('ascending');
      expect(header(el, 'period').getAttribute('aria-sort')).to.equal('none');
      const usage = (row: Element) => Number(cells(row)[2]!.replace(/[^\d]/g, ''));
      const values = bodyRows(el).map(usage);
      expect(values).to.deep.equal([...values].sort((a, b) => a - b));

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(header(el, 'usage').getAttribute('aria-sort')).to.equal('descending');
      const after = bodyRows(el).map(usage);
      expect(after).to.deep.equal([...after].sort((a, b) => b - a));
      expect(root(el).querySelector('[role="status"]')!.textContent).to.contain(
        'Sorted by usage, largest first.',
      );
    });

    it('announces each column and direction as one whole German sentence, never a header dropped into one', async () => {
      const { el } = await mount<PhMovementsTable>(table(), { locale: 'de' });
      await until(() => sortButton(el, 'period').textContent!.includes('Monat'), 'German headers');
      const said = async (column: string) => {
        sortButton(el, column).click();
        await el.updateComplete;
        return root(el).querySelector('[data-announcer]')!.textContent!.trim();
      };
      expect(await said('period')).to.equal('Nach Monat sortiert, älteste zuerst.');
      expect(await said('period')).to.equal('Nach Monat sortiert, neueste zuerst.');
      expect(await said('fundsAdded')).to.equal(
        'Nach aufgeladenem Betrag sortiert, niedrigster zuerst.',
      );
      expect(await said('fundsAdded')).to.equal(
        'Nach aufgeladenem Betrag sortiert, höchster zuerst.',
      );
      expect(await said('usage')).to.equal('Nach Verbrauch sortiert, niedrigster zuerst.');
      expect(await said('usage')).to.equal('Nach Verbrauch sortiert, höchster zuerst.');
      expect(await said('net')).to.equal('Nach Saldo sortiert, niedrigster zuerst.');
      expect(await said('net')).to.equal('Nach Saldo sortiert, höchster zuerst.');
    });

    for (const [locale, catalogue] of [
      ['de', de],
      ['es', es],
      ['pt-BR', ptBR],
    ] as const) {
      it(`announces every sort in ${locale} as a sentence translated whole (one message each)`, async () => {
        const { el } = await mount<PhMovementsTable>(table(), { locale });
        const sentences = new Set(
          Object.values(catalogue).filter((t): t is string => typeof t === 'string'),
        );
        const heard: string[] = [];
        for (const column of ['period', 'fundsAdded', 'usage', 'net']) {
          for (let i = 0; i < 2; i++) {
            sortButton(el, column).click();
            await el.updateComplete;
            heard.push(root(el).querySelector('[data-announcer]')!.textContent!.trim());
          }
        }
        for (const sentence of heard) {
          expect(sentences.has(sentence), `"${sentence}" is one translated sentence`).to.be.true;
        }
        expect(new Set(heard).size, 'each column and direction has its own sentence').to.equal(8);
      });
    }
  });

  describe('the chart', () => {
    it('draws one pair of bars per month with a text alternative and a legend', async () => {
      const { el } = await mount<PhMovementsTable>(table());
      await choose(el, /^\s*Chart\s*$/);
      expect(button(el, /^\s*Chart\s*$/).getAttribute('aria-pressed')).to.equal('true');
      expect(button(el, /^\s*Table\s*$/).getAttribute('aria-pressed')).to.equal('false');
      expect(root(el).querySelector('table')).to.not.exist;
      const chart = root(el).querySelector('svg[role="img"]')!;
      const pairs = chart.querySelectorAll('g.pair');
      expect(pairs).to.have.length(12);
      for (const pair of Array.from(pairs)) {
        expect(pair.querySelectorAll('rect.bar.funds')).to.have.length(1);
        expect(pair.querySelectorAll('rect.bar.usage')).to.have.length(1);
        expect(pair.querySelector('text.label')!.textContent).to.match(/^\w{3} \d{2}$/);
      }
      const label = chart.getAttribute('aria-label')!;
      expect(label).to.match(
        /^Bar chart of funds added and usage per month in EUR, December 2025 to November 2026\. Total funds added: €[\d,.]+\. Total usage: €[\d,.]+\./,
      );
      expect(chart.querySelectorAll('text.tick').length).to.be.at.least(2);
      expect(deepText(root(el).querySelector('.legend')!)).to.equal('Funds added Usage');
      await choose(el, /6 months/);
      expect(root(el).querySelectorAll('g.pair')).to.have.length(6);
    });

    it('titles each pair of bars with one sentence: the month and both amounts', async () => {
      const { el, adapter } = await mount<PhMovementsTable>(table());
      await choose(el, /^\s*Chart\s*$/);
      const december = (await adapter.listMovements({})).find((m) => m.period === '2025-12')!;
      const title = () =>
        root(el).querySelector('g.pair[data-period="2025-12"] > title')!.textContent!.trim();
      expect(title()).to.equal(
        `In December 2025, funds added were ${eur(december.fundsAdded.amount)} and usage was ${eur(december.usage.amount)}.`,
      );
    });

    it('titles the bars in a whole German sentence, in German order and punctuation', async () => {
      const { el, adapter } = await mount<PhMovementsTable>(table(), { locale: 'de' });
      await choose(el, /^\s*Diagramm\s*$/);
      const december = (await adapter.listMovements({})).find((m) => m.period === '2025-12')!;
      const title = root(el).querySelector('g.pair[data-period="2025-12"] > title')!;
      expect(title.textContent!.trim()).to.equal(
        `Im Dezember 2025 wurden ${eur(december.fundsAdded.amount, 'de')} aufgeladen und ${eur(december.usage.amount, 'de')} verbraucht.`,
      );
    });

    it('bars grow with the amount and share one scale', async () => {
      const { el, adapter } = await mount<PhMovementsTable>(table());
      await choose(el, /^\s*Chart\s*$/);
      const all = await adapter.listMovements({});
      const height = (period: string, kind: string) =>
        Number(
          root(el)
            .querySelector(`g.pair[data-period="${period}"] rect.${kind}`)!
            .getAttribute('height'),
        );
      const byUsage = all.slice(-12).sort((a, b) => a.usage.amount - b.usage.amount);
      const low = byUsage[0]!;
      const high = byUsage.at(-1)!;
      expect(height(high.period, 'usage')).to.be.greaterThan(height(low.period, 'usage'));
      const zero = all.slice(-12).find((m) => m.fundsAdded.amount === 0);
      if (zero) expect(height(zero.period, 'funds')).to.equal(0);
    });

    it('measures again when moved in the page', async () => {
      const { el, provider } = await mount<PhMovementsTable>(table());
      await choose(el, /^\s*Chart\s*$/);
      const figure = root(el).querySelector<HTMLElement>('figure.chart')!;
      // Within its provider (an element moved out of every provider has no hub to read).
      const place = document.createElement('div');
      provider.append(place);
      try {
        place.style.width = '320px';
        place.append(el);
        await until(() => figure.dataset['orientation'] === 'rows', 'the chart in rows');
        place.remove();
        place.style.width = '1000px';
        provider.append(place);
        place.append(el);
        await until(() => figure.dataset['orientation'] === 'columns', 'the chart in columns');
      } finally {
        place.remove();
      }
    });

    it('draws one chart per currency', async () => {
      const { el } = await mount<PhMovementsTable>(table(), { scenario: 'multi-currency' });
      await choose(el, /^\s*Chart\s*$/);
      const charts = Array.from(root(el).querySelectorAll('figure.chart'));
      expect(charts.map((c) => c.getAttribute('data-currency'))).to.deep.equal(['EUR', 'USD']);
      expect(charts[1]!.querySelector('svg')!.getAttribute('aria-label')).to.contain('in USD');
    });
  });

  describe('CSV export', () => {
    let restore: (() => void) | undefined;
    afterEach(() => restore?.());

    /** Captures the download instead of saving a file. */
    function captureDownloads() {
      const clicks: Array<{ download: string; href: string; connected: boolean }> = [];
      const blobs: Blob[] = [];
      const click = HTMLAnchorElement.prototype.click;
      const create = URL.createObjectURL;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicks.push({ download: this.download, href: this.href, connected: this.isConnected });
      };
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return create.call(URL, blob);
      };
      restore = () => {
        HTMLAnchorElement.prototype.click = click;
        URL.createObjectURL = create;
      };
      return { clicks, blobs };
    }

    it('fires ph-movements-export with the CSV and file name, then downloads through <a download>', async () => {
      const { el, adapter } = await mount<PhMovementsTable>(table());
      await choose(el, /6 months/);
      const { clicks, blobs } = captureDownloads();
      setTimeout(() => button(el, /Download CSV/).click());
      const event = await oneEvent(el, 'ph-movements-export');
      expect(event.cancelable).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail.filename).to.equal('movements-2026-06_2026-11.csv');
      const records = event.detail.csv.split('\r\n');
      expect(records[0]).to.equal('Period,Month,Currency,Funds added,Usage,Net');
      expect(records).to.have.length(8); // header, 6 months, and the final CRLF
      const all: Movement[] = await adapter.listMovements({});
      const june = all.find((m) => m.period === '2026-06')!;
      expect(records[1]).to.equal(
        [
          '2026-06',
          'June 2026',
          'EUR',
          decimal(june.fundsAdded.amount),
          decimal(june.usage.amount),
          decimal(june.fundsAdded.amount - june.usage.amount),
        ].join(','),
      );

      expect(clicks).to.have.length(1);
      expect(clicks[0]!.download).to.equal('movements-2026-06_2026-11.csv');
      expect(clicks[0]!.href).to.match(/^blob:/);
      expect(clicks[0]!.connected).to.equal(true);
      expect(root(el).querySelector('a[download]')).to.not.exist; // removed again
      expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // UTF-8 BOM
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal(
        `\uFEFF${event.detail.csv}`,
      );
      expect(root(el).querySelector('[role="status"]')!.textContent).to.contain(
        'Downloading movements-2026-06_2026-11.csv.',
      );
    });

    it('a host that cancels the event takes over: no download', async () => {
      const { el } = await mount<PhMovementsTable>(table());
      const { clicks } = captureDownloads();
      el.addEventListener('ph-movements-export', (e) => e.preventDefault());
      button(el, /Download CSV/).click();
      await el.updateComplete;
      expect(clicks).to.have.length(0);
    });

    it('exports every currency with its code, in German month names', async () => {
      const { el } = await mount<PhMovementsTable>(table(), {
        scenario: 'multi-currency',
        locale: 'de',
      });
      captureDownloads();
      setTimeout(() => button(el, /CSV/).click());
      const { detail } = await oneEvent(el, 'ph-movements-export');
      const records: string[] = (detail.csv as string).trimEnd().split('\r\n').slice(1);
      expect(records.some((r) => r.startsWith('2026-10,Oktober 2026,EUR,'))).to.equal(true);
      expect(records.some((r) => r.startsWith('2026-10,Oktober 2026,USD,'))).to.equal(true);
    });
  });

  describe('live data', () => {
    it('a top-up through the client raises this month’s funds added, without a reload', async () => {
      const { el, provider, adapter } = await mount(table());
      const all = await adapter.listMovements({});
      const current = all.at(-1)!;
      const row = () => bodyRows(el).find((r) => r.getAttribute('data-period') === current.period)!;
      expect(cells(row())[1]).to.equal(eur(current.fundsAdded.amount));
      const method = (await adapter.listPaymentMethods()).find((m) => m.isDefault)!;
      await provider.client!.topUp(
        { amount: { amount: 25_000, currency: 'EUR' }, paymentMethodId: method.id },
        { idempotencyKey: 'movements-top-up-1' },
      );
      const expected = eur(current.fundsAdded.amount + 25_000);
      await until(() => cells(row())[1] === expected, 'the new funds added');
    });

    it('a malformed response shows the error state, not a broken table', async () => {
      const base = createMemoryAdapter();
      const adapter = override(base, {
        listMovements: async () => [{ period: 'October', fundsAdded: 5, usage: null }],
      });
      const { el } = await mount(table(), { adapter });
      expect(deepQuery(el, '[data-state="error"]')).to.exist;
      expect(deepText(el)).to.contain('The hub sent data this page could not read.');
    });
  });

  it('renders the hub’s reason for a failed read exactly: the 485 naughty strings', async () => {
    // Movements themselves carry no free text (periods, money): the reason is all it shows.
    const result = await checkNaughtyStrings({
      render: table,
      fail: { listMovements: (text) => new AdapterError('validation', text()) },
    });
    expect(result.methods).to.deep.equal(['listMovements']);
  });

  atPhoneWidth(() => {
    it('keeps the caption outside a named, focusable scroll region the keyboard can scroll', async () => {
      const { el } = await mount<PhMovementsTable>(table());
      const wrap = root(el).querySelector<HTMLElement>('.table-wrap')!;
      const caption = root(el).querySelector<HTMLElement>('.caption')!;
      expect(wrap.contains(caption)).to.be.false;
      const card = root(el).querySelector('.card')!.getBoundingClientRect();
      expect(caption.getBoundingClientRect().right).to.be.at.most(card.right);
      expect(wrap.getAttribute('role')).to.equal('region');
      expect(wrap.tabIndex).to.equal(0);
      expect(captionOf(wrap)).to.equal(caption.textContent!.trim());
      // The table is wider than the phone: the region scrolls, and the keyboard scrolls it.
      expect(wrap.scrollWidth).to.be.greaterThan(wrap.clientWidth);
      button(el, /Download CSV/).focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(wrap);
      await sendKeys({ press: 'ArrowRight' });
      await until(() => wrap.scrollLeft > 0, 'the region to scroll');
      await expectAccessible(el);
    });

    it('reflows the chart to one row per month, drawn at full size', async () => {
      const { el } = await mount<PhMovementsTable>(table());
      await choose(el, /^\s*Chart\s*$/);
      const figure = root(el).querySelector<HTMLElement>('figure.chart')!;
      await until(() => figure.dataset['orientation'] === 'rows', 'the chart in rows');
      const svg = figure.querySelector('svg')!;
      const drawn = svg.getBoundingClientRect();
      // Not scaled: one SVG unit is one CSS pixel, and nothing scrolls sideways.
      expect(drawn.width).to.be.closeTo(Number(svg.getAttribute('width')), 1);
      expect(drawn.right).to.be.at.most(figure.getBoundingClientRect().right + 0.5);
      expect(figure.scrollWidth).to.be.at.most(figure.clientWidth);
      const label = svg.querySelector('text.label')!;
      expect(parseFloat(getComputedStyle(label).fontSize)).to.equal(12);
      expect(label.getBoundingClientRect().height).to.be.at.least(11);
      expect(svg.querySelectorAll('g.pair')).to.have.length(12);
      await expectAccessible(el);
    });

    it('draws columns again when there is room', async () => {
      const { el } = await mount<PhMovementsTable>(table());
      await choose(el, /^\s*Chart\s*$/);
      const figure = root(el).querySelector<HTMLElement>('figure.chart')!;
      await until(() => figure.dataset['orientation'] === 'rows', 'the chart in rows');
      await setViewport({ width: 1200, height: 800 });
      await until(() => figure.dataset['orientation'] === 'columns', 'the chart in columns');
    });
  });

  describe('in forced-colors mode', () => {
    emulateForcedColors();

    it('marks the selected segment with the system’s selected-item colours, not bold alone', async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const { el } = await mount<PhMovementsTable>(table());
      const pressed = button(el, /12 months/);
      const other = button(el, /6 months/);
      expect(pressed.getAttribute('aria-pressed')).to.equal('true');
      const on = getComputedStyle(pressed);
      const off = getComputedStyle(other);
      expect(on.backgroundColor).to.equal(systemColor('SelectedItem'));
      expect(on.color).to.equal(systemColor('SelectedItemText'));
      expect(on.backgroundColor).not.to.equal(off.backgroundColor);
    });

    it('draws the chart in system colours', async () => {
      const { el } = await mount<PhMovementsTable>(table());
      await choose(el, /^\s*Chart\s*$/);
      const svg = root(el).querySelector('figure.chart svg')!;
      const funds = getComputedStyle(svg.querySelector('rect.bar.funds')!);
      const usage = getComputedStyle(svg.querySelector('rect.bar.usage')!);
      const label = getComputedStyle(svg.querySelector('text.label')!);
      expect(funds.fill).to.equal(systemColor('CanvasText'));
      expect(usage.stroke).to.equal(systemColor('CanvasText'));
      expect(label.fill).to.equal(systemColor('CanvasText'));
      await expectAccessible(el);
    });
  });
});
