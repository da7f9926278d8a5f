import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { MemoryAdapter } from '../../src/adapter/memory/index.js';
import type { Money } from '../../src/adapter/schemas.js';
import type {
  CollectPaymentMethodInput,
  MutationOptions,
  ReadOptions,
} from '../../src/adapter/contract.js';
import '../../src/widgets/balance-card/define.js';
import '../../src/widgets/top-up-dialog/define.js';
import '../../src/widgets/payment-methods/define.js';
import { PhTopUpDialog } from '../../src/widgets/top-up-dialog/define.js';
import type { TopUpDetail } from '../../src/widgets/top-up-dialog/define.js';
import type { PhDialog } from '../../src/widgets/dialog/define.js';
import type { PhMoneyInput } from '../../src/widgets/money-input/define.js';
import '../../src/client/results/partner-accounts.js'; // the switch the tests make
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
import { emulateForcedColors, systemColor } from '../support/forced-colors.js';

const dialogTemplate = () => html`<ph-top-up-dialog></ph-top-up-dialog>`;
const pair = () =>
  html`<div><ph-balance-card></ph-balance-card><ph-top-up-dialog></ph-top-up-dialog></div>`;

const eur = (amount: number): Money => ({ amount, currency: 'EUR' });
const $ = <T extends Element = HTMLElement>(el: PhTopUpDialog, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
/** The native `<dialog>` inside the dialog's `<ph-dialog>`. */
const dialogOf = (el: PhTopUpDialog) =>
  $(el, 'ph-dialog')!.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!;
const titleOf = (el: PhTopUpDialog) => deepQuery(el, '[part="title"]')!;
const text = (el: Element) => deepText(el);
const moneyInput = (el: PhTopUpDialog) => $<PhMoneyInput>(el, 'ph-money-input')!;
/** The radio of a seeded card, by its id (`pm_visa_4242`): found by its last four digits. */
const cardRadio = (el: PhTopUpDialog, id: string) =>
  $<HTMLInputElement>(el, `input[name="method"][data-last4="${id.slice(-4)}"]`)!;
const confirmButton = (el: PhTopUpDialog) => $<HTMLButtonElement>(el, '#confirm')!;
const topUpCalls = (adapter: MemoryAdapter) => adapter.calls.filter((c) => c.method === 'topUp');
const keysOf = (adapter: MemoryAdapter) =>
  topUpCalls(adapter).map((c) => (c.args[1] as { idempotencyKey: string }).idempotencyKey);
const balanceOf = async (adapter: MemoryAdapter) => (await adapter.getBalances())[0]!.money;

async function openDialog(options: Parameters<typeof mount>[1] = {}) {
  const mounted = await mount<PhTopUpDialog>(dialogTemplate(), options);
  await mounted.el.show();
  if (options.settle !== false) await settled(mounted.el);
  return mounted;
}

/** Types into the money input as a person would. */
async function typeAmount(el: PhTopUpDialog, typed: string) {
  const field = moneyInput(el);
  const input = field.shadowRoot!.querySelector('input')!;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: typed });
  await field.updateComplete;
  await el.updateComplete;
}

async function chooseCard(el: PhTopUpDialog, id: string) {
  cardRadio(el, id).click();
  await el.updateComplete;
}

/** Continue; waits until "Add credit" can be pressed (the fee is known). */
async function continueToConfirm(el: PhTopUpDialog) {
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
  await until(() => !!confirmButton(el) && !confirmButton(el).disabled, 'the confirm button');
}

/** Amount and card, then Continue. */
async function toConfirm(el: PhTopUpDialog, typed = '250', card = 'pm_visa_4242') {
  await typeAmount(el, typed);
  await chooseCard(el, card);
  await continueToConfirm(el);
}

