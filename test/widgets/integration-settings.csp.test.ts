// Served under the strict CSP (script-src 'self'; style-src 'self'; Trusted Types): every
// state of the integration settings renders with zero violations, and so do a refused save, a
// saved one and a webhook test.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/integration-settings/define.js';
import type { PhTextField } from '../../src/widgets/text-field/text-field.js';
import { itRendersUnderCsp, mount, settled, until, watchCsp } from '../support/conformance.js';

const widget = () => html`<ph-integration-settings></ph-integration-settings>`;

describe('<ph-integration-settings> under a strict Content-Security-Policy', () => {
  const csp = watchCsp();
  after(() => csp.stop());

  itRendersUnderCsp(csp, widget, {
    scenarios: ['positive', 'empty', 'client-paid', 'failing'],
    forbidden: 'getIntegrationSettings',
    member: true,
  });

  it('refuses an http:// webhook, saves an https one and tests it, with no violation', async () => {
    const { el } = await mount(widget());
    const root = el.shadowRoot!;
    const webhook = root.querySelector<PhTextField>('ph-text-field[name="webhookUrl"]')!;
    const input = webhook.shadowRoot!.querySelector('input')!;
    const form = root.querySelector('form[data-section="webhook"]')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'http://hooks.example.com/' });
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settled(el);
    expect(form.querySelector('[part="error-summary"]')).to.exist;
    input.select();
    await sendKeys({ type: 'https://hooks.example.com/' });
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settled(el);
    expect(form.querySelector('[part="error-summary"]')).to.not.exist;
    [...form.querySelectorAll('button')]
      .find((b) => /Send test event/.test(b.textContent ?? ''))!
      .click();
    await until(() => !!root.querySelector('[part="webhook-result"][data-delivered]'));
    expect(await csp.take()).to.deep.equal([]);
  });

  it('shows a new API key in its dialog and drops it, with no violation', async () => {
    const { el } = await mount(widget());
    const root = el.shadowRoot!;
    await until(() => !!root.querySelector('ph-text-field[name="apiKeyName"]'));
    const name = root.querySelector<PhTextField>('ph-text-field[name="apiKeyName"]')!;
    const input = name.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'CSP check' });
    await sendKeys({ press: 'Enter' });
    await until(() => !!root.querySelector('ph-dialog#secret-dialog[open] [data-secret]'));
    await sendKeys({ press: 'Escape' });
    await until(() => !root.querySelector('[data-secret]'));
    expect(await csp.take()).to.deep.equal([]);
  });
});
