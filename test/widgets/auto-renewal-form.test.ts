import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { MemoryAdapter } from '../../src/adapter/memory/index.js';
import type { AutoRenewal, AutoRenewalUpdate } from '../../src/adapter/schemas.js';
import { recommendAutoRenewal, simulateAutoRenewal } from '../../src/domain/index.js';
import { add, formatAmountForInput, formatMoney } from '../../src/money/index.js';
import '../../src/widgets/auto-renewal-form/define.js';
import type { PhAutoRenewalForm } from '../../src/widgets/auto-renewal-form/auto-renewal-form.js';
import '../../src/widgets/balance-card/define.js';
import type { PhMoneyInput } from '../../src/widgets/money-input/money-input.js';
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
import { listenLikeAScreenReader } from '../support/announcements.js';
import '../../src/client/results/partner-accounts.js';

const form = () => html`<ph-auto-renewal-form></ph-auto-renewal-form>`;
const text = (el: Element) => deepText(el);
const root = (el: PhAutoRenewalForm) => el.shadowRoot!;
const button = (el: Element, label: RegExp) =>
  deepQueryAll<HTMLButtonElement>(el, 'button').find((b) => label.test(b.textContent ?? ''))!;
const field = (el: PhAutoRenewalForm, name: 'threshold' | 'amount') =>
  root(el).querySelector<PhMoneyInput>(`ph-money-input[data-field="${name}"]`)!;
const inner = (input: PhMoneyInput) => input.shadowRoot!.querySelector('input')!;
const radio = (el: PhAutoRenewalForm, value: 'on' | 'off') =>
  deepQuery<HTMLInputElement>(el, `input[name="enabled"][value="${value}"]`)!;
const eur = (major: number) => ({ amount: major * 100, currency: 'EUR' });
const euro = (major: number) => formatMoney(eur(major), 'en');