/** Waits until the hub holds `amount` (minor units) in the first balance. */
async function untilBalance(adapter: MemoryAdapter, amount: number) {
  const end = performance.now() + 3000;
  while ((await balanceOf(adapter)).amount !== amount) {
    if (performance.now() > end) throw new Error(`Timed out waiting for a balance of ${amount}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function toDone(el: PhTopUpDialog) {
  await until(() => !!$(el, '#done-title'), 'funds applied', 4000);
  await el.updateComplete;
}

/**
 * A top-up whose answer is lost three times (applied by the hub each time it is asked): the
 * checks end with its outcome unknown. Gives the balance before it.
 */
async function toUnknownOutcome() {
  PhTopUpDialog.verifyBackoff = [5, 5];
  const { el, adapter } = await openDialog();
  await toConfirm(el);
  const before = await balanceOf(adapter);
  adapter.clearCalls();
  adapter.failNext('topUp', new AdapterError('timeout', 'Lost.'), {
    afterApplying: true,
    times: 3,
  });
  confirmButton(el).click();
  await until(() => !!$(el, '#unknown'), 'unknown outcome');
  return { el, adapter, before };
}

describe('<ph-top-up-dialog>', () => {
  let backoff: readonly number[];
  beforeEach(() => {
    backoff = PhTopUpDialog.verifyBackoff;
  });
  afterEach(() => {
    PhTopUpDialog.verifyBackoff = backoff;
  });

  describe('accessibility in every step and state', () => {
    it('is closed and renders nothing until opened', async () => {
      const { el, adapter } = await mount<PhTopUpDialog>(dialogTemplate());
      expect(dialogOf(el).open).to.equal(false);
      expect(el.open).to.equal(false);
      expect(adapter.calls).to.have.length(0);
    });

    it('amount step', async () => {
      const { el } = await openDialog();
      expect(dialogOf(el).open).to.equal(true);
      expect(dialogOf(el).getAttribute('aria-labelledby')).to.equal('title');
      expect(titleOf(el).textContent!.trim()).to.equal('Add to Credit Balance');
      // Both steps are headed, the first like the second.
      expect($(el, 'h3#amount-title')!.textContent).to.equal('Step 1 of 2: amount and card');
      await expectAccessible(el);
    });

    it('confirm step', async () => {
      const { el } = await openDialog();
      await toConfirm(el);
      await expectAccessible(el);
    });

    it('pending', async () => {
      const { el, adapter } = await openDialog();
      await toConfirm(el);
      adapter.setLatency(3000);
      confirmButton(el).click();
      await el.updateComplete;
      // Marked unavailable and busy, not disabled: it keeps focus (a press does nothing).
      expect(confirmButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(confirmButton(el).getAttribute('aria-busy')).to.equal('true');
      expect(text(el)).to.contain('Processing payment…');
      await expectAccessible(el);
    });

    it('verifying', async () => {
      PhTopUpDialog.verifyBackoff = [5000];
      const { el, adapter } = await openDialog();
      await toConfirm(el);
      adapter.failNext('topUp', new AdapterError('timeout', 'No answer.'), { afterApplying: true });
      confirmButton(el).click();
      await until(() => text(el).includes('Verifying payment…'), 'verifying');
      // Said once as the checks start, after "Processing payment…".
      expect(el.shadowRoot!.querySelector('[data-announcer]')!.textContent).to.equal(
        'Verifying payment…',
      );
      await expectAccessible(el);
    });

    it('failed', async () => {
      const { el } = await openDialog();
      await toConfirm(el, '250', 'pm_test_0002');
      confirmButton(el).click();
      await until(() => !!$(el, '#failure'), 'the failure');
      await expectAccessible(el);
    });

    it('success', async () => {
      const { el } = await openDialog();
      await toConfirm(el);
      confirmButton(el).click();
      await toDone(el);
      await expectAccessible(el);
    });

    it('outcome unknown', async () => {
      PhTopUpDialog.verifyBackoff = [5];
      const { el, adapter } = await openDialog();
      await toConfirm(el);
      adapter.failNext('topUp', new AdapterError('network', 'Offline.'), { times: 2 });
      confirmButton(el).click();
      await until(() => !!$(el, '#unknown'), 'unknown outcome');
      await expectAccessible(el);
    });

    it('no usable card', async () => {
      const { el } = await openDialog({ scenario: 'empty' });
      expect(text(el)).to.contain('There is no card on file. Add a card to continue.');
      expect(buttonIn(el, /^Continue$/)!.disabled).to.equal(true);
      await expectAccessible(el);
    });

    it('member: forbidden, with the reason', async () => {
      const { el, adapter } = await openDialog({ role: 'member' });
      expect(text(el)).to.contain('Only owners can add funds.');
      expect($(el, 'form')).to.not.exist;
      expect(adapter.calls.some((c) => c.method === 'listPaymentMethods')).to.equal(false);
      await expectAccessible(el);
    });

    it('client-paid: unavailable for this billing mode', async () => {
      const { el } = await openDialog({ scenario: 'client-paid' });
      expect($(el, '[data-state="unavailable"]')).to.exist;
      expect(text(el)).to.contain('Not available for this billing mode');
      await expectAccessible(el);
    });

    it('loading', async () => {
      const { el } = await openDialog({ scenario: 'slow', settle: false });
      await el.updateComplete;
      expect($(el, '[data-state="loading"]')).to.exist;
      await expectAccessible(el);
    });

    it('error, with a retry', async () => {
      const { el } = await openDialog({ scenario: 'failing' });
      expect($(el, '[data-state="error"]')).to.exist;
      expect(buttonIn(el, /^Try again$/)).to.exist;
      await expectAccessible(el);
    });
  });

  describe('keyboard path', () => {
    it('opens from the balance card with Enter, traps Tab, closes on Escape, returns focus', async () => {
      const { el: root } = await mount<HTMLElement>(pair());
      const card = root.querySelector('ph-balance-card')!;
      const dialog = root.querySelector('ph-top-up-dialog')!;
      const add = buttonIn(card, /Add to Credit Balance/)!;
      add.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => dialog.open, 'the dialog to open');
      await settled(dialog);
      await until(() => dialog.shadowRoot!.activeElement !== null, 'focus in the dialog');
      // Focus moved in, to the first field (the first amount preset).
      const first = dialog.shadowRoot!.activeElement as HTMLInputElement;
      expect(first.name).to.equal('preset');

      const seen = new Set<Element>();
      for (let i = 0; i < 16; i++) {
        await sendKeys({ press: 'Tab' });
        const active = dialog.shadowRoot!.activeElement;
        expect(active, `focus after Tab ${i + 1}`).to.not.equal(null);
        seen.add(active!);
      }
      expect(seen.has(first), 'Tab came round to the first field again').to.equal(true);
      await sendKeys({ down: 'Shift' });
      for (let i = 0; i < 16; i++) {
        await sendKeys({ press: 'Tab' });
        expect(dialog.shadowRoot!.activeElement, `focus after Shift+Tab ${i + 1}`).to.not.equal(
          null,
        );
      }
      await sendKeys({ up: 'Shift' });

      await sendKeys({ press: 'Escape' });
      await until(() => !dialog.open, 'the dialog to close');
      expect(dialogOf(dialog).open).to.equal(false);
      expect(card.shadowRoot!.activeElement).to.equal(add);
    });

    it('Escape does nothing while a payment is pending, and says why', async () => {
      const { el, adapter } = await openDialog();
      await toConfirm(el);
      adapter.setLatency(800);
      confirmButton(el).click();
      await el.updateComplete;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(dialogOf(el).open).to.equal(true);
      expect(text(el)).to.contain('A payment is being processed.');
      await sendKeys({ press: 'Escape' });
      expect(dialogOf(el).open).to.equal(true);
      expect(el.close()).to.equal(false);
      await toDone(el);
      expect(dialogOf(el).open).to.equal(true);
    });

    it('returns focus to whatever opened it with show()', async () => {
      const { el } = await mount<PhTopUpDialog>(dialogTemplate());
      const opener = document.createElement('button');
      opener.textContent = 'Open';
      document.body.append(opener);
      opener.focus();
      await el.show();
      await settled(el);
      buttonIn(el, /^Cancel$/)!.click();
      await until(() => !el.open, 'closed');
      expect(document.activeElement).to.equal(opener);
      opener.remove();
    });
  });

  describe('exactly one charge', () => {
    it('keeps focus on "Add credit" while the payment runs: marked busy, never disabled', async () => {
      const { el, adapter } = await openDialog();
      await toConfirm(el);
      adapter.setLatency(300);
      adapter.clearCalls();
      const button = confirmButton(el);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => button.getAttribute('aria-busy') === 'true', 'the payment running');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(deepActiveElement() === button).to.equal(true);
      await sendKeys({ press: 'Enter' }); // a second press while it runs sends nothing
      await toDone(el);
      expect(topUpCalls(adapter)).to.have.length(1);
    });

    it('a burst of 50 clicks makes one adapter call', async () => {
      const { el, adapter } = await openDialog();
      await toConfirm(el);
      const before = await balanceOf(adapter);
      adapter.clearCalls();
      const button = confirmButton(el);
      for (let i = 0; i < 50; i++) button.click();
      await toDone(el);
      expect(topUpCalls(adapter)).to.have.length(1);
      expect((await balanceOf(adapter)).amount).to.equal(before.amount + 25_000);
    });

    it('50 clicks spread over a slow payment make one adapter call', async () => {
      const { el, adapter } = await openDialog();
      await toConfirm(el);
      adapter.setLatency(300);
      adapter.clearCalls();
      const button = confirmButton(el);
      for (let i = 0; i < 50; i++) {
        button.click();
        await new Promise((r) => setTimeout(r, 4));
      }
      await toDone(el);
      expect(topUpCalls(adapter)).to.have.length(1);
    });

    it('50 Enter presses make one adapter call', async () => {
      const { el, adapter } = await openDialog();
      await toConfirm(el);
      adapter.setLatency(200);
      adapter.clearCalls();
      confirmButton(el).focus();
      for (let i = 0; i < 50; i++) await sendKeys({ press: 'Enter' });
      await toDone(el);
      expect(topUpCalls(adapter)).to.have.length(1);
      expect(el.open).to.equal(true);
    });

    it('a retry after a timeout reuses the key and the balance rises once', async () => {
      PhTopUpDialog.verifyBackoff = [300, 300];
      const { el, adapter } = await openDialog();
      await toConfirm(el);
      const before = await balanceOf(adapter);
      adapter.clearCalls();
      adapter.failNext('topUp', new AdapterError('timeout', 'The response was lost.'), {
        afterApplying: true,
      });
      confirmButton(el).click();
      await until(() => text(el).includes('Verifying payment…'), 'verifying');
      expect(confirmButton(el).getAttribute('aria-disabled')).to.equal('true');
      confirmButton(el).click(); // pressed while verifying: nothing more is sent
      await toDone(el);
      const keys = keysOf(adapter);
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
      const after = await balanceOf(adapter);
      expect(after.amount).to.equal(before.amount + 25_000);
      expect(text(el)).to.contain('Funds applied');
    });

    it('still unknown after the checks: says so and "Check again" uses the same key', async () => {
      const { el, adapter, before } = await toUnknownOutcome();
      expect(text(el)).to.contain('We could not confirm the payment yet.');
      buttonIn(el, /^Check again$/)!.click();
      await toDone(el);
      const keys = keysOf(adapter);
      expect(keys).to.have.length(4);
      expect(new Set(keys).size).to.equal(1);
      expect((await balanceOf(adapter)).amount).to.equal(before.amount + 25_000);
    });

    it('closed while its outcome is unknown, then the same top-up again: the same key, charged once', async () => {
      const { el, adapter, before } = await toUnknownOutcome();
      el.close();
      await until(() => !el.open, 'closed');
      await el.show();
      await settled(el);
      await toConfirm(el); // the same amount and card
      confirmButton(el).click();
      await toDone(el);
      expect(new Set(keysOf(adapter)).size).to.equal(1);
      expect((await balanceOf(adapter)).amount).to.equal(before.amount + 25_000);
    });

    it('a new top-up after reopening gets a new key', async () => {
      const { el, adapter } = await openDialog();
      await toConfirm(el);
      confirmButton(el).click();
      await toDone(el);
      buttonIn(el, /^Done$/)!.click();
      await until(() => !el.open, 'closed');
      await el.show();
      await settled(el);
      await toConfirm(el);
      confirmButton(el).click();
      await toDone(el);
      const keys = keysOf(adapter);
      expect(keys).to.have.length(2);
      expect(keys[0]).to.not.equal(keys[1]);
    });
  });

  describe('a payment that never answers', () => {
    it('can be left within the mutation timeout, with one adapter call and no second charge', async () => {
      PhTopUpDialog.verifyBackoff = [150];
      const base = createMemoryAdapter();
      const keys: string[] = [];
      // A host adapter whose first topUp never settles and ignores its signal (the request
      // never reached the hub); every later one is answered.
      const adapter = override(base, {
        topUp: (input: unknown, options: { idempotencyKey: string }) => {
          keys.push(options.idempotencyKey);
          if (keys.length === 1) return new Promise(() => {});
          return base.topUp(input as never, options as never);
        },
      }) as MemoryAdapter;
      const { el, provider } = await openDialog({ adapter });
      provider.mutationTimeout = 400;
      await provider.updateComplete;
      const before = await balanceOf(base);
      await toConfirm(el);
      const dialog = $<PhDialog>(el, 'ph-dialog')!;
      const clicked = performance.now();
      confirmButton(el).click();
      await el.updateComplete;
      expect(dialog.busy, 'the first answer is awaited').to.equal(true);
      const leavable = () => !dialog.busy;
      await until(leavable, 'a state the user can leave', 400 + 1500);
      expect(performance.now() - clicked).to.be.at.least(350);

      await sendKeys({ press: 'Escape' });
      await until(() => !el.open, 'the dialog to close');
      // The checks go on after leaving, with the same key: the second one is answered.
      await until(() => keys.length >= 2, 'a check after leaving', 2000);
      expect(new Set(keys).size, 'one key').to.equal(1);
      await untilBalance(base, before.amount + 25_000);
      expect(new Set(keys).size, 'one key').to.equal(1);

      // That top-up is done; another one afterwards is a new change with a new key.
      await el.show();
      await settled(el);
      await typeAmount(el, '250');
      await until(() => text(el).includes('Card fee €10.00'), 'the debounced fee');
      await continueToConfirm(el);
      confirmButton(el).click();
      await toDone(el);
      expect(new Set(keys).size, 'a second key').to.equal(2);
      expect((await balanceOf(base)).amount).to.equal(before.amount + 50_000);
    });

    it('closed while its lost answer is being checked, then opened again: it shows that payment, charged once', async () => {
      PhTopUpDialog.verifyBackoff = [400, 400];
      const { el, adapter } = await openDialog();
      await toConfirm(el);
      const before = await balanceOf(adapter);
      adapter.clearCalls();
      adapter.failNext('topUp', new AdapterError('timeout', 'Lost.'), { afterApplying: true });
      confirmButton(el).click();
      await until(() => text(el).includes('Verifying payment…'), 'verifying');
      el.close();
      await until(() => !el.open, 'the dialog to close');
      await el.show();
      // Not a new top-up: the payment being checked, until the check lands it.
      expect(text(el)).to.contain('Verifying payment…');
      await toDone(el);
      expect(new Set(keysOf(adapter)).size, 'one key').to.equal(1);
      expect((await balanceOf(adapter)).amount - before.amount, 'charged once').to.equal(25_000);
    });

    it('moved in the page while paying: asked again with the same key, charged once', async () => {
      const { el, adapter } = await openDialog();
      await toConfirm(el);
      const before = await balanceOf(adapter);
      adapter.clearCalls();
      confirmButton(el).click();
      const parent = el.parentElement!;
      el.remove(); // a framework re-parents the element mid-payment
      parent.append(el);
      await until(() => !!$(el, '#done-title'), 'funds applied', 4000);
      expect(new Set(keysOf(adapter)).size, 'one key').to.equal(1);
      expect((await balanceOf(adapter)).amount - before.amount, 'charged once').to.equal(25_000);
    });
  });

  describe('switching partner account', () => {
    it('closes the dialog while a payment is out, and the old account is charged once', async () => {
      const { el, adapter, provider } = await openDialog();
      await toConfirm(el);
      const before = await balanceOf(adapter);
      confirmButton(el).click();
      await provider.client!.switchPartnerAccount('acme-cp', { idempotencyKey: 'switch' });
      await el.updateComplete;
      expect(el.open, 'closed').to.equal(false);
      expect(dialogOf(el).open, 'the native dialog closed').to.equal(false);
      await provider.client!.switchPartnerAccount('acme', { idempotencyKey: 'back' });
      expect((await balanceOf(adapter)).amount - before.amount, 'charged once').to.equal(25_000);
    });

    it('closes after "Funds applied" without drawing the old account’s result', async () => {
      const { el, provider } = await openDialog();
      await toConfirm(el);
      confirmButton(el).click();
      await toDone(el);
      await provider.client!.switchPartnerAccount('acme-cp', { idempotencyKey: 'switch' });
      await el.updateComplete;
      expect(el.open, 'closed').to.equal(false);
      expect(dialogOf(el).open, 'the native dialog closed').to.equal(false);
    });
  });

  describe('payment failure', () => {
    it('a declined card keeps the amount and the card, and says why', async () => {
      const { el, adapter } = await openDialog();
      await toConfirm(el, '250', 'pm_test_0002');
      confirmButton(el).click();
      await until(() => !!$(el, '#failure'), 'the failure');
      expect($(el, '#failure')!.textContent).to.contain('The card was declined.');
      expect($(el, '#failure')!.textContent).to.contain('€250.00');
      expect(moneyInput(el).value).to.deep.equal(eur(25_000));
      expect(cardRadio(el, 'pm_test_0002').checked).to.equal(true);
      expect($(el, 'form')!.hidden).to.equal(false);
      expect(topUpCalls(adapter)).to.have.length(1);

      // Retry: the same logical top-up, the same key.
      buttonIn($(el, '#failure')!, /^Try again$/)!.click();
      await until(() => topUpCalls(adapter).length === 2 && !!$(el, '#failure'), 'the retry');
      const [first, second] = keysOf(adapter);
      expect(second).to.equal(first);
    });

    it('a failure is said once: by its alert, not also by the live region or a focused alert', async () => {
      const { el } = await openDialog();
      await toConfirm(el, '250', 'pm_test_0002');
      confirmButton(el).click();
      await until(() => !!$(el, '#failure'), 'the failure');
      await el.updateComplete;
      const alerts = deepQueryAll(el, '[role="alert"]').filter((a) =>
        a.textContent!.includes('The card was declined.'),
      );
      expect(alerts).to.have.length(1);
      expect(alerts[0]!.querySelector('button'), '"Try again" is not read as part of it').to.equal(
        null,
      );
      expect($(el, '[data-announcer]')!.textContent).to.not.contain('declined');
      await until(() => el.shadowRoot!.activeElement?.textContent?.trim() === 'Try again', 'focus');
    });

    it('changing the amount after a failure makes a new key', async () => {
      const { el, adapter } = await openDialog();
      await toConfirm(el, '250', 'pm_test_0002');
      confirmButton(el).click();
      await until(() => !!$(el, '#failure'), 'the failure');
      await typeAmount(el, '300');
      expect($(el, '#failure')).to.not.exist;
      await continueToConfirm(el);
      confirmButton(el).click();
      await until(() => topUpCalls(adapter).length === 2 && !!$(el, '#failure'), 'second try');
      const [first, second] = keysOf(adapter);
      expect(second).to.not.equal(first);
    });

    it('another card after a failure makes a new key and pays once', async () => {
      const { el, adapter } = await openDialog();
      const before = await balanceOf(adapter);
      await toConfirm(el, '250', 'pm_test_0002');
      confirmButton(el).click();
      await until(() => !!$(el, '#failure'), 'the failure');
      await chooseCard(el, 'pm_visa_4242');
      await continueToConfirm(el);
      confirmButton(el).click();
      await toDone(el);
      const [first, second] = keysOf(adapter);
      expect(second).to.not.equal(first);
      expect((await balanceOf(adapter)).amount).to.equal(before.amount + 25_000);
    });

    it('a payment_failed error reads as a failure too', async () => {
      const { el, adapter } = await openDialog();
      await toConfirm(el);
      adapter.failNext(
        'topUp',
        new AdapterError('payment_failed', 'No funds.', { reasonCode: 'insufficient_funds' }),
      );
      confirmButton(el).click();
      await until(() => !!$(el, '#failure'), 'the failure');
      expect(text(el)).to.contain('The card has insufficient funds.');
    });

    it('validation errors go to the amount field', async () => {
      const { el, adapter } = await openDialog();
      await toConfirm(el);
      adapter.failNext(
        'topUp',
        new AdapterError('validation', 'Bad amount.', {
          fieldErrors: { amount: 'Top-ups are limited today.' },
        }),
      );
      confirmButton(el).click();
      await until(() => !$(el, 'form')!.hidden, 'back on the amount step');
      await el.updateComplete;
      expect(moneyInput(el).error).to.equal('Top-ups are limited today.');
      expect(text(moneyInput(el))).to.contain('Top-ups are limited today.');
    });
  });

  describe('amount and card', () => {
    it('offers presets in the currency, with the auto-renewal amount', async () => {
      const { el, adapter } = await openDialog();
      const labels = Array.from(el.shadowRoot!.querySelectorAll('.presets label')).map((l) =>
        l.textContent!.trim(),
      );
      expect(labels).to.include.members(['€100.00', '€250.00', '€500.00', '€1,000.00']);
      const [settings] = await adapter.getAutoRenewal();
      const format = (m: Money) =>
        new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(m.amount / 100);
      expect(labels).to.include(format(settings!.amount));
      expect(labels).to.include(format(settings!.recommendation!.amount));
      const amounts = labels.map((l) => Number(l.replace(/[€,]/g, '')));
      expect(amounts).to.deep.equal([...amounts].sort((a, b) => a - b));
      expect(el.shadowRoot!.querySelector('.presets')!.getAttribute('role')).to.equal('radiogroup');
    });

    it('a preset fills the amount', async () => {
      const { el } = await openDialog();
      const preset = el.shadowRoot!.querySelectorAll<HTMLInputElement>('[name="preset"]')[1]!;
      preset.click();
      await el.updateComplete;
      expect(moneyInput(el).value).to.deep.equal(eur(25_000));
      expect(preset.checked).to.equal(true);
    });

    it('keeps the custom amount within the hub’s top-up limits', async () => {
      const { el, adapter } = await openDialog();
      const [balance] = await adapter.getBalances();
      expect(balance!.topUpLimits!.min).to.deep.equal(eur(1_000));
      await typeAmount(el, '5');
      buttonIn(el, /^Continue$/)!.click();
      await el.updateComplete;
      expect($(el, '.confirm')).to.not.exist;
      expect(text(moneyInput(el))).to.contain('Enter at least €10.00.');
      expect(text(el)).to.contain('Between €10.00 and €10,000.00.');
    });

    it('falls back to the auto-renewal limits when the hub gives no top-up limits', async () => {
      const base = createMemoryAdapter();
      const adapter = override(base, {
        getBalances: async () =>
          (await base.getBalances()).map(({ money, updatedAt }) => ({ money, updatedAt })),
      }) as MemoryAdapter;
      const { el } = await openDialog({ adapter });
      await typeAmount(el, '15');
      buttonIn(el, /^Continue$/)!.click();
      await el.updateComplete;
      expect($(el, '.confirm')).to.not.exist;
      expect(text(moneyInput(el))).to.contain('Enter at least €20.00.');
      expect(text(el)).to.contain('Between €20.00 and €10,000.00.');
    });

    it('reads card expiry by the hub’s clock, as the payment methods and the invoice payment do', async () => {
      // The balance was last updated long before the hub's clock: the clock, not the balance, is now.
      const base = createMemoryAdapter({ now: '2031-03-12T10:00:00.000Z' });
      const adapter = override(base, {
        getBalances: async (...args: unknown[]) =>
          (await base.getBalances(...(args as []))).map((b) => ({
            ...b,
            updatedAt: '2031-01-20T10:00:00.000Z',
          })),
      });
      const { el } = await openDialog({ adapter });
      const expiry = (id: string) => cardRadio(el, id).closest('label')!.dataset['expiry'];
      expect([expiry('pm_visa_4242'), expiry('pm_mc_5454'), expiry('pm_amex_0005')]).to.deep.equal([
        'valid',
        'expiring',
        'expired',
      ]);
    });

    it('preselects the default card; flags expired (not selectable) and expiring cards', async () => {
      const { el } = await openDialog();
      expect(cardRadio(el, 'pm_visa_4242').checked).to.equal(true);
      const expired = cardRadio(el, 'pm_amex_0005');
      expect(expired.disabled).to.equal(true);
      expect(expired.closest('label')!.textContent).to.contain('Expired');
      const soon = cardRadio(el, 'pm_mc_5454');
      expect(soon.disabled).to.equal(false);
      expect(soon.closest('label')!.textContent).to.contain('Expires soon');
      expect(cardRadio(el, 'pm_visa_4242').closest('label')!.textContent).to.match(
        /Visa •••• 4242, expires \d\d\/\d{4}/,
      );
      expired.click();
      await el.updateComplete;
      expect(expired.checked).to.equal(false);
      expect(cardRadio(el, 'pm_visa_4242').checked).to.equal(true);
    });

    it('preselects the default card when everything it reads is cached (the billing page)', async () => {
      const { el: page, adapter } = await mount<HTMLElement>(
        html`<div>
          <ph-balance-card></ph-balance-card>
          <ph-payment-methods></ph-payment-methods>
          <ph-top-up-dialog></ph-top-up-dialog>
        </div>`,
      );
      const methods = page.querySelector('ph-payment-methods')!;
      await until(() => !!methods.shadowRoot!.querySelector('[data-method]'), 'the cards listed');
      await settled(page.querySelector('ph-balance-card')!);
      adapter.clearCalls();
      const el = page.querySelector<PhTopUpDialog>('ph-top-up-dialog')!;
      await el.show();
      await settled(el);
      const read = adapter.calls.map((c) => c.method);
      expect(read, 'the cards come from the cache').not.to.include('listPaymentMethods');
      expect(read, 'the balances too').not.to.include('getBalances');
      expect(cardRadio(el, 'pm_visa_4242').checked).to.equal(true);
      expect($<HTMLButtonElement>(el, 'button[type="submit"]')!.disabled).to.equal(false);
    });

    describe('in forced-colors mode', () => {
      emulateForcedColors();

      it('the expired card keeps its disabled look (GrayText), the chosen one its highlight', async () => {
        expect(matchMedia('(forced-colors: active)').matches).to.be.true;
        const { el } = await openDialog();
        const expired = getComputedStyle(cardRadio(el, 'pm_amex_0005').closest('label')!);
        const usable = getComputedStyle(cardRadio(el, 'pm_mc_5454').closest('label')!);
        const chosen = getComputedStyle(cardRadio(el, 'pm_visa_4242').closest('label')!);
        expect(expired.color).to.equal(systemColor('GrayText'));
        expect(expired.borderTopColor).to.equal(systemColor('GrayText'));
        expect(usable.color).to.not.equal(expired.color);
        expect(chosen.borderTopColor).to.equal(systemColor('Highlight'));
        expect(usable.borderTopColor).to.not.equal(chosen.borderTopColor);
        const flag = cardRadio(el, 'pm_amex_0005').closest('label')!.querySelector('.badge')!;
        expect(getComputedStyle(flag).color).to.equal(systemColor('GrayText'));
        await expectAccessible(el);
      });
    });

    it('no usable card: a cancelable request, then the adapter collects one', async () => {
      const { el, adapter } = await openDialog({ scenario: 'empty' });
      const event = oneEvent(el, 'ph-payment-method-request');
      buttonIn(el, /^Add a payment method$/)!.click();
      const { detail } = await event;
      expect(detail.reason).to.equal('none_usable');
      await until(() => !!el.shadowRoot!.querySelector('[name="method"]'), 'a new card');
      expect(adapter.calls.some((c) => c.method === 'collectPaymentMethod')).to.equal(true);
      expect(buttonIn(el, /^Continue$/)!.disabled).to.equal(false);
      // The button pressed is gone: focus goes on to the card added, chosen.
      await until(
        () => el.shadowRoot!.activeElement?.matches('[name="method"]:checked') === true,
        'focus on the card added',
      );
    });

    it('no usable card: Add a payment method keeps focus while the card is collected, and collects once', async () => {
      const base = createMemoryAdapter({ scenario: 'empty' });
      let finish: () => void = () => {};
      const adapter = override(base, {
        collectPaymentMethod: async (
          input: CollectPaymentMethodInput,
          options: MutationOptions,
        ) => {
          await new Promise<void>((resolve) => (finish = resolve));
          return base.collectPaymentMethod!(input, options);
        },
      });
      const { el } = await openDialog({ adapter });
      let requests = 0;
      el.addEventListener('ph-payment-method-request', () => requests++);
      const add = buttonIn(el, /^Add a payment method$/)!;
      add.focus();
      add.click();
      await el.updateComplete;
      expect(add.getAttribute('aria-busy')).to.equal('true');
      expect(add.getAttribute('aria-disabled')).to.equal('true');
      expect(add.disabled, 'still focusable').to.equal(false);
      expect(el.shadowRoot!.activeElement === add, 'focus stays on the button').to.equal(true);
      add.click(); // a second press while the first is collected: no second request to the host
      expect(requests).to.equal(1);
      finish();
      await until(() => !!$(el, '[name="method"]:checked'), 'the card added');
      expect(base.calls.filter((c) => c.method === 'collectPaymentMethod')).to.have.length(1);
      expect((await base.listPaymentMethods()).length).to.equal(1);
    });

    it('no usable card: the host takes over with preventDefault', async () => {
      const { el, adapter } = await openDialog({ scenario: 'empty' });
      const requested = oneEvent(el, 'ph-payment-method-request');
      el.addEventListener('ph-payment-method-request', (e) => e.preventDefault(), { once: true });
      const add = buttonIn(el, /^Add a payment method$/)!;
      add.click();
      expect((await requested).defaultPrevented).to.equal(true);
      await el.updateComplete;
      // Collecting would have started at once, with the button busy.
      expect(add.getAttribute('aria-busy')).to.equal(null);
      expect(adapter.calls.some((c) => c.method === 'collectPaymentMethod')).to.equal(false);
    });
  });

  describe('fee and confirmation', () => {
    it('shows amount, fee, total and card before money moves', async () => {
      const { el, adapter } = await openDialog();
      await toConfirm(el);
      const summary = $(el, '[part="summary"]')!.textContent!.replace(/\s+/g, ' ');
      expect(summary).to.contain('€250.00');
      // The card's own 4 % (the rate its payment method shows).
      expect(summary).to.contain('Card fee €10.00');
      expect(summary).to.contain('€260.00');
      expect(summary).to.match(/Visa •••• 4242, expires/);
      expect(topUpCalls(adapter)).to.have.length(0);
      expect(buttonIn(el, /^Back$/)).to.exist;
      expect(adapter.calls.some((c) => c.method === 'quoteTopUp')).to.equal(true);
    });

    it('re-quotes as the amount changes, debounced', async () => {
      const { el, adapter } = await openDialog();
      await typeAmount(el, '1234');
      await until(() => text(el).includes('Card fee €49.36'), 'the fee');
      const quotes = adapter.calls.filter((c) => c.method === 'quoteTopUp');
      expect(quotes.length).to.be.at.most(2);
    });

    it('without a quote, the card’s own rate gives the fee before money moves, as charged', async () => {
      const { el, adapter } = await openDialog({ capabilities: { quoteTopUp: false } });
      await typeAmount(el, '250');
      await chooseCard(el, 'pm_visa_4242');
      // Under the amount as it is typed, then in the summary.
      await until(() => text(el).includes('Card fee €10.00 · Total €260.00'), 'the fee note');
      await continueToConfirm(el);
      const summary = $(el, '[part="summary"]')!.textContent!.replace(/\s+/g, ' ');
      expect(summary).to.contain('Card fee €10.00');
      expect(summary).to.contain('Total charged to the card €260.00');
      expect(adapter.calls.some((c) => c.method === 'quoteTopUp')).to.equal(false);
      confirmButton(el).click();
      await until(() => text(el).includes('Funds applied'), 'the payment');
      // The hub's prepayment invoice is what the summary said.
      const [invoice] = (await adapter.listInvoices({ type: 'usage_top_up' })).items;
      expect(invoice!.total).to.deep.equal(eur(26_000));
    });

    it('without a quote, a method with no fee rate shows no fee', async () => {
      const base = createMemoryAdapter({ capabilities: { quoteTopUp: false } });
      const adapter = override(base, {
        listPaymentMethods: async (options?: ReadOptions) =>
          (await base.listPaymentMethods(options)).map(({ feeBasisPoints: _f, ...m }) => m),
      });
      const { el } = await openDialog({ adapter });
      await toConfirm(el);
      const summary = $(el, '[part="summary"]')!.textContent!;
      expect(summary).to.not.contain('Card fee');
      expect(summary.replace(/\s+/g, ' ')).to.contain('Total charged to the card €250.00');
    });

    it('an amount the hub refuses when quoting: its reason on the field, never “the fee could not be calculated”', async () => {
      // A brand-new partner: no balance yet, so the hub's bounds are known only to the hub.
      const { el, adapter } = await openDialog({ scenario: 'empty' });
      buttonIn(el, /^Add a payment method$/)!.click();
      await until(() => !!$(el, '[name="method"]:checked'), 'a new card');
      // Typed and submitted at once: the refusal arrives after Continue.
      await typeAmount(el, '5');
      $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await until(() => text(el).includes('between €10.00 and €10,000.00'), 'the hub’s bounds');
      await el.updateComplete;
      expect($(el, 'form')!.hidden, 'back on the amount step').to.equal(false);
      expect(text(el)).to.not.contain('could not be calculated');
      expect(Boolean(buttonIn(el, /^Calculate again$/))).to.equal(false);
      await until(() => el.shadowRoot!.activeElement === moneyInput(el), 'focus on the amount');
      await expectAccessible(el);
      // Continue again, with the same amount: refused on the spot.
      $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await el.updateComplete;
      expect($(el, 'form')!.hidden).to.equal(false);
      // An amount within them: the reason goes, the fee is quoted, the payment goes through.
      await typeAmount(el, '20');
      await until(() => text(el).includes('Card fee €0.80'), 'the fee');
      expect(text(el)).to.not.contain('between €10.00 and €10,000.00');
      await continueToConfirm(el);
      confirmButton(el).click();
      await until(() => text(el).includes('Funds applied'), 'the payment');
      expect(await balanceOf(adapter)).to.deep.equal(eur(2_000));
    });

    it('Back returns to the amount step with everything kept', async () => {
      const { el } = await openDialog();
      await toConfirm(el, '300', 'pm_mc_5454');
      buttonIn(el, /^Back$/)!.click();
      await el.updateComplete;
      expect($(el, 'form')!.hidden).to.equal(false);
      expect(moneyInput(el).value).to.deep.equal(eur(30_000));
      expect(cardRadio(el, 'pm_mc_5454').checked).to.equal(true);
    });
  });

  describe('success', () => {
    it('fires ph-top-up with amount, balance and id, and announces the new balance', async () => {
      const { el, adapter } = await openDialog();
      await toConfirm(el);
      const event = oneEvent(el, 'ph-top-up');
      confirmButton(el).click();
      const { detail, bubbles, composed } = (await event) as CustomEvent<TopUpDetail>;
      expect(bubbles && composed).to.equal(true);
      const balance = await balanceOf(adapter);
      expect(detail.amount).to.deep.equal(eur(25_000));
      expect(detail.balance).to.deep.equal(balance);
      expect(detail.topUpId).to.be.a('string').and.not.equal('');
      await toDone(el);
      const formatted = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(
        balance.amount / 100,
      );
      expect(text(el)).to.contain(`New balance: ${formatted}`);
      expect($(el, '[role="status"][aria-live="polite"]')!.textContent).to.contain(
        `Funds applied. New balance: ${formatted}.`,
      );
      buttonIn(el, /^Done$/)!.click();
      await until(() => !el.open, 'closed');
    });

    it('a top-up in the dialog changes the balance card under one provider', async () => {
      const { el: root, adapter } = await mount<HTMLElement>(pair());
      const card = root.querySelector('ph-balance-card')!;
      const dialog = root.querySelector('ph-top-up-dialog')!;
      const before = deepQuery(card, '[part="amount"]')!.textContent;
      buttonIn(card, /Add to Credit Balance/)!.click();
      await until(() => dialog.open, 'open');
      await settled(dialog);
      await toConfirm(dialog);
      const reads = adapter.calls.filter((c) => c.method === 'getBalances').length;
      confirmButton(dialog).click();
      await toDone(dialog);
      const balance = await balanceOf(adapter);
      const formatted = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(
        balance.amount / 100,
      );
      await until(() => deepQuery(card, '[part="amount"]')!.textContent === formatted, 'the card');
      expect(formatted).to.not.equal(before);
      // Through the client: the card was updated without the host reloading anything.
      expect(adapter.calls.filter((c) => c.method === 'getBalances').length).to.be.at.least(reads);
    });
  });

  describe('opening from the balance card', () => {
    it('the host’s preventDefault keeps the dialog closed', async () => {
      const { el: root } = await mount<HTMLElement>(pair());
      const card = root.querySelector('ph-balance-card')!;
      const dialog = root.querySelector('ph-top-up-dialog')!;
      const take = (e: Event) => e.preventDefault();
      document.addEventListener('ph-top-up-request', take);
      try {
        buttonIn(card, /Add to Credit Balance/)!.click();
        // The dialog decides in a microtask queued while the request was dispatched: this one
        // runs after it.
        await new Promise<void>((r) => queueMicrotask(r));
        await dialog.updateComplete;
        expect(dialog.open).to.equal(false);
      } finally {
        document.removeEventListener('ph-top-up-request', take);
      }
      buttonIn(card, /Add to Credit Balance/)!.click();
      await until(() => dialog.open, 'open without preventDefault');
    });

    it('opens on the requested currency', async () => {
      const { el: root } = await mount<HTMLElement>(pair(), { scenario: 'multi-currency' });
      const card = root.querySelector('ph-balance-card')!;
      const dialog = root.querySelector('ph-top-up-dialog')!;
      const usd = deepQuery(card, 'section[data-currency="USD"]')!;
      buttonIn(usd, /Add to Credit Balance/)!.click();
      await until(() => dialog.open, 'open');
      await settled(dialog);
      expect(dialog.shadowRoot!.querySelector('.presets label')!.textContent!.trim()).to.equal(
        '$100.00',
      );
      expect(moneyInput(dialog).currency).to.equal('USD');
    });
  });

  describe('localization', () => {
    const cases = [
      ['de', 'Guthaben aufladen', 'Zahlungsart', 'Jetzt aufladen'],
      ['es', 'Añadir al saldo de crédito', 'Método de pago', 'Añadir crédito'],
      ['pt-BR', 'Adicionar ao saldo de créditos', 'Forma de pagamento', 'Adicionar crédito'],
    ] as const;
    for (const [locale, title, legend, confirm] of cases) {
      it(`speaks ${locale}`, async () => {
        const { el } = await openDialog({ locale });
        await until(() => titleOf(el).textContent!.trim() === title, `the ${locale} title`);
        await el.updateComplete;
        expect(text(el)).to.contain(legend);
        expect(text($(el, '.presets')!)).to.contain('250,00');
        await toConfirm(el, '250,5');
        expect(confirmButton(el).textContent!.trim()).to.equal(confirm);
        expect(text($(el, '[part="summary"]')!)).to.contain('250,50');
      });
    }
  });

  it('lines every amount of the summary up at its end, also where a long label pushes it to a line of its own (German, 390 px)', async () => {
    const { setViewport } = await import('@web/test-runner-commands');
    await setViewport({ width: 390, height: 844 });
    try {
      const { el } = await openDialog({ locale: 'de' });
      await until(() => titleOf(el).textContent!.trim() === 'Guthaben aufladen', 'German');
      await toConfirm(el, '250');
      const summary = $(el, '[part="summary"]')!;
      const ends = Array.from(summary.querySelectorAll('dd'), (dd) =>
        Math.round(dd.getBoundingClientRect().right),
      );
      expect(ends.length).to.be.greaterThan(2);
      expect(new Set(ends).size, JSON.stringify(ends)).to.equal(1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('renders card brands and the hub’s reason for a failed payment exactly: the 485 naughty strings', async () => {
    const { methods } = await checkNaughtyStrings({
      render: dialogTemplate,
      act: async (el) => {
        const dialog = el as PhTopUpDialog;
        await dialog.show();
        await settled(dialog);
        await toConfirm(dialog, '250', 'pm_test_0002'); // always declined, with the hub's reason
        confirmButton(dialog).click();
      },
      // "Try again" pays again with the same key: declined again, with this round's reason.
      repeat: async (el) => {
        const failure = $(el as PhTopUpDialog, '#failure');
        if (failure) buttonIn(failure, /^Try again$/)!.click();
      },
    });
    expect(methods).to.deep.equal(['listPaymentMethods', 'topUp']);
  });

  it('works with an adapter of its own, without a provider', async () => {
    const adapter = createMemoryAdapter();
    const el = document.createElement('ph-top-up-dialog');
    el.adapter = adapter;
    document.body.append(el);
    await el.show();
    await settled(el);
    expect(cardRadio(el, 'pm_visa_4242').checked).to.equal(true);
    el.close();
    el.remove();
  });
});
