import { AdapterError } from '../../src/adapter/errors.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { MemoryAdapter } from '../../src/adapter/memory/index.js';
import type { Plan } from '../../src/adapter/schemas.js';
import '../../src/base/define-provider.js';
import { prorate } from '../../src/domain/index.js';
import { formatMoney } from '../../src/money/format.js';
import '../../src/widgets/invoice-list/define.js';
import type { PhInvoiceList } from '../../src/widgets/invoice-list/invoice-list.js';
import '../../src/widgets/partner-plan/define.js';
import type { PhPartnerPlan } from '../../src/widgets/partner-plan/partner-plan.js';
import {
  checkNaughtyStrings,
  deepText,
  expectAccessible,
  itRendersSharedStates,
  mount,
  override,
  settled,
  until,
} from '../support/conformance.js';
import { atPhoneWidth, itFitsTheCardInEachLanguage } from '../support/phone.js';

const widget = () => html`<ph-partner-plan></ph-partner-plan>`;
const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (scope: Element | ShadowRoot, label: RegExp) =>
  Array.from(scope.querySelectorAll<HTMLButtonElement>('button')).find((b) => label.test(text(b)));
const changeDialog = (el: Element) => root(el).querySelector('ph-dialog.change')!;
const cancelDialog = (el: Element) => root(el).querySelector('ph-dialog.cancel')!;

/** The partner plan and the invoice list under one provider, settled. */
async function planBesideInvoices(adapter: MemoryAdapter) {
  const provider = await fixture(
    html`<ph-provider .adapter=${adapter} locale="en">
      <ph-partner-plan></ph-partner-plan>
      <ph-invoice-list></ph-invoice-list>
    </ph-provider>`,
  );
  await settled(provider);
  return {
    el: provider.querySelector('ph-partner-plan')!,
    list: provider.querySelector<PhInvoiceList>('ph-invoice-list')!,
  };
}

/** The prorated amount the domain rule gives for an upgrade to Premium now. */
async function expectedProration(adapter: MemoryAdapter): Promise<string> {
  const plan = await adapter.getPlan();
  return formatMoney(
    prorate({
      currentPrice: plan.available.find((o) => o.id === plan.current.planId)!.price,
      newPrice: plan.available.find((o) => o.id === 'premium')!.price,
      periodStart: plan.current.periodStart,
      periodEnd: plan.current.periodEnd,
      at: adapter.clock.now().toISOString(),
    }).amount,
    'en',
  );
}

async function openUpgrade(el: PhPartnerPlan) {
  button(root(el), /^Upgrade to Premium$/)!.click();
  await until(() => changeDialog(el).hasAttribute('open'), 'the upgrade dialog');
  await until(() => !!changeDialog(el).querySelector('[data-prorated]'), 'the prorated amount');
}

