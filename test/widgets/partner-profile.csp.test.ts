// Served under the strict CSP (script-src 'self'; style-src 'self'; Trusted Types): every
// state of the profile renders with zero violations, and so do the logo preview (a data: URL
// in an <img>), an upload and the switch.
import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/widgets/partner-profile/define.js';
import type { PhFileDrop } from '../../src/widgets/file-drop/file-drop.js';
import { itRendersUnderCsp, mount, until, watchCsp } from '../support/conformance.js';

const widget = () => html`<ph-partner-profile></ph-partner-profile>`;

describe('<ph-partner-profile> under a strict Content-Security-Policy', () => {
  const csp = watchCsp();
  after(() => csp.stop());

  itRendersUnderCsp(csp, widget, {
    scenarios: ['positive', 'empty', 'client-paid', 'failing'],
    forbidden: 'getProfile',
    member: true,
  });

  it('uploads a logo and flips the switch with no violation', async () => {
    const { el } = await mount(widget());
    const root = el.shadowRoot!;
    const canvas = document.createElement('canvas');
    canvas.width = 96;
    canvas.height = 96;
    canvas.getContext('2d')!.fillRect(0, 0, 96, 96);
    const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/png'));
    const drop = root.querySelector<PhFileDrop>('ph-file-drop')!;
    const input = drop.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const data = new DataTransfer();
    data.items.add(new File([blob], 'logo.png', { type: 'image/png' }));
    input.files = data.files;
    const changed = oneEvent(drop, 'change');
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await changed;
    root
      .querySelector<HTMLButtonElement>('form[data-section="logo"] button[type="submit"]')!
      .click();
    await until(() =>
      (root.querySelector<HTMLImageElement>('img[data-logo]')?.src ?? '').startsWith(
        'data:image/png',
      ),
    );
    root.querySelector<HTMLInputElement>('input[role="switch"]')!.click();
    await until(() => root.querySelector<HTMLInputElement>('input[role="switch"]')!.checked);
    expect(await csp.take()).to.deep.equal([]);
  });
});
