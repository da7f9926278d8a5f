// The composed overview under the strict CSP: every part, the open dialog and the chart view
// render with zero violations.
import { expect, html } from '@open-wc/testing';
import '../../src/widgets/overview/define.js';
import type { PhOverview } from '../../src/widgets/overview/overview.js';
import type { PhMovementsTable } from '../../src/widgets/movements-table/movements-table.js';
import type { PhTopUpDialog } from '../../src/widgets/top-up-dialog/top-up-dialog.js';
import { itRendersUnderCsp, mount, settled, until, watchCsp } from '../support/conformance.js';

describe('<ph-overview> under a strict Content-Security-Policy', () => {
  const csp = watchCsp();
  after(() => csp.stop());

  itRendersUnderCsp(csp, () => html`<ph-overview></ph-overview>`, {
    scenarios: ['positive', 'multi-currency', 'client-paid', 'empty', 'failing'],
    selector: 'ph-balance-card',
  });

  it('opens the dialog and the chart with no violation', async () => {
    const { el } = await mount<PhOverview>(html`<ph-overview></ph-overview>`);
    const dialog = el.shadowRoot!.querySelector<PhTopUpDialog>('ph-top-up-dialog')!;
    el.showTopUp();
    await until(() => dialog.open, 'the dialog');
    await settled(dialog);
    const table = el.shadowRoot!.querySelector<PhMovementsTable>('ph-movements-table')!;
    table.view = 'chart';
    await table.updateComplete;
    expect(table.shadowRoot!.querySelector('svg')).to.exist;
    expect(await csp.take()).to.deep.equal([]);
  });
});
