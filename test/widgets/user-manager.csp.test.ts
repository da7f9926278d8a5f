// Served under the strict CSP (script-src 'self'; style-src 'self'; Trusted Types): every
// state of the user manager, the one-time code step and the removal confirmation render with
// zero violations.
import { expect, html } from '@open-wc/testing';
import '../../src/widgets/user-manager/define.js';
import type { PhUserManager } from '../../src/widgets/user-manager/user-manager.js';
import { itRendersUnderCsp, mount, until, watchCsp } from '../support/conformance.js';

describe('<ph-user-manager> under a strict Content-Security-Policy', () => {
  const csp = watchCsp();
  after(() => csp.stop());

  itRendersUnderCsp(csp, () => html`<ph-user-manager></ph-user-manager>`, {
    scenarios: ['positive', 'empty', 'client-paid', 'failing'],
  });

  it('renders for a member, while loading, the code step and the confirmation with no violation', async () => {
    await mount(html`<ph-user-manager></ph-user-manager>`, { scenario: 'slow', settle: false });
    await mount(html`<ph-user-manager></ph-user-manager>`, { role: 'member' });
    const { el } = await mount<PhUserManager>(html`<ph-user-manager></ph-user-manager>`, {
      inviteCodes: true,
    });
    const root = el.shadowRoot!;
    const email = root.querySelector<HTMLElement & { value: string }>('[name="email"]')!;
    const input = email.shadowRoot!.querySelector('input')!;
    input.value = 'nina.kowalski@acme-messaging.example';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => !!root.querySelector('[name="code"]'), 'the code step');
    root
      .querySelector<HTMLButtonElement>(
        'li.user[data-user="usr_marco"] button[aria-label^="Remove"]',
      )!
      .click();
    await until(() => root.querySelector('ph-dialog')!.open, 'the confirmation');
    expect(await csp.take()).to.deep.equal([]);
  });
});
