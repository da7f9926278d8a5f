import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ReadOptions, WhatsAppAccountQuery } from '../../src/adapter/contract.js';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { MemoryAdapter } from '../../src/adapter/memory/index.js';
import { MAX_LENGTH } from '../../src/adapter/schemas.js';
import type { WhatsAppAccount } from '../../src/adapter/schemas.js';
import '../../src/widgets/whatsapp-accounts/define.js';
import type { PhWhatsAppAccounts } from '../../src/widgets/whatsapp-accounts/whatsapp-accounts.js';
import {
  checkNaughtyStrings,
  deepQuery,
  deepText,
  expectAccessible,
  itRendersSharedStates,
  mount,
  override,
  until,
} from '../support/conformance.js';

const list = () => html`<ph-whatsapp-accounts></ph-whatsapp-accounts>`;
const root = (el: Element) => el.shadowRoot!;
const gridRows = (el: Element) =>
  Array.from(root(el).querySelectorAll<HTMLElement>('[role="grid"] .body [role="row"]'));
/** The rows are a phone's cards: a line a field, so the name and the number stand one above the other. */
const phoneCards = (el: Element) => {
  const [row] = gridRows(el);
  const name = row?.querySelector('[data-col="name"]')?.getBoundingClientRect();
  const phone = row?.querySelector('[data-col="phone"]')?.getBoundingClientRect();
  return !!name && !!phone && phone.top >= name.bottom && phone.left === name.left;
};
const viewport = (el: Element) => root(el).querySelector<HTMLElement>('.viewport')!;
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;
const focusedRow = (el: Element) => focused(el)?.closest<HTMLElement>('[role="row"]') ?? null;
const announcement = (el: Element) => root(el).querySelector('[role="status"][aria-live]')!;
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** The account at `index` of the adapter's default order (newest first). */
async function accountAt(
  adapter: MemoryAdapter,
  index: number,
  query: WhatsAppAccountQuery = {},
): Promise<WhatsAppAccount> {
  let cursor: string | null = null;
  let seen = 0;
  for (;;) {
    const page = await adapter.listWhatsAppAccounts({ ...query, cursor, limit: 500 });
    if (index < seen + page.items.length) return page.items[index - seen]!;
    seen += page.items.length;
    cursor = page.nextCursor;
  }
}

/** Presses `key` with Control held. */
async function ctrl(key: string) {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}

/** Mounts the list and waits until the grid has put loaded rows on screen (grids only). */
async function mountList(options: Parameters<typeof mount>[1] = {}) {
  const mounted = await mount<PhWhatsAppAccounts>(list(), options);
  if (mounted.el.list.total > 300) {
    await until(() => gridRows(mounted.el).some((r) => !r.querySelector('.loading-row')), 'rows');
    await frame();
  }
  return mounted;
}

async function scrollTo(el: PhWhatsAppAccounts, top: number) {
  // Scroll until the position holds for a frame.
  const target = Math.min(top, viewport(el).scrollHeight - viewport(el).clientHeight);
  for (let i = 0; i < 20; i++) {
    viewport(el).scrollTop = target;
    await frame();
    if (Math.abs(viewport(el).scrollTop - target) < 2) break;
  }
  await el.updateComplete;
}

