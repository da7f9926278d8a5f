import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InvoiceQuery, MutationOptions, ReadOptions } from '../../src/adapter/contract.js';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { MemoryAdapter } from '../../src/adapter/memory/index.js';
import type { Invoice, InvoicePage } from '../../src/adapter/schemas.js';
import { feeFor, methodExpiryState } from '../../src/domain/index.js';
import '../../src/widgets/invoice-list/define.js';
import '../../src/widgets/balance-card/define.js';
import type { PhInvoiceList } from '../../src/widgets/invoice-list/invoice-list.js';
import { PhPayInvoiceDialog } from '../../src/widgets/pay-invoice-dialog/pay-invoice-dialog.js';
import '../../src/client/results/partner-accounts.js'; // the switch the tests make
import {
  checkNaughtyStrings,
  deepActiveElement,
  deepQuery,
  deepQueryAll,
  deepText,
  expectAccessible,
  itRendersSharedStates,
  mount,
  override,
  until,
} from '../support/conformance.js';

const list = () => html`<ph-invoice-list></ph-invoice-list>`;
const root = (el: Element) => el.shadowRoot!;
const rows = (el: Element) => Array.from(root(el).querySelectorAll<HTMLElement>('tbody tr'));
const rowOf = (el: Element, id: string) =>
  root(el).querySelector<HTMLElement>(`tbody tr[data-invoice="${id}"]`);