describe('<ph-partner-plan>', () => {
  describe('accessibility in every state', () => {
    itRendersSharedStates(widget);

    it('is axe-clean with the plan and its options (ready)', async () => {
      const { el } = await mount(widget());
      expect(root(el).querySelectorAll('li.plan').length).to.equal(2);
      await expectAccessible(el);
    });

    it('is axe-clean for a member, who is told only owners see the plan (forbidden)', async () => {
      const { el, adapter } = await mount(widget(), { role: 'member' });
      expect(root(el).querySelector('[data-state="forbidden"]')).to.exist;
      expect(adapter.calls.some((c) => c.method === 'getPlan')).to.be.false;
      await expectAccessible(el);
    });

    it('is axe-clean when the hub offers no plan management (unavailable)', async () => {
      const adapter = override(createMemoryAdapter(), { getPlan: undefined });
      const { el } = await mount(widget(), { adapter });
      expect(text(root(el).querySelector('[data-state="unavailable"]'))).to.contain(
        'does not offer plan management',
      );
      await expectAccessible(el);
    });

    it('is axe-clean when the hub offers no plans (empty)', async () => {
      const base = createMemoryAdapter();
      const adapter = override(base, {
        getPlan: async () => ({ ...(await base.getPlan()), available: [] }),
      });
      const { el } = await mount(widget(), { adapter });
      expect(text(root(el).querySelector('[data-state="empty"]'))).to.contain('no plans');
      await expectAccessible(el);
    });

    it('is axe-clean with the upgrade and the cancel confirmations open', async () => {
      const { el } = await mount<PhPartnerPlan>(widget());
      await openUpgrade(el);
      await expectAccessible(el);
      const cancel = await mount<PhPartnerPlan>(widget(), { scenario: 'empty' });
      button(root(cancel.el), /^Cancel the Basic plan$/)!.click();
      await until(() => cancelDialog(cancel.el).hasAttribute('open'), 'the cancel dialog');
      await expectAccessible(cancel.el);
    });
  });

  describe('the plan', () => {
    it('shows the current plan, its price, period and next invoice date, and the plans', async () => {
      const { el } = await mount(widget());
      const current = text(root(el).querySelector('.current'));
      expect(current).to.contain('Basic');
      expect(current).to.contain('€99.00 per month');
      // The memory hub's clock stands at 17 November 2026: the period is November.
      expect(current).to.match(/Nov 1\D+30, 2026/);
      expect(current).to.contain('Next invoice Dec 1, 2026');
      const premium = text(root(el).querySelector('li.plan[data-plan="premium"]'));
      expect(premium).to.contain('€299.00 per month');
      expect(premium).to.contain('Unlimited WhatsApp numbers');
      expect(text(root(el).querySelector('li.plan[data-plan="basic"]'))).to.contain('Your plan');
    });
  });

  describe('upgrade', () => {
    it('shows the prorated amount of a mid-period upgrade as the domain rule gives it (adapter quote)', async () => {
      const { el, adapter } = await mount<PhPartnerPlan>(widget());
      await openUpgrade(el);
      const expected = await expectedProration(adapter);
      expect(expected).to.equal('€93.33'); // 14 of 30 days of €200.00
      expect(text(changeDialog(el).querySelector('[data-prorated]'))).to.equal(expected);
      expect(button(changeDialog(el), /^Upgrade for €93\.33$/)).to.exist;
    });

    it('does not promise a payment on the confirm button: the upgrade is invoiced, and paid only where a card pays automatically', async () => {
      const { el } = await mount<PhPartnerPlan>(widget());
      await openUpgrade(el);
      const labels = [...changeDialog(el).querySelectorAll('button')].map((b) => text(b));
      expect(labels.join(' | ')).to.not.match(/\bpay\b/i);
      expect(labels).to.include('Upgrade for €93.33');
    });

    it('works the same amount out with the domain rule when the hub cannot quote', async () => {
      const base = createMemoryAdapter();
      const adapter = override(base, { quotePlanChange: undefined });
      const { el } = await mount<PhPartnerPlan>(widget(), { adapter });
      await openUpgrade(el);
      expect(text(changeDialog(el).querySelector('[data-prorated]'))).to.equal(
        await expectedProration(base),
      );
    });

    it('upgrades at once; the new invoice appears in the invoice list under the same provider', async () => {
      const adapter = createMemoryAdapter();
      const { el, list } = await planBesideInvoices(adapter);
      const rows = () => deepText(list.shadowRoot!.querySelector('tbody')!);
      expect(rows()).to.not.contain('Prorated upgrade');
      await openUpgrade(el);
      const changed = oneEvent(el, 'ph-plan-change');
      button(changeDialog(el), /^Upgrade for/)!.click();
      const { detail } = await changed;
      expect(detail.change).to.equal('changed');
      expect(detail.invoiced).to.deep.equal({ amount: 9_333, currency: 'EUR' });
      await until(() => text(root(el).querySelector('.plan-name')) === 'Premium', 'Premium');
      await until(() => /Prorated upgrade €93\.33/.test(rows()), 'the new invoice in the list');
      const calls = adapter.calls.filter((c) => c.method === 'changePlan');
      expect(calls.length).to.equal(1);
    });

    it('an upgrade whose answer was lost says it may have been made, not that it was not', async () => {
      const adapter = createMemoryAdapter();
      const { el } = await mount<PhPartnerPlan>(widget(), { adapter });
      await openUpgrade(el);
      adapter.failNext('changePlan', new AdapterError('timeout', 'Lost.'), { afterApplying: true });
      button(changeDialog(el), /^Upgrade for/)!.click();
      await until(() => !!root(el).querySelector('.refusal'), 'the outcome');
      const said = text(root(el).querySelector('.refusal'));
      expect(said).to.contain('The hub did not confirm the change.');
      expect(said).to.contain('Reload the page to see whether it was made.');
      expect(said).to.not.contain('was not changed');
    });

    it('shows the hub’s own words (the plans’ features) in the provider’s language when the hub answers in it', async () => {
      const { el } = await mount<PhPartnerPlan>(widget(), { locale: 'de' });
      await until(() => deepText(el).includes('Bis zu 50 WhatsApp-Nummern'), 'German features');
      expect(deepText(el)).to.not.contain('Up to 50 WhatsApp numbers');
    });

    it('sends a downgrade to support, saying it starts with the next cycle', async () => {
      const { el } = await mount(widget(), { scenario: 'client-paid' });
      const basic = root(el).querySelector('li.plan[data-plan="basic"]')!;
      expect(text(basic)).to.contain('starts with the next billing cycle, on Dec 1, 2026');
      const link = basic.querySelector<HTMLAnchorElement>('a[part="support"]')!;
      expect(text(link)).to.equal('Contact support to move to Basic');
      expect(link.href).to.equal('https://hub.example/support');
      expect(button(basic, /Move to|Upgrade/)).to.be.undefined;
    });

    it('lets the host take the downgrade to support (ph-plan-support-request)', async () => {
      const base = createMemoryAdapter({ scenario: 'client-paid' });
      const adapter = override(base, {
        getPlan: async () => {
          const { supportUrl: _gone, ...plan } = await base.getPlan();
          return plan as Plan;
        },
      });
      const { el } = await mount(widget(), { adapter });
      const basic = () => root(el).querySelector('li.plan[data-plan="basic"]')!;
      const asked = oneEvent(el, 'ph-plan-support-request');
      button(basic(), /^Contact support to move to Basic$/)!.click();
      expect((await asked).detail.planId).to.equal('basic');
      await until(() => /Ask your Partner Hub support team/.test(text(basic())), 'the hint');
    });
  });

  describe('cancel', () => {
    /** No channels, and two invoices to pay: the plan fee and a licence invoice for more numbers. */
    const TWO_UNPAID = { whatsAppAccounts: 0, scenario: 'licence-unpaid' } as const;

    it('is blocked by an unpaid invoice and says which', async () => {
      const { el, adapter } = await mount<PhPartnerPlan>(widget(), TWO_UNPAID);
      const unpaid = (await adapter.listInvoices({ limit: 50 })).items.filter(
        (i) => i.status === 'unpaid' || i.status === 'overdue',
      );
      // The licence invoice and the overdue plan fee.
      const numbers = unpaid.map((i) => i.number).sort();
      expect(numbers.length).to.equal(2);
      const blockers = root(el).querySelector('#blockers')!;
      expect(text(blockers)).to.contain(
        `2 invoices are unpaid: ${numbers.join(', ')}. Pay them first.`,
      );
      expect(text(blockers)).to.not.contain('channel');
      const cancel = root(el).querySelector<HTMLButtonElement>('button[data-cancel]')!;
      expect(cancel.getAttribute('aria-disabled')).to.equal('true');
      expect(cancel.getAttribute('aria-describedby')).to.equal('blockers');
      cancel.click();
      await until(() => !!root(el).querySelector('.cancel [role="alert"]'), 'the refusal');
      expect(cancelDialog(el).hasAttribute('open')).to.be.false;
      expect(adapter.calls.some((c) => c.method === 'cancelPlan')).to.be.false;
      await expectAccessible(el);
    });

    it('names the one unpaid invoice left once the other is paid', async () => {
      const adapter = createMemoryAdapter(TWO_UNPAID);
      const unpaid = (await adapter.listInvoices({ limit: 50 })).items.filter(
        (i) => i.status === 'unpaid' || i.status === 'overdue',
      );
      await adapter.payInvoice(
        unpaid[1]!.id,
        { paymentMethodId: 'pm_visa_4242' },
        { idempotencyKey: 'pay-one' },
      );
      const { el } = await mount(widget(), { adapter });
      expect(text(root(el).querySelector('#blockers'))).to.contain(
        `Invoice ${unpaid[0]!.number} is unpaid. Pay it first.`,
      );
    });

    it('lifts the unpaid-invoice blocker once they are paid from the invoice list beside it, no reload', async () => {
      const adapter = createMemoryAdapter(TWO_UNPAID);
      const { el, list } = await planBesideInvoices(adapter);
      expect(text(root(el).querySelector('#blockers'))).to.contain('2 invoices are unpaid');
      for (let paid = 0; paid < 2; paid++) {
        const pay = () =>
          Array.from(list.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody button')).find(
            (b) => /^Pay invoice/.test(b.getAttribute('aria-label') ?? ''),
          );
        await until(() => !!pay(), 'an invoice to pay');
        pay()!.click();
        const dialog = list.shadowRoot!.querySelector('ph-pay-invoice-dialog')!.shadowRoot!;
        await until(() => !!button(dialog, /^Continue$/), 'the pay dialog');
        button(dialog, /^Continue$/)!.click();
        await until(() => !!button(dialog, /^Pay /), 'the confirmation');
        button(dialog, /^Pay /)!.click();
        await until(() => !button(dialog, /^Pay /), 'the payment made');
      }
      await until(() => !root(el).querySelector('#blockers'), 'no blocker left');
      const cancel = root(el).querySelector<HTMLButtonElement>('button[data-cancel]')!;
      expect(cancel.getAttribute('aria-disabled')).to.not.equal('true');
    });

    it('names the active channels that block it, with how many', async () => {
      const { el } = await mount(widget());
      const channels = text(root(el).querySelector('[data-blocker="active_channels"]'));
      expect(channels).to.match(/^\d[\d,]* channel subscriptions are still active, among them .+/);
    });

    it('takes effect at the end of the following month, after a confirmation naming the plan', async () => {
      const { el, adapter } = await mount<PhPartnerPlan>(widget(), { scenario: 'empty' });
      // 17 November: the plan would run through December.
      expect(text(root(el).querySelector('.cancel'))).to.contain('active until Dec 31, 2026');
      button(root(el), /^Cancel the Basic plan$/)!.click();
      await until(() => cancelDialog(el).hasAttribute('open'), 'the confirmation');
      expect(cancelDialog(el).getAttribute('label')).to.equal('Cancel the Basic plan?');
      expect(text(cancelDialog(el))).to.contain('Fees already invoiced are not refunded.');
      const changed = oneEvent(el, 'ph-plan-change');
      button(cancelDialog(el), /^Cancel the Basic plan$/)!.click();
      expect((await changed).detail.change).to.equal('cancelled');
      await until(() => !!root(el).querySelector('[data-status="cancelling"]'), 'the notice');
      expect(text(root(el).querySelector('[data-status="cancelling"]'))).to.contain(
        'stays active until Dec 31, 2026',
      );
      expect((await adapter.getPlan()).current.status).to.equal('cancelling');
      expect(root(el).querySelector('button[data-cancel]')).to.be.null;
    });

    it('offers no cancel where the hub cannot cancel', async () => {
      const adapter = override(createMemoryAdapter({ scenario: 'empty' }), {
        cancelPlan: undefined,
      });
      const { el } = await mount(widget(), { adapter });
      expect(root(el).querySelector('button[data-cancel]')).to.be.null;
    });
  });

  describe('keyboard', () => {
    it('upgrades with the keyboard only', async () => {
      const { el, adapter } = await mount<PhPartnerPlan>(widget());
      button(root(el), /^Upgrade to Premium$/)!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => !!changeDialog(el).querySelector('[data-prorated]'), 'the amount');
      await until(() => !button(changeDialog(el), /^Upgrade for/)!.disabled, 'enabled');
      // Focus starts on "Keep my plan"; Tab moves to the confirmation.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await until(() => text(root(el).querySelector('.plan-name')) === 'Premium', 'upgraded');
      expect((await adapter.getPlan()).current.planId).to.equal('premium');
    });

    it('cancels with the keyboard only, and Escape keeps the plan', async () => {
      const { el, adapter } = await mount<PhPartnerPlan>(widget(), { scenario: 'empty' });
      button(root(el), /^Cancel the Basic plan$/)!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => cancelDialog(el).hasAttribute('open'), 'the confirmation');
      await sendKeys({ press: 'Escape' });
      await until(() => !cancelDialog(el).hasAttribute('open'), 'closed');
      expect((await adapter.getPlan()).current.status).to.equal('active');
      await sendKeys({ press: 'Enter' }); // focus went back to the button
      await until(() => cancelDialog(el).hasAttribute('open'), 'open again');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await until(() => !!root(el).querySelector('[data-status="cancelling"]'), 'cancelled');
    });
  });

  atPhoneWidth(() =>
    itFitsTheCardInEachLanguage(widget, (el) =>
      expect(root(el as PhPartnerPlan).querySelectorAll('li.plan').length).to.equal(2),
    ),
  );

  it('shows adapter text safely (naughty strings)', async () => {
    const result = await checkNaughtyStrings({ render: widget });
    expect(result.methods).to.include('getPlan');
  });
});
