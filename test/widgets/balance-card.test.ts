import { expect, html, oneEvent } from '@open-wc/testing';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { MemoryAdapter } from '../../src/adapter/memory/index.js';
import '../../src/widgets/balance-card/define.js';
import type { PhBalanceCard } from '../../src/widgets/balance-card/balance-card.js';
import {
  checkNaughtyStrings,
  deepQuery,
  deepQueryAll,
  deepText,
  expectAccessible,
  itRendersSharedStates,
  mount,
  override,
  settled,
  until,
} from '../support/conformance.js';
// A test tops up through the shared client, as the top-up dialog on the same page would.
import '../../src/client/results/top-up.js';

const card = () => html`<ph-balance-card></ph-balance-card>`;

const text = (el: Element) => deepText(el);
const button = (el: Element, label: RegExp) =>
  deepQueryAll<HTMLButtonElement>(el, 'button').find((b) => label.test(b.textContent ?? ''))!;

/** An adapter with a fixed balance and usage, to check the forecast to the day. */
function fixedAdapter(balance: number, dailyUsage: number) {
  const base = createMemoryAdapter();
  const days = Array.from({ length: 30 }, (_, i) => ({
    date: new Date(Date.UTC(2026, 9, 2 + i)).toISOString().slice(0, 10),
    usage: { amount: dailyUsage, currency: 'EUR' },
  }));
  return override(base, {
    getBalances: async () => [
      { money: { amount: balance, currency: 'EUR' }, updatedAt: '2026-10-31T12:00:00.000Z' },
    ],
    listDailyUsage: async () => days,
    getAutoRenewal: async () => {
      const [settings] = await base.getAutoRenewal();
      return [{ ...settings!, enabled: false }];
    },
  });
}

