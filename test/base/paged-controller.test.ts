import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { ReadOptions, WhatsAppAccountQuery } from '../../src/adapter/contract.js';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { MemoryAdapter } from '../../src/adapter/memory/index.js';
import type { WhatsAppAccountPage, WhatsAppAccountSort } from '../../src/adapter/schemas.js';
import { PagedResourceController } from '../../src/base/paged-controller.js';
import type { PagedFilters } from '../../src/base/paged-controller.js';
import { PartnerHubClient } from '../../src/client/client.js';
// The test host reads WhatsApp accounts, as the list does: it registers their result schema.
import '../../src/client/results/whatsapp-accounts.js';
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
});
