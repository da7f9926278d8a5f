// Served under the strict CSP (script-src 'self'; style-src 'self'; Trusted Types): every
// state of the auto-renewal form and of the money input renders with zero violations.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/auto-renewal-form/define.js';
import type { PhAutoRenewalForm } from '../../src/widgets/auto-renewal-form/auto-renewal-form.js';
import '../../src/widgets/money-input/define.js';
import type { PhMoneyInput } from '../../src/widgets/money-input/money-input.js';
import {
  deepQuery,
  deepQueryAll,
  itRendersUnderCsp,
  mount,
  settled,
  watchCsp,
} from '../support/conformance.js';

const form = () => html`<ph-auto-renewal-form></ph-auto-renewal-form>`;
const button = (el: Element, label: RegExp) =>
  deepQueryAll<HTMLButtonElement>(el, 'button').find((b) => label.test(b.textContent ?? ''))!;

async function typeInto(input: PhMoneyInput, value: string): Promise<void> {
  const inner = input.shadowRoot!.querySelector('input')!;
  inner.focus();
  inner.select();
  await sendKeys({ type: value });
  await input.updateComplete;
}

describe('<ph-auto-renewal-form> and <ph-money-input> under a strict Content-Security-Policy', () => {
  const csp = watchCsp();
  after(() => csp.stop());

  itRendersUnderCsp(csp, form, {
    scenarios: ['positive', 'multi-currency', 'empty', 'client-paid', 'failing'],
    forbidden: 'getAutoRenewal',
    member: true,
  });

  it('edits, warns, shows the summary and saves with no violation', async () => {
    const { el } = await mount<PhAutoRenewalForm>(form());
    el.edit();
    await settled(el);
    const [threshold, amount] = deepQueryAll<PhMoneyInput>(el, 'ph-money-input');
    await typeInto(amount!, '300');
    await typeInto(threshold!, '300');
    await sendKeys({ press: 'Tab' }); // the threshold left: its value committed
    expect(deepQuery(el, '[part="warning"]')).to.exist;
    button(el, /Apply recommendation/).click();
    await typeInto(threshold!, 'abc');
    button(el, /^\s*Save\s*$/).click();
    await settled(el);
    expect(deepQuery(el, '[part="error-summary"]')).to.exist;
    await typeInto(threshold!, '300');
    button(el, /^\s*Save\s*$/).click();
    await settled(el);
    expect(deepQuery(el, '[data-mode="view"]')).to.exist;
    expect(await csp.take()).to.deep.equal([]);
  });

  it('renders the money input empty, valid and invalid with no violation', async () => {
    const input = await fixture<PhMoneyInput>(
      html`<ph-money-input label="Amount" lang="de" required description="Hint"></ph-money-input>`,
    );
    await typeInto(input, '1.234,56');
    await typeInto(input, '1,234');
    input.markTouched();
    await input.updateComplete;
    expect(input.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('2');
    expect(await csp.take()).to.deep.equal([]);
  });
});