function activeDeep(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function modify(el: PhAutoRenewalForm): Promise<void> {
  button(el, /Modify/).click();
  await settled(el);
}

/** Replaces the text of a money field by typing `value`. */
async function typeInto(input: PhMoneyInput, value: string): Promise<void> {
  inner(input).focus();
  inner(input).select();
  await sendKeys({ type: value });
  await input.updateComplete;
}

async function save(el: PhAutoRenewalForm): Promise<void> {
  button(el, /^\s*Save\s*$/).click();
  await settled(el);
}

const saves = (adapter: MemoryAdapter) =>
  adapter.calls
    .filter((c) => c.method === 'updateAutoRenewal')
    .map((c) => ({
      settings: c.args[0] as AutoRenewalUpdate,
      key: (c.args[1] as { idempotencyKey: string }).idempotencyKey,
    }));

/** The memory adapter without the hub's own recommendation (the widget computes one). */
function withoutHubRecommendation(base: MemoryAdapter): MemoryAdapter {
  return override(base, {
    getAutoRenewal: async () =>
      (await base.getAutoRenewal()).map(({ recommendation: _r, ...rest }) => rest as AutoRenewal),
  });
}

describe('<ph-auto-renewal-form>', () => {
  describe('accessibility in every state', () => {
    it('is axe-clean in view mode', async () => {
      const { el } = await mount<PhAutoRenewalForm>(form());
      expect(deepQuery(el, '[data-mode="view"]')).to.exist;
      await expectAccessible(el);
    });

    it('is axe-clean in edit mode', async () => {
      const { el } = await mount<PhAutoRenewalForm>(form());
      await modify(el);
      expect(deepQuery(el, '[data-mode="edit"]')).to.exist;
      await expectAccessible(el);
    });

    it('is axe-clean with the error summary shown', async () => {
      const { el } = await mount<PhAutoRenewalForm>(form());
      await modify(el);
      await typeInto(field(el, 'threshold'), '1');
      await save(el);
      expect(deepQuery(el, '[part="error-summary"]')).to.exist;
      await expectAccessible(el);
    });

    it('is axe-clean with the warning shown', async () => {
      const { el } = await mount<PhAutoRenewalForm>(form());
      await modify(el);
      await typeInto(field(el, 'amount'), '100');
      await typeInto(field(el, 'threshold'), '200');
      await sendKeys({ press: 'Tab' }); // the threshold left: its value committed
      expect(deepQuery(el, '[part="warning"]')).to.exist;
      await expectAccessible(el);
    });

    itRendersSharedStates(form, {
      forbiddenRead: 'getAutoRenewal',
      clientPaid: 'unavailable',
      read: 'getAutoRenewal',
    });

    it('is axe-clean for a member: read-only with the reason', async () => {
      const { el } = await mount<PhAutoRenewalForm>(form(), { role: 'member' });
      expect(deepQueryAll(el, 'button')).to.have.length(0);
      expect(text(el)).to.contain('Only owners of this partner account can change auto-renewal.');
      el.edit();
      await settled(el);
      expect(deepQuery(el, 'form')).to.not.exist;
      await expectAccessible(el);
    });

    it('says why it is unavailable for a client-paid account', async () => {
      const { el } = await mount(form(), { scenario: 'client-paid' });
      expect(text(el)).to.contain('Not available for this billing mode');
    });

    it('is axe-clean when there are no settings yet', async () => {
      const { el } = await mount(form(), { scenario: 'empty' });
      expect(deepQuery(el, '[data-state="empty"]')).to.exist;
      await expectAccessible(el);
    });
  });

  describe('view mode', () => {
    it('shows on/off, the threshold and the top-up amount', async () => {
      const { el, adapter } = await mount<PhAutoRenewalForm>(form());
      const [settings] = await adapter.getAutoRenewal();
      const dl = deepQuery(el, '[part="settings"]')!;
      expect(deepText(dl)).to.contain(settings!.enabled ? 'On' : 'Off');
      expect(deepText(dl)).to.contain(formatMoney(settings!.threshold, 'en'));
      expect(deepText(dl)).to.contain(formatMoney(settings!.amount, 'en'));
      expect(button(el, /Modify/).getAttribute('aria-label')).to.equal('Modify auto-renewal');
    });

    it('shows the currency it is given', async () => {
      const { el } = await mount<PhAutoRenewalForm>(
        html`<ph-auto-renewal-form currency="USD"></ph-auto-renewal-form>`,
        { scenario: 'multi-currency' },
      );
      expect(deepQuery(el, 'h2')!.textContent).to.equal('Auto-renewal (USD)');
      expect(deepText(deepQuery(el, '[part="settings"]')!)).to.contain('$');
    });

    it('edit() opens edit mode with focus on the chosen option', async () => {
      const { el } = await mount<PhAutoRenewalForm>(form());
      el.edit();
      await settled(el);
      expect(activeDeep()).to.equal(radio(el, 'on'));
    });
  });

  describe('keyboard path', () => {
    it('Tab through the radios, the amounts and Save; arrows switch; Enter submits', async () => {
      const { el, adapter } = await mount<PhAutoRenewalForm>(form());
      el.edit();
      await settled(el);
      expect(activeDeep()).to.equal(radio(el, 'on'));
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(radio(el, 'off').checked).to.be.true;
      expect(activeDeep()).to.equal(radio(el, 'off'));
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(radio(el, 'on').checked).to.be.true;

      await sendKeys({ press: 'Tab' });
      expect(activeDeep()).to.equal(inner(field(el, 'threshold')));
      await sendKeys({ press: 'Tab' });
      expect(activeDeep()).to.equal(inner(field(el, 'amount')));
      await sendKeys({ press: 'Tab' });
      expect(activeDeep()).to.equal(button(el, /Apply recommendation/));
      await sendKeys({ press: 'Tab' });
      expect(activeDeep()).to.equal(button(el, /^\s*Save\s*$/));

      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(activeDeep()).to.equal(inner(field(el, 'amount')));
      inner(field(el, 'amount')).select();
      await sendKeys({ type: '1500' });
      const changed = oneEvent(el, 'ph-auto-renewal-change');
      await sendKeys({ press: 'Enter' });
      const { detail } = await changed;
      expect(detail.amount).to.deep.equal(eur(1500));
      await settled(el);
      expect(deepQuery(el, '[data-mode="view"]')).to.exist;
      expect(saves(adapter)).to.have.length(1);
    });
  });

  describe('validation', () => {
    it('refuses amounts outside the hub’s limits, with the message, after touch', async () => {
      const { el, adapter } = await mount<PhAutoRenewalForm>(form());
      await modify(el);
      const threshold = field(el, 'threshold');
      await typeInto(threshold, '5');
      expect(text(threshold)).to.not.contain('Enter at least');
      inner(threshold).blur();
      await threshold.updateComplete;
      expect(text(threshold)).to.contain(`Enter at least ${euro(10)}.`);
      await typeInto(field(el, 'amount'), '20000');
      await save(el);
      const summary = deepQuery(el, '[part="error-summary"]')!;
      // Said once, by the focus move: a named group, not also an alert.
      expect(summary.getAttribute('role')).to.equal('group');
      expect(activeDeep()).to.equal(summary);
      const links = Array.from(summary.querySelectorAll('a'));
      expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
        `Threshold: Enter at least ${euro(10)}.`,
        `Top-up amount: Enter at most ${euro(10000)}.`,
      ]);
      links[1]!.click();
      expect(activeDeep()).to.equal(inner(field(el, 'amount')));
      expect(saves(adapter)).to.have.length(0);
    });

    it('a refused save is said once: the summary takes focus, the fields under it stay quiet', async () => {
      const { el, adapter } = await mount<PhAutoRenewalForm>(form());
      await modify(el);
      // Both fields wrong, neither left yet: nothing shown or said while typing.
      await typeInto(field(el, 'threshold'), '5');
      await typeInto(field(el, 'amount'), '20000');
      const heard = listenLikeAScreenReader(el);
      await save(el);
      await new Promise((resolve) => setTimeout(resolve, 50)); // let late announcements show
      heard.stop();
      expect(text(field(el, 'threshold'))).to.contain(`Enter at least ${euro(10)}.`);
      expect(heard.events).to.have.length(1, heard.events.join(' | '));
      expect(heard.events[0]).to.match(/^focus: div /);
      expect(saves(adapter)).to.have.length(0);
    });

    it('requires both amounts when on, and above zero', async () => {
      const { el, adapter } = await mount<PhAutoRenewalForm>(form());
      await modify(el);
      await typeInto(field(el, 'threshold'), '0');
      await typeInto(field(el, 'amount'), ' ');
      await save(el);
      expect(text(deepQuery(el, '[part="error-summary"]')!)).to.contain(
        'Top-up amount: Enter an amount.',
      );
      expect(text(deepQuery(el, '[part="error-summary"]')!)).to.contain(
        'Threshold: Enter at least',
      );
      expect(saves(adapter)).to.have.length(0);
    });

    it('refuses more decimals than the currency has', async () => {
      const { el } = await mount<PhAutoRenewalForm>(form());
      await modify(el);
      await typeInto(field(el, 'threshold'), '12.345');
      await save(el);
      expect(text(deepQuery(el, '[part="error-summary"]')!)).to.contain(
        'Use at most 2 decimal places for EUR.',
      );
    });

    it('when off, the amounts are not required: an emptied field keeps the saved amount', async () => {
      const { el, adapter } = await mount<PhAutoRenewalForm>(form());
      const [before] = await adapter.getAutoRenewal();
      await modify(el);
      radio(el, 'off').click();
      await el.updateComplete;
      await typeInto(field(el, 'threshold'), ' ');
      await save(el);
      expect(saves(adapter)[0]!.settings).to.deep.equal({
        currency: 'EUR',
        enabled: false,
        threshold: before!.threshold,
        amount: before!.amount,
      });
    });
  });

  describe('warning', () => {
    it('warns when the top-up is not above the threshold, and still saves', async () => {
      const { el, adapter } = await mount<PhAutoRenewalForm>(form());
      await modify(el);
      await typeInto(field(el, 'threshold'), '300');
      await typeInto(field(el, 'amount'), '3');
      // Mid-typing ("3" on the way to "300") nothing is shown or read out yet.
      expect(deepQuery(el, '[part="warning"]')).to.not.exist;
      await sendKeys({ type: '00' });
      await sendKeys({ press: 'Tab' }); // the amount left: its value committed
      const warning = deepQuery(el, '[part="warning"]')!;
      expect(text(warning)).to.contain('The top-up amount is not higher than the threshold.');
      expect(text(warning)).to.contain('top-ups repeat');
      await save(el);
      expect(deepQuery(el, '[data-mode="view"]')).to.exist;
      expect(saves(adapter)[0]!.settings).to.deep.include({
        threshold: eur(300),
        amount: eur(300),
      });
      const [after] = await adapter.getAutoRenewal();
      expect(after!.amount).to.deep.equal(eur(300));
    });

    it('warns as soon as a brand-new balance’s default settings are turned on', async () => {
      // The hub starts a balance at a €200 threshold and a €100 top-up: against its own advice.
      const adapter = createMemoryAdapter({ scenario: 'empty' });
      const card = await adapter.collectPaymentMethod!({}, { idempotencyKey: 'card' });
      await adapter.topUp(
        { amount: eur(100), paymentMethodId: card.id },
        { idempotencyKey: 'first-top-up' },
      );
      const { el } = await mount<PhAutoRenewalForm>(form(), { adapter });
      await modify(el);
      expect(deepQuery(el, '[part="warning"]')).to.not.exist;
      radio(el, 'on').click();
      await settled(el);
      const warning = deepQuery(el, '[part="warning"]');
      expect(!!warning, 'the warning shown').to.equal(true);
      expect(text(warning!)).to.contain('The top-up amount is not higher than the threshold.');
    });

    it('warns in the view too while saved settings top up no higher than the threshold', async () => {
      const adapter = createMemoryAdapter();
      await adapter.updateAutoRenewal(
        { currency: 'EUR', enabled: true, threshold: eur(300), amount: eur(300) },
        { idempotencyKey: 'same-amounts' },
      );
      const { el } = await mount<PhAutoRenewalForm>(form(), { adapter });
      expect(deepQuery(el, '[data-mode="view"]')).to.exist;
      const warning = deepQuery(el, '[part="warning"]');
      expect(!!warning, 'the warning in the view').to.equal(true);
      expect(text(warning!)).to.contain('The top-up amount is not higher than the threshold.');
      expect(text(warning!)).to.contain('top-ups repeat');
      expect(text(warning!)).to.not.contain('You can still save.');
      await expectAccessible(el);
      // Editing, it says the settings can still be saved.
      await modify(el);
      expect(text(deepQuery(el, '[part="warning"]')!)).to.contain('You can still save.');
    });

    it('does not warn when the top-up is above the threshold', async () => {
      const { el } = await mount<PhAutoRenewalForm>(form());
      await modify(el);
      await typeInto(field(el, 'threshold'), '100');
      await typeInto(field(el, 'amount'), '500');
      expect(deepQuery(el, '[part="warning"]')).to.not.exist;
    });
  });

  describe('adviser', () => {
    it('applies the hub’s recommendation to both fields', async () => {
      const { el, adapter } = await mount<PhAutoRenewalForm>(form());
      const [settings] = await adapter.getAutoRenewal();
      const recommendation = settings!.recommendation!;
      await modify(el);
      expect(text(deepQuery(el, '[part="adviser"]')!)).to.contain(
        `Threshold ${formatMoney(recommendation.threshold, 'en')}, top-up amount ${formatMoney(recommendation.amount, 'en')}.`,
      );
      button(el, /Apply recommendation/).click();
      await settled(el);
      expect(inner(field(el, 'threshold')).value).to.equal(
        formatAmountForInput(recommendation.threshold, 'en'),
      );
      expect(inner(field(el, 'amount')).value).to.equal(
        formatAmountForInput(recommendation.amount, 'en'),
      );
      // Said once, in words: what changed (item 11: it used to change two amounts silently).
      expect(root(el).querySelector('[data-announcer]')!.textContent).to.equal(
        `Recommendation applied: threshold ${formatMoney(recommendation.threshold, 'en')}, top-up amount ${formatMoney(recommendation.amount, 'en')}.`,
      );
    });

    it('applying the recommendation clears a shown problem and the summary', async () => {
      const { el, adapter } = await mount<PhAutoRenewalForm>(form());
      await modify(el);
      await typeInto(field(el, 'threshold'), '1');
      await save(el);
      expect(deepQuery(el, '[part="error-summary"]')).to.exist;
      expect(field(el, 'threshold').matches(':state(user-invalid)')).to.be.true;
      button(el, /Apply recommendation/).click();
      await settled(el);
      expect(deepQuery(el, '[part="error-summary"]')).to.not.exist;
      expect(field(el, 'threshold').matches(':state(user-invalid)')).to.be.false;
      await save(el);
      expect(saves(adapter)).to.have.length(1);
    });

    it('tabbing through the fields without changing them shows nothing', async () => {
      const { el } = await mount<PhAutoRenewalForm>(form());
      await modify(el);
      await typeInto(field(el, 'threshold'), ' ');
      await sendKeys({ press: 'Tab' });
      await settled(el);
      // The emptied threshold was changed and left: its problem shows; the amount was only
      // passed through, so it shows nothing.
      expect(text(field(el, 'threshold'))).to.contain('Enter an amount.');
      await sendKeys({ press: 'Tab' });
      await settled(el);
      expect(field(el, 'amount').matches(':state(user-invalid)')).to.be.false;
      expect(inner(field(el, 'amount')).getAttribute('aria-invalid')).to.equal('false');
    });

    it('computes the recommendation from last month’s usage when the hub has none', async () => {
      const base = createMemoryAdapter();
      const adapter = withoutHubRecommendation(base);
      const { el } = await mount<PhAutoRenewalForm>(form(), { adapter });
      await modify(el);
      const [settings] = await adapter.getAutoRenewal();
      const days = await base.listDailyUsage({ from: '2026-10-01', to: '2026-10-31' });
      const expected = recommendAutoRenewal(days, 'EUR', {
        from: '2026-10-01',
        to: '2026-10-31',
        limits: settings!.limits,
      })!;
      const adviser = text(deepQuery(el, '[part="adviser"]')!);
      expect(adviser).to.contain(
        `Threshold ${formatMoney(expected.threshold, 'en')}, top-up amount ${formatMoney(expected.amount, 'en')}.`,
      );
      expect(adviser).to.contain(
        expected.basis === 'monthly_average'
          ? 'Based on last month’s average daily usage.'
          : 'Based on the last 15 days of last month, because usage fluctuated.',
      );
      const usageCall = base.calls.find((c) => c.method === 'listDailyUsage');
      expect(usageCall!.args[0]).to.deep.equal({ from: '2026-10-01', to: '2026-10-31' });
    });

    it('takes last month by the hub’s clock, not by when the balance last changed', async () => {
      // A balance paused at zero since September: its updatedAt stays there; the hub's clock
      // (the session's asOf) says November, so last month is October.
      const base = createMemoryAdapter();
      const adapter = override(withoutHubRecommendation(base), {
        getBalances: async () =>
          (await base.getBalances()).map((b) => ({ ...b, updatedAt: '2026-09-28T09:00:00.000Z' })),
      });
      const { el } = await mount<PhAutoRenewalForm>(form(), { adapter: adapter as MemoryAdapter });
      await modify(el);
      await until(() => base.calls.some((c) => c.method === 'listDailyUsage'), 'the usage read');
      const usageCall = base.calls.find((c) => c.method === 'listDailyUsage');
      expect(usageCall!.args[0]).to.deep.equal({ from: '2026-10-01', to: '2026-10-31' });
    });

    it('says why a fluctuating month is judged by its last 15 days', async () => {
      const base = createMemoryAdapter();
      const days = Array.from({ length: 31 }, (_, i) => ({
        date: `2026-10-${String(i + 1).padStart(2, '0')}`,
        usage: eur(i < 16 ? 10 : 100),
      }));
      const adapter = override(withoutHubRecommendation(base), {
        listDailyUsage: async () => days,
      });
      const { el } = await mount<PhAutoRenewalForm>(form(), { adapter });
      await modify(el);
      await until(() => !text(el).includes('Looking at last month’s usage'), 'last month’s usage');
      expect(text(el)).to.contain(
        'Based on the last 15 days of last month, because usage fluctuated.',
      );
    });

    it('recomputes what the settings would have done last month as you type', async () => {
      const base = createMemoryAdapter();
      const { el } = await mount<PhAutoRenewalForm>(form(), { adapter: base });
      await modify(el);
      const days = await base.listDailyUsage({ from: '2026-10-01', to: '2026-10-31' });
      const expectFor = (threshold: number, amount: number) => {
        const rule = { enabled: true, threshold: eur(threshold), amount: eur(amount) };
        const result = simulateAutoRenewal(add(rule.threshold, rule.amount), days, rule);
        const n = result.topUps + result.emergencyTopUps;
        if (n === 0) return 'With these settings last month: no top-ups, nothing charged.';
        return n === 1
          ? `With these settings last month: 1 top-up, ${formatMoney(result.charged, 'en')} charged.`
          : `With these settings last month: ${n} top-ups, ${formatMoney(result.charged, 'en')} charged.`;
      };
      await typeInto(field(el, 'threshold'), '10');
      await typeInto(field(el, 'amount'), '20');
      await el.updateComplete;
      const first = expectFor(10, 20);
      expect(text(deepQuery(el, '.simulation')!)).to.contain(first);
      await typeInto(field(el, 'amount'), '2000');
      await el.updateComplete;
      const second = expectFor(10, 2000);
      expect(second).to.not.equal(first);
      expect(text(deepQuery(el, '.simulation')!)).to.contain(second);
    });
  });

  describe('saving', () => {
    it('a failed save keeps every value and says why; the retry reuses the key', async () => {
      const { el, adapter } = await mount<PhAutoRenewalForm>(form());
      await modify(el);
      await typeInto(field(el, 'threshold'), '150');
      await typeInto(field(el, 'amount'), '750.5');
      adapter.failNext(
        'updateAutoRenewal',
        new AdapterError('unavailable', 'The hub is down for maintenance.'),
      );
      await save(el);
      const summary = deepQuery(el, '[part="error-summary"]')!;
      // No answer: it may have been saved, so it is not said to be "not saved".
      expect(text(summary)).to.contain('The hub did not confirm this change.');
      expect(text(summary)).to.not.contain('not saved');
      expect(text(summary)).to.contain('The service is temporarily unavailable.');
      expect(activeDeep()).to.equal(summary);
      // Kept (tidied to the canonical form when focus moved to the summary).
      expect(inner(field(el, 'threshold')).value).to.equal('150.00');
      expect(inner(field(el, 'amount')).value).to.equal('750.50');
      await save(el);
      expect(deepQuery(el, '[data-mode="view"]')).to.exist;
      const calls = saves(adapter);
      expect(calls).to.have.length(2);
      expect(calls[1]!.key).to.equal(calls[0]!.key);
      expect(calls[1]!.settings).to.deep.include({
        threshold: eur(150),
        amount: { amount: 75050, currency: 'EUR' },
      });
    });

    it('changed values after a failure get a new key', async () => {
      const { el, adapter } = await mount<PhAutoRenewalForm>(form());
      await modify(el);
      await typeInto(field(el, 'threshold'), '150');
      adapter.failNext('updateAutoRenewal', new AdapterError('network', 'Offline.'));
      await save(el);
      await typeInto(field(el, 'threshold'), '160');
      await save(el);
      const calls = saves(adapter);
      expect(calls).to.have.length(2);
      expect(calls[1]!.key).to.not.equal(calls[0]!.key);
    });

    it('puts the hub’s field errors on the fields', async () => {
      const { el, adapter } = await mount<PhAutoRenewalForm>(form());
      await modify(el);
      adapter.failNext(
        'updateAutoRenewal',
        new AdapterError('validation', 'Invalid.', {
          fieldErrors: {
            threshold: 'The hub wants a rounder threshold.',
            enabled: 'Add a valid default payment method before turning auto-renewal on.',
          },
        }),
      );
      await save(el);
      expect(text(field(el, 'threshold'))).to.contain('The hub wants a rounder threshold.');
      expect(field(el, 'threshold').validity.customError).to.be.true;
      const summary = text(deepQuery(el, '[part="error-summary"]')!);
      expect(summary).to.contain('The hub wants a rounder threshold.');
      expect(summary).to.contain('Add a valid default payment method');
    });

    it('a double click saves once', async () => {
      const { el, adapter } = await mount<PhAutoRenewalForm>(form(), { latency: 50 });
      await modify(el);
      await typeInto(field(el, 'threshold'), '120');
      const save = button(el, /^\s*Save\s*$/);
      save.click();
      save.click();
      await el.updateComplete;
      expect(save.getAttribute('aria-disabled')).to.equal('true');
      expect(save.getAttribute('aria-busy')).to.equal('true');
      await settled(el);
      expect(saves(adapter)).to.have.length(1);
    });

    it('success: event, view mode, announcement, and the balance card follows', async () => {
      const { provider, adapter } = await mount(
        html`<ph-auto-renewal-form></ph-auto-renewal-form><ph-balance-card></ph-balance-card>`,
      );
      const el = provider.querySelector('ph-auto-renewal-form')!;
      const card = provider.querySelector('ph-balance-card')!;
      await settled(card);
      await modify(el);
      await typeInto(field(el, 'threshold'), '250');
      await typeInto(field(el, 'amount'), '1250');
      const changed = oneEvent(el, 'ph-auto-renewal-change');
      button(el, /^\s*Save\s*$/).click();
      const { detail } = await changed;
      expect(detail).to.deep.include({ enabled: true, threshold: eur(250), amount: eur(1250) });
      await settled(el);
      expect(deepQuery(el, '[data-mode="view"]')).to.exist;
      expect(root(el).querySelector('[role="status"]')!.textContent).to.contain(
        'Auto-renewal saved',
      );
      expect(activeDeep()).to.equal(button(el, /Modify/));
      await until(() =>
        text(card).includes(`adds ${euro(1250)} when the balance falls to ${euro(250)}`),
      );
      expect(saves(adapter)).to.have.length(1);
    });

    it('Cancel returns to the view without changes', async () => {
      const { el, adapter } = await mount<PhAutoRenewalForm>(form());
      const [before] = await adapter.getAutoRenewal();
      await modify(el);
      await typeInto(field(el, 'threshold'), '999');
      button(el, /Cancel/).click();
      await settled(el);
      expect(text(deepQuery(el, '[part="settings"]')!)).to.contain(
        formatMoney(before!.threshold, 'en'),
      );
      await modify(el);
      expect(inner(field(el, 'threshold')).value).to.equal(
        formatAmountForInput(before!.threshold, 'en'),
      );
      expect(saves(adapter)).to.have.length(0);
    });

    it('a forbidden answer makes the view read-only with the reason', async () => {
      const { el, adapter } = await mount<PhAutoRenewalForm>(form());
      await modify(el);
      adapter.failNext('updateAutoRenewal', new AdapterError('forbidden', 'Owners only.'));
      await save(el);
      expect(deepQuery(el, '[data-mode="view"]')).to.exist;
      expect(text(el)).to.contain('The hub did not allow this change for your role.');
      expect(deepQueryAll(el, 'button')).to.have.length(0);
      await expectAccessible(el);
    });
  });

  describe('switching partner account', () => {
    it('ends editing: nothing typed for the old account is shown, or saved, on the new one', async () => {
      const base = createMemoryAdapter();
      let switched = false;
      // The account switched to has settings of its own (a threshold of €777).
      const adapter = override(base, {
        getAutoRenewal: async () =>
          (await base.getAutoRenewal()).map((s) => (switched ? { ...s, threshold: eur(777) } : s)),
      });
      const { el, provider } = await mount<PhAutoRenewalForm>(form(), { adapter });
      await modify(el);
      await typeInto(field(el, 'threshold'), '321');
      switched = true;
      await provider.client!.switchPartnerAccount('acme-cp', { idempotencyKey: 'switch' });
      await el.updateComplete;
      expect(!!deepQuery(el, '[data-mode="edit"]'), 'editing ended at once').to.equal(false);
      await provider.client!.switchPartnerAccount('acme', { idempotencyKey: 'back' });
      await until(() => !!deepQuery(el, '[data-mode="view"]'), 'the view of the new settings');
      expect(text(el)).to.contain(euro(777));
      await modify(el);
      expect(inner(field(el, 'threshold')).value).to.equal(formatAmountForInput(eur(777), 'en'));
      expect(saves(adapter)).to.have.length(0);
    });

    it('a forbidden refusal belongs to the old account: the new one can be modified', async () => {
      const { el, adapter, provider } = await mount<PhAutoRenewalForm>(form());
      await modify(el);
      adapter.failNext('updateAutoRenewal', new AdapterError('forbidden', 'Owners only.'));
      await save(el);
      expect(text(el)).to.contain('The hub did not allow this change for your role.');
      await provider.client!.switchPartnerAccount('acme-cp', { idempotencyKey: 'switch' });
      await provider.client!.switchPartnerAccount('acme', { idempotencyKey: 'back' });
      await until(() => !!deepQuery(el, '[data-mode="view"]'), 'the view');
      expect(text(el)).to.not.contain('The hub did not allow this change for your role.');
      expect(!!button(el, /Modify/), 'Modify offered again').to.equal(true);
    });
  });

  describe('translations', () => {
    const expected = {
      de: 'Ja, ich möchte eine automatische Aufladung',
      es: 'Sí, quiero la recarga automática',
      'pt-BR': 'Sim, quero a recarga automática',
    } as const;
    for (const locale of ['de', 'es', 'pt-BR'] as const) {
      it(`renders in ${locale}`, async () => {
        const { el } = await mount<PhAutoRenewalForm>(form(), { locale });
        el.edit();
        await settled(el);
        await until(() => text(el).includes(expected[locale]), `${locale} strings`);
        expect(text(el)).to.not.contain('Yes, I want automatic recharge');
        await expectAccessible(el);
      });
    }
    after(async () => {
      await mount(form(), { locale: 'en' });
    });
  });

  it('renders the hub’s reasons for a refused save exactly: the 485 naughty strings', async () => {
    // The form shows no other words of the hub's: settings are amounts, codes and a flag.
    const result = await checkNaughtyStrings({
      render: form,
      fail: {
        updateAutoRenewal: (text) =>
          new AdapterError('validation', text(), {
            fieldErrors: { threshold: text(), amount: text(), enabled: text(), currency: text() },
          }),
      },
      // The refused fields block another save until edited: start over, then save again.
      repeat: async (el) => {
        button(el, /^\s*Cancel\s*$/)?.click();
        await (el as PhAutoRenewalForm).updateComplete;
        (el as PhAutoRenewalForm).edit();
        await (el as PhAutoRenewalForm).updateComplete;
        button(el, /^\s*Save\s*$/).click();
      },
    });
    expect(result.slots).to.equal(4); // the three fields' reasons and the currency's
    expect(result.methods).to.deep.equal(['updateAutoRenewal']);
  });
});
