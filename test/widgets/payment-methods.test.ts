import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEFAULT_NOW, createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { PaymentMethod } from '../../src/adapter/schemas.js';
import { cardExpiryLabel } from '../../src/domain/index.js';
import '../../src/widgets/payment-methods/define.js';
import '../../src/widgets/top-up-dialog/define.js';
import type { PhPaymentMethods } from '../../src/widgets/payment-methods/payment-methods.js';
import type { PhTopUpDialog } from '../../src/widgets/top-up-dialog/top-up-dialog.js';
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

const widget = () => html`<ph-payment-methods></ph-payment-methods>`;
const root = (el: Element) => el.shadowRoot!;
const methodEl = (el: Element, id: string) =>
  root(el).querySelector<HTMLElement>(`li.method[data-method="${id}"]`);
const ids = (el: Element) =>
  Array.from(root(el).querySelectorAll<HTMLElement>('li.method')).map((li) => li.dataset['method']);
const button = (scope: Element | ShadowRoot, label: RegExp) =>
  Array.from(scope.querySelectorAll<HTMLButtonElement>('button')).find((b) =>
    label.test((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()),
  );
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ');

/** A card that expires `months` after this month (negative: before). */
function cardIn(months: number, id: string, last4: string, isDefault = false): PaymentMethod {
  // The memory hub's clock, which the list reads expiry by (not this device's).
  const now = new Date(DEFAULT_NOW);
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1));
  return {
    id,
    type: 'card',
    brand: 'Visa',
    last4,
    expMonth: at.getUTCMonth() + 1,
    expYear: at.getUTCFullYear(),
    isDefault,
    feeBasisPoints: 400,
  };
}

/** An adapter whose only method is the default card (auto-renewal stays on). */
async function oneCardAdapter() {
  const adapter = createMemoryAdapter();
  for (const m of await adapter.listPaymentMethods()) {
    if (!m.isDefault) await adapter.removePaymentMethod!(m.id, { idempotencyKey: `rm-${m.id}` });
  }
  return adapter;
}

async function openCollector(el: PhPaymentMethods) {
  await until(() => !!button(root(el), /^Add a payment method$/), 'the Add button');
  button(root(el), /^Add a payment method$/)!.click();
  await until(() => !!root(el).querySelector('.collector form'), 'the test form');
  return root(el).querySelector<HTMLFormElement>('.collector form')!;
}

async function addTestCard(el: PhPaymentMethods, last4: string, opened?: HTMLFormElement) {
  const form = opened ?? (await openCollector(el));
  const radio = Array.from(form.querySelectorAll<HTMLInputElement>('input')).find((r) =>
    r.parentElement!.textContent!.includes(`•••• ${last4}`),
  )!;
  radio.click();
  button(form, /^Add test card$/)!.click();
}

