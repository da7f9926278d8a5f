// The composed Billing page under the strict CSP: every part renders with zero violations.
import { html } from '@open-wc/testing';
import '../../src/widgets/billing/define.js';
import { itRendersUnderCsp, watchCsp } from '../support/conformance.js';

describe('<ph-billing> under a strict Content-Security-Policy', () => {
  const csp = watchCsp();
  after(() => csp.stop());

  itRendersUnderCsp(csp, () => html`<ph-billing></ph-billing>`, {
    scenarios: ['positive', 'multi-currency', 'client-paid', 'empty', 'failing'],
    selector: 'ph-invoicing-details',
  });
});
