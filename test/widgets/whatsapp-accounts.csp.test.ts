// Served under the strict CSP (script-src 'self'; style-src 'self'; Trusted Types): the plain
// table, the virtualized grid (rows placed by sizes set through the CSSOM, never inline style
// attributes), scrolling to the end and searching run with zero violations.
import { expect, html } from '@open-wc/testing';
import '../../src/widgets/whatsapp-accounts/define.js';
import type { PhWhatsAppAccounts } from '../../src/widgets/whatsapp-accounts/whatsapp-accounts.js';
import { itRendersUnderCsp, mount, until, watchCsp } from '../support/conformance.js';

describe('<ph-whatsapp-accounts> under a strict Content-Security-Policy', () => {
  const csp = watchCsp();
  after(() => csp.stop());

  itRendersUnderCsp(csp, () => html`<ph-whatsapp-accounts></ph-whatsapp-accounts>`, {
    scenarios: ['positive', 'empty', 'client-paid', 'failing'],
  });

  it('renders 100,000 rows, scrolls to the end and searches with no violation', async function () {
    this.timeout(30_000);
    const { el } = await mount<PhWhatsAppAccounts>(
      html`<ph-whatsapp-accounts></ph-whatsapp-accounts>`,
      { whatsAppAccounts: 100_000 },
    );
    const root = el.shadowRoot!;
    const viewport = root.querySelector<HTMLElement>('.viewport')!;
    await until(() => root.querySelectorAll('.viewport [role="row"]').length > 5, 'rows');
    // The rows are placed where they belong (the windowing sets its sizes through the CSSOM,
    // which the CSP allows): the first row at the top of the viewport, the last at its bottom.
    const top = () => viewport.getBoundingClientRect().top;
    const row = root.querySelector<HTMLElement>('.viewport [role="row"]')!;
    expect(row.getAttribute('aria-rowindex')).to.equal('2');
    expect(row.getBoundingClientRect().top).to.be.closeTo(top(), 1);
    await until(
      () => {
        // Scrolled again until it holds: the virtualizer corrects the position while measuring.
        viewport.scrollTop = viewport.scrollHeight;
        return root.querySelector('[aria-rowindex="100001"]:not(:has(.loading-row))') !== null;
      },
      'the last row',
      10_000,
    );
    const last = root.querySelector<HTMLElement>('[aria-rowindex="100001"]')!;
    expect(last.getBoundingClientRect().bottom).to.be.closeTo(top() + viewport.clientHeight, 1);
    el.query = 'gmbh';
    await until(() => el.list.total < 100_000 && !el.list.fetching, 'the search');
    expect(await csp.take()).to.deep.equal([]);
  });
});
