// Runs under the kit's strict Content-Security-Policy with Trusted Types (any *.csp.test.ts
// file does): every step and state of the dialog must render with no violation at all.
import { expect, html } from '@open-wc/testing';
import { AdapterError } from '../../src/adapter/errors.js';
import '../../src/widgets/top-up-dialog/define.js';
import { PhTopUpDialog } from '../../src/widgets/top-up-dialog/define.js';
import type { PhMoneyInput } from '../../src/widgets/money-input/define.js';
import { mount, settled, until, watchCsp } from '../support/conformance.js';
import type { MountOptions } from '../support/conformance.js';

const $ = <T extends Element = HTMLElement>(el: PhTopUpDialog, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const confirm = (el: PhTopUpDialog) => $<HTMLButtonElement>(el, '#confirm')!;

async function open(options: MountOptions = {}) {
  const mounted = await mount<PhTopUpDialog>(html`<ph-top-up-dialog></ph-top-up-dialog>`, options);
  await mounted.el.show();
  await settled(mounted.el);
  return mounted;
}

/** A preset amount and a card, then Continue, without typing (no keyboard commands needed). */
async function toConfirm(el: PhTopUpDialog, last4 = '4242') {
  $<HTMLInputElement>(el, '[name="preset"]')!.click();
  $<HTMLInputElement>(el, `[name="method"][data-last4="${last4}"]`)!.click();
  await el.updateComplete;
  expect($<PhMoneyInput>(el, 'ph-money-input')!.value).to.not.equal(null);
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await until(() => !!confirm(el) && !confirm(el).disabled, 'the confirm step');
}

describe('<ph-top-up-dialog> under a strict CSP', () => {
  const csp = watchCsp();
  let backoff: readonly number[];
  beforeEach(async () => {
    backoff = PhTopUpDialog.verifyBackoff;
    await csp.take();
  });
  afterEach(() => {
    PhTopUpDialog.verifyBackoff = backoff;
  });
  after(() => csp.stop());

  it('amount, confirm, pending and success steps', async () => {
    const { el, adapter } = await open();
    expect(await csp.take()).to.deep.equal([]);
    await toConfirm(el);
    expect(await csp.take()).to.deep.equal([]);
    adapter.setLatency(200);
    confirm(el).click();
    await el.updateComplete;
    expect(confirm(el).getAttribute('aria-busy')).to.equal('true');
    expect(await csp.take()).to.deep.equal([]);
    await until(() => !!$(el, '#done-title'), 'success');
    expect(await csp.take()).to.deep.equal([]);
  });

  it('verifying and unknown', async () => {
    PhTopUpDialog.verifyBackoff = [150];
    const { el, adapter } = await open();
    await toConfirm(el);
    adapter.failNext('topUp', new AdapterError('timeout', 'Lost.'), { times: 2 });
    confirm(el).click();
    await until(() => !!$(el, '[data-phase="verifying"]'), 'verifying');
    expect(await csp.take()).to.deep.equal([]);
    await until(() => !!$(el, '#unknown'), 'unknown');
    expect(await csp.take()).to.deep.equal([]);
  });

  it('failed payment', async () => {
    const { el } = await open();
    await toConfirm(el, '0002');
    confirm(el).click();
    await until(() => !!$(el, '#failure'), 'the failure');
    expect(await csp.take()).to.deep.equal([]);
  });

  it('no usable card, member, client-paid, error', async () => {
    for (const options of [
      { scenario: 'empty' },
      { role: 'member' },
      { scenario: 'client-paid' },
      { scenario: 'failing' },
    ] as MountOptions[]) {
      const { el } = await open(options);
      // The dialog's body (what <ph-dialog> shows in its default slot) says something.
      expect($(el, 'ph-dialog')!.textContent!.trim()).to.not.equal('');
      expect(await csp.take(), JSON.stringify(options)).to.deep.equal([]);
    }
  });
});
