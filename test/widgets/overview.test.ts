import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { MemoryAdapter } from '../../src/adapter/memory/index.js';
import type { PhAutoRenewalForm } from '../../src/widgets/auto-renewal-form/auto-renewal-form.js';
import type { PhBalanceCard } from '../../src/widgets/balance-card/balance-card.js';
import type { PhMovementsTable } from '../../src/widgets/movements-table/movements-table.js';
import '../../src/widgets/overview/define.js';
import type { PhOverview } from '../../src/widgets/overview/overview.js';
import type { PhTopUpDialog } from '../../src/widgets/top-up-dialog/top-up-dialog.js';
import { itBehavesAsAPageOfElements } from '../support/page-suite.js';
import {
  buttonIn,
  checkNaughtyStrings,
  deepActiveElement,
  deepQuery,
  deepQueryAll,
  deepText,
  expectAccessible,
  mount,
  override,
  settled,
  until,
} from '../support/conformance.js';

const overview = () => html`<ph-overview></ph-overview>`;
/** The button labelled `label` below `root`; the test fails where there is none. */
const button = (root: Element, label: RegExp) => buttonIn(root, label)!;
const part = <T extends Element>(el: PhOverview, tag: string) =>
  el.shadowRoot!.querySelector(tag) as T;
const eur = (cents: number) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** This month's "Funds added" cell in the movements table. */
function fundsAddedThisMonth(table: PhMovementsTable, month: string): string | undefined {
  const row = deepQueryAll(table, 'tbody tr').find((r) => r.textContent?.includes(month));
  return row?.querySelectorAll('td')[0]?.textContent?.trim();
}

