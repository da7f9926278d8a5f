import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type {
  InvoiceQuery,
  ReadOptions,
  WhatsAppAccountQuery,
} from '../../src/adapter/contract.js';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { MemoryAdapter } from '../../src/adapter/memory/index.js';
import type {
  InvoicePage,
  WhatsAppAccountPage,
  WhatsAppAccountSort,
} from '../../src/adapter/schemas.js';
import type { PhErrorDetail } from '../../src/base/error-event.js';
import { PagedListController, PagedResourceController } from '../../src/base/paged-controller.js';
import type { PagedFilters } from '../../src/base/paged-controller.js';
import { PartnerHubClient } from '../../src/client/client.js';
// The test host reads WhatsApp accounts, as the list does: it registers their result schema.
import '../../src/client/results/whatsapp-accounts.js';
import '../../src/client/results/invoices.js';
import { override, until } from '../support/conformance.js';

type Filters = PagedFilters<'whatsAppAccounts'>;

const flip = (sort: WhatsAppAccountSort): WhatsAppAccountSort =>
  (sort.startsWith('-') ? sort.slice(1) : `-${sort}`) as WhatsAppAccountSort;

class PagedHost extends LitElement {
  hubClient: PartnerHubClient | undefined;
  filters: Filters = { sort: '-createdAt' };
  readonly list = new PagedResourceController(this, {
    name: 'whatsAppAccounts',
    filters: () => this.filters,
    pageSize: 20,
    reverse: (f, page) => (page.sort ? { ...f, sort: flip(page.sort) } : undefined),
  });
  override render() {
    return html`<p>${this.list.status}: ${this.list.items.length} of ${this.list.total}</p>`;
  }
}
customElements.define('test-paged-host', PagedHost);

/** A "load more" list of invoices, as the invoice list reads them. */
class InvoicesHost extends LitElement {
  hubClient: PartnerHubClient | undefined;
  readonly list = new PagedListController(this, { name: 'invoices', pageSize: 20 });
}
customElements.define('test-invoices-host', InvoicesHost);

async function invoicesHost(adapter: MemoryAdapter): Promise<InvoicesHost> {
  const el = document.createElement('test-invoices-host') as InvoicesHost;
  el.hubClient = new PartnerHubClient(adapter, { retry: { retries: 0 } });
  await fixture(html`<div></div>`).then((wrapper) => wrapper.append(el));
  return el;
}

/** Records console.error and console.warn while the test runs; `restore()` puts them back. */
function recordConsole() {
  const lines: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => lines.push(`error: ${args.map(String).join(' ')}`);
  console.warn = (...args: unknown[]) => lines.push(`warn: ${args.map(String).join(' ')}`);
  return {
    lines,
    restore() {
      console.error = error;
      console.warn = warn;
    },
  };
}

async function host(adapter: MemoryAdapter | ReturnType<typeof override>): Promise<PagedHost> {
  const el = document.createElement('test-paged-host') as PagedHost;
  el.hubClient = new PartnerHubClient(adapter as MemoryAdapter, { retry: { retries: 0 } });
  await fixture(html`<div></div>`).then((wrapper) => wrapper.append(el));
  return el;
}