describe('<ph-balance-card>', () => {
  describe('accessibility in every state', () => {
    for (const scenario of [
      'positive',
      'low',
      'zero',
      'negative',
      'empty',
      'client-paid',
    ] as const) {
      it(`is axe-clean when ${scenario}`, async () => {
        const { el } = await mount(card(), { scenario });
        await expectAccessible(el);
      });
    }

    itRendersSharedStates(card);

    it('is axe-clean in the forbidden state', async () => {
      const adapter = createMemoryAdapter();
      adapter.failNext('getBalances', new AdapterError('forbidden', 'Owners only.'));
      const { el } = await mount(card(), { adapter });
      expect(text(el)).to.contain('You don’t have access to the credit balance.');
      await expectAccessible(el);
    });

    it('follows a dark colour scheme and stays axe-clean (contrast) in it', async () => {
      const { el } = await mount(card());
      const surface = () => getComputedStyle(deepQuery(el, '.card')!).backgroundColor;
      expect(surface()).to.equal('rgb(255, 255, 255)');
      document.documentElement.style.colorScheme = 'dark';
      try {
        expect(surface()).to.equal('rgb(31, 33, 36)');
        await expectAccessible(el);
      } finally {
        document.documentElement.style.colorScheme = '';
      }
    });

    it('takes the host theme through --ph-* tokens', async () => {
      const { el, provider } = await mount(card());
      provider.style.setProperty('--ph-color-accent', 'rgb(200, 0, 100)');
      const add = button(el, /Add to Credit Balance/);
      expect(getComputedStyle(add).backgroundColor).to.equal('rgb(200, 0, 100)');
    });

    it('is axe-clean for a member (no actions)', async () => {
      const { el } = await mount(card(), { role: 'member' });
      expect(deepQueryAll(el, 'button')).to.have.length(0);
      expect(text(el)).to.contain('Only owners of this partner account can add funds');
      await expectAccessible(el);
    });
  });

  describe('states in words', () => {
    it('positive: the amount, "Active" and what it means', async () => {
      const { el, adapter } = await mount(card());
      const [balance] = await adapter.getBalances();
      const amount = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(
        balance!.money.amount / 100,
      );
      expect(deepQuery(el, '[part="amount"]')!.textContent).to.equal(amount);
      expect(deepQuery(el, '[part="status"]')!.textContent!.trim()).to.equal('Active');
      expect(text(el)).to.contain('Messages and calls continue normally.');
      expect(deepQuery(el, '[part="status"] svg')).to.exist; // icon, never colour alone
    });

    it('an unpaid licence invoice: says messaging is paused, never that it continues or when it will pause', async () => {
      const { el, adapter } = await mount(card(), { scenario: 'licence-unpaid' });
      const [balance] = await adapter.getBalances();
      expect(balance!.messagingBlock?.reason).to.equal('unpaid_licence_invoice');
      // The badge a glance reads says it too: never a green "Active" beside a pause.
      const status = deepQuery(el, '[part="status"]')!;
      expect(status.textContent!.trim()).to.equal('Messaging paused');
      const danger = deepQuery(el, '[data-block]')!;
      expect(getComputedStyle(status).color).to.equal(getComputedStyle(danger).color);
      expect(deepQuery(el, '[data-block]')!.textContent).to.contain(
        `Outbound messaging is paused until licence invoice ${balance!.messagingBlock!.invoiceNumber} is paid.`,
      );
      expect(text(el)).not.to.contain('continue normally');
      expect(text(el)).not.to.match(/until messaging pauses/);
      await expectAccessible(el);
    });

    it('low: at or under the auto-renewal threshold', async () => {
      const { el } = await mount(card(), { scenario: 'low' });
      expect(deepQuery(el, '[part="status"]')!.textContent!.trim()).to.equal('Low balance');
      expect(text(el)).to.match(
        /At or below your auto-renewal threshold of €[\d,.]+: a top-up is due/,
      );
    });

    it('zero: outbound messages and calls are paused', async () => {
      const { el } = await mount(card(), { scenario: 'zero' });
      expect(deepQuery(el, '[part="status"]')!.textContent!.trim()).to.equal('Paused');
      expect(text(el)).to.contain('Outbound messages and calls are paused. Add funds to resume.');
      expect(text(el)).to.contain('Messaging is paused until funds are added.');
    });

    it('negative: an automatic top-up is likely, even with auto-renewal off', async () => {
      const { el } = await mount(card(), { scenario: 'negative' });
      expect(deepQuery(el, '[part="status"]')!.textContent!.trim()).to.equal('Negative balance');
      expect(text(el)).to.contain('An automatic top-up will likely recover the negative balance');
      expect(text(el)).to.contain('Auto-renewal is off.');
      expect(text(el)).to.contain('Emergency top-ups may still apply');
    });

    it('summarises auto-renewal when it is on', async () => {
      const { el } = await mount(card());
      expect(text(el)).to.match(
        /Auto-renewal is on and adds €[\d,.]+ when the balance falls to €[\d,.]+\./,
      );
    });

    for (const [locale, sentence] of [
      [
        'de',
        (amount: string, threshold: string) =>
          `Die automatische Aufladung ist aktiviert und lädt ${amount} auf, sobald das Guthaben auf ${threshold} sinkt.`,
      ],
      [
        'es',
        (amount: string, threshold: string) =>
          `La recarga automática está activada y añade ${amount} cuando el saldo baja a ${threshold}.`,
      ],
      [
        'pt-BR',
        (amount: string, threshold: string) =>
          `A recarga automática está ativada e adiciona ${amount} quando o saldo cai para ${threshold}.`,
      ],
    ] as const) {
      it(`words auto-renewal that is on as one ${locale} sentence, emphasised whole or not at all`, async () => {
        const { el, adapter } = await mount(card(), { locale });
        const [settings] = await adapter.getAutoRenewal();
        const money = (m: { amount: number; currency: string }) =>
          new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency }).format(
            m.amount / 100,
          );
        const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
        const expected = flat(sentence(money(settings!.amount), money(settings!.threshold)));
        const first = expected.slice(0, 20);
        const paragraph = deepQueryAll(el, 'p').find((p) => flat(p.textContent!).startsWith(first));
        expect(paragraph, `a paragraph starting "${first}"`).to.exist;
        expect(flat(paragraph!.textContent!)).to.equal(expected);
        // Bold, if any, sets the whole sentence apart, never its first half.
        for (const strong of Array.from(paragraph!.querySelectorAll('strong, b'))) {
          expect(flat(strong.textContent!)).to.equal(expected);
        }
      });
    }

    it('shows when the balance was last updated', async () => {
      const { el, adapter } = await mount(card());
      const [balance] = await adapter.getBalances();
      const time = deepQuery(el, 'time')!;
      expect(time.getAttribute('datetime')).to.equal(balance!.updatedAt);
      expect(time.textContent).to.not.equal('');
    });

    it('client-paid: not available for this billing mode, never an error', async () => {
      const { el } = await mount(card(), { scenario: 'client-paid' });
      expect(deepQuery(el, '[data-state="unavailable"]')).to.exist;
      expect(deepQuery(el, '[data-state="error"]')).to.not.exist;
      expect(text(el)).to.contain('Not available for this billing mode');
    });

    it('empty: a new partner with no balance yet', async () => {
      const { el } = await mount(card(), { scenario: 'empty' });
      expect(deepQuery(el, '[data-state="empty"]')).to.exist;
      expect(text(el)).to.contain('No credit balance yet.');
    });

    it('empty: offers the first top-up, at zero in the partner’s currency', async () => {
      const { el } = await mount<PhBalanceCard>(card(), { scenario: 'empty' });
      const add = button(el, /Add to Credit Balance/);
      expect(!!add, 'an Add to Credit Balance button').to.equal(true);
      setTimeout(() => add.click());
      const event = await oneEvent(el, 'ph-top-up-request');
      expect(event.cancelable).to.equal(true);
      expect(event.detail).to.deep.equal({
        currency: 'EUR',
        balance: { amount: 0, currency: 'EUR' },
      });
      el.currency = 'USD';
      await settled(el);
      setTimeout(() => button(el, /Add to Credit Balance/).click());
      const usd = await oneEvent(el, 'ph-top-up-request');
      expect(usd.detail.balance).to.deep.equal({ amount: 0, currency: 'USD' });
      await expectAccessible(el);
    });

    it('empty: a member is told only owners can add funds', async () => {
      const { el } = await mount(card(), { scenario: 'empty', role: 'member' });
      expect(text(el)).to.contain('No credit balance yet.');
      expect(text(el)).to.contain('Only owners of this partner account can add funds');
      expect(button(el, /Add to Credit Balance/)).to.equal(undefined);
    });

    it('shows one section per currency', async () => {
      const { el } = await mount(card(), { scenario: 'multi-currency' });
      const sections = deepQueryAll(el, 'section.balance');
      expect(sections.map((s) => s.getAttribute('data-currency'))).to.deep.equal(['EUR', 'USD']);
      expect(button(el, /Add to Credit Balance/).getAttribute('aria-label')).to.equal(
        'Add to Credit Balance (EUR)',
      );
    });
  });

  describe('runway forecast', () => {
    it('divides the balance by the average daily usage of the last 30 days', async () => {
      const { el } = await mount(card(), { adapter: fixedAdapter(10_000, 800) });
      // €100.00 at €8.00 a day: 12 whole days.
      expect(text(el)).to.contain('About 12 days until messaging pauses at the current usage.');
    });

    it('says when there was no usage', async () => {
      const { el } = await mount(card(), { adapter: fixedAdapter(10_000, 0) });
      expect(text(el)).to.contain('No usage in the last 30 days.');
    });

    it('says less than a day when usage outruns the balance', async () => {
      const { el } = await mount(card(), { adapter: fixedAdapter(500, 800) });
      expect(text(el)).to.contain('Less than a day until messaging pauses');
    });
  });

  describe('events', () => {
    it('fires a cancelable ph-top-up-request with the currency and balance', async () => {
      const { el, adapter } = await mount<PhBalanceCard>(card());
      const [balance] = await adapter.getBalances();
      setTimeout(() => button(el, /Add to Credit Balance/).click());
      const event = await oneEvent(el, 'ph-top-up-request');
      expect(event.cancelable).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail.currency).to.equal('EUR');
      expect(event.detail.balance).to.deep.equal(balance!.money);
    });

    it('fires a cancelable ph-auto-renewal-request with the current settings', async () => {
      const { el } = await mount<PhBalanceCard>(card());
      setTimeout(() => button(el, /Modify/).click());
      const event = await oneEvent(el, 'ph-auto-renewal-request');
      expect(event.cancelable).to.equal(true);
      expect(event.detail.currency).to.equal('EUR');
      expect(event.detail.settings?.enabled).to.equal(true);
    });

    it('reaches the buttons by keyboard', async () => {
      const { el } = await mount<PhBalanceCard>(card());
      const add = button(el, /Add to Credit Balance/);
      add.focus();
      expect(el.shadowRoot!.activeElement).to.equal(add);
      let fired = 0;
      el.addEventListener('ph-top-up-request', () => fired++);
      const { sendKeys } = await import('@web/test-runner-commands');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el, /Modify/));
      expect(fired).to.equal(1);
    });
  });

  describe('data through the shared client', () => {
    it('two cards and another consumer under one provider make one adapter call', async () => {
      const adapter = createMemoryAdapter();
      const { el, provider } = await mount(
        html`<div><ph-balance-card></ph-balance-card><ph-balance-card></ph-balance-card></div>`,
        { adapter, settle: false },
      );
      const other = provider.client!.resource('balances').subscribe(() => {});
      await settled(el);
      const calls = adapter.calls.filter((c) => c.method === 'getBalances');
      expect(calls).to.have.length(1);
      expect(adapter.calls.filter((c) => c.method === 'getSession')).to.have.length(1);
      other();
    });

    it('a top-up through the client updates the card without a reload', async () => {
      const { el, provider, adapter } = await mount(card());
      const [before] = await adapter.getBalances();
      const methods = await adapter.listPaymentMethods();
      const usable = methods.find((m) => m.isDefault)!;
      await provider.client!.topUp(
        { amount: { amount: 50_000, currency: 'EUR' }, paymentMethodId: usable.id },
        { idempotencyKey: 'test-top-up-1' },
      );
      const expected = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(
        (before!.money.amount + 50_000) / 100,
      );
      await until(() => deepQuery(el, '[part="amount"]')!.textContent === expected, 'new balance');
    });

    it('announces no change while it loads: the threshold arriving after the balance is none', async () => {
      const base = createMemoryAdapter({ scenario: 'low' });
      const adapter = override(base, {
        getAutoRenewal: async (...args: unknown[]) => {
          await new Promise((r) => setTimeout(r, 150));
          return (base as MemoryAdapter).getAutoRenewal(...(args as []));
        },
      });
      const { el } = await mount(card(), { adapter: adapter as MemoryAdapter, settle: false });
      await until(
        () => deepQuery(el, '[part="status"]')?.textContent?.trim() === 'Low balance',
        'the low state once the threshold is read',
      );
      await settled(el);
      expect(el.shadowRoot!.querySelector('[data-announcer]')?.textContent ?? '').to.equal('');
    });

    it('follows live updates from the adapter', async () => {
      const { el, adapter } = await mount(card(), { scenario: 'licence-unpaid' });
      const status = () => deepQuery(el, '[part="status"]')!.textContent!.trim();
      expect(status()).to.equal('Messaging paused');
      // The unpaid licence invoice is paid elsewhere: messaging resumes, usage is charged again.
      const licence = (await adapter.listInvoices({ type: 'licence_fee' })).items.find(
        (i) => i.status === 'unpaid' || i.status === 'overdue',
      )!;
      await adapter.payInvoice(
        licence.id,
        { paymentMethodId: 'pm_visa_4242' },
        { idempotencyKey: 'licence' },
      );
      await until(() => status() === 'Active', 'messaging resumed');
      const first = deepQuery(el, '[part="amount"]')!.textContent;
      adapter.clock.advance(6 * 60 * 60 * 1000); // six hours of usage
      await until(() => deepQuery(el, '[part="amount"]')!.textContent !== first, 'live update');
    });

    it('a malformed response shows the error state, and retry recovers', async () => {
      const base = createMemoryAdapter();
      let broken = true;
      const adapter = override(base, {
        getBalances: async () =>
          broken
            ? [{ money: { amount: '12.50', currency: 'EUR' }, updatedAt: 'yesterday' }]
            : base.getBalances(),
      });
      const { el } = await mount(card(), { adapter });
      expect(deepQuery(el, '[data-state="error"]')).to.exist;
      expect(text(el)).to.contain('The hub sent data this page could not read.');
      broken = false;
      button(el, /Try again/).click();
      await until(() => deepQuery(el, '[part="amount"]') !== null, 'recovered balance');
      expect(deepQuery(el, '[data-state="error"]')).to.not.exist;
    });

    it('removing the card aborts its request', async () => {
      const base = createMemoryAdapter();
      let signal: AbortSignal | undefined;
      const adapter = override(base, {
        getBalances: (options?: { signal?: AbortSignal }) => {
          signal = options?.signal;
          return new Promise(() => {}); // never answers
        },
      });
      const { el } = await mount(card(), { adapter, settle: false });
      await until(() => signal !== undefined, 'the balance request');
      el.remove();
      await until(() => signal!.aborted, 'the abort');
      expect(signal!.aborted).to.equal(true);
    });
  });

  it('renders the hub’s reason for a failed read exactly: the 485 naughty strings', async () => {
    // The card shows no other words of the hub's: balances are numbers, dates and codes.
    const result = await checkNaughtyStrings({
      render: card,
      fail: { getBalances: (text) => new AdapterError('validation', text()) },
    });
    expect(result.methods).to.deep.equal(['getBalances']);
  });
});