describe('<ph-payment-methods>', () => {
  describe('accessibility in every state', () => {
    it('is axe-clean with methods', async () => {
      const { el } = await mount(widget());
      expect(ids(el).length).to.be.greaterThan(1);
      await expectAccessible(el);
    });

    itRendersSharedStates(widget, { clientPaid: 'shown', read: 'listPaymentMethods' });

    it('is axe-clean with no method on file (empty), still offering to add one', async () => {
      const { el } = await mount(widget(), { scenario: 'empty' });
      expect(deepQuery(el, '[data-state="empty"]')).to.exist;
      expect(button(root(el), /^Add a payment method$/)).to.exist;
      await expectAccessible(el);
    });

    it('is axe-clean for a member, whom the hub refuses payment methods (forbidden)', async () => {
      const { el } = await mount(widget(), { role: 'member' });
      expect(deepQuery(el, '[data-state="forbidden"]')).to.exist;
      expect(root(el).querySelectorAll('button').length).to.equal(0);
      await expectAccessible(el);
    });

    it('is axe-clean with the removal confirmation and with the test form open', async () => {
      const { el } = await mount<PhPaymentMethods>(widget());
      button(methodEl(el, 'pm_test_0002')!, /^Remove/)!.click();
      const dialog = root(el).querySelector('ph-dialog')!;
      await until(
        () => dialog.hasAttribute('open') || !!dialog.shadowRoot?.querySelector('dialog[open]'),
      );
      await expectAccessible(el);
      button(root(el), /^Keep it$/)!.click();
      await openCollector(el);
      await expectAccessible(el);
    });
  });

  describe('the list', () => {
    it('shows each method’s kind, brand, last four, expiry and fee, the default marked', async () => {
      const { el, adapter } = await mount<PhPaymentMethods>(widget());
      const methods = await adapter.listPaymentMethods();
      expect(ids(el)).to.deep.equal(methods.map((m) => m.id));
      const visa = methodEl(el, 'pm_visa_4242')!;
      expect(text(visa)).to.contain('Card').and.contain('Visa •••• 4242').and.contain('Default');
      expect(text(visa)).to.contain(cardExpiryLabel(methods[0]!.expMonth!, methods[0]!.expYear!));
      expect(text(visa)).to.contain('Payments with it carry a 4% fee.');
      expect(text(methodEl(el, 'pm_mc_5454'))).not.to.contain('Default');
    });

    it('reads expiry by the hub’s clock, not this device’s (the hub decides what it can charge)', async () => {
      // A hub whose clock is in March 2031: its Mastercard expires this month, its Amex is past.
      const adapter = createMemoryAdapter({ now: '2031-03-12T10:00:00.000Z' });
      const { el } = await mount<PhPaymentMethods>(widget(), { adapter });
      expect(methodEl(el, 'pm_visa_4242')!.dataset['expiry']).to.equal('valid');
      expect(methodEl(el, 'pm_mc_5454')!.dataset['expiry']).to.equal('expiring');
      expect(methodEl(el, 'pm_amex_0005')!.dataset['expiry']).to.equal('expired');
    });

    it('flags expired cards and those expiring within 30 days; a PIX method has no expiry', async () => {
      const base = createMemoryAdapter();
      const adapter = override(base, {
        listPaymentMethods: async () => [
          cardIn(24, 'pm_ok', '1111', true),
          cardIn(0, 'pm_soon', '2222'),
          cardIn(-1, 'pm_old', '3333'),
          { id: 'pm_pix', type: 'pix', brand: 'PIX', isDefault: false },
        ],
      });
      const { el } = await mount<PhPaymentMethods>(widget(), { adapter });
      expect(methodEl(el, 'pm_ok')!.dataset['expiry']).to.equal('valid');
      expect(text(methodEl(el, 'pm_soon'))).to.match(/Expires \d\d\/\d{4}: replace it soon\./);
      expect(text(methodEl(el, 'pm_old'))).to.match(
        /Expired \d\d\/\d{4}: it can no longer be charged\./,
      );
      expect(!!button(methodEl(el, 'pm_old')!, /^Make default/)).to.equal(false);
      const pix = text(methodEl(el, 'pm_pix'));
      expect(pix).to.contain('PIX').and.contain('No fee.');
      expect(pix).not.to.match(/Expire/);
      await expectAccessible(el);
    });
  });

  describe('changes', () => {
    it('makes another method the default', async () => {
      const { el, adapter } = await mount<PhPaymentMethods>(widget());
      button(methodEl(el, 'pm_test_0002')!, /^Make default/)!.click();
      await until(() => text(methodEl(el, 'pm_test_0002')).includes('Default'), 'the new default');
      expect(text(methodEl(el, 'pm_visa_4242'))).not.to.contain('Default');
      const methods = await adapter.listPaymentMethods();
      expect(methods.find((m) => m.isDefault)!.id).to.equal('pm_test_0002');
    });

    it('removes a method after a confirmation that names it', async () => {
      const { el } = await mount<PhPaymentMethods>(widget());
      button(methodEl(el, 'pm_test_0002')!, /^Remove/)!.click();
      const dialog = root(el).querySelector('ph-dialog')!;
      await until(() => dialog.getAttribute('label') === 'Remove Visa •••• 0002?', 'the question');
      const confirm = button(root(el), /^Remove Visa •••• 0002$/)!;
      await until(() => confirm.checkVisibility(), 'the open dialog');
      confirm.click();
      await until(() => !methodEl(el, 'pm_test_0002'), 'the method gone');
    });

    it('refuses to remove the last method while auto-renewal is on, and says why', async () => {
      const adapter = await oneCardAdapter();
      const { el } = await mount<PhPaymentMethods>(widget(), { adapter });
      expect(ids(el)).to.deep.equal(['pm_visa_4242']);
      adapter.clearCalls();
      button(methodEl(el, 'pm_visa_4242')!, /^Remove/)!.click();
      await until(() => !!root(el).querySelector('.refusal[role="alert"]'), 'the reason');
      expect(text(root(el).querySelector('.refusal'))).to.contain(
        'This is your only payment method and auto-renewal charges it.',
      );
      expect(adapter.calls.map((c) => c.method)).not.to.include('removePaymentMethod');
      // The hub refuses it too (a domain rule, not only the widget's).
      const refused = await adapter.removePaymentMethod!('pm_visa_4242', {
        idempotencyKey: 'k-last',
      }).catch((e: unknown) => e as Error);
      expect(refused).to.be.instanceOf(Error);
      expect((refused as Error).message).to.match(/only payment method/);
    });

    it('refuses to remove the default card while others exist before asking, and says why', async () => {
      const { el, adapter } = await mount<PhPaymentMethods>(widget());
      adapter.clearCalls();
      button(methodEl(el, 'pm_visa_4242')!, /^Remove/)!.click();
      await until(() => !!root(el).querySelector('.refusal[role="alert"]'), 'the reason');
      expect(text(root(el).querySelector('.refusal'))).to.contain(
        'This is your default payment method. Make another one the default before removing it.',
      );
      expect(root(el).querySelector('ph-dialog')!.hasAttribute('open')).to.equal(false);
      expect(adapter.calls.map((c) => c.method)).not.to.include('removePaymentMethod');
      // Once another card is the default, the former one goes after the confirmation.
      button(methodEl(el, 'pm_test_0002')!, /^Make default/)!.click();
      await until(() => text(methodEl(el, 'pm_test_0002')).includes('Default'), 'the new default');
      button(methodEl(el, 'pm_visa_4242')!, /^Remove/)!.click();
      await until(() => !root(el).querySelector('.refusal'), 'the reason gone');
      const confirm = button(root(el), /^Remove Visa •••• 4242$/)!;
      await until(() => confirm.checkVisibility(), 'the open dialog');
      confirm.click();
      await until(() => !methodEl(el, 'pm_visa_4242'), 'the method gone');
    });

    it('adds a method through the TEST form; the top-up dialog offers it at once', async () => {
      const { el, provider } = await mount<PhPaymentMethods>(
        html`<ph-payment-methods></ph-payment-methods><ph-top-up-dialog></ph-top-up-dialog>`,
      );
      const form = await openCollector(el);
      expect(text(form)).to.contain('TEST MODE');
      await addTestCard(el, '4444', form);
      await until(() => ids(el).length === 5, 'the new method in the list');
      expect(text(root(el).querySelector('li.method:last-child'))).to.contain(
        'Mastercard •••• 4444',
      );
      expect(root(el).querySelector('.collector form')).to.equal(null);
      const topUp = provider.querySelector<PhTopUpDialog>('ph-top-up-dialog')!;
      await topUp.show();
      await until(
        () => !!topUp.shadowRoot!.querySelector('input[name="method"][data-last4="4444"]'),
        'the top-up dialog offering the new card',
      );
    });

    it('says so when the provider declines the card, and adds nothing', async () => {
      const { el } = await mount<PhPaymentMethods>(widget());
      await addTestCard(el, '0002');
      await until(() => !!root(el).querySelector('.refusal[role="alert"]'), 'the decline');
      expect(text(root(el).querySelector('.refusal'))).to.contain(
        'The method was not added: The card was declined.',
      );
      expect(ids(el)).to.have.length(4);
      expect(button(root(el), /^Add a payment method$/)).to.exist;
    });

    it('lets the host collect the method itself (ph-payment-method-request is cancelable)', async () => {
      const { el, adapter } = await mount<PhPaymentMethods>(widget());
      let detail: unknown;
      el.addEventListener('ph-payment-method-request', (e) => {
        detail = e.detail;
        e.preventDefault();
      });
      adapter.clearCalls();
      button(root(el), /^Add a payment method$/)!.click();
      await el.updateComplete;
      expect(detail).to.deep.equal({ reason: 'add' });
      expect(adapter.calls.map((c) => c.method)).not.to.include('collectPaymentMethod');
    });
  });

  describe('keyboard', () => {
    it('makes a method the default and removes another with the keyboard only', async () => {
      const { el, adapter } = await mount<PhPaymentMethods>(widget());
      button(methodEl(el, 'pm_test_0002')!, /^Make default/)!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => text(methodEl(el, 'pm_test_0002')).includes('Default'), 'the new default');
      button(methodEl(el, 'pm_visa_4242')!, /^Remove/)!.focus();
      await sendKeys({ press: 'Space' });
      const confirm = button(root(el), /^Remove Visa •••• 4242$/)!;
      await until(() => confirm.checkVisibility(), 'the open dialog');
      confirm.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => !methodEl(el, 'pm_visa_4242'), 'the method gone');
      expect((await adapter.listPaymentMethods()).map((m) => m.id)).not.to.include('pm_visa_4242');
    });
  });

  it('shows adapter text safely (naughty strings)', async () => {
    const result = await checkNaughtyStrings({ render: widget });
    expect(result.methods).to.include('listPaymentMethods');
    expect(deepText).to.exist;
  });
});