/** Every account in the adapter's order, read straight from the adapter. */
async function allAccounts(adapter: MemoryAdapter, query: WhatsAppAccountQuery = {}) {
  const rows: WhatsAppAccountPage['items'] = [];
  let cursor: string | null = null;
  do {
    const page: WhatsAppAccountPage = await adapter.listWhatsAppAccounts({
      ...query,
      cursor,
      limit: 500,
    });
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

/** The adapter's WhatsApp accounts, each page claiming `total` whatever there are. */
function claiming(base: ReturnType<typeof createMemoryAdapter>, total: number) {
  return override(base, {
    listWhatsAppAccounts: async (q: WhatsAppAccountQuery, o?: ReadOptions) => ({
      ...(await base.listWhatsAppAccounts(q, o)),
      total,
    }),
  });
}

describe('PagedResourceController', () => {
  it('reads the first page, then more on "load more", up to the total', async () => {
    const adapter = createMemoryAdapter({ whatsAppAccounts: 45 });
    const el = await host(adapter);
    await until(() => el.list.status === 'ready', 'the first page');
    expect(el.list.items).to.have.length(20);
    expect(el.list.total).to.equal(45);
    expect(el.list.hasMore).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('ready: 20 of 45');

    el.list.loadMore();
    await until(() => el.list.items.length === 40, 'the second page');
    el.list.loadMore();
    await until(() => el.list.items.length === 45, 'the last page');
    expect(el.list.hasMore).to.equal(false);
    expect(el.list.complete).to.equal(true);
    const ids = el.list.items.map((a) => a.id);
    expect(new Set(ids).size).to.equal(45);
    expect(ids).to.deep.equal(
      (await allAccounts(adapter, { sort: '-createdAt' })).map((a) => a.id),
    );
  });

  it('loads the last rows from the end, not by paging through everything', async () => {
    const adapter = createMemoryAdapter({ whatsAppAccounts: 5_000 });
    const el = await host(adapter);
    await until(() => el.list.status === 'ready', 'the first page');
    expect(el.list.readsFromEnd).to.equal(true);
    adapter.clearCalls();

    el.list.ensure(4_990, 5_000);
    await until(() => el.list.rowAt(4_999) !== undefined, 'the last row');
    const reads = adapter.calls.filter((c) => c.method === 'listWhatsAppAccounts');
    expect(reads).to.have.length(1);
    const truth = await allAccounts(adapter, { sort: '-createdAt' });
    for (let i = 4_990; i < 5_000; i++) expect(el.list.rowAt(i)?.id).to.equal(truth[i]!.id);
    expect(el.list.rowAt(2_500)).to.equal(undefined);
  });

  it('fills a gap in the middle in large pages from the nearer end, each row in its place', async () => {
    const adapter = createMemoryAdapter({ whatsAppAccounts: 3_000 });
    const el = await host(adapter);
    await until(() => el.list.status === 'ready', 'the first page');
    el.list.ensure(1_800, 1_830);
    await until(() => el.list.rowAt(1_829) !== undefined, 'rows in the middle');
    const truth = await allAccounts(adapter, { sort: '-createdAt' });
    for (let i = 1_800; i < 1_830; i++) expect(el.list.rowAt(i)?.id).to.equal(truth[i]!.id);
  });

  it('pages forward when the adapter does not sort, and still reaches the end', async () => {
    const base = createMemoryAdapter({ whatsAppAccounts: 1_200 });
    const unsorted = override(base, {
      listWhatsAppAccounts: async (q: WhatsAppAccountQuery, o?: ReadOptions) => {
        const { sort: _ignored, ...page } = await base.listWhatsAppAccounts(
          { ...q, sort: undefined },
          o,
        );
        return page;
      },
    });
    const el = await host(unsorted);
    await until(() => el.list.status === 'ready', 'the first page');
    expect(el.list.readsFromEnd).to.equal(false);
    el.list.ensure(1_190, 1_200);
    await until(() => el.list.rowAt(1_199) !== undefined, 'the last row', 5_000);
    const truth = await allAccounts(base);
    expect(el.list.rowAt(1_199)!.id).to.equal(truth[1_199]!.id);
    expect(el.list.complete).to.equal(true);
  });

  it('typing a search then changing it quickly shows only the newer answer', async () => {
    const base = createMemoryAdapter();
    const signals: Record<string, AbortSignal | undefined> = {};
    let releaseOlder: () => void = () => {};
    const slowFirst = override(base, {
      listWhatsAppAccounts: async (q: WhatsAppAccountQuery, o?: ReadOptions) => {
        signals[q.query ?? ''] = o?.signal;
        // The first search ("Nord") answers only after the second ("Sol y Mar") has.
        if (q.query === 'Nord') await new Promise<void>((resolve) => (releaseOlder = resolve));
        return base.listWhatsAppAccounts(q);
      },
    });
    const el = await host(slowFirst);
    await until(() => el.list.status === 'ready', 'the first page');

    el.filters = { sort: '-createdAt', query: 'Nord' };
    el.requestUpdate();
    await el.updateComplete;
    el.filters = { sort: '-createdAt', query: 'Sol y Mar' };
    el.requestUpdate();
    await until(
      () => el.list.items.length > 0 && el.list.items.every((a) => a.name.includes('Sol y Mar')),
      'the newer answer',
    );
    // The older request was let go (aborted), and its late answer changes nothing.
    await until(() => signals['Nord']?.aborted === true, 'the older request aborted');
    releaseOlder();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(el.list.items.every((a) => a.name.includes('Sol y Mar'))).to.equal(true);
    expect(el.list.total).to.equal((await base.listWhatsAppAccounts({ query: 'Sol y Mar' })).total);
  });

  it('aborts the read in flight when the host disconnects', async () => {
    const base = createMemoryAdapter();
    let signal: AbortSignal | undefined;
    const hanging = override(base, {
      listWhatsAppAccounts: (_q: WhatsAppAccountQuery, o?: ReadOptions) => {
        signal = o?.signal;
        return new Promise(() => {});
      },
    });
    const el = await host(hanging);
    await until(() => signal !== undefined, 'the request');
    expect(el.list.status).to.equal('loading');
    el.remove();
    await until(() => signal!.aborted, 'the abort');
  });

  it('shows an error for a failed first page, and reads again on retry', async () => {
    const adapter = createMemoryAdapter();
    adapter.failNext('listWhatsAppAccounts', new AdapterError('unavailable', 'Down.'));
    const el = await host(adapter);
    await until(() => el.list.status === 'error', 'the error');
    expect(el.list.error?.code).to.equal('unavailable');
    el.list.retry();
    await until(() => el.list.status === 'ready', 'ready after retry');
    expect(el.list.items).to.have.length(20);
  });

  it('keeps the rows when a later page fails, and asks again on retry', async () => {
    const adapter = createMemoryAdapter({ whatsAppAccounts: 100 });
    const el = await host(adapter);
    await until(() => el.list.status === 'ready', 'the first page');
    adapter.failNext('listWhatsAppAccounts', new AdapterError('network', 'Offline.'));
    el.list.loadMore();
    await until(() => el.list.pageError !== undefined, 'the page error');
    expect(el.list.items).to.have.length(20);
    el.list.retry();
    await until(() => el.list.items.length === 40, 'the page after retry');
    expect(el.list.pageError).to.equal(undefined);
  });

  it('starts over from the new first page when the resource changes', async () => {
    const adapter = createMemoryAdapter({ whatsAppAccounts: 100 });
    const el = await host(adapter);
    await until(() => el.list.status === 'ready', 'the first page');
    el.list.loadMore();
    await until(() => el.list.items.length === 40, 'two pages');
    adapter.clearCalls();
    el.hubClient!.invalidate('whatsAppAccounts');
    await until(() => adapter.calls.some((c) => c.method === 'listWhatsAppAccounts'), 'a new read');
    await until(() => el.list.items.length === 20 && !el.list.fetching, 'the new first page');
    expect(el.list.status).to.equal('ready');
  });

  it('reads a page again after the resource changed, never the out-of-date one from the cache', async () => {
    const adapter = createMemoryAdapter({ whatsAppAccounts: 100 });
    const el = await host(adapter);
    await until(() => el.list.status === 'ready', 'the first page');
    el.list.loadMore();
    await until(() => el.list.items.length === 40 && !el.list.fetching, 'two pages');
    el.hubClient!.invalidate('whatsAppAccounts');
    await until(() => el.list.items.length === 20 && !el.list.fetching, 'the new first page');
    adapter.clearCalls();
    el.list.loadMore();
    await until(() => el.list.items.length === 40 && !el.list.fetching, 'the second page again');
    expect(adapter.calls.filter((c) => c.method === 'listWhatsAppAccounts')).to.have.length(1);
    el.list.loadMore();
    await until(() => el.list.items.length === 60 && !el.list.fetching, 'the third page');
  });

  describe('an adapter whose pages do not add up', () => {
    let logged: ReturnType<typeof recordConsole>;
    beforeEach(() => (logged = recordConsole()));
    afterEach(() => logged.restore());

    it('ends "load more" when nextCursor comes back, with no row twice, and says so', async () => {
      const base = createMemoryAdapter();
      // Every page is the first page again, and always says there is one more: "c1".
      const repeating = override(base, {
        listInvoices: async (q: InvoiceQuery, o?: ReadOptions): Promise<InvoicePage> => ({
          ...(await base.listInvoices({ ...q, cursor: null }, o)),
          nextCursor: 'c1',
        }),
      });
      const el = await invoicesHost(repeating);
      const events: PhErrorDetail[] = [];
      el.addEventListener('ph-error', (e) => events.push(e.detail));
      await until(() => el.list.status === 'ready', 'the first page');
      const first = el.list.items.map((i) => i.id);
      expect(first.length).to.be.greaterThan(0);
      expect(el.list.hasMore).to.equal(true);

      el.list.loadMore();
      await until(() => !el.list.fetching && !el.list.hasMore, '"load more" to end');
      el.list.loadMore();
      await el.updateComplete;
      expect(el.list.items.map((i) => i.id)).to.deep.equal(first);
      expect(el.list.hasMore).to.equal(false);
      // The user is told the rest could not be read; the developer, which method and what.
      expect(el.list.pageError?.code).to.equal('invalid_response');
      expect(logged.lines).to.have.length(1);
      expect(logged.lines[0]).to.match(
        /^error: \[partner-hub-elements\] Reading "invoices" \(listInvoices\)/,
      );
      expect(logged.lines[0]).to.contain('nextCursor "c1"');
      expect(events.map((d) => [d.element, d.method, d.code])).to.deep.equal([
        ['test-invoices-host', 'listInvoices', 'invalid_response'],
      ]);
    });

    it('ends the list at a cursor it already followed, keeping the new rows read before', async () => {
      const base = createMemoryAdapter({ whatsAppAccounts: 100 });
      const all = await allAccounts(base, { sort: '-createdAt' });
      // Pages at 0, 20, 40, then the cursor of the page at 20 again: A, B, A, B…
      const offsets: Record<string, number> = { A: 20, B: 40 };
      const next: Record<string, string> = { '': 'A', A: 'B', B: 'A' };
      const cycling = override(base, {
        listWhatsAppAccounts: async (q: WhatsAppAccountQuery): Promise<WhatsAppAccountPage> => {
          const at = offsets[q.cursor ?? ''] ?? 0;
          return {
            items: all.slice(at, at + (q.limit ?? 20)),
            nextCursor: next[q.cursor ?? '']!,
            total: 100,
            sort: '-createdAt',
          };
        },
      });
      const el = await host(cycling);
      await until(() => el.list.status === 'ready', 'the first page');
      for (let page = 0; page < 3; page++) {
        el.list.loadMore();
        await until(() => !el.list.fetching, `page ${page + 2}`);
      }
      expect(el.list.items.map((a) => a.id)).to.deep.equal(all.slice(0, 60).map((a) => a.id));
      expect(el.list.hasMore).to.equal(false);
      expect(el.list.complete).to.equal(true);
      expect(el.list.total).to.equal(60);
      expect(el.list.pageError?.code).to.equal('invalid_response');
      const errors = logged.lines.filter((l) => l.startsWith('error:'));
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('listWhatsAppAccounts');
      expect(errors[0]).to.contain('nextCursor "A"');
    });

    it('ends the list at a page that brings no row it did not have, whatever its cursor', async () => {
      const base = createMemoryAdapter();
      let n = 0;
      const fresh = override(base, {
        listInvoices: async (q: InvoiceQuery, o?: ReadOptions): Promise<InvoicePage> => ({
          ...(await base.listInvoices({ ...q, cursor: null }, o)),
          nextCursor: `c${++n}`,
        }),
      });
      const el = await invoicesHost(fresh);
      await until(() => el.list.status === 'ready', 'the first page');
      const first = el.list.items.map((i) => i.id);
      el.list.loadMore();
      await until(() => !el.list.fetching && !el.list.hasMore, '"load more" to end');
      expect(el.list.items.map((i) => i.id)).to.deep.equal(first);
      expect(el.list.pageError?.code).to.equal('invalid_response');
      expect(logged.lines).to.have.length(1);
      expect(logged.lines[0]).to.contain('listInvoices');
      expect(logged.lines[0]).to.contain('nextCursor "c2"');
    });

    it('goes on past an empty page with a new cursor (a hub that filters after reading), but not past twenty in a row', async () => {
      const base = createMemoryAdapter();
      // The page after the first is empty, then the real second page.
      let emptyOnes = 1;
      const filtering = override(base, {
        listInvoices: async (q: InvoiceQuery, o?: ReadOptions): Promise<InvoicePage> => {
          if (q.cursor && emptyOnes > 0 && !q.cursor.startsWith('empty')) {
            emptyOnes--;
            return {
              ...(await base.listInvoices(q, o)),
              items: [],
              nextCursor: `empty-${q.cursor}`,
            };
          }
          const cursor = q.cursor?.startsWith('empty-') ? q.cursor.slice(6) : q.cursor;
          return base.listInvoices({ ...q, cursor }, o);
        },
      });
      const el = await invoicesHost(filtering);
      await until(() => el.list.status === 'ready', 'the first page');
      const first = el.list.items.length;
      // One "load more": the empty page, then at once the page after it.
      el.list.loadMore();
      await until(() => el.list.items.length > first, 'the rows after the empty page');
      expect(el.list.pageError).to.equal(undefined);

      // An adapter that answers nothing but empty pages, each with a new cursor, forever.
      let n = 0;
      const endless = override(base, {
        listInvoices: async (q: InvoiceQuery, o?: ReadOptions): Promise<InvoicePage> =>
          q.cursor
            ? {
                ...(await base.listInvoices({ ...q, cursor: null }, o)),
                items: [],
                nextCursor: `e${++n}`,
              }
            : base.listInvoices(q, o),
      });
      const other = await invoicesHost(endless);
      await until(() => other.list.status === 'ready', 'the first page');
      other.list.loadMore(); // one press reads on through the empty pages, to the limit
      await until(() => !other.list.hasMore && !other.list.fetching, 'the list ended');
      expect(other.list.hasMore, 'ended').to.equal(false);
      expect(other.list.pageError?.code).to.equal('invalid_response');
      expect(n).to.be.at.most(21);
    });

    it('"Try again" after such a page reads the list again, past the cached pages', async () => {
      const base = createMemoryAdapter({ whatsAppAccounts: 45 });
      let lying = true;
      const adapter = override(base, {
        listWhatsAppAccounts: async (q: WhatsAppAccountQuery, o?: ReadOptions) => {
          if (!lying || !q.cursor) return base.listWhatsAppAccounts(q, o);
          // The page after the first is the first again, pointing at itself.
          const first = await base.listWhatsAppAccounts({ ...q, cursor: null }, o);
          return { ...first, nextCursor: q.cursor };
        },
      });
      const el = await host(adapter);
      await until(() => el.list.status === 'ready', 'the first page');
      el.list.loadMore();
      await until(() => el.list.pageError !== undefined, 'the page error');
      expect(el.list.items).to.have.length(20);

      lying = false;
      el.list.retry();
      await until(() => el.list.pageError === undefined && el.list.hasMore, 'the list again');
      el.list.loadMore();
      await until(() => el.list.items.length === 40 && !el.list.fetching, 'the real second page');
      const ids = el.list.items.map((a) => a.id);
      expect(new Set(ids).size).to.equal(40);
      expect(el.list.pageError).to.equal(undefined);
    });

    it('takes the rows a list ended with as its total when the adapter claimed more', async () => {
      const base = createMemoryAdapter({ whatsAppAccounts: 10 });
      const inflated = claiming(base, 1000);
      const el = await host(inflated);
      await until(() => el.list.status === 'ready', 'the first page');
      el.list.ensure(480, 500);
      await el.updateComplete;
      expect(el.list.items).to.have.length(10);
      expect(el.list.total).to.equal(10);
      expect(el.list.complete).to.equal(true);
      expect(el.list.fetching).to.equal(false);
      expect(el.shadowRoot!.textContent).to.contain('ready: 10 of 10');
      expect(logged.lines).to.have.length(1);
      expect(logged.lines[0]).to.match(/^warn: \[partner-hub-elements\]/);
      expect(logged.lines[0]).to.contain('listWhatsAppAccounts');
      expect(logged.lines[0]).to.contain('total: 1000');
    });

    it('reads on past a total smaller than its rows while a cursor remains, and says so', async () => {
      const base = createMemoryAdapter({ whatsAppAccounts: 45 });
      // A count out of date: 30 rows claimed, 45 there; the cursors are right.
      const deflated = claiming(base, 30);
      const el = await host(deflated);
      await until(() => el.list.status === 'ready', 'the first page');
      expect(el.list.total).to.equal(30);
      el.list.loadMore();
      await until(() => el.list.items.length === 40 && !el.list.fetching, 'the second page');
      // Forty rows read and a cursor left: "load more" stays, and the count is the rows read.
      expect(el.list.hasMore).to.equal(true);
      expect(el.list.totalKnown).to.equal(false);
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('ready: 40 of 40');
      el.list.loadMore();
      await until(() => el.list.items.length === 45 && !el.list.fetching, 'the last page');
      expect(el.list.hasMore).to.equal(false);
      expect(el.list.complete).to.equal(true);
      expect(el.list.total).to.equal(45);
      expect(el.list.items.map((a) => a.id)).to.deep.equal(
        (await allAccounts(base, { sort: '-createdAt' })).map((a) => a.id),
      );
      expect(logged.lines).to.have.length(1);
      expect(logged.lines[0]).to.match(/^warn: \[partner-hub-elements\] listWhatsAppAccounts/);
      expect(logged.lines[0]).to.contain('total: 30');
    });

    it('warns once with the total the adapter said, also when its first page alone has more rows', async () => {
      const base = createMemoryAdapter({ whatsAppAccounts: 45 });
      const el = await host(claiming(base, 10));
      await until(() => el.list.status === 'ready', 'the first page');
      expect(el.list.items).to.have.length(20);
      expect(el.list.hasMore).to.equal(true);
      expect(el.list.totalKnown).to.equal(false);
      el.list.refresh();
      await until(() => !el.list.fetching, 'the first page again');
      el.list.loadMore();
      await until(() => el.list.items.length === 40 && !el.list.fetching, 'the second page');
      const warnings = logged.lines.filter((l) => l.includes('said total'));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('said total: 10,');
    });

    it('reads on at the claimed total when a cursor remains, for a list that loads every row', async () => {
      const base = createMemoryAdapter({ whatsAppAccounts: 45 });
      // Exactly two pages of twenty claimed; a third page with five more is there.
      const deflated = claiming(base, 40);
      const el = await host(deflated);
      await until(() => el.list.status === 'ready', 'the first page');
      // A plain table asks for every row it is told of, as the WhatsApp list does.
      expect(el.list.total).to.equal(40);
      el.list.ensure(0, el.list.total);
      await until(() => el.list.complete, 'every row');
      expect(el.list.total).to.equal(45);
      const truth = await allAccounts(base, { sort: '-createdAt' });
      const rows = Array.from({ length: 45 }, (_, i) => el.list.rowAt(i)?.id);
      expect(rows).to.deep.equal(truth.map((a) => a.id));
    });

    it('ends at the claimed total when the page after it is empty, without a word', async () => {
      const base = createMemoryAdapter();
      // A hub that always gives a cursor: the page after the last is empty and ends the list.
      const trailing = override(base, {
        listInvoices: async (q: InvoiceQuery, o?: ReadOptions): Promise<InvoicePage> => {
          if (q.cursor === 'end') {
            return {
              ...(await base.listInvoices({ ...q, cursor: null }, o)),
              items: [],
              nextCursor: null,
            };
          }
          const page = await base.listInvoices(q, o);
          return { ...page, nextCursor: page.nextCursor ?? 'end' };
        },
      });
      const el = await invoicesHost(trailing);
      await until(() => el.list.status === 'ready', 'the first page');
      const total = el.list.total;
      for (let pages = 0; el.list.hasMore && !el.list.pageError && pages < 10; pages++) {
        el.list.loadMore();
        await until(() => !el.list.fetching, 'a page');
      }
      expect(el.list.items).to.have.length(total);
      expect(el.list.total).to.equal(total);
      expect(el.list.pageError).to.equal(undefined);
      expect(logged.lines).to.deep.equal([]);
    });

    it('reads from the end to the first row, then takes those rows as the total', async () => {
      const base = createMemoryAdapter({ whatsAppAccounts: 100 });
      const inflated = claiming(base, 1000);
      const el = await host(inflated);
      await until(() => el.list.status === 'ready', 'the first page');
      expect(el.list.readsFromEnd).to.equal(true);
      // The bottom of the claimed 1,000 rows: read from the end, half the real rows.
      el.list.ensure(950, 1000);
      await until(() => !el.list.fetching, 'the rows from the end');
      // Then the middle of the claimed rows: nearer the end, whose reads run out first.
      el.list.ensure(490, 510);
      await until(() => el.list.complete, 'every row');
      expect(el.list.total).to.equal(100);
      const truth = await allAccounts(base, { sort: '-createdAt' });
      const rows = Array.from({ length: 100 }, (_, i) => el.list.rowAt(i)?.id);
      expect(rows).to.deep.equal(truth.map((a) => a.id));
      expect(logged.lines.filter((l) => l.includes('total: 1000'))).to.have.length(1);
    });

    it('reads the rest from the start when reading from the end repeats a cursor', async () => {
      const base = createMemoryAdapter({ whatsAppAccounts: 2_000 });
      const stuck = override(base, {
        listWhatsAppAccounts: async (q: WhatsAppAccountQuery, o?: ReadOptions) => {
          // Reading in the reverse order: every page is the first from the end, cursor "r1".
          if (q.sort === 'createdAt') {
            return {
              ...(await base.listWhatsAppAccounts({ ...q, cursor: null }, o)),
              nextCursor: 'r1',
            };
          }
          return base.listWhatsAppAccounts(q, o);
        },
      });
      const el = await host(stuck);
      await until(() => el.list.status === 'ready', 'the first page');
      el.list.ensure(1_990, 2_000);
      await until(() => el.list.rowAt(1_999) !== undefined, 'the last rows');
      el.list.ensure(1_900, 1_990);
      await until(() => el.list.rowAt(1_900) !== undefined, 'the rows before them', 5_000);
      const truth = await allAccounts(base, { sort: '-createdAt' });
      for (let i = 1_900; i < 1_990; i++) expect(el.list.rowAt(i)?.id).to.equal(truth[i]!.id);
      expect(el.list.pageError?.code).to.equal('invalid_response');
      expect(logged.lines.filter((l) => l.startsWith('error:'))).to.have.length(1);
    });
  });
});
