import { expect } from '@open-wc/testing';
import type { AutoRenewal, Balance } from '../../src/adapter/schemas.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import '../../src/widgets/auto-renewal-form/define.js';
import '../../src/widgets/balance-card/define.js';
import '../../src/widgets/top-up-dialog/define.js';
import type { PhTopUpDialog } from '../../src/widgets/top-up-dialog/top-up-dialog.js';
import { html } from 'lit';
import {
  deepQuery,
  deepQueryAll,
  deepText,
  expectAccessible,
  mount,
  override,
  settled,
  until,
} from '../support/conformance.js';

/** The memory adapter as a hub that cannot say when a balance was computed, nor its limits. */
function sparseHub() {
  const memory = createMemoryAdapter();
  const adapter = override(memory, {
    getBalances: async (o?: { signal?: AbortSignal }) =>
      (await memory.getBalances(o)).map(({ updatedAt: _u, ...rest }) => rest as Balance),
    getAutoRenewal: async (o?: { signal?: AbortSignal }) =>
      (await memory.getAutoRenewal(o)).map(({ limits: _l, ...rest }) => rest as AutoRenewal),
  });
  return { memory, adapter };
}

const button = (el: Element, label: RegExp) =>
  deepQueryAll<HTMLButtonElement>(el, 'button').find((b) => label.test(b.textContent ?? ''));

describe('fields a hub may not supply', () => {
  it('the balance card shows a balance without updatedAt: no "Updated" line, a forecast from now', async () => {
    const { adapter } = sparseHub();
    const { el } = await mount(html`<ph-balance-card></ph-balance-card>`, { adapter });
    expect(deepQuery(el, '[data-state="error"]')).to.equal(null);
    await until(() => /€/.test(deepText(el)), 'the balance');
    const text = deepText(el);
    expect(text).not.to.contain('Updated');
    expect(deepQuery(el, 'time')).to.equal(null);
    await until(
      () => /days until messaging pauses|No usage|paused|Less than a day/.test(deepText(el)),
      'the forecast',
    );
    await expectAccessible(el);
  });

  it('the auto-renewal form works without limits: no range, any positive amount, saved', async () => {
    const { adapter, memory } = sparseHub();
    const { el } = await mount(html`<ph-auto-renewal-form></ph-auto-renewal-form>`, { adapter });
    expect(deepQuery(el, '[data-state="error"]')).to.equal(null);
    await until(() => button(el, /Modify/) !== undefined, 'the Modify button');
    button(el, /Modify/)!.click();
    await settled(el);
    expect(deepQuery(el, '[data-mode="edit"]')).to.exist;
    expect(deepText(el)).not.to.contain('Between');
    await expectAccessible(el);
    memory.clearCalls();
    button(el, /^\s*Save\s*$/)!.click();
    await until(() => memory.calls.some((c) => c.method === 'updateAutoRenewal'), 'the save');
    await settled(el);
    expect(deepQuery(el, '[data-state="error"]')).to.equal(null);
  });

  it('the top-up dialog opens without them', async () => {
    const { adapter } = sparseHub();
    const { el } = await mount<PhTopUpDialog>(html`<ph-top-up-dialog></ph-top-up-dialog>`, {
      adapter,
    });
    await el.show();
    await settled(el);
    expect(deepQuery(el, '[data-state="error"]')).to.equal(null);
    expect(deepQuery(el, 'ph-money-input')).to.exist;
  });
});