const buttonIn = (scope: Element | ShadowRoot, label: RegExp) =>
  Array.from(scope.querySelectorAll<HTMLButtonElement>('button')).find((b) =>
    label.test((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()),
  );
const dialogOf = (el: Element) => root(el).querySelector('ph-pay-invoice-dialog')!;
const eur = (minor: number) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(minor / 100);

/** Every invoice of the memory adapter's account, all pages. */
async function allInvoices(adapter: MemoryAdapter): Promise<Invoice[]> {
  const found: Invoice[] = [];
  let cursor: string | null = null;
  do {
    const page: InvoicePage = await adapter.listInvoices({ cursor, limit: 500 });
    found.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}

async function select(el: PhInvoiceList, index: number, value: string) {
  const selects = root(el).querySelectorAll('select');
  const chosen = selects[index]!;
  chosen.value = value;
  chosen.dispatchEvent(new Event('change'));
  await until(
    () =>
      (!el.shadowRoot!.querySelector('[aria-disabled="true"]') && rows(el).length > 0) ||
      !!root(el).querySelector('[data-state="no-match"]'),
    'the filtered list',
  );
}

/**
 * The world these tests are written for: two invoices to pay, the current plan fee and a licence
 * invoice for more numbers, which pauses outbound messaging until it is paid.
 */
const UNPAID_LICENCE = { scenario: 'licence-unpaid' } as const;

/** The memory adapter, with every `payInvoice` call's idempotency key recorded in `keys`. */
function recordingPayments() {
  const memory = createMemoryAdapter(UNPAID_LICENCE);
  const keys: string[] = [];
  const adapter = override(memory, {
    payInvoice: (id: string, input: { paymentMethodId: string }, options: MutationOptions) => {
      keys.push(options.idempotencyKey);
      return memory.payInvoice(id, input, options);
    },
  });
  return { memory, adapter: adapter as MemoryAdapter, keys };
}

/** Continues from the choice of card to the confirmation with its Pay button. */
async function toConfirmation(shadow: ShadowRoot) {
  buttonIn(shadow, /^Continue$/)!.click();
  await until(() => !!buttonIn(shadow, /^Pay /), 'the confirmation');
}

async function openPay(el: PhInvoiceList, invoice: Invoice) {
  const row = rowOf(el, invoice.id)!;
  buttonIn(row, /^Pay invoice/)!.click();
  const dialog = dialogOf(el);
  await until(() => !!buttonIn(dialog.shadowRoot!, /^Continue$/), 'the pay dialog');
  return dialog;
}

describe('<ph-invoice-list>', () => {
  describe('accessibility in every state', () => {
    it('is axe-clean with invoices', async () => {
      const { el } = await mount(list(), UNPAID_LICENCE);
      expect(rows(el).length).to.be.greaterThan(0);
      await expectAccessible(el);
    });

    itRendersSharedStates(list, { clientPaid: 'shown', read: 'listInvoices' });

    it('is axe-clean when there are no invoices yet (empty)', async () => {
      const { el } = await mount(list(), { scenario: 'empty' });
      expect(deepQuery(el, '[data-state="empty"]')).to.exist;
      expect(deepText(el)).to.contain('No invoices yet.');
      await expectAccessible(el);
    });

    it('is axe-clean for a member, whom the hub refuses invoices (forbidden)', async () => {
      const { el } = await mount(list(), { role: 'member' });
      expect(deepQuery(el, '[data-state="forbidden"]')).to.exist;
      expect(deepText(el)).to.contain('Only owners of this partner account can see its invoices.');
      await expectAccessible(el);
    });

    it('says in the pay dialog’s own words when the hub lists no payment methods (unavailable)', async () => {
      const adapter = override(createMemoryAdapter(UNPAID_LICENCE), {
        listPaymentMethods: undefined,
      });
      const { el } = await mount<PhInvoiceList>(list(), { adapter });
      const unpaid = (await allInvoices(adapter)).find((i) => i.status === 'unpaid')!;
      buttonIn(rowOf(el, unpaid.id)!, /^Pay invoice/)!.click();
      const dialog = dialogOf(el);
      await until(() => !!deepQuery(dialog, '[data-state="unavailable"]'), 'the panel');
      expect(deepText(dialog)).to.contain('This hub does not take invoice payments here.');
      await expectAccessible(el);
    });

    it('is axe-clean with the pay dialog open', async () => {
      const { el, adapter } = await mount<PhInvoiceList>(list(), UNPAID_LICENCE);
      const unpaid = (await allInvoices(adapter)).find((i) => i.status === 'unpaid')!;
      await openPay(el, unpaid);
      await expectAccessible(el);
    });
  });

  describe('the list', () => {
    it('shows number, date, type, amount and status in words for each invoice, newest first', async () => {
      const { el, adapter } = await mount<PhInvoiceList>(list(), UNPAID_LICENCE);
      const all = await allInvoices(adapter);
      const first = all[0]!;
      const cells = Array.from(rows(el)[0]!.querySelectorAll('th, td')).map((c) =>
        c.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(cells[0]).to.equal(first.number);
      expect(cells[3]).to.equal(eur(first.total.amount));
      expect(cells[4]).to.match(/^(Paid|Unpaid|Overdue|Pending|Void)$/);
      const dates = rows(el).map((r) =>
        Date.parse(all.find((i) => i.id === r.dataset['invoice'])!.issuedAt),
      );
      expect(dates).to.deep.equal([...dates].sort((a, b) => b - a));
    });

    it('says at the top what is still to pay, per currency', async () => {
      const { el, adapter } = await mount<PhInvoiceList>(list(), UNPAID_LICENCE);
      const owed = (await allInvoices(adapter))
        .filter((i) => i.status === 'unpaid' || i.status === 'overdue')
        .reduce((sum, i) => sum + i.total.amount, 0);
      expect(owed).to.be.greaterThan(0);
      expect(root(el).querySelector('[data-unpaid]')!.textContent!.trim()).to.equal(
        `Still to pay: ${eur(owed)}.`,
      );
    });

    it('loads more with the total shown, and every invoice once', async () => {
      const { el, adapter } = await mount<PhInvoiceList>(list(), UNPAID_LICENCE);
      const total = (await allInvoices(adapter)).length;
      expect(total).to.be.greaterThan(20);
      expect(rows(el)).to.have.length(20);
      expect(deepText(el)).to.contain(`Showing 20 of ${total} invoices.`);
      while (buttonIn(root(el), /^Load more invoices$/)) {
        buttonIn(root(el), /^Load more invoices$/)!.click();
        const before = rows(el).length;
        await until(() => rows(el).length > before, 'more rows');
      }
      const ids = rows(el).map((r) => r.dataset['invoice']);
      expect(new Set(ids).size).to.equal(total);
      expect(deepText(el)).to.contain(`Showing ${total} of ${total} invoices.`);
    });

    it('by keyboard, "Load more" keeps focus while more remain, and gives it to the first invoice of the last page', async () => {
      const { el, adapter } = await mount<PhInvoiceList>(list(), UNPAID_LICENCE);
      const total = (await allInvoices(adapter)).length;
      const more = () => buttonIn(root(el), /^Load more invoices$/);
      more()!.focus();
      while (rows(el).length < total) {
        const before = rows(el).length;
        await sendKeys({ press: 'Enter' });
        await until(() => rows(el).length > before, 'the next page');
        await el.updateComplete;
        if (rows(el).length < total) {
          expect(deepActiveElement() === more()).to.equal(true);
        } else {
          // The button is gone with the last page: focus is on what it brought, not the page.
          const first = rows(el)[before]!.querySelector('th');
          await until(() => deepActiveElement() === first, 'focus on the first new invoice');
        }
      }
    });

    it('shows every invoice when the hub’s total is smaller than its invoices, counting those shown', async () => {
      const memory = createMemoryAdapter(UNPAID_LICENCE);
      const all = await allInvoices(memory);
      expect(all.length).to.be.greaterThan(21);
      // A count out of date: one page claimed, more there (its cursors are right).
      const deflated = override(memory, {
        listInvoices: async (q: InvoiceQuery, o?: ReadOptions) => ({
          ...(await memory.listInvoices(q, o)),
          total: 20,
        }),
      });
      const { el } = await mount<PhInvoiceList>(list(), { adapter: deflated });
      expect(deepText(el)).to.contain('Showing 20 of 20 invoices.');
      const warned: string[] = [];
      const { warn } = console;
      console.warn = (...args: unknown[]) => warned.push(args.join(' '));
      try {
        for (let pages = 0; buttonIn(root(el), /^Load more invoices$/) && pages < 10; pages++) {
          const before = rows(el).length;
          buttonIn(root(el), /^Load more invoices$/)!.click();
          await until(() => rows(el).length > before, 'more rows');
        }
      } finally {
        console.warn = warn;
      }
      expect(rows(el).map((r) => r.dataset['invoice'])).to.deep.equal(all.map((i) => i.id));
      expect(deepText(el)).to.contain(`Showing ${all.length} invoices.`);
      expect(warned.filter((l) => l.includes('listInvoices said total: 20'))).to.have.length(1);
    });

    it('counts one invoice in the singular, and large counts in the reader’s digits', async () => {
      const adapter = createMemoryAdapter(UNPAID_LICENCE);
      const [first] = (await allInvoices(adapter)).slice(0, 1);
      const one = override(adapter, {
        listInvoices: async () => ({ items: [first], nextCursor: null, total: 1 }),
      });
      const { el } = await mount<PhInvoiceList>(list(), { adapter: one });
      expect(rows(el)).to.have.length(1);
      expect(deepText(el)).to.contain('Showing 1 invoice.');
      expect(deepText(el)).not.to.contain('invoices.');

      const page = (await allInvoices(adapter)).slice(0, 20);
      const many = override(adapter, {
        listInvoices: async () => ({ items: page, nextCursor: 'next', total: 1234 }),
      });
      const german = await mount<PhInvoiceList>(list(), { adapter: many, locale: 'de' });
      expect(deepText(german.el)).to.match(/20 von 1\.234 Rechnungen/);
    });

    it('filters by status and by type through the adapter', async () => {
      const { el, adapter } = await mount<PhInvoiceList>(list(), UNPAID_LICENCE);
      await select(el, 0, 'paid');
      await until(() => rows(el).every((r) => r.dataset['status'] === 'paid'), 'only paid rows');
      const licence = (await allInvoices(adapter)).filter(
        (i) => i.type === 'licence_fee' && i.status === 'paid',
      ).length;
      await select(el, 1, 'licence_fee');
      await until(() => rows(el).length === Math.min(licence, 20), 'only paid licence invoices');
      expect(rows(el).every((r) => r.textContent!.includes('Licence fee'))).to.equal(true);
    });

    it('says in its live count when the filters match no invoice, and counts again after', async () => {
      const { el } = await mount<PhInvoiceList>(list(), UNPAID_LICENCE);
      const count = () => root(el).querySelector('.more [aria-live]')?.textContent?.trim();
      expect(count()).to.match(/^Showing 20 of \d+ invoices\.$/);
      await select(el, 0, 'unpaid');
      await select(el, 1, 'monthly_closing');
      await until(() => !!root(el).querySelector('[data-state="no-match"]'), 'no match');
      // The same region that counted says so: a screen reader hears the answer to its filter.
      expect(count()).to.equal('No invoices match these filters.');
      expect(rows(el)).to.have.length(0);
      await select(el, 1, '');
      await until(() => rows(el).length > 0, 'the unpaid invoices again');
      expect(count()).to.match(/^Showing (1 invoice|\d+ invoices)\.$/);
    });

    it('sorts by amount and by date, with aria-sort and the change announced', async () => {
      const { el } = await mount<PhInvoiceList>(list(), UNPAID_LICENCE);
      const amountHeader = () =>
        root(el).querySelector('button.sort[data-column="total"]')!.closest('th')!;
      expect(amountHeader().getAttribute('aria-sort')).to.equal('none');
      root(el).querySelector<HTMLButtonElement>('button.sort[data-column="total"]')!.click();
      await until(() => amountHeader().getAttribute('aria-sort') === 'descending', 'sorted');
      await until(() => {
        const amounts = rows(el).map((r) => r.querySelector('.amount')!.textContent!);
        return amounts.length === 20 && amounts[0] !== undefined;
      });
      const live = root(el).querySelector('[data-announcer]')!;
      expect(live.textContent).to.equal('Sorted by amount, largest first.');
      const parse = (text: string) => Number(text.replace(/[^\d.-]/g, ''));
      await until(() => {
        const values = rows(el).map((r) => parse(r.querySelector('.amount')!.textContent!));
        return values.every((v, i) => i === 0 || values[i - 1]! >= v);
      }, 'rows in descending amount');
    });

    it('names the types the kit knows in words and shows others by the hub’s own label', async () => {
      const memory = createMemoryAdapter(UNPAID_LICENCE);
      const adapter = override(memory, {
        listInvoices: async (...args: Parameters<MemoryAdapter['listInvoices']>) => {
          const page = await memory.listInvoices(...args);
          const [first, ...rest] = page.items;
          return {
            ...page,
            items: [{ ...first!, type: 'setup_fee', typeLabel: 'Setup fee' }, ...rest],
          };
        },
      });
      const { el } = await mount<PhInvoiceList>(list(), { adapter });
      expect(rows(el)[0]!.textContent).to.contain('Setup fee');
      const options = Array.from(root(el).querySelectorAll('select')[1]!.options).map((o) =>
        o.text.trim(),
      );
      expect(options).to.include('Setup fee');
      expect(options).to.include('Licence fee');
    });

    it('says on an unpaid licence invoice that outbound messaging is paused until it is paid', async () => {
      const { el, adapter } = await mount<PhInvoiceList>(list(), UNPAID_LICENCE);
      await select(el, 1, 'licence_fee');
      const unpaid = (await allInvoices(adapter)).find(
        (i) => i.type === 'licence_fee' && (i.status === 'unpaid' || i.status === 'overdue'),
      )!;
      await until(() => !!rowOf(el, unpaid.id), 'the unpaid licence invoice');
      expect(rowOf(el, unpaid.id)!.textContent).to.contain(
        'Outbound messaging is paused until this invoice is paid.',
      );
    });
  });

  describe('PDF', () => {
    it('offers no PDF where the adapter cannot give one, and still offers to pay', async () => {
      const adapter = override(createMemoryAdapter(UNPAID_LICENCE), { getInvoicePdf: undefined });
      const { el } = await mount<PhInvoiceList>(list(), { adapter: adapter as MemoryAdapter });
      expect(rows(el).length).to.be.greaterThan(0);
      expect(rows(el).some((row) => !!buttonIn(row, /as PDF$/))).to.equal(false);
      expect(rows(el).some((row) => !!buttonIn(row, /^Pay invoice/))).to.equal(true);
      await expectAccessible(el);
    });

    it('refuses a javascript: URL from the adapter, says why on the row, and opens nothing', async () => {
      const memory = createMemoryAdapter(UNPAID_LICENCE);
      let ran = false;
      (window as unknown as { __pdfRan: () => void }).__pdfRan = () => (ran = true);
      const adapter = override(memory, {
        getInvoicePdf: async () => 'javascript:window.__pdfRan()',
      });
      const { el } = await mount<PhInvoiceList>(list(), { adapter: adapter as MemoryAdapter });
      const opened: string[] = [];
      const originalClick = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () {
        opened.push(this.href);
      };
      const errors: unknown[] = [];
      const originalError = console.error;
      console.error = (...args: unknown[]) => void errors.push(args.join(' '));
      try {
        const row = rows(el)[0]!;
        buttonIn(row, /as PDF$/)!.click();
        await until(() => row.textContent!.includes('This PDF link was refused'), 'the refusal');
      } finally {
        HTMLAnchorElement.prototype.click = originalClick;
        console.error = originalError;
      }
      expect(rows(el)[0]!.textContent).to.contain('This PDF link was refused');
      expect(opened).to.deep.equal([]);
      expect(ran).to.equal(false);
      expect(String(errors[0])).to.contain('getInvoicePdf');
    });

    it('saves a PDF the adapter hands over as a Blob, named by the invoice number', async () => {
      const { el, adapter } = await mount<PhInvoiceList>(list(), UNPAID_LICENCE);
      const first = (await allInvoices(adapter))[0]!;
      const saved: { name: string; href: string }[] = [];
      const originalClick = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () {
        saved.push({ name: this.download, href: this.href });
      };
      try {
        buttonIn(rowOf(el, first.id)!, /as PDF$/)!.click();
        await until(() => saved.length === 1, 'the save');
      } finally {
        HTMLAnchorElement.prototype.click = originalClick;
      }
      expect(saved[0]!.name).to.equal(`${first.number}.pdf`);
      expect(saved[0]!.href).to.match(/^blob:/);
      expect(root(el).querySelector('[data-announcer]')!.textContent).to.equal(
        `Invoice ${first.number} downloaded.`,
      );
    });
  });

  describe('paying', () => {
    it('charges once for 30 quick clicks, turns the row paid, and lowers what is still to pay', async () => {
      const { memory, adapter, keys: calls } = recordingPayments();
      const { el } = await mount<PhInvoiceList>(
        html`<div><ph-balance-card></ph-balance-card><ph-invoice-list></ph-invoice-list></div>`,
        { adapter },
      );
      const listEl = el.querySelector('ph-invoice-list')!;
      await until(() => rows(listEl).length > 0, 'rows');
      const unpaid = (await allInvoices(memory)).find((i) => i.status === 'unpaid')!;
      const before = root(listEl).querySelector('[data-unpaid]')!.textContent!;
      const dialog = await openPay(listEl, unpaid);
      const shadow = dialog.shadowRoot!;
      // The default card is preselected; the fee of a card is shown before confirming.
      const checked = shadow.querySelector<HTMLInputElement>('input[name="method"]:checked')!;
      expect(checked).to.exist;
      const fee = feeFor(unpaid.total, 400);
      expect(shadow.textContent).to.contain(eur(fee.amount));
      await toConfirmation(shadow);
      expect(shadow.textContent).to.contain(`for invoice ${unpaid.number}`);
      const pay = buttonIn(shadow, /^Pay /)!;
      for (let i = 0; i < 30; i++) pay.click();
      const paid = await oneEvent(dialog, 'ph-invoice-paid');
      expect(paid.detail.invoice.id).to.equal(unpaid.id);
      expect(calls).to.have.length(1);
      await until(() => rowOf(listEl, unpaid.id)?.dataset['status'] === 'paid', 'the row paid');
      await until(
        () => root(listEl).querySelector('[data-unpaid]')!.textContent !== before,
        'the unpaid total updated',
      );
      expect(dialog.shadowRoot!.querySelector('[data-announcer]')!.textContent).to.equal(
        `Invoice ${unpaid.number} is paid.`,
      );
    });

    it('on a client-paid account lists the plan and licence fees the partner pays, and pays one', async () => {
      // Clients pay for their own messaging there; the partner still pays its plan and licences.
      const memory = createMemoryAdapter({ scenario: 'client-paid' });
      const { el } = await mount<PhInvoiceList>(list(), { adapter: memory });
      await until(() => rows(el).length > 0, 'rows');
      expect(
        rows(el).every((r) => /^ACP-/.test(r.querySelector('th')!.textContent!.trim())),
      ).to.equal(true);
      // Its current plan fee, overdue.
      const unpaid = (await allInvoices(memory)).find((i) => i.status === 'overdue')!;
      const dialog = await openPay(el, unpaid);
      await toConfirmation(dialog.shadowRoot!);
      buttonIn(dialog.shadowRoot!, /^Pay /)!.click();
      await oneEvent(dialog, 'ph-invoice-paid');
      await until(() => rowOf(el, unpaid.id)?.dataset['status'] === 'paid', 'the row paid');
    });

    it('checks a payment whose answer was lost with the same key, and charges it once', async () => {
      const { memory, adapter, keys } = recordingPayments();
      const { el } = await mount<PhInvoiceList>(list(), { adapter: adapter as MemoryAdapter });
      const unpaid = (await allInvoices(memory)).find((i) => i.status === 'unpaid')!;
      const dialog = await openPay(el, unpaid);
      const shadow = dialog.shadowRoot!;
      await toConfirmation(shadow);
      // The hub takes the payment, and its answer never arrives.
      memory.failNext('payInvoice', new AdapterError('timeout', 'No answer.'), {
        afterApplying: true,
      });
      const paid = oneEvent(dialog, 'ph-invoice-paid');
      buttonIn(shadow, /^Pay /)!.click();
      expect(shadow.querySelector('[data-announcer]')!.textContent).to.equal('Processing payment…');
      await until(() => shadow.textContent!.includes('Verifying payment…'), 'verifying');
      expect(shadow.querySelector('[data-announcer]')!.textContent).to.equal('Verifying payment…');
      expect((await paid).detail.invoice.id).to.equal(unpaid.id);
      expect(keys.length).to.be.greaterThan(1);
      expect(new Set(keys).size, 'every check with the first key').to.equal(1);
      await until(() => rowOf(el, unpaid.id)?.dataset['status'] === 'paid', 'the row paid');
      const after = (await allInvoices(memory)).filter((i) => i.id === unpaid.id);
      expect(after.map((i) => i.status)).to.deep.equal(['paid']);
      expect(dialog.shadowRoot!.querySelector('[data-announcer]')!.textContent).to.equal(
        `Invoice ${unpaid.number} is paid.`,
      );
    });

    it('offers “Check again”, not a second “Pay”, when the outcome stays unknown', async () => {
      const backoff = PhPayInvoiceDialog.verifyBackoff;
      PhPayInvoiceDialog.verifyBackoff = [5];
      try {
        const { el, adapter } = await mount<PhInvoiceList>(list(), UNPAID_LICENCE);
        const unpaid = (await allInvoices(adapter)).find((i) => i.status === 'unpaid')!;
        const dialog = await openPay(el, unpaid);
        const shadow = dialog.shadowRoot!;
        await toConfirmation(shadow);
        // Neither the payment nor its one check reaches the hub.
        adapter.failNext('payInvoice', new AdapterError('network', 'Offline.'), { times: 2 });
        buttonIn(shadow, /^Pay /)!.click();
        await until(() => !!shadow.querySelector('#unknown'), 'the unknown outcome');
        expect(shadow.querySelector('#unknown')!.textContent).to.contain(
          'We could not confirm the payment yet.',
        );
        expect(buttonIn(shadow, /^Pay /)!.disabled).to.equal(true);
        expect(buttonIn(shadow, /^Back$/)!.disabled).to.equal(true);
        await expectAccessible(dialog);
        const paid = oneEvent(dialog, 'ph-invoice-paid');
        buttonIn(shadow, /^Check again$/)!.click();
        expect((await paid).detail.invoice.id).to.equal(unpaid.id);
        await until(() => rowOf(el, unpaid.id)?.dataset['status'] === 'paid', 'the row paid');
      } finally {
        PhPayInvoiceDialog.verifyBackoff = backoff;
      }
    });

    it('lifts the balance card’s “messaging paused” once the unpaid licence invoice is paid', async () => {
      const { el, adapter } = await mount<HTMLElement>(
        html`<div><ph-balance-card></ph-balance-card><ph-invoice-list></ph-invoice-list></div>`,
        UNPAID_LICENCE,
      );
      const card = el.querySelector('ph-balance-card')!;
      const listEl = el.querySelector('ph-invoice-list')!;
      const licence = (await allInvoices(adapter)).find(
        (i) => i.type === 'licence_fee' && (i.status === 'unpaid' || i.status === 'overdue'),
      )!;
      await until(() => !!card.shadowRoot!.querySelector('[data-block]'), 'the block notice');
      expect(card.shadowRoot!.querySelector('[data-block]')!.textContent).to.contain(
        `Outbound messaging is paused until licence invoice ${licence.number} is paid.`,
      );
      await select(listEl as PhInvoiceList, 1, 'licence_fee');
      await until(() => !!rowOf(listEl, licence.id), 'the licence invoice row');
      const dialog = await openPay(listEl as PhInvoiceList, licence);
      await toConfirmation(dialog.shadowRoot!);
      buttonIn(dialog.shadowRoot!, /^Pay /)!.click();
      await until(() => !card.shadowRoot!.querySelector('[data-block]'), 'the block lifted');
      await until(() => rowOf(listEl, licence.id)?.dataset['status'] === 'paid', 'the row paid');
    });

    it('keeps the choice and says why when the card is declined, then pays with another', async () => {
      const { el, adapter } = await mount<PhInvoiceList>(list(), UNPAID_LICENCE);
      const unpaid = (await allInvoices(adapter)).find((i) => i.status === 'unpaid')!;
      const methods = await adapter.listPaymentMethods();
      const declining = methods.find((m) => m.id === 'pm_test_0002');
      expect(declining, 'the memory adapter has a declining test card').to.exist;
      const dialog = await openPay(el, unpaid);
      const shadow = dialog.shadowRoot!;
      const radio = shadow.querySelector<HTMLInputElement>(`input[value="${declining!.id}"]`)!;
      radio.click();
      await dialog.updateComplete;
      await toConfirmation(shadow);
      buttonIn(shadow, /^Pay /)!.click();
      await until(() => !!shadow.querySelector('.failure[role="alert"]'), 'the decline');
      expect(shadow.querySelector('.failure')!.textContent).to.contain('The payment was declined');
      expect(
        shadow.querySelector<HTMLInputElement>('input[name="method"]:checked')!.value,
      ).to.equal(declining!.id);
      expect(rowOf(el, unpaid.id)!.dataset['status']).to.equal('unpaid');
    });

    it('closes when the partner account is switched: the invoice and cards were the old account’s', async () => {
      const { el, adapter, provider } = await mount<PhInvoiceList>(list(), UNPAID_LICENCE);
      const unpaid = (await allInvoices(adapter)).find((i) => i.status === 'unpaid')!;
      const dialog = await openPay(el, unpaid);
      await toConfirmation(dialog.shadowRoot!);
      await provider.client!.switchPartnerAccount('acme-cp', { idempotencyKey: 'switch' });
      await dialog.updateComplete;
      const native = dialog
        .shadowRoot!.querySelector('ph-dialog')!
        .shadowRoot!.querySelector('dialog')!;
      expect(native.open, 'the dialog is closed').to.equal(false);
      expect(deepText(dialog)).to.not.contain(unpaid.number);
    });

    it('says a decline in the kit’s own words for a reason it knows, as the top-up dialog does', async () => {
      const memory = createMemoryAdapter(UNPAID_LICENCE);
      const adapter = override(memory, {
        payInvoice: async (id: string) => ({
          invoice: (await allInvoices(memory)).find((i) => i.id === id),
          status: 'failed',
          reasonCode: 'insufficient_funds',
          reason: 'NSF 51 (raw processor text)',
        }),
      });
      const { el } = await mount<PhInvoiceList>(list(), { adapter: adapter as MemoryAdapter });
      const unpaid = (await allInvoices(memory)).find((i) => i.status === 'unpaid')!;
      const dialog = await openPay(el, unpaid);
      const shadow = dialog.shadowRoot!;
      await toConfirmation(shadow);
      buttonIn(shadow, /^Pay /)!.click();
      await until(() => !!shadow.querySelector('.failure[role="alert"]'), 'the decline');
      const text = shadow.querySelector('.failure')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(text).to.equal(
        'The payment was declined: The card has insufficient funds. Choose another method or try again.',
      );
    });

    it('reads card expiry by the hub’s clock, as the payment methods and the top-up do', async () => {
      const adapter = createMemoryAdapter({ ...UNPAID_LICENCE, now: '2031-03-12T10:00:00.000Z' });
      const { el } = await mount<PhInvoiceList>(list(), { adapter });
      const unpaid = (await allInvoices(adapter)).find((i) => i.status === 'unpaid')!;
      const dialog = await openPay(el, unpaid);
      const expiry = (last4: string) =>
        dialog.shadowRoot!.querySelector(`input[data-last4="${last4}"]`)!.closest('label')!.dataset[
          'expiry'
        ];
      expect([expiry('4242'), expiry('5454'), expiry('0005')]).to.deep.equal([
        'valid',
        'expiring',
        'expired',
      ]);
    });

    it('flags an expired card and refuses it', async () => {
      const { el, adapter } = await mount<PhInvoiceList>(list(), UNPAID_LICENCE);
      const unpaid = (await allInvoices(adapter)).find((i) => i.status === 'unpaid')!;
      const dialog = await openPay(el, unpaid);
      const expired = dialog.shadowRoot!.querySelector('.card-option[data-expiry="expired"]');
      expect(expired, 'the seed has an expired card').to.exist;
      expect(expired!.querySelector('input')!.disabled).to.equal(true);
      expect(expired!.textContent).to.contain('Expired');
    });

    it('when no card can be charged, offers to add one in the dialog (as the top-up does) and pays with it', async () => {
      const memory = createMemoryAdapter(UNPAID_LICENCE);
      const seeded = await memory.listPaymentMethods();
      const hubNow = new Date((await memory.getSession()).asOf!);
      const usable = new Set(
        seeded.filter((m) => methodExpiryState(m, hubNow) !== 'expired').map((m) => m.id),
      );
      expect(usable.size, 'the seed has usable cards to hide').to.be.greaterThan(0);
      // Only the expired cards of the seed, and any card added later.
      const adapter = override(memory, {
        listPaymentMethods: async (options?: ReadOptions) =>
          (await memory.listPaymentMethods(options)).filter((m) => !usable.has(m.id)),
      }) as MemoryAdapter;
      const { el } = await mount<PhInvoiceList>(list(), { adapter });
      const unpaid = (await allInvoices(memory)).find((i) => i.status === 'unpaid')!;
      const dialog = await openPay(el, unpaid);
      const shadow = dialog.shadowRoot!;
      expect(deepText(dialog)).to.contain(
        'None of your cards can be charged: they have expired. Add a valid card to continue.',
      );
      expect(buttonIn(shadow, /^Continue$/)!.disabled).to.equal(true);
      await expectAccessible(dialog);
      const requested = oneEvent(dialog, 'ph-payment-method-request');
      buttonIn(shadow, /^Add a payment method$/)!.click();
      const { detail } = await requested;
      expect(detail).to.deep.equal({ reason: 'none_usable', currency: unpaid.total.currency });
      await until(
        () => !!shadow.querySelector('input[name="method"]:checked:not([disabled])'),
        'the added card, chosen',
      );
      const added = shadow.querySelector<HTMLInputElement>('input[name="method"]:checked')!;
      expect(usable.has(added.value)).to.equal(false);
      await until(() => shadow.activeElement === added, 'focus on the card added');
      await toConfirmation(shadow);
      const paid = oneEvent(dialog, 'ph-invoice-paid');
      buttonIn(shadow, /^Pay /)!.click();
      expect((await paid).detail.paymentMethodId).to.equal(added.value);
    });

    it('puts focus on the chosen card once the cards are read (not on the × it opened on)', async () => {
      const { el, adapter } = await mount<PhInvoiceList>(list(), UNPAID_LICENCE);
      adapter.setLatency(150); // the cards arrive after the dialog opened
      const unpaid = (await allInvoices(adapter)).find((i) => i.status === 'unpaid')!;
      buttonIn(rowOf(el, unpaid.id)!, /^Pay invoice/)!.click();
      const dialog = dialogOf(el);
      const shadow = () => dialog.shadowRoot!;
      await until(() => !!shadow().querySelector('input[name="method"]:checked'), 'the cards');
      await until(
        () => shadow().activeElement === shadow().querySelector('input[name="method"]:checked'),
        'focus on the chosen card',
      );
    });

    it('closes by Escape and returns focus to the Pay button', async () => {
      const { el, adapter } = await mount<PhInvoiceList>(list(), UNPAID_LICENCE);
      const unpaid = (await allInvoices(adapter)).find((i) => i.status === 'unpaid')!;
      const pay = buttonIn(rowOf(el, unpaid.id)!, /^Pay invoice/)!;
      pay.focus();
      pay.click();
      const dialog = dialogOf(el);
      await until(() => !!buttonIn(dialog.shadowRoot!, /^Continue$/), 'the pay dialog');
      const closed = oneEvent(dialog.shadowRoot!.querySelector('ph-dialog')!, 'ph-dialog-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      await until(() => el.shadowRoot!.activeElement === pay, 'focus back on Pay');
    });
  });

  it('shows every text the adapter sends exactly (naughty strings)', async () => {
    const result = await checkNaughtyStrings({
      render: list,
      fail: { listInvoices: (text) => new AdapterError('validation', text()) },
    });
    expect(result.methods).to.include('listInvoices');
  });

  it('is keyboard-reachable: the table region, filters, sort and actions in order', async () => {
    const { el } = await mount<PhInvoiceList>(list(), UNPAID_LICENCE);
    const region = root(el).querySelector<HTMLElement>('.scroll')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.tabIndex).to.equal(0);
    expect(region.getAttribute('aria-label')).to.equal('Invoice table');
    const focusables = deepQueryAll<HTMLElement>(el, 'select, button, [tabindex="0"]').filter(
      (e) => !(e as HTMLButtonElement).disabled,
    );
    expect(focusables.length).to.be.greaterThan(5);
  });
});
