import { expect, html } from '@open-wc/testing';
import '../../src/widgets/overview/define.js';
import type { PhOverview } from '../../src/widgets/overview/overview.js';
import type { PhAutoRenewalForm } from '../../src/widgets/auto-renewal-form/auto-renewal-form.js';
import '../../src/widgets/billing/define.js';
import type { PhBilling } from '../../src/widgets/billing/billing.js';
import type { PhTopUpDialog } from '../../src/widgets/top-up-dialog/top-up-dialog.js';
import {
  deepQuery,
  deepQueryAll,
  expectAccessible,
  mount,
  settled,
  until,
} from '../support/conformance.js';
import { itBehavesAsAPageOfElements } from '../support/page-suite.js';

const billing = () => html`<ph-billing></ph-billing>`;
const part = <T extends Element>(el: PhBilling, tag: string) =>
  el.shadowRoot!.querySelector(tag) as T;
const PARTS = [
  'ph-balance-card',
  'ph-auto-renewal-form',
  'ph-invoice-list',
  'ph-invoicing-details',
  'ph-payment-methods',
  'ph-partner-plan',
  'ph-top-up-dialog',
];

describe('<ph-billing>', () => {
  it('renders its parts, each ready, axe-clean', async () => {
    const { el } = await mount<PhBilling>(billing());
    for (const tag of PARTS) expect(part(el, tag), tag).to.exist;
    expect(deepQuery(part(el, 'ph-balance-card'), '[part="amount"]')).to.exist;
    expect(deepQuery(part(el, 'ph-invoice-list'), 'tbody tr')).to.exist;
    expect(deepQuery(part(el, 'ph-invoicing-details'), 'ph-text-field[name="vatId"]')).to.exist;
    expect(deepQuery(part(el, 'ph-payment-methods'), 'li.method')).to.exist;
    expect(deepQuery(part(el, 'ph-partner-plan'), 'li.plan')).to.exist;
    await expectAccessible(el);
  });

  itBehavesAsAPageOfElements({
    render: billing,
    reads: [
      'getSession',
      'getBalances',
      'listInvoices',
      'getInvoicingDetails',
      'listPaymentMethods',
      'getPlan',
    ],
  });

  it('"Add to Credit Balance" opens the top-up dialog; "Modify" opens the auto-renewal form', async () => {
    const { el } = await mount<PhBilling>(billing());
    const card = part<HTMLElement>(el, 'ph-balance-card');
    const dialog = part<PhTopUpDialog>(el, 'ph-top-up-dialog');
    deepQueryAll<HTMLButtonElement>(card, 'button')
      .find((b) => /Add to Credit Balance/.test(b.textContent ?? ''))!
      .click();
    await until(() => dialog.open, 'the dialog to open');
    dialog.close();
    await settled(dialog);
    const form = part<PhAutoRenewalForm>(el, 'ph-auto-renewal-form');
    deepQueryAll<HTMLButtonElement>(card, 'button')
      .find((b) => /Modify/.test(b.textContent ?? ''))!
      .click();
    await until(() => !!form.shadowRoot!.querySelector('[data-mode="edit"]'), 'edit mode');
  });

  it('beside a hidden Overview page under the same provider, only its own dialog opens', async () => {
    const { provider } = await mount<HTMLElement>(
      html`<section hidden><ph-overview></ph-overview></section>
        <section><ph-billing></ph-billing></section>`,
    );
    const overview = provider.querySelector<PhOverview>('ph-overview')!;
    const el = provider.querySelector<PhBilling>('ph-billing')!;
    await settled(el);
    const card = part<HTMLElement>(el, 'ph-balance-card');
    deepQueryAll<HTMLButtonElement>(card, 'button')
      .find((b) => /Add to Credit Balance/.test(b.textContent ?? ''))!
      .click();
    const mine = part<PhTopUpDialog>(el, 'ph-top-up-dialog');
    await until(() => mine.open, 'the billing page dialog to open');
    await new Promise((r) => setTimeout(r, 50));
    expect(overview.shadowRoot!.querySelector<PhTopUpDialog>('ph-top-up-dialog')!.open).to.equal(
      false,
    );
    mine.close();
  });
});