describe('<ph-whatsapp-accounts>', () => {
  describe('accessibility in every state', () => {
    it('is axe-clean as a virtualized grid', async () => {
      const { el } = await mountList();
      expect(root(el).querySelector('[role="grid"]')).to.exist;
      await expectAccessible(el);
    });

    it('is axe-clean as a plain table under a few hundred rows', async function () {
      this.timeout(30_000);
      const { el } = await mount(list(), { whatsAppAccounts: 120 });
      expect(root(el).querySelector('[role="grid"]')).to.not.exist;
      await until(() => root(el).querySelectorAll('tbody tr').length === 120, 'all 120 rows');
      await expectAccessible(el);
    });

    it('is axe-clean when empty (a new partner)', async () => {
      const { el } = await mount(list(), { scenario: 'empty' });
      expect(deepQuery(el, '[data-state="empty"]')).to.exist;
      await expectAccessible(el);
    });

    itRendersSharedStates(list, { read: 'listWhatsAppAccounts' });

    it('is axe-clean when forbidden', async () => {
      const adapter = createMemoryAdapter();
      adapter.failNext('listWhatsAppAccounts', new AdapterError('forbidden', 'No.'));
      const { el } = await mount(list(), { adapter });
      await until(() => deepQuery(el, '[data-state="forbidden"]') !== null, 'forbidden');
      await expectAccessible(el);
    });

    it('is axe-clean when unavailable (no provider, no adapter)', async () => {
      const el = await fixture<PhWhatsAppAccounts>(list());
      expect(deepQuery(el, '[data-state="unavailable"]')).to.exist;
      await expectAccessible(el);
    });

    it('renders every free-text field exactly: the 485 naughty strings', async () => {
      // The number and the WABA ID are capped at 64 characters (MAX_LENGTH.code): a longer string
      // goes to a field that takes it (the name, the client) instead. Only strings longer than
      // every field's cap cannot reach the list at all.
      const { places, unshown } = await checkNaughtyStrings({ render: list, whatsAppAccounts: 3 });
      expect(places).to.be.at.least(3); // name, client, and the copy label per row
      for (const text of unshown) expect(text.length).to.be.above(MAX_LENGTH.name);
    });
  });

  describe('100,000 rows', () => {
    it('keeps under 200 row elements at the top, the middle and the bottom', async function () {
      this.timeout(60_000);
      const { el, adapter } = await mountList({ whatsAppAccounts: 100_000 });
      const grid = root(el).querySelector('[role="grid"]')!;
      expect(grid.getAttribute('aria-rowcount')).to.equal('100001');
      const count = () => root(el).querySelectorAll('[role="row"]').length;
      expect(gridRows(el).length).to.be.above(5);
      expect(count()).to.be.below(200);
      // The first paint draws the screen's rows; the rows to scroll into follow just after.
      const below = () =>
        Math.max(...gridRows(el).map((r) => r.getBoundingClientRect().bottom)) -
        viewport(el).getBoundingClientRect().bottom;
      await until(() => below() > 300, 'rows below the fold');

      const height = viewport(el).scrollHeight;
      await scrollTo(el, height / 2);
      // Rows in the middle render at once (their data follows, 100 cursor pages away).
      const renderedNear = (low: number, high: number) =>
        gridRows(el).some((r) => {
          const at = Number(r.getAttribute('aria-rowindex'));
          return at >= low && at <= high;
        });
      await until(() => renderedNear(45_000, 55_000), 'middle rows');
      expect(count()).to.be.below(200);
      const middle = gridRows(el).map((r) => Number(r.getAttribute('aria-rowindex')));
      expect(Math.min(...middle)).to.be.within(45_000, 55_000);
      // A row in the middle, focused and moved from by keyboard, is the adapter's row there.
      const loadedRow = () => gridRows(el).find((r) => r.querySelector('[data-col="name"]'));
      await until(() => loadedRow() !== undefined, 'middle rows loaded', 20_000);
      loadedRow()!.querySelector<HTMLElement>('[data-cell="0"]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await until(() => focusedRow(el)?.querySelector('[data-col="name"]') != null, 'next row');
      const at = Number(focusedRow(el)!.getAttribute('aria-rowindex')) - 2;
      expect(at).to.be.within(45_000, 55_000);
      const truth = await accountAt(adapter, at);
      expect(focusedRow(el)!.querySelector('[data-col="name"]')!.textContent).to.contain(
        truth.name,
      );
      expect(focusedRow(el)!.textContent).to.contain(truth.wabaId);

      await scrollTo(el, height);
      await until(
        () => gridRows(el).some((r) => r.getAttribute('aria-rowindex') === '100001'),
        'the last row',
      );
      expect(count()).to.be.below(200);
    });

    it('reaches the last row with Ctrl+End, loads it and announces it', async function () {
      this.timeout(40_000);
      const { el, adapter } = await mountList({
        whatsAppAccounts: 100_000,
      });
      gridRows(el)[0]!.querySelector<HTMLElement>('[data-cell="0"]')!.focus();
      await ctrl('End');
      const last = (await adapter.listWhatsAppAccounts({ sort: 'createdAt', limit: 1 })).items[0]!;
      await until(() => focusedRow(el)?.textContent?.includes(last.name) === true, 'the last row');
      expect(focusedRow(el)!.getAttribute('aria-rowindex')).to.equal('100001');
      await until(
        () => announcement(el).textContent!.includes(`Row 100,000 of 100,000: ${last.name}.`),
        'the announcement',
      );
      await ctrl('Home');
      await until(() => focusedRow(el)?.getAttribute('aria-rowindex') === '2', 'the first row');
    });
  });

  describe('keyboard', () => {
    it('moves by arrows and pages; the focused row’s aria-rowindex is its true position', async () => {
      const { el, adapter } = await mountList();
      gridRows(el)[0]!.querySelector<HTMLElement>('[data-cell="0"]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await until(() => focusedRow(el)?.getAttribute('aria-rowindex') === '5', 'row 4');
      expect(focusedRow(el)!.textContent).to.contain((await accountAt(adapter, 3)).name);

      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      const index = Number(focusedRow(el)!.getAttribute('aria-rowindex')) - 2;
      expect(index).to.be.above(5);
      const truth = await accountAt(adapter, index);
      await until(() => focusedRow(el)?.textContent?.includes(truth.name) === true, 'paged row');

      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await until(
        () => focused(el)?.closest('[data-col]')?.getAttribute('data-col') === 'status',
        'status cell',
      );
      await sendKeys({ press: 'End' });
      await until(
        () => focused(el)?.closest('[data-col]')?.getAttribute('data-col') === 'createdAt',
        'last cell',
      );
      await sendKeys({ press: 'Home' });
      await until(
        () => focused(el)?.closest('[data-col]')?.getAttribute('data-col') === 'name',
        'first cell',
      );
    });

    it('keeps focus in the grid while the focused row is scrolled away, and on it after', async () => {
      const { el } = await mountList();
      gridRows(el)[2]!.querySelector<HTMLElement>('[data-cell="1"] button')!.focus();
      await until(() => focusedRow(el)?.getAttribute('aria-rowindex') === '4', 'row 3');
      await scrollTo(el, viewport(el).scrollHeight / 2);
      await until(() => !gridRows(el).some((r) => r.dataset['index'] === '2'), 'row 3 away');
      // The grid holds focus (and the keys) while the row is out of the DOM.
      expect(focused(el)?.getAttribute('role')).to.equal('grid');
      await scrollTo(el, 0);
      await until(() => focusedRow(el)?.getAttribute('aria-rowindex') === '4', 'focus back');
      expect(focused(el)!.closest('[data-cell]')!.getAttribute('data-cell')).to.equal('1');
      // Away again, an arrow key moves from the row that had focus and scrolls to the next.
      await scrollTo(el, viewport(el).scrollHeight / 2);
      await until(() => focused(el)?.getAttribute('role') === 'grid', 'row 3 away again');
      await sendKeys({ press: 'ArrowDown' });
      await until(() => focusedRow(el)?.getAttribute('aria-rowindex') === '5', 'row 4');
      expect(viewport(el).scrollTop).to.be.below(viewport(el).clientHeight);
    });

    it('keeps focus on the same account when the rows load again and shift', async () => {
      const base = createMemoryAdapter();
      // After the refresh a new account heads the list: every row moves down by one.
      let arrived = false;
      const adapter = override(base, {
        listWhatsAppAccounts: async (q: WhatsAppAccountQuery, o?: ReadOptions) => {
          const page = await base.listWhatsAppAccounts(q, o);
          if (!arrived || q.cursor) return page;
          const newest = { ...page.items[0]!, id: 'wa_new', name: 'Brand New Café', wabaId: '1' };
          return { ...page, items: [newest, ...page.items], total: page.total + 1 };
        },
      });
      const { el } = await mountList({ adapter });
      gridRows(el)[0]!.querySelector<HTMLElement>('[data-cell="0"]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await until(() => focusedRow(el)?.getAttribute('aria-rowindex') === '4', 'row 3');
      const name = focusedRow(el)!.querySelector('[data-col="name"]')!.textContent;
      arrived = true;
      // As a live event or a mutation would: the cached pages are stale, the list reads again.
      el.hubClient!.invalidate('whatsAppAccounts');
      await until(() => el.list.total === 2_001, 'the new first page');
      await el.updateComplete;
      await frame();
      expect(focusedRow(el)!.querySelector('[data-col="name"]')!.textContent).to.equal(name);
      expect(focusedRow(el)!.getAttribute('aria-rowindex')).to.equal('5');
      expect(gridRows(el)[0]!.textContent).to.contain('Brand New Café');
    });
  });

  describe('search and filters', () => {
    it('typing a search then changing it quickly shows only the newer answer', async () => {
      const base = createMemoryAdapter();
      let releaseOlder: () => void = () => {};
      let olderAsked = false;
      const adapter = override(base, {
        listWhatsAppAccounts: async (q: WhatsAppAccountQuery, o?: ReadOptions) => {
          if (q.query === 'Nord') {
            olderAsked = true;
            await new Promise<void>((resolve) => (releaseOlder = resolve));
          }
          return base.listWhatsAppAccounts(q, o);
        },
      });
      const { el } = await mountList({ adapter });
      const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.focus();
      await sendKeys({ type: 'Nord' });
      await until(() => olderAsked, 'the first search sent', 3000);
      input.select();
      await sendKeys({ type: 'Sol y Mar' });
      const names = () =>
        Array.from(root(el).querySelectorAll('tbody th, .body [data-col="name"]')).map(
          (c) => c.textContent ?? '',
        );
      await until(
        () => names().length > 0 && names().every((n) => n.includes('Sol y Mar')),
        'the newer answer',
        3000,
      );
      releaseOlder();
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      expect(names().every((n) => n.includes('Sol y Mar'))).to.equal(true);
      expect(deepText(el)).to.contain('Accounts matching your search:');
    });

    it('says how many accounts match a search, in a polite live region a screen reader reads', async () => {
      const { el } = await mountList();
      const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.focus();
      await sendKeys({ type: 'Sol y Mar' });
      const count = () => root(el).querySelector('[part="toolbar"] .count');
      await until(
        () => /Accounts matching your search: [\d,]+\./.test(count()?.textContent ?? ''),
        'the count of the search',
        3000,
      );
      await until(() => !el.list.fetching, 'the answer');
      await el.updateComplete;
      expect(count()!.textContent).to.contain(`: ${el.list.total.toLocaleString('en')}.`);
      const region = count()!.closest('[aria-live="polite"], [role="status"]');
      expect(!!region).to.equal(true);
      expect(region!.getAttribute('aria-busy')).to.not.equal('true');
    });

    it('keeps a space typed before the next word while the search runs', async () => {
      const { el } = await mountList({ whatsAppAccounts: 40 });
      const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.focus();
      await sendKeys({ type: 'Sol ' });
      await until(() => el.query === 'Sol', 'the search for “Sol”', 3000);
      await el.updateComplete;
      expect(input.value).to.equal('Sol ');
      await sendKeys({ type: 'y' });
      expect(input.value).to.equal('Sol y');
    });

    it('keeps the search when it fails, to change it; the next search recovers', async () => {
      const base = createMemoryAdapter({ whatsAppAccounts: 40 });
      const adapter = override(base, {
        listWhatsAppAccounts: async (q: WhatsAppAccountQuery, o?: ReadOptions) => {
          if (q.query === 'boom') throw new AdapterError('validation', 'The search was refused.');
          return base.listWhatsAppAccounts(q, o);
        },
      });
      const { el } = await mountList({ adapter });
      const input = () => root(el).querySelector<HTMLInputElement>('input[type="search"]');
      input()!.focus();
      await sendKeys({ type: 'boom' });
      await sendKeys({ press: 'Enter' });
      await until(() => !!root(el).querySelector('[data-state="error"]'), 'the failure', 3000);
      expect(input()?.value).to.equal('boom');
      await expectAccessible(el);
      input()!.select();
      await sendKeys({ type: 'Sol' });
      await sendKeys({ press: 'Enter' });
      await until(() => !root(el).querySelector('[data-state="error"]'), 'the new search', 3000);
      await until(() => !el.list.fetching, 'its answer');
      expect(el.query).to.equal('Sol');
    });

    it('shows every account when the hub’s total is smaller than its accounts', async () => {
      const memory = createMemoryAdapter({ whatsAppAccounts: 130 });
      // A count out of date: 100 claimed, 130 there (its cursors are right).
      const deflated = override(memory, {
        listWhatsAppAccounts: async (q: WhatsAppAccountQuery, o?: ReadOptions) => ({
          ...(await memory.listWhatsAppAccounts(q, o)),
          total: 100,
        }),
      });
      const { warn } = console;
      console.warn = () => {};
      try {
        const { el } = await mount<PhWhatsAppAccounts>(list(), { adapter: deflated });
        await until(() => el.list.complete, 'every account');
        await el.updateComplete;
        const rows = root(el).querySelectorAll('tbody tr');
        expect(rows).to.have.length(130);
        expect(deepText(el)).to.contain('WhatsApp accounts: 130.');
        // The accounts the claimed total left out are among them: the oldest one is the last row.
        const oldest = (await accountAt(memory, 0, { sort: 'createdAt' })).name;
        expect(rows[129]!.textContent).to.contain(oldest);
      } finally {
        console.warn = warn;
      }
    });

    it('sorts a list that fits on one page too', async () => {
      const { el } = await mountList({ whatsAppAccounts: 12 });
      const header = () =>
        Array.from(root(el).querySelectorAll('thead th')).find(
          (th) => th.textContent!.trim() === 'Name',
        );
      await until(() => !!header(), 'the name header');
      expect(header()!.getAttribute('aria-sort')).to.equal('none');
      header()!.querySelector('button')!.click();
      await until(() => header()!.getAttribute('aria-sort') === 'ascending', 'sorted');
    });

    it('filters by status through the adapter', async () => {
      const { el } = await mountList();
      const select = root(el).querySelector<HTMLSelectElement>('select')!;
      select.value = 'flagged';
      select.dispatchEvent(new Event('change'));
      await until(() => el.list.total < 2_000 && !el.list.fetching, 'filtered');
      await el.updateComplete;
      const statuses = Array.from(root(el).querySelectorAll('[part="status"]')).map((s) =>
        s.textContent!.trim(),
      );
      expect(statuses.length).to.be.above(0);
      expect(statuses.every((s) => s === 'Flagged')).to.equal(true);
    });

    it('sorts by name where the adapter sorts, with aria-sort and an announcement', async () => {
      const { el } = await mountList();
      const header = () => root(el).querySelector('[role="columnheader"][data-col="name"]')!;
      expect(header().getAttribute('aria-sort')).to.equal('none');
      header().querySelector('button')!.click();
      await until(() => header().getAttribute('aria-sort') === 'ascending', 'sorted');
      await until(() => !el.list.fetching, 'the sorted rows');
      await el.updateComplete;
      const names = gridRows(el)
        .slice(0, 5)
        .map((r) => r.querySelector('[data-col="name"]')!.firstChild!.textContent!.trim());
      const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
      expect([...names].sort(collator.compare)).to.deep.equal(names);
      await until(() => announcement(el).textContent === 'Sorted by name, A to Z.', 'announced');
    });
  });

  describe('rows', () => {
    it('fires ph-whatsapp-account-select with the account on click and on Enter', async () => {
      const { el, adapter } = await mountList();
      const second = await accountAt(adapter, 1);
      setTimeout(() => gridRows(el)[1]!.querySelector<HTMLElement>('[data-col="client"]')!.click());
      const clicked = await oneEvent(el, 'ph-whatsapp-account-select');
      expect(clicked.detail.account).to.deep.equal(second);

      await until(() => focusedRow(el)?.getAttribute('aria-rowindex') === '3', 'focus on it');
      await sendKeys({ press: 'ArrowDown' });
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const entered = await oneEvent(el, 'ph-whatsapp-account-select');
      expect(entered.detail.account).to.deep.equal(await accountAt(adapter, 2));
    });

    it('selects from the plain table too, through the name button', async () => {
      const { el, adapter } = await mountList({ whatsAppAccounts: 40 });
      await until(() => root(el).querySelectorAll('tbody tr').length === 40, 'rows');
      setTimeout(() => root(el).querySelector<HTMLButtonElement>('tbody tr button.link')!.click());
      const { detail } = await oneEvent(el, 'ph-whatsapp-account-select');
      expect(detail.account).to.deep.equal(await accountAt(adapter, 0));
    });

    it('shows the number for people and copies it as E.164', async () => {
      const { el, adapter } = await mountList();
      const first = await accountAt(adapter, 0);
      const copy = gridRows(el)[0]!.querySelector<HTMLButtonElement>('button.copy')!;
      expect(copy.getAttribute('aria-label')).to.equal(`Copy ${first.phoneNumber}`);
      const shown = gridRows(el)[0]!.querySelector('.phone span')!.textContent!;
      expect(shown).to.not.equal(first.phoneNumber);
      expect(shown.replace(/\s/g, '')).to.equal(first.phoneNumber);
      copy.click();
      await until(() => /Copied|Couldn’t copy/.test(announcement(el).textContent ?? ''), 'copy');
      expect(announcement(el).textContent).to.contain(first.phoneNumber);
    });

    it('adds the host’s row actions and reports which was chosen on which account', async () => {
      const { el, adapter } = await mountList();
      el.rowActions = [{ id: 'manage', label: 'Manage' }];
      await el.updateComplete;
      const button = gridRows(el)[0]!.querySelector<HTMLButtonElement>('[part="row-action"]')!;
      expect(button.textContent).to.contain('Manage');
      setTimeout(() => button.click());
      const { detail } = await oneEvent(el, 'ph-whatsapp-account-action');
      expect(detail.action).to.equal('manage');
      expect(detail.account).to.deep.equal(await accountAt(adapter, 0));
    });

    it('shows the quality rating in words with an icon, and the messaging limit', async () => {
      const { el, adapter } = await mountList();
      const first = await accountAt(adapter, 0);
      const header = root(el).querySelector('[role="columnheader"][data-col="quality"]');
      expect(header?.textContent).to.contain('Quality and limit');
      const row = gridRows(el)[0]!;
      const cell = row.querySelector<HTMLElement>('[data-col="quality"]')!;
      const words = { high: 'High quality', medium: 'Medium quality', low: 'Low quality' };
      expect(cell.textContent).to.contain(first.quality ? words[first.quality] : 'Not rated yet');
      expect(cell.querySelector('svg')).to.not.equal(null);
      // Every rated row of the first screen says its rating and limit in words.
      for (const r of gridRows(el).filter((x) => x.querySelector('[data-col="quality"]'))) {
        const index = Number(r.dataset['index']);
        const account = el.list.rowAt(index)!;
        const text = r.querySelector('[data-col="quality"]')!.textContent!.replace(/\s+/g, ' ');
        if (account.quality) expect(text).to.contain(words[account.quality]);
        if (account.messagingLimit === 'tier_1k')
          expect(text).to.contain('Up to 1,000 customers a day');
        if (account.messagingLimit === 'unlimited') expect(text).to.contain('No daily limit');
      }
      // The cell is a column of the grid: the arrows reach it between status and client.
      expect(el.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-colcount')).to.equal(
        '6',
      );
      expect(cell.dataset['cell']).to.equal('3');
    });

    it('leaves the quality column out when no row has a rating or limit', async () => {
      const base = createMemoryAdapter();
      const adapter = override(base, {
        listWhatsAppAccounts: async (q: WhatsAppAccountQuery, o?: ReadOptions) => {
          const page = await base.listWhatsAppAccounts(q, o);
          return {
            ...page,
            items: page.items.map(({ quality: _q, messagingLimit: _l, ...rest }) => rest),
          };
        },
      });
      const { el } = await mountList({ adapter });
      expect(root(el).querySelector('[data-col="quality"]')).to.equal(null);
      expect(deepText(el)).to.not.contain('Quality and limit');
      expect(el.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-colcount')).to.equal(
        '5',
      );
      const small = await mountList({ whatsAppAccounts: 20 });
      expect(root(small.el).querySelector('thead')!.textContent).to.contain('Quality and limit');
    });

    it('speaks German, Spanish and Brazilian Portuguese in whole sentences', async () => {
      const cases = [
        ['de', 'WhatsApp-Konten', 'WhatsApp-Konten: 2.000.', 'Verbunden'],
        ['es', 'Cuentas de WhatsApp', 'Cuentas de WhatsApp: 2000.', 'Conectada'],
        ['pt-BR', 'Contas do WhatsApp', 'Contas do WhatsApp: 2.000.', 'Conectada'],
      ] as const;
      for (const [locale, title, count, status] of cases) {
        const { el } = await mountList({ locale });
        await until(() => root(el).querySelector('h2')!.textContent === title, `${locale} title`);
        expect(deepText(el)).to.contain(count);
        expect(deepText(el)).to.contain(status);
        // The rows of the virtualized grid speak it too.
        const statuses = gridRows(el).map(
          (r) => r.querySelector('[data-col="status"]')?.textContent,
        );
        expect(statuses.some((t) => t?.includes(status))).to.equal(true);
        el.closest('ph-provider')!.remove();
      }
    });

    it('is usable at 390 px: nothing overflows sideways', async () => {
      const { el } = await mountList();
      el.style.width = '390px';
      await until(() => phoneCards(el), 'the phone’s cards');
      await frame();
      const card = root(el).querySelector<HTMLElement>('.card')!;
      expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
      expect(viewport(el).scrollWidth).to.be.at.most(viewport(el).clientWidth + 1);
      await expectAccessible(el);
    });

    it('at 1,050 px shows every number with its whole copy button, and every status whole', async () => {
      const { el } = await mountList();
      el.style.width = '1050px';
      await frame();
      const cells = gridRows(el).flatMap((r) =>
        Array.from(r.querySelectorAll<HTMLElement>('[data-col="phone"], [data-col="status"]')),
      );
      expect(cells.length).to.be.above(10);
      for (const cell of cells) {
        expect(cell.scrollWidth, cell.textContent!.trim()).to.be.at.most(cell.clientWidth + 1);
      }
    });

    it('at 390 px shows the sortable column headers side by side, none over another', async () => {
      const { el } = await mountList();
      el.style.width = '390px';
      await until(() => phoneCards(el), 'the phone’s cards');
      await frame();
      // What the headers show (their sort buttons), not only their boxes: the text must not
      // spill out of one header over the next.
      const shown = Array.from(root(el).querySelectorAll<HTMLElement>('.head [data-col]'))
        .filter((h) => h.getBoundingClientRect().width > 0)
        .map((h) => {
          expect(h.scrollWidth, `${h.dataset['col']} fits its header`).to.be.at.most(
            h.clientWidth + 1,
          );
          return h.querySelector('button')!.getBoundingClientRect();
        });
      expect(shown.length).to.equal(3); // name, status, date added
      for (let i = 1; i < shown.length; i++) {
        const [a, b] = [shown[i - 1]!, shown[i]!];
        const apart = b.left >= a.right - 0.5 || b.top >= a.bottom - 0.5;
        expect(apart, `header ${i} overlaps header ${i - 1}`).to.equal(true);
      }
      // A host's row action: the header's hidden copy of its button, which sizes the action
      // column where rows are columns, takes no room among a phone's headers.
      el.rowActions = [{ id: 'open', label: 'Open' }];
      await el.updateComplete;
      const sizer = root(el).querySelector<HTMLElement>('.head .sizer')!;
      expect(sizer.getBoundingClientRect().width, 'the hidden copy takes no room').to.equal(0);
    });

    it('at 390 px places the taller card rows where they belong, wherever it scrolls', async () => {
      const { el } = await mountList();
      el.style.width = '1500px'; // the wide layout: one line a row
      await until(() => gridRows(el)[0]!.getBoundingClientRect().height < 60, 'one-line rows');
      const wide = gridRows(el)[0]!.getBoundingClientRect().height;
      el.style.width = '390px';
      await until(() => phoneCards(el), 'the phone’s cards');
      await frame();
      const rowHeight = gridRows(el)[0]!.getBoundingClientRect().height;
      expect(rowHeight).to.be.above(wide * 1.5); // 12.25rem (with the quality line) against 3.5rem
      expect(viewport(el).scrollHeight).to.be.closeTo(2_000 * rowHeight, 2);
      for (const top of [0, 1_000 * rowHeight + 30, viewport(el).scrollHeight]) {
        await scrollTo(el, top);
        const box = viewport(el).getBoundingClientRect();
        const { scrollTop, clientHeight } = viewport(el);
        const drawn = gridRows(el).map((r) => Number(r.dataset['index']));
        for (
          let i = Math.floor(scrollTop / rowHeight);
          i * rowHeight < scrollTop + clientHeight;
          i++
        )
          expect(drawn, `row ${i} in view`).to.include(i);
        for (const row of gridRows(el)) {
          const at = Number(row.dataset['index']) * rowHeight - scrollTop;
          expect(row.getBoundingClientRect().top - box.top).to.be.closeTo(at, 1);
        }
      }
    });
  });

  describe('an adapter whose pages do not add up', () => {
    let lines: string[];
    let restore: () => void;
    beforeEach(() => {
      lines = [];
      const { error, warn } = console;
      console.error = (...args: unknown[]) => lines.push(`error: ${args.map(String).join(' ')}`);
      console.warn = (...args: unknown[]) => lines.push(`warn: ${args.map(String).join(' ')}`);
      restore = () => Object.assign(console, { error, warn });
    });
    afterEach(() => restore());

    it('shows the rows there are when the total claims more, never loading rows forever', async () => {
      const base = createMemoryAdapter({ whatsAppAccounts: 10 });
      const adapter = override(base, {
        listWhatsAppAccounts: async (q: WhatsAppAccountQuery, o?: ReadOptions) => ({
          ...(await base.listWhatsAppAccounts(q, o)),
          total: 1000,
        }),
      });
      const { el } = await mount<PhWhatsAppAccounts>(list(), { adapter });
      await until(() => root(el).querySelectorAll('tbody tr').length === 10, 'the 10 rows');
      await frame();
      expect(deepText(el)).to.not.contain('Loading row');
      expect(deepText(el)).to.contain('WhatsApp accounts: 10.');
      expect(root(el).querySelector('[role="grid"]')).to.equal(null);
      expect(lines).to.have.length(1);
      expect(lines[0]).to.match(/^warn: .*listWhatsAppAccounts.*total: 1000/);
      await expectAccessible(el);
    });

    it('stops at a cursor that comes back, with each account once, and says the rest could not be read', async () => {
      const base = createMemoryAdapter({ whatsAppAccounts: 120 });
      // Every page is the first page again (as long as asked), and always says there is one
      // more: "c1".
      const adapter = override(base, {
        listWhatsAppAccounts: async (q: WhatsAppAccountQuery, o?: ReadOptions) => ({
          ...(await base.listWhatsAppAccounts({ ...q, cursor: null }, o)),
          nextCursor: 'c1',
        }),
      });
      const { el } = await mount<PhWhatsAppAccounts>(list(), { adapter });
      await until(() => root(el).querySelector('[role="alert"]') !== null, 'the message');
      const ids = el.list.items.map((a) => a.id);
      expect(ids.length).to.be.within(50, 119);
      expect(new Set(ids).size).to.equal(ids.length);
      expect(root(el).querySelectorAll('tbody tr').length).to.equal(ids.length);
      expect(deepText(el)).to.contain(`WhatsApp accounts: ${ids.length}.`);
      expect(deepText(el)).to.not.contain('Loading row');
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain(
        'The hub sent data this page could not read.',
      );
      const errors = lines.filter((l) => l.startsWith('error:'));
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('listWhatsAppAccounts');
      expect(errors[0]).to.contain('nextCursor "c1"');
      await expectAccessible(el);
    });
  });
});