describe('<ph-overview>', () => {
  it('is axe-clean with all four parts', async () => {
    const { el } = await mount<PhOverview>(overview());
    for (const tag of ['ph-balance-card', 'ph-auto-renewal-form', 'ph-movements-table']) {
      expect(part(el, tag), tag).to.exist;
    }
    await expectAccessible(el);
  });

  itBehavesAsAPageOfElements({
    render: overview,
    reads: ['getBalances', 'getAutoRenewal', 'listMovements'],
  });

  it('a top-up in the dialog changes the balance card and the movements', async () => {
    const adapter: MemoryAdapter = createMemoryAdapter();
    const { el } = await mount<PhOverview>(overview(), { adapter });
    const card = part<PhBalanceCard>(el, 'ph-balance-card');
    const table = part<PhMovementsTable>(el, 'ph-movements-table');
    const dialog = part<PhTopUpDialog>(el, 'ph-top-up-dialog');
    const [before] = await adapter.getBalances();
    const month = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric' }).format(
      new Date(before!.updatedAt!),
    );
    const movementsBefore = await adapter.listMovements({});
    const current = movementsBefore.at(-1)!;
    expect(fundsAddedThisMonth(table, month)).to.equal(eur(current.fundsAdded.amount));

    const add = button(card, /Add to Credit Balance/);
    add.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => dialog.open, 'the dialog to open');
    await settled(dialog);
    const preset = deepQueryAll<HTMLInputElement>(dialog, 'input[name="preset"]')[0];
    if (preset) preset.click();
    await dialog.updateComplete;
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const confirm = () => dialog.shadowRoot!.querySelector<HTMLButtonElement>('#confirm');
    await until(() => !!confirm() && !confirm()!.disabled, 'the confirm step');
    confirm()!.click();
    await until(() => !!dialog.shadowRoot!.querySelector('#done-title'), 'funds applied', 4000);

    const [after] = await adapter.getBalances();
    expect(after!.money.amount).to.be.greaterThan(before!.money.amount);
    const added = after!.money.amount - before!.money.amount;
    await until(
      () => deepQuery(card, '[part="amount"]')!.textContent === eur(after!.money.amount),
      'the card to show the new balance',
    );
    await until(
      () => fundsAddedThisMonth(table, month) === eur(current.fundsAdded.amount + added),
      'the movements to show the funds added',
    );
  });

  it('"Modify" on the card opens the auto-renewal form for editing', async () => {
    const { el } = await mount<PhOverview>(overview());
    const card = part<PhBalanceCard>(el, 'ph-balance-card');
    const form = part<PhAutoRenewalForm>(el, 'ph-auto-renewal-form');
    button(card, /^Modify$/).click();
    await until(() => deepQuery(form, 'fieldset') !== null, 'the edit mode');
    expect(deepText(form)).to.contain('Yes, I want automatic recharge');
    // The current settings are what the form starts from: auto-renewal is on.
    await settled(form);
    const choice = deepQueryAll<HTMLInputElement>(form, 'input[type="radio"]');
    expect(choice.map((r) => `${r.value}:${r.checked}`)).to.deep.equal(['on:true', 'off:false']);
  });

  it('returns focus to the card’s Modify when the edit is cancelled', async () => {
    // The contract with the form: Cancel fires a cancelable `ph-auto-renewal-cancel`; the
    // overview takes it and puts focus back where the user started.
    const { el } = await mount<PhOverview>(overview());
    const card = part<PhBalanceCard>(el, 'ph-balance-card');
    const form = part<PhAutoRenewalForm>(el, 'ph-auto-renewal-form');
    const modify = button(card, /^Modify$/);
    modify.focus();
    modify.click();
    await until(() => deepQuery(form, 'fieldset') !== null, 'the edit mode');
    const cancelled = oneEvent(form, 'ph-auto-renewal-cancel');
    button(form, /^Cancel$/).click();
    const event = await cancelled;
    expect(event.detail).to.deep.equal({ currency: 'EUR' });
    expect(event.defaultPrevented).to.equal(true);
    await until(() => deepActiveElement() === modify, 'focus back on the card’s Modify');
  });

  it('edits the other currency’s settings when its Modify is chosen mid-edit', async () => {
    const { el, adapter } = await mount<PhOverview>(overview(), { scenario: 'multi-currency' });
    const card = part<PhBalanceCard>(el, 'ph-balance-card');
    const form = part<PhAutoRenewalForm>(el, 'ph-auto-renewal-form');
    const modifyFor = (currency: string) =>
      deepQuery<HTMLButtonElement>(
        card,
        `[data-currency="${currency}"] [data-action="auto-renewal"]`,
      )!;
    modifyFor('EUR').click();
    await until(() => deepQuery(form, 'fieldset') !== null, 'the edit mode');
    modifyFor('USD').click();
    const usd = (await adapter.getAutoRenewal()).find((s) => s.currency === 'USD')!;
    const threshold = () =>
      deepQuery<HTMLElement & { value: { amount: number; currency: string } | null }>(
        form,
        'ph-money-input[data-field="threshold"]',
      )!.value;
    await until(() => threshold()?.currency === 'USD', 'the USD settings in the form');
    expect(threshold()).to.deep.equal(usd.threshold);
    expect(deepQuery(form, 'h2')!.textContent).to.contain('USD');
  });

  it('leaves the flow to the host when it cancels the request', async () => {
    const { el } = await mount<PhOverview>(overview());
    const card = part<PhBalanceCard>(el, 'ph-balance-card');
    const form = part<PhAutoRenewalForm>(el, 'ph-auto-renewal-form');
    const dialog = part<PhTopUpDialog>(el, 'ph-top-up-dialog');
    const cancel = (e: Event) => e.preventDefault();
    window.addEventListener('ph-auto-renewal-request', cancel);
    window.addEventListener('ph-top-up-request', cancel);
    try {
      button(card, /^Modify$/).click();
      button(card, /Add to Credit Balance/).click();
      // The overview decides in a microtask after the host's listeners ran; had it opened
      // either flow, the form or the dialog would have an update for settled() to wait on.
      await Promise.resolve();
      await settled(el);
      expect(deepQuery(form, 'fieldset')).to.equal(null);
      expect(dialog.open).to.equal(false);
    } finally {
      window.removeEventListener('ph-auto-renewal-request', cancel);
      window.removeEventListener('ph-top-up-request', cancel);
    }
  });

  it('speaks the provider’s language in every part', async () => {
    const { el } = await mount<PhOverview>(overview(), { locale: 'de' });
    const heading = (tag: string) => deepQuery(part(el, tag), 'h2')?.textContent?.trim();
    await until(() => heading('ph-balance-card') === 'Guthaben', 'the German balance card');
    expect(heading('ph-auto-renewal-form')).to.equal('Automatische Aufladung');
    expect(deepText(part(el, 'ph-movements-table'))).to.contain('Oktober 2026');
  });

  it('takes a brand-new partner from no balance to its first funds, a card added on the way', async () => {
    // A hub without live updates: what the card shows after the top-up is the client's doing.
    const adapter = override(createMemoryAdapter({ scenario: 'empty' }), { subscribe: undefined });
    const { el } = await mount<PhOverview>(overview(), { adapter });
    const card = part<PhBalanceCard>(el, 'ph-balance-card');
    const dialog = part<PhTopUpDialog>(el, 'ph-top-up-dialog');
    const add = button(card, /Add to Credit Balance/);
    add.focus(); // as a click does
    add.click();
    await until(() => dialog.open, 'the top-up dialog');
    await settled(dialog);
    const shadow = dialog.shadowRoot!;
    expect(deepText(dialog)).to.contain('There is no card on file. Add a card to continue.');
    button(dialog, /^Add a payment method$/).click();
    await until(() => !!shadow.querySelector('input[name="method"]:checked'), 'the card added');
    deepQueryAll<HTMLInputElement>(dialog, 'input[name="preset"]')[0]!.click(); // €100.00
    await dialog.updateComplete;
    shadow.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const confirm = () => shadow.querySelector<HTMLButtonElement>('#confirm');
    await until(() => !!confirm() && !confirm()!.disabled, 'the confirm step');
    confirm()!.click();
    await until(() => !!shadow.querySelector('#done-title'), 'funds applied', 4000);
    await until(() => !!deepQuery(card, '[part="amount"]'), 'the balance on the card');
    expect(deepQuery(card, '[part="amount"]')!.textContent!.trim()).to.equal('€100.00');
    // The new balance's auto-renewal settings (the hub's defaults), read again with it.
    await until(() => deepText(card).includes('Auto-renewal is off.'), 'its auto-renewal');
    expect(deepText(card)).to.not.contain('not set up for this currency');
    // Done: focus goes back to Add to Credit Balance, now the balance's own button.
    button(dialog, /^Done$/).click();
    await until(
      () => deepActiveElement() === deepQuery(card, '[data-action="top-up"]'),
      'focus on the card’s Add to Credit Balance',
    );
  });

  it('works with an adapter of its own, without a provider above', async () => {
    const { fixture } = await import('@open-wc/testing');
    const adapter = createMemoryAdapter({ scenario: 'zero' });
    const el = await fixture<PhOverview>(html`<ph-overview .adapter=${adapter}></ph-overview>`);
    const card = () => el.shadowRoot!.querySelector('ph-balance-card');
    await until(() => !!card() && deepQuery(card()!, '[part="status"]') !== null, 'the card');
    expect(deepQuery(card()!, '[part="status"]')!.textContent!.trim()).to.equal('Paused');
  });

  it('renders card brands and the hub’s reason for a failed read exactly: the 485 naughty strings', async () => {
    const result = await checkNaughtyStrings({
      render: overview,
      // The movements fail with the hub's reason; the dialog, open, lists the cards.
      fail: { listMovements: (text) => new AdapterError('validation', text()) },
      act: async (el) => (el as PhOverview).showTopUp(),
    });
    expect(result.methods).to.deep.equal(['listMovements', 'listPaymentMethods']);
  });
});
