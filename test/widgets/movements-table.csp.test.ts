// Served under the strict CSP (script-src 'self'; style-src 'self'; Trusted Types): the table,
// the hand-drawn SVG chart and the CSV download render and run with zero violations.
import { expect, html } from '@open-wc/testing';
import '../../src/widgets/movements-table/define.js';
import type { PhMovementsTable } from '../../src/widgets/movements-table/movements-table.js';
import { itRendersUnderCsp, mount, watchCsp } from '../support/conformance.js';

const view = (el: PhMovementsTable, name: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-value="${name}"]`)!;

describe('<ph-movements-table> under a strict Content-Security-Policy', () => {
  const csp = watchCsp();
  after(() => csp.stop());

  itRendersUnderCsp(csp, () => html`<ph-movements-table></ph-movements-table>`, {
    scenarios: ['positive', 'multi-currency', 'empty', 'client-paid', 'failing'],
    label: ' as a table',
  });

  for (const scenario of ['positive', 'multi-currency'] as const) {
    it(`renders ${scenario} as a chart, in every range, with no violation`, async () => {
      const { el } = await mount<PhMovementsTable>(
        html`<ph-movements-table></ph-movements-table>`,
        { scenario },
      );
      view(el, 'chart').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('svg[role="img"] rect.bar').length).to.be.above(0);
      // The bars' colours come from the stylesheet, not from inline styles.
      const bar = el.shadowRoot!.querySelector('rect.bar.funds')!;
      expect(getComputedStyle(bar).fill).to.not.equal('rgb(0, 0, 0)');
      for (const range of ['last-6', 'all']) {
        view(el, range).click();
        await el.updateComplete;
      }
      expect(await csp.take()).to.deep.equal([]);
    });
  }

  it('sorts and downloads the CSV with no violation', async () => {
    const { el } = await mount<PhMovementsTable>(html`<ph-movements-table></ph-movements-table>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.sort[data-column="net"]')!.click();
    await el.updateComplete;
    const click = HTMLAnchorElement.prototype.click;
    let downloaded = '';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = this.download;
    };
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.export')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloaded).to.match(/^movements-\d{4}-\d{2}_\d{4}-\d{2}\.csv$/);
    expect(await csp.take()).to.deep.equal([]);
  });
});
