import { expect } from '@open-wc/testing';
import type { WhatsAppAccountQuery } from '../../src/adapter/contract.js';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { MemoryAdapter } from '../../src/adapter/memory/index.js';
import type { WhatsAppAccount, WhatsAppAccountPage } from '../../src/adapter/schemas.js';

async function allRows(adapter: MemoryAdapter, query: WhatsAppAccountQuery) {
  const rows: WhatsAppAccount[] = [];
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

describe('memory adapter: WhatsApp accounts at scale and sorted', () => {
  it('seeds 2,000 accounts by default and 100,000 on request, with a realistic mix', async function () {
    // Seeding and scanning 100,000 rows nine times takes a second here, more on a loaded machine.
    this.timeout(30_000);
    expect((await createMemoryAdapter().listWhatsAppAccounts({ limit: 1 })).total).to.equal(2_000);
    const big = createMemoryAdapter({ whatsAppAccounts: 100_000 });
    const first = await big.listWhatsAppAccounts({ limit: 1 });
    expect(first.total).to.equal(100_000);
    const counts: Record<string, number> = {};
    for (const status of ['connected', 'pending_review', 'flagged', 'restricted', 'disconnected']) {
      counts[status] = (
        await big.listWhatsAppAccounts({ limit: 1, status: status as 'connected' })
      ).total;
    }
    // Mostly connected, every other status present in the thousands.
    expect(counts['connected']).to.be.within(80_000, 90_000);
    for (const status of ['pending_review', 'flagged', 'restricted', 'disconnected']) {
      expect(counts[status]).to.be.above(1_000);
    }
    const gmbh = await big.listWhatsAppAccounts({ limit: 1, query: 'gmbh' });
    const ltda = await big.listWhatsAppAccounts({ limit: 1, query: 'ltda' });
    expect(gmbh.total).to.be.above(5_000);
    expect(ltda.total).to.be.above(3_000);
  });

  it('seeds quality ratings and messaging limits as Meta reports them, by status', async () => {
    const rows = await allRows(createMemoryAdapter(), {});
    const count = (pick: (r: WhatsAppAccount) => boolean) => rows.filter(pick).length;
    // Numbers under review have neither yet; flagged and restricted ones are never rated high.
    expect(
      count((r) => r.status === 'pending_review' && (!!r.quality || !!r.messagingLimit)),
    ).to.equal(0);
    expect(
      count((r) => (r.status === 'flagged' || r.status === 'restricted') && r.quality === 'high'),
    ).to.equal(0);
    const connected = rows.filter((r) => r.status === 'connected');
    const high = connected.filter((r) => r.quality === 'high').length;
    // Mostly high, some medium and low, some not rated yet; every limit tier present.
    expect(high / connected.length).to.be.within(0.65, 0.9);
    for (const quality of ['medium', 'low'] as const) {
      expect(count((r) => r.quality === quality)).to.be.above(20);
    }
    expect(count((r) => r.status === 'connected' && !r.quality)).to.be.above(0);
    for (const tier of ['tier_250', 'tier_1k', 'tier_10k', 'tier_100k', 'unlimited'] as const) {
      expect(
        count((r) => r.messagingLimit === tier),
        tier,
      ).to.be.above(10);
    }
  });

  it('refuses a seed size outside 0 to 100,000', () => {
    expect(() =>
      createMemoryAdapter({ whatsAppAccounts: 100_001 }).listWhatsAppAccounts({}),
    ).to.throw(RangeError);
  });

  it('sorts by name, status and date; each descending order is its ascending one reversed', async () => {
    const adapter = createMemoryAdapter({ whatsAppAccounts: 700 });
    for (const field of ['name', 'status', 'createdAt'] as const) {
      const ascending = await allRows(adapter, { sort: field });
      const descending = await allRows(adapter, { sort: `-${field}` });
      expect(ascending).to.have.length(700);
      expect(descending.map((a) => a.id)).to.deep.equal(ascending.map((a) => a.id).reverse());
    }
    const byName = await allRows(adapter, { sort: 'name' });
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    for (let i = 1; i < byName.length; i++) {
      expect(collator.compare(byName[i - 1]!.name, byName[i]!.name)).to.be.at.most(0);
    }
    const page = await adapter.listWhatsAppAccounts({ sort: '-status', limit: 5 });
    expect(page.sort).to.equal('-status');
    expect(page.items[0]!.status).to.equal('disconnected');
  });

  it('sorts the filtered rows and refuses an unknown sort or a cursor of another sort', async () => {
    const adapter = createMemoryAdapter();
    const rows = await allRows(adapter, { sort: 'name', status: 'flagged' });
    expect(rows.every((a) => a.status === 'flagged')).to.equal(true);
    const bad = await adapter.listWhatsAppAccounts({ sort: 'phone' as never }).catch((e) => e);
    expect(bad).to.be.instanceOf(AdapterError);
    expect((bad as AdapterError).code).to.equal('validation');
    const byName = await adapter.listWhatsAppAccounts({ sort: 'name', limit: 5 });
    const mixed = await adapter
      .listWhatsAppAccounts({ sort: '-createdAt', cursor: byName.nextCursor })
      .catch((e) => e);
    expect((mixed as AdapterError).code).to.equal('validation');
  });
});
