// Served under the strict CSP (script-src 'self'; style-src 'self'; Trusted Types): every
// state of the partner plan and both confirmations render with zero violations.
import { expect, html } from '@open-wc/testing';
import '../../src/widgets/partner-plan/define.js';
import type { PhPartnerPlan } from '../../src/widgets/partner-plan/partner-plan.js';
import { itRendersUnderCsp, mount, until, watchCsp } from '../support/conformance.js';

describe('<ph-partner-plan> under a strict Content-Security-Policy', () => {
  const csp = watchCsp();
  after(() => csp.stop());

  itRendersUnderCsp(csp, () => html`<ph-partner-plan></ph-partner-plan>`, {
    scenarios: ['positive', 'empty', 'client-paid', 'failing'],
  });

  it('renders for a member, while loading, and with each confirmation open with no violation', async () => {
    await mount(html`<ph-partner-plan></ph-partner-plan>`, { scenario: 'slow', settle: false });
    await mount(html`<ph-partner-plan></ph-partner-plan>`, { role: 'member' });
    const { el } = await mount<PhPartnerPlan>(html`<ph-partner-plan></ph-partner-plan>`, {
      scenario: 'empty',
    });
    const buttons = () => Array.from(el.shadowRoot!.querySelectorAll('button'));
    buttons()
      .find((b) => b.textContent!.trim() === 'Upgrade to Premium')!
      .click();
    const change = el.shadowRoot!.querySelector('ph-dialog.change')!;
    await until(() => !!change.querySelector('[data-prorated]'), 'the prorated amount');
    (change as HTMLElement & { close(): void }).close();
    buttons()
      .find((b) => b.textContent!.trim() === 'Cancel the Basic plan')!
      .click();
    await until(
      () => el.shadowRoot!.querySelector('ph-dialog.cancel')!.hasAttribute('open'),
      'the cancel dialog',
    );
    expect(await csp.take()).to.deep.equal([]);
  });
});
